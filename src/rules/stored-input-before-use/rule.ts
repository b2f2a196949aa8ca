import { blocksReading, flag, isModule, pathsAvoiding } from '../../core/analysis/path-facts.js';
import type { Edge, RoutingGraph } from '../../core/graph/routing-graph.js';
import { pathIds } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

/** `$.StoredCustomerInput` or `$['StoredCustomerInput']`, as a whole name. */
const READ = /\$(?:\.StoredCustomerInput(?![A-Za-z0-9_])|\[\s*(['"])StoredCustomerInput\1\s*\])/;

/**
 * The edges after which the stored customer input is set: leaving a "Store customer input" block
 * (GetParticipantInput with StoreInput True) by its default route or a condition. Its error branches
 * (no DTMF on this channel, an invalid phone number) store nothing; a timeout takes the default route with
 * the value "Timeout", which is stored.
 */
function storesInput(graph: RoutingGraph, e: Edge): boolean {
  const from = graph.flow.actions[e.from]!;
  return e.kind !== 'error' && from.type === 'GetParticipantInput' && flag(from, 'StoreInput');
}

/** Reads of $.StoredCustomerInput on a path where no block stored customer input before them. */
export default defineRule<{ storedAtEntry?: boolean }>({
  meta: {
    id: 'stored-input-before-use',
    description: '$.StoredCustomerInput is read only after a Store customer input block on every path.',
    severity: 'warn',
    functionName: 'storedInputBeforeUse',
    options: {
      type: 'object',
      properties: {
        storedAtEntry: {
          type: 'boolean',
          description: 'the flow is entered with customer input already stored (a flow transferred to after a Store customer input block); never true for a module',
        },
      },
      additionalProperties: false,
    },
    messages: {
      // The flow stores input on other paths.
      pathWithoutStore: '$.StoredCustomerInput read by {{block}} is empty on a path with no "Store customer input" block: add one on that path, or read a contact attribute the flow saved.',
      module: "$.StoredCustomerInput read by {{block}} is empty, as a module does not see its caller's stored input: store it in the module, or pass it in as an input.",
      noStore: '$.StoredCustomerInput read by {{block}} is empty, as no block stores customer input: add a "Store customer input" block before it, or read a contact attribute.',
    },
  },
  check({ graph, flow, entry, options, report }) {
    const readers = blocksReading(graph, (text) => text.includes('StoredCustomerInput') && READ.test(text));
    if (readers.length === 0) return;
    // What the flow starts with. A module never sees its caller's stored input (modules do not share the
    // invoking flow's local data); callers that transfer to this flow are not followed, so a flow entered
    // by a TransferToFlow is given the benefit of the doubt.
    const module = isModule(flow.flowType, flow.doc.value, flow.actions) || (entry !== undefined && entry.callers.length > 0 && entry.callers.every((c) => c.module));
    const transferred = entry !== undefined && entry.callers.some((c) => !c.module);
    if (!module && (transferred || options.storedAtEntry === true)) return;
    const paths = pathsAvoiding(graph, 'storedInput', (e) => storesInput(graph, e));
    if (!paths) return;
    const stores = graph.flow.actions.some((a) => a.type === 'GetParticipantInput' && flag(a, 'StoreInput'));
    for (const a of readers) {
      if (!paths.reached(a.index)) continue;
      const path = paths.ends(a.index);
      // The path goes to the evidence (a line of its own under the message), not into the sentence.
      report({
        messageId: stores ? 'pathWithoutStore' : module ? 'module' : 'noStore',
        data: (n) => ({ block: n.ref(a) }),
        block: a,
        evidence: pathIds(graph, path),
      });
    }
  },
});
