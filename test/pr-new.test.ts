/**
 * New versus existing findings in a pull request (issue 15): the built dist/index.js runs as a runner would
 * run it, in a real git repository whose base already has findings, against test/support/github-server.ts.
 * The Action lints the base revision of the changed flows too and marks each finding new or existing by
 * identity; these tests read what a reviewer sees: the check run's annotations, the job summary, the outputs
 * and whether the step failed — in a full checkout, in a shallow one (base fetched, or read through the
 * contents API), and with a renamed flow compared with its old path.
 */
import { describe, expect, it } from 'vitest';
import { repoContents, serverError, type RecordedRequest, type Route } from './support/github-server.js';
import { changedFileCount, commitFiles, FILES_PATH, CONTENTS_PATH, happyRoutes, makeRepo, requestsTo, route, runAction, shallowClone, startServer, type Repo } from './support/action-harness.js';

const uuid = (prefix: string, i: number): string => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** A three-block flow plus unreachable blocks (a warning each) and blocks whose next block is missing (an error each). */
function flow(name: string, shape: { unreachable?: number; broken?: number } = {}): string {
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

/**
 * The repository: a base with old findings in every flow, and a pull request that adds one warning to
 * a.json, renames old.json to renamed.json while adding a broken block to it, and adds added.json (less
 * like old.json than renamed.json is, so git and GitHub pair old.json with renamed.json).
 */
function repository(): Repo {
  return makeRepo(
    { 'flows/a.json': flow('A', { unreachable: 1, broken: 1 }), 'flows/old.json': flow('Old', { unreachable: 1 }), 'flows/untouched.json': flow('Untouched', { broken: 1 }) },
    { 'flows/a.json': flow('A', { unreachable: 2, broken: 1 }), 'flows/old.json': null, 'flows/renamed.json': flow('Old', { unreachable: 1, broken: 1 }), 'flows/added.json': flow('New', { unreachable: 4 }) },
  );
}

/** A finding as the tests name it: file, rule and block. */
type Key = string;
const key = (file: string, rule: string, block: string): Key => `${file} ${rule} ${block}`;

/** The findings the pull request introduced, and those its base already had. */
function expected(rules: { unreachable: string; missing: string }) {
  return {
    fresh: [key('flows/a.json', rules.unreachable, uuid('b', 1)), ...[0, 1, 2, 3].map((i) => key('flows/added.json', rules.unreachable, uuid('b', i))), key('flows/renamed.json', rules.missing, uuid('c', 0))].sort(),
    existing: [key('flows/a.json', rules.unreachable, uuid('b', 0)), key('flows/a.json', rules.missing, uuid('c', 0)), key('flows/renamed.json', rules.unreachable, uuid('b', 0))].sort(),
  };
}

interface Annotation {
  path: string;
  title: string;
  raw_details?: string;
  annotation_level: string;
}

function annotations(requests: readonly RecordedRequest[]): Key[] {
  return requests
    .flatMap((r) => ((r.body as { output?: { annotations?: Annotation[] } }).output?.annotations ?? []))
    .map((a) => key(a.path, a.title, /^block (\S+)/.exec(a.raw_details ?? '')?.[1] ?? '-'))
    .sort();
}

/** The routing-change section of one file in the summary (empty when there is none). */
function routingSection(summary: string, file: string): string {
  const at = summary.indexOf(`<details open><summary>${file}</summary>`);
  return at < 0 ? '' : summary.slice(at, summary.indexOf('</details>', at));
}

/** The renamed flow's routing change is drawn against its old path: only the block it added is "added". */
function expectRenameFollowed(summary: string): void {
  const section = routingSection(summary, 'flows/renamed.json');
  expect(section.match(/"added: [^"]*"/g)).toEqual(['"added: Play prompt: Broken 0"']);
}

/** The rows of a summary table in `text`, as keys (the block is found from its name in the message). */
function rows(text: string): string[] {
  return text.split('\n').filter((l) => /^\| flows\//.test(l));
}

async function lintPullRequest(repo: Repo, opts: { inputs?: Record<string, string>; contents?: boolean; full?: Repo; routes?: Route[] } = {}) {
  const full = opts.full ?? repo;
  const routes = happyRoutes(full, [...(opts.routes ?? []), ...(opts.contents ? [route('GET', CONTENTS_PATH, repoContents({ [full.base]: commitFiles(full, full.base) }))] : [])]);
  const server = await startServer(routes);
  // The event's count of changed files comes from the full repository (the shallow one cannot diff).
  const run = await runAction(repo, server, { inputs: { paths: 'flows/', ...opts.inputs }, event: { changedFiles: changedFileCount(full) } });
  const annotated = annotations([...requestsTo(server, 'POST', /check-runs$/), ...requestsTo(server, 'PATCH', /check-runs\/\d+$/)]);
  return { run, server, annotated };
}

/** The rule ids, read from the Action's own annotations of a run with every finding shown. */
let ruleIds: { unreachable: string; missing: string } | undefined;
function rulesOf(all: Key[]): { unreachable: string; missing: string } {
  const rule = (file: string, block: string) => all.find((k) => k.startsWith(`${file} `) && k.endsWith(` ${block}`))?.split(' ')[1] ?? '?';
  return { unreachable: rule('flows/added.json', uuid('b', 0)), missing: rule('flows/renamed.json', uuid('c', 0)) };
}

describe('new versus existing findings in a pull request', () => {
  it('filter-mode all annotates every finding of the changed flows (and the rules are the expected two)', async () => {
    const repo = repository();
    const { run, annotated, server } = await lintPullRequest(repo, { inputs: { 'filter-mode': 'all' } });
    expect(server.invalid()).toEqual([]);
    ruleIds = rulesOf(annotated);
    expect(ruleIds.unreachable).not.toBe(ruleIds.missing);
    const { fresh, existing } = expected(ruleIds);
    expect(annotated).toEqual([...fresh, ...existing].sort());
    expect(run.outputs['errors']).toBe('2');
    expect(run.outputs['new-errors']).toBe('1');
    expect(run.outputs['warnings']).toBe('7');
    expect(run.outputs['new-warnings']).toBe('5');
  });

  it('in a full checkout, marks exactly the findings the pull request introduced as new, a renamed flow compared with its old path', async () => {
    const repo = repository();
    const { run, annotated, server } = await lintPullRequest(repo);
    expect(server.invalid()).toEqual([]);
    const ids = ruleIds ?? rulesOf(annotated);
    const { fresh } = expected(ids);
    // filter-mode added (the default): the new findings; the existing ones are on blocks the PR did not change.
    expect(annotated).toEqual(fresh);
    expect(run.outputs['new-errors']).toBe('1');
    expect(run.outputs['new-warnings']).toBe('5');
    // The summary: new findings first, in the open table; the existing ones collapsed with their count.
    const [open, collapsed = ''] = run.summary.split('<details><summary>3 existing findings (already in the base)</summary>');
    expect(run.summary).toContain('6 new findings (1 error, 5 warnings, 0 info) and 3 existing');
    expect(rows(open!).map((r) => r.split(' | ')[0]!.replace(/^\| /, '').replace(/:\d+.*$/, '')).sort()).toEqual(['flows/a.json', 'flows/added.json', 'flows/added.json', 'flows/added.json', 'flows/added.json', 'flows/renamed.json']);
    const existingRows = rows(collapsed.split('</details>')[0]!);
    expect(existingRows.map((r) => r.split(' | ')[0]!.replace(/^\| /, '').replace(/:\d+.*$/, '')).sort()).toEqual(['flows/a.json', 'flows/a.json', 'flows/renamed.json']);
    // The renamed flow's old warning is existing, its new error is new: the error row is in the open table.
    expect(rows(open!).find((r) => r.startsWith('| flows/renamed.json'))).toContain('error');
    expect(existingRows.find((r) => r.startsWith('| flows/renamed.json'))).toContain('warning');
    expectRenameFollowed(run.summary);
    // fail-on error counts the new error.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 new error\(s\) and 5 new warning\(s\) \(fail-on: error, fail-on-scope: new\)/);
  });

  it('in a shallow checkout, fetches the base commit and gives the same answer', async () => {
    const full = repository();
    const repo = shallowClone(full);
    const { run, annotated } = await lintPullRequest(repo, { full });
    expect(annotated).toEqual(expected(ruleIds ?? rulesOf(annotated)).fresh);
    expect(run.summary).toContain('The checkout is shallow: the base commit');
    expectRenameFollowed(run.summary);
    expect(run.summary).toContain('6 new findings (1 error, 5 warnings, 0 info) and 3 existing');
  });

  it('in a shallow checkout that may not fetch, reads the base through the contents API and gives the same answer', async () => {
    const full = repository();
    const repo = shallowClone(full);
    const { run, annotated, server } = await lintPullRequest(repo, { full, contents: true, inputs: { 'fetch-base': 'false' } });
    expect(server.invalid()).toEqual([]);
    const reads = requestsTo(server, 'GET', /\/contents\//).map((r) => `${decodeURIComponent(r.path.replace(/^.*\/contents\//, ''))}@${r.query.get('ref')}`).sort();
    // The base of a.json and the renamed flow at its old path; never added.json (the list says it is new).
    expect(reads).toEqual([`flows/a.json@${full.base}`, `flows/old.json@${full.base}`]);
    expect(annotated).toEqual(expected(ruleIds ?? rulesOf(annotated)).fresh);
    expect(run.summary).toContain('through the contents API');
    expectRenameFollowed(run.summary);
    expect(run.summary).toContain('6 new findings (1 error, 5 warnings, 0 info) and 3 existing');
  });

  it('when the base cannot be read at all, says so and counts every finding as new (fail closed), never as added', async () => {
    const full = repository();
    const repo = shallowClone(full);
    // No contents API route (404 "Not Found" for a file the list says was modified) and no fetch.
    const { run, annotated } = await lintPullRequest(repo, { full, inputs: { 'fetch-base': 'false' } });
    const { fresh, existing } = expected(ruleIds ?? rulesOf(annotated));
    expect(annotated).toEqual([...fresh, ...existing].sort());
    expect(run.summary).toMatch(/The base version of 2 changed file\(s\) could not be read \(flows\/a\.json: .*flows\/renamed\.json \(was flows\/old\.json\): /);
    expect(run.outputs['new-errors']).toBe('2');
    // Their routing changes are not drawn as "was nothing"; the flow the pull request really added is.
    expect(routingSection(run.summary, 'flows/a.json')).toBe('');
    expect(routingSection(run.summary, 'flows/renamed.json')).toBe('');
    expect(run.summary).toContain('flows/a.json: its base version could not be read, so its routing change is not drawn.');
    expect(routingSection(run.summary, 'flows/added.json')).toContain('added: Set logging behavior');
  });

  it('when the files API fails, git diff (-M) finds the rename and the flow is still compared with its old path', async () => {
    const repo = repository();
    const { run, annotated } = await lintPullRequest(repo, { routes: [route('GET', FILES_PATH, serverError())] });
    expect(run.stdout).toContain('falling back to git diff against the base commit');
    expect(run.stdout).toMatch(/changed by the pull request \(from git diff\)/);
    expect(annotated).toEqual(expected(ruleIds ?? rulesOf(annotated)).fresh);
    expect(run.summary).toContain('6 new findings (1 error, 5 warnings, 0 info) and 3 existing');
    expectRenameFollowed(run.summary);
  });

  it('fail-on counts only the new findings by default; fail-on-scope all counts every one', async () => {
    // The base already has an error; the pull request only adds a warning.
    const make = () => makeRepo({ 'flows/a.json': flow('A', { broken: 1 }) }, { 'flows/a.json': flow('A', { broken: 1, unreachable: 1 }) });
    const quiet = await lintPullRequest(make());
    expect(quiet.run.outputs['errors']).toBe('1');
    expect(quiet.run.outputs['new-errors']).toBe('0');
    expect(quiet.run.outputs['new-warnings']).toBe('1');
    expect(quiet.run.code).toBe(0);
    expect(quiet.annotated).toHaveLength(1);
    const strict = await lintPullRequest(make(), { inputs: { 'fail-on-scope': 'all' } });
    expect(strict.run.code).toBe(1);
    expect(strict.run.stdout).toMatch(/1 error\(s\) and 1 warning\(s\) \(fail-on: error, fail-on-scope: all\)/);
  });
});
