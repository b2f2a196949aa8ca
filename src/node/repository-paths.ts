import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { BUILTIN_PREFIX } from '../core/config/resolve.js';
import type { Finding } from '../core/types.js';
import { gitTopLevel } from './repository.js';
import { isWithin, realOrSelf } from './safe-fs.js';

/**
 * Findings name files relative to the working directory (as ESLint does, for the terminal). What GitHub
 * reads — SARIF, workflow-command annotations, check runs — and the committed baseline name them relative to
 * the repository root instead, so a run from a subfolder (`working-directory:`) still points at the files and
 * writes the same baseline as a run from the root.
 */
export interface RepositoryPaths {
  /** The same findings with repository-relative files (each finding rebased once, so results can be mapped back). */
  /** One path, as findings name it (relative to the working directory), from the repository root. */
  file(file: string): string;
  toRoot(findings: readonly Finding[]): Finding[];
  /** The working-directory findings that `toRoot` made these from. */
  fromRoot(findings: readonly Finding[]): Finding[];
}

/**
 * The root paths are relative to: the git top level of `cwd`, else (in the Action) GITHUB_WORKSPACE when it
 * holds `cwd`, else `cwd` itself.
 */
export function sourceRoot(cwd: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  const top = gitTopLevel(cwd);
  if (top) return top;
  const workspace = env['GITHUB_WORKSPACE'];
  if (workspace && isAbsolute(workspace) && isWithin(realOrSelf(workspace), realOrSelf(cwd))) return realOrSelf(workspace);
  return realOrSelf(cwd);
}

export function repositoryPaths(cwd: string, root: string): RepositoryPaths {
  // Where the working directory is in the repository, as real paths (a linked /tmp, a linked checkout).
  const realRoot = realOrSelf(root);
  const base = relative(realRoot, realOrSelf(cwd)).split(sep).join('/');
  const inside = !base.startsWith('..') && !isAbsolute(base);
  const rebase = (file: string): string => {
    // A built-in ruleset and standard input without --stdin-filename are not files of the repository.
    if (file.startsWith(BUILTIN_PREFIX) || file === '<stdin>') return file;
    // relativeName gives files outside the working directory as absolute paths: inside the root they are made relative too.
    if (isAbsolute(file)) {
      for (const candidate of [resolve(file), realOrSelf(file)]) {
        if (isWithin(realRoot, candidate)) return relative(realRoot, candidate).split(sep).join('/');
      }
      return file;
    }
    return inside ? posix.normalize(posix.join(base, file)) : file;
  };
  // Once per file, not per finding: rebasing a file outside the working directory resolves its real path.
  const rebased = new Map<string, string>();
  const rebaseOnce = (file: string): string => {
    let r = rebased.get(file);
    if (r === undefined) rebased.set(file, (r = rebase(file)));
    return r;
  };
  const made = new Map<Finding, Finding>();
  const original = new Map<Finding, Finding>();
  return {
    file: rebase,
    toRoot: (findings) =>
      findings.map((f) => {
        let r = made.get(f);
        if (!r) {
          const file = rebaseOnce(f.file);
          r = file === f.file ? f : { ...f, file };
          made.set(f, r);
          original.set(r, f);
        }
        return r;
      }),
    fromRoot: (findings) => findings.map((r) => original.get(r) ?? r),
  };
}
