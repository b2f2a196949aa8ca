/**
 * The harness for end-to-end tests of the Action: temp git repositories with base and head commits, the
 * environment a runner gives a pull_request job, the built dist/index.js as a child process against
 * test/support/github-server.ts, and the CLI's findings as the reference. Shared by action.test.ts and
 * action-faults.test.ts; needs only the built bundles, never the sources.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkRunCreated, checkRunUpdated, githubTokenIdentity, pullFiles, pullRequestEvent, startGitHubServer, type GitHubServer, type PullFileInput, type RecordedRequest, type ReplyFn, type Route } from './github-server.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION = join(ROOT, 'dist/index.js');
export const OWNER = 'owner';
export const REPO = 'repo';
export const PR_NUMBER = 7;
export const ATTEMPTS = 3;

export const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-action-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The parent's environment without anything a real runner (or the developer's shell) set for GitHub. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|CONNECT_FLOW_LINT_|GIT_)/i.test(k) || /_proxy$/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

export const GIT_ENV = { ...baseEnv(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

export type Files = Record<string, string | null>;

export interface Repo {
  dir: string;
  base: string;
  head: string;
}

export function writeFiles(dir: string, files: Files): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

/** A repository with a base commit and a head commit on top of it (null in `head` deletes a file). */
export function makeRepo(base: Files, head: Files): Repo {
  const dir = join(tempDir(), 'repo');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  writeFiles(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base: baseSha, head: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** What the pull request files API would say for the repository's base...head: status and the real patch. */
export function apiFiles(repo: Repo): PullFileInput[] {
  const rows = git(repo.dir, 'diff', '--name-status', repo.base, repo.head).trim().split('\n').filter(Boolean);
  return rows.map((row) => {
    const [code = '', first = '', second = ''] = row.split('\t');
    // A rename (R100 old new) is listed under its new name with `previous_filename`, as GitHub does.
    const renamed = code.startsWith('R');
    const filename = renamed ? second : first;
    const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : renamed ? 'renamed' : 'modified';
    const diff = git(repo.dir, 'diff', '-M', repo.base, repo.head, '--', ...(renamed ? [first] : []), filename);
    const at = diff.indexOf('@@');
    return { filename, status, ...(renamed ? { previous_filename: first } : {}), ...(at >= 0 ? { patch: diff.slice(at).replace(/\n$/, '') } : {}) };
  });
}

/** New-side line numbers added by a unified diff (the test's own reading of it). */
export function addedLineNumbers(patch: string): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const row of patch.split('\n')) {
    const m = /^@@ -\S+ \+(\d+)/.exec(row);
    if (m) n = Number(m[1]);
    else if (row.startsWith('+')) out.add(n++);
    else if (!row.startsWith('-')) n++;
  }
  return out;
}

export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: 'error' | 'warn' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The CLI's findings (`--format json`) for these files of the repository: the reference the Action must match. */
export function cliFindings(dir: string, files: string[]): JsonFinding[] {
  try {
    return JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--format', 'json', ...files], { cwd: dir, encoding: 'utf8', env: { ...baseEnv(), NO_COLOR: '1' } })) as JsonFinding[];
  } catch (e) {
    // Exit 1 when there are errors; the report is still on stdout.
    return JSON.parse((e as { stdout: string }).stdout) as JsonFinding[];
  }
}

// ---------------------------------------------------------------------------
// The server and the Action.
// ---------------------------------------------------------------------------

/** The server with `routes`, and after them what GitHub says of a GITHUB_TOKEN's identity (routes may override it). */
export async function startServer(routes: Route[]): Promise<GitHubServer> {
  const server = await startGitHubServer([...routes, ...githubTokenIdentity()]);
  cleanups.push(() => server.close());
  return server;
}

export const route = (method: string, path: string, reply: ReplyFn): Route => ({ method, path, reply });
export const FILES_PATH = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
export const CHECKS_PATH = '/repos/{owner}/{repo}/check-runs';
export const CHECK_PATH = '/repos/{owner}/{repo}/check-runs/{check_run_id}';

/** The usual happy API: the pull request's files (from the repository's real diff) and check runs. */
export function happyRoutes(repo: Repo, overrides: Route[] = []): Route[] {
  return [...overrides, route('GET', FILES_PATH, pullFiles(apiFiles(repo))), route('POST', CHECKS_PATH, checkRunCreated(42)), route('PATCH', CHECK_PATH, checkRunUpdated(42))];
}

/** Every input of action.yml with its default, as the runner passes them (INPUT_<NAME>, dashes kept). */
export const ACTION_DEFAULTS: Record<string, string> = (() => {
  const doc = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(doc.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
})();

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  elapsedMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Changes to the event payload: other commits, or another `changed_files` (default: the real count). */
  event?: { baseSha?: string; headSha?: string; changedFiles?: number };
}

/** How many files base...head changes, as GitHub counts them for `pull_request.changed_files`. */
export function changedFileCount(repo: Repo): number {
  return git(repo.dir, 'diff', '--name-only', repo.base, repo.head).split('\n').filter(Boolean).length;
}

/** `name<<delimiter` blocks of GITHUB_OUTPUT, as the runner reads them. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

export async function runAction(repo: Repo, server: GitHubServer | undefined, opts: RunOptions = {}): Promise<ActionRun> {
  const runner = tempDir();
  const eventPath = join(runner, 'event.json');
  const summaryPath = join(runner, 'step-summary.md');
  const outputPath = join(runner, 'output.txt');
  const event = { baseSha: repo.base, headSha: repo.head, changedFiles: changedFileCount(repo), ...opts.event };
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent({ owner: OWNER, repo: REPO, number: PR_NUMBER, baseRef: 'main', headRef: 'feature', ...event })));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs: Record<string, string> = { ...ACTION_DEFAULTS, token: 'fake', ...opts.inputs };
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: repo.head,
    GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: server?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${server?.url ?? 'http://127.0.0.1:9'}/graphql`,
    RUNNER_TEMP: runner,
    NO_PROXY: '127.0.0.1,localhost',
    CONNECT_FLOW_LINT_API_ATTEMPTS: String(ATTEMPTS),
    CONNECT_FLOW_LINT_API_RETRY_MS: '20',
    CONNECT_FLOW_LINT_API_MAX_DELAY_MS: '200',
    CONNECT_FLOW_LINT_API_TIMEOUT_MS: '500',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...opts.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [ACTION], { cwd: repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')), elapsedMs: performance.now() - started };
}

export const requestsTo = (server: GitHubServer, method: string, path: RegExp): RecordedRequest[] => server.requests.filter((r) => r.method === method && path.test(r.path));
