import { git, isCommitId } from '../node/git.js';
// Files that may hold flows, as the CLI collects them: a deleted file of any other kind is not looked at.
import { FLOW_FILE } from '../node/files.js';
import { DEFAULT_MAX_FILE_BYTES } from '../node/lint-files.js';
import { globMatcher } from '../core/config/glob.js';
import type { FileReport } from '../core/lint.js';
import { diffFlows, isEmptyDiff } from '../core/graph/diff.js';
import { buildFlow, type Flow } from '../core/model/flow.js';
import { readFlowFile } from '../core/source/read-file.js';
import { changedBlocks, deletedFlowLine, diffDiagram, markdownChanges, renamedFlowLine } from '../reporters/routing-diff.js';

export interface RoutingChange {
  /** The heading: the file, and the flow's name when the file holds several. */
  readonly file: string;
  /** The file and flow name the findings carry, so the summary can tell which changes are of flows with errors. */
  readonly path: string;
  readonly flowName?: string;
  /** Mermaid text; empty for a deleted flow (nothing left to draw). */
  readonly diagram: string;
  readonly note?: string;
  readonly changes: string[];
  /** The linted file and flow this change is of, and the blocks it touched: the flow's diagram is drawn around them. */
  readonly source?: { readonly file: string; readonly flowName?: string; readonly changedBlocks: readonly string[] };
}

/** A head file's base version as the Action read it (base-revision.ts: git, a fetch, or the contents API; renames followed). */
export type BaseOf = (file: string) => { readonly text: string } | 'added' | 'unchanged' | 'unreadable';

/** What the pull request did to files beyond editing them: renames (new → old path) and deletions. */
export interface FileMoves {
  readonly renamedFrom?: ReadonlyMap<string, string>;
  readonly removed?: ReadonlySet<string>;
  /** The "paths" input: only deleted files under them are looked at. */
  readonly paths?: readonly string[];
  /** The base versions the Action read (renames followed); without it the base is read from git here. */
  readonly baseOf?: BaseOf;
}


/**
 * The file as it was at the base commit (a full id, checked by the caller), or undefined when it did not
 * exist there (or git cannot tell). A base version over the size the linter reads (a deleted file is not
 * capped by the checkout) is not read: 'too large'.
 */
function baseText(cwd: string, baseSha: string, file: string): string | undefined | 'too large' {
  try {
    const size = Number(git(cwd, ['cat-file', '-s'], [`${baseSha}:${file}`]).trim());
    if (!Number.isFinite(size) || size > DEFAULT_MAX_FILE_BYTES) return 'too large';
    return git(cwd, ['show'], [`${baseSha}:${file}`]);
  } catch {
    return undefined;
  }
}

/** At most this many deleted files are read for the routing changes; a mass deletion is summed up in a note. */
const MAX_DELETED_READ = 200;

