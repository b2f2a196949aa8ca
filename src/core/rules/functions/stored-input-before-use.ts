import { blocksReading, flag, isModule, pathsAvoiding } from '../../analysis/path-facts.js';
import type { Edge, RoutingGraph } from '../../graph/routing-graph.js';
import { fitMessage, pathIds } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

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
export const storedInputBeforeUse = defineFunction<{ storedAtEntry?: boolean }>({
  name: 'storedInputBeforeUse',
  options: {
    storedAtEntry: {
      type: 'boolean',
      description: 'the flow is entered with customer input already stored (a flow transferred to after a Store customer input block); never true for a module',
    },
  },
  run: (_target, options, { graph, flow, entry }) => {
    const readers = blocksReading(graph, (text) => text.includes('StoredCustomerInput') && READ.test(text));
    if (readers.length === 0) return [];
    // What the flow starts with. A module never sees its caller's stored input (modules do not share the
    // invoking flow's local data); callers that transfer to this flow are not followed, so a flow entered
    // by a TransferToFlow is given the benefit of the doubt.
    const module = isModule(flow.flowType, flow.doc.value, flow.actions) || (entry !== undefined && entry.callers.length > 0 && entry.callers.every((c) => c.module));
    const transferred = entry !== undefined && entry.callers.some((c) => !c.module);
    if (!module && (transferred || options.storedAtEntry === true)) return [];
    const paths = pathsAvoiding(graph, 'storedInput', (e) => storesInput(graph, e));
    if (!paths) return [];
    const stores = graph.flow.actions.some((a) => a.type === 'GetParticipantInput' && flag(a, 'StoreInput'));
    const results: RuleResult[] = [];
    for (const a of readers) {
      if (!paths.reached(a.index)) continue;
      const path = paths.ends(a.index);
      // The path goes to the evidence (a line of its own under the message), not into the sentence.
      const message = fitMessage((n) =>
        stores
          ? `$.StoredCustomerInput read by ${n.ref(a)} is empty on a path with no "Store customer input" block: add one on that path, or read a contact attribute the flow saved.`
          : module
            ? `$.StoredCustomerInput read by ${n.ref(a)} is empty, as a module does not see its caller's stored input: store it in the module, or pass it in as an input.`
            : `$.StoredCustomerInput read by ${n.ref(a)} is empty, as no block stores customer input: add a "Store customer input" block before it, or read a contact attribute.`,
      );
      results.push({
        message,
        path: [...a.path, 'Identifier'],
        blockId: a.id,
        evidence: pathIds(graph, path),
      });
    }
    return results;
  },
});
