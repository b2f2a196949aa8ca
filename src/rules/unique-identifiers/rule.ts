import { defineRule } from '../api.js';

/** Two blocks that share an Identifier. */
export default defineRule({
  meta: {
    id: 'unique-identifiers',
    description: 'No two blocks share an Identifier.',
    severity: 'error',
    functionName: 'uniqueIdentifiers',
    messages: {
      reused:
        'block {{index}} ({{type}}) reuses the Identifier "{{id}}" of block {{firstIndex}}, so routes to it are ambiguous and the import fails: give it a new one.',
    },
  },
  check({ flow, report }) {
    for (const a of flow.actions) {
      // flow.byId keeps the first block of each Identifier: every later one is a duplicate.
      const first = flow.byId.get(a.id)!;
      if (first === a) continue;
      report({ messageId: 'reused', data: (n) => ({ index: a.index, type: n.text(a.type, 0.6), id: n.text(a.id, 1.2), firstIndex: first.index }), block: a });
    }
  },
});
