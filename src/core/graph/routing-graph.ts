import type { Flow, Transition } from '../model/flow.js';

/** An edge of the graph is a transition whose target block exists (`to >= 0`). */
export type Edge = Transition;

/**
 * The routing graph of one flow: a node per action (numbered as in `flow.actions`), an edge per transition
 * whose target exists, entry = StartAction. Every traversal is iterative and linear in nodes + edges, so
 * a 20,000-block flow, or a hostile one, costs milliseconds and no stack.
 */
export class RoutingGraph {
  readonly size: number;
  /** Node of StartAction, or -1 when it names no block. */
  readonly entry: number;
  readonly out: ReadonlyArray<readonly Edge[]>;
  private incoming: Edge[][] | undefined;
  private reach: Uint8Array | undefined;
  private memos: Map<string, unknown> | undefined;

  constructor(readonly flow: Flow) {
    this.size = flow.actions.length;
    const start = flow.startAction === undefined ? undefined : flow.byId.get(flow.startAction);
    this.entry = start ? start.index : -1;
    const out: Array<readonly Edge[]> = new Array(this.size);
    for (let a = 0, actions = flow.actions; a < actions.length; a++) {
      const transitions = actions[a]!.transitions;
      let resolved = 0;
      for (let k = 0; k < transitions.length; k++) if (transitions[k]!.to >= 0) resolved++;
      // Most blocks' transitions all lead somewhere: their list is the edge list, shared, not copied.
      out[a] = resolved === transitions.length ? transitions : transitions.filter((t) => t.to >= 0);
    }
    this.out = out;
  }

  /**
   * A result derived from this graph, computed once per name and kept as long as the graph is. A result
   * that depends on arguments is kept under one name as a Map from the argument (see memoIn), never under
   * a name built from the arguments.
   */
  memo<T>(name: string, compute: () => T): T {
    this.memos ??= new Map();
    if (!this.memos.has(name)) this.memos.set(name, compute());
    return this.memos.get(name) as T;
  }

  /**
   * The source node of every edge, grouped by target: the sources of edges into `n` are
   * `from[start[n]] .. from[start[n + 1] - 1]`. Two typed arrays, not an array of edges per node, for the
   * backward searches rules run on every flow.
   */
  predecessors(): { readonly start: Int32Array; readonly from: Int32Array } {
    return this.memo('predecessors', () => {
      const start = new Int32Array(this.size + 1);
      for (let n = 0; n < this.size; n++) {
        const edges = this.out[n]!;
        for (let k = 0; k < edges.length; k++) start[edges[k]!.to + 1]!++;
      }
      for (let n = 0; n < this.size; n++) start[n + 1]! += start[n]!;
      const from = new Int32Array(start[this.size]!);
      const fill = start.slice(0, this.size);
      for (let n = 0; n < this.size; n++) {
        const edges = this.out[n]!;
        for (let k = 0; k < edges.length; k++) from[fill[edges[k]!.to]!++] = n;
      }
      return { start, from };
    });
  }

  /** Incoming edges per node; built on first use (the profile data-flow, pictures), not for every lint. */
  get in(): ReadonlyArray<readonly Edge[]> {
    if (!this.incoming) {
      const inc: Edge[][] = Array.from({ length: this.size }, () => []);
      for (const edges of this.out) for (const e of edges) inc[e.to]!.push(e);
      this.incoming = inc;
    }
    return this.incoming;
  }

  /** 1 for each node some path from the entry reaches. */
  reachable(): Uint8Array {
    if (!this.reach) {
      const seen = new Uint8Array(this.size);
      if (this.entry >= 0) this.search(this.entry, () => true, seen);
      this.reach = seen;
    }
    return this.reach;
  }

  /**
   * Breadth-first search from `from` over the edges `follow` accepts. Returns, per node, the edge it was
   * first reached by (null for the start, undefined for unreached); breadth-first makes the recorded paths
   * the shortest, which is what a message should show.
   */
  search(from: number, follow: (edge: Edge) => boolean, seen = new Uint8Array(this.size)): Array<Edge | null | undefined> {
    const via: Array<Edge | null | undefined> = new Array(this.size);
    const queue = new Int32Array(this.size);
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    seen[from] = 1;
    via[from] = null;
    while (head < tail) {
      const n = queue[head++]!;
      for (let edgeIndex = 0, edges = this.out[n]!; edgeIndex < edges.length; edgeIndex++) {
        const edge = edges[edgeIndex]!;
        if (seen[edge.to] || !follow(edge)) continue;
        seen[edge.to] = 1;
        via[edge.to] = edge;
        queue[tail++] = edge.to;
      }
    }
    return via;
  }
}

