/**
 * GitHub API faults the Action's main end-to-end tests (test/action.test.ts: 403, 5xx, secondary rate limit,
 * a hang) do not cover: 404, 422 and a connection reset. Same harness: the built dist/index.js as a child
 * process in a real git repository, against test/support/github-server.ts. Whatever the API does, the job's
 * result follows `fail-on` and no finding is lost (they fall back to workflow commands and the log).
 */
import { describe, expect, it } from 'vitest';
import { ATTEMPTS, CHECK_PATH, CHECKS_PATH, cliFindings, FILES_PATH, makeRepo, route, runAction as runPullRequestAction, startServer, apiFiles, type JsonFinding, type Repo } from './support/action-harness.js';
import { checkRunCreated, checkRunUpdated, pullFiles, type GitHubServer } from './support/github-server.js';

/** A flow with `broken` blocks whose next block does not exist (errors) and `orphans` unreachable ones (warnings). */
function flow(name: string, broken = 0, orphans = 0): string {
  const id = (p: string, i: number): string => `${p}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const actions: unknown[] = [
    { Parameters: { FlowLoggingBehavior: 'Enabled' }, Identifier: id('a', 1), Type: 'UpdateFlowLoggingBehavior', Transitions: { NextAction: id('a', 2) } },
    { Parameters: { Text: `Hello from ${name}` }, Identifier: id('a', 2), Type: 'MessageParticipant', Transitions: { NextAction: broken > 0 ? id('c', 0) : id('a', 3), Errors: [{ NextAction: id('a', 3), ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: id('a', 3), Type: 'DisconnectParticipant', Transitions: {} },
  ];
  for (let i = 0; i < broken; i++) actions.push({ Parameters: { Text: `Broken ${i}` }, Identifier: id('c', i), Type: 'MessageParticipant', Transitions: { NextAction: id('d', i), Errors: [{ NextAction: id('a', 3), ErrorType: 'NoMatchingError' }] } });
  for (let i = 0; i < orphans; i++) actions.push({ Parameters: { Text: `Orphan ${i}` }, Identifier: id('b', i), Type: 'MessageParticipant', Transitions: { NextAction: id('a', 3), Errors: [{ NextAction: id('a', 3), ErrorType: 'NoMatchingError' }] } });
  return `${JSON.stringify({ Version: '2019-10-30', StartAction: id('a', 1), Metadata: { name }, Actions: actions }, null, 2)}\n`;
}

/** The fault tests give each API call more time than the main tests: a reset must not pass for a timeout. */
const runAction = (repo: Repo, server: GitHubServer, inputs: Record<string, string> = {}) =>
  runPullRequestAction(repo, server, { inputs, env: { CONNECT_FLOW_LINT_API_TIMEOUT_MS: '2000' } });

const count = (server: GitHubServer, method: string, path: RegExp): number => server.requests.filter((r) => r.method === method && path.test(r.path)).length;
const FILES_RE = /^\/repos\/owner\/repo\/pulls\/7\/files$/;
const CHECKS_RE = /^\/repos\/owner\/repo\/check-runs$/;
const CHECK_RE = /^\/repos\/owner\/repo\/check-runs\/\d+$/;

/** file:line of every finding the log shows as a workflow command (::error file=...,line=...). */
function printed(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^::(error|warning|notice) file=/.test(l))
    .map((l) => {
      const m = /file=([^,]+),line=(\d+)/.exec(l)!;
      return `${m[1]}:${m[2]}`;
    })
    .sort();
}
const where = (fs: JsonFinding[]): string[] => fs.map((f) => `${f.file}:${f.line}`).sort();

/** Two changed flows (2 errors + 1 warning, 1 warning) and one untouched flow with errors that must not show. */
function prRepo(): Repo {
  return makeRepo(
    { 'flows/a.json': flow('a'), 'flows/untouched.json': flow('untouched', 3) },
    { 'flows/a.json': flow('a', 2), 'flows/b.json': flow('b', 0, 1) },
  );
}

describe('the Action when the GitHub API fails in ways the main suite does not cover', () => {
  it('404 on the pull request files (e.g. a fork or a deleted PR): not retried, git diff gives the files, findings annotated, fail-on decides', async () => {
    const repo = prRepo();
    const expected = cliFindings(repo.dir, ['flows/a.json', 'flows/b.json']);
    expect(expected.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    for (const failOn of ['error', 'never']) {
      const server = await startServer([
        route('GET', FILES_PATH, () => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } })),
        route('POST', CHECKS_PATH, checkRunCreated(42)),
        route('PATCH', CHECK_PATH, checkRunUpdated(42)),
      ]);
      const r = await runAction(repo, server, { 'fail-on': failOn });
      expect(r.code, r.stdout).toBe(failOn === 'never' ? 0 : 1);
      expect(count(server, 'GET', FILES_RE)).toBe(1);
      expect(r.stdout).toMatch(/::warning::listing the pull request files failed: HTTP 404: Not Found.*falling back to git diff/);
      expect(r.stdout).not.toContain('untouched.json');
      // Every finding reached the check run as an annotation.
      const annotations = server.requests.filter((q) => q.method !== 'GET').flatMap((q) => ((q.body as { output?: { annotations?: Array<{ path: string; start_line: number }> } }).output?.annotations ?? []));
      expect(annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(where(expected));
      expect(server.invalid()).toEqual([]);
    }
  });

  it('422 on creating the check run (validation failed): not retried, findings fall back to workflow commands and the summary', async () => {
    const repo = prRepo();
    const expected = cliFindings(repo.dir, ['flows/a.json', 'flows/b.json']);
    const server = await startServer([
      route('GET', FILES_PATH, pullFiles(apiFiles(repo))),
      route('POST', CHECKS_PATH, () => ({ status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }], documentation_url: 'https://docs.github.com/rest', status: '422' } })),
    ]);
    const r = await runAction(repo, server);
    expect(r.code).toBe(1);
    expect(count(server, 'POST', CHECKS_RE)).toBe(1);
    expect(count(server, 'PATCH', CHECK_RE)).toBe(0);
    expect(r.stdout).toMatch(/::warning::creating the check run failed: HTTP 422: Validation Failed/);
    expect(printed(r.stdout)).toEqual(where(expected));
    for (const f of expected) expect(r.summary).toContain(`${f.file}:${f.line}`);
    expect(server.invalid()).toEqual([]);
  });

  it('the connection reset on every call: retried, then git diff and workflow commands; fail-on still decides', async () => {
    const repo = prRepo();
    const expected = cliFindings(repo.dir, ['flows/a.json', 'flows/b.json']);
    for (const failOn of ['error', 'warn', 'never']) {
      const server = await startServer([route('GET', FILES_PATH, () => ({ status: 0, destroy: true })), route('POST', CHECKS_PATH, () => ({ status: 0, destroy: true }))]);
      const r = await runAction(repo, server, { 'fail-on': failOn });
      expect(r.code, r.stdout).toBe(failOn === 'never' ? 0 : 1);
      expect(count(server, 'GET', FILES_RE)).toBe(ATTEMPTS);
      expect(count(server, 'POST', CHECKS_RE)).toBe(ATTEMPTS);
      expect(r.stdout).toMatch(/::warning::listing the pull request files failed: .*(network error|socket hang up|ECONNRESET|other side closed|fetch failed).*falling back to git diff/i);
      expect(r.stdout).toContain('changed by the pull request (from git diff)');
      expect(printed(r.stdout)).toEqual(where(expected));
      expect(server.invalid()).toEqual([]);
    }
  });

  it('a reset on completing the check run (after it was created): retried; annotations sent or printed, never lost', async () => {
    const repo = prRepo();
    const expected = cliFindings(repo.dir, ['flows/a.json', 'flows/b.json']);
    const updated = checkRunUpdated(42);
    const server = await startServer([
      route('GET', FILES_PATH, pullFiles(apiFiles(repo))),
      route('POST', CHECKS_PATH, checkRunCreated(42)),
      route('PATCH', CHECK_PATH, (req, params, n) => (n === 0 ? { status: 0, destroy: true } : updated(req, params, n))),
    ]);
    const r = await runAction(repo, server);
    expect(r.code).toBe(1);
    expect(count(server, 'PATCH', CHECK_RE)).toBeGreaterThanOrEqual(2);
    const annotations = server.requests.filter((q) => q.method === 'PATCH' || q.method === 'POST').flatMap((q) => ((q.body as { output?: { annotations?: Array<{ path: string; start_line: number }> } }).output?.annotations ?? []).map((a) => `${a.path}:${a.start_line}`));
    const seen = new Set([...annotations, ...printed(r.stdout)]);
    for (const w of where(expected)) expect(seen.has(w), w).toBe(true);
    expect(server.invalid()).toEqual([]);
  });
});
