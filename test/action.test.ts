/**
 * End-to-end tests of the GitHub Action: the built bundle dist/index.js runs as a child process with the
 * environment a runner gives a `pull_request` job, in a real git repository (base and head commits), against
 * test/support/github-server.ts (a local HTTP server that checks every request against GitHub's OpenAPI
 * description). Each test reads what a user would see: the exit code, the log (workflow commands), the job
 * summary, the step outputs, and what reached the API.
 */
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMermaid, type MermaidApi } from './support/mermaid.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkRunCreated,
  commentCreated,
  commentUpdated,
  forbidden,
  issueComments,
  pullFiles,
  secondaryRateLimit,
  serverError,
  type CommentInput,
  type RecordedRequest,
  type ReplyFn,
} from './support/github-server.js';
// Not imported from helpers.ts: these tests need only the built bundles, never the sources.
import {
  addedLineNumbers,
  apiFiles,
  ATTEMPTS,
  CHECKS_PATH,
  cleanups,
  cliFindings,
  FILES_PATH,
  happyRoutes,
  makeRepo,
  PR_NUMBER,
  requestsTo,
  ROOT,
  route,
  runAction,
  startServer,
} from './support/action-harness.js';

const MARKER = '<!-- connect-flow-lint:summary -->';

// ---------------------------------------------------------------------------
// Flows made to order: a clean three-block flow, plus unreachable blocks (one warning each) and blocks whose
// next block does not exist (one error each, and a warning for each but the first, which is reachable).
// ---------------------------------------------------------------------------

const uuid = (prefix: string, i: number): string => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

interface FlowShape {
  unreachable?: number;
  broken?: number;
}

function flow(name: string, shape: FlowShape = {}): string {
  const start = uuid('a', 1);
  const hello = uuid('a', 2);
  const end = uuid('a', 3);
  const broken = shape.broken ?? 0;
  const actions: unknown[] = [
    { Parameters: { FlowLoggingBehavior: 'Enabled' }, Identifier: start, Type: 'UpdateFlowLoggingBehavior', Transitions: { NextAction: hello } },
    { Parameters: { Text: `Hello from ${name}` }, Identifier: hello, Type: 'MessageParticipant', Transitions: { NextAction: broken > 0 ? uuid('c', 0) : end, Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: end, Type: 'DisconnectParticipant', Transitions: {} },
  ];
  for (let i = 0; i < (shape.unreachable ?? 0); i++) {
    actions.push({ Parameters: { Text: `Orphan ${i}` }, Identifier: uuid('b', i), Type: 'MessageParticipant', Transitions: { NextAction: end, Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } });
  }
  for (let i = 0; i < broken; i++) {
    actions.push({ Parameters: { Text: `Broken ${i}` }, Identifier: uuid('c', i), Type: 'MessageParticipant', Transitions: { NextAction: uuid('d', i), Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } });
  }
  return `${JSON.stringify({ Version: '2019-10-30', StartAction: start, Metadata: { name }, Actions: actions }, null, 2)}\n`;
}

const CLEAN_INBOUND = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');

// ---------------------------------------------------------------------------
// Temp dirs, git repositories, the CLI as the reference for findings.
// ---------------------------------------------------------------------------

const FILES_RE = /^\/repos\/owner\/repo\/pulls\/7\/files$/;
const CHECKS_RE = /^\/repos\/owner\/repo\/check-runs$/;
const CHECK_RE = /^\/repos\/owner\/repo\/check-runs\/\d+$/;

interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  title: string;
  message: string;
}
interface CheckBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  output?: { title: string; summary: string; annotations?: Annotation[] };
}
const body = (r: RecordedRequest): CheckBody => r.body as CheckBody;
const annotationsOf = (reqs: RecordedRequest[]): Annotation[] => reqs.flatMap((r) => body(r).output?.annotations ?? []);

