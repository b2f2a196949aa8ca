/**
 * Output that cannot be forged or misread (issue 12, points 7 and 12). A flow's name, its blocks' texts and
 * branch values, file names and config text come from strangers: whatever they hold, no output of the
 * linter carries a control character, a bidi control, or a line the runner would read as a workflow command;
 * no Markdown from a flow pings anyone or closes a section; SARIF URIs name exactly the linted file.
 *
 * The CLI cases run the bundled dist/cli/index.js; the Action cases the bundled dist/index.js against the
 * test API server; the property test drives every formatter from the sources with random hostile text.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { marked } from 'marked';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { commentCreated, issueComments } from './support/github-server.js';
import { happyRoutes, makeRepo, requestsTo, route, runAction, startServer } from './support/action-harness.js';
import { CLI } from './helpers.js';
import { lintText } from '../src/core/lint.js';
import { rulesFor } from '../src/core/config/resolve.js';
import { recommended } from './helpers.js';
import { diffFlows } from '../src/core/graph/diff.js';
import { RoutingGraph } from '../src/core/graph/routing-graph.js';
import { buildFlow } from '../src/core/model/flow.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { formatStylish } from '../src/reporters/stylish.js';
import { formatGithub } from '../src/reporters/github.js';
import { formatJson } from '../src/reporters/json.js';
import { formatSarif } from '../src/reporters/sarif.js';
import { flowchart } from '../src/reporters/mermaid.js';
import { diffDiagram, describeChanges, markdownChanges } from '../src/reporters/routing-diff.js';
import { diffDot } from '../src/reporters/diff-dot.js';
import { graphDot } from '../src/reporters/graph-formats.js';
import { markdownSummary } from '../src/reporters/summary.js';
import { callGraphDot, callGraphMermaid } from '../src/reporters/call-graph.js';
import { linkRepository, summarizeFlow } from '../src/core/repo/link.js';
import { codeSpan, commandData, commandProperty, htmlCode, terminalLines, terminalText } from '../src/reporters/escape.js';
import type { FileReport } from '../src/core/lint.js';

// ---------------------------------------------------------------------------
// The hostile text, and what no output may hold.
// ---------------------------------------------------------------------------

const FORGED = '\n::error file=x::pwn\n::add-mask::secret\n::stop-commands::tok\n  ::warning::indented\n##[error]old\n';
const TERMINAL = '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b[2J\u001b[1;1H\u001b[31mred\u0085next\u009b31mcsi\u007fdel\u0000nul\r';
const BIDI = '\u202eevil\u202c \u2066iso\u2069 \u200f\u200e\u061c';
const MARKDOWN = '\n\n@org/team and #12 </details>\n\n<img src=x onerror=alert(1)> `tick` ``two`` [link](https://evil.example) www.evil.example\n\n@someone';
const EVIL = `${FORGED}${TERMINAL}${BIDI}${MARKDOWN}`;
/** Short enough to survive the 40–70 character cut of block labels and diagram nodes. */
const SHORT = '\u202e\u2066x\u2069\u001b[2J\u0085\u009b1m\u200f@org/team';

