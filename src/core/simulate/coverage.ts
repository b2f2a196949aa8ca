/**
 * Branch coverage: which branches of the routing graph (block × NextAction / condition / error type) the
 * scenarios took. The success NextAction of a block whose success leaves the flow (TransferContactToQueue,
 * TransferToFlow) is not a branch: exports fill it with one of the error targets or leave it empty, and no
 * contact ever takes it.
 */
import type { Flow, Transition } from '../model/flow.js';

export interface Branch {
  readonly blockId: string;
  readonly type: string;
  /** `next`, the condition (`Equals 1`), or the error type. */
  readonly branch: string;
  readonly transition: Transition;
}

export interface FlowCoverage {
  readonly covered: number;
  readonly total: number;
  readonly uncovered: readonly Branch[];
}

/** Every branch of a flow that a contact can take. */
export function branchesOf(flow: Flow): Branch[] {
  const out: Branch[] = [];
  for (const a of flow.actions) {
    for (const t of a.transitions) {
      if (t.kind === 'next' && a.spec?.endsOnSuccess) continue;
      out.push({ blockId: a.id, type: a.type, branch: t.label, transition: t });
    }
  }
  return out;
}

export function coverageOf(flow: Flow, taken: ReadonlySet<Transition>): FlowCoverage {
  const all = branchesOf(flow);
  const uncovered = all.filter((b) => !taken.has(b.transition));
  return { covered: all.length - uncovered.length, total: all.length, uncovered };
}