/** The workflow-command lines of a log, by command. */
function commands(stdout: string, command: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${command} `) || l.startsWith(`::${command}::`));
}
const fileLine = (cmd: string): { file: string; line: number } => {
  const m = /file=([^,]+),line=(\d+)/.exec(cmd);
  if (!m) throw new Error(`no file/line in ${cmd}`);
  return { file: m[1] ?? '', line: Number(m[2]) };
};

// ---------------------------------------------------------------------------
// Mermaid itself parses the diagrams (test/support/mermaid.ts loads it under JSDOM).
// ---------------------------------------------------------------------------

let mermaid: MermaidApi;

beforeAll(async () => {
  mermaid = await loadMermaid();
});

const mermaidBlocks = (markdown: string): string[] => [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

/** Parses every Mermaid block with Mermaid; returns what it understood of each (vertices and edges). */
async function parseDiagrams(markdown: string): Promise<Array<{ vertices: number; edges: number }>> {
  const out: Array<{ vertices: number; edges: number }> = [];
  for (const text of mermaidBlocks(markdown)) {
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    const flowDb = db as { getVertices(): Map<string, unknown>; getEdges(): unknown[] };
    out.push({ vertices: flowDb.getVertices().size, edges: flowDb.getEdges().length });
  }
  return out;
}

/** The summary table's rows (Location, Rule, Severity, Message). */
const tableRows = (summary: string): string[] => summary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Location') && !l.startsWith('| ---'));

// ---------------------------------------------------------------------------

describe('the Action on a pull request (dist/index.js, end to end)', () => {
  it('a clean pull request: exit 0, no check run, errors=0, a "no findings" summary with the routing diagram', async () => {
    // The base routes the first block straight to the end; the pull request restores the full clean flow.
    const clean = JSON.parse(CLEAN_INBOUND) as { StartAction: string; Actions: Array<{ Identifier: string; Type: string; Transitions: { NextAction?: string } }> };
    const disconnect = clean.Actions.find((a) => a.Type === 'DisconnectParticipant');
    const first = clean.Actions.find((a) => a.Identifier === clean.StartAction);
    expect(disconnect && first?.Transitions.NextAction).toBeTruthy();
    const baseVersion = structuredClone(clean);
    baseVersion.Actions.find((a) => a.Identifier === clean.StartAction)!.Transitions.NextAction = disconnect!.Identifier;
    const repo = makeRepo({ 'flows/clean-inbound.json': `${JSON.stringify(baseVersion, null, 2)}\n`, 'flows/other.json': flow('other', { unreachable: 2 }) }, { 'flows/clean-inbound.json': CLEAN_INBOUND });
    expect(cliFindings(repo.dir, ['flows/clean-inbound.json'])).toEqual([]);
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', files: '1' });
    // Only the pull request's files were asked for; with nothing to annotate no check run is created.
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual([`GET /repos/owner/repo/pulls/7/files`]);
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(commands(r.stdout, 'warning')).toEqual([]);
    expect(r.summary).toContain('No findings in 1 flow (1 file)');
    expect(r.summary).toContain('flows/clean-inbound.json');
    expect(r.summary).not.toContain('other.json');
    const diagrams = await parseDiagrams(r.summary);
    expect(diagrams).toHaveLength(1);
    expect(diagrams[0]!.vertices).toBeGreaterThan(1);
    expect(server.invalid()).toEqual([]);
  });

  it('more than 60 findings: every one reaches the check run, in batches of at most 50, completed as failure', async () => {
    const head = { 'flows/a.json': flow('a', { unreachable: 15, broken: 10 }), 'flows/b.json': flow('b', { unreachable: 15, broken: 10 }), 'flows/c.json': flow('c', { unreachable: 15, broken: 10 }) };
    const repo = makeRepo({ 'flows/a.json': flow('a'), 'flows/untouched.json': flow('untouched', { unreachable: 5, broken: 5 }) }, head);
    const expected = cliFindings(repo.dir, Object.keys(head));
    expect(expected.length).toBeGreaterThan(100);
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    const posts = requestsTo(server, 'POST', CHECKS_RE);
    const patches = requestsTo(server, 'PATCH', CHECK_RE);
    expect(posts).toHaveLength(1);
    expect(body(posts[0]!)).toMatchObject({ name: 'connect-flow-lint', head_sha: repo.head, status: 'in_progress' });
    const all = [...posts, ...patches];
    for (const q of all) expect((body(q).output?.annotations ?? []).length).toBeLessThanOrEqual(50);
    expect(all.map((q) => (body(q).output?.annotations ?? []).length)).toEqual([50, 50, expected.length - 100, 0]);
    const last = body(patches.at(-1)!);
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(patches.every((q) => q.path === '/repos/owner/repo/check-runs/42')).toBe(true);

    const annotations = annotationsOf(all);
    expect(annotations).toHaveLength(expected.length);
    const level = { error: 'failure', warn: 'warning', info: 'notice' } as const;
    const key = (path: string, line: number, rule: string, lvl: string) => `${path}:${line}:${rule}:${lvl}`;
    expect(annotations.map((a) => key(a.path, a.start_line, a.title, a.annotation_level)).sort()).toEqual(expected.map((f) => key(f.file, f.line, f.ruleId, level[f.severity])).sort());
    for (const a of annotations) {
      expect(a.path).toMatch(/^flows\/[abc]\.json$/);
      expect(a.start_line).toBeGreaterThan(0);
      expect(a.end_line).toBeGreaterThanOrEqual(a.start_line);
      expect(['failure', 'warning', 'notice']).toContain(a.annotation_level);
      expect(a.title).toMatch(/^(unreachable-block|transition-target-exists)$/);
      expect(a.message.length).toBeGreaterThan(0);
    }
    const errors = expected.filter((f) => f.severity === 'error').length;
    expect(r.outputs).toMatchObject({ errors: String(errors), warnings: String(expected.length - errors), files: '3' });
    // The check run carries them, so no finding is printed as a workflow command.
    expect(commands(r.stdout, 'warning')).toEqual([]);
    expect(commands(r.stdout, 'error')).toEqual([`::error::connect-flow-lint: ${errors} error(s) and ${expected.length - errors} warning(s) (fail-on: error).`]);
    expect(tableRows(r.summary)).toHaveLength(expected.length);
    expect((await parseDiagrams(r.summary)).length).toBeGreaterThan(0);
    expect(server.invalid()).toEqual([]);
  });

  it('a token without checks permission: workflow commands, changed lines first, at most 10 per type, job fails', async () => {
    const repo = makeRepo(
      { 'flows/big.json': flow('big', { broken: 12 }), 'flows/side.json': flow('side') },
      { 'flows/big.json': flow('big', { broken: 15 }), 'flows/side.json': flow('side', { unreachable: 4 }) },
    );
    const files = apiFiles(repo);
    const changedLines = new Map(files.map((f) => [f.filename, addedLineNumbers(f.patch ?? '')]));
    const expected = cliFindings(repo.dir, ['flows/big.json', 'flows/side.json']);
    const onChanged = (f: { file: string; line: number }) => changedLines.get(f.file)?.has(f.line) === true;
    const changedErrors = expected.filter((f) => f.severity === 'error' && onChanged(f));
    const otherErrors = expected.filter((f) => f.severity === 'error' && !onChanged(f));
    // The test is only meaningful when both kinds exist and there are more than 10 of a type.
    expect(changedErrors.length).toBeGreaterThan(0);
    expect(otherErrors.length).toBeGreaterThan(10);
    expect(expected.filter((f) => f.severity === 'warn').length).toBeGreaterThan(10);
    const server = await startServer([route('POST', CHECKS_PATH, forbidden()), route('GET', FILES_PATH, pullFiles(files))]);

    // Every finding competes for the slots (the base has most of them: filter-mode added would show only the new).
    const r = await runAction(repo, server, { inputs: { 'filter-mode': 'all' } });

    expect(r.code).toBe(1);
    expect(requestsTo(server, 'POST', CHECKS_RE)).toHaveLength(1); // 403 without rate limit: not retried
    const errorCmds = commands(r.stdout, 'error');
    const warningCmds = commands(r.stdout, 'warning');
    expect(errorCmds.length).toBeLessThanOrEqual(10);
    expect(warningCmds.length).toBeLessThanOrEqual(10);
    // Findings on changed lines spend the slots first, then the rest in file order.
    const errorFindings = errorCmds.filter((c) => c.includes('file=')).map(fileLine);
    expect(errorFindings.slice(0, changedErrors.length)).toEqual(changedErrors.map((f) => ({ file: f.file, line: f.line })));
    expect(errorFindings.slice(changedErrors.length)).toEqual(otherErrors.slice(0, errorFindings.length - changedErrors.length).map((f) => ({ file: f.file, line: f.line })));
    const changedWarnings = expected.filter((f) => f.severity === 'warn' && onChanged(f));
    const warningFindings = warningCmds.filter((c) => c.includes('file=')).map(fileLine);
    expect(warningFindings.slice(0, changedWarnings.length)).toEqual(changedWarnings.map((f) => ({ file: f.file, line: f.line })));
    // The reason for the fallback and the count of what is not annotated are said.
    expect(r.stdout).toMatch(/::warning::creating the check run failed: HTTP 403: Resource not accessible by integration\. the token cannot write checks/);
    const shown = errorFindings.length + warningFindings.length;
    expect(shown).toBeGreaterThan(0);
    expect(r.stdout).toContain(`::warning::${expected.length - shown} more finding(s) are not annotated`);
    // The summary and the log still list every finding.
    const rows = tableRows(r.summary);
    expect(rows).toHaveLength(expected.length);
    for (const f of expected) expect(rows.some((row) => row.includes(`${f.file}:${f.line} `) && row.includes(f.ruleId))).toBe(true);
    expect(r.summary).toContain('Annotations fell back to workflow commands');
    expect(server.invalid()).toEqual([]);
  });

  it('the API failing with 5xx everywhere: retried, said, git diff gives the changed files, findings printed, fail-on decides', async () => {
    const repo = makeRepo(
      { 'flows/changed.json': flow('changed'), 'flows/untouched.json': flow('untouched', { broken: 3 }), 'README.md': 'base\n' },
      { 'flows/changed.json': flow('changed', { broken: 2 }), 'flows/new.json': flow('new', { unreachable: 1 }), 'README.md': 'head\n' },
    );
    const expected = cliFindings(repo.dir, ['flows/changed.json', 'flows/new.json']);
    for (const failOn of ['error', 'never']) {
      const server = await startServer([route('GET', FILES_PATH, serverError()), route('POST', CHECKS_PATH, serverError())]);
      const r = await runAction(repo, server, { inputs: { 'fail-on': failOn } });

      expect(r.code).toBe(failOn === 'never' ? 0 : 1);
      expect(requestsTo(server, 'GET', FILES_RE)).toHaveLength(ATTEMPTS);
      expect(requestsTo(server, 'POST', CHECKS_RE)).toHaveLength(ATTEMPTS);
      expect(server.requests).toHaveLength(2 * ATTEMPTS);
      expect(r.stdout).toContain(`retrying in 20 ms (attempt 2 of ${ATTEMPTS})`);
      expect(r.stdout).toContain('::warning::listing the pull request files failed: HTTP 502: Server Error; falling back to git diff against the base commit.');
      expect(r.stdout).toMatch(/::warning::creating the check run failed: HTTP 502: Server Error\. the Checks API failed: falling back to workflow-command annotations\./);
      expect(r.stdout).toContain('changed by the pull request (from git diff)');
      // Only the changed flows were linted: the untouched one's errors appear nowhere.
      expect(r.outputs.files).toBe('2');
      expect(r.stdout).not.toContain('untouched.json');
      const printed = [...commands(r.stdout, 'error'), ...commands(r.stdout, 'warning')].filter((c) => c.includes('file=')).map(fileLine);
      expect(printed.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)).toEqual(expected.map((f) => ({ file: f.file, line: f.line })).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
      expect(r.outputs.errors).toBe(String(expected.filter((f) => f.severity === 'error').length));
      expect(server.invalid()).toEqual([]);
    }
  });

  it('no flow changed (only README.md): exit 0 and a one-line summary', async () => {
    const repo = makeRepo({ 'flows/bad.json': flow('bad', { broken: 2 }), 'README.md': 'base\n' }, { 'README.md': 'head\n' });
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', files: '0' });
    expect(r.summary.trim().split('\n')).toEqual(['### connect-flow-lint: No flow changed in this pull request: nothing to lint.']);
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /repos/owner/repo/pulls/7/files']);
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(server.invalid()).toEqual([]);
  });

  it('a broken flow file (trailing comma): a parse-error annotation at its line, the other changed flows still linted', async () => {
    const good = flow('broken-one', { unreachable: 1 });
    const lines = good.trimEnd().split('\n');
    // `  ]` closes Actions: put a trailing comma after the last action, so the parser stops at `]`.
    const close = lines.lastIndexOf('  ]');
    lines[close - 1] = `${lines[close - 1]},`;
    const broken = `${lines.join('\n')}\n`;
    const repo = makeRepo({ 'flows/one.json': good, 'flows/two.json': flow('two') }, { 'flows/one.json': broken, 'flows/two.json': flow('two', { broken: 1 }), 'flows/three.json': flow('three', { unreachable: 2 }) });
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    const annotations = annotationsOf([...requestsTo(server, 'POST', CHECKS_RE), ...requestsTo(server, 'PATCH', CHECK_RE)]);
    const parse = annotations.filter((a) => a.title === 'parse-error');
    expect(parse).toHaveLength(1);
    expect(parse[0]).toMatchObject({ path: 'flows/one.json', start_line: close + 1, annotation_level: 'failure' });
    expect(parse[0]!.message).toMatch(/trailing comma/);
    expect(annotations.filter((a) => a.path === 'flows/two.json').map((a) => a.title)).toContain('transition-target-exists');
    expect(annotations.filter((a) => a.path === 'flows/three.json').map((a) => a.title)).toEqual(['unreachable-block', 'unreachable-block']);
    expect(annotations).toHaveLength(cliFindings(repo.dir, ['flows/one.json', 'flows/two.json', 'flows/three.json']).length);
    expect(r.outputs.files).toBe('3');
    await parseDiagrams(r.summary);
    expect(server.invalid()).toEqual([]);
  });

  it('comment: true creates one marked comment, then updates it in place (found on page 2), never duplicates', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { broken: 1 }) });
    const others: CommentInput[] = Array.from({ length: 130 }, (_, i) => ({ id: 1000 + i, body: `review remark ${i}`, user: 'reviewer' }));

    const first = await startServer(
      happyRoutes(repo, [
        route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', issueComments(others.slice(0, 3))),
        route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentCreated(555)),
      ]),
    );
    const r1 = await runAction(repo, first, { inputs: { comment: 'true' } });
    expect(r1.code).toBe(1);
    const created = requestsTo(first, 'POST', /^\/repos\/owner\/repo\/issues\/7\/comments$/);
    expect(created).toHaveLength(1);
    const text = (created[0]!.body as { body: string }).body;
    expect(text.startsWith(`${MARKER}\n`)).toBe(true);
    expect(text.split(MARKER)).toHaveLength(2);
    expect(text).toContain('transition-target-exists');
    expect((await parseDiagrams(text)).length).toBeGreaterThan(0);
    expect(requestsTo(first, 'PATCH', /\/issues\/comments\//)).toHaveLength(0);
    expect(r1.stdout).toContain('Posted the summary comment 555.');
    expect(first.invalid()).toEqual([]);

    // Second run: our comment is the 121st, on the second page.
    const listed = [...others.slice(0, 120), { id: 555, body: text }, ...others.slice(120)];
    const second = await startServer(
      happyRoutes(repo, [
        route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', issueComments(listed)),
        route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentCreated(556)),
        route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', commentUpdated(555, PR_NUMBER)),
      ]),
    );
    const r2 = await runAction(repo, second, { inputs: { comment: 'true' } });
    expect(r2.code).toBe(1);
    expect(requestsTo(second, 'POST', /\/comments$/)).toHaveLength(0);
    const updated = requestsTo(second, 'PATCH', /^\/repos\/owner\/repo\/issues\/comments\/\d+$/);
    expect(updated.map((q) => q.path)).toEqual(['/repos/owner/repo/issues/comments/555']);
    const newText = (updated[0]!.body as { body: string }).body;
    expect(newText.split(MARKER)).toHaveLength(2);
    expect(requestsTo(second, 'GET', /\/issues\/7\/comments$/).map((q) => q.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(r2.stdout).toContain('Updated the summary comment 555.');
    expect(second.invalid()).toEqual([]);
  });

  it('fail-on: never with errors passes; warn with only warnings fails; an invalid value fails naming the input', async () => {
    const withErrors = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { broken: 2 }) });
    const s1 = await startServer(happyRoutes(withErrors));
    const never = await runAction(withErrors, s1, { inputs: { 'fail-on': 'never' } });
    expect(never.code).toBe(0);
    expect(Number(never.outputs.errors)).toBeGreaterThan(0);
    expect(body(requestsTo(s1, 'PATCH', CHECK_RE).at(-1)!)).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(commands(never.stdout, 'error')).toEqual([]);
    expect(s1.invalid()).toEqual([]);

    const onlyWarnings = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { unreachable: 2 }) });
    for (const [failOn, code, conclusion] of [['warn', 1, 'failure'], ['error', 0, 'neutral']] as const) {
      const s = await startServer(happyRoutes(onlyWarnings));
      const r = await runAction(onlyWarnings, s, { inputs: { 'fail-on': failOn } });
      expect(r.code, failOn).toBe(code);
      expect(r.outputs).toMatchObject({ errors: '0', warnings: '2' });
      expect(body(requestsTo(s, 'PATCH', CHECK_RE).at(-1)!)).toMatchObject({ status: 'completed', conclusion });
      if (code === 1) expect(r.stdout).toContain('::error::connect-flow-lint: 0 error(s) and 2 warning(s) (fail-on: warn).');
      expect(s.invalid()).toEqual([]);
    }

    const s3 = await startServer(happyRoutes(withErrors));
    const invalid = await runAction(withErrors, s3, { inputs: { 'fail-on': 'sometimes' } });
    expect(invalid.code).toBe(1);
    expect(commands(invalid.stdout, 'error')).toEqual(['::error::connect-flow-lint: input "fail-on" is "sometimes": use one of error, warn, never']);
    expect(s3.requests).toEqual([]);
    expect(s3.invalid()).toEqual([]);
  });

  it('a secondary rate limit on creating the check run: waits retry-after (capped by the max delay), then succeeds', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { broken: 1 }) });
    for (const [maxDelay, least, most] of [[250, 240, 950], [5000, 990, 4000]] as const) {
      const times: number[] = [];
      const limited = secondaryRateLimit(1);
      const created = checkRunCreated(42);
      const server = await startServer(
        happyRoutes(repo, [
          route('POST', CHECKS_PATH, (req, params, n) => {
            times.push(performance.now());
            return n === 0 ? limited(req, params, n) : created(req, params, n);
          }),
        ]),
      );
      const r = await runAction(repo, server, { env: { CONNECT_FLOW_LINT_API_MAX_DELAY_MS: String(maxDelay) } });
      expect(r.code).toBe(1);
      expect(times).toHaveLength(2);
      const gap = times[1]! - times[0]!;
      expect(gap).toBeGreaterThanOrEqual(least);
      expect(gap).toBeLessThan(most);
      expect(r.stdout).toContain(`retrying in ${Math.min(maxDelay, 1000)} ms (attempt 2 of ${ATTEMPTS})`);
      expect(body(requestsTo(server, 'PATCH', CHECK_RE).at(-1)!)).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(commands(r.stdout, 'warning')).toEqual([]);
      expect(server.invalid()).toEqual([]);
    }
  });

  it('a hang on the pull request files: times out, falls back to git diff, finishes', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a'), 'flows/b.json': flow('b', { broken: 4 }) }, { 'flows/a.json': flow('a', { unreachable: 1 }) });
    const files = pullFiles(apiFiles(repo));
    const server = await startServer(happyRoutes(repo, [route('GET', FILES_PATH, (req, params, n) => ({ ...files(req, params, n), delayMs: 10_000 }))]));

    const r = await runAction(repo, server);

    expect(r.code).toBe(0);
    expect(requestsTo(server, 'GET', FILES_RE)).toHaveLength(ATTEMPTS);
    expect(r.stdout).toMatch(/::warning::listing the pull request files failed: network error \(.*\); falling back to git diff/);
    expect(r.stdout).toContain('changed by the pull request (from git diff)');
    expect(r.outputs).toMatchObject({ files: '1', errors: '0', warnings: '1' });
    expect(annotationsOf(requestsTo(server, 'POST', CHECKS_RE)).map((a) => `${a.path} ${a.title}`)).toEqual(['flows/a.json unreachable-block']);
    // 3 timeouts of 500 ms and two short waits: far below the 10 s hang.
    expect(r.elapsedMs).toBeLessThan(8_000);
    expect(server.invalid()).toEqual([]);
  });

  it('sarif-file: writes SARIF 2.1.0 with the findings (creating the folder) and sets the output to its path', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { broken: 2, unreachable: 1 }) });
    const expected = cliFindings(repo.dir, ['flows/a.json']);
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server, { inputs: { 'sarif-file': 'reports/lint/flows.sarif' } });

    expect(r.code, r.stdout).toBe(1);
    const path = join(repo.dir, 'reports/lint/flows.sarif');
    expect(r.outputs['sarif-file']).toBe(path);
    expect(existsSync(path)).toBe(true);
    const sarif = JSON.parse(readFileSync(path, 'utf8')) as {
      version: string;
      $schema: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('connect-flow-lint');
    const level = { error: 'error', warn: 'warning', info: 'note' } as const;
    expect(run.results.map((x) => ({ ruleId: x.ruleId, level: x.level, message: x.message.text, uri: x.locations[0]!.physicalLocation.artifactLocation.uri, ...x.locations[0]!.physicalLocation.region }))).toEqual(
      expected.map((f) => ({ ruleId: f.ruleId, level: level[f.severity], message: f.message, uri: f.file, startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn })),
    );
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex]?.id).toBe(x.ruleId);
    expect(server.invalid()).toEqual([]);
  });

  it('every Mermaid block of the summary parses with Mermaid, routing change and flow diagrams alike', async () => {
    const repo = makeRepo(
      { 'flows/clean.json': CLEAN_INBOUND, 'flows/a.json': flow('a') },
      { 'flows/a.json': flow('a', { broken: 2, unreachable: 2 }), 'flows/new.json': flow('New "quoted" <flow> & [brackets]', { unreachable: 1 }), 'flows/copy.json': CLEAN_INBOUND },
    );
    copyFileSync(join(ROOT, 'examples/clean-inbound.json'), join(repo.dir, 'unchanged-copy.json'));
    const server = await startServer(happyRoutes(repo));

    const r = await runAction(repo, server);

    expect(r.code).toBe(1);
    expect(r.summary).toContain('#### Routing changes');
    expect(r.summary).toContain('#### Flow diagrams');
    const diagrams = await parseDiagrams(r.summary);
    // A routing change per changed flow (three) and a graph per linted flow (three).
    expect(diagrams).toHaveLength(6);
    for (const d of diagrams) expect(d.vertices).toBeGreaterThan(0);
    expect(server.invalid()).toEqual([]);
  });

  it('API calls go through the runner\'s proxy (HTTP_PROXY), with the timeouts still in force', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { broken: 1 }) });
    const server = await startServer(happyRoutes(repo));
    const target = new URL(server.url);
    // A forward proxy that sends everything, whatever host was asked for, to the test server.
    const seen: string[] = [];
    const sockets = new Set<Socket>();
    const proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: new URL(req.url ?? '/').pathname + new URL(req.url ?? '/').search, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    proxy.on('connect', (req, client: Socket, head: Buffer) => {
      seen.push(`CONNECT ${req.url}`);
      const upstream = connect(Number(target.port), target.hostname, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => s.destroy());
      }
    });
    proxy.on('connection', (s: Socket) => sockets.add(s));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      proxy.close(() => resolve());
    }));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    // A host that does not resolve: only the proxy can reach it.
    const apiUrl = `http://api.github.test:${target.port}`;

    const r = await runAction(repo, server, { env: { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxyUrl, http_proxy: proxyUrl, NO_PROXY: '', no_proxy: '' } });

    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('::warning::');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((s) => s.includes('api.github.test'))).toBe(true);
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /repos/owner/repo/pulls/7/files', 'POST /repos/owner/repo/check-runs', 'PATCH /repos/owner/repo/check-runs/42']);
    expect(server.invalid()).toEqual([]);
  });
});