/** C0 (but LF), DEL, C1, separators, bidi controls: what no human-readable output may hold. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A line GitHub's runner reads as a workflow command (it trims the line first), or its old `##[…]` form. */
const COMMAND = /^\s*(::|##\[)/;

/** Mermaid decodes `#NNN;` entity codes after parsing: what the rendered diagram shows. */
const mermaidShown = (text: string): string => text.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

function expectClean(text: string, what: string, allowCommands = false): void {
  const bad = [...text].findIndex((c) => RAW_CONTROL.test(c));
  expect(bad, `${what}: raw control ${bad >= 0 ? JSON.stringify(text.slice(Math.max(0, bad - 20), bad + 5)) : ''}`).toBe(-1);
  if (!allowCommands) {
    const forged = text.split('\n').filter((l) => COMMAND.test(l));
    expect(forged, `${what}: workflow-command lines`).toEqual([]);
  }
}

// ---------------------------------------------------------------------------
// Flows made to order.
// ---------------------------------------------------------------------------

const id = (n: number): string => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A flow whose name, block texts, branch values and designer names all carry `evil`, with findings on them. */
function hostileFlow(evil: string, variant = 0): string {
  const actions: unknown[] = [
    { Identifier: id(1), Type: 'MessageParticipant', Parameters: { Text: `Hello ${evil}` }, Transitions: { NextAction: id(2), Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingError' }] } },
    {
      Identifier: id(2),
      Type: 'Compare',
      Parameters: { ComparisonValue: `$.Attributes.x${evil}` },
      Transitions: { NextAction: id(3), Conditions: [{ NextAction: variant === 0 ? id(3) : id(1), Condition: { Operator: 'Equals', Operands: [`v${evil}`] } }], Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingCondition' }] },
    },
    { Identifier: id(3), Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    // Unreachable, and its next block does not exist: findings on a block with hostile text.
    { Identifier: id(4), Type: 'MessageParticipant', Parameters: { Text: `Orphan ${evil}` }, Transitions: { NextAction: id(9), Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingError' }] } },
  ];
  // A short hostile text (labels are cut) on a block, and a transfer to a flow that does not exist, named
  // in the designer by hostile text: a "missing" node of the call graph.
  actions.push({ Identifier: id(6), Type: 'MessageParticipant', Parameters: { Text: SHORT }, Transitions: { NextAction: id(7), Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingError' }] } });
  actions.push({
    Identifier: id(7),
    Type: 'TransferToFlow',
    Parameters: { ContactFlowId: 'arn:aws:connect:us-east-1:111122223333:instance/00000000-0000-4000-8000-000000000000/contact-flow/00000000-0000-4000-8000-000000000001' },
    Transitions: { NextAction: id(3), Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingError' }] },
  });
  if (variant > 0) actions.push({ Identifier: id(5), Type: 'MessageParticipant', Parameters: { Text: `Added ${evil}` }, Transitions: { NextAction: id(3), Errors: [{ NextAction: id(3), ErrorType: 'NoMatchingError' }] } });
  const ActionMetadata: Record<string, unknown> = Object.fromEntries(actions.map((a) => [(a as { Identifier: string }).Identifier, { position: { x: 0, y: 0 }, name: `block ${evil}` }]));
  ActionMetadata[id(7)] = { position: { x: 0, y: 0 }, ContactFlow: { id: 'x', text: `${SHORT}${evil}` } };
  return `${JSON.stringify({ Version: '2019-10-30', StartAction: id(1), Metadata: { name: `Flow ${evil}`, description: evil, ActionMetadata }, Actions: actions }, null, 2)}\n`;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cfl-sec-output-'));
  dirs.push(d);
  return d;
}

function cli(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---------------------------------------------------------------------------
// The CLI, every format.
// ---------------------------------------------------------------------------

describe('the CLI prints no control character and no forged workflow command, whatever a flow holds', () => {
  const dir = tempDir();
  // A file name with ESC, an OSC link and a newline before a command: Linux allows all of them.
  const evilFile = `evil\u001b[31m\u009b2J\u202e\n::error file=y::named.json`;
  writeFileSync(join(dir, 'flow.json'), hostileFlow(EVIL));
  writeFileSync(join(dir, 'flow-v2.json'), hostileFlow(EVIL, 1));
  writeFileSync(join(dir, evilFile), hostileFlow(EVIL));
  // Not a flow, under a hostile name: what --verbose says about it.
  writeFileSync(join(dir, `notaflow${FORGED.replace(/\n/g, '\u0085')}\u001b[2J.json`), '{"hello": "world"}');

  it.each([
    ['stylish', ['flow.json', evilFile]],
    ['stylish --color', ['--color', 'flow.json', evilFile]],
    ['github', ['--format', 'github', 'flow.json', evilFile]],
    ['json', ['--format', 'json', 'flow.json', evilFile]],
    ['sarif', ['--format', 'sarif', 'flow.json', evilFile]],
    ['--verbose', ['--verbose', '.']],
  ])('%s', (name, args) => {
    const r = cli(args, dir);
    expect(r.code, r.stderr).toBe(1);
    let out = r.stdout;
    if (name === 'stylish --color') {
      // Our own colours are the only escapes: remove exactly those, then nothing may be left.
      expect(out).toContain('\u001b[31m');
      out = out.replace(/\u001b\[(?:0|2|4|31|33|36|31;1|33;1)m/g, '');
      expect(out).not.toMatch(/\u001b\[2J|\u001b\]8|\u001b\[1;1H/);
    }
    if (name === 'github') {
      // Our own commands only: one per finding, each on its own line, none from the flow's text.
      const lines = out.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::/);
      expectClean(out, name, true);
      // One command per finding: the flow's text stays inside the message (its newlines as %0A).
      const json = JSON.parse(cli(['--format', 'json', ...args.slice(2)], dir).stdout) as unknown[];
      expect(lines).toHaveLength(json.length);
    } else expectClean(out, name);
    expectClean(r.stderr, `${name} (stderr)`);
    // The text is there, written out, not dropped: a reviewer can still see what the flow holds.
    if (name !== '--verbose' && name !== 'sarif' && name !== 'json') expect(out).toContain('\\x1b');
  });

  it('SARIF names the file exactly: #, % and %2e%2e%2f in a name are percent-encoded', () => {
    const d = tempDir();
    mkdirSync(join(d, 'flows'));
    writeFileSync(join(d, 'flows/billing.json#.json'), hostileFlow('x'));
    writeFileSync(join(d, 'flows/%2e%2e%2fsecret.json'), hostileFlow('x'));
    writeFileSync(join(d, 'flows/a b?c.json'), hostileFlow('x'));
    const r = cli(['--format', 'sarif', 'flows'], d);
    expect(r.code, r.stderr).toBe(1);
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(sarif.runs[0]!.results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri)));
    expect([...uris].sort()).toEqual(['flows/%252e%252e%252fsecret.json', 'flows/a%20b%3Fc.json', 'flows/billing.json%23.json']);
    // Resolved as URIs against the source root, each names the file it came from and no other.
    for (const uri of uris) {
      const url = new URL(uri, 'file:///src/');
      expect(decodeURIComponent(url.pathname)).toMatch(/^\/src\/flows\/(billing\.json#\.json|%2e%2e%2fsecret\.json|a b\?c\.json)$/);
      expect(url.hash).toBe('');
      expect(url.search).toBe('');
    }
  });

  it('SARIF names a file outside the working directory by an absolute file: URI, encoded the same way', () => {
    const d = tempDir();
    mkdirSync(join(d, 'in'));
    mkdirSync(join(d, 'out'));
    writeFileSync(join(d, 'out/x#y.json'), hostileFlow('x'));
    const r = cli(['--format', 'sarif', '../out/x#y.json'], join(d, 'in'));
    const uris = new Set((JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }> }).runs[0]!.results.map((x) => JSON.stringify(x.locations[0]!.physicalLocation.artifactLocation)));
    expect([...uris]).toEqual([JSON.stringify({ uri: `file://${join(d, 'out')}/x%23y.json` })]);
    expect(decodeURIComponent(new URL([...uris].map((u) => (JSON.parse(u) as { uri: string }).uri)[0]!).pathname)).toBe(join(d, 'out/x#y.json'));
  });

  it.each([
    ['graph mermaid', ['graph', 'flow.json']],
    ['graph dot', ['graph', 'flow.json', '--format', 'dot']],
    ['graph json', ['graph', 'flow.json', '--format', 'json']],
    ['graph diff mermaid', ['graph', 'flow.json', 'flow-v2.json']],
    ['graph diff dot', ['graph', 'flow.json', 'flow-v2.json', '--format', 'dot']],
    ['graph diff json', ['graph', 'flow.json', 'flow-v2.json', '--format', 'json']],
    ['graph --repo', ['graph', '--repo', 'flow.json', 'flow-v2.json']],
    ['graph --repo dot', ['graph', '--repo', '--format', 'dot', 'flow.json']],
  ])('%s', (name, args) => {
    const r = cli(args, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expectClean(r.stdout, name);
    if (name.includes('mermaid') || name === 'graph --repo') expectClean(mermaidShown(r.stdout), `${name} (as Mermaid shows it)`);
    expectClean(r.stderr, `${name} (stderr)`);
  });

  it('a diff of two flows in one template names the flows safely (mermaid and dot comments)', () => {
    const d = tempDir();
    const template = (variant: number): string =>
      JSON.stringify({
        Resources: {
          A: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: `A${EVIL}`, Type: 'CONTACT_FLOW', InstanceArn: 'arn:aws:connect:us-east-1:1:instance/x', Content: hostileFlow(EVIL, variant) } },
          B: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: `B${EVIL}`, Type: 'CONTACT_FLOW', InstanceArn: 'arn:aws:connect:us-east-1:1:instance/x', Content: hostileFlow(EVIL, 1 - variant) } },
        },
      });
    writeFileSync(join(d, 'old.template'), template(0));
    writeFileSync(join(d, 'new.template'), template(1));
    for (const format of ['mermaid', 'dot']) {
      const r = cli(['graph', 'new.template', 'old.template', '--format', format], d);
      expect(r.code, r.stderr).toBe(0);
      expectClean(r.stdout, `template diff ${format}`);
    }
  });

  it('--print-config and config errors quote config text with its controls written out', () => {
    const d = tempDir();
    const key = `nope${FORGED}\u001b]8;;https://evil.example/\u0007\u009b2J\u202e`;
    writeFileSync(join(d, '.connect-flow-lint.yaml'), `rules:\n  ${JSON.stringify(key)}: error\n`);
    writeFileSync(join(d, 'flow.json'), hostileFlow(EVIL));
    const r = cli(['flow.json'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule');
    expectClean(r.stderr, 'config error');
    expectClean(r.stdout, 'config error (stdout)');

    const p = cli(['--print-config', `flow${FORGED}\u001b[2J\u202e.json`], dir);
    expect(p.code, p.stderr).toBe(0);
    expectClean(p.stdout, 'print-config');
  });
});

// ---------------------------------------------------------------------------
// The Action: the log, the job summary and the comment.
// ---------------------------------------------------------------------------

/** The Markdown as GitHub would parse it (CommonMark + GFM), as a DOM to look into. */
const dom = new JSDOM('').window;
function renderMarkdown(markdown: string): Document {
  const doc = dom.document.implementation.createHTMLDocument('');
  doc.body.innerHTML = marked.parse(markdown, { async: false, gfm: true });
  return doc;
}

/** Text nodes outside code (where GitHub links @mentions and #refs), joined. */
function proseText(doc: Document): string {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('code, pre')) out.push(n.textContent ?? '');
  return out.join('\n');
}

/** What a hostile flow must not achieve in rendered Markdown. */
function expectSafeMarkdown(markdown: string, what: string): void {
  expectClean(markdown, what, true);
  for (const block of markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)) expectClean(mermaidShown(block[1]!), `${what}: Mermaid as shown`, true);
  const doc = renderMarkdown(markdown);
  const prose = proseText(doc);
  // No live mention or reference: every @ and # before a word is followed by a zero-width space.
  expect(prose, `${what}: live @mention`).not.toMatch(/@(?!\u200b)[\w-]/);
  expect(prose, `${what}: live #ref`).not.toMatch(/#(?!\u200b)\d/);
  expect(prose, `${what}: bare URL`).not.toMatch(/https?:\/\/|www\.evil/);
  // No element from the flow's text: only the ones we write (links to the rules' documentation).
  expect(doc.querySelectorAll('img, script, b, iframe').length, `${what}: HTML from a flow`).toBe(0);
  const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  expect(links.filter((h) => !/^https:\/\/github\.com\/connect-flow-lint\/connect-flow-lint\/blob\/main\/(rules\/docs\/|src\/rules\/)/.test(h)), `${what}: links`).toEqual([]);
  // Every section is closed by our own </details>: none ends early, none is left open.
  const opened = (markdown.match(/<details[ >]/g) ?? []).length;
  const closed = (markdown.match(/<\/details>/g) ?? []).length;
  expect(closed, `${what}: raw </details>`).toBe(opened);
  expect(doc.querySelectorAll('details').length, `${what}: sections`).toBe(opened);
  for (const d of doc.querySelectorAll('details')) expect(d.querySelector('summary'), `${what}: a section without its summary`).not.toBeNull();
  // Inside a Mermaid block no line can end the fence.
  for (const block of markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)) expect(block[1]).not.toMatch(/^\s*`{3,}/m);
}

describe('the Action prints no forged command and posts no live Markdown from a flow', () => {
  it('log, job summary and comment of a pull request that changes a hostile flow', async () => {
    const repo = makeRepo({ 'flows/evil.json': hostileFlow(EVIL, 0) }, { 'flows/evil.json': hostileFlow(EVIL, 1), 'flows/new.json': hostileFlow(EVIL, 0) });
    const server = await startServer(
      happyRoutes(repo, [
        route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', issueComments([])),
        route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentCreated(555)),
      ]),
    );
    // Command annotations too, so the log carries the github format as well as stylish.
    const r = await runAction(repo, server, { inputs: { comment: 'true', annotations: 'commands' } });
    expect(r.code, r.stderr).toBe(1);

    // The log: only the Action's own commands, each a known one, none from the flow.
    const own = /^::(error|warning|notice|debug|group|endgroup|set-output|add-mask)( [^:]*)?::/;
    const commandLines = r.stdout.split('\n').filter((l) => COMMAND.test(l));
    expect(commandLines.length).toBeGreaterThan(0);
    for (const l of commandLines) expect(l).toMatch(own);
    expect(commandLines.filter((l) => /^::(add-mask|stop-commands)/.test(l))).toEqual([]);
    expect(commandLines.filter((l) => l.startsWith('::error file=x'))).toEqual([]);
    expectClean(r.stdout, 'Action log', true);
    expectClean(r.stderr, 'Action stderr');

    expect(r.summary).toContain('Routing changes');
    expectSafeMarkdown(r.summary, 'job summary');
    const posted = requestsTo(server, 'POST', /^\/repos\/owner\/repo\/issues\/7\/comments$/);
    expect(posted).toHaveLength(1);
    expectSafeMarkdown((posted[0]!.body as { body: string }).body, 'comment');
    expect(server.invalid()).toEqual([]);
  }, 90_000);

  const OWN_COMMAND = /^::(error|warning|notice|debug|group|endgroup)( [^:]*)?::/;
  function expectOwnLog(r: { stdout: string; stderr: string }, what: string): void {
    expectClean(r.stdout, what, true);
    expectClean(r.stderr, `${what} (stderr)`);
    for (const l of r.stdout.split('\n').filter((x) => COMMAND.test(x))) expect(l, what).toMatch(OWN_COMMAND);
  }

  it('a config error quoting the pull request\'s config text is one clean annotation', async () => {
    const key = `nope${FORGED}\u001b]8;;https://evil.example/\u0007\u009b2J\u202e`;
    const repo = makeRepo({ 'flows/a.json': hostileFlow('x') }, { '.connect-flow-lint.yaml': `rules:\n  ${JSON.stringify(key)}: error\n` });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { config: '.connect-flow-lint.yaml' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error [^:]*file=\.connect-flow-lint\.yaml,line=2,[^:]*::unknown rule/m);
    expectOwnLog(r, 'config error');
  }, 60_000);

  it('a broken baseline the pull request commits is quoted with its controls written out', async () => {
    const baseline = `{"version": 1, "findings": [{"bad": "\u009b2J\u202e\u0085\u007f"}]}\n`;
    const repo = makeRepo({ 'flows/a.json': hostileFlow('x') }, { 'flows/a.json': hostileFlow(EVIL), 'baseline.json': baseline });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { baseline: 'baseline.json', annotations: 'commands' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('malformed');
    expectOwnLog(r, 'baseline warning');
  }, 60_000);
});

// ---------------------------------------------------------------------------
// The escapers show the text exactly, only made safe.
// ---------------------------------------------------------------------------

describe('escaped text still reads as the original', () => {
  const anyText = fc.array(fc.oneof(hostileChar, fc.constantFrom(' ', '  ', '`', '``', '```')), { maxLength: 20 }).map((p) => p.join(''));
  const inlineCode = (markdown: string): Element | null => renderMarkdown(`x ${markdown} y`).querySelector('p > code');
  const shown = (t: string): string => t.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

  it('a code span (terminal, CLI graph words) holds the text with its controls written out, on one line', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const span = codeSpan(t);
        expect(span).not.toMatch(/\n/);
        const code = inlineCode(span);
        expect(code, span).not.toBeNull();
        expect(code!.textContent).toBe(t === '' ? ' ' : shown(t));
      }),
      { numRuns: 300 },
    );
  });

  it('<code> for the comment shows the text (zero-width spaces aside) and lets no tag, ping or link out', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const html = htmlCode(t);
        const code = inlineCode(html);
        expect(code, html).not.toBeNull();
        // Prose escaping: line breaks and tabs read as one space, then the other controls are written out.
        expect(code!.textContent!.replace(/\u200b/g, '')).toBe(shown(t.replace(/[\r\n\t]+/g, ' ')));
        expect(code!.children.length, html).toBe(0);
        expect(html).not.toMatch(/<(?!\/?code>)/);
      }),
      { numRuns: 300 },
    );
  });

  it('terminal text: controls written out, a leading :: or ##[ defused, the rest unchanged', () => {
    expect(terminalText('a\u001b[2Jb\u009bc\u202ed\ne')).toBe('a\\x1b[2Jb\\x9bc\\u202ed\\ne');
    expect(terminalText('::error::x')).toBe('\\x3a:error::x');
    expect(terminalLines('ok\n  ::add-mask::s\n##[error]x\n:: fine? no')).toBe('ok\n  \\x3a:add-mask::s\n\\x23#[error]x\n\\x3a: fine? no');
    expect(terminalText('Hokkaidō — 北海道 🙂')).toBe('Hokkaidō — 北海道 🙂');
    expect(commandProperty('a:b,c%d\ne\u001b')).toBe('a%3Ab%2Cc%25d\\ne\\x1b');
    expect(commandData('50% done\r\n::error::x\u001b')).toBe('50%25 done%0D%0A::error::x\\x1b');
  });
});

