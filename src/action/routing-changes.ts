import { execFileSync } from 'node:child_process';
import type { FileReport } from '../core/lint.js';
import { diffFlows, isEmptyDiff } from '../core/graph/diff.js';
import { buildFlow, type Flow } from '../core/model/flow.js';
import { readFlowFile } from '../core/source/read-file.js';
import { describeChanges, diffDiagram } from '../reporters/routing-diff.js';

export interface RoutingChange {
  readonly file: string;
  readonly diagram: string;
  readonly note?: string;
  readonly changes: string[];
}

/** The file as it was at the base commit, or undefined when it did not exist there (or git cannot tell). */
function baseText(cwd: string, baseSha: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${baseSha}:${file}`], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
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
export function routingChanges(reports: readonly FileReport[], baseSha: string, cwd: string, notes: string[]): RoutingChange[] {
  const out: RoutingChange[] = [];
  for (const report of reports) {
    if (report.models.length !== 1) continue;
    const head = report.models[0]!.flow;
    const text = baseText(cwd, baseSha, report.file);
    let base = EMPTY;
    if (text !== undefined) {
      const contents = readFlowFile(report.file, text);
      if (contents.flows.length !== 1) {
        notes.push(`${report.file}: the base version is not a single flow, so its routing change is not drawn.`);
        continue;
      }
      base = buildFlow(contents.flows[0]!);
    }
    const diff = diffFlows(base, head);
    if (isEmptyDiff(diff)) continue;
    const diagram = diffDiagram(base, head, diff);
    out.push({ file: report.file, diagram: diagram.text, ...(diagram.note ? { note: diagram.note } : {}), changes: describeChanges(base, head, diff) });
  }
  return out;
}
