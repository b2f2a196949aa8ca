import type { Flow, Transition } from '../model/flow.js';
/** An edge of the graph is a transition whose target block exists (`to >= 0`). */
export type Edge = Transition;
/**
 * The routing graph of one flow: a node per action (numbered as in `flow.actions`), an edge per transition
 * whose target exists, entry = StartAction. Every traversal is iterative and linear in nodes + edges, so
 * a 20,000-block flow, or a hostile one, costs milliseconds and no stack.
 */
export declare class RoutingGraph {
    readonly flow: Flow;
    readonly size: number;
    /** Node of StartAction, or -1 when it names no block. */
    readonly entry: number;
    readonly out: ReadonlyArray<readonly Edge[]>;
    private incoming;
    private reach;
    private memos;
    constructor(flow: Flow);
    /**
     * A result derived from this graph, computed once per name and kept as long as the graph is. A result
     * that depends on arguments is kept under one name as a Map from the argument (see memoIn), never under
     * a name built from the arguments.
     */
    memo<T>(name: string, compute: () => T): T;
    /**
     * The source node of every edge, grouped by target: the sources of edges into `n` are
     * `from[start[n]] .. from[start[n + 1] - 1]`. Two typed arrays, not an array of edges per node, for the
     * backward searches rules run on every flow.
     */
    predecessors(): {
        readonly start: Int32Array;
        readonly from: Int32Array;
    };
    /** Incoming edges per node; built on first use (the profile data-flow, pictures), not for every lint. */
    get in(): ReadonlyArray<readonly Edge[]>;
    /** 1 for each node some path from the entry reaches. */
    reachable(): Uint8Array;
    /**
     * Breadth-first search from `from` over the edges `follow` accepts. Returns, per node, the edge it was
     * first reached by (null for the start, undefined for unreached); breadth-first makes the recorded paths
     * the shortest, which is what a message should show.
     */
    search(from: number, follow: (edge: Edge) => boolean, seen?: Uint8Array<ArrayBuffer>): Array<Edge | null | undefined>;
}
/** `map`'s value for `key`, computed and kept on first use. */
export declare function memoIn<K, V>(map: Map<K, V>, key: K, compute: () => V): V;
/**
 * A path shown by its ends: `head` from the start, then `skipped` edges left out, then `tail` up to the
 * node (skipped 0: head is the whole path and tail is empty).
 */
export interface PathEnds {
    readonly head: readonly Edge[];
    readonly skipped: number;
    readonly tail: readonly Edge[];
}
/**
 * Breadth-first shortest paths from one node over the edges `follow` accepts, kept so that the ends of the
 * path to any node cost `keep` steps each however long the path is: a flow with thousands of findings on
 * paths thousands of blocks long would otherwise spend quadratic time building paths nobody reads whole.
 */
export declare class ShortestPaths {
    private readonly keep;
    private readonly via;
    private readonly depth;
    /** Each node's ancestor at depth `keep` (itself when nearer the start). */
    private readonly anchor;
    constructor(graph: RoutingGraph, from: number, follow: (edge: Edge) => boolean, keep: number);
    reached(node: number): boolean;
    ends(node: number): PathEnds;
}
/** The edges from the search's start to `node`, in order. */
export declare function pathTo(via: ReadonlyArray<Edge | null | undefined>, node: number): Edge[];
/**
 * Strongly connected components of the subgraph of `nodes` (1 = included) whose edges `follow` accepts
 * (Tarjan's algorithm, iterative on typed stacks: linear in nodes + edges, no recursion). Components are
 * numbered in topological order: every followed edge between two components goes from a lower number to a
 * higher one, so one pass in ascending order sees a component after all that lead into it.
 */
export declare function components(graph: RoutingGraph, nodes: Uint8Array, follow: (edge: Edge) => boolean): {
    readonly of: Int32Array;
    readonly count: number;
};
