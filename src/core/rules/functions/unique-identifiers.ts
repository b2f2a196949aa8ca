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
          message: `block ${a.index} (${a.type}) reuses the Identifier "${a.id}" of block ${first.index} (${first.type}): routes to it are ambiguous and Amazon Connect rejects the flow. Give it a new unique Identifier.`,
          path: [...a.path, 'Identifier'],
          blockId: a.id,
        };
      }),
});