/** `map`'s value for `key`, computed and kept on first use. */
export function memoIn<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  if (!map.has(key)) map.set(key, compute());
  return map.get(key) as V;
}

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
export class ShortestPaths {
  private readonly via: Array<Edge | null | undefined>;
  private readonly depth: Int32Array;
  /** Each node's ancestor at depth `keep` (itself when nearer the start). */
  private readonly anchor: Int32Array;

  constructor(graph: RoutingGraph, from: number, follow: (edge: Edge) => boolean, private readonly keep: number) {
    this.via = new Array(graph.size);
    this.depth = new Int32Array(graph.size).fill(-1);
    this.anchor = new Int32Array(graph.size).fill(-1);
    const queue = new Int32Array(graph.size);
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    this.via[from] = null;
    this.depth[from] = 0;
    this.anchor[from] = from;
    while (head < tail) {
      const n = queue[head++]!;
      for (let k = 0, edges = graph.out[n]!; k < edges.length; k++) {
        const edge = edges[k]!;
        const m = edge.to;
        if (this.depth[m] !== -1 || !follow(edge)) continue;
        this.via[m] = edge;
        this.depth[m] = this.depth[n]! + 1;
        this.anchor[m] = this.depth[m]! <= keep ? m : this.anchor[n]!;
        queue[tail++] = m;
      }
    }
  }

  reached(node: number): boolean {
    return this.depth[node] !== -1;
  }

  ends(node: number): PathEnds {
    const d = this.depth[node]!;
    if (d <= 2 * this.keep) return { head: pathTo(this.via, node), skipped: 0, tail: [] };
    const tail: Edge[] = [];
    for (let n = node, k = 0; k < this.keep; k++) {
      const e = this.via[n]!;
      tail.push(e);
      n = e.from;
    }
    return { head: pathTo(this.via, this.anchor[node]!), skipped: d - 2 * this.keep, tail: tail.reverse() };
  }
}

/** The edges from the search's start to `node`, in order. */
export function pathTo(via: ReadonlyArray<Edge | null | undefined>, node: number): Edge[] {
  const path: Edge[] = [];
  for (let e = via[node]; e; e = via[e.from]) path.push(e);
  return path.reverse();
}

/**
 * Strongly connected components of the subgraph of `nodes` (1 = included) whose edges `follow` accepts
 * (Tarjan's algorithm, iterative on typed stacks: linear in nodes + edges, no recursion). Components are
 * numbered in topological order: every followed edge between two components goes from a lower number to a
 * higher one, so one pass in ascending order sees a component after all that lead into it.
 */
export function components(graph: RoutingGraph, nodes: Uint8Array, follow: (edge: Edge) => boolean): { readonly of: Int32Array; readonly count: number } {
  const size = graph.size;
  const of = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const number = new Int32Array(size).fill(-1);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  let sp = 0;
  let counter = 0;
  let found = 0;
  for (let root = 0; root < size; root++) {
    if (!nodes[root] || number[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = 0;
    number[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const n = callNode[depth]!;
      const edges = graph.out[n]!;
      const k = callEdge[depth]!;
      if (k < edges.length) {
        callEdge[depth] = k + 1;
        const edge = edges[k]!;
        const m = edge.to;
        if (!nodes[m] || !follow(edge)) continue;
        if (number[m] === -1) {
          number[m] = low[m] = counter++;
          stack[sp++] = m;
          onStack[m] = 1;
          depth++;
          callNode[depth] = m;
          callEdge[depth] = 0;
        } else if (onStack[m] && number[m]! < low[n]!) {
          low[n] = number[m]!;
        }
        continue;
      }
      if (low[n] === number[n]) {
        // Tarjan finds components sinks first: numbered from the top down, then flipped below.
        for (let m = -1; m !== n; ) {
          m = stack[--sp]!;
          onStack[m] = 0;
          of[m] = found;
        }
        found++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[n]! < low[parent]!) low[parent] = low[n]!;
      }
    }
  }
  for (let n = 0; n < size; n++) if (of[n] !== -1) of[n] = found - 1 - of[n]!;
  return { of, count: found };
}
