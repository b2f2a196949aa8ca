import { closest, fitMessage, IDENTIFIER_TYPO_EDITS } from '../describe.js';
import { defineFunction } from '../function.js';

/** The flow's StartAction is missing or names no block. */
export const startActionExists = defineFunction<Record<string, never>>({
  name: 'startActionExists',
  options: {},
  run: (_target, _options, { flow }) => {
    if (flow.startAction === undefined) {
      if (flow.structureProblems.some((p) => p.path[0] === 'StartAction')) return [];
      return [{ message: 'the flow has no "StartAction": set it to the Identifier of the first block.', path: [] }];
    }
    if (flow.byId.has(flow.startAction)) return [];
    const near = closest(flow.startAction, flow.byId.keys(), IDENTIFIER_TYPO_EDITS);
    return [
      {
        message: fitMessage(
          (n) =>
            `"StartAction" names "${n.text(flow.startAction!, 1.2)}", which is not a block of this flow, so no call can enter it` +
            (near ? `: did you mean "${n.text(near, 1.2)}"?` : ': set it to the Identifier of the first block.'),
        ),
        path: ['StartAction'],
      },
    ];
  },
});