/** Whether a repository path is under one of the Action's "paths" (folders, files or globs, as the CLI takes them). */
function underPaths(paths: readonly string[] | undefined): (file: string) => boolean {
  if (!paths) return () => true;
  const tests = paths.map((p): ((file: string) => boolean) => {
    const arg = p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (/[*?{[]/.test(arg)) {
      const glob = globMatcher(arg);
      return (file) => glob.test(file);
    }
    return (file) => arg === '' || arg === '.' || file === arg || file.startsWith(`${arg}/`);
  });
  return (file) => tests.some((t) => t(file));
}

const EMPTY: Flow = buildFlow({ file: '', value: { Actions: [] }, ranges: () => [] });

/**
 * For each linted single-flow file of a pull request, what its change does to routing, against the base
 * commit (a new file is compared with an empty flow). Files whose base cannot be read as a flow are skipped
 * with a note; unchanged routing gives no section.
 */
export function routingChanges(reports: readonly FileReport[], baseSha: string, cwd: string, notes: string[], moves: FileMoves = {}): RoutingChange[] {
  const out: RoutingChange[] = [];
  // The id comes from the event payload: anything but a full commit id never reaches git.
  if (!isCommitId(baseSha)) {
    notes.push('The event names no valid base commit, so routing changes are not drawn.');
    return out;
  }
  for (const report of reports) {
    if (report.models.length === 0) continue;
    // A renamed flow is compared with its old version, under its old name: not drawn as new.
    const was = moves.renamedFrom?.get(report.file);
    // A base that could not be read is never drawn as "was nothing": the flow would look added.
    const given = moves.baseOf?.(report.file);
    if (given === 'unchanged') continue;
    if (given === 'unreadable') {
      notes.push(`${report.file}: its base version could not be read, so its routing change is not drawn.`);
      continue;
    }
    const text = given === undefined ? baseText(cwd, baseSha, was ?? report.file) : given === 'added' ? undefined : given.text;
    if (text === 'too large') {
      notes.push(`${report.file}: the base version is over ${DEFAULT_MAX_FILE_BYTES} bytes, so its routing change is not drawn.`);
      continue;
    }
    let baseFlows: Flow[] = [];
    if (text !== undefined) {
      const contents = readFlowFile(report.file, text);
      if (contents.flows.length === 0) {
        notes.push(`${report.file}: the base version holds no readable flow, so its routing change is not drawn.`);
        continue;
      }
      baseFlows = contents.flows.map(buildFlow);
    }
    // Flows are paired by name (a template's logical id); a single flow pairs with a single flow.
    const single = report.models.length === 1 && baseFlows.length <= 1;
    for (const { flow: head } of report.models) {
      const base = (single ? baseFlows[0] : baseFlows.find((f) => f.doc.name !== undefined && f.doc.name === head.doc.name)) ?? EMPTY;
      const diff = diffFlows(base, head);
      const renamed = was !== undefined && text !== undefined ? [renamedFlowLine(was)] : [];
      const file = report.models.length > 1 && head.doc.name ? `${report.file} · ${head.doc.name}` : report.file;
      // The flow's name tells its findings apart only in a file of several flows (as the summary groups them).
      const where = { file, path: report.file, ...(report.models.length > 1 && head.doc.name !== undefined ? { flowName: head.doc.name } : {}) };
      if (isEmptyDiff(diff)) {
        // A rename alone is still news to a reviewer; the routing is the same, so there is nothing to draw.
        if (renamed.length > 0) out.push({ ...where, diagram: '', changes: [...renamed, 'No routing change.'] });
        continue;
      }
      const diagram = diffDiagram(base, head, diff);
      const source = { file: report.file, ...(head.doc.name !== undefined ? { flowName: head.doc.name } : {}), changedBlocks: changedBlocks(head, diff) };
      out.push({ ...where, diagram: diagram.text, ...(diagram.note ? { note: diagram.note } : {}), changes: [...renamed, ...markdownChanges(base, head, diff)], source });
    }
  }
  const inPaths = underPaths(moves.paths);
  const deleted = [...(moves.removed ?? [])].filter((f) => FLOW_FILE.test(f) && inPaths(f)).sort();
  if (deleted.length > MAX_DELETED_READ) notes.push(`The pull request deletes ${deleted.length} files that may hold flows: the first ${MAX_DELETED_READ} are listed in the routing changes.`);
  for (const file of deleted.slice(0, MAX_DELETED_READ)) {
    const text = baseText(cwd, baseSha, file);
    if (text === undefined || text === 'too large') {
      notes.push(`${file}: deleted by the pull request, but its base version ${text === undefined ? 'cannot be read' : `is over ${DEFAULT_MAX_FILE_BYTES} bytes`}, so what it held is not said.`);
      continue;
    }
    const flows = readFlowFile(file, text).flows.map(buildFlow);
    // A deleted file that held no flow (a package.json, a template of other resources) is not a routing change.
    for (const flow of flows) {
      const label = flows.length > 1 && flow.doc.name ? `${file} · ${flow.doc.name}` : file;
      out.push({ file: label, path: file, ...(flows.length > 1 && flow.doc.name !== undefined ? { flowName: flow.doc.name } : {}), diagram: '', changes: [deletedFlowLine(label, flow.actions.length)] });
    }
  }
  return out;
}
