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
        'block {{index}} ({{type}}) reuses the Identifier "{{id}}" of block {{firstIndex}} ({{firstType}}): routes to it are ambiguous and Amazon Connect rejects the flow. Give it a new unique Identifier.',
    },
  },
  check({ flow, report }) {
    for (const a of flow.actions) {
      // flow.byId keeps the first block of each Identifier: every later one is a duplicate.
      const first = flow.byId.get(a.id)!;
      if (first === a) continue;
      report({ messageId: 'reused', data: { index: a.index, type: a.type, id: a.id, firstIndex: first.index, firstType: first.type }, block: a });
    }
  },
});
