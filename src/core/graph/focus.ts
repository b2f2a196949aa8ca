/**
 * Which blocks a diagram of a large flow keeps, and how it folds the rest (issue 15): a drawing of every
 * block of a 100-block flow shrinks to a strip with no legible text at the width of a job summary, so a large
 * flow is shown around what matters — the blocks a change touched and the blocks with findings, each with its
 * neighbours — and every run of blocks left out becomes one "… N blocks" node where it sits. Pure: block
 * indexes in, block indexes out.
 */

export interface FocusOptions {
  /** Blocks that matter, most important first (changed blocks, the worst findings). May repeat. */
  readonly focus: readonly number[];
  /** The entry block, or -1: kept, so the reader sees where the flow starts. */
  readonly entry: number;
  /** Most nodes in the picture: kept blocks plus fold nodes. */
  readonly maxNodes: number;
  /** Most neighbours kept around each focus block (a shared "goodbye" block has dozens). */
  readonly maxNeighbours: number;
}

export interface FocusView {
  /** Blocks drawn as themselves, in block order. */
  readonly kept: readonly number[];
  /** Blocks left out, each fold a connected run of them (in block order), drawn as one node. */
  readonly folds: readonly (readonly number[])[];
  /** For each block: the index of its fold, or -1 when it is kept. */
  readonly foldOf: Int32Array;
  /** Focus blocks that did not fit (the findings table still lists them). */
  readonly focusLeftOut: number;
}

/**
 * The view of a flow of `size` blocks whose routes are `edges` (from → to, block indexes). Keeps the entry,
 * then each focus block with up to maxNeighbours neighbours (successors first), while kept blocks plus folds
 * fit maxNodes; with no focus, the blocks nearest the entry. The blocks left out are grouped into connected
 * runs (routes between left-out blocks, either way), so a straight chain becomes one node and a whole
 * untouched sub-menu another. Runs touching no kept block are one fold together.
 */
export function focusView(size: number, edges: ReadonlyArray<{ readonly from: number; readonly to: number }>, options: FocusOptions): FocusView {
  const succ: number[][] = Array.from({ length: size }, () => []);
  const pred: number[][] = Array.from({ length: size }, () => []);
  for (const e of edges) {
    if (e.from === e.to) continue;
    succ[e.from]!.push(e.to);
    pred[e.to]!.push(e.from);
  }
  const maxNodes = Math.max(1, Math.floor(options.maxNodes));

  // Candidates in the order they are kept: entry, then each focus block followed by its neighbours.
  const order: number[] = [];
  const listed = new Uint8Array(size);
  const push = (b: number): void => {
    if (b >= 0 && b < size && !listed[b]) {
      listed[b] = 1;
      order.push(b);
    }
  };
  push(options.entry);
  const focus = options.focus.filter((b) => b >= 0 && b < size);
  for (const f of focus) push(f);
  const firstNeighbour = order.length;
  for (const f of focus) {
    let n = 0;
    for (const b of [...succ[f]!, ...pred[f]!]) {
      if (n >= options.maxNeighbours) break;
      if (!listed[b]) n++;
      push(b);
    }
  }
  if (focus.length === 0) {
    // Nothing singled out: the start of the flow, breadth first.
    for (let head = 0; head < order.length && order.length < maxNodes; head++) for (const b of succ[order[head]!]!) push(b);
  }

  // Keep as many candidates as fit with the folds they leave: focus blocks first (one pass each), then
  // neighbours; folds are counted for real, so shrink until the picture fits.
  let take = Math.min(order.length, maxNodes);
  for (;;) {
    const view = build(size, succ, pred, order.slice(0, take));
    if (view.kept.length + view.folds.length <= maxNodes || take <= 1) {
      const keptSet = new Uint8Array(size);
      for (const b of view.kept) keptSet[b] = 1;
      const focusLeftOut = new Set(focus.filter((b) => !keptSet[b])).size;
      return { ...view, focusLeftOut };
    }
    // Drop neighbours before focus blocks, but never below the focus blocks that fit on their own.
    take = take > firstNeighbour ? take - 1 : Math.max(1, take - 1);
  }
}

function build(size: number, succ: readonly number[][], pred: readonly number[][], kept: readonly number[]): Omit<FocusView, 'focusLeftOut'> {
  const foldOf = new Int32Array(size).fill(-2); // -2 = not yet placed
  for (const b of kept) foldOf[b] = -1;
  const folds: number[][] = [];
  const loose: number[] = []; // runs that touch no kept block: one fold together
  for (let s = 0; s < size; s++) {
    if (foldOf[s] !== -2) continue;
    const run: number[] = [];
    let touches = false;
    const stack = [s];
    foldOf[s] = -3;
    while (stack.length > 0) {
      const b = stack.pop()!;
      run.push(b);
      for (const list of [succ[b]!, pred[b]!]) {
        for (const o of list) {
          if (foldOf[o] === -1) touches = true;
          else if (foldOf[o] === -2) {
            foldOf[o] = -3;
            stack.push(o);
          }
        }
      }
    }
    if (touches) folds.push(run);
    else loose.push(...run);
  }
  if (loose.length > 0) folds.push(loose);
  for (const run of folds) run.sort((a, b) => a - b);
  folds.sort((a, b) => a[0]! - b[0]!);
  folds.forEach((run, i) => {
    for (const b of run) foldOf[b] = i;
  });
  return { kept: [...kept].sort((a, b) => a - b), folds, foldOf };
}