describe('the config input as owner/repo/path@ref (an organisation policy read through the API)', () => {
  const CONTENTS_PATH = '/repos/{owner}/{repo}/contents/{path}';
  const policyFiles: Record<string, string> = {
    'policy/connect-flow-lint.yaml': 'extends: [./base.yaml]\nrules:\n  unreachable-block: error\n',
    'policy/base.yaml': 'extends: [connect-flow-lint:recommended]\nrules:\n  logging-enabled: off\n',
  };
  /** GET contents of the organisation's .github repository, at the ref the config names. */
  const contents: ReplyFn = (req, params) => {
    const text = params['owner'] === 'acme' && params['repo'] === '.github' && req.query.get('ref') === 'v1' ? policyFiles[params['path'] ?? ''] : undefined;
    if (text === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' } };
    const path = params['path']!;
    return {
      status: 200,
      body: {
        type: 'file', encoding: 'base64', size: text.length, name: path.split('/').pop(), path, content: Buffer.from(text).toString('base64'), sha: 'a'.repeat(40),
        url: `https://api.github.com/repos/acme/.github/contents/${path}`, git_url: null, html_url: null, download_url: null, _links: { self: '', git: null, html: null },
      },
    };
  };

  it('reads the config and what it extends from the other repository, once each, and applies it', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { unreachable: 1 }) });
    const server = await startServer(happyRoutes(repo, [route('GET', CONTENTS_PATH, contents)]));
    const run = await runAction(repo, server, { inputs: { config: 'acme/.github/policy/connect-flow-lint.yaml@v1' } });
    // unreachable-block is a warning in the recommended ruleset; the organisation made it an error.
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('1');
    expect(run.stdout).toContain('Using the config github:acme/.github/policy/connect-flow-lint.yaml@v1');
    // Octokit sends the path's slashes encoded (%2F), which GitHub accepts.
    const reads = requestsTo(server, 'GET', /\/contents\//).map((r) => decodeURIComponent(r.path));
    expect(reads.sort()).toEqual(['/repos/acme/.github/contents/policy/base.yaml', '/repos/acme/.github/contents/policy/connect-flow-lint.yaml']);
    expect(server.invalid()).toEqual([]);
  });

  it('fails with a clear error when the token cannot read it', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { unreachable: 1 }) });
    const server = await startServer(happyRoutes(repo, [route('GET', CONTENTS_PATH, contents)]));
    const run = await runAction(repo, server, { inputs: { config: 'acme/.github/policy/missing.yaml@v1' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::connect-flow-lint: cannot read the config acme\/\.github\/policy\/missing\.yaml@v1: reading github:acme\/\.github\/policy\/missing\.yaml@v1 failed: HTTP 404: Not Found — the token cannot read it/);
    expect(run.stdout).toContain('contents: read');
    expect(server.invalid()).toEqual([]);
  });
});

