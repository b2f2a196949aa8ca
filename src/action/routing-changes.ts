import { git, isCommitId } from '../cli/git.js';
import type { FileReport } from '../core/lint.js';
import { diffFlows, isEmptyDiff } from '../core/graph/diff.js';
import { buildFlow, type Flow } from '../core/model/flow.js';
import { readFlowFile } from '../core/source/read-file.js';
import { changedBlocks, diffDiagram, markdownChanges } from '../reporters/routing-diff.js';

export interface RoutingChange {
  readonly file: string;
  readonly diagram: string;
  readonly note?: string;
  readonly changes: string[];
  /** The linted file and flow this change is of, and the blocks it touched: the flow's diagram is drawn around them. */
  readonly source?: { readonly file: string; readonly flowName?: string; readonly changedBlocks: readonly string[] };
}

/** The file as it was at the base commit (a full id, checked by the caller), or undefined when it did not exist there (or git cannot tell). */
function baseText(cwd: string, baseSha: string, file: string): string | undefined {
  try {
    return git(cwd, ['show'], [`${baseSha}:${file}`]);
  } catch {
    return undefined;
  }
}

const EMPTY: Flow = buildFlow({ file: '', value: { Actions: [] }, ranges: () => [] });

/**
 * For each linted single-flow file of a pull request, what its change does to routing, against the base
 * commit (a new file is compared with an empty flow). Files whose base cannot be read as a flow are skipped
 * with a note; unchanged routing gives no section.
 */
/** A head file's base version as the Action read it (base-revision.ts: git, a fetch, or the contents API; renames followed). */
export type BaseOf = (file: string) => { readonly text: string } | 'added' | 'unchanged' | 'unreadable';

export function routingChanges(reports: readonly FileReport[], baseSha: string, cwd: string, notes: string[], baseOf?: BaseOf): RoutingChange[] {
  const out: RoutingChange[] = [];
  // The id comes from the event payload: anything but a full commit id never reaches git.
  if (!isCommitId(baseSha)) {
    notes.push('The event names no valid base commit, so routing changes are not drawn.');
    return out;
  }
  for (const report of reports) {
    if (report.models.length === 0) continue;
    // A base that could not be read is never drawn as "was nothing": the flow would look added.
    const given = baseOf?.(report.file);
    if (given === 'unchanged') continue;
    if (given === 'unreadable') {
      notes.push(`${report.file}: its base version could not be read, so its routing change is not drawn.`);
      continue;
    }
    const text = given === undefined ? baseText(cwd, baseSha, report.file) : given === 'added' ? undefined : given.text;
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
      if (isEmptyDiff(diff)) continue;
      const diagram = diffDiagram(base, head, diff);
      const file = report.models.length > 1 && head.doc.name ? `${report.file} · ${head.doc.name}` : report.file;
      out.push({ file, diagram: diagram.text, ...(diagram.note ? { note: diagram.note } : {}), changes: markdownChanges(base, head, diff), source: { file: report.file, ...(head.doc.name !== undefined ? { flowName: head.doc.name } : {}), changedBlocks: changedBlocks(head, diff) } });
    }
  }
  return out;
}
