import { resolve } from 'node:path';
import { decodeFlowBytes, lintFiles, relativeName } from '../node/lint-files.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import type { FileReport } from '../core/lint.js';
import type { Flow } from '../core/model/flow.js';
import { changedBlocks, newFindings } from '../core/new-findings.js';
import type { Finding } from '../core/types.js';
import type { BaseRevision } from './base-revision.js';
import type { ChangedFiles } from './changed-files.js';

export interface Comparison {
  /** The findings the pull request introduced. */
  readonly fresh: ReadonlySet<Finding>;
  /** The finding is on a block the pull request added or changed. */
  onChangedBlock(f: Finding): boolean;
  /** Changed files whose base version could not be read, with why: all their findings count as new. */
  readonly unreadable: readonly string[];
  /** How many base versions were linted. */
  readonly compared: number;
  /** A reported file's base version, for drawing its routing change (a renamed file's from its old path). */
  baseOf(file: string): { readonly text: string } | 'added' | 'unchanged' | 'unreadable';
}

export interface CompareInput {
  readonly cwd: string;
  readonly root: string;
  readonly config: ResolvedConfig;
  readonly maxFileBytes: number;
  /** Repository-relative names of the files whose findings are reported. */
  readonly reported: readonly string[];
  /** Every flow the head run read (named and context), absolute: the base is linked against the same repository. */
  readonly repository: readonly string[];
  readonly changed: ChangedFiles;
  readonly findings: readonly Finding[];
  readonly reports: readonly FileReport[];
  readonly base: BaseRevision;
}

/**
 * Lints the base revision as the same repository would be, and marks which of the head's findings are new.
 *
 * The base versions are linted in process at the paths they had (a renamed file at its old one), from their
 * bytes: the same config, the same per-path overrides, and linked against the repository's other flows, so
 * a reference or a caller's profile resolves as it did at the base. A temp copy of the files would lose the
 * overrides that match by path and the links to the other flows. Files the pull request did not change are
 * linted from the checkout (they are the same at the base): a change to one flow can bring a finding into
 * another that calls it.
 */
export async function compareWithBase(input: CompareInput): Promise<Comparison> {
  const { cwd, changed } = input;
  const sources = new Map<string, Buffer>();
  const named: string[] = [];
  const toHead = new Map<string, string>();
  const unreadable: string[] = [];
  const baseBytes = new Map<string, Buffer | 'added' | 'unreadable'>();
  for (const name of input.reported) {
    if (!changed.files.has(name)) {
      named.push(resolve(cwd, name));
      toHead.set(name, name);
      continue;
    }
    if (changed.added.has(name)) {
      baseBytes.set(name, 'added');
      continue;
    }
    const old = changed.previous.get(name) ?? name;
    // The list says the file was there before (modified or renamed): not finding it is a failure to read it.
    const got = await input.base.read(old, true);
    if (got.state === 'found') {
      const abs = resolve(cwd, old);
      sources.set(abs, got.bytes);
      named.push(abs);
      toHead.set(relativeName(cwd, abs), name);
      baseBytes.set(name, got.bytes);
    } else if (got.state === 'unreadable') {
      unreadable.push(`${name}${old !== name ? ` (was ${old})` : ''}: ${got.why}`);
      baseBytes.set(name, 'unreadable');
    } else baseBytes.set(name, 'added');
  }
  // Flows the pull request removed were still there at the base, to be linked against.
  const removed: string[] = [];
  for (const name of changed.removed) {
    if (!name.toLowerCase().endsWith('.json')) continue;
    const got = await input.base.read(name, true);
    if (got.state !== 'found') continue;
    const abs = resolve(cwd, name);
    sources.set(abs, got.bytes);
    removed.push(abs);
  }
  // The head versions of the changed files are replaced by their base versions (or, when added, by nothing).
  const replaced = new Set(input.reported.filter((n) => changed.files.has(n)));
  const context = [...input.repository.filter((abs) => !replaced.has(relativeName(cwd, abs))), ...removed];
  const baseRun = lintFiles(named, input.config, cwd, { keepReports: (file) => sources.has(resolve(cwd, file)), maxFileBytes: input.maxFileBytes, root: input.root, context, sources });
  const baseFindings = baseRun.findings.flatMap((f) => {
    const head = toHead.get(f.file);
    return head === undefined ? [] : [head === f.file ? f : { ...f, file: head }];
  });
  const fresh = newFindings(input.findings, baseFindings);

  const baseFlows = new Map<string, FileReport['models']>();
  for (const r of baseRun.reports) {
    const head = toHead.get(r.file);
    if (head !== undefined) baseFlows.set(head, r.models);
  }
  const blocks = new Map<string, Set<string>>();
  for (const r of input.reports) {
    if (!changed.files.has(r.file)) continue;
    const before = baseFlows.get(r.file) ?? [];
    // Flows are paired by name (a template's logical id); a single flow pairs with a single flow.
    const single = r.models.length === 1 && before.length <= 1;
    for (const { flow } of r.models) {
      const base: Flow | undefined = single ? before[0]?.flow : before.find((m) => m.flow.doc.name !== undefined && m.flow.doc.name === flow.doc.name)?.flow;
      blocks.set(key(r.file, r.models.length === 1 ? undefined : flow.doc.name), changedBlocks(base, flow));
    }
  }
  const headModels = new Map(input.reports.map((r) => [r.file, r.models.length]));
  return {
    fresh,
    unreadable,
    compared: sources.size - removed.length,
    baseOf(file) {
      const b = baseBytes.get(file);
      if (b === undefined) return changed.files.has(file) ? 'unreadable' : 'unchanged';
      if (typeof b === 'string') return b;
      const text = decodeFlowBytes(b);
      return typeof text === 'string' ? { text } : 'unreadable';
    },
    onChangedBlock(f) {
      if (f.blockId === undefined || !changed.files.has(f.file)) return false;
      const set = blocks.get(key(f.file, headModels.get(f.file) === 1 ? undefined : f.flowName));
      return set === undefined || set.has(f.blockId);
    },
  };
}

const key = (file: string, flow: string | undefined): string => `${file}\0${flow ?? ''}`;
