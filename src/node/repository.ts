/**
 * Where the repository is, and whether git tracks a path in it: what decides that an npm package was
 * installed (by the workflow or the developer) rather than committed by a pull request. A checkout holds
 * only tracked files; `npm install` writes untracked ones.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { isWithin, realOrSelf } from './safe-fs.js';

/** Options that keep git from running anything a repository's own config names (core.fsmonitor). */
const GIT_SAFE = ['-c', 'core.fsmonitor=false', '--literal-pathspecs'];

function git(cwd: string, args: string[]): string {
  return execFileSync('git', [...GIT_SAFE, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, maxBuffer: 4 * 1024 * 1024 });
}

/**
 * The root of the repository being linted, as a real path: the git top level of `cwd` when `cwd` is inside a
 * git checkout, else `cwd` itself (the folder the user named). Nothing above it is read or looked up.
 */
export function repositoryRoot(cwd: string): string {
  return gitTopLevel(cwd) ?? realOrSelf(cwd);
}

/** The git top level of `cwd` as a real path, or undefined when `cwd` is not in a git checkout. */
export function gitTopLevel(cwd: string): string | undefined {
  const own = realOrSelf(cwd);
  try {
    const top = realOrSelf(git(own, ['rev-parse', '--show-toplevel']).trim());
    if (top && isWithin(top, own)) return top;
  } catch {
    // Not a git checkout (or git is missing).
  }
  return undefined;
}

/**
 * Whether git tracks `path` or anything under it in the checkout at `root`: true, false, or undefined when
 * git cannot say (not a checkout, git missing) — which callers treat as "tracked" (fail closed).
 */
export function isTracked(root: string, path: string): boolean | undefined {
  const realRoot = realOrSelf(root);
  const rel = relative(realRoot, path);
  if (!isWithin(realRoot, path)) return false;
  try {
    git(realRoot, ['rev-parse', '--is-inside-work-tree']);
    return git(realRoot, ['ls-files', '-z', '--', rel === '' ? '.' : rel]).length > 0;
  } catch {
    return undefined;
  }
}

/**
 * The files of the checkout under `cwd` that git does not ignore (tracked, or new and not ignored), as real
 * absolute paths; undefined outside a git checkout. Build output and scratch folders a .gitignore names are
 * not the repository's flows.
 */
export function unignoredFiles(cwd: string): Set<string> | undefined {
  const own = realOrSelf(cwd);
  try {
    const out = execFileSync('git', [...GIT_SAFE, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: own, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, maxBuffer: 256 * 1024 * 1024 });
    return new Set(out.split('\0').filter((p) => p !== '').map((p) => join(own, p)));
  } catch {
    return undefined;
  }
}
