import { closest, fitMessage, IDENTIFIER_TYPO_EDITS } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

/** Transitions whose NextAction names no block of the flow. */
export const transitionTargetExists = defineFunction<Record<string, never>>({
  name: 'transitionTargetExists',
  options: {},
  run: (_target, _options, { flow }) => {
    const results: RuleResult[] = [];
    let ids: string[] | undefined;
    for (let actionIndex = 0, actions = flow.actions; actionIndex < actions.length; actionIndex++) {
      const action = actions[actionIndex]!;
      for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
        const t = transitionList[ti]!;
        if (t.to >= 0) continue;
        // The Identifiers are listed once per flow, and only when some target is missing.
        ids ??= [...flow.byId.keys()];
        const near = closest(t.target, ids, IDENTIFIER_TYPO_EDITS);
        results.push({
          // The target is quoted whole where it fits: a near miss of an Identifier is told by a character or two.
          message: fitMessage((n) => {
            const branch = t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${n.text(t.label, 0.6)} branch` : `its condition "${n.text(t.label, 0.6)}"`;
            return `${n.ref(action)} sends ${branch} to "${n.text(t.target, 1.2)}", which is not a block of this flow` + (near ? `: did you mean "${n.text(near, 1.2)}"?` : ': point it at an existing block Identifier.');
          }),
          path: t.path,
          blockId: action.id,
          values: { target: t.target },
        });
      }
    }
    return results;
  },
});
