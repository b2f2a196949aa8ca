import { actionSpec, conditionalErrorApplies } from '../../../connect/actions.js';
import { blockRef } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

/** Error types a block's action type can raise that the block leaves without a transition. */
export const errorBranchesWired = defineFunction<{ strict?: boolean; ignoreTypes?: string[] }>({
  name: 'errorBranchesWired',
  options: {
    strict: { type: 'boolean', description: 'also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)' },
    ignoreTypes: { type: 'string[]', description: 'action types not to check' },
  },
  run: (_target, options, { graph }) => {
    const results: RuleResult[] = [];
    const reachable = graph.reachable();
    for (const action of graph.flow.actions) {
      // An unreachable block's branches cannot lose a contact; unreachable-block reports the block itself.
      if (graph.entry >= 0 && !reachable[action.index]) continue;
      if (options.ignoreTypes?.includes(action.type)) continue;
      // A block with no transition at all is flow-ends' finding; one defect, one finding.
      if (action.transitions.length === 0) continue;
      const spec = actionSpec(action.type);
      if (!spec) continue;
      const expected = [
        ...spec.errors,
        ...(options.strict ? spec.optionalErrors ?? [] : []),
        ...(spec.conditionalErrors ?? []).filter((c) => conditionalErrorApplies(c, action.parameters)).map((c) => c.type),
      ];
      const wired = new Set(action.transitions.filter((t) => t.kind === 'error').map((t) => t.errorType));
      for (const errorType of new Set(expected)) {
        if (wired.has(errorType)) continue;
        results.push({
          message:
            `${blockRef(action)} has no branch for ${errorType}: when ${action.type} raises it the contact has nowhere to go. ` +
            `Connect the block's "${errorType}" branch to a block that handles it (a message and a queue, or a retry).`,
          path: [...action.path, 'Identifier'],
          blockId: action.id,
          values: { errorType },
        });
      }
    }
    return results;
  },
});
