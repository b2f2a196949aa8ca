import { closest, IDENTIFIER_TYPO_EDITS } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

/** The flow's StartAction is missing or names no block. */
export default defineRule({
  meta: {
    id: 'start-action-exists',
    description: 'StartAction names a block of the flow.',
    severity: 'error',
    functionName: 'startActionExists',
    messages: {
      missing: 'the flow has no "StartAction": set it to the Identifier of the first block.',
      unknownNear: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: did you mean "{{near}}"?',
      unknown: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: set it to the Identifier of the first block.',
    },
  },
  check({ flow, report }) {
    if (flow.startAction === undefined) {
      // A StartAction that is there but not a string is flow-structure's finding.
      if (flow.structureProblems.some((p) => p.path[0] === 'StartAction')) return;
      report({ messageId: 'missing', path: [] });
      return;
    }
    if (flow.byId.has(flow.startAction)) return;
    const near = closest(flow.startAction, flow.byId.keys(), IDENTIFIER_TYPO_EDITS);
    const start = flow.startAction;
    report(
      near
        ? { messageId: 'unknownNear', data: (n) => ({ start: n.text(start, 1.2), near: n.text(near, 1.2) }), path: ['StartAction'] }
        : { messageId: 'unknown', data: (n) => ({ start: n.text(start, 1.2) }), path: ['StartAction'] },
    );
  },
});
