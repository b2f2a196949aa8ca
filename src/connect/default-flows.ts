/**
 * The flows every Amazon Connect instance is created with. A flow may transfer to one of them, or set it as
 * an event flow, by name or by the instance's ARN without the repository holding it: it is never missing.
 * Evidence: the administrator guide has one page for each ("Default flows in Amazon Connect"):
 * docs.aws.amazon.com/connect/latest/adminguide/default-<name>.html, e.g. default-customer-queue.html,
 * default-agent-whisper.html, default-customer-hold.html, default-queue-transfer.html.
 */
export const DEFAULT_FLOW_NAMES: ReadonlySet<string> = new Set(
  [
    'Default agent hold',
    'Default agent transfer',
    'Default agent whisper',
    'Default customer hold',
    'Default customer queue',
    'Default customer whisper',
    'Default outbound',
    'Default queue transfer',
  ].map((n) => n.toLowerCase()),
);

export function isDefaultFlowName(name: string): boolean {
  return DEFAULT_FLOW_NAMES.has(name.trim().toLowerCase());
}
