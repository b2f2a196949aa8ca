/**
 * "Transfer to queue" (TransferContactToQueue) reached on a path where no working queue was set. Only where
 * the flow's start is known to have no queue: an inbound flow (type CONTACT_FLOW, known from its export and
 * not contradicted by the designer's metadata) that no flow of the repository calls and that sets a working
 * queue itself on some path, i.e. one entered from a phone number that owns its queue. Flows other flows call (a
 * caller may have set the queue), modules, queue, whisper and transfer flows, and flows of unknown type are
 * left alone.
 */
declare const _default: import("../api.js").Rule<{
    flowTypes?: string[];
}>;
export default _default;
