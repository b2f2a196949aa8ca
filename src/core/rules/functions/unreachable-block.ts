import { fitMessage } from '../describe.js';
import { defineFunction } from '../function.js';

/** Blocks no path from StartAction reaches. */
export const unreachableBlock = defineFunction<Record<string, never>>({
  name: 'unreachableBlock',
  options: {},
  run: (_target, _options, { graph, flow }) => {
    // Without an entry everything would be "unreachable"; start-action-exists reports the cause instead.
    if (graph.entry < 0) return [];
    const reachable = graph.reachable();
    return flow.actions
      .filter((a) => !reachable[a.index] && flow.byId.get(a.id) === a)
      .map((a) => ({
        message: fitMessage((n) => `${n.ref(a)} is unreachable, as no path from the start leads to it: connect it from a branch, or delete it.`),
        path: [...a.path, 'Identifier'],
        blockId: a.id,
      }));
  },
});
