import { closest, IDENTIFIER_TYPO_EDITS } from '../../core/rules/describe.js';
import { defineRule, type Names } from '../api.js';

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
        // The target is quoted whole where it fits: a near miss of an Identifier is told by a character or two.
        const data = (n: Names) => ({
          block: n.ref(action),
          branch: t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${n.text(t.label, 0.6)} branch` : `its condition "${n.text(t.label, 0.6)}"`,
          target: n.text(t.target, 1.2),
          ...(near ? { near: n.text(near, 1.2) } : {}),
        });
        report({
          messageId: near ? 'missingNear' : 'missing',
          data,
          block: action,
          path: t.path,
          facts: { target: t.target },
        });
      }
    }
  },
});
