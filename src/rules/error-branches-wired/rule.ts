import { checkedAgainstExports, conditionalErrorApplies, hasEvidence, type ActionSpec } from '../../connect/actions.js';
import type { Action } from '../../core/model/flow.js';
import { defineRule } from '../api.js';

const EXPECTED = new WeakMap<ActionSpec, { plain: readonly string[]; strict: readonly string[] }>();

/**
 * The error types every block of a type must wire, without repeats; worked out once per type, not per block.
 * Only an entry checked against real exports demands a branch by default: one that rests on the reference
 * alone (which has listed errors exports never wire, and left out ones they always do) asks only under strict.
 */
function expectedErrors(spec: ActionSpec, strict: boolean): readonly string[] {
  let e = EXPECTED.get(spec);
  if (!e) {
    e = {
      plain: checkedAgainstExports(spec) ? [...new Set(spec.errors)] : [],
      strict: [...new Set([...spec.errors, ...(spec.optionalErrors ?? [])])],
    };
    EXPECTED.set(spec, e);
  }
  return strict ? e.strict : e.plain;
}

function hasErrorBranch(action: Action, errorType: string): boolean {
  for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
    const t = transitionList[ti]!;
    if (t.kind === 'error' && t.errorType === errorType) return true;
  }
  return false;
}

/** Error types a block's action type can raise that the block leaves without a transition. */
export default defineRule<{ strict?: boolean; ignoreTypes?: string[] }>({
  meta: {
    id: 'error-branches-wired',
    description: 'Every error a block can raise has a branch.',
    severity: 'error',
    functionName: 'errorBranchesWired',
    options: {
      type: 'object',
      properties: {
        strict: { type: 'boolean', description: 'also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)' },
        ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
      },
      additionalProperties: false,
    },
    messages: {
      unwired: '{{block}} has no {{errorType}} branch, so a contact that hits this error has nowhere to go: connect it to a block that handles it.',
    },
  },
  check({ graph, options, report }) {
    const reachable = graph.reachable();
    for (let actionIndex = 0, actions = graph.flow.actions; actionIndex < actions.length; actionIndex++) {
      const action = actions[actionIndex]!;
      // An unreachable block's branches cannot lose a contact; unreachable-block reports the block itself.
      if (graph.entry >= 0 && !reachable[action.index]) continue;
      if (options.ignoreTypes?.includes(action.type)) continue;
      // A block with no transition at all is flow-ends' finding; one defect, one finding.
      if (action.transitions.length === 0) continue;
      const spec = action.spec;
      // An entry that does not say how it knows raises nothing.
      if (!hasEvidence(spec)) continue;
      const always = expectedErrors(spec, options.strict === true);
      const strict = options.strict === true;
      const conditional = (strict || checkedAgainstExports(spec) ? spec.conditionalErrors : undefined)
        ?.filter((c) => (strict || c.strict !== true) && conditionalErrorApplies(c, action.parameters) && !always.includes(c.type))
        .map((c) => c.type);
      const expected = conditional && conditional.length > 0 ? [...always, ...new Set(conditional)] : always;
      for (let e = 0; e < expected.length; e++) {
        const errorType = expected[e]!;
        if (hasErrorBranch(action, errorType)) continue;
        report({ messageId: 'unwired', data: (n) => ({ block: n.ref(action), errorType: n.text(errorType) }), block: action, facts: { errorType } });
      }
    }
  },
});