// ---------------------------------------------------------------------------
// Every formatter and the summary, with random hostile text.
// ---------------------------------------------------------------------------

const hostileChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'),
  fc.constantFrom('::', '::error file=x::', '##[', '@', '@org/team', '#1', '</details>', '<details>', '<b>', '`', '```', '|', '\\', '*', '_', '[', ']', '(', ')', '!', '~', '%', '%0A', 'https://x.example', 'www.x.example', '"', "'", ';', '{', '}', '#quot;', '%%{init}%%', '\n\n'),
  fc.string({ maxLength: 3 }),
);
const hostileText = fc.array(hostileChar, { maxLength: 24 }).map((parts) => parts.join(''));


describe('property: random controls and Markdown in names and labels never reach any output raw', () => {
  it('every formatter and the summary keep the invariants', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (name, label, file) => {
        const fileName = `flows/${file}.json`;
        const head = hostileFlow(`${name}${label}`, 1);
        const base = hostileFlow(label, 0);
        const lint = lintText(fileName, head, rulesFor(recommended, `/repo/${fileName}`));
        const findings = lint.findings.map((f) => ({ ...f, flowName: name, message: `${f.message} ${label}` }));
        expect(findings.length).toBeGreaterThan(0);

        expectClean(formatStylish(findings, { color: false }), 'stylish');
        expectClean(formatStylish(findings, { color: true }).replace(/\u001b\[(?:0|2|4|31|33|36|31;1|33;1)m/g, ''), 'stylish color');
        const github = formatGithub(findings);
        expectClean(github, 'github', true);
        for (const l of github.trimEnd().split('\n')) expect(l).toMatch(/^::(error|warning|notice) file=[^:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::[^\n]*$/);
        expectClean(formatJson(findings), 'json');
        expectClean(formatSarif(findings, [], { name: 't', version: '1', informationUri: 'https://x' }), 'sarif');

        const report: FileReport = { ...lint, findings };
        const baseFlow = buildFlow(readFlowFile('b.json', base).flows[0]!);
        const headFlow = lint.models[0]!.flow;
        const graph = new RoutingGraph(headFlow);
        const chart = flowchart(headFlow, graph, findings).text;
        expectClean(chart, 'mermaid');
        expectClean(mermaidShown(chart), 'mermaid as shown', true);
        expectClean(graphDot(headFlow, graph), 'dot');
        const diff = diffFlows(baseFlow, headFlow);
        const diagram = diffDiagram(baseFlow, headFlow, diff);
        expectClean(diagram.text, 'diff mermaid');
        expectClean(mermaidShown(diagram.text), 'diff mermaid as shown', true);
        expectClean(diffDot(baseFlow, headFlow, diff), 'diff dot');
        for (const c of describeChanges(baseFlow, headFlow, diff)) expectClean(c, 'change words');
        const changes = markdownChanges(baseFlow, headFlow, diff);
        for (const c of changes) expectClean(c, 'change words (Markdown)');

        // The call graph: the flow and its transfer to a missing flow named by hostile designer text.
        const summaries = [summarizeFlow(headFlow, graph, 0, false), { ...summarizeFlow(baseFlow, new RoutingGraph(baseFlow), 0, false), file: `${file}.json` }];
        const links = linkRepository(summaries);
        const callGraph = callGraphMermaid(summaries, links);
        expect(callGraph.text).toContain('missing');
        expectClean(callGraph.text, 'call graph');
        expectClean(mermaidShown(callGraph.text), 'call graph as shown', true);
        expectClean(callGraphDot(summaries, links), 'call graph dot');

        const summary = markdownSummary({
          callGraph: { diagram: callGraph.text },
          title: `t${name}`,
          reports: [report],
          findings,
          notes: [`${file}: ${label}`],
          routingChanges: [{ file: fileName, diagram: diagram.text, changes }],
        });
        expectSafeMarkdown(summary, 'summary');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
