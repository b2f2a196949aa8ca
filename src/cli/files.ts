import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globMatcher } from '../core/config/glob.js';

/**
 * Folders never searched: dependencies, build output, version control. `cdk.out` is searched: CDK writes
 * its CloudFormation templates (`*.template.json`) there, flows included; only its scratch copy is skipped.
 */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'cdk.out.tmp', 'coverage']);
/**
 * Files a folder is searched for: flow exports and describe output (`.json`), CloudFormation templates
 * (`.yaml`, `.yml`, `.template`, and CDK's `.template.json`), Terraform templatefile() flows (`.tftpl`,
 * `.json.tftpl`). A file of these kinds that holds no flow is passed over with its reason (--verbose).
 */
export const FLOW_FILE = /\.(json|ya?ml|template|tftpl)$/i;

export interface FileList {
  /** Absolute paths of the files to lint, sorted. */
  readonly files: string[];
  /** What was passed over and why, for --verbose. */
  readonly skipped: Array<{ path: string; reason: string }>;
  /** Arguments that matched nothing: a usage error. */
  readonly unmatched: string[];
}

function isGlob(arg: string): boolean {
  return /[*?{[]/.test(arg);
}

/**
 * Expands the CLI's paths and globs into files. Symbolic links are never followed: a link in a pull request
 * could point anywhere on the runner.
 */
export function collectFiles(args: readonly string[], cwd: string): FileList {
  const files = new Set<string>();
  const skipped: Array<{ path: string; reason: string }> = [];
  const unmatched: string[] = [];
  const rel = (p: string): string => relative(cwd, p) || '.';

  const walk = (dir: string, accept: (abs: string) => boolean): void => {
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch (e) {
        skipped.push({ path: rel(d), reason: `cannot read the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        continue;
      }
      for (const entry of entries) {
        const abs = join(d, entry.name);
        if (entry.isSymbolicLink()) {
          skipped.push({ path: rel(abs), reason: 'symbolic link (not followed)' });
        } else if (entry.isDirectory()) {
          if (SKIP_DIRS.has(entry.name)) skipped.push({ path: rel(abs), reason: 'folder skipped by default' });
          else stack.push(abs);
        } else if (entry.isFile() && accept(abs)) files.add(abs);
      }
    }
  };

  for (const arg of args) {
    const before = files.size;
    if (isGlob(arg)) {
      const pattern = globMatcher(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
      walk(cwd, (abs) => pattern.test(relative(cwd, abs).split(sep).join('/')));
    } else {
      const abs = resolve(cwd, arg);
      let stat: Stats;
      try {
        stat = lstatSync(abs);
      } catch {
        unmatched.push(arg);
        continue;
      }
      if (stat.isSymbolicLink()) {
        skipped.push({ path: arg, reason: 'symbolic link (not followed)' });
        continue;
      }
      if (stat.isDirectory()) walk(abs, (p) => FLOW_FILE.test(p));
      else files.add(abs);
    }
    if (files.size === before && !unmatched.includes(arg) && isGlob(arg)) unmatched.push(arg);
  }
  return { files: [...files].sort(), skipped, unmatched };
}

/** True when `file` lies inside `root` once links in its folders are resolved. */
export function isInside(root: string, file: string): boolean {
  try {
    const r = relative(realpathSync(root), realpathSync(file));
    return r !== '' && !r.startsWith('..') && !r.startsWith(sep);
  } catch {
    return false;
  }
}
