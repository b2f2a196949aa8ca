import { defineRule } from '../api.js';

/** Blocks no path from StartAction reaches. */
export default defineRule({
  meta: {
    id: 'unreachable-block',
    description: 'Every block can be reached from the start.',
    severity: 'warn',
    functionName: 'unreachableBlock',
    messages: {
      unreachable: '{{block}} is unreachable, as no path from the start leads to it: connect it from a branch, or delete it.',
    },
  },
  check({ graph, flow, report }) {
    // Without an entry everything would be "unreachable"; start-action-exists reports the cause instead.
    if (graph.entry < 0) return;
    const reachable = graph.reachable();
    for (const a of flow.actions) {
      if (!reachable[a.index] && flow.byId.get(a.id) === a) report({ messageId: 'unreachable', data: (n) => ({ block: n.ref(a) }), block: a });
    }
  },
});
