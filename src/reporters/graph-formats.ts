import type { RoutingDiff } from '../core/graph/diff.js';
import type { RoutingGraph } from '../core/graph/routing-graph.js';
import { blockLabel, type Flow } from '../core/model/flow.js';
import { dotString } from './escape.js';
import { diagramLabel } from './mermaid.js';

/** The routing graph as data: what other tools (and tests) read. */
export function graphJson(flow: Flow, graph: RoutingGraph): object {
  const reachable = graph.reachable();
  return {
    entry: flow.startAction ?? null,
    nodes: flow.actions.map((a) => ({ id: a.id, type: a.type, label: blockLabel(a), reachable: reachable[a.index] === 1 })),
    edges: graph.out.flatMap((edges) =>
      edges.map((e) => ({ from: flow.actions[e.from]!.id, to: flow.actions[e.to]!.id, kind: e.kind, branch: e.label })),
    ),
  };
}

export function diffJson(diff: RoutingDiff): object {
  const block = (a: { id: string; type: string }) => ({ id: a.id, type: a.type });
  return {
    entry: diff.entry ?? null,
    addedBlocks: diff.addedBlocks.map(block),
    removedBlocks: diff.removedBlocks.map(block),
    changedBlocks: diff.changedBlocks.map((c) => ({ id: c.head.id, type: c.head.type, wasType: c.base.type, parametersChanged: c.parametersChanged })),
    addedRoutes: diff.addedRoutes,
    removedRoutes: diff.removedRoutes,
    retargetedRoutes: diff.retargetedRoutes,
  };
}

/** A DOT string literal: quotes and backslashes escaped, newlines as \n, other controls written out. */
export { dotString } from './escape.js';

/** The routing graph in Graphviz DOT, unreachable blocks greyed. */
export function graphDot(flow: Flow, graph: RoutingGraph): string {
  const reachable = graph.reachable();
  const lines = ['digraph flow {', '  rankdir=TB;', '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];'];
  if (flow.startAction !== undefined && flow.byId.has(flow.startAction)) lines.push(`  "__start" [shape=circle, label="start", fillcolor="#1f2328", fontcolor="#ffffff"];`, `  "__start" -> ${dotString(flow.startAction)};`);
  for (const a of flow.actions) {
    if (flow.byId.get(a.id) !== a) continue;
    lines.push(`  ${dotString(a.id)} [label=${dotString(diagramLabel(a))}${reachable[a.index] ? '' : ', fillcolor="#eeeeee", fontcolor="#888888"'}];`);
  }
  for (const edges of graph.out) {
    for (const e of edges) {
      const label = e.kind === 'next' ? '' : ` [label=${dotString(e.label)}${e.kind === 'error' ? ', color="#cf222e"' : ''}]`;
      lines.push(`  ${dotString(flow.actions[e.from]!.id)} -> ${dotString(flow.actions[e.to]!.id)}${label};`);
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
