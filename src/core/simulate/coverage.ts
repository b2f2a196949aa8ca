/**
 * Branch coverage: which branches of the routing graph (block × NextAction / condition / error type) the
 * scenarios took. A NextAction no contact can take is not a branch: that of a block whose success leaves the
 * flow (TransferContactToQueue, TransferToFlow: exports fill it with an error target or leave it empty), and
 * that of a block that always leaves by a condition or an error (Compare, a menu, hours, Loop...).
 */
import type { Action, Flow, Transition } from '../model/flow.js';
import { truthy } from './values.js';

/** Blocks that always leave by a condition or an error: their NextAction (the designer's "Default") is never taken alone. */
const CONDITION_ROUTED = new Set(['Compare', 'CheckHoursOfOperation', 'CheckMetricData', 'DistributeByPercentage', 'Loop', 'Wait', 'ConnectParticipantWithLexBot']);

/** Whether a contact can leave the block by its NextAction (the success branch). */
export function nextIsBranch(a: Action): boolean {
  if (a.spec?.endsOnSuccess) return false;
  if (CONDITION_ROUTED.has(a.type)) return false;
  if (a.type === 'GetParticipantInput') return truthy(a.parameters['StoreInput']);
  return true;
}

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
      if (t.kind === 'next' && !nextIsBranch(a)) continue;
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
