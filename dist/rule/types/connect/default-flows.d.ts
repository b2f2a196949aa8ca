/**
 * The flows every Amazon Connect instance is created with. A flow may transfer to one of them, or set it as
 * an event flow, by name or by the instance's ARN without the repository holding it: it is never missing.
 * Evidence: the administrator guide has one page for each ("Default flows in Amazon Connect"):
 * docs.aws.amazon.com/connect/latest/adminguide/default-<name>.html, e.g. default-customer-queue.html,
 * default-agent-whisper.html, default-customer-hold.html, default-queue-transfer.html.
 */
export declare const DEFAULT_FLOW_NAMES: ReadonlySet<string>;
export declare function isDefaultFlowName(name: string): boolean;
