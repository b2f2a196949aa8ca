import type { Edge, RoutingGraph } from '../graph/routing-graph.js';
import { blockLabel, type Action } from '../model/flow.js';

/** How messages name a block: its label, and its whole Identifier so a search of the JSON finds it. */
export function blockRef(action: Action): string {
  const label = blockLabel(action);
  return label === action.id ? `"${label}"` : `"${label}" (${action.id})`;
}

/** A path as a reviewer reads it: Start → "A" (id) -[Equals 2]→ "B" (id). */
export function describePath(graph: RoutingGraph, edges: readonly Edge[], from = graph.entry): string {
  const actions = graph.flow.actions;
  let text = `Start → ${blockRef(actions[from]!)}`;
  for (const e of edges) {
    text += e.transition.kind === 'next' ? ` → ${blockRef(actions[e.to]!)}` : ` -[${e.transition.label}]→ ${blockRef(actions[e.to]!)}`;
  }
  return text;
}

/** The Identifiers along a path, for the finding's evidence. */
export function pathIds(graph: RoutingGraph, edges: readonly Edge[], from = graph.entry): string[] {
  return [graph.flow.actions[from]!.id, ...edges.map((e) => graph.flow.actions[e.to]!.id)];
}

/** Levenshtein distance, capped: used to suggest the closest known name in messages. */
export function closest(word: string, candidates: Iterable<string>, maxDistance = Math.max(3, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = distance(word.toLowerCase(), c.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length]!;
}
