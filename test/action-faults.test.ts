/**
 * GitHub API faults the Action's main end-to-end tests (test/action.test.ts: 403, 5xx, secondary rate limit,
 * a hang) do not cover: 404, 422 and a connection reset. Same harness: the built dist/index.js as a child
 * process in a real git repository, against test/support/github-server.ts. Whatever the API does, the job's
 * result follows `fail-on` and no finding is lost (they fall back to workflow commands and the log).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkRunCreated, checkRunUpdated, pullFiles, pullRequestEvent, startGitHubServer, type GitHubServer, type PullFileInput, type ReplyFn, type Route } from './support/github-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = join(ROOT, 'dist/index.js');
const ATTEMPTS = 3;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|CONNECT_FLOW_LINT_|GIT_)/i.test(k) || /_proxy$/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}
const GIT_ENV = { ...baseEnv(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });

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

interface Repo {
  dir: string;
  base: string;
  head: string;
}
function makeRepo(base: Record<string, string>, head: Record<string, string>): Repo {
  const dir = join(tempDir(), 'repo');
  mkdirSync(dir);
  const write = (files: Record<string, string>): void => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  git(dir, 'init', '-q', '-b', 'main');
  write(base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  write(head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base: baseSha, head: git(dir, 'rev-parse', 'HEAD').trim() };
}
function apiFiles(repo: Repo): PullFileInput[] {
  return git(repo.dir, 'diff', '--name-status', repo.base, repo.head).trim().split('\n').filter(Boolean).map((row) => {
    const [code = '', filename = ''] = row.split('\t');
    const diff = git(repo.dir, 'diff', repo.base, repo.head, '--', filename);
    const at = diff.indexOf('@@');
    return { filename, status: code === 'A' ? 'added' : 'modified', ...(at >= 0 ? { patch: diff.slice(at).replace(/\n$/, '') } : {}) };
  });
}

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  line: number;
}
/** The CLI's findings: the reference every Action run must reproduce, API or no API. */
function cliFindings(dir: string, files: string[]): JsonFinding[] {
  try {
    return JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--format', 'json', ...files], { cwd: dir, encoding: 'utf8', env: { ...baseEnv(), NO_COLOR: '1' } })) as JsonFinding[];
  } catch (e) {
    return JSON.parse((e as { stdout: string }).stdout) as JsonFinding[];
  }
}

const route = (method: string, path: string, reply: ReplyFn): Route => ({ method, path, reply });
const FILES_PATH = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
const CHECKS_PATH = '/repos/{owner}/{repo}/check-runs';
const CHECK_PATH = '/repos/{owner}/{repo}/check-runs/{check_run_id}';

async function startServer(routes: Route[]): Promise<GitHubServer> {
  const server = await startGitHubServer(routes);
  cleanups.push(() => server.close());
  return server;
}

const ACTION_DEFAULTS: Record<string, string> = (() => {
  const doc = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(doc.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
})();

interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
}

async function runAction(repo: Repo, server: GitHubServer, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const runner = tempDir();
  const eventPath = join(runner, 'event.json');
  const summaryPath = join(runner, 'step-summary.md');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent({ owner: 'owner', repo: 'repo', number: 7, baseSha: repo.base, headSha: repo.head, baseRef: 'main', headRef: 'feature' })));
  writeFileSync(summaryPath, '');
  writeFileSync(join(runner, 'output.txt'), '');
  const all = { ...ACTION_DEFAULTS, token: 'fake', ...inputs };
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_REPOSITORY_OWNER: 'owner',
    GITHUB_SHA: repo.head,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: join(runner, 'output.txt'),
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    RUNNER_TEMP: runner,
    NO_PROXY: '127.0.0.1,localhost',
    CONNECT_FLOW_LINT_API_ATTEMPTS: String(ATTEMPTS),
    CONNECT_FLOW_LINT_API_RETRY_MS: '20',
    CONNECT_FLOW_LINT_API_MAX_DELAY_MS: '200',
    CONNECT_FLOW_LINT_API_TIMEOUT_MS: '2000',
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
  };
  const child = spawn(process.execPath, [ACTION], { cwd: repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.resume();
  const code = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', fail);
    child.on('close', (c) => {
      clearTimeout(timer);
      done(c);
    });
  });
  return { code, stdout, summary: readFileSync(summaryPath, 'utf8') };
}

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
