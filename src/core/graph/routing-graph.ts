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
  private rpo: Int32Array | undefined;
  private idom: Int32Array | undefined;
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

  /** A result derived from this graph, computed once per key and kept as long as the graph is. */
  memo<T>(key: string, compute: () => T): T {
    this.memos ??= new Map();
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
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

  /** Incoming edges per node; built on first use (dominators, pictures), not for every lint. */
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

  /** Reverse postorder of the nodes reachable from the entry (iterative depth-first search on typed stacks). */
  reversePostorder(): Int32Array {
    if (this.rpo) return this.rpo;
    const order = new Int32Array(this.size);
    // Filled from the back: a node is written when it finishes, so the array ends up in reverse postorder.
    let free = this.size;
    if (this.entry >= 0) {
      const state = new Uint8Array(this.size); // 0 new, 1 on stack, 2 done
      const nodeStack = new Int32Array(this.size);
      const edgeStack = new Int32Array(this.size);
      let top = 0;
      nodeStack[0] = this.entry;
      edgeStack[0] = 0;
      state[this.entry] = 1;
      while (top >= 0) {
        const n = nodeStack[top]!;
        const edges = this.out[n]!;
        const k = edgeStack[top]!;
        if (k < edges.length) {
          edgeStack[top] = k + 1;
          const m = edges[k]!.to;
          if (state[m] === 0) {
            state[m] = 1;
            top++;
            nodeStack[top] = m;
            edgeStack[top] = 0;
          }
        } else {
          state[n] = 2;
          order[--free] = n;
          top--;
        }
      }
    }
    this.rpo = order.subarray(free);
    return this.rpo;
  }

  /**
   * Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"): -1 for the
   * entry and for unreachable nodes. Flows are shallow and mostly reducible, so this converges in a few
   * passes, linear in practice.
   */
  dominators(): Int32Array {
    if (this.idom) return this.idom;
    const rpo = this.reversePostorder();
    const rank = new Int32Array(this.size).fill(-1);
    rpo.forEach((n, i) => (rank[n] = i));
    const idom = new Int32Array(this.size).fill(-1);
    if (this.entry < 0) return (this.idom = idom);
    idom[this.entry] = this.entry;
    const intersect = (a: number, b: number): number => {
      while (a !== b) {
        while (rank[a]! > rank[b]!) a = idom[a]!;
        while (rank[b]! > rank[a]!) b = idom[b]!;
      }
      return a;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 1; i < rpo.length; i++) {
        const n = rpo[i]!;
        let d = -1;
        for (let ei = 0, edgeList = this.in[n]!; ei < edgeList.length; ei++) {
          const e = edgeList[ei]!;
          if (idom[e.from] === -1) continue;
          d = d === -1 ? e.from : intersect(e.from, d);
        }
        if (d !== -1 && idom[n] !== d) {
          idom[n] = d;
          changed = true;
        }
      }
    }
    idom[this.entry] = -1;
    return (this.idom = idom);
  }

  /** True when every path from the entry to `b` passes `a`. */
  dominates(a: number, b: number): boolean {
    const idom = this.dominators();
    if (!this.reachable()[b]) return false;
    for (let n = b; n !== -1; n = idom[n]!) if (n === a) return true;
    return false;
  }
}

/** The edges from the search's start to `node`, in order. */
export function pathTo(via: ReadonlyArray<Edge | null | undefined>, node: number): Edge[] {
  const path: Edge[] = [];
  for (let e = via[node]; e; e = via[e.from]) path.push(e);
  return path.reverse();
}

export interface ForwardAnalysis<S> {
  /** State at the entry. */
  readonly entry: S;
  /** State leaving `edge`, given the state on entry to its source block. */
  transfer(edge: Edge, state: S): S;
  /** Combine the states arriving at a join. */
  meet(a: S, b: S): S;
  equals(a: S, b: S): boolean;
}

/**
 * Forward data-flow to a fixpoint with a worklist ordered by reverse postorder. Unvisited nodes start at
 * "top" (undefined), which is what makes a must-analysis (meet = intersection) exact around loops.
 * Returns the state on entry to each node (undefined for unreachable nodes).
 */
export function solveForward<S>(graph: RoutingGraph, analysis: ForwardAnalysis<S>): Array<S | undefined> {
  const state: Array<S | undefined> = new Array(graph.size);
  if (graph.entry < 0) return state;
  const rpo = graph.reversePostorder();
  const rank = new Int32Array(graph.size).fill(-1);
  rpo.forEach((n, i) => (rank[n] = i));
  state[graph.entry] = analysis.entry;
  // A bucket queue keyed by RPO rank: each node is processed after most of its predecessors.
  const queued = new Uint8Array(graph.size);
  const heap = new MinHeap();
  heap.push(rank[graph.entry]!);
  queued[graph.entry] = 1;
  while (heap.length > 0) {
    const n = rpo[heap.pop()]!;
    queued[n] = 0;
    const here = state[n]!;
    for (let edgeIndex = 0, edges = graph.out[n]!; edgeIndex < edges.length; edgeIndex++) {
      const edge = edges[edgeIndex]!;
      const leaving = analysis.transfer(edge, here);
      const old = state[edge.to];
      const merged = old === undefined ? leaving : analysis.meet(old, leaving);
      if (old !== undefined && analysis.equals(old, merged)) continue;
      state[edge.to] = merged;
      if (!queued[edge.to]) {
        queued[edge.to] = 1;
        heap.push(rank[edge.to]!);
      }
    }
  }
  return state;
}

class MinHeap {
  private readonly items: number[] = [];
  get length(): number {
    return this.items.length;
  }
  push(v: number): void {
    const a = this.items;
    a.push(v);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      const t = a[p]!;
      a[p] = a[i]!;
      a[i] = t;
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        const t = a[m]!;
        a[m] = a[i]!;
        a[i] = t;
        i = m;
      }
    }
    return top;
  }
}
