import { blockRef, closest, IDENTIFIER_TYPO_EDITS } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

/** Transitions whose NextAction names no block of the flow. */
export default defineRule({
  meta: {
    id: 'transition-target-exists',
    description: 'Every transition goes to a block of the flow.',
    severity: 'error',
    functionName: 'transitionTargetExists',
    messages: {
      missingNear: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: did you mean "{{near}}"?',
      missing: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: point it at an existing block Identifier.',
    },
  },
  check({ flow, report }) {
    let ids: string[] | undefined;
    for (let actionIndex = 0, actions = flow.actions; actionIndex < actions.length; actionIndex++) {
      const action = actions[actionIndex]!;
      for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
        const t = transitionList[ti]!;
        if (t.to >= 0) continue;
        // The Identifiers are listed once per flow, and only when some target is missing.
        ids ??= [...flow.byId.keys()];
        const near = closest(t.target, ids, IDENTIFIER_TYPO_EDITS);
        const branch = t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${t.label} branch` : `its condition "${t.label}"`;
        const data = { block: blockRef(action), branch, target: t.target };
        report({
          ...(near ? { messageId: 'missingNear', data: { ...data, near } } : { messageId: 'missing', data }),
          block: action,
          path: t.path,
          facts: { target: t.target },
        });
      }
    }
  },
});
