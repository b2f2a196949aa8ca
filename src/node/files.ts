import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
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
export const FLOW_FILE = /\.(json|ya?ml|template|tftpl|tpl)$/i;

/** How much of a file without an extension is read to tell whether it is a flow export saved without one. */
const SNIFF_BYTES = 4096;

/**
 * True for a file without an extension that holds a flow export (the console's "Export flow" download saved
 * without .json, `aws connect describe-contact-flow > flow`): JSON whose first keys are a flow's.
 */
function sniffsLikeFlow(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const head = buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('{') && /"(StartAction|Actions|ContactFlow|ContactFlowModule|Content|modules)"\s*:/.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const hasExtension = (abs: string): boolean => /\.[^./\\]+$/.test(basename(abs)) && !/^\.[^.]+$/.test(basename(abs));

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
 * could point anywhere on the runner. A file named on its own (not found by a walk) is always in the list,
 * a link or a FIFO too: the reader refuses those with a finding, so a named file is never silently not linted.
 */
export function collectFiles(args: readonly string[], cwd: string): FileList {
  const files = new Set<string>();
  const skipped: Array<{ path: string; reason: string }> = [];
  const unmatched: string[] = [];
  const rel = (p: string): string => relative(cwd, p) || '.';

  const walk = (dir: string, accept: (abs: string) => boolean, recordOthers: boolean): void => {
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
        } else if (entry.isFile()) {
          if (accept(abs)) files.add(abs);
          else if (recordOthers) skipped.push({ path: rel(abs), reason: hasExtension(abs) ? 'not a flow file type (.json, .yaml/.yml, .template, .tftpl, .tpl)' : 'no extension, and its content is not a flow export' });
        } else skipped.push({ path: rel(abs), reason: 'not a regular file' });
      }
    }
  };

  for (const arg of args) {
    const before = files.size;
    if (isGlob(arg)) {
      const pattern = globMatcher(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
      walk(cwd, (abs) => pattern.test(relative(cwd, abs).split(sep).join('/')), false);
    } else {
      const abs = resolve(cwd, arg);
      let stat: Stats;
      try {
        stat = lstatSync(abs);
      } catch {
        unmatched.push(arg);
        continue;
      }
      if (stat.isDirectory()) walk(abs, (p) => FLOW_FILE.test(p) || (!hasExtension(p) && sniffsLikeFlow(p)), true);
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

/**
 * The files a pull request changed that a walk passed over — links, and flow files under a folder skipped by
 * default (dist, node_modules, coverage…) — so the Action lints them too: the reader refuses a link with a
 * finding, and a flow under dist/ is linted like any other. Otherwise adding a flow as a link or under a
 * skipped folder would be a silent green. `changed` holds paths relative to `cwd`, with forward slashes.
 */
export function changedButSkipped(list: FileList, changed: ReadonlySet<string>, cwd: string): string[] {
  const out: string[] = [];
  const passed = list.skipped.map((s) => ({ ...s, path: s.path.split(sep).join('/') }));
  for (const file of changed) {
    const hit = passed.find((s) => file === s.path || (s.reason === 'folder skipped by default' && file.startsWith(`${s.path}/`)));
    if (!hit) continue;
    if (hit.reason !== 'symbolic link (not followed)' && !FLOW_FILE.test(file)) continue;
    const abs = resolve(cwd, file);
    if (list.files.includes(abs)) continue;
    try {
      lstatSync(abs);
    } catch {
      continue; // gone from the checkout (removed, or renamed away): nothing to lint
    }
    out.push(abs);
  }
  return out.sort();
}
