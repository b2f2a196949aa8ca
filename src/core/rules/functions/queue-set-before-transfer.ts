import { pathsAvoiding } from '../../analysis/path-facts.js';
import type { Edge, RoutingGraph } from '../../graph/routing-graph.js';
import { blockRef, describePath, pathIds } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';
import { resolveFlowType } from '../../../connect/flow-types.js';
import { isModule } from './logging-enabled.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Edges after which a working queue may be set: leaving "Set working queue" (UpdateContactTargetQueue) by
 * any route, and, to stay silent when unsure, leaving a module (it may set one) or a block the action table
 * does not know. Its error branch counts too: it fails only when the queue it names is wrong, and a transfer
 * wired to that branch is a report about a misconfiguration this rule cannot see, not a missing block.
 */
function mayQueue(graph: RoutingGraph, e: Edge): boolean {
  const from = graph.flow.actions[e.from]!;
  return from.type === 'UpdateContactTargetQueue' || from.type === 'InvokeFlowModule' || from.spec === undefined;
}

/**
 * "Transfer to queue" (TransferContactToQueue) reached on a path where no working queue was set. Only where
 * the flow's start is known to have no queue: an inbound flow (type CONTACT_FLOW, known from its export and
 * not contradicted by the designer's metadata) that no flow of the repository calls and that sets a working
 * queue itself on some path, i.e. one entered from a phone number that owns its queue. Flows other flows call (a
 * caller may have set the queue), modules, queue, whisper and transfer flows, and flows of unknown type are
 * left alone.
 */
export const queueSetBeforeTransfer = defineFunction<{ flowTypes?: string[] }>({
  name: 'queueSetBeforeTransfer',
  options: {
    flowTypes: { type: 'string[]', description: 'flow types entered without a working queue (default ["CONTACT_FLOW"])' },
  },
  run: (_target, options, { graph, flow, entry }) => {
    if (entry !== undefined) return [];
    if (flow.flowType === undefined || !(options.flowTypes ?? ['CONTACT_FLOW']).includes(flow.flowType)) return [];
    if (isModule(flow.flowType, flow.doc.value, flow.actions)) return [];
    // The wrapper's type is what a deploy script wrote; when the designer's own Metadata.type says otherwise
    // (a quick-connect flow saved as CONTACT_FLOW, its metadata "queueTransfer"), the queue may be set already.
    const metadata = isObject(flow.doc.value) && Object.hasOwn(flow.doc.value, 'Metadata') ? flow.doc.value['Metadata'] : undefined;
    const designerType = isObject(metadata) && Object.hasOwn(metadata, 'type') ? metadata['type'] : undefined;
    if (designerType !== undefined && resolveFlowType(undefined, designerType) !== flow.flowType) return [];
    // A flow that never sets a working queue yet transfers to one is written to be entered with a queue (a
    // transfer target: "intended to be called from other contact flows"). Only a flow that sets the queue
    // itself, on some paths, is known to own it: then a path that skips it is the defect.
    if (!graph.flow.actions.some((a) => a.type === 'UpdateContactTargetQueue')) return [];
    const reachable = graph.reachable();
    const transfers = graph.flow.actions.filter((a) => a.type === 'TransferContactToQueue' && reachable[a.index]);
    if (transfers.length === 0) return [];
    const paths = pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e));
    if (!paths) return [];
    const results: RuleResult[] = [];
    for (const a of transfers) {
      if (!paths.reached(a.index)) continue;
      const path = paths.ends(a.index);
      const why = `the path ${describePath(graph, path)} reaches it without a "Set working queue" block (UpdateContactTargetQueue)`;
      results.push({
        message:
          `${blockRef(a)} transfers the contact to the working queue, but ${why}; an inbound flow entered from a phone number starts without one, ` +
          `so the transfer fails and takes its error branch. Add a "Set working queue" block on that path.`,
        path: [...a.path, 'Identifier'],
        blockId: a.id,
        evidence: pathIds(graph, path),
      });
    }
    return results;
  },
});
