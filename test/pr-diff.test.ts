/**
 * What a pull request shows a reviewer, end to end: the built dist/index.js (and dist/cli/index.js) run as
 * processes in real git repositories against test/support/github-server.ts. Renamed and deleted flows,
 * routes into removed blocks, the comment's size budget, the check run's text, a broken config, and the
 * github format's annotation budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentCreated, issueComments, type RecordedRequest } from './support/github-server.js';
import { loadMermaid, type MermaidApi } from './support/mermaid.js';
import { launchChromium } from './support/browser.js';
import { diffFlows } from '../src/core/graph/diff.js';
import { buildFlow } from '../src/core/model/flow.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { describeChanges, diffDiagram } from '../src/reporters/routing-diff.js';
import { cliFindings, happyRoutes, makeRepo, requestsTo, ROOT, route, runAction, startServer, tempDir, writeFiles, type JsonFinding } from './support/action-harness.js';

const uuid = (prefix: string, i: number): string => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

interface Block {
  Identifier: string;
  Type: string;
  Parameters: Record<string, unknown>;
  Transitions: { NextAction?: string; Errors?: Array<{ NextAction: string; ErrorType: string }> };
}

const START = uuid('a', 1);
const MENU = uuid('a', 2);
const SORRY = uuid('a', 3);
const END = uuid('a', 4);

/** start → "Menu" → end, its NoMatchingError branch → "Sorry" → end; `without` drops blocks, `extra` adds some. */
function flowText(name: string, opts: { without?: string[]; extra?: Block[]; menuText?: string } = {}): string {
  const actions: Block[] = [
    { Identifier: START, Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: MENU } },
    { Identifier: MENU, Type: 'MessageParticipant', Parameters: { Text: opts.menuText ?? 'Menu' }, Transitions: { NextAction: END, Errors: [{ NextAction: SORRY, ErrorType: 'NoMatchingError' }] } },
    { Identifier: SORRY, Type: 'MessageParticipant', Parameters: { Text: 'Sorry' }, Transitions: { NextAction: END, Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] } },
    { Identifier: END, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ...(opts.extra ?? []),
  ].filter((a) => !(opts.without ?? []).includes(a.Identifier));
  return `${JSON.stringify({ Version: '2019-10-30', StartAction: START, Metadata: { name }, Actions: actions }, null, 2)}\n`;
}

/** `n` blocks no route reaches: one unreachable-block warning each. */
const orphans = (n: number, tag: string): Block[] =>
  Array.from({ length: n }, (_, i) => ({ Identifier: uuid(tag, i), Type: 'MessageParticipant', Parameters: { Text: `Orphan ${i} of a flow that grew without anyone pruning it` }, Transitions: { NextAction: END, Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] } }));

const FILES_ROUTE = /^\/repos\/owner\/repo\/pulls\/7\/files$/;
const CHECK_RE = /^\/repos\/owner\/repo\/check-runs(\/\d+)?$/;
interface CheckBody {
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; text?: string };
}
const checkBodies = (reqs: RecordedRequest[]): CheckBody[] => reqs.map((r) => r.body as CheckBody);

