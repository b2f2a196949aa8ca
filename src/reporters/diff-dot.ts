import type { RoutingDiff } from '../core/graph/diff.js';
import type { Flow } from '../core/model/flow.js';
import { dotString as dot } from './graph-formats.js';
import { diagramLabel } from './mermaid.js';


/** The routing diff in Graphviz DOT: the union of both versions, coloured like the Mermaid view. */
export function diffDot(base: Flow, head: Flow, diff: RoutingDiff): string {
  const status = new Map<string, string>();
  for (const a of diff.addedBlocks) status.set(a.id, 'added');
  for (const a of diff.removedBlocks) status.set(a.id, 'removed');
  for (const c of diff.changedBlocks) status.set(c.head.id, 'changed');
  const style: Record<string, string> = {
    added: 'fillcolor="#dafbe1", color="#1a7f37"',
    removed: 'fillcolor="#ffebe9", color="#cf222e", style="rounded,filled,dashed"',
    changed: 'fillcolor="#fff8c5", color="#9a6700"',
    context: 'fillcolor="#f6f8fa", color="#d0d7de", fontcolor="#8c959f"',
  };
  const lines = ['digraph diff {', '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'];
  const ids = new Set([...head.byId.keys(), ...base.byId.keys()]);
  for (const id of ids) {
    const a = head.byId.get(id) ?? base.byId.get(id)!;
    lines.push(`  ${dot(id)} [label=${dot(diagramLabel(a))}, ${style[status.get(id) ?? 'context']}];`);
  }
  const added = new Set([...diff.addedRoutes, ...diff.retargetedRoutes].map((r) => `${r.from}\u0000${r.branch}\u0000${r.to}`));
  const removed = new Set([...diff.removedRoutes, ...diff.retargetedRoutes.map((r) => ({ ...r, to: r.was }))].map((r) => `${r.from}\u0000${r.branch}\u0000${r.to}`));
  const seen = new Set<string>();
  for (const flow of [head, base]) {
    for (const a of flow.actions) {
      for (const t of a.transitions) {
        const k = `${a.id}\u0000${t.label}\u0000${t.target}`;
        if (seen.has(k) || !ids.has(t.target)) continue;
        seen.add(k);
        const colour = added.has(k) ? ', color="#1a7f37", penwidth=2' : removed.has(k) ? ', color="#cf222e", style=dashed' : ', color="#d0d7de"';
        lines.push(`  ${dot(a.id)} -> ${dot(t.target)} [label=${dot(t.kind === 'next' ? '' : t.label)}${colour}];`);
      }
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
