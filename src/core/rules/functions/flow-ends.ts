import { actionSpec } from '../../../connect/actions.js';
import { blockRef } from '../describe.js';
import { defineFunction } from '../function.js';

/** Non-terminal blocks with no transition at all: the contact stops there. */
export const flowEnds = defineFunction<Record<string, never>>({
  name: 'flowEnds',
  options: {},
  run: (_target, _options, { flow }) =>
    flow.actions
      .filter((a) => {
        if (a.transitions.length > 0 || a.type === '') return false;
        const spec = actionSpec(a.type);
        return !(spec?.terminal || spec?.mayHaveNoNext);
      })
      .map((a) => ({
        message: `${blockRef(a)} has no transition: a contact that reaches it goes nowhere. Set its NextAction (and its error branches), or end the path with a Disconnect block.`,
        path: [...a.path, 'Identifier'],
        blockId: a.id,
      })),
});
