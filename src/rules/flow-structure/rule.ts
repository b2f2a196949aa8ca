import { defineRule } from '../api.js';

/**
 * Fields of the export whose type the flow language does not accept. The model finds them while it reads the
 * flow (src/core/model/flow.ts: it must read around them anyway, and start-action-exists looks at them too), so
 * the messages are written there; this rule reports them.
 */
export default defineRule({
  meta: {
    id: 'flow-structure',
    description: 'Every field of the export has the type the flow language expects.',
    severity: 'error',
    functionName: 'flowStructure',
    messages: {},
  },
  check({ flow, report }) {
    for (const p of flow.structureProblems) {
      // A problem names its block by Identifier (a block without one has none: the engine places it by path).
      const block = p.blockId === undefined ? undefined : flow.byId.get(p.blockId);
      report({ message: p.message, path: p.path, ...(block ? { block } : {}) });
    }
  },
});
