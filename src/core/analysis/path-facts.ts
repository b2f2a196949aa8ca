import { StringWalker } from '../json/walk.js';
import type { Action } from '../model/flow.js';
import { ShortestPaths, type Edge, type RoutingGraph } from '../graph/routing-graph.js';
import type { JsonPath } from '../types.js';

/**
 * "Some path from the start reaches this block without passing an edge that sets X" — the one question the
 * stored-input and working-queue rules ask. One breadth-first search per fact (linear, shortest paths for
 * the messages), memoised on the graph under `key`.
 */
export function pathsAvoiding(graph: RoutingGraph, key: string, sets: (edge: Edge) => boolean): ShortestPaths | undefined {
  if (graph.entry < 0) return undefined;
  return graph.memo(`avoiding\u0000${key}`, () => new ShortestPaths(graph, graph.entry, (e) => !sets(e), 50));
}

const PARAMETERS: JsonPath = ['Parameters'];
const CONDITIONS: JsonPath = ['Transitions', 'Conditions'];

/**
 * The reachable blocks whose parameters or condition operands hold a string `test` accepts (where a block
 * reads data; never its Identifier or NextAction targets), in flow order.
 */
export function blocksReading(graph: RoutingGraph, test: (text: string) => boolean): Action[] {
  const reachable = graph.reachable();
  const found: Action[] = [];
  let hit = false;
  const walker = new StringWalker((text, _at, last) => {
    if (!hit && last !== 'Identifier' && last !== 'NextAction' && test(text)) hit = true;
  });
  for (const a of graph.flow.actions) {
    if (!reachable[a.index]) continue;
    hit = false;
    walker.walk(a.parameters, a.path, PARAMETERS);
    const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
    const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? (transitions as Record<string, unknown>)['Conditions'] : undefined;
    if (!hit && Array.isArray(conditions)) walker.walk(conditions, a.path, CONDITIONS);
    if (hit) found.push(a);
  }
  return found;
}

/** A flag parameter written as the console writes it ("True"/"False") or as a JSON boolean. */
export function flag(action: Action, name: string): boolean {
  const v = Object.hasOwn(action.parameters, name) ? action.parameters[name] : undefined;
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}
