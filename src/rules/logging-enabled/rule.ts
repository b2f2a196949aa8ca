import { LOGGING_ENABLE } from '../../connect/actions.js';
import { MODULE_FLOW_TYPE } from '../../connect/flow-types.js';
import { isModule } from '../../core/analysis/path-facts.js';
import type { Action } from '../../core/model/flow.js';
import { defineRule } from '../api.js';

function enablesLogging(a: Action): boolean {
  const v = Object.hasOwn(a.parameters, LOGGING_ENABLE.parameter) ? a.parameters[LOGGING_ENABLE.parameter] : undefined;
  return a.type === LOGGING_ENABLE.type && typeof v === 'string' && v.toLowerCase() === LOGGING_ENABLE.value.toLowerCase();
}

/** The first block that does real work is reached before flow logging is turned on. */
export default defineRule<{ ignoreModules?: boolean; flowTypes?: string[] }>({
  meta: {
    id: 'logging-enabled',
    description: 'Flow logging is on before the first block that does real work.',
    severity: 'info',
    functionName: 'loggingEnabled',
    options: {
      type: 'object',
      properties: {
        ignoreModules: { type: 'boolean', description: 'do not check flow modules (default true: they run with the logging of the flow that invoked them)' },
        flowTypes: {
          type: 'array',
          items: { type: 'string' },
          description: 'flow types to check when the type is known (default ["CONTACT_FLOW"]: queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set)',
        },
      },
      additionalProperties: false,
    },
    messages: {
      beforeLogging:
        '{{block}} runs before flow logging is enabled, so a misrouted call leaves no log: start the flow with a "Set logging behavior" block (Enabled).',
    },
  },
  check({ graph, flow, options, entry: enteredFrom, report }) {
    // A flow other flows of the repository transfer to runs with the logging its callers set.
    if (graph.entry < 0 || enteredFrom !== undefined) return;
    if (options.ignoreModules !== false && isModule(flow.flowType, flow.doc.value, flow.actions)) return;
    if (flow.flowType !== undefined && flow.flowType !== MODULE_FLOW_TYPE && !(options.flowTypes ?? ['CONTACT_FLOW']).includes(flow.flowType)) return;
    // Search through set-up blocks only; logging-enabling blocks end the search on their path.
    // Set-up blocks and blocks that only end the contact do no work worth a log.
    const setup = (a: Action): boolean => {
      const spec = a.spec;
      return (spec?.setup === true || spec?.terminal === true) && !enablesLogging(a);
    };
    const entry = flow.actions[graph.entry]!;
    if (enablesLogging(entry)) return;
    let first: Action | undefined = setup(entry) ? undefined : entry;
    if (!first) {
      // Breadth-first through set-up blocks: the block reported is the one nearest the start.
      const seen = new Uint8Array(graph.size);
      const queue = [graph.entry];
      seen[graph.entry] = 1;
      for (let head = 0; head < queue.length && !first; head++) {
        for (let ei = 0, edgeList = graph.out[queue[head]!]!; ei < edgeList.length; ei++) {
          const e = edgeList[ei]!;
          if (seen[e.to]) continue;
          seen[e.to] = 1;
          const next = flow.actions[e.to]!;
          if (enablesLogging(next)) continue;
          if (!setup(next)) {
            first = next;
            break;
          }
          queue.push(e.to);
        }
      }
    }
    if (!first) return;
    report({ messageId: 'beforeLogging', data: (n) => ({ block: n.ref(first) }), block: first });
  },
});