let mermaid: MermaidApi;
beforeAll(async () => {
  mermaid = await loadMermaid();
});
const mermaidBlocks = (markdown: string): string[] => [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

/** The routing-change section of `file` in a summary or comment: from its `<summary>` to its `</details>`. */
function section(markdown: string, file: string): string | undefined {
  const at = markdown.indexOf(`<details open><summary>${file}</summary>`);
  if (at < 0) return undefined;
  return markdown.slice(at, markdown.indexOf('</details>', at));
}

describe('routing changes that are true', () => {
  it.each([
    ['the files API (previous_filename)', true],
    ['git (R status), when the files API fails', false],
  ])('a renamed flow is diffed against its old version, not drawn as new: %s', async (_, api) => {
    const repo = makeRepo({ 'flows/old-name.json': flowText('sales') }, { 'flows/old-name.json': null, 'flows/new-name.json': flowText('sales', { menuText: 'Main menu' }) });
    const server = await startServer(api ? happyRoutes(repo) : happyRoutes(repo).filter((r) => r.path !== '/repos/{owner}/{repo}/pulls/{pull_number}/files'));

    const r = await runAction(repo, server);

    expect(r.code, r.stdout + r.stderr).toBe(0);
    if (api) expect(requestsTo(server, 'GET', FILES_ROUTE)).toHaveLength(1);
    else expect(r.stdout).toContain('falling back to git diff');
    const s = section(r.summary, 'flows/new-name.json');
    expect(s, r.summary).toBeDefined();
    expect(s).toContain('Renamed from <code>flows/old-name.json</code>.');
    // One block changed: its text. Nothing is "Added", and the old file is not reported as deleted.
    expect(s).toMatch(/Changed <code>[^<]*Main menu[^<]*<\/code>: parameters <code>Text<\/code>\./);
    expect(s).not.toContain('Added');
    expect(r.summary).not.toContain('Deleted:');
    expect(r.summary).not.toContain('The flow now starts at');
    // Its diagram is the change, not a whole new flow: the one changed block and its neighbours.
    expect(mermaidBlocks(s!)).toHaveLength(1);
    expect(mermaidBlocks(s!)[0]).not.toMatch(/added: /);
    await expect(mermaid.parse(mermaidBlocks(s!)[0]!)).resolves.toBeTruthy();
    expect(server.invalid()).toEqual([]);
  });

  it('a deleted flow is named in the routing changes with its block count, also when it is the only change', async () => {
    const base = { 'flows/kept.json': flowText('kept'), 'flows/gone.json': flowText('gone', { extra: orphans(2, 'b') }), 'flows/notes.json': '{"not": "a flow"}', 'elsewhere/other.json': flowText('other') };
    const both = makeRepo(base, { 'flows/gone.json': null, 'flows/notes.json': null, 'elsewhere/other.json': null, 'flows/kept.json': flowText('kept', { menuText: 'Hello' }) });
    const server = await startServer(happyRoutes(both));
    const r = await runAction(both, server, { inputs: { paths: 'flows' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(section(r.summary, 'flows/gone.json')).toContain('Deleted: <code>flows/gone.json</code> (6 blocks).');
    expect(section(r.summary, 'flows/kept.json')).toBeDefined();
    // A deleted file that held no flow is not a routing change, nor is a flow outside "paths".
    expect(r.summary).not.toContain('notes.json');
    expect(r.summary).not.toContain('other.json');

    const only = makeRepo(base, { 'flows/gone.json': null });
    const r2 = await runAction(only, await startServer(happyRoutes(only)));
    expect(r2.code, r2.stdout + r2.stderr).toBe(0);
    expect(r2.summary.split('\n')[0]).toBe('### connect-flow-lint: No flow left to lint (the change deletes flows)');
    expect(section(r2.summary, 'flows/gone.json')).toContain('Deleted: <code>flows/gone.json</code> (6 blocks).');
  });

  it('a branch into a block the pull request removed is drawn and named as broken', async () => {
    const repo = makeRepo({ 'flows/menu.json': flowText('menu') }, { 'flows/menu.json': flowText('menu', { without: [SORRY] }) });
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    const s = section(r.summary, 'flows/menu.json');
    expect(s, r.summary).toBeDefined();
    const words = s!.split('\n').filter((l) => l.startsWith('- '));
    // Said first, by branch, block and the removed block's name and Identifier.
    expect(words[0]).toMatch(/^- Broken: error branch <code>NoMatchingError<\/code> of <code>[^<]*Menu<\/code> now leads to a removed block, <code>[^<]*Sorry<\/code> \(<code>a0000000…<\/code>\)\.$/);
    expect(words).toContainEqual(expect.stringMatching(/^- Removed <code>MessageParticipant<\/code> block <code>[^<]*Sorry<\/code>\.$/));
    // The diagram draws that route (from Menu to the removed block) as broken, in red.
    const [diagram] = mermaidBlocks(s!);
    await expect(mermaid.parse(diagram!)).resolves.toBeTruthy();
    const node = (label: RegExp): string => {
      const m = new RegExp(`^\\s*(n\\d+)\\["${label.source}"\\]`, 'm').exec(diagram!);
      expect(m, `${label} in\n${diagram}`).not.toBeNull();
      return m![1]!;
    };
    const menu = node(/[^"]*Menu/);
    const sorry = node(/removed: [^"]*Sorry/);
    const edges = diagram!.split('\n').filter((l) => /-->|-\.->/.test(l));
    const broken = edges.findIndex((l) => l.trim() === `${menu} -->|"broken: NoMatchingError"| ${sorry}`);
    expect(broken, diagram).toBeGreaterThanOrEqual(0);
    const linkIndex = diagram!.split('\n').filter((l) => /-->|-\.->/.test(l)).indexOf(edges[broken]!);
    expect(diagram).toContain(`linkStyle ${linkIndex} stroke:#cf222e,stroke-width:3px`);
    expect(server.invalid()).toEqual([]);
  });
});

describe('a comment and a check run that keep what matters', () => {
  /** A flow with errors whose routing changed a little, and two new flows with 300 warnings each. */
  function busyPullRequest() {
    return makeRepo(
      { 'flows/errors.json': flowText('errors') },
      {
        'flows/errors.json': flowText('errors', { without: [SORRY] }),
        'flows/big-1.json': flowText('big-1', { extra: orphans(300, 'b') }),
        'flows/big-2.json': flowText('big-2', { extra: orphans(300, 'c') }),
      },
    );
  }

  it('the comment keeps the routing words and diagram of the flow with errors, and cuts the table with "N more in the check run"', async () => {
    const repo = busyPullRequest();
    const expected = cliFindings(repo.dir, ['flows/big-1.json', 'flows/big-2.json', 'flows/errors.json']);
    expect(expected.length).toBeGreaterThan(340);
    const server = await startServer(
      happyRoutes(repo, [route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', issueComments([])), route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentCreated(555))]),
    );

    const r = await runAction(repo, server, { inputs: { comment: 'true' } });

    expect(r.code).toBe(1);
    const [posted] = requestsTo(server, 'POST', /^\/repos\/owner\/repo\/issues\/7\/comments$/);
    const text = (posted!.body as { body: string }).body;
    // GitHub's limit for a comment body is 65,536 characters: the full table alone would not fit.
    expect(text.length).toBeLessThanOrEqual(65_536);
    // The flow with errors: its words and its diagram are there, and its routing change comes first.
    const s = section(text, 'flows/errors.json');
    expect(s, text.slice(-3000)).toBeDefined();
    expect(s).toMatch(/- Broken: error branch <code>NoMatchingError<\/code>/);
    expect(mermaidBlocks(s!)).toHaveLength(1);
    await expect(mermaid.parse(mermaidBlocks(s!)[0]!)).resolves.toBeTruthy();
    const rows = text.split('\n').filter((l) => /^\| flows\//.test(l));
    expect(rows.length).toBeLessThan(expected.length);
    expect(rows.length).toBeGreaterThan(20);
    expect(text).toContain(`> ${expected.length - rows.length} more in the check run: the table lists ${rows.length} of ${expected.length} findings`);
    const first = text.indexOf('<details open><summary>');
    expect(text.indexOf('<details open><summary>flows/errors.json</summary>')).toBe(first);
    // Every fence and details element is closed: nothing was cut in the middle.
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((text.match(/<details/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
    expect(server.invalid()).toEqual([]);
  });

  it("the check run's output.text carries the counts by rule and the routing changes in words, cut at 65,535 characters with a note", async () => {
    const repo = busyPullRequest();
    const expected = cliFindings(repo.dir, ['flows/big-1.json', 'flows/big-2.json', 'flows/errors.json']);
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    const bodies = checkBodies([...requestsTo(server, 'POST', CHECK_RE), ...requestsTo(server, 'PATCH', CHECK_RE)]);
    const last = bodies.at(-1)!;
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const text = last.output?.text ?? '';
    expect(text.length).toBeGreaterThan(1000);
    expect(text.length).toBeLessThanOrEqual(65_535);
    const counts = new Map<string, Record<JsonFinding['severity'], number>>();
    for (const f of expected) {
      const c = counts.get(f.ruleId) ?? { error: 0, warn: 0, info: 0 };
      c[f.severity]++;
      counts.set(f.ruleId, c);
    }
    expect(counts.size).toBeGreaterThan(1);
    for (const [rule, c] of counts) expect(text).toContain(`| ${rule.replace(/-/g, '\\-')} | ${c.error} | ${c.warn} | ${c.info} |`.replace(/\\-/g, '-'));
    // The flow with errors first, with its words; the added flows' hundreds of lines are cut with a note.
    expect(text.indexOf('**flows/errors.json**')).toBeGreaterThan(text.indexOf('### Routing changes'));
    expect(text).toMatch(/- Broken: error branch <code>NoMatchingError<\/code> of <code>[^<]*Menu<\/code>/);
    expect(text).toMatch(/\n> \d+ more line\(s\) cut here: GitHub keeps 65,535 characters of a check run's text\. The job summary and the log have the rest\.\n$/);
    // Every batch carries the same text, so an update never blanks it.
    for (const b of bodies) expect(b.output?.text).toBe(text);
    expect(server.invalid()).toEqual([]);
  });

  it('a broken config is one line in the job summary and a failed check run', async () => {
    const repo = makeRepo({ 'flows/a.json': flowText('a') }, { 'flows/a.json': flowText('a', { menuText: 'Hi' }), '.connect-flow-lint.yaml': 'rules:\n  no-such-rule: error\n' });
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    const lines = r.summary.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^### ❌ connect-flow-lint: the config is broken: \.connect-flow-lint\.yaml:2:\d+: unknown rule "no-such-rule"/);
    const bodies = checkBodies([...requestsTo(server, 'POST', CHECK_RE), ...requestsTo(server, 'PATCH', CHECK_RE)]);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'The config is broken' } });
    // The same line, escaped as Markdown prose (the config is the pull request's text).
    expect(bodies.at(-1)!.output!.summary).toBe(lines[0]!.replace('### ❌ connect-flow-lint: ', ''));
    expect(r.stdout).toMatch(/::error::connect-flow-lint: /);
    expect(server.invalid()).toEqual([]);
  });
});

describe('--format github keeps to what GitHub shows', () => {
  it('annotates 10 errors and 10 warnings in file order, then one plain line counting the rest, and lists them as plain lines', () => {
    const dir = tempDir();
    // 12 routes to missing blocks (errors) and 30 orphans (warnings) in one file, 15 more orphans in another.
    const broken: Block[] = Array.from({ length: 12 }, (_, i) => ({ Identifier: uuid('d', i), Type: 'MessageParticipant', Parameters: { Text: `Broken ${i}` }, Transitions: { NextAction: uuid('e', i), Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] } }));
    writeFiles(dir, { 'a.json': flowText('a', { extra: [...orphans(30, 'b'), ...broken] }), 'b.json': flowText('b', { extra: orphans(15, 'c') }) });
    const cli = (format: string) => spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--format', format, 'a.json', 'b.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const all = JSON.parse(cli('json').stdout) as JsonFinding[];
    const r = cli('github');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    const errors = all.filter((f) => f.severity === 'error');
    const warnings = all.filter((f) => f.severity === 'warn');
    expect(errors.length).toBeGreaterThan(10);
    expect(warnings.length).toBeGreaterThan(10);
    expect(commands.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(commands.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    // The ones annotated are the first of each type in file order, printed in that order.
    const chosen = [...errors.slice(0, 10), ...warnings.slice(0, 10), ...all.filter((f) => f.severity === 'info').slice(0, 10)];
    const annotated = all.filter((f) => chosen.includes(f));
    expect(commands.map((l) => /file=([^,]+),line=(\d+),col=(\d+)/.exec(l)!.slice(1).join(':'))).toEqual(annotated.map((f) => `${f.file}:${f.line}:${f.column}`));
    // Then exactly one line that says how many were not annotated: plain text, not a command.
    const rest = all.length - commands.length;
    const noteAt = lines.indexOf(`connect-flow-lint: ${rest} more findings not annotated (GitHub shows 10 workflow-command annotations of each type per step): listed below; --format sarif reports them all.`);
    expect(noteAt, r.stdout).toBe(commands.length);
    // And the rest are listed, none lost, none a workflow command.
    const listed = lines.slice(noteAt + 1);
    expect(listed).toHaveLength(rest);
    for (const l of listed) expect(l).toMatch(/^ {2}[ab]\.json:\d+:\d+: (error|warning|info): .+ \([a-z-]+\)$/);
  });
});

describe('broken routes in the diff (the pure core and a real browser)', () => {
  const parse = (text: string) => buildFlow(readFlowFile('f.json', text).flows[0]!);

  it('lists a route into a removed block, and one re-targeted to an Identifier neither version has, but not one already dangling', () => {
    const base = JSON.parse(flowText('m', { extra: [{ Identifier: 'old-dangling', Type: 'MessageParticipant', Parameters: { Text: 'x' }, Transitions: { NextAction: 'never-existed', Errors: [] } }] })) as { Actions: Block[] };
    const head = structuredClone(base);
    head.Actions = head.Actions.filter((a) => a.Identifier !== SORRY);
    head.Actions.find((a) => a.Identifier === START)!.Transitions.NextAction = 'typo-in-id';
    const b = parse(JSON.stringify(base));
    const h = parse(JSON.stringify(head));
    const d = diffFlows(b, h);
    expect(d.brokenRoutes.map((r) => [r.from, r.kind, r.branch, r.to, r.target])).toEqual([
      [START, 'next', 'next', 'typo-in-id', 'missing'],
      [MENU, 'error', 'NoMatchingError', SORRY, 'removed'],
    ]);
    const words = describeChanges(b, h, d);
    expect(words.slice(0, 2)).toEqual([
      expect.stringMatching(/^Broken: the next route of `UpdateFlowLoggingBehavior[^`]*` now leads to a block that does not exist \(`typo-in-id`\)\.$/),
      expect.stringMatching(/^Broken: error branch `NoMatchingError` of `[^`]*Menu` now leads to a removed block, `[^`]*Sorry` \(`a0000000…`\)\.$/),
    ]);
    expect(words.join('\n')).not.toContain('never-existed');
    const diagram = diffDiagram(b, h, d).text;
    expect(diagram).toMatch(/\["missing block typo-in-id"\]:::removed/);
  });

  it('draws the broken route in red with its label, rendered by Mermaid in Chromium (screenshot in test-output/screenshots)', async () => {
    const b = parse(flowText('menu'));
    const h = parse(flowText('menu', { without: [SORRY] }));
    const diagram = diffDiagram(b, h, diffFlows(b, h));
    const shots = join(ROOT, 'test-output/screenshots');
    mkdirSync(shots, { recursive: true });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.setContent('<!doctype html><html><body style="background:#fff"><div id="out"></div></body></html>');
      await page.addScriptTag({ path: join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
      await page.evaluate(() => (window as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
      const drawn = await page.evaluate(async (src: string) => {
        const w = window as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } };
        const out = document.getElementById('out')!;
        out.innerHTML = (await w.mermaid.render('g1', src)).svg;
        const labels = [...out.querySelectorAll('.edgeLabel')].map((e) => e.textContent ?? '');
        const red = [...out.querySelectorAll('path.flowchart-link')].filter((p) => getComputedStyle(p).stroke === 'rgb(207, 34, 46)' && ['none', '0px'].includes(getComputedStyle(p).strokeDasharray)).length;
        const styles = [...out.querySelectorAll("path.flowchart-link")].map((p) => `${getComputedStyle(p).stroke}/${getComputedStyle(p).strokeDasharray}/${p.getAttribute("style")}`);
        return { labels, red, styles };
      }, diagram.text);
      await (await page.$('#out svg'))!.screenshot({ path: join(shots, 'routing-diff-broken.png') });
      expect(drawn.labels).toContain('broken: NoMatchingError');
      // One solid red route: the broken one (removed routes are red and dashed).
      expect(drawn.red, drawn.styles.join("\n")).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
