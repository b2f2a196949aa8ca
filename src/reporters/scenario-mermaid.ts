import { RoutingGraph } from '../core/graph/routing-graph.js';
import type { Flow, Transition } from '../core/model/flow.js';
import { nextIsBranch } from '../core/simulate/coverage.js';
import { flowchart, type EdgeCoverage } from './mermaid.js';

/**
 * Branch coverage as Mermaid flowcharts in Markdown (GitHub renders them): one diagram per flow the
 * scenarios entered, each route green when every branch on it was taken, amber when some were, red and
 * dashed when none was.
 */
export function formatCoverageMarkdown(flows: ReadonlyArray<{ file: string; name?: string; flow: Flow }>, taken: ReadonlySet<Transition>): string {
  const out: string[] = [];
  for (const f of flows) {
    const graph = new RoutingGraph(f.flow);
    const edgeCoverage = (from: number, to: number): EdgeCoverage | undefined => {
      const a = f.flow.actions[from]!;
      const branches = a.transitions.filter((t) => t.to === to && (t.kind !== 'next' || nextIsBranch(a)));
      if (branches.length === 0) return undefined;
      const hit = branches.filter((t) => taken.has(t)).length;
      return hit === branches.length ? 'covered' : hit === 0 ? 'uncovered' : 'partial';
    };
    const chart = flowchart(f.flow, graph, [], { coverage: edgeCoverage });
    out.push(`### ${f.file}${f.name ? ` (${f.name})` : ''}`, '', '```mermaid', chart.text.trimEnd(), '```', ...(chart.note ? ['', `_${chart.note}_`] : []), '');
  }
  return `${out.join('\n')}\n`;
}