describe('a pull request that changes a flow other flows call', () => {
  it('lints it as entered from its callers, and the summary draws who calls it', async () => {
    const subId = '580a0d67-e34c-4455-8a9a-2b53de334570';
    const errs = (to: string, ...t: string[]) => t.map((e) => ({ NextAction: to, ErrorType: e }));
    const main = {
      Version: '2019-10-30',
      StartAction: 'logging',
      Actions: [
        { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'lookup' } },
        { Identifier: 'lookup', Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName'] }, Transitions: { NextAction: 'to-sub', Errors: errs('bye', 'MultipleFoundError', 'NoneFoundError', 'NoMatchingError') } },
        { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: `arn:aws:connect:ap-northeast-1:111122223333:instance/i/contact-flow/${subId}` }, Transitions: { NextAction: 'bye', Errors: errs('bye', 'NoMatchingError') } },
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    const sub = (text: string) =>
      JSON.stringify({
        ContactFlow: {
          Id: subId,
          Name: 'Greeting',
          Type: 'CONTACT_FLOW',
          Content: JSON.stringify({
            Version: '2019-10-30',
            StartAction: 'greet',
            Actions: [
              { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'bye', Errors: errs('bye', 'NoMatchingError') } },
              { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
            ],
          }),
        },
      }, null, 2);
    const repo = makeRepo(
      { 'flows/main.json': JSON.stringify(main, null, 2), 'flows/sub.json': sub('Hello $.Customer.FirstName') },
      { 'flows/sub.json': sub('Hello $.Customer.FirstName from $.Customer.Province') },
    );
    const server = await startServer(happyRoutes(repo));
    const run = await runAction(repo, server);
    // main.json is unchanged but takes part: it hands over a profile with FirstName only.
    expect(run.code).toBe(1);
    const posted = requestsTo(server, 'POST', /check-runs$/)[0]!.body as { output: { annotations: Array<{ path: string; title: string; message: string }> } };
    expect(posted.output.annotations.map((a) => [a.path, a.title])).toEqual([['flows/sub.json', 'profile-response-fields']]);
    expect(posted.output.annotations[0]!.message).toContain('flows/main.json');
    expect(run.summary).toContain('#### Flows that call or are called by the changed flows');
    const callGraph = /#### Flows that call[^\n]*\n\n```mermaid\n([\s\S]*?)```/.exec(run.summary)![1]!;
    expect(callGraph).toMatch(/f\d+\["Greeting #183; flows\/sub\.json"\]:::changed/);
    expect(callGraph).toMatch(/f\d+ -->\|"transfer"\| f\d+/);
    expect(server.invalid()).toEqual([]);
  });
});

describe('the max-file-size input', () => {
  it('reports a changed flow over the limit as file-too-large, and lints the others', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a'), 'flows/b.json': flow('b') }, { 'flows/a.json': flow('a', { unreachable: 1 }), 'flows/b.json': flow('b', { unreachable: 30 }) });
    const server = await startServer(happyRoutes(repo));
    const limit = Buffer.byteLength(flow('a', { unreachable: 1 })) + 10;
    const run = await runAction(repo, server, { inputs: { 'max-file-size': String(limit) } });
    const posted = requestsTo(server, 'POST', /check-runs$/)[0]!.body as { output: { annotations: Array<{ path: string; title: string }> } };
    const titles = posted.output.annotations.map((a) => `${a.path} ${a.title}`);
    expect(titles).toContain('flows/b.json file-too-large');
    expect(titles).toContain('flows/a.json unreachable-block');
    expect(run.code).toBe(1);
    expect(server.invalid()).toEqual([]);
  });

  it('rejects a value that is not a number, naming the input', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', { unreachable: 1 }) });
    const run = await runAction(repo, await startServer(happyRoutes(repo)), { inputs: { 'max-file-size': '20MB' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "max-file-size" is "20MB": use a whole number of bytes');
  });
});
