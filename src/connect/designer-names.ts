/**
 * The flow designer's name of the block that exports as each flow-language action type (admin guide, "Flow
 * block definitions"), so a diagram reads as the designer does: "Play prompt", not MessageParticipant. Where
 * one designer block exports as several types (Customer profiles, Cases) each gets that block's name; where
 * a type is exported by a block whose name depends on its settings, or we have not checked which block it is,
 * it is not listed and the type itself is shown. (LEGACY_ACTION_TYPES in actions.ts maps the other way: a
 * designer name written as a type, to the type it should have been.)
 */
export const DESIGNER_NAMES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    MessageParticipant: 'Play prompt',
    GetParticipantInput: 'Get customer input',
    ConnectParticipantWithLexBot: 'Get customer input',
    DisconnectParticipant: 'Disconnect / hang up',
    MessageParticipantIteratively: 'Loop prompts',
    ShowView: 'Show view',
    TransferParticipantToThirdParty: 'Transfer to phone number',
    UpdateContactAttributes: 'Set contact attributes',
    UpdateContactTargetQueue: 'Set working queue',
    TransferContactToQueue: 'Transfer to queue',
    DequeueContactAndTransferToQueue: 'Transfer to queue',
    TransferContactToAgent: 'Transfer to agent',
    UpdateContactEventHooks: 'Set event flow',
    UpdateContactRecordingBehavior: 'Set recording and analytics behavior',
    UpdateContactRecordingAndAnalyticsBehavior: 'Set recording and analytics behavior',
    UpdateContactTextToSpeechVoice: 'Set voice',
    UpdateContactCallbackNumber: 'Set callback number',
    InvokeFlowModule: 'Invoke module',
    EndFlowModuleExecution: 'Return',
    CreateTask: 'Create task',
    GetCase: 'Cases',
    CreateCase: 'Cases',
    UpdateCase: 'Cases',
    TagContact: 'Contact tags',
    UnTagContact: 'Contact tags',
    UpdateContactRoutingBehavior: 'Change routing priority / age',
    Compare: 'Check contact attributes',
    UpdateFlowLoggingBehavior: 'Set logging behavior',
    Loop: 'Loop',
    TransferToFlow: 'Transfer to flow',
    EndFlowExecution: 'End flow / Resume',
    CheckHoursOfOperation: 'Check hours of operation',
    GetMetricData: 'Get queue metrics',
    CheckVoiceId: 'Check Voice ID',
    StartVoiceIdStream: 'Set Voice ID',
    UpdateContactRoutingCriteria: 'Set routing criteria',
    Wait: 'Wait',
    DistributeByPercentage: 'Distribute by percentage',
    CheckOutboundCallStatus: 'Check call progress',
    InvokeLambdaFunction: 'Invoke AWS Lambda function',
    GetCustomerProfile: 'Customer profiles',
    CreateCustomerProfile: 'Customer profiles',
    UpdateCustomerProfile: 'Customer profiles',
    AssociateContactToCustomerProfile: 'Customer profiles',
    GetCustomerProfileObject: 'Customer profiles',
    GetCalculatedAttributesForCustomerProfile: 'Customer profiles',
  }),
);

/** The designer's name for a block type, or the type itself when the table does not know it. */
export function designerName(type: string): string {
  return Object.hasOwn(DESIGNER_NAMES, type) ? DESIGNER_NAMES[type]! : type;
}
