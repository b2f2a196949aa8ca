import { createRequire } from 'node:module';

/**
 * git, run safely: never through a shell, and with options ended (`--end-of-options`, `--`) before anything
 * positional, so a revision or file name from a pull request (a branch called `--output=/tmp/x`) is never
 * taken as an option. Revisions a user typed are checked and resolved to a commit id first; commit ids from
 * an event payload must be full hexadecimal ids.
 */

export class GitRevisionError extends Error {}

/** A full commit id (SHA-1, or SHA-256 in a repository that uses it). */
export function isCommitId(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

/**
 * Why `rev` cannot be a single revision, or undefined when it may be one: the rules of
 * `git check-ref-format` that matter here, plus no range (`..`) and no `rev:path` (a file, not a commit).
 */
export function revisionProblem(rev: string): string | undefined {
  if (rev === '') return 'it is empty';
  if (rev.startsWith('-')) return 'it starts with "-" (git would read it as an option)';
  if (rev.length > 255) return 'it is longer than 255 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f]/.test(rev)) return 'it holds a space or a control character';
  if (rev.includes('..')) return 'it is a range, not one revision';
  if (/[:?*[\\]/.test(rev)) return 'it holds one of : ? * [ \\';
  return undefined;
}

export interface GitRunOptions {
  /** Kill git after this long (a fetch over the network); no limit when absent. */
  readonly timeoutMs?: number;
  /** Largest output accepted; 64 MiB when absent. */
  readonly maxBytes?: number;
}

function execGit(args: readonly string[], cwd: string, run: GitRunOptions = {}): Buffer {
  // Loaded here, not at start-up: child_process costs every lint run ~3 ms and only some commands need git.
  const { execFileSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  // Never a prompt for credentials: stdin is closed and the terminal prompt is off, so git fails instead of waiting.
  try {
    return execFileSync('git', args, { cwd, maxBuffer: run.maxBytes ?? 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], shell: false, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, ...(run.timeoutMs !== undefined ? { timeout: run.timeoutMs, killSignal: 'SIGKILL' as const } : {}) });
  } catch (e) {
    // Callers quote git's own words: its stderr as text, as with `encoding: 'utf8'`.
    const err = e as { stderr?: unknown };
    if (Buffer.isBuffer(err.stderr)) err.stderr = err.stderr.toString('utf8');
    throw e;
  }
}

/**
 * Runs git with the subcommand and `options` (written by our code) and then `positionals` (revisions, and
 * paths after a `--`), which git reads as positional whatever they start with.
 */
export function git(cwd: string, options: readonly string[], positionals: readonly string[] = [], run: GitRunOptions = {}): string {
  return gitBytes(cwd, options, positionals, run).toString('utf8');
}

/** The same, with the output as bytes (a file's contents at a commit, decoded by the caller). */
export function gitBytes(cwd: string, options: readonly string[], positionals: readonly string[] = [], run: GitRunOptions = {}): Buffer {
  return execGit(positionals.length > 0 ? [...options, '--end-of-options', ...positionals] : options, cwd, run);
}

/** The commit id `rev` names in the repository at `cwd`; throws GitRevisionError saying why when it names none. */
export function resolveCommit(cwd: string, rev: string, what = 'the revision'): string {
  const problem = revisionProblem(rev);
  if (problem) throw new GitRevisionError(`${what} "${rev}" is not a git revision: ${problem}`);
  let out: string;
  try {
    out = git(cwd, ['rev-parse', '--verify', '--quiet'], [`${rev}^{commit}`]).trim();
  } catch {
    throw new GitRevisionError(`${what} "${rev}" is not a git revision: no commit of that name in this repository (fetch it, or check the name)`);
  }
  if (!isCommitId(out)) throw new GitRevisionError(`${what} "${rev}" is not a git revision: git answered "${out.slice(0, 80)}"`);
  return out;
}

/** Throws GitRevisionError unless `sha` is a full commit id (as an event payload gives them). */
export function checkCommitId(sha: unknown, what: string): string {
  if (typeof sha === 'string' && isCommitId(sha)) return sha;
  throw new GitRevisionError(`${what} ${JSON.stringify(String(sha)).slice(0, 90)} is not a commit id (40 or 64 hexadecimal digits)`);
}
