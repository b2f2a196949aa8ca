import { fitMessage } from '../describe.js';
import { defineFunction } from '../function.js';

/** Two blocks that share an Identifier. */
export const uniqueIdentifiers = defineFunction<Record<string, never>>({
  name: 'uniqueIdentifiers',
  options: {},
  run: (_target, _options, { flow }) =>
    flow.actions
      .filter((a) => flow.byId.get(a.id) !== a)
      .map((a) => {
        const first = flow.byId.get(a.id)!;
        return {
          message: fitMessage((n) => `block ${a.index} (${n.text(a.type, 0.6)}) reuses the Identifier "${n.text(a.id, 1.2)}" of block ${first.index}, so routes to it are ambiguous and the import fails: give it a new one.`),
          path: [...a.path, 'Identifier'],
          blockId: a.id,
        };
      }),
});
