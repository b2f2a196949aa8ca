import { isInboundFlow, mayQueue, pathsAvoiding } from '../../core/analysis/path-facts.js';
import { pathIds, shortId } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

/**
 * "Transfer to queue" (TransferContactToQueue) reached on a path where no working queue was set. Only where
 * the flow's start is known to have no queue: an inbound flow (type CONTACT_FLOW, known from its export and
 * not contradicted by the designer's metadata) that no flow of the repository calls and that sets a working
 * queue itself on some path, i.e. one entered from a phone number that owns its queue. Flows other flows call (a
 * caller may have set the queue), modules, queue, whisper and transfer flows, and flows of unknown type are
 * left alone.
 */
export default defineRule<{ flowTypes?: string[] }>({
  meta: {
    id: 'queue-set-before-transfer',
    description: 'An inbound flow sets a working queue before every Transfer to queue.',
    severity: 'warn',
    functionName: 'queueSetBeforeTransfer',
    options: {
      type: 'object',
      properties: {
        flowTypes: { type: 'array', items: { type: 'string' }, description: 'flow types entered without a working queue (default ["CONTACT_FLOW"])' },
      },
      additionalProperties: false,
    },
    messages: {
      // {{from}}: "the start", or the caller that enters the flow with no queue.
      noQueue: '{{block}} transfers to the working queue, but a path from {{from}} sets none, so the transfer fails: add a "Set working queue" block on that path.',
    },
  },
  check({ graph, flow, entry, options, report }) {
    let caller: { flow: string; blockId: string } | undefined;
    if (entry === undefined) {
      // Nobody in the repository calls it: an inbound flow is entered from a phone number, without a queue.
      if (!isInboundFlow(flow, options.flowTypes)) return;
      // A flow that never sets a working queue yet transfers to one is written to be entered with a queue (a
      // transfer target: "intended to be called from other contact flows"). Only a flow that sets the queue
      // itself, on some paths, is known to own it: then a path that skips it is the defect.
      if (!graph.flow.actions.some((a) => a.type === 'UpdateContactTargetQueue')) return;
    } else {
      // Callers in the repository are known: only when every one is entered from a phone number and reaches
      // its transfer here on a path that sets no queue is this flow's start known to have none.
      if (entry.callers.length === 0 || !entry.callers.every((c) => c.queueUnset === true)) return;
      const c = entry.callers[0]!;
      caller = { flow: c.flow, blockId: c.blockId };
    }
    const reachable = graph.reachable();
    const transfers = graph.flow.actions.filter((a) => a.type === 'TransferContactToQueue' && reachable[a.index]);
    if (transfers.length === 0) return;
    const paths = pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e));
    if (!paths) return;
    for (const a of transfers) {
      if (!paths.reached(a.index)) continue;
      const path = paths.ends(a.index);
      report({
        // The path goes to the evidence (a line of its own under the message), not into the sentence.
        messageId: 'noQueue',
        data: (n) => ({ block: n.ref(a), from: caller === undefined ? 'the start' : `its caller ${n.text(caller.flow, 0.6)} (${shortId(caller.blockId)})` }),
        block: a,
        evidence: pathIds(graph, path),
      });
    }
  },
});
