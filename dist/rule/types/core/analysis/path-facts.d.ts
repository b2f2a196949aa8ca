import type { Action, Flow } from '../model/flow.js';
import { ShortestPaths, type Edge, type RoutingGraph } from '../graph/routing-graph.js';
/**
 * "Some path from the start reaches this block without passing an edge that sets X" — the one question the
 * stored-input and working-queue rules ask. One breadth-first search per fact (linear, shortest paths for
 * the messages), memoised on the graph under `key`.
 */
export declare function pathsAvoiding(graph: RoutingGraph, key: string, sets: (edge: Edge) => boolean): ShortestPaths | undefined;
/**
 * The reachable blocks whose parameters or condition operands hold a string `test` accepts (where a block
 * reads data; never its Identifier or NextAction targets), in flow order.
 */
export declare function blocksReading(graph: RoutingGraph, test: (text: string) => boolean): Action[];
/** A flag parameter written as the console writes it ("True"/"False") or as a JSON boolean. */
export declare function flag(action: Action, name: string): boolean;
/**
 * Edges after which a working queue may be set: leaving "Set working queue" (UpdateContactTargetQueue) by
 * any route, and, to stay silent when unsure, leaving a module (it may set one) or a block the action table
 * does not know. Its error branch counts too: it fails only when the queue it names is wrong, and a transfer
 * wired to that branch is a report about a misconfiguration no rule here can see, not a missing block.
 */
export declare function mayQueue(graph: RoutingGraph, e: Edge): boolean;
/** Some path from the start reaches `node` and passes no block that may set a working queue. */
export declare function queueUnsetAt(graph: RoutingGraph, node: number): boolean;
/**
 * A flow module (its type, a module export's Settings, or an EndFlowModuleExecution block). A module runs
 * with the logging of the flow that invoked it, and does not share that flow's local data.
 */
export declare function isModule(flowType: string | undefined, flowValue: unknown, actions: readonly Action[]): boolean;
/**
 * An inbound flow as its export says: one of `flowTypes` (default CONTACT_FLOW), not contradicted by the
 * designer's own Metadata.type (the wrapper's type is what a deploy script wrote: a quick-connect flow saved
 * as CONTACT_FLOW keeps "queueTransfer" there), and not a module. Whether it is entered from a phone number
 * also needs that no flow of the repository calls it: the caller decides that.
 */
export declare function isInboundFlow(flow: Flow, flowTypes?: readonly string[]): boolean;
