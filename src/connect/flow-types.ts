/**
 * Amazon Connect flow types. The API's `Type` is not part of the flow's content: it sits in wrappers
 * (`{Name, Type, Content}`, describe-contact-flow's `ContactFlow.Type`, CloudFormation's `Type`), and the
 * designer hints at it in `Metadata.type` with camel-case names (32 corpus flows say "contactFlow").
 */
export const FLOW_TYPES = [
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'CAMPAIGN',
] as const;

export type FlowType = (typeof FLOW_TYPES)[number];

/** `Metadata.type` spelling → API type. */
const METADATA_TYPES: Readonly<Record<string, FlowType>> = Object.freeze({
  contactFlow: 'CONTACT_FLOW',
  customerQueue: 'CUSTOMER_QUEUE',
  customerHold: 'CUSTOMER_HOLD',
  customerWhisper: 'CUSTOMER_WHISPER',
  agentHold: 'AGENT_HOLD',
  agentWhisper: 'AGENT_WHISPER',
  outboundWhisper: 'OUTBOUND_WHISPER',
  agentTransfer: 'AGENT_TRANSFER',
  queueTransfer: 'QUEUE_TRANSFER',
  campaign: 'CAMPAIGN',
});

/** The flow's type: the wrapper's word first (it is what the API was told), else the designer's hint. */
export function resolveFlowType(wrapperType: string | undefined, metadataType: unknown): string | undefined {
  if (wrapperType !== undefined) return wrapperType;
  if (typeof metadataType === 'string' && Object.hasOwn(METADATA_TYPES, metadataType)) return METADATA_TYPES[metadataType];
  return undefined;
}

/**
 * The type of a flow module: not an API flow type (modules are a separate resource,
 * `AWS::Connect::ContactFlowModule`, `describe-contact-flow-module`), but how a FlowDocument says it holds one.
 */
export const MODULE_FLOW_TYPE = 'MODULE';
