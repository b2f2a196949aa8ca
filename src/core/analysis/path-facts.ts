import { MODULE_FLOW_TYPE, resolveFlowType } from '../../connect/flow-types.js';
import { StringWalker } from '../json/walk.js';
import type { Action, Flow } from '../model/flow.js';
import { memoIn, ShortestPaths, type Edge, type RoutingGraph } from '../graph/routing-graph.js';
import type { JsonPath } from '../types.js';

/**
 * "Some path from the start reaches this block without passing an edge that sets X" — the one question the
 * stored-input and working-queue rules ask. One breadth-first search per fact (linear, shortest paths for
 * the messages), memoised on the graph under `key`.
 */
export function pathsAvoiding(graph: RoutingGraph, key: string, sets: (edge: Edge) => boolean): ShortestPaths | undefined {
  if (graph.entry < 0) return undefined;
  const byFact = graph.memo('pathsAvoiding', () => new Map<string, ShortestPaths>());
  return memoIn(byFact, key, () => new ShortestPaths(graph, graph.entry, (e) => !sets(e), 50));
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

/**
 * Edges after which a working queue may be set: leaving "Set working queue" (UpdateContactTargetQueue) by
 * any route, and, to stay silent when unsure, leaving a module (it may set one) or a block the action table
 * does not know. Its error branch counts too: it fails only when the queue it names is wrong, and a transfer
 * wired to that branch is a report about a misconfiguration no rule here can see, not a missing block.
 */
export function mayQueue(graph: RoutingGraph, e: Edge): boolean {
  const from = graph.flow.actions[e.from]!;
  return from.type === 'UpdateContactTargetQueue' || from.type === 'InvokeFlowModule' || from.spec === undefined;
}

/** Some path from the start reaches `node` and passes no block that may set a working queue. */
export function queueUnsetAt(graph: RoutingGraph, node: number): boolean {
  return pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e))?.reached(node) === true;
}

/**
 * A flow module (its type, a module export's Settings, or an EndFlowModuleExecution block). A module runs
 * with the logging of the flow that invoked it, and does not share that flow's local data.
 */
export function isModule(flowType: string | undefined, flowValue: unknown, actions: readonly Action[]): boolean {
  return (
    flowType === MODULE_FLOW_TYPE ||
    (typeof flowValue === 'object' && flowValue !== null && Object.hasOwn(flowValue, 'Settings')) ||
    actions.some((a) => a.type === 'EndFlowModuleExecution')
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An inbound flow as its export says: one of `flowTypes` (default CONTACT_FLOW), not contradicted by the
 * designer's own Metadata.type (the wrapper's type is what a deploy script wrote: a quick-connect flow saved
 * as CONTACT_FLOW keeps "queueTransfer" there), and not a module. Whether it is entered from a phone number
 * also needs that no flow of the repository calls it: the caller decides that.
 */
export function isInboundFlow(flow: Flow, flowTypes: readonly string[] = ['CONTACT_FLOW']): boolean {
  if (flow.flowType === undefined || !flowTypes.includes(flow.flowType)) return false;
  if (isModule(flow.flowType, flow.doc.value, flow.actions)) return false;
  const value = flow.doc.value;
  const metadata = isObject(value) && Object.hasOwn(value, 'Metadata') ? value['Metadata'] : undefined;
  const designerType = isObject(metadata) && Object.hasOwn(metadata, 'type') ? metadata['type'] : undefined;
  return designerType === undefined || resolveFlowType(undefined, designerType) === flow.flowType;
}
