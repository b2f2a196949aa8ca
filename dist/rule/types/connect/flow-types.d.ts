/**
 * Amazon Connect flow types. The API's `Type` is not part of the flow's content: it sits in wrappers
 * (`{Name, Type, Content}`, describe-contact-flow's `ContactFlow.Type`, CloudFormation's `Type`), and the
 * designer hints at it in `Metadata.type` with camel-case names (32 corpus flows say "contactFlow").
 */
export declare const FLOW_TYPES: readonly ["CONTACT_FLOW", "CUSTOMER_QUEUE", "CUSTOMER_HOLD", "CUSTOMER_WHISPER", "AGENT_HOLD", "AGENT_WHISPER", "OUTBOUND_WHISPER", "AGENT_TRANSFER", "QUEUE_TRANSFER", "CAMPAIGN"];
export type FlowType = (typeof FLOW_TYPES)[number];
/** The flow's type: the wrapper's word first (it is what the API was told), else the designer's hint. */
export declare function resolveFlowType(wrapperType: string | undefined, metadataType: unknown): string | undefined;
/**
 * The type of a flow module: not an API flow type (modules are a separate resource,
 * `AWS::Connect::ContactFlowModule`, `describe-contact-flow-module`), but how a FlowDocument says it holds one.
 */
export declare const MODULE_FLOW_TYPE = "MODULE";
