export const id = 122;
export const ids = [122];
export const modules = {

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: STARTER_CONFIG, UsageError, loadConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/connect/flow-types.ts
/**
 * Amazon Connect flow types. The API's `Type` is not part of the flow's content: it sits in wrappers
 * (`{Name, Type, Content}`, describe-contact-flow's `ContactFlow.Type`, CloudFormation's `Type`), and the
 * designer hints at it in `Metadata.type` with camel-case names (32 corpus flows say "contactFlow").
 */
const FLOW_TYPES = [
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
];
/** `Metadata.type` spelling → API type. */
const METADATA_TYPES = Object.freeze({
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
function resolveFlowType(wrapperType, metadataType) {
    if (wrapperType !== undefined)
        return wrapperType;
    if (typeof metadataType === 'string' && Object.hasOwn(METADATA_TYPES, metadataType))
        return METADATA_TYPES[metadataType];
    return undefined;
}
/**
 * The type of a flow module: not an API flow type (modules are a separate resource,
 * `AWS::Connect::ContactFlowModule`, `describe-contact-flow-module`), but how a FlowDocument says it holds one.
 */
const MODULE_FLOW_TYPE = 'MODULE';

;// CONCATENATED MODULE: ./src/connect/actions.ts
/**
 * The single table of Amazon Connect flow-language action types.
 *
 * Sources
 *  - Reference: "Actions in the Amazon Connect Flow language" and its per-action pages (APIReference /
 *    devguide: contact-actions, participant-actions, flow-control-actions, interactions; older copies in
 *    awsdocs/amazon-connect-admin-guide doc_source/*.md).
 *  - Corpus: every flow-language export in /work/shared/corpus (68 flows from the JSON files, including
 *    the ones wrapped as a string in `Content` / `ContactFlow.Content`). Where CloudFormation YAML adds
 *    evidence it is quoted separately as "+CFN" (21 more flows; 91 in all, some duplicated across commits).
 *    Counts below are "JSON corpus" unless marked otherwise.
 *
 * Where the reference and real exports disagree, real exports win and the comment says so.
 */

const NME = 'NoMatchingError';
/*
 * Flow-type groups used by `flowTypes`, named as the reference pages name them ("inbound/contact flows",
 * "transfer flows", "whisper flows", "hold flows", "customer queue flows"). MODULE (flow modules) is not named
 * by most pages: a module is invoked only from an inbound flow (admin guide "Flow modules": "You can use modules
 * in any flow that is type Inbound"), so an action allowed in inbound flows is listed as allowed in MODULE too,
 * unless the page or the corpus says otherwise. CAMPAIGN postdates the reference pages: an explicit list that
 * does not name it leaves CAMPAIGN unknown (see allowedInFlowType).
 */
const INBOUND = ['CONTACT_FLOW'];
const TRANSFER = ['AGENT_TRANSFER', 'QUEUE_TRANSFER'];
const CUSTOMER_QUEUE = ['CUSTOMER_QUEUE'];
const HOLD = ['CUSTOMER_HOLD', 'AGENT_HOLD'];
const WHISPER = ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'];
const MODULE = MODULE_FLOW_TYPE;
/** Flow types no reference "Restrictions" section covers: only an explicit mention or 'all' decides them. */
const UNCOVERED_FLOW_TYPES = new Set(['CAMPAIGN']);
const freezeParameters = (p) => Object.freeze({
    ...(p.required ? { required: Object.freeze([...p.required]) } : {}),
    ...(p.optional ? { optional: Object.freeze([...p.optional]) } : {}),
    ...(p.shapes ? { shapes: Object.freeze(Object.assign(Object.create(null), p.shapes)) } : {}),
});
const spec = (s) => Object.freeze({
    ...s,
    errors: Object.freeze([...s.errors]),
    ...(s.optionalErrors ? { optionalErrors: Object.freeze([...s.optionalErrors]) } : {}),
    ...(s.parameters ? { parameters: freezeParameters(s.parameters) } : {}),
    ...(s.flowTypes !== undefined
        ? { flowTypes: s.flowTypes === 'all' ? 'all' : Object.freeze([...new Set(s.flowTypes)]) }
        : {}),
    ...(s.conditionalErrors
        ? {
            conditionalErrors: Object.freeze(s.conditionalErrors.map((c) => Object.freeze({
                type: c.type,
                when: Object.freeze({
                    parameter: c.when.parameter,
                    equals: Object.freeze([...c.when.equals]),
                    ...(c.when.requires ? { requires: Object.freeze([...c.when.requires]) } : {}),
                }),
            }))),
        }
        : {}),
});
/*
 * Corpus measurements (JSON corpus: count / error types wired (times) / blocks with empty Transitions):
 *   UpdateContactAttributes 149 / NME 149 / 0          MessageParticipant 114 / NME 71 / 0
 *   DisconnectParticipant 92 / - / 92                   ShowView 51 / NMC 51, NME 51, TimeLimitExceeded 51 / 0
 *   Compare 49 / NMC 49 / 0                             UpdateFlowLoggingBehavior 38 / - / 0
 *   InvokeLambdaFunction 37 / NME 37 / 0                ConnectParticipantWithLexBot 35 / NMC 35, NME 35 / 0
 *   UpdateContactTargetQueue 33 / NME 33 / 0            Loop 31 / - / 0
 *   TransferContactToQueue 28 / QueueAtCapacity 28, NME 28 / 0
 *   InvokeFlowModule 24 / NME 24 / 0                    TransferToFlow 13 / NME 13 / 0
 *   UpdateContactEventHooks 13 / NME 13 / 0             EndFlowExecution 12 / - / 12
 *   UpdateContactRecordingBehavior 10 / - / 0           GetParticipantInput 8 / NME 8, NMC 7, InputTimeLimitExceeded 7, InvalidPhoneNumber 1 / 0
 *   GetCustomerProfile 7 / MultipleFoundError 7, NoneFoundError 7, NME 7 / 0
 *   UpdateContactData 7 / NME 7 / 0                     UpdateFlowAttributes 6 / NME 6 / 0
 *   CheckVoiceId 5 / NME 5 / 0                          CheckHoursOfOperation 4 / NME 4 / 0
 *   UpdateContactTextToSpeechVoice 4 / - / 0            MessageParticipantIteratively 4 / NME 2 / 2
 *   CreateCustomerProfile 4 / NME 4 / 0                 UpdateContactMediaStreamingBehavior 3 / NME 3 / 0
 *   EndFlowModuleExecution 3 / - / 3                    CreateTask 3 / NME 3 / 0
 *   StartVoiceIdStream 3 / NME 3 / 0                    UpdateCustomerProfile 3 / NME 3 / 0
 *   GetMetricData 3 / NME 3 / 0                         GetCase 2 / MultipleFound 2, NoneFound 2, NME 2, ContactNotLinked 1 / 0
 *   CreateCase 2 / NME 2, ContactNotLinked 1 / 0        CheckMetricData 1 / NME 1, NMC 1 / 0
 *   Wait 1 / NME 1 / 0                                  UpdateContactCallbackNumber 1 / InvalidCallbackNumber 1, CallbackNumberNotDialable 1 / 0
 *   CreateCallbackContact 1 / NME 1 / 0
 * CloudFormation-only types: TagContact 4 (NME 4), UpdateContactRoutingCriteria 4 (NME 4).
 * (NME = NoMatchingError, NMC = NoMatchingCondition.)
 */
const ACTIONS = Object.freeze(Object.assign(Object.create(null), {
    // ───────────────────────── Participant actions ─────────────────────────
    /** "Play prompt". Reference page lists NoMatchingError. Corpus: only 71 of 114 wire it (39 have
     *  `Errors: []`, 4 have no Errors key; +CFN: 29 of 49 wired). The design note's "193 of 262 have
     *  Errors: []" does not match this corpus — here most ARE wired — but 43 unwired blocks are still far
     *  too many to report by default, so the error is strict-only. */
    MessageParticipant: spec({
        // Reference (participant-actions-messageparticipant): PromptId | Text | SSML (at most one), Media.
        // Corpus: Text 155, SSML 26 of 181 blocks.
        parameters: { optional: ['Text', 'SSML', 'PromptId', 'Media'], shapes: { Text: 'string', SSML: 'string', PromptId: 'string', Media: 'object' } },
        // Reference: "contact flows, transfer flows, whisper flows, and customer queue flows. It is not supported in
        // hold flows." Modules: 4 corpus modules use it (module = inbound context).
        flowTypes: [...INBOUND, ...TRANSFER, ...WHISPER, ...CUSTOMER_QUEUE, MODULE],
        errors: [], optionalErrors: [NME],
    }),
    /** "Get customer input". Reference (participant-actions-getparticipantinput): NoMatchingError always;
     *  NoMatchingCondition only when StoreInput is False; InvalidPhoneNumber only when StoreInput is True
     *  and PhoneNumberValidation is given. The reference page does NOT list InputTimeLimitExceeded, but
     *  every StoreInput=False block in the corpus wires it (7 of 7; +CFN 30 of 30 overall) and no
     *  StoreInput=True block does (0 of 2): real exports win, so it is conditional like NoMatchingCondition. */
    GetParticipantInput: spec({
        // Reference (participant-actions-getparticipantinput). InputTimeLimitSeconds carries no [Optional] marker
        // and is present in 32 of 32 corpus blocks; StoreInput "not defined or False" is optional (present 32 of 32).
        // Corpus also: Text 22, SSML 10, InputValidation 2, DTMFConfiguration 1.
        parameters: {
            required: ['InputTimeLimitSeconds'],
            optional: ['PromptId', 'Text', 'SSML', 'Media', 'StoreInput', 'InputValidation', 'InputEncryption', 'DTMFConfiguration'],
            shapes: {
                InputTimeLimitSeconds: 'number', StoreInput: 'boolean', Text: 'string', SSML: 'string', PromptId: 'string',
                Media: 'object', InputValidation: 'object', InputEncryption: 'object', DTMFConfiguration: 'object',
            },
        },
        // Reference: "contact flows, transfer flows, and customer queue flows but not in whisper flows or hold flows".
        // Corpus: used in 2 CUSTOMER_QUEUE flows and 3 modules (vmx3 x2, contact-surveys).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
        conditionalErrors: [
            { type: 'NoMatchingCondition', when: { parameter: 'StoreInput', equals: ['False'] } },
            { type: 'InputTimeLimitExceeded', when: { parameter: 'StoreInput', equals: ['False'] } },
            {
                type: 'InvalidPhoneNumber',
                when: { parameter: 'StoreInput', equals: ['True'], requires: ['InputValidation.PhoneNumberValidation'] },
            },
        ],
    }),
    /** Reference action syntax lists InputTimeLimitExceeded, NoMatchingError, NoMatchingCondition; corpus
     *  wires NoMatchingCondition 35/35 and NoMatchingError 35/35 but InputTimeLimitExceeded 0/35 (the
     *  designer only emits it for some Lex configurations): real exports win, so it is strict-only. */
    ConnectParticipantWithLexBot: spec({
        // Reference: PromptId | Text | SSML, Media, LexV2Bot or LexBot (classic), LexSessionAttributes; the newer page adds
        // LexInitializationData and LexTimeoutSeconds. Corpus: LexV2Bot 34, LexBot 2, Text 23, SSML 12,
        // LexSessionAttributes 2, LexInitializationData 1 (of 36).
        parameters: {
            optional: [
                'PromptId', 'Text', 'SSML', 'Media', 'LexV2Bot', 'LexBot', 'LexSessionAttributes', 'LexInitializationData',
                'LexTimeoutSeconds',
            ],
            shapes: {
                Text: 'string', SSML: 'string', PromptId: 'string', Media: 'object', LexV2Bot: 'object', LexBot: 'object',
                LexSessionAttributes: 'object', LexInitializationData: 'object', LexTimeoutSeconds: 'object',
            },
        },
        // Reference: "only in contact flows, transfer flows, and customer queue flows. It is not available in whisper
        // flows or hold flows." Corpus: 1 module (contact-surveys) uses it.
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME],
        optionalErrors: ['InputTimeLimitExceeded'],
    }),
    /** "Disconnect / hang up": 92 of 92 corpus blocks have `Transitions: {}`. */
    DisconnectParticipant: spec({
        // Reference: "No parameters are expected" (121 corpus blocks: all `{}`).
        parameters: {},
        // Reference: "contact flows, transfer flows, and customer queue flows". Corpus: 4 modules use it (vmx3 x2,
        // contact-surveys; plus 2 Terraform `aws_connect_contact_flow_module` heredocs whose type is not declared).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [], terminal: true,
    }),
    /** "Loop prompts" (queue/hold flows). Reference: NoMatchingError. Corpus: 2 of 4 have empty Transitions
     *  (loops until dequeued), the other 2 wire NoMatchingError and a MessagesInterrupted condition. */
    MessageParticipantIteratively: spec({
        // Reference: Messages (list of {Text|PromptId|SSML|Media}), InterruptFrequencySeconds [Optional].
        // Corpus: Messages 6 of 6, InterruptFrequencySeconds 2, and ContinueMessagingDuringInterrupt "true" 2 (vmx3
        // customer queue flows) which the reference does not list: real exports win, it is known.
        parameters: {
            required: ['Messages'],
            optional: ['InterruptFrequencySeconds', 'ContinueMessagingDuringInterrupt'],
            shapes: { InterruptFrequencySeconds: 'number', ContinueMessagingDuringInterrupt: 'boolean' },
        },
        // Reference: "supported in Customer Queue, Customer Hold, and Agent Hold flows."
        flowTypes: [...CUSTOMER_QUEUE, ...HOLD],
        errors: [], optionalErrors: [NME], mayHaveNoNext: true,
    }),
    /** "Show view" (step-by-step guides). Reference page participant-actions-showview lists the three errors
     *  without marking any required; corpus wires all three
     *  error types on 51 of 51 blocks, so they are required. */
    ShowView: spec({
        // Reference (participant-actions-showview): ViewResource {Id, Version}, InvocationTimeLimitSeconds, ViewData,
        // SensitiveDataConfiguration. Corpus: ViewResource, InvocationTimeLimitSeconds and ViewData in 53 of 53.
        parameters: {
            required: ['ViewResource', 'InvocationTimeLimitSeconds'],
            optional: ['ViewData', 'SensitiveDataConfiguration'],
            shapes: { ViewResource: 'object', InvocationTimeLimitSeconds: 'number', ViewData: 'object', SensitiveDataConfiguration: 'object' },
        },
        // Reference Restrictions: "inbound flows and customer queue flows" (the admin guide block page lists inbound
        // only; the action page is taken). Corpus: CONTACT_FLOW only.
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME, 'TimeLimitExceeded'],
    }),
    /** "Transfer to phone number". Reference: CallFailed and ConnectionTimeLimitExceeded exist only when
     *  ContinueFlowExecution is True (the page says "not defined or True"; absent is not flagged here to avoid
     *  false positives); with False, success leaves the flow. Not in corpus. */
    TransferParticipantToThirdParty: spec({
        errors: [NME],
        conditionalErrors: [
            { type: 'CallFailed', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
            { type: 'ConnectionTimeLimitExceeded', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
        ],
        endsOnSuccess: true,
        referenceOnly: true,
    }),
    // ───────────────────────── Contact actions ─────────────────────────
    /** "Set contact attributes": 149 of 149 wire NoMatchingError. No customer interaction, no external call. */
    UpdateContactAttributes: spec({
        // Reference: Attributes; TargetContact ("Current" | "Related") on the newer page. Corpus: Attributes 225 of 225,
        // TargetContact 50.
        parameters: { required: ['Attributes'], optional: ['TargetContact'], shapes: { Attributes: 'object', TargetContact: 'string' } },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME], setup: true,
    }),
    /** "Set working queue": 33 of 33 wire NoMatchingError. */
    UpdateContactTargetQueue: spec({
        // Reference: QueueId [Optional] | AgentId [Optional], never both. Corpus: QueueId 47, AgentId 7 (of 54).
        parameters: { optional: ['QueueId', 'AgentId'], shapes: { QueueId: 'string', AgentId: 'string' } },
        // Reference: "only in inbound contact flows and transfer flows. It is not supported in whisper flows, hold
        // flows, or customer queue flows."
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Transfer to queue": reference errors QueueAtCapacity, NoMatchingError (28 of 28 wire both).
     *  Success leaves the flow: all 28 export NextAction equal to an error target (+CFN 40 of 40). */
    TransferContactToQueue: spec({
        // Reference: "No parameters are expected." Corpus: 25 `{}`, 15 without a Parameters key.
        parameters: {},
        // Reference: "supported in inbound contact flows and transfer flows. It is not supported in whisper flows,
        // customer queue flows, or hold flows." (In a customer queue flow the designer emits
        // DequeueContactAndTransferToQueue instead.) Modules run in an inbound flow's context, so they inherit it.
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: ['QueueAtCapacity', NME], endsOnSuccess: true,
    }),
    /** Customer-queue-flow variant of Transfer to queue; reference errors QueueAtCapacity, NoMatchingError. */
    DequeueContactAndTransferToQueue: spec({
        // Reference: QueueId [Optional] | AgentId [Optional].
        parameters: { optional: ['QueueId', 'AgentId'], shapes: { QueueId: 'string', AgentId: 'string' } },
        // Reference: "only supported in the customer queue flow. It is not supported in any other type of flow."
        flowTypes: [...CUSTOMER_QUEUE],
        errors: ['QueueAtCapacity', NME],
        endsOnSuccess: true,
        referenceOnly: true,
    }),
    /** Reference: "Ends the current flow", Errors: None. Exported with empty Transitions. */
    TransferContactToAgent: spec({
        // Reference: "No parameters are expected."
        parameters: {},
        // Reference: "supported in only transfer to agent and transfer to queue flows."
        flowTypes: [...TRANSFER],
        errors: [], terminal: true, referenceOnly: true,
    }),
    /** "Set event hook": 13 of 13 wire NoMatchingError. */
    UpdateContactEventHooks: spec({
        // Reference: EventHooks (one entry). Corpus: EventHooks 25 of 25, plus EventHooksConfiguration
        // ({<hook>: {DisableExecution}}) in 10, which the reference does not document: real exports win, it is known.
        parameters: {
            required: ['EventHooks'],
            optional: ['EventHooksConfiguration'],
            shapes: { EventHooks: 'object', EventHooksConfiguration: 'object' },
        },
        // Reference: "supported in all types of flows" (the admin guide narrows per block, e.g. Set hold flow; the
        // action page is taken). Corpus: CONTACT_FLOW, QUEUE_TRANSFER, CUSTOMER_QUEUE and MODULE flows use it.
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Set recording and analytics behavior": 0 of 10 have an error branch (6 `Errors: []`, 4 no key). */
    UpdateContactRecordingBehavior: spec({
        // Reference: RecordingBehavior {RecordedParticipants, IVRRecordingBehavior}, AnalyticsBehavior. Corpus:
        // RecordingBehavior 18 of 18, AnalyticsBehavior 4.
        parameters: {
            required: ['RecordingBehavior'],
            optional: ['AnalyticsBehavior'],
            shapes: { RecordingBehavior: 'object', AnalyticsBehavior: 'object' },
        },
        // Reference: "only in contact flows, transfer flows, outbound whispers, and customer queue flows. This is not
        // supported in agent/customer whispers or hold flows." Corpus: OUTBOUND_WHISPER 3, CUSTOMER_QUEUE 2, MODULE 2.
        flowTypes: [...INBOUND, ...TRANSFER, 'OUTBOUND_WHISPER', ...CUSTOMER_QUEUE, MODULE],
        errors: [], setup: true,
    }),
    /** Newer name for the recording/analytics block (reference only); treated like its predecessor. */
    UpdateContactRecordingAndAnalyticsBehavior: spec({ errors: [], setup: true, referenceOnly: true }),
    /** "Set voice": 0 of 4 have an error branch. */
    UpdateContactTextToSpeechVoice: spec({
        // Reference: TextToSpeechVoice, TextToSpeechEngine, TextToSpeechStyle, none marked required. Corpus: Voice 6 of 6,
        // Engine 1, Style 1.
        parameters: {
            optional: ['TextToSpeechVoice', 'TextToSpeechEngine', 'TextToSpeechStyle'],
            shapes: { TextToSpeechVoice: 'string', TextToSpeechEngine: 'string', TextToSpeechStyle: 'string' },
        },
        // Reference: "supported in all flow types, and across all channels."
        flowTypes: 'all',
        errors: [], setup: true,
    }),
    /** "Set callback number": reference + corpus (1 of 1) wire InvalidCallbackNumber and CallbackNumberNotDialable.
     *  The corpus block has no NoMatchingError, so it is not required. */
    UpdateContactCallbackNumber: spec({
        // Reference: CallbackNumber, "a single, valid JSONPath reference" (1 of 1: "$.StoredCustomerInput").
        parameters: { required: ['CallbackNumber'], shapes: { CallbackNumber: 'string' } },
        // Reference: "only in contact flows, transfer flows, and customer queue flows. This is not supported in
        // whispers or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'],
    }),
    /** "Start/stop media streaming": 3 of 3 wire NoMatchingError. */
    UpdateContactMediaStreamingBehavior: spec({
        // Reference: MediaStreamingState, Participants, MediaStreamType (5 of 5 carry all three).
        parameters: {
            required: ['MediaStreamingState'],
            optional: ['Participants', 'MediaStreamType'],
            shapes: { MediaStreamingState: 'string', MediaStreamType: 'string' },
        },
        // Reference: "contact flows, customer queue flows, transfer flows, and whisper flows. It is not supported in
        // hold flows." Corpus: AGENT_WHISPER 1, OUTBOUND_WHISPER 1.
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...TRANSFER, ...WHISPER, MODULE],
        errors: [NME],
    }),
    /** "Set Voice ID" / contact data: 7 of 7 wire NoMatchingError. */
    UpdateContactData: spec({
        // Reference (contact-actions-updatecontactdata): every field [Optional] (TargetContact marked Required, but real
        // exports omit it: 0 of 7). Corpus: CustomerId 4, IsVoiceIdStreamingEnabled 3, IsVoiceAuthenticationEnabled 3,
        // IsFraudDetectionEnabled 3, VoiceAuthenticationThreshold 3, VoiceAuthenticationResponseTime 3,
        // FraudDetectionThreshold 2.
        parameters: {
            optional: [
                'Name', 'Description', 'LanguageCode', 'CustomerId', 'References', 'IsVoiceIdStreamingEnabled',
                'IsVoiceAuthenticationEnabled', 'IsFraudDetectionEnabled', 'VoiceAuthenticationThreshold',
                'VoiceAuthenticationResponseTime', 'FraudDetectionThreshold', 'WatchlistId', 'WisdomSessionArn', 'TargetContact',
            ],
            shapes: {
                References: 'object', IsVoiceIdStreamingEnabled: 'boolean', IsVoiceAuthenticationEnabled: 'boolean',
                IsFraudDetectionEnabled: 'boolean', VoiceAuthenticationThreshold: 'number', VoiceAuthenticationResponseTime: 'number',
                FraudDetectionThreshold: 'number',
            },
        },
        // Reference: "supported on all channels and in all flow types."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Invoke module": 24 of 24 wire NoMatchingError; returns to this flow, so not endsOnSuccess. */
    InvokeFlowModule: spec({
        // Reference: FlowModuleId (26 of 26).
        parameters: { required: ['FlowModuleId'], shapes: { FlowModuleId: 'string' } },
        // Reference: "only supports Inbound flow types"; the admin guide (contact-flow-modules) now allows modules to
        // invoke modules ("up to five levels of nesting"), so MODULE too. Corpus: CONTACT_FLOW only.
        flowTypes: [...INBOUND, MODULE],
        errors: [NME],
    }),
    /** "Return" from a module: 3 of 3 have empty Transitions. */
    EndFlowModuleExecution: spec({
        // Reference: empty parameter object (5 of 5 `{}`).
        parameters: {},
        // Reference: "available only in flow modules" (admin guide "Return (from module)": no other flow type).
        flowTypes: [MODULE],
        errors: [], terminal: true,
    }),
    /** "Create task": 3 of 3 wire NoMatchingError. */
    CreateTask: spec({
        // Reference (createtask): ContactFlowId, Name; [Optional] Attributes, Description, References, DelaySeconds,
        // ScheduledTime, TaskTemplateId. Corpus: Name, ContactFlowId, Description, Attributes 3 of 3.
        parameters: {
            required: ['ContactFlowId', 'Name'],
            optional: ['Attributes', 'Description', 'References', 'DelaySeconds', 'ScheduledTime', 'TaskTemplateId'],
            shapes: {
                ContactFlowId: 'string', Name: 'string', Description: 'string', Attributes: 'object', References: 'object',
                DelaySeconds: 'number',
            },
        },
        errors: [NME],
    }),
    /** Cases block. Error names are `MultipleFound`/`NoneFound` (no "Error" suffix, unlike the profile
     *  actions) in 2 of 2 corpus blocks. ContactNotLinked appears only with LinkContactToCase "true" (1 of 1
     *  true, 0 of 1 false), matching the UpdateCase reference text. */
    GetCase: spec({
        // Reference (getcase): LinkContactToCase, GetLastUpdatedCase, CustomerId, CaseRequestFields, CaseResponseFields.
        // Corpus: LinkContactToCase, GetLastUpdatedCase, CaseRequestFields, CaseResponseFields 2 of 2; CustomerId 0 of 2
        // (searched by case_id instead): real exports win, CustomerId is optional.
        parameters: {
            optional: ['LinkContactToCase', 'GetLastUpdatedCase', 'CustomerId', 'CaseRequestFields', 'CaseResponseFields'],
            shapes: {
                LinkContactToCase: 'boolean', GetLastUpdatedCase: 'boolean', CaseRequestFields: 'object', CaseResponseFields: 'string[]',
            },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: ['MultipleFound', 'NoneFound', NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Corpus: NoMatchingError 2 of 2; ContactNotLinked only with LinkContactToCase "true" (1 of 1). */
    CreateCase: spec({
        // Reference (createcase): LinkContactToCase, CaseTemplateId, CaseRequestFields (optional). Corpus: all three 2 of 2.
        parameters: {
            required: ['CaseTemplateId'],
            optional: ['LinkContactToCase', 'CaseRequestFields'],
            shapes: { LinkContactToCase: 'boolean', CaseTemplateId: 'string', CaseRequestFields: 'object' },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Reference (updatecase): ContactNotLinked "if you specify to link the contact", NoMatchingError. */
    UpdateCase: spec({
        // Reference (updatecase): LinkContactToCase, CaseId, CaseRequestFields (optional).
        parameters: {
            required: ['CaseId'],
            optional: ['LinkContactToCase', 'CaseRequestFields'],
            shapes: { LinkContactToCase: 'boolean', CaseId: 'string', CaseRequestFields: 'object' },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
        referenceOnly: true,
    }),
    /** "Tag contact": +CFN 4 of 4 wire NoMatchingError (not in the JSON corpus). */
    TagContact: spec({
        // Reference (contact-actions-tagcontact): Tags (+CFN 4 of 4).
        parameters: { required: ['Tags'], shapes: { Tags: 'object' } },
        // Reference: "This can be used in any type of flow and any channel." +CFN: CUSTOMER_QUEUE 2, MODULE 2.
        flowTypes: 'all',
        errors: [NME],
    }),
    UnTagContact: spec({
        // Reference (contact-actions-untagcontact): TagKeys, a list of keys set statically.
        parameters: { required: ['TagKeys'], shapes: { TagKeys: 'string[]' } },
        // Reference: "can be used in flows of all types."
        flowTypes: 'all',
        errors: [NME], referenceOnly: true,
    }),
    /** Reference pages list only NoMatchingError for these. */
    UpdatePreviousContactParticipantState: spec({
        // Reference: PreviousContactParticipantState, one of AgentOnHold | CustomerOnHold | OffHold.
        parameters: { required: ['PreviousContactParticipantState'], shapes: { PreviousContactParticipantState: 'string' } },
        // Reference: "supported only in inbound contact flows and transfer flows."
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME], referenceOnly: true,
    }),
    ResumeContact: spec({ errors: [NME], referenceOnly: true }),
    CompleteOutboundCall: spec({ errors: [NME], referenceOnly: true }),
    CreateWisdomSession: spec({ errors: [NME], referenceOnly: true }),
    StartOutboundChatContact: spec({ errors: [NME], referenceOnly: true }),
    UpdateContactMediaProcessing: spec({ errors: [NME], referenceOnly: true }),
    UpdateContactRoutingBehavior: spec({
        // Reference (contact-actions-updatecontactroutingbehavior): QueuePriority | QueueTimeAdjustmentSeconds, never both.
        parameters: {
            optional: ['QueuePriority', 'QueueTimeAdjustmentSeconds'],
            shapes: { QueuePriority: 'number', QueueTimeAdjustmentSeconds: 'number' },
        },
        // Reference: "supported only in inbound contact flows. It is not supported in transfer flows, whisper flows,
        // customer queue flows, or hold flows."
        flowTypes: [...INBOUND, MODULE],
        errors: [NME], referenceOnly: true,
    }),
    // ───────────────────────── Flow control actions ─────────────────────────
    /** "Check contact attributes": 49 of 49 wire NoMatchingCondition (no NoMatchingError in any). */
    Compare: spec({
        // Reference (flow-control-actions-compare): ComparisonValue, "any single JSONPath identifier" (71 of 71). A
        // Compare without it has nothing to compare: required.
        parameters: { required: ['ComparisonValue'], shapes: { ComparisonValue: 'string' } },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: ['NoMatchingCondition'],
    }),
    /** "Set logging behavior": reference Errors: None; 38 of 38 have no error branch. This is the block
     *  logging-enabled looks for (see LOGGING_ENABLE); in every corpus flow it is the StartAction. */
    UpdateFlowLoggingBehavior: spec({
        // Reference: FlowLoggingBehavior, one of [Enabled, Disabled] (58 of 58, all "Enabled").
        parameters: { required: ['FlowLoggingBehavior'], shapes: { FlowLoggingBehavior: 'string' } },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: [], setup: true,
    }),
    /** "Loop": conditions ContinueLooping/DoneLooping, no error branch in 31 of 31. */
    Loop: spec({
        // Reference: LoopCount, 0..100, fully static or fully dynamic (40 of 40, e.g. "3").
        parameters: { required: ['LoopCount'], shapes: { LoopCount: 'number' } },
        // Reference: "This is supported in every type of flow."
        flowTypes: 'all',
        errors: [],
    }),
    /** "Transfer to flow": 13 of 13 wire NoMatchingError and export NextAction equal to the error target
     *  (+CFN 15 of 15): success leaves this flow. */
    TransferToFlow: spec({
        // Reference: ContactFlowId (15 of 15).
        parameters: { required: ['ContactFlowId'], shapes: { ContactFlowId: 'string' } },
        // Reference: "available in inbound flows and transfer flows. It is not available to hold flows, customer
        // queue flows, or whisper flows." Modules run in an inbound flow's context.
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME], endsOnSuccess: true,
    }),
    /** "End flow / resume": 12 of 12 have empty Transitions. */
    EndFlowExecution: spec({
        // Reference: empty parameter object (20 of 20 `{}`).
        parameters: {},
        // Reference (flow-control-actions-endflowexecution): "available only in whisper flows and customer queue flows.
        // It is not available in flows, hold flows, or transfer flows." The admin guide's End flow / Resume block says
        // "All flows" (in an inbound flow it acts like Disconnect), and real exports disagree with the action page:
        // 2 CONTACT_FLOW exports (amazon-connect-chat-ui-examples, Metadata.type contactFlow) end in it. Real exports
        // win: every API flow type. Not MODULE: a module returns with EndFlowModuleExecution (0 modules use this).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, ...HOLD, ...WHISPER, 'CAMPAIGN'],
        errors: [], terminal: true,
    }),
    /** "Check hours of operation": conditions True/False; 4 of 4 wire NoMatchingError. */
    CheckHoursOfOperation: spec({
        // Reference: HoursOfOperationId [Optional] (1 of 4; the others use the queue's hours).
        parameters: { optional: ['HoursOfOperationId'], shapes: { HoursOfOperationId: 'string' } },
        // Reference: "available in inbound flows, transfer flows, and customer queue flows. It is not available to
        // hold flows or to whisper flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
    }),
    /** "Check queue status/staffing". Reference says NoMatchingCondition exists only for
     *  OldestContactInQueueAgeSeconds/NumberOfContactsInQueue, but the corpus blocks use
     *  NumberOfAgentsAvailable / NumberOfAgentsStaffed and still wire it (1 of 1; +CFN 3 of 3): real exports
     *  win, it is required for every MetricType. */
    CheckMetricData: spec({
        // Reference: MetricType (static), QueueId [Optional] | AgentId [Optional]. Corpus: MetricType 3 of 3, AgentId 2.
        parameters: {
            required: ['MetricType'],
            optional: ['QueueId', 'AgentId'],
            shapes: { MetricType: 'string', QueueId: 'string', AgentId: 'string' },
        },
        // Reference: "only usable in flows, queue and agent transfers, and customer queue flows. It is not available
        // in any type of whisper or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME],
    }),
    /** "Get queue metrics": 3 of 3 wire NoMatchingError. */
    GetMetricData: spec({
        // Reference: QueueId [Optional] | AgentId [Optional], QueueChannel [Optional]. Corpus: QueueId 3 of 3.
        parameters: {
            optional: ['QueueId', 'AgentId', 'QueueChannel'],
            shapes: { QueueId: 'string', AgentId: 'string', QueueChannel: 'string' },
        },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Check Voice ID": 5 of 5 wire NoMatchingError. */
    CheckVoiceId: spec({
        // Reference (flow-control-actions-checkvoiceid): CheckVoiceIdOption, one of enrollmentStatus |
        // voiceAuthentication | fraudDetection (5 of 5).
        parameters: { required: ['CheckVoiceIdOption'], shapes: { CheckVoiceIdOption: 'string' } },
        // Admin guide "Check Voice ID" flow types: inbound, customer queue, customer/outbound/agent whisper, transfer to
        // agent, transfer to queue (no hold flows).
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...WHISPER, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Set Voice ID": 3 of 3 wire NoMatchingError. */
    StartVoiceIdStream: spec({
        // Reference: empty parameter object (3 of 3 `{}`).
        parameters: {},
        // Reference: "Not supported in hold flows."
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...WHISPER, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Set flow attributes": 6 of 6 wire NoMatchingError (+CFN 20 of 20). Like UpdateContactAttributes,
     *  no customer interaction. */
    UpdateFlowAttributes: spec({
        // Reference: FlowAttributes (20 of 20, values {Value}).
        parameters: { required: ['FlowAttributes'], shapes: { FlowAttributes: 'object' } },
        // Reference: "supported on all channels and in all flow types." +CFN: CUSTOMER_QUEUE, QUEUE_TRANSFER, MODULE.
        flowTypes: 'all',
        errors: [NME], setup: true,
    }),
    /** "Set routing criteria": +CFN 4 of 4 wire NoMatchingError. The reference index names the page
     *  "UpdateRoutingCriteria" (flow-control-actions-updater…); real exports use this Type name. */
    UpdateContactRoutingCriteria: spec({
        // Reference page "UpdateRoutingCriteria": RoutingCriteria {Steps}, "Required" (+CFN 4 of 4).
        parameters: { required: ['RoutingCriteria'], shapes: { RoutingCriteria: 'object' } },
        errors: [NME],
    }),
    /** "Wait" (chat). Reference: NoMatchingError; ParticipantNotFound only with the BotParticipantDisconnected
     *  event (Events is a list, so not expressible as a conditional). Corpus: 1 block, NoMatchingError only. */
    Wait: spec({
        // Reference (flow-control-actions-wait) names TimeoutSeconds and Events; the one corpus export (and the
        // designer) writes TimeLimitSeconds: real exports win, TimeLimitSeconds is the known name and TimeoutSeconds is
        // not listed.
        parameters: { optional: ['TimeLimitSeconds', 'Events'], shapes: { TimeLimitSeconds: 'number', Events: 'string[]' } },
        // Reference: "supported in every type of flow, but is supported only by the chat channel."
        flowTypes: 'all',
        errors: [NME], optionalErrors: ['ParticipantNotFound'],
    }),
    /** Reference: Errors "NoMatchingCondition if no Condition matches" only. */
    DistributeByPercentage: spec({
        // Reference: no parameters.
        parameters: {},
        // Reference: "available in inbound flows, transfer flows, and customer queue flows. It is not available to
        // hold flows or to whisper flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition'], referenceOnly: true,
    }),
    /** Reference: Errors "NoMatchingError if no condition matches". */
    CheckOutboundCallStatus: spec({ errors: [NME], referenceOnly: true }),
    // ───────────────────────── Interactions ─────────────────────────
    /** "Invoke AWS Lambda function": 37 of 37 wire NoMatchingError. */
    InvokeLambdaFunction: spec({
        // Reference (interactions-invokelambdafunction): LambdaFunctionARN; InvocationTimeLimitSeconds "greater than 0,
        // no larger than 8, and an integer" for synchronous calls; InvocationType SYNCHRONOUS | ASYNCHRONOUS;
        // LambdaInvocationAttributes; ResponseValidation {ResponseType}. Corpus (59 blocks): LambdaFunctionARN 59,
        // InvocationTimeLimitSeconds 59 (values 3/5/6/8, all within 1-8), LambdaInvocationAttributes 39,
        // ResponseValidation 20, InvocationType 6 (all "SYNCHRONOUS"; 53 omit it = synchronous).
        parameters: {
            required: ['LambdaFunctionARN'],
            optional: ['InvocationTimeLimitSeconds', 'InvocationType', 'LambdaInvocationAttributes', 'ResponseValidation'],
            shapes: {
                LambdaFunctionARN: 'string', InvocationTimeLimitSeconds: 'timeoutSeconds1to8', InvocationType: 'string',
                LambdaInvocationAttributes: 'object', ResponseValidation: 'object',
            },
        },
        // Reference: "None. This action is supported by all channels and in all types of flows."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Customer profiles: Get profile". Reference errors MultipleFoundError, NoneFoundError,
     *  NoMatchingError (7 of 7 wire all three). Success makes the requested ProfileResponseData fields and
     *  ProfileId readable under $.Customer. */
    GetCustomerProfile: spec({
        // Reference (interactions-getcustomerprofile): ProfileRequestData {PhoneNumber | EmailAddress | ...},
        // ProfileResponseData. The reference draws ProfileResponseData inside braces like an object, but real exports
        // write an array of field names (7 of 7 here, 14 of 14 over Get/Create/Update): real exports win, 'string[]'.
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'string[]' },
        },
        errors: ['MultipleFoundError', 'NoneFoundError', NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (4 of 4); "Newly created profile ID is persisted under
     *  $.Customer.ProfileId" and ProfileResponseData fields are readable: it loads the new profile. */
    CreateCustomerProfile: spec({
        // Same contract as GetCustomerProfile: ProfileRequestData 4 of 4, ProfileResponseData 4 of 4 (arrays, one empty).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'string[]' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (3 of 3); same ProfileResponseData contract as Get/Create. */
    UpdateCustomerProfile: spec({
        // Same contract as GetCustomerProfile: ProfileRequestData 3 of 3, ProfileResponseData 3 of 3 (arrays).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'string[]' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: needs ProfileId + ContactId (usually $.Customer.ProfileId); NoMatchingError. */
    AssociateContactToCustomerProfile: spec({ errors: [NME], profile: 'uses', referenceOnly: true }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.Asset.* / Order.* / Case.*. */
    GetCustomerProfileObject: spec({ errors: ['NoneFoundError', NME], profile: 'object', referenceOnly: true }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.CalculatedAttributes.*. */
    GetCalculatedAttributesForCustomerProfile: spec({
        errors: ['NoneFoundError', NME],
        profile: 'object',
        referenceOnly: true,
    }),
    /** 1 of 1 wires NoMatchingError. */
    CreateCallbackContact: spec({
        // Reference (interactions-createcallbackcontact): QueueId | AgentId [Optional], InitialCallDelaySeconds,
        // MaximumConnectionAttempts, RetryDelaySeconds (no [Optional] marker), ContactFlowId, CallerId [Optional].
        // Corpus: 1 block with QueueId and the three numbers.
        parameters: {
            required: ['InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds'],
            optional: ['QueueId', 'AgentId', 'ContactFlowId', 'CallerId'],
            shapes: {
                InitialCallDelaySeconds: 'number', MaximumConnectionAttempts: 'number', RetryDelaySeconds: 'number',
                QueueId: 'string', AgentId: 'string', ContactFlowId: 'string', CallerId: 'string',
            },
        },
        // Reference: "supported in contact flows, transfer flows, and customer queue flows. It is not supported in
        // whisper flows or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
    }),
}));
/**
 * Legacy-designer module types and invented names that the service rejects in a flow-language export,
 * with the flow-language Type to use instead (null when there is none / it is not an action).
 * Counts are legacy `modules[].type` occurrences in the corpus (14 legacy files).
 */
const LEGACY_ACTION_TYPES = Object.freeze(Object.assign(Object.create(null), {
    PlayPrompt: 'MessageParticipant', // 42
    SetAttributes: 'UpdateContactAttributes', // 42
    Disconnect: 'DisconnectParticipant', // 18
    InvokeExternalResource: 'InvokeLambdaFunction', // 16
    Transfer: 'TransferContactToQueue', // 9 (also used for TransferToFlow / third-party transfers)
    SetLoggingBehavior: 'UpdateFlowLoggingBehavior', // 9
    SetQueue: 'UpdateContactTargetQueue', // 8
    CheckAttribute: 'Compare', // 8
    SetRecordingBehavior: 'UpdateContactRecordingBehavior', // 6
    GetUserInput: 'GetParticipantInput', // 4 (or ConnectParticipantWithLexBot when a bot is set)
    StartMediaStreaming: 'UpdateContactMediaStreamingBehavior', // 4
    SetVoice: 'UpdateContactTextToSpeechVoice', // 4
    SetEventHook: 'UpdateContactEventHooks', // 3
    Resume: 'EndFlowExecution', // 3 (whisper flows)
    CheckStaffing: 'CheckMetricData', // 1
    // 'Loop', 'Wait', 'CheckHoursOfOperation' keep their names in the flow language: not listed.
    // Invented names seen in hand-written JSON (design note). A flow has no trigger block (what starts it is a phone
    // number / queue / API association, not an action) and its entry is `StartAction`, so Trigger and EntryPoint
    // have no replacement; CheckCondition branches on a value, which is what Compare does.
    Trigger: null,
    EntryPoint: null,
    CheckCondition: 'Compare',
}));
/** The block type that turns on flow logging (reference: flow-control-actions-updateflowloggingbehavior,
 *  "FlowLoggingBehavior": One of [Enabled, Disabled]; all 38 corpus blocks use "Enabled"). */
const LOGGING_ENABLE = Object.freeze({ type: 'UpdateFlowLoggingBehavior', parameter: 'FlowLoggingBehavior', value: 'Enabled' });
/** The table as a Map: rules look a type up several times per block, and a Map lookup beats a keyed property read. */
const SPEC_BY_TYPE = new Map(Object.entries(ACTIONS));
/** Own entries only: "toString", "__proto__" and friends are never action types. */
function actionSpec(type) {
    return SPEC_BY_TYPE.get(type);
}
/**
 * Whether `type` may appear in a flow of `flowType` (an API flow type or MODULE_FLOW_TYPE).
 * undefined when unknown: the action type is not in the table or has no `flowTypes`, the flow type is not one
 * of FLOW_TYPES / MODULE, or it is CAMPAIGN and the action's list does not name it.
 */
function allowedInFlowType(type, flowType) {
    const allowed = actionSpec(type)?.flowTypes;
    if (allowed === undefined)
        return undefined;
    if (flowType !== MODULE_FLOW_TYPE && !FLOW_TYPES.includes(flowType))
        return undefined;
    if (allowed === 'all')
        return true;
    if (allowed.includes(flowType))
        return true;
    return UNCOVERED_FLOW_TYPES.has(flowType) ? undefined : false;
}
const KNOWN_PARAMETERS = new Map();
/** Every parameter name known for `type` (required + optional + shaped); undefined when the type or its parameters are unknown. */
function knownParameters(type) {
    const p = actionSpec(type)?.parameters;
    if (p === undefined)
        return undefined;
    let set = KNOWN_PARAMETERS.get(type);
    if (set === undefined) {
        set = new Set([...(p.required ?? []), ...(p.optional ?? []), ...Object.keys(p.shapes ?? {})]);
        KNOWN_PARAMETERS.set(type, set);
    }
    return set;
}
/** Value at a dotted path inside Parameters (own properties only). */
function paramAt(params, path) {
    let cur = params;
    for (const key of path.split('.')) {
        if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Whether a conditional error exists for a block with these Parameters (see {@link ConditionalError}). */
function conditionalErrorApplies(ce, params) {
    const v = paramAt(params, ce.when.parameter);
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
        return false;
    const s = String(v).toLowerCase();
    if (!ce.when.equals.some((e) => e.toLowerCase() === s))
        return false;
    return (ce.when.requires ?? []).every((p) => {
        const r = paramAt(params, p);
        return r !== undefined && r !== null;
    });
}
/*
 * ─────────────────────────── Customer Profiles field naming ───────────────────────────
 * ProfileResponseData (GetCustomerProfile / CreateCustomerProfile / UpdateCustomerProfile, reference page
 * "GetCustomerProfile") lists FLAT names, readable after success as $.Customer.<Name>:
 *   - standard: PROFILE_STANDARD_FIELDS below (FirstName, City, ShippingCity, BillingPostalCode, ...).
 *     Addresses are flattened with a prefix — Address1..4/City/County/Country/PostalCode/Province/State for
 *     the generic address, Shipping-, Mailing- and Billing-prefixed names for the others. Real flows read $.Customer.City and
 *     $.Customer.Address1 (2 reads each in the corpus); the nested API shape `Address.City` never appears in
 *     the reference list or the corpus, so a read of $.Customer.Address.City is NOT satisfied by "City".
 *   - custom: "Attributes.<key>" → $.Customer.Attributes.<key>.
 *   - calculated (GetCalculatedAttributesForCustomerProfile): "CalculatedAttributes._average_hold_time",
 *     "CalculatedAttributes._frequent_caller", "CalculatedAttributes.<x>" → $.Customer.CalculatedAttributes.<x>.
 *   - objects (GetCustomerProfileObject, ObjectType Asset|Order|Case): the response names carry the object
 *     prefix ("AssetStatus", "OrderTotalPrice", "AssetAttributes.x") but are read as
 *     $.Customer.<Object>.<Field> ($.Customer.Asset.Status, $.Customer.Asset.Attributes.x); the object's id
 *     ($.Customer.Asset.AssetId / Order.OrderId / Case.CaseId) is always set when one object is found.
 *   - always set after a successful load: $.Customer.ProfileId, $.Customer.ProfileARN (real flows pass
 *     $.Customer.ProfileARN to CreateCase without requesting it; 2 reads in the corpus).
 * Corpus ProfileResponseData is always an array of names here (14 of 14 blocks); CreateCustomerProfile may
 * send an empty array.
 */
const PROFILE_ALWAYS_PROVIDED = Object.freeze(['ProfileId', 'ProfileARN']);
/** Standard ProfileResponseData names from the GetCustomerProfile reference page (plus `Attributes.<x>`). */
const PROFILE_STANDARD_FIELDS = Object.freeze([
    'FirstName', 'MiddleName', 'LastName', 'PhoneNumber', 'EmailAddress', 'AccountNumber', 'AdditionalInformation',
    'PartyType', 'BusinessName', 'BirthDate', 'Gender', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber',
    'BusinessEmailAddress',
    ...['', 'Shipping', 'Mailing', 'Billing'].flatMap((p) => ['Address1', 'Address2', 'Address3', 'Address4', 'City', 'County', 'Country', 'PostalCode', 'Province', 'State'].map((f) => `${p}${f}`)),
]);
/** Object types GetCustomerProfileObject can load, read as $.Customer.<Type>.<Field>. */
const PROFILE_OBJECT_TYPES = Object.freeze(['Asset', 'Order', 'Case']);

;// CONCATENATED MODULE: ./src/core/json/scan.ts
/**
 * A JSON scanner that records where every value sits in the text.
 *
 * Values themselves come from the engine's JSON.parse, which is several times faster than any parser
 * written in JavaScript; this scanner runs only when a position is needed (a finding to place, a
 * syntax error to explain), so clean files never pay for it. It is iterative, not recursive, so a
 * hostile file nested 100,000 deep cannot overflow the stack.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function describeChar(text, i) {
    if (i >= text.length)
        return 'end of input';
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0x20)
        return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    return `'${ch}'`;
}
/** Scans `text` as one JSON value and returns its position tree; throws JsonSyntaxError at the first defect. */
function indexJson(text) {
    const len = text.length;
    const stack = [];
    let root;
    let i = 0;
    const skipWhitespace = () => {
        while (i < len && isWhitespace(text.charCodeAt(i)))
            i++;
    };
    const scanString = () => {
        const start = i;
        i++;
        let escaped = false;
        for (;;) {
            if (i >= len)
                throw new JsonSyntaxError('unterminated string: add the closing "', start);
            const c = text.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (c === BACKSLASH) {
                escaped = true;
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        throw new JsonSyntaxError('invalid \\u escape: it needs exactly four hex digits', i);
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    throw new JsonSyntaxError(`invalid escape "\\${e ?? ''}" in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX` +
                        (e === "'" ? " (write ' without the backslash)" : ''), i);
                }
                i += 2;
                continue;
            }
            if (c < 0x20)
                throw new JsonSyntaxError(`${describeChar(text, i)} inside a string: escape it (e.g. \\n, \\t)`, i);
            i++;
        }
        i++;
        const raw = text.slice(start + 1, i - 1);
        return escaped ? JSON.parse(text.slice(start, i)) : raw;
    };
    const scanNumber = () => {
        const start = i;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        if (text.charCodeAt(i) === 0x30)
            i++;
        else if (isDigit(text.charCodeAt(i)))
            while (isDigit(text.charCodeAt(i)))
                i++;
        else
            throw new JsonSyntaxError(`invalid number: expected a digit after '-', found ${describeChar(text, i)}`, i);
        if (text.charCodeAt(i) === 0x2e) {
            i++;
            if (!isDigit(text.charCodeAt(i)))
                throw new JsonSyntaxError('invalid number: expected a digit after the decimal point', i);
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            i++;
            const s = text.charCodeAt(i);
            if (s === 0x2b || s === 0x2d)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                throw new JsonSyntaxError('invalid number: expected a digit in the exponent', i);
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        if (i === start)
            throw new JsonSyntaxError('invalid number', start);
    };
    const attach = (node) => {
        const top = stack[stack.length - 1];
        if (!top)
            root = node;
        else if (top.isObject)
            top.node.members.set(top.key, node);
        else
            top.node.items.push(node);
    };
    const readKey = (frame) => {
        skipWhitespace();
        if (i >= len)
            throw new JsonSyntaxError("unexpected end of input: the JSON is truncated (missing '}')", i);
        if (text.charCodeAt(i) !== QUOTE) {
            throw new JsonSyntaxError(`expected a double-quoted property name, found ${describeChar(text, i)}` +
                (text[i] === '}' ? ' (remove the trailing comma before it)' : ''), i);
        }
        frame.keyStart = i;
        frame.key = scanString();
        skipWhitespace();
        if (i >= len)
            throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
        if (text[i] !== ':')
            throw new JsonSyntaxError(`expected ':' after the property name, found ${describeChar(text, i)}`, i);
        i++;
    };
    let expectValue = true;
    for (;;) {
        skipWhitespace();
        const top = stack[stack.length - 1];
        if (expectValue) {
            const c = text.charCodeAt(i);
            const start = i;
            const keyStart = top?.isObject ? top.keyStart : undefined;
            if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
                const isObject = c === 0x7b;
                const node = isObject
                    ? { start, end: -1, keyStart, members: new Map() }
                    : { start, end: -1, keyStart, items: [] };
                attach(node);
                i++;
                skipWhitespace();
                if (text.charCodeAt(i) === (isObject ? 0x7d : 0x5d)) {
                    i++;
                    node.end = i;
                    expectValue = false;
                    continue;
                }
                const frame = { node, isObject, key: '', keyStart: -1 };
                stack.push(frame);
                if (isObject)
                    readKey(frame);
                continue;
            }
            if (c === QUOTE)
                scanString();
            else if (c === 0x2d || isDigit(c))
                scanNumber();
            else if (text.startsWith('true', i))
                i += 4;
            else if (text.startsWith('false', i))
                i += 5;
            else if (text.startsWith('null', i))
                i += 4;
            else if (i >= len)
                throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
            else
                throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} where a value was expected`, i);
            attach({ start, end: i, keyStart });
            expectValue = false;
            continue;
        }
        if (!top) {
            if (i < len)
                throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} after the end of the JSON value`, i);
            return root;
        }
        const c = text.charCodeAt(i);
        if (c === 0x2c /* , */) {
            i++;
            if (top.isObject)
                readKey(top);
            else {
                skipWhitespace();
                if (text[i] === ']')
                    throw new JsonSyntaxError("unexpected ']': remove the trailing comma before it", i);
            }
            expectValue = true;
            continue;
        }
        if (c === (top.isObject ? 0x7d : 0x5d)) {
            i++;
            top.node.end = i;
            stack.pop();
            continue;
        }
        if (i >= len)
            throw new JsonSyntaxError(`unexpected end of input: the JSON is truncated (missing '${top.isObject ? '}' : ']'}')`, i);
        throw new JsonSyntaxError(`expected ',' or '${top.isObject ? '}' : ']'}', found ${describeChar(text, i)}`, i);
    }
}
/** The node at `path`, or the deepest existing ancestor when part of the path is missing. */
function nodeAt(root, path) {
    let node = root;
    for (const key of path) {
        const next = typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
        if (!next)
            break;
        node = next;
    }
    return node;
}
/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
const MAX_JSON_DEPTH = 1000;
/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
const DUPLICATE_CHECK_DEPTH = 4;
/** Keys an object may have before they go into a hash table rather than being compared one by one. */
const FEW_KEYS = 16;
/**
 * One pass over valid JSON text: the offset where nesting passes `limit` (or -1), and the paths of object
 * keys that repeat an earlier key of the same object (JSON.parse keeps the last one silently).
 *
 * It runs on every file, so in the common case it allocates nothing per key: strings are jumped over with
 * indexOf, the container stack is typed arrays, and a key is kept as its offsets in the text and compared
 * there. Only an object with many keys (Metadata.ActionMetadata has one per block) gets a hash table, and
 * only a repeated key is ever turned into a string.
 */
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals a 'count' scan's shallowKeys exactly when no such object repeats a key:
 * the common case costs a count, and only a file with a repeat is scanned again to name it.
 */
function parsedShallowKeys(value) {
    let count = 0;
    const stack = [];
    const depths = [];
    if (typeof value === 'object' && value !== null) {
        stack.push(value);
        depths.push(0);
    }
    while (stack.length > 0) {
        const v = stack.pop();
        const depth = depths.pop();
        const isArray = Array.isArray(v);
        const keys = isArray ? undefined : Object.keys(v);
        if (keys)
            count += keys.length;
        // The deepest counted level needs only its own keys: nothing below it is compared.
        if (depth + 1 >= DUPLICATE_CHECK_DEPTH)
            continue;
        const n = keys ? keys.length : v.length;
        for (let k = 0; k < n; k++) {
            const child = keys ? v[keys[k]] : v[k];
            if (typeof child === 'object' && child !== null) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }
    return count;
}
function scanStructure(text, limit = MAX_JSON_DEPTH, keys = 'exact') {
    const exact = keys === 'exact';
    let shallowKeys = 0;
    const duplicates = [];
    let blockStarts = new Int32Array(64);
    let blockLines = new Int32Array(64);
    let blocks = 0;
    // JSON strings cannot hold a raw line break, so every one is whitespace between tokens, counted here.
    let line = 1;
    let inActions = false;
    const result = (tooDeepAt) => ({ tooDeepAt, duplicates, shallowKeys, blockStarts: blockStarts.subarray(0, blocks), blockLines: blockLines.subarray(0, blocks) });
    // Per open container (index = depth - 1): object or array, expecting a key, and its item index.
    const isObject = new Uint8Array(limit + 1);
    const expectKey = new Uint8Array(limit + 1);
    const index = new Int32Array(limit + 1);
    // Per open shallow object: its keys so far (offsets of their text, between the quotes), its last key, and
    // where the object sits in its parent (a key's offsets, or an item index with atEnd = -1).
    const table = new KeyTable(text);
    const keyStart = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyEnd = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyEscaped = new Uint8Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyCount = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const tableOf = new Int32Array(DUPLICATE_CHECK_DEPTH).fill(-1);
    const lastStart = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const lastEnd = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const atStart = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
    const atEnd = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
    let depth = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
        const c = text.charCodeAt(i);
        // Whitespace first: it is most of a pretty-printed export outside its strings.
        if (c <= 0x20) {
            i++;
            if (c === 0x0a) {
                line++;
                // A pretty-printed line's indentation, in a loop of its own: it tiers up early and runs tighter.
                while (i < len && text.charCodeAt(i) === 0x20)
                    i++;
            }
            continue;
        }
        if (c === QUOTE) {
            const start = i;
            for (;;) {
                const q = text.indexOf('"', i + 1);
                if (q === -1)
                    return result(-1);
                i = q;
                if (text.charCodeAt(q - 1) !== BACKSLASH)
                    break;
                let backslashes = 1;
                while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
            }
            i++;
            const top = depth - 1;
            if (top >= 0 && expectKey[top] === 1) {
                expectKey[top] = 0;
                if (top < DUPLICATE_CHECK_DEPTH) {
                    const s = start + 1;
                    const e = i - 1;
                    shallowKeys++;
                    if (!exact) {
                        lastStart[top] = s;
                        lastEnd[top] = e;
                        continue;
                    }
                    let repeated = false;
                    const n = keyCount[top];
                    const esc = table.escaped(s, e);
                    if (tableOf[top] >= 0)
                        repeated = !table.add(tableOf[top], s, e, esc);
                    else {
                        const base = top * FEW_KEYS;
                        for (let k = 0; k < n && !repeated; k++)
                            repeated = table.equal(keyStart[base + k], keyEnd[base + k], keyEscaped[base + k] === 1, s, e, esc);
                        if (!repeated) {
                            if (n < FEW_KEYS) {
                                keyStart[base + n] = s;
                                keyEnd[base + n] = e;
                                keyEscaped[base + n] = esc ? 1 : 0;
                            }
                            else {
                                const handle = table.open();
                                for (let k = 0; k < n; k++)
                                    table.add(handle, keyStart[base + k], keyEnd[base + k], keyEscaped[base + k] === 1);
                                table.add(handle, s, e, esc);
                                tableOf[top] = handle;
                            }
                        }
                    }
                    if (!repeated)
                        keyCount[top] = n + 1;
                    else {
                        const path = [];
                        for (let d = 1; d < depth; d++)
                            path.push(atEnd[d] < 0 ? atStart[d] : table.text(atStart[d], atEnd[d]));
                        path.push(table.text(s, e));
                        duplicates.push(path);
                    }
                    lastStart[top] = s;
                    lastEnd[top] = e;
                }
            }
            continue;
        }
        if (c === 0x7b || c === 0x5b) {
            if (depth >= limit)
                return result(i);
            const parent = depth - 1;
            if (depth <= DUPLICATE_CHECK_DEPTH && parent >= 0) {
                atStart[depth] = isObject[parent] ? lastStart[parent] : index[parent];
                atEnd[depth] = isObject[parent] ? lastEnd[parent] : -1;
            }
            const obj = c === 0x7b ? 1 : 0;
            isObject[depth] = obj;
            expectKey[depth] = obj;
            index[depth] = 0;
            if (depth < DUPLICATE_CHECK_DEPTH) {
                keyCount[depth] = 0;
                if (tableOf[depth] >= 0)
                    table.close(tableOf[depth]);
                tableOf[depth] = -1;
            }
            if (depth === 1)
                inActions = obj === 0 && isObject[0] === 1 && atEnd[1] - atStart[1] === 7 && text.startsWith('Actions', atStart[1]);
            else if (depth === 2 && inActions) {
                if (blocks === blockStarts.length) {
                    const starts = new Int32Array(blocks * 2);
                    starts.set(blockStarts);
                    blockStarts = starts;
                    const lines = new Int32Array(blocks * 2);
                    lines.set(blockLines);
                    blockLines = lines;
                }
                blockStarts[blocks] = i;
                blockLines[blocks++] = line;
            }
            depth++;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
        else if (c === 0x2c && depth > 0) {
            if (isObject[depth - 1] === 1)
                expectKey[depth - 1] = 1;
            else
                index[depth - 1]++;
        }
        i++;
    }
    return result(-1);
}
/**
 * Sets of object keys held as offsets into the text: open-addressing hash tables over typed arrays, so an
 * object of 20,000 keys costs a few array allocations, not 20,000 strings. Keys compare by their text; a
 * key written with escapes ("T\u0065xt") is decoded first, so it equals the plain spelling.
 */
class KeyTable {
    source;
    tables = [];
    constructor(source) {
        this.source = source;
    }
    /** A new, empty table; returns its handle. */
    open() {
        const handle = this.tables.findIndex((t) => t === undefined);
        const table = newTable(64);
        if (handle >= 0) {
            this.tables[handle] = table;
            return handle;
        }
        this.tables.push(table);
        return this.tables.length - 1;
    }
    close(handle) {
        this.tables[handle] = undefined;
    }
    /** Adds the key at [start, end); false when the table already holds an equal key. */
    add(handle, start, end, escaped) {
        let t = this.tables[handle];
        if ((t.size + 1) * 2 > t.slots.length)
            t = this.grow(handle);
        const mask = t.slots.length - 1;
        const h = this.hash(start, end, escaped);
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k = t.slots[slot];
            if (k < 0) {
                t.slots[slot] = t.size;
                t.starts[t.size] = start;
                t.ends[t.size] = end;
                t.escaped[t.size] = escaped ? 1 : 0;
                t.hashes[t.size] = h;
                t.size++;
                return true;
            }
            if (t.hashes[k] === h && this.equal(t.starts[k], t.ends[k], t.escaped[k] === 1, start, end, escaped))
                return false;
        }
    }
    /** Whether the keys at [aStart, aEnd) and [bStart, bEnd) (with their `escaped` flags) are the same string once decoded. */
    equal(aStart, aEnd, aEscaped, bStart, bEnd, bEscaped) {
        const text = this.source;
        if (aEscaped || bEscaped)
            return this.text(aStart, aEnd) === this.text(bStart, bEnd);
        if (aEnd - aStart !== bEnd - bStart)
            return false;
        for (let k = 0; k < aEnd - aStart; k++)
            if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k))
                return false;
        return true;
    }
    /** The key at [start, end) as a string, escapes decoded. */
    text(start, end) {
        const raw = this.source.slice(start, end);
        if (!this.escaped(start, end))
            return raw;
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            return raw;
        }
    }
    /** Whether the key at [start, end) is written with escapes. */
    escaped(start, end) {
        // A loop over the key, not indexOf: that would run on to the end of the text when the key has none.
        for (let k = start; k < end; k++)
            if (this.source.charCodeAt(k) === BACKSLASH)
                return true;
        return false;
    }
    /** FNV-1a over the decoded key's UTF-16 code units. */
    hash(start, end, escaped) {
        let h = 0x811c9dc5;
        if (escaped) {
            const key = this.text(start, end);
            for (let k = 0; k < key.length; k++)
                h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
        }
        else
            for (let k = start; k < end; k++)
                h = Math.imul(h ^ this.source.charCodeAt(k), 0x01000193);
        return h >>> 0;
    }
    /** Twice the slots; the keys are re-placed by their kept hashes (they are known distinct: no compares). */
    grow(handle) {
        const old = this.tables[handle];
        const t = newTable(old.slots.length * 2);
        const mask = t.slots.length - 1;
        t.starts.set(old.starts);
        t.ends.set(old.ends);
        t.escaped.set(old.escaped);
        t.hashes.set(old.hashes);
        for (let k = 0; k < old.size; k++) {
            let slot = old.hashes[k] & mask;
            while (t.slots[slot] >= 0)
                slot = (slot + 1) & mask;
            t.slots[slot] = k;
        }
        t.size = old.size;
        this.tables[handle] = t;
        return t;
    }
}
function newTable(slots) {
    return { slots: new Int32Array(slots).fill(-1), starts: new Int32Array(slots / 2), ends: new Int32Array(slots / 2), escaped: new Uint8Array(slots / 2), hashes: new Uint32Array(slots / 2), size: 0 };
}

;// CONCATENATED MODULE: ./src/core/json/locate.ts
/**
 * Finds many JSON paths in one pass over the text. Only the branches that lead to a requested path are
 * walked key by key; every other value is skipped with a scan that allocates nothing (strings are jumped
 * over with indexOf). So placing 100 findings in a 17 MB flow costs one fast scan, not a position tree of
 * the whole file. With `stopWhenFound` (for text known to repeat no key) the scan stops as soon as every
 * requested path has been found, so findings in the first blocks do not pay for the rest of the flow or its
 * Metadata. A path that does not exist resolves to its
 * deepest existing ancestor (which keeps the scan going to that ancestor's end).
 *
 * The text must be JSON that JSON.parse accepted; on anything else the scan still ends, without throwing.
 */
function locatePaths(text, paths, options = {}) {
    const root = { children: new Map() };
    // Requested nodes not yet found; at zero the rest of the text is of no interest, unless a key may repeat
    // later in the text (the last value counts, as in JSON.parse), which only the caller can rule out.
    let pending = 0;
    const stop = options.stopWhenFound === true;
    for (const path of paths) {
        let node = root;
        for (const key of path) {
            let next = node.children.get(key);
            if (!next)
                node.children.set(key, (next = { children: new Map() }));
            node = next;
        }
        if (!node.wanted) {
            node.wanted = true;
            pending++;
        }
    }
    const len = text.length;
    // `start`: the offset of the value the paths are relative to (a block of the flow), else the whole text.
    let i = options.start ?? 0;
    const skipWhitespace = () => {
        for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i))
            ;
    };
    /** i at an opening quote → i just past the closing quote. */
    const skipString = () => {
        let j = i + 1;
        for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1) {
                i = len;
                return;
            }
            let backslashes = 0;
            while (text.charCodeAt(q - 1 - backslashes) === 0x5c)
                backslashes++;
            if (backslashes % 2 === 0) {
                i = q + 1;
                return;
            }
            j = q + 1;
        }
    };
    const readString = () => {
        const start = i;
        skipString();
        const raw = text.slice(start + 1, i - 1);
        if (!raw.includes('\\'))
            return raw;
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return raw;
        }
    };
    const skipValue = () => {
        const c = text.charCodeAt(i);
        if (c === 0x22)
            return skipString();
        if (c !== 0x7b && c !== 0x5b) {
            while (i < len) {
                const d = text.charCodeAt(i);
                if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09)
                    break;
                i++;
            }
            return;
        }
        let depth = 0;
        while (i < len) {
            const d = text.charCodeAt(i);
            if (d === 0x22) {
                skipString();
                continue;
            }
            if (d === 0x7b || d === 0x5b)
                depth++;
            else if (d === 0x7d || d === 0x5d) {
                depth--;
                if (depth === 0) {
                    i++;
                    return;
                }
            }
            i++;
        }
    };
    // Recursion follows only the trie, whose depth is that of the longest requested path.
    const visit = (node, keyStart) => {
        const start = i;
        const c = text.charCodeAt(i);
        if (node.children.size > 0 && (c === 0x7b || c === 0x5b)) {
            const isObject = c === 0x7b;
            const close = isObject ? 0x7d : 0x5d;
            i++;
            for (let index = 0; i < len; index++) {
                skipWhitespace();
                if (text.charCodeAt(i) === close)
                    break;
                let memberKeyStart;
                let child;
                if (isObject) {
                    memberKeyStart = i;
                    const key = readString();
                    skipWhitespace();
                    i++; // ':'
                    skipWhitespace();
                    child = node.children.get(key);
                }
                else
                    child = node.children.get(index);
                if (child)
                    visit(child, memberKeyStart);
                else
                    skipValue();
                if (pending === 0 && stop)
                    break;
                skipWhitespace();
                if (text.charCodeAt(i) === 0x2c)
                    i++;
                else
                    break;
            }
            i++; // the closing bracket
        }
        else
            skipValue();
        // Once nothing is pending, the containers being left were not scanned to their end; no request
        // resolves to them (every requested path was found below them), so their `end` is never read.
        if (node.wanted && node.at === undefined)
            pending--;
        node.at = { keyStart, start, end: Math.min(i, len) };
    };
    skipWhitespace();
    if (i < len)
        visit(root, undefined);
    return paths.map((path) => {
        let node = root;
        let found = root.at ?? { keyStart: undefined, start: 0, end: 0 };
        for (const key of path) {
            const next = node.children.get(key);
            if (!next?.at)
                break;
            node = next;
            found = next.at;
        }
        return found;
    });
}

;// CONCATENATED MODULE: ./src/core/source/document.ts

/**
 * Resolves JSON paths of a flow to file ranges. The flow's text is the file itself for a raw export, or
 * the decoded `Content` string for a wrapper; `toFileOffsets` maps the latter back into the file.
 */
class TextLocator {
    flowText;
    lines;
    toFileOffsets;
    prefix;
    structure;
    constructor(flowText, lines, toFileOffsets = (o) => [...o], 
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    prefix = [], 
    /**
     * Given when no object key repeats where the structure scan looks (the flow, its blocks, their
     * Transitions and Parameters): a lookup may then start at the block a path is in, and stop once it has
     * found what it was asked for, instead of scanning on for a later, winning, copy of a key.
     */
    structure) {
        this.flowText = flowText;
        this.lines = lines;
        this.toFileOffsets = toFileOffsets;
        this.prefix = prefix;
        this.structure = structure;
    }
    ranges(requests) {
        if (requests.length === 0)
            return [];
        const located = this.structure && this.prefix.length === 0 ? this.locateByBlock(requests.map((r) => r.path), this.structure.blockStarts) : locatePaths(this.flowText, requests.map((r) => (this.prefix.length > 0 ? [...this.prefix, ...r.path] : r.path)), { stopWhenFound: this.structure !== undefined });
        const offsets = [];
        located.forEach((l, k) => {
            offsets.push(requests[k].part !== 'value' && l.keyStart !== undefined ? l.keyStart : l.start, l.end);
        });
        const positions = this.lines.positions(this.toFileOffsets(offsets));
        return requests.map((_, k) => ({ start: positions[2 * k], end: positions[2 * k + 1] }));
    }
    /**
     * Paths inside a block are looked up from the block's own start (a finding in block 19,000 of a flow
     * does not scan the 18,999 before it); the others with one scan of the whole text.
     */
    locateByBlock(paths, blockStarts) {
        const out = new Array(paths.length);
        const byBlock = new Map();
        const rest = [];
        paths.forEach((p, k) => {
            const block = p[1];
            if (p[0] === 'Actions' && typeof block === 'number' && block >= 0 && block < blockStarts.length) {
                const list = byBlock.get(block);
                if (list)
                    list.push(k);
                else
                    byBlock.set(block, [k]);
            }
            else
                rest.push(k);
        });
        for (const [block, ks] of byBlock) {
            const found = locatePaths(this.flowText, ks.map((k) => paths[k].slice(2)), { stopWhenFound: true, start: blockStarts[block] });
            ks.forEach((k, n) => (out[k] = found[n]));
        }
        if (rest.length > 0) {
            const found = locatePaths(this.flowText, rest.map((k) => paths[k]), { stopWhenFound: true });
            rest.forEach((k, n) => (out[k] = found[n]));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/source/placeholders.ts
/**
 * Template placeholders in a flow's JSON: CloudFormation `Fn::Sub` variables (`${QueueArn}`,
 * `${AWS::Region}`, `${Lambda.Arn}`) and Terraform `templatefile()` interpolations (`${queue_arn}`,
 * `${jsonencode(x)}`). In practice they sit inside JSON strings and need nothing. One written where a value
 * belongs (`"Timeout": ${timeout}`) is replaced with a JSON value of exactly the same length, so the text
 * parses and every offset (and so every finding's line and column) stays where it was.
 */
/** Longest `${...}` taken as one placeholder; past that the brace is left alone. */
const MAX_PLACEHOLDER = 4096;
/** Index just past the `}` that closes the placeholder whose body starts at `from`, or -1. */
function placeholderEnd(text, from) {
    let depth = 1;
    const stop = Math.min(text.length, from + MAX_PLACEHOLDER);
    for (let i = from; i < stop; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x7b)
            depth++;
        else if (c === 0x7d) {
            if (--depth === 0)
                return i + 1;
        }
        else if (c === 0x22) {
            // A string inside a Terraform expression: ${jsonencode("a}")}
            for (i++; i < stop && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c)
                    i++;
        }
    }
    return -1;
}
const UNSAFE_IN_STRING = /[\u0000-\u001f"\\]/;
/** A JSON value as long as `placeholder`, for a placeholder written where a value belongs. */
function valueStandIn(placeholder) {
    const inner = placeholder.slice(2, -1);
    // `${timeout}` → `"$timeout"`: a string, readable in messages, exactly as long.
    if (!UNSAFE_IN_STRING.test(inner))
        return `"$${inner}"`;
    // A multi-line expression: a number, then whitespace that keeps its line breaks.
    if (/[\r\n]/.test(inner))
        return '0' + placeholder.slice(1).replace(/[^\r\n]/g, ' ');
    return `"${'_'.repeat(placeholder.length - 2)}"`;
}
/**
 * Returns `text` with every placeholder that would break JSON replaced by a same-length stand-in: one
 * outside strings becomes a JSON value, one inside a string that holds quotes or backslashes becomes `$___`.
 * Returns undefined when nothing needed replacing.
 */
function standInPlaceholders(text) {
    const parts = [];
    let copied = 0;
    const replace = (start, end, by) => {
        parts.push(text.slice(copied, start), by);
        copied = end;
    };
    const n = text.length;
    let i = text.indexOf('${') === -1 ? n : 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            for (i++; i < n;) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i += 2;
                else if (d === 0x22) {
                    i++;
                    break;
                }
                else if (d === 0x0a)
                    break; // unterminated: let the parser say so
                else if (d === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
                    const end = placeholderEnd(text, i + 2);
                    if (end < 0) {
                        i++;
                        continue;
                    }
                    const body = text.slice(i, end);
                    if (UNSAFE_IN_STRING.test(body.slice(2, -1)) && !/[\r\n]/.test(body))
                        replace(i, end, '$' + '_'.repeat(body.length - 1));
                    i = end;
                }
                else
                    i++;
            }
            continue;
        }
        if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
            const end = placeholderEnd(text, i + 2);
            if (end > 0) {
                replace(i, end, valueStandIn(text.slice(i, end)));
                i = end;
                continue;
            }
        }
        i++;
    }
    if (parts.length === 0)
        return undefined;
    parts.push(text.slice(copied));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/core/source/shape.ts




function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function own(o, key) {
    return Object.hasOwn(o, key) ? o[key] : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** A flow-language export: the shape every Amazon Connect designer since 2020 writes. */
function looksLikeFlow(v) {
    return isObject(v) && (Array.isArray(own(v, 'Actions')) || typeof own(v, 'StartAction') === 'string');
}
function looksLikeLegacyFlow(v) {
    return isObject(v) && Array.isArray(own(v, 'modules')) && (own(v, 'start') !== undefined || own(v, 'type') !== undefined);
}
/** A flow module's export: top-level `Settings` declaring its InputParameters/OutputParameters. */
function looksLikeModule(v) {
    const settings = isObject(v) ? own(v, 'Settings') : undefined;
    return isObject(settings) && (own(settings, 'InputParameters') !== undefined || own(settings, 'OutputParameters') !== undefined);
}
/** The flow type a flow's own content implies: MODULE for a module export, else nothing. */
function contentFlowType(flow) {
    return looksLikeModule(flow) ? MODULE_FLOW_TYPE : undefined;
}
function flowName(flow) {
    const metadata = own(flow, 'Metadata');
    return isObject(metadata) ? str(own(metadata, 'name')) : undefined;
}
function describeNonFlow(value) {
    if (!isObject(value))
        return `its top level is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not a flow object`;
    const keys = Object.keys(value).slice(0, 5);
    return `it has no "Actions" array or "StartAction" (top-level keys: ${keys.join(', ') || 'none'}) and no "Content" string holding a flow`;
}
const LEGACY_MESSAGE = 'this is a legacy flow-designer export ("modules"/"branches"), which the linter cannot check: open the flow in the current Amazon Connect flow designer and export it again (flow-language JSON with "Actions")';
function syntaxErrorAt(text, parseError) {
    try {
        indexJson(text);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return { offset: e.offset, message: e.message };
    }
    // The engine rejected what our scanner accepts: keep the engine's words and, if it gives one, its position.
    const message = parseError instanceof Error ? parseError.message : String(parseError);
    const m = /at position (\d+)/.exec(message);
    return { offset: m ? Number(m[1]) : 0, message: message.replace(/\s*in JSON at position.*$/, '') };
}
/**
 * Parses JSON text. When `placeholders` is set and the text does not parse as it is, template placeholders
 * (`${X}`) that break it are replaced with same-length stand-ins and the text is parsed again; the text that
 * parsed is returned, so paths are located in it (its offsets are those of the original).
 */
function parseJson(text, placeholders) {
    // Hostile nesting is refused before any engine sees it: JSON.parse and JSONPath recurse once per level.
    const structure = scanStructure(text, MAX_JSON_DEPTH, 'count');
    if (structure.tooDeepAt !== -1)
        return { ok: false, offset: structure.tooDeepAt, message: `the JSON is nested deeper than ${MAX_JSON_DEPTH} levels (a flow nests about 10), so it was not linted` };
    // Repeated keys are counted, not compared: JSON.parse keeps one of each, so a shortfall in the parsed value
    // means a repeat, and only then is the text scanned again to name each one (a third of the scan's time).
    const repeats = (value, source) => parsedShallowKeys(value) === structure.shallowKeys ? [] : scanStructure(source).duplicates;
    try {
        const value = JSON.parse(text);
        return { ok: true, value, text, duplicates: repeats(value, text), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
    }
    catch (e) {
        const substituted = placeholders ? standInPlaceholders(text) : undefined;
        if (substituted === undefined)
            return { ok: false, ...syntaxErrorAt(text, e) };
        try {
            // Stand-ins keep every offset, so the nesting and block starts found above still hold.
            const value = JSON.parse(substituted);
            return { ok: true, value, text: substituted, duplicates: repeats(value, substituted), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
        }
        catch (e2) {
            return { ok: false, ...syntaxErrorAt(substituted, e2) };
        }
    }
}
/**
 * What lets finding placement start at a block and stop early: only for text with no repeated key, and only
 * when every item of "Actions" is a block (the scan records containers, so a stray string would shift them).
 */
function fastLookup(parsed, flow) {
    if (parsed.duplicates.length > 0)
        return undefined;
    const actions = isObject(flow) ? own(flow, 'Actions') : undefined;
    return { blockStarts: Array.isArray(actions) && actions.length === parsed.blockStarts.length ? parsed.blockStarts : new Int32Array(0) };
}
/** Parses a flow held in a string and points everything found in it back into the file. */
function readEmbeddedFlow(file, lines, src) {
    const rangeAt = (inner) => {
        const [o = 0] = src.toFile([inner]);
        return { start: lines.position(o), end: lines.position(o + 1) };
    };
    const parsed = parseJson(src.content, src.placeholders);
    if (!parsed.ok) {
        return { kind: 'problem', problem: { ruleId: 'parse-error', message: `the flow in ${src.label} is not valid JSON: ${parsed.message}`, range: rangeAt(parsed.offset) } };
    }
    const inner = parsed.value;
    if (!looksLikeFlow(inner)) {
        if (looksLikeLegacyFlow(inner))
            return { kind: 'legacy', problem: { ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: rangeAt(parsed.text.search(/\S/)) } };
        return { kind: 'not-a-flow', reason: describeNonFlow(inner), range: rangeAt(parsed.text.search(/\S/)) };
    }
    const locator = new TextLocator(parsed.text, lines, src.toFile, [], fastLookup(parsed, inner));
    const flowType = src.flowType ?? contentFlowType(inner);
    return {
        kind: 'flow',
        flow: {
            file,
            value: inner,
            name: src.name ?? flowName(inner),
            ...(flowType !== undefined ? { flowType } : {}),
            ...(src.identifiers && src.identifiers.length > 0 ? { identifiers: src.identifiers } : {}),
            ...(src.substitutions ? { substitutions: src.substitutions } : {}),
            ...(parsed.duplicates.length > 0 ? { duplicateKeys: parsed.duplicates } : {}),
            ranges: (r) => locator.ranges(r),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/model/flow.ts



/**
 * One outgoing route of a block, and the routing graph's edge when its target exists. Its label and JSON path
 * are worked out only when a message or a picture needs them: a large flow has tens of thousands of
 * transitions and almost none is ever reported.
 */
class Transition {
    from;
    kind;
    target;
    actionPath;
    listIndex;
    detail;
    /** Node (action index) of the target block; -1 when no block has the target Identifier. Set by buildFlow. */
    to = -1;
    constructor(
    /** Node (action index) of the block the transition leaves. */
    from, kind, target, 
    /** Path of the block in the flow document. */
    actionPath, 
    /** Position in Transitions.Conditions / Transitions.Errors; -1 for NextAction. */
    listIndex, 
    /** For errors, the ErrorType; for conditions, the raw Condition. */
    detail) {
        this.from = from;
        this.kind = kind;
        this.target = target;
        this.actionPath = actionPath;
        this.listIndex = listIndex;
        this.detail = detail;
        this.errorType = kind === 'error' ? (typeof detail === 'string' ? detail : 'error') : undefined;
    }
    /** For errors, the ErrorType (rules compare it for every block, so it is worked out once). */
    errorType;
    /** What a reviewer reads on the edge: "next", the condition ("Equals 1"), or the error type. */
    get label() {
        if (this.kind === 'next')
            return 'next';
        if (this.kind === 'error')
            return this.errorType;
        return conditionLabel(this.detail);
    }
    /** Where the transition's NextAction sits in the flow document. */
    get path() {
        const t = [...this.actionPath, 'Transitions'];
        if (this.kind === 'next')
            return [...t, 'NextAction'];
        return [...t, this.kind === 'error' ? 'Errors' : 'Conditions', this.listIndex, 'NextAction'];
    }
}
function kindOf(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
/** Real exports write operands as strings; hand-written IaC sometimes as numbers or booleans. */
function scalarText(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v) ?? '';
}
function conditionLabel(condition) {
    if (!isObject(condition))
        return 'condition';
    const operator = scalarText(own(condition, 'Operator') ?? '');
    const operands = own(condition, 'Operands');
    const values = Array.isArray(operands) ? operands.map(scalarText).join(', ') : scalarText(operands ?? '');
    return `${operator} ${values}`.trim() || 'condition';
}
/**
 * Builds the flow model from a parsed export. Never throws: a field of the wrong type is recorded as a
 * structure problem with its path and the rest of the flow is still modelled.
 */
function buildFlow(doc) {
    const problems = [];
    const value = doc.value;
    const start = own(value, 'StartAction');
    if (start !== undefined && typeof start !== 'string') {
        problems.push({ path: ['StartAction'], message: `"StartAction" must be a string (the Identifier of the first block), not ${kindOf(start)}` });
    }
    const metadata = own(value, 'Metadata');
    const actionMetadata = isObject(metadata) ? own(metadata, 'ActionMetadata') : undefined;
    const designer = isObject(actionMetadata) ? actionMetadata : undefined;
    const rawActions = own(value, 'Actions');
    const actions = [];
    const byId = new Map();
    if (rawActions !== undefined && !Array.isArray(rawActions)) {
        problems.push({ path: ['Actions'], message: `"Actions" must be an array of blocks, not ${kindOf(rawActions)}` });
    }
    const list = Array.isArray(rawActions) ? rawActions : [];
    for (let i = 0; i < list.length; i++) {
        const raw = list[i];
        const path = ['Actions', i];
        if (!isObject(raw)) {
            problems.push({ path, message: `block ${i} of "Actions" must be an object, not ${kindOf(raw)}` });
            continue;
        }
        const id = own(raw, 'Identifier');
        if (typeof id !== 'string' || id === '') {
            problems.push({ path: id === undefined ? path : [...path, 'Identifier'], message: `block ${i} of "Actions" has no "Identifier" string: every block needs a unique Identifier` });
            continue;
        }
        const type = own(raw, 'Type');
        if (typeof type !== 'string' || type === '') {
            problems.push({ path: type === undefined ? [...path, 'Identifier'] : [...path, 'Type'], blockId: id, message: `block "${id}" has no "Type" string: set the action type, e.g. "MessageParticipant"` });
        }
        const params = own(raw, 'Parameters');
        if (params !== undefined && !isObject(params)) {
            problems.push({ path: [...path, 'Parameters'], blockId: id, message: `"Parameters" of block "${id}" must be an object, not ${kindOf(params)}` });
        }
        const action = {
            index: actions.length,
            id,
            type: typeof type === 'string' ? type : '',
            parameters: isObject(params) ? params : {},
            transitions: readTransitions(raw, actions.length, path, id, problems),
            path,
            raw,
            designer,
            spec: typeof type === 'string' ? actionSpec(type) : undefined,
        };
        actions.push(action);
        if (!byId.has(id))
            byId.set(id, action);
    }
    // Targets resolve once every Identifier is known (a transition may lead to a later block).
    for (let a = 0; a < actions.length; a++) {
        const transitions = actions[a].transitions;
        for (let k = 0; k < transitions.length; k++) {
            const t = transitions[k];
            const target = byId.get(t.target);
            if (target)
                t.to = target.index;
        }
    }
    for (const path of doc.duplicateKeys ?? []) {
        const key = String(path[path.length - 1]);
        const where = path.length > 1 ? ` in ${path.slice(0, -1).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')}` : '';
        problems.push({ path, message: `the key "${key}"${where} appears twice: JSON keeps only the last value, so the first is silently ignored. Remove or rename one.` });
    }
    const flowType = resolveFlowType(doc.flowType, isObject(metadata) ? own(metadata, 'type') : undefined);
    return { doc, startAction: typeof start === 'string' ? start : undefined, actions, byId, structureProblems: problems, flowType };
}
/** A block's designer metadata (`Metadata.ActionMetadata[id]`), if any. */
function blockMetadata(action) {
    if (!action.designer)
        return undefined;
    const md = own(action.designer, action.id);
    return isObject(md) ? md : undefined;
}
const TRANSITION_LISTS = [
    ['Conditions', 'condition', 'Condition'],
    ['Errors', 'error', 'ErrorType'],
];
/** A NextAction's target; "" is how transfer blocks say "no next block". Anything but a string is a problem. */
function targetOf(v, id, problems, actionPath, list, entry) {
    if (v === undefined || v === '')
        return undefined;
    if (typeof v === 'string')
        return v;
    const path = list === undefined ? [...actionPath, 'Transitions', 'NextAction'] : [...actionPath, 'Transitions', list, entry, 'NextAction'];
    problems.push({ path, blockId: id, message: `"NextAction" of block "${id}" must be a string Identifier, not ${kindOf(v)}` });
    return undefined;
}
/** Reads a block's Transitions. Runs once per block of every flow, so the clean path allocates only the Transitions. */
function readTransitions(raw, index, actionPath, id, problems) {
    const out = [];
    const t = own(raw, 'Transitions');
    if (t === undefined)
        return out;
    if (!isObject(t)) {
        problems.push({ path: [...actionPath, 'Transitions'], blockId: id, message: `"Transitions" of block "${id}" must be an object, not ${kindOf(t)}` });
        return out;
    }
    const nextRaw = own(t, 'NextAction');
    const next = typeof nextRaw === 'string' && nextRaw !== '' ? nextRaw : targetOf(nextRaw, id, problems, actionPath);
    if (next !== undefined)
        out.push(new Transition(index, 'next', next, actionPath, -1));
    for (let n = 0; n < TRANSITION_LISTS.length; n++) {
        const spec = TRANSITION_LISTS[n];
        const key = spec[0];
        const kind = spec[1];
        const detail = spec[2];
        const list = own(t, key);
        if (list === undefined)
            continue;
        if (!Array.isArray(list)) {
            problems.push({ path: [...actionPath, 'Transitions', key], blockId: id, message: `"Transitions.${key}" of block "${id}" must be an array, not ${kindOf(list)}` });
            continue;
        }
        for (let j = 0; j < list.length; j++) {
            const entry = list[j];
            if (!isObject(entry)) {
                problems.push({ path: [...actionPath, 'Transitions', key, j], blockId: id, message: `entry ${j} of "Transitions.${key}" of block "${id}" must be an object, not ${kindOf(entry)}` });
                continue;
            }
            const raw = own(entry, 'NextAction');
            const to = typeof raw === 'string' && raw !== '' ? raw : targetOf(raw, id, problems, actionPath, key, j);
            if (to === undefined)
                continue;
            out.push(new Transition(index, kind, to, actionPath, j, own(entry, detail)));
        }
    }
    return out;
}
/** A short human label for a block: what a reviewer would call it in the designer. */
function blockLabel(action) {
    const p = action.parameters;
    const pick = (k) => {
        const v = Object.hasOwn(p, k) ? p[k] : undefined;
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const md = blockMetadata(action);
    const mdText = (k) => {
        const v = md && Object.hasOwn(md, k) ? md[k] : undefined;
        if (typeof v === 'string')
            return v;
        if (isObject(v) && typeof v['text'] === 'string')
            return v['text'];
        return undefined;
    };
    const attributes = Object.hasOwn(p, 'Attributes') && isObject(p['Attributes']) ? Object.keys(p['Attributes']).join(', ') : undefined;
    const detail = pick('Text') ?? pick('ComparisonValue') ?? (attributes || undefined) ?? mdText('queue') ?? mdText('ContactFlow') ?? mdText('contactFlowModuleName') ??
        pick('QueueId') ?? pick('ContactFlowId') ?? pick('FlowModuleId') ?? pick('LambdaFunctionARN') ?? pick('FlowLoggingBehavior') ?? undefined;
    if (!detail)
        return action.type || action.id;
    const short = detail.length > 40 ? `${detail.slice(0, 37)}...` : detail;
    return `${action.type}: ${short}`;
}

;// CONCATENATED MODULE: ./src/core/rules/describe.ts

/** How messages name a block: its label, and its whole Identifier so a search of the JSON finds it. */
function blockRef(action) {
    const label = blockLabel(action);
    return label === action.id ? `"${label}"` : `"${label}" (${action.id})`;
}
/** Hops shown at each end of a long path; the middle is summarised so a message stays readable. */
const PATH_ENDS = 4;
/** A path as a reviewer reads it: Start → "A" (id) -[Equals 2]→ "B" (id), with a long middle elided. */
function describePath(graph, edges, from = graph.entry) {
    const actions = graph.flow.actions;
    const hop = (e) => e.kind === 'next' ? ` → ${blockRef(actions[e.to])}` : ` -[${e.label}]→ ${blockRef(actions[e.to])}`;
    let text = `Start → ${blockRef(actions[from])}`;
    if (edges.length <= 2 * PATH_ENDS + 1)
        return text + edges.map(hop).join('');
    text += edges.slice(0, PATH_ENDS).map(hop).join('');
    text += ` → … ${edges.length - 2 * PATH_ENDS} more blocks …`;
    return text + edges.slice(-PATH_ENDS).map(hop).join('');
}
/** The Identifiers along a path, for the finding's evidence. */
function pathIds(graph, edges, from = graph.entry) {
    const ids = [graph.flow.actions[from].id, ...edges.map((e) => graph.flow.actions[e.to].id)];
    // Evidence is for reading, not for replaying: keep the ends of a very long path.
    return ids.length <= MAX_EVIDENCE ? ids : [...ids.slice(0, MAX_EVIDENCE / 2), '…', ...ids.slice(-MAX_EVIDENCE / 2)];
}
const MAX_EVIDENCE = 100;
const MAX_CANDIDATES = 2000;
/**
 * Edits within which a missing block Identifier is taken for a typo of an existing one. Identifiers are
 * mostly UUIDs: a third of their length (closest()'s default, 12 edits) would offer an unrelated block and
 * costs a full edit-distance table per block, while a typo or a few cut-off characters are a few edits.
 */
const IDENTIFIER_TYPO_EDITS = 4;
/** Levenshtein distance, capped: used to suggest the closest known name in messages. */
function closest(word, candidates, maxDistance = Math.max(3, Math.floor(word.length / 3))) {
    // A real flow has at most 250 blocks and a config a few dozen rules; past a few thousand candidates a
    // suggestion costs more than it helps (each is an edit-distance computation), so none is offered.
    const list = Array.isArray(candidates) ? candidates : [...candidates];
    if (list.length > MAX_CANDIDATES)
        return undefined;
    let best;
    let bestDistance = maxDistance + 1;
    const lower = word.toLowerCase();
    for (const c of list) {
        if (Math.abs(c.length - word.length) >= bestDistance)
            continue;
        const other = c.toLowerCase();
        // A bound of the edit distance from the characters the two do not share costs one pass, not a table:
        // most candidates (other UUIDs) are ruled out here.
        if (bagDistance(lower, other) >= bestDistance)
            continue;
        const d = distance(lower, other, bestDistance);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Character counts by UTF-16 code unit, zero between uses: bagDistance counts up, then back down. */
let bag;
/**
 * max(characters of `a` not in `b`, characters of `b` not in `a`), as multisets: each edit fixes at most one
 * of each, so no edit sequence shorter than this turns one string into the other.
 */
function bagDistance(a, b) {
    bag ??= new Int32Array(0x10000);
    for (let i = 0; i < a.length; i++)
        bag[a.charCodeAt(i)]++;
    let extra = 0;
    for (let i = 0; i < b.length; i++) {
        const c = b.charCodeAt(i);
        if (bag[c] > 0)
            bag[c]--;
        else
            extra++;
    }
    // What is left of `a`'s counts is what `b` lacks; reading it also puts the table back to zero.
    let missing = 0;
    for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i);
        missing += bag[c];
        bag[c] = 0;
    }
    return Math.max(extra, missing);
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
/** Levenshtein distance with two reused rows; stops as soon as every entry of a row reaches `cap`. */
function distance(a, b, cap) {
    if (rowA.length <= b.length) {
        rowA = new Int32Array(b.length + 1);
        rowB = new Int32Array(b.length + 1);
    }
    let prev = rowA;
    let cur = rowB;
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        let rowMin = i;
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin >= cap)
            return cap;
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/core/config/glob.ts
/**
 * Glob patterns for `overrides.files` and CLI arguments: `**`, `*`, `?`, `{a,b}` and `[...]`, matched
 * against forward-slash paths relative to the config's folder. Small enough to own, and it compiles to one
 * linear regular expression (no nested quantifiers), so a hostile pattern cannot make matching slow.
 */
function globToRegExp(glob) {
    let re = '';
    let inGroup = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // "**/" matches zero or more folders; a trailing "**" matches everything below.
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:[^/]*/)*';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            inGroup++;
            re += '(?:';
        }
        else if (c === '}' && inGroup > 0) {
            inGroup--;
            re += ')';
        }
        else if (c === ',' && inGroup > 0)
            re += '|';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                re += '\\[';
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\').replace(/^!/, '^');
                re += `[${body}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\/]/g, '\\$&');
    }
    while (inGroup-- > 0)
        re += ')';
    return new RegExp(`^${re}$`);
}
function matchesGlob(path, glob) {
    const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
    const g = glob.replace(/^\.\//, '');
    // A pattern without a slash matches the file name in any folder, as in .gitignore and ESLint.
    if (!g.includes('/'))
        return globToRegExp(g).test(normalized.slice(normalized.lastIndexOf('/') + 1));
    return globToRegExp(g).test(normalized);
}

;// CONCATENATED MODULE: ./src/core/rules/function.ts
function defineFunction(fn) {
    return fn;
}

;// CONCATENATED MODULE: ./src/core/rules/functions/error-branches-wired.ts



const EXPECTED = new WeakMap();
/** The error types every block of a type must wire, without repeats; worked out once per type, not per block. */
function expectedErrors(spec, strict) {
    let e = EXPECTED.get(spec);
    if (!e) {
        e = { plain: [...new Set(spec.errors)], strict: [...new Set([...spec.errors, ...(spec.optionalErrors ?? [])])] };
        EXPECTED.set(spec, e);
    }
    return strict ? e.strict : e.plain;
}
function hasErrorBranch(action, errorType) {
    for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
        const t = transitionList[ti];
        if (t.kind === 'error' && t.errorType === errorType)
            return true;
    }
    return false;
}
/** Error types a block's action type can raise that the block leaves without a transition. */
const errorBranchesWired = defineFunction({
    name: 'errorBranchesWired',
    options: {
        strict: { type: 'boolean', description: 'also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)' },
        ignoreTypes: { type: 'string[]', description: 'action types not to check' },
    },
    run: (_target, options, { graph }) => {
        const results = [];
        const reachable = graph.reachable();
        for (let actionIndex = 0, actions = graph.flow.actions; actionIndex < actions.length; actionIndex++) {
            const action = actions[actionIndex];
            // An unreachable block's branches cannot lose a contact; unreachable-block reports the block itself.
            if (graph.entry >= 0 && !reachable[action.index])
                continue;
            if (options.ignoreTypes?.includes(action.type))
                continue;
            // A block with no transition at all is flow-ends' finding; one defect, one finding.
            if (action.transitions.length === 0)
                continue;
            const spec = action.spec;
            if (!spec)
                continue;
            const always = expectedErrors(spec, options.strict === true);
            const conditional = spec.conditionalErrors?.filter((c) => conditionalErrorApplies(c, action.parameters) && !always.includes(c.type)).map((c) => c.type);
            const expected = conditional && conditional.length > 0 ? [...always, ...new Set(conditional)] : always;
            for (let e = 0; e < expected.length; e++) {
                const errorType = expected[e];
                if (hasErrorBranch(action, errorType))
                    continue;
                results.push({
                    message: `${blockRef(action)} has no branch for ${errorType}: when ${action.type} raises it the contact has nowhere to go. ` +
                        `Connect the block's "${errorType}" branch to a block that handles it (a message and a queue, or a retry).`,
                    path: [...action.path, 'Identifier'],
                    blockId: action.id,
                    values: { errorType },
                });
            }
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/flow-ends.ts


/** Queue and hold flows loop on purpose: they play prompts until an agent takes the contact. */
const LOOPING_FLOW_TYPES = ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'];
/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
const flowEnds = defineFunction({
    name: 'flowEnds',
    options: {
        endlessLoopsAllowedIn: { type: 'string[]', description: `flow types in which a loop without an exit is by design (default ${JSON.stringify(LOOPING_FLOW_TYPES)})` },
    },
    run: (_target, options, { flow, graph }) => {
        const isEnd = (a) => {
            const spec = a.spec;
            return spec?.terminal === true || spec?.mayHaveNoNext === true || spec?.endsOnSuccess === true;
        };
        const results = flow.actions
            .filter((a) => a.transitions.length === 0 && a.type !== '' && !isEnd(a))
            .map((a) => ({
            message: `${blockRef(a)} has no transition: a contact that reaches it goes nowhere. Set its NextAction (and its error branches), or end the path with a Disconnect block.`,
            path: [...a.path, 'Identifier'],
            blockId: a.id,
        }));
        if (graph.entry < 0 || (flow.flowType !== undefined && (options.endlessLoopsAllowedIn ?? LOOPING_FLOW_TYPES).includes(flow.flowType)))
            return results;
        // Blocks that can still reach an end: backwards from every end (and every dead end, already reported,
        // and every transition to a missing block, which transition-target-exists reports).
        const canEnd = new Uint8Array(graph.size);
        const stack = [];
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            let missingTarget = false;
            for (let ti = 0, transitionList = a.transitions; ti < transitionList.length; ti++) {
                const t = transitionList[ti];
                if (t.to < 0)
                    missingTarget = true;
            }
            if (isEnd(a) || a.transitions.length === 0 || missingTarget || a.type === '' || !a.spec) {
                canEnd[a.index] = 1;
                stack.push(a.index);
            }
        }
        const { start, from } = graph.predecessors();
        while (stack.length > 0) {
            const n = stack.pop();
            for (let k = start[n]; k < start[n + 1]; k++) {
                const p = from[k];
                if (canEnd[p])
                    continue;
                canEnd[p] = 1;
                stack.push(p);
            }
        }
        // Most flows trap nothing: the search below runs only when some reachable block cannot reach an end.
        const reachable = graph.reachable();
        let anyTrapped = false;
        for (let n = 0; n < graph.size && !anyTrapped; n++)
            anyTrapped = reachable[n] === 1 && canEnd[n] === 0;
        // Report the first trapped block on the way from the start: where the contact enters the loop.
        let trapped;
        const seen = new Uint8Array(graph.size);
        const queue = [graph.entry];
        seen[graph.entry] = 1;
        for (let head = 0; anyTrapped && head < queue.length && !trapped; head++) {
            const n = queue[head];
            if (!canEnd[n])
                trapped = flow.actions[n];
            for (let ei = 0, edgeList = graph.out[n]; ei < edgeList.length; ei++) {
                const e = edgeList[ei];
                if (seen[e.to])
                    continue;
                seen[e.to] = 1;
                queue.push(e.to);
            }
        }
        if (trapped) {
            const loop = [];
            for (let n = trapped.index, k = 0; n !== undefined && k < 6; k++) {
                loop.push(flow.actions[n].id);
                n = graph.out[n].find((e) => !canEnd[e.to])?.to;
                if (n === trapped.index)
                    break;
            }
            results.push({
                message: `${blockRef(trapped)} starts a loop the contact can never leave (${loop.join(' → ')}${loop.length >= 6 ? ' → …' : ` → ${trapped.id}`}): no branch of it leads to a Disconnect, a transfer or the end of the flow. Give the loop an exit, e.g. a Loop block's "Complete" branch or an error branch that leaves.`,
                path: [...trapped.path, 'Identifier'],
                blockId: trapped.id,
                evidence: loop,
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/flow-structure.ts

/** Fields of the export whose type the flow language does not accept (found while modelling the flow). */
const flowStructure = defineFunction({
    name: 'flowStructure',
    options: {},
    run: (_target, _options, { flow }) => flow.structureProblems.map((p) => ({ message: p.message, path: p.path, blockId: p.blockId })),
});

;// CONCATENATED MODULE: ./src/core/rules/functions/generic.ts

/** Generic functions for JSONPath rules, with Spectral's names and meanings. */
function show(v) {
    const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
const truthy = defineFunction({
    name: 'truthy',
    options: {},
    run: (target) => (target ? [] : [{ message: 'must be set to a non-empty value' }]),
});
const falsy = defineFunction({
    name: 'falsy',
    options: {},
    run: (target) => (target ? [{ message: `must not be set (is ${show(target)})` }] : []),
});
const defined = defineFunction({
    name: 'defined',
    options: {},
    run: (target) => (target === undefined ? [{ message: 'must be present' }] : []),
});
const undefinedFn = defineFunction({
    name: 'undefined',
    options: {},
    run: (target) => (target !== undefined ? [{ message: 'must not be present' }] : []),
});
const pattern = defineFunction({
    name: 'pattern',
    options: {
        match: { type: 'regex', description: 'the value must match this regular expression' },
        notMatch: { type: 'regex', description: 'the value must not match this regular expression' },
    },
    validate: (o) => (o.match || o.notMatch ? undefined : 'give "match", "notMatch" or both'),
    run: (target, o) => {
        if (typeof target !== 'string' && typeof target !== 'number' && typeof target !== 'boolean')
            return [];
        const text = String(target);
        const out = [];
        if (o.match && !o.match.test(text))
            out.push({ message: `${show(target)} must match /${o.match.source}/` });
        if (o.notMatch && o.notMatch.test(text))
            out.push({ message: `${show(target)} must not match /${o.notMatch.source}/` });
        return out;
    },
});
const enumeration = defineFunction({
    name: 'enumeration',
    options: { values: { type: 'scalar[]', description: 'the allowed values', required: true } },
    run: (target, o) => {
        if (target === undefined)
            return [];
        return o.values.includes(target) ? [] : [{ message: `${show(target)} must be one of ${o.values.map(show).join(', ')}` }];
    },
});
const generic_length = defineFunction({
    name: 'length',
    options: {
        min: { type: 'number', description: 'smallest allowed length (strings, arrays, object keys) or value (numbers)' },
        max: { type: 'number', description: 'largest allowed length or value' },
    },
    validate: (o) => (o.min === undefined && o.max === undefined ? 'give "min", "max" or both' : undefined),
    run: (target, o) => {
        let n;
        if (typeof target === 'string' || Array.isArray(target))
            n = target.length;
        else if (typeof target === 'number')
            n = target;
        else if (typeof target === 'object' && target !== null)
            n = Object.keys(target).length;
        else
            return [];
        if (o.min !== undefined && n < o.min)
            return [{ message: `is ${n} long, shorter than ${o.min}` }];
        if (o.max !== undefined && n > o.max)
            return [{ message: `is ${n} long, longer than ${o.max}` }];
        return [];
    },
});
const GENERIC_FUNCTIONS = [truthy, falsy, defined, undefinedFn, pattern, enumeration, generic_length];

;// CONCATENATED MODULE: ./src/core/rules/functions/logging-enabled.ts




function enablesLogging(a) {
    const v = Object.hasOwn(a.parameters, LOGGING_ENABLE.parameter) ? a.parameters[LOGGING_ENABLE.parameter] : undefined;
    return a.type === LOGGING_ENABLE.type && typeof v === 'string' && v.toLowerCase() === LOGGING_ENABLE.value.toLowerCase();
}
/** A module runs with the logging behaviour of the flow that invoked it. */
function isModule(flowType, flowValue, actions) {
    return (flowType === MODULE_FLOW_TYPE ||
        (typeof flowValue === 'object' && flowValue !== null && Object.hasOwn(flowValue, 'Settings')) ||
        actions.some((a) => a.type === 'EndFlowModuleExecution'));
}
/** The first block that does real work is reached before flow logging is turned on. */
const loggingEnabled = defineFunction({
    name: 'loggingEnabled',
    options: {
        ignoreModules: { type: 'boolean', description: 'do not check flow modules (default true: they run with the logging of the flow that invoked them)' },
        flowTypes: {
            type: 'string[]',
            description: 'flow types to check when the type is known (default ["CONTACT_FLOW"]: queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set)',
        },
    },
    run: (_target, options, { graph, flow, entry: enteredFrom }) => {
        // A flow other flows of the repository transfer to runs with the logging its callers set.
        if (graph.entry < 0 || enteredFrom !== undefined)
            return [];
        if (options.ignoreModules !== false && isModule(flow.flowType, flow.doc.value, flow.actions))
            return [];
        if (flow.flowType !== undefined && flow.flowType !== MODULE_FLOW_TYPE && !(options.flowTypes ?? ['CONTACT_FLOW']).includes(flow.flowType))
            return [];
        // Search through set-up blocks only; logging-enabling blocks end the search on their path.
        // Set-up blocks and blocks that only end the contact do no work worth a log.
        const setup = (a) => {
            const spec = a.spec;
            return (spec?.setup === true || spec?.terminal === true) && !enablesLogging(a);
        };
        const entry = flow.actions[graph.entry];
        if (enablesLogging(entry))
            return [];
        let first = setup(entry) ? undefined : entry;
        if (!first) {
            // Breadth-first through set-up blocks: the block reported is the one nearest the start.
            const seen = new Uint8Array(graph.size);
            const queue = [graph.entry];
            seen[graph.entry] = 1;
            for (let head = 0; head < queue.length && !first; head++) {
                for (let ei = 0, edgeList = graph.out[queue[head]]; ei < edgeList.length; ei++) {
                    const e = edgeList[ei];
                    if (seen[e.to])
                        continue;
                    seen[e.to] = 1;
                    const next = flow.actions[e.to];
                    if (enablesLogging(next))
                        continue;
                    if (!setup(next)) {
                        first = next;
                        break;
                    }
                    queue.push(e.to);
                }
            }
        }
        if (!first)
            return [];
        return [
            {
                message: `${blockRef(first)} runs before flow logging is enabled, so a misrouted call leaves no flow log to debug with. Start the flow with a "Set logging behavior" block (UpdateFlowLoggingBehavior, Enabled).`,
                path: [...first.path, 'Identifier'],
                blockId: first.id,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/json/walk.ts
/**
 * Visits every string value under a value (object values and array items), in document order.
 *
 * Rules walk every parameter of every block, so one walker is made per flow and reused for each block: its
 * work stacks are kept between walks, keys are read with for-in (the engine's enum cache, no key array per
 * object), and the path of a string is built only when the visitor asks for it (`path()`). Iterative, so
 * nesting depth cannot exhaust the stack. A visitor must not start another walk on the same walker.
 */
class StringWalker {
    visit;
    // The work stacks and the branch are used up to their `top`/`depth` marks and never shortened: setting an
    // array's length makes the engine drop its storage, which would then be grown again on every walk.
    values = [];
    keys = [];
    depths = [];
    /** The keys from the walked value down to the string being visited: branch[0 .. branchLength). */
    branch = [];
    branchLength = 0;
    base = [];
    sub = [];
    constructor(visit) {
        this.visit = visit;
    }
    /** The JSON path of the string being visited: `base`, then `sub`, then the keys below the walked value. */
    path() {
        const path = [];
        for (let i = 0; i < this.base.length; i++)
            path.push(this.base[i]);
        for (let i = 0; i < this.sub.length; i++)
            path.push(this.sub[i]);
        for (let i = 0; i < this.branchLength; i++)
            path.push(this.branch[i]);
        return path;
    }
    /** Walks `value`, which sits at `base` + `sub` in the document (two parts, so callers need not join them). */
    walk(value, base, sub) {
        const { values, keys, depths, branch } = this;
        this.base = base;
        this.sub = sub;
        values[0] = value;
        keys[0] = undefined;
        depths[0] = 0;
        let top = 1;
        while (top > 0) {
            top--;
            const v = values[top];
            const key = keys[top];
            const depth = depths[top];
            values[top] = undefined;
            if (depth > 0) {
                branch[depth - 1] = key;
                this.branchLength = depth;
            }
            else
                this.branchLength = 0;
            if (typeof v === 'string')
                this.visit(v, this, key);
            else if (Array.isArray(v)) {
                for (let i = v.length - 1; i >= 0; i--) {
                    values[top] = v[i];
                    keys[top] = i;
                    depths[top] = depth + 1;
                    top++;
                }
            }
            else if (typeof v === 'object' && v !== null) {
                const from = top;
                const o = v;
                for (const k in o) {
                    if (!Object.hasOwn(o, k))
                        continue;
                    values[top] = o[k];
                    keys[top] = k;
                    depths[top] = depth + 1;
                    top++;
                }
                // for-in gives keys first to last; the stack must pop them in that order.
                reverse(values, from, top);
                reverse(keys, from, top);
            }
        }
    }
}
function reverse(list, from, to) {
    for (let a = from, b = to - 1; a < b; a++, b--) {
        const t = list[a];
        list[a] = list[b];
        list[b] = t;
    }
}

;// CONCATENATED MODULE: ./src/core/rules/functions/no-hardcoded-arn.ts



// An ARN that carries a 12-digit account id: it names one account's resource.
const ACCOUNT_ARN = /arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',]*/g;
const PARAMETERS = ['Parameters'];
/** Account- or instance-specific ARNs in block parameters. */
const noHardcodedArn = defineFunction({
    name: 'noHardcodedArn',
    options: { allow: { type: 'regex[]', description: 'ARNs matching any of these patterns are accepted' } },
    run: (_target, options, { flow }) => {
        const results = [];
        let action;
        const walker = new StringWalker((text, at) => {
            if (!text.includes('arn:'))
                return;
            // Every ARN in the value counts: an allowed one must not hide a second, hard-coded one.
            for (const m of text.matchAll(ACCOUNT_ARN)) {
                if (options.allow?.some((re) => re.test(m[0])))
                    continue;
                const path = at.path();
                const key = [...path].reverse().find((k) => typeof k === 'string') ?? 'Parameters';
                results.push({
                    message: `${blockRef(action)} hard-codes the ARN ${m[0]} in "${String(key)}": it names one account's resource, so the flow breaks when deployed to another environment. Use a placeholder your deployment fills in (e.g. \${QueueArn}) or a contact attribute.`,
                    path,
                    blockId: action.id,
                    values: { arn: m[0] },
                });
            }
        });
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            action = a;
            walker.walk(a.parameters, a.path, PARAMETERS);
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/graph/routing-graph.ts
/**
 * The routing graph of one flow: a node per action (numbered as in `flow.actions`), an edge per transition
 * whose target exists, entry = StartAction. Every traversal is iterative and linear in nodes + edges, so
 * a 20,000-block flow, or a hostile one, costs milliseconds and no stack.
 */
class RoutingGraph {
    flow;
    size;
    /** Node of StartAction, or -1 when it names no block. */
    entry;
    out;
    incoming;
    reach;
    rpo;
    idom;
    memos;
    constructor(flow) {
        this.flow = flow;
        this.size = flow.actions.length;
        const start = flow.startAction === undefined ? undefined : flow.byId.get(flow.startAction);
        this.entry = start ? start.index : -1;
        const out = new Array(this.size);
        for (let a = 0, actions = flow.actions; a < actions.length; a++) {
            const transitions = actions[a].transitions;
            let resolved = 0;
            for (let k = 0; k < transitions.length; k++)
                if (transitions[k].to >= 0)
                    resolved++;
            // Most blocks' transitions all lead somewhere: their list is the edge list, shared, not copied.
            out[a] = resolved === transitions.length ? transitions : transitions.filter((t) => t.to >= 0);
        }
        this.out = out;
    }
    /** A result derived from this graph, computed once per key and kept as long as the graph is. */
    memo(key, compute) {
        this.memos ??= new Map();
        if (!this.memos.has(key))
            this.memos.set(key, compute());
        return this.memos.get(key);
    }
    /**
     * The source node of every edge, grouped by target: the sources of edges into `n` are
     * `from[start[n]] .. from[start[n + 1] - 1]`. Two typed arrays, not an array of edges per node, for the
     * backward searches rules run on every flow.
     */
    predecessors() {
        return this.memo('predecessors', () => {
            const start = new Int32Array(this.size + 1);
            for (let n = 0; n < this.size; n++) {
                const edges = this.out[n];
                for (let k = 0; k < edges.length; k++)
                    start[edges[k].to + 1]++;
            }
            for (let n = 0; n < this.size; n++)
                start[n + 1] += start[n];
            const from = new Int32Array(start[this.size]);
            const fill = start.slice(0, this.size);
            for (let n = 0; n < this.size; n++) {
                const edges = this.out[n];
                for (let k = 0; k < edges.length; k++)
                    from[fill[edges[k].to]++] = n;
            }
            return { start, from };
        });
    }
    /** Incoming edges per node; built on first use (dominators, pictures), not for every lint. */
    get in() {
        if (!this.incoming) {
            const inc = Array.from({ length: this.size }, () => []);
            for (const edges of this.out)
                for (const e of edges)
                    inc[e.to].push(e);
            this.incoming = inc;
        }
        return this.incoming;
    }
    /** 1 for each node some path from the entry reaches. */
    reachable() {
        if (!this.reach) {
            const seen = new Uint8Array(this.size);
            if (this.entry >= 0)
                this.search(this.entry, () => true, seen);
            this.reach = seen;
        }
        return this.reach;
    }
    /**
     * Breadth-first search from `from` over the edges `follow` accepts. Returns, per node, the edge it was
     * first reached by (null for the start, undefined for unreached); breadth-first makes the recorded paths
     * the shortest, which is what a message should show.
     */
    search(from, follow, seen = new Uint8Array(this.size)) {
        const via = new Array(this.size);
        const queue = new Int32Array(this.size);
        let head = 0;
        let tail = 0;
        queue[tail++] = from;
        seen[from] = 1;
        via[from] = null;
        while (head < tail) {
            const n = queue[head++];
            for (let edgeIndex = 0, edges = this.out[n]; edgeIndex < edges.length; edgeIndex++) {
                const edge = edges[edgeIndex];
                if (seen[edge.to] || !follow(edge))
                    continue;
                seen[edge.to] = 1;
                via[edge.to] = edge;
                queue[tail++] = edge.to;
            }
        }
        return via;
    }
    /** Reverse postorder of the nodes reachable from the entry (iterative depth-first search on typed stacks). */
    reversePostorder() {
        if (this.rpo)
            return this.rpo;
        const order = new Int32Array(this.size);
        // Filled from the back: a node is written when it finishes, so the array ends up in reverse postorder.
        let free = this.size;
        if (this.entry >= 0) {
            const state = new Uint8Array(this.size); // 0 new, 1 on stack, 2 done
            const nodeStack = new Int32Array(this.size);
            const edgeStack = new Int32Array(this.size);
            let top = 0;
            nodeStack[0] = this.entry;
            edgeStack[0] = 0;
            state[this.entry] = 1;
            while (top >= 0) {
                const n = nodeStack[top];
                const edges = this.out[n];
                const k = edgeStack[top];
                if (k < edges.length) {
                    edgeStack[top] = k + 1;
                    const m = edges[k].to;
                    if (state[m] === 0) {
                        state[m] = 1;
                        top++;
                        nodeStack[top] = m;
                        edgeStack[top] = 0;
                    }
                }
                else {
                    state[n] = 2;
                    order[--free] = n;
                    top--;
                }
            }
        }
        this.rpo = order.subarray(free);
        return this.rpo;
    }
    /**
     * Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"): -1 for the
     * entry and for unreachable nodes. Flows are shallow and mostly reducible, so this converges in a few
     * passes, linear in practice.
     */
    dominators() {
        if (this.idom)
            return this.idom;
        const rpo = this.reversePostorder();
        const rank = new Int32Array(this.size).fill(-1);
        rpo.forEach((n, i) => (rank[n] = i));
        const idom = new Int32Array(this.size).fill(-1);
        if (this.entry < 0)
            return (this.idom = idom);
        idom[this.entry] = this.entry;
        const intersect = (a, b) => {
            while (a !== b) {
                while (rank[a] > rank[b])
                    a = idom[a];
                while (rank[b] > rank[a])
                    b = idom[b];
            }
            return a;
        };
        for (let changed = true; changed;) {
            changed = false;
            for (let i = 1; i < rpo.length; i++) {
                const n = rpo[i];
                let d = -1;
                for (let ei = 0, edgeList = this.in[n]; ei < edgeList.length; ei++) {
                    const e = edgeList[ei];
                    if (idom[e.from] === -1)
                        continue;
                    d = d === -1 ? e.from : intersect(e.from, d);
                }
                if (d !== -1 && idom[n] !== d) {
                    idom[n] = d;
                    changed = true;
                }
            }
        }
        idom[this.entry] = -1;
        return (this.idom = idom);
    }
    /** True when every path from the entry to `b` passes `a`. */
    dominates(a, b) {
        const idom = this.dominators();
        if (!this.reachable()[b])
            return false;
        for (let n = b; n !== -1; n = idom[n])
            if (n === a)
                return true;
        return false;
    }
}
/** The edges from the search's start to `node`, in order. */
function pathTo(via, node) {
    const path = [];
    for (let e = via[node]; e; e = via[e.from])
        path.push(e);
    return path.reverse();
}
/**
 * Forward data-flow to a fixpoint with a worklist ordered by reverse postorder. Unvisited nodes start at
 * "top" (undefined), which is what makes a must-analysis (meet = intersection) exact around loops.
 * Returns the state on entry to each node (undefined for unreachable nodes).
 */
function solveForward(graph, analysis) {
    const state = new Array(graph.size);
    if (graph.entry < 0)
        return state;
    const rpo = graph.reversePostorder();
    const rank = new Int32Array(graph.size).fill(-1);
    rpo.forEach((n, i) => (rank[n] = i));
    state[graph.entry] = analysis.entry;
    // A bucket queue keyed by RPO rank: each node is processed after most of its predecessors.
    const queued = new Uint8Array(graph.size);
    const heap = new MinHeap();
    heap.push(rank[graph.entry]);
    queued[graph.entry] = 1;
    while (heap.length > 0) {
        const n = rpo[heap.pop()];
        queued[n] = 0;
        const here = state[n];
        for (let edgeIndex = 0, edges = graph.out[n]; edgeIndex < edges.length; edgeIndex++) {
            const edge = edges[edgeIndex];
            const leaving = analysis.transfer(edge, here);
            const old = state[edge.to];
            const merged = old === undefined ? leaving : analysis.meet(old, leaving);
            if (old !== undefined && analysis.equals(old, merged))
                continue;
            state[edge.to] = merged;
            if (!queued[edge.to]) {
                queued[edge.to] = 1;
                heap.push(rank[edge.to]);
            }
        }
    }
    return state;
}
class MinHeap {
    items = [];
    get length() {
        return this.items.length;
    }
    push(v) {
        const a = this.items;
        a.push(v);
        for (let i = a.length - 1; i > 0;) {
            const p = (i - 1) >> 1;
            if (a[p] <= a[i])
                break;
            const t = a[p];
            a[p] = a[i];
            a[i] = t;
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            for (let i = 0;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && a[l] < a[m])
                    m = l;
                if (r < a.length && a[r] < a[m])
                    m = r;
                if (m === i)
                    break;
                const t = a[m];
                a[m] = a[i];
                a[i] = t;
                i = m;
            }
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./src/core/analysis/profile.ts



/** One path segment, `.Name` or `['Name']`; `quote` is the number of the group that captures the quote. */
const segment = (quote) => String.raw `(?:\.([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)|\[\s*(['"])((?:(?!` + `\\${quote}).)+)` + `\\${quote}` + String.raw `\s*\])`;
function readPattern(namespace) {
    const ns = namespace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // `$.Customer.X`, `$['Customer']['X']`, `$.Customer['X']`; the namespace must be a whole segment, so
    // `$.CustomerEndpoint.Address` is not a profile read.
    // Groups: 1 the namespace's quote, 2 all segments, 3-5 inside the repeated segment (4 is its quote).
    return new RegExp(String.raw `\$(?:\.${ns}(?![A-Za-z0-9_])|\[\s*(['"])${ns}\1\s*\])((?:${segment(4)})+)`, 'g');
}
const segmentPattern = new RegExp(segment(2), 'g');
const patterns = new Map();
const profile_PARAMETERS = ['Parameters'];
const CONDITIONS = ['Transitions', 'Conditions'];
/**
 * Every profile read in the blocks' (or, with `only`, the marked blocks') parameters and condition operands (never an Identifier or a
 * NextAction). A block reads data only there; the rest of a block (Type, error routes) holds none.
 */
function profileReads(actions, namespace = 'Customer', only) {
    const reads = [];
    let pattern = patterns.get(namespace);
    if (!pattern)
        patterns.set(namespace, (pattern = readPattern(namespace)));
    const re = pattern;
    let action;
    const walker = new StringWalker((text, at, last) => {
        if (!text.includes(namespace))
            return;
        if (last === 'Identifier' || last === 'NextAction')
            return;
        const path = at.path();
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            const written = m[2] ?? '';
            let field = '';
            segmentPattern.lastIndex = 0;
            for (let s = segmentPattern.exec(written); s !== null; s = segmentPattern.exec(written))
                field += (field === '' ? '' : '.') + (s[1] ?? s[3] ?? '');
            reads.push({ action: action, field, text: m[0], path });
        }
    });
    for (let ai = 0, actionList = actions; ai < actionList.length; ai++) {
        const a = actionList[ai];
        if (only && !only[a.index])
            continue;
        action = a;
        walker.walk(a.parameters, a.path, profile_PARAMETERS);
        const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
        const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? transitions['Conditions'] : undefined;
        if (Array.isArray(conditions))
            walker.walk(conditions, a.path, CONDITIONS);
    }
    return reads;
}
/** The field names a lookup block asks for: an array of names, or (some builders) an object of name → true. */
function responseFields(action) {
    const data = Object.hasOwn(action.parameters, 'ProfileResponseData') ? action.parameters['ProfileResponseData'] : undefined;
    if (Array.isArray(data))
        return data.filter((f) => typeof f === 'string');
    if (typeof data === 'object' && data !== null) {
        return Object.entries(data).filter(([, v]) => v === true || v === 'true' || v === 'True').map(([k]) => k);
    }
    if (typeof data === 'string')
        return data.split(',').map((s) => s.trim()).filter(Boolean);
    return [];
}
function isProfileLookup(action) {
    return action.spec?.profile === 'loads';
}
/** 1 for each node that is a profile lookup; worked out once per graph, since the data-flow asks per edge. */
function lookupNodes(graph) {
    return graph.memo('profileLookups', () => {
        const mask = new Uint8Array(graph.size);
        for (let n = 0; n < graph.size; n++)
            if (isProfileLookup(graph.flow.actions[n]))
                mask[n] = 1;
        return mask;
    });
}
/**
 * Whether `edge` provides the profile: a successful lookup is left by its NextAction and conditions; its error
 * branches load nothing. `lookups` is lookupNodes(graph), looked up once by the caller's loop.
 */
function isLookupSuccess(edge, lookups) {
    return edge.kind !== 'error' && lookups[edge.from] === 1;
}
/** True when `field` is readable after a lookup that requested `requested`. */
function fieldProvided(field, requested) {
    if (PROFILE_ALWAYS_PROVIDED.includes(field))
        return true;
    const f = field.toLowerCase();
    return requested.some((r) => {
        const q = r.toLowerCase();
        return f === q || f.startsWith(`${q}.`) || q.startsWith(`${f}.`);
    });
}
const ENTRY_PROFILE = -1;
/**
 * Numbers the flow's lookups for bit sets: bit k is the k-th lookup block in flow order, and the last bit is
 * ENTRY_PROFILE ("loaded before this flow began").
 */
class LookupIndex {
    nodes;
    bitOf;
    words;
    entryBit;
    constructor(graph) {
        const mask = lookupNodes(graph);
        this.bitOf = new Int32Array(graph.size).fill(-1);
        const nodes = [];
        for (let n = 0; n < graph.size; n++)
            if (mask[n])
                this.bitOf[n] = nodes.push(n) - 1;
        this.nodes = Int32Array.from(nodes);
        this.entryBit = nodes.length;
        this.words = (nodes.length >> 5) + 1;
    }
    single(bit) {
        const bits = new Uint32Array(this.words);
        bits[bit >> 5] = 1 << (bit & 31);
        return bits;
    }
    /** The node numbers in a bit set, ascending, ENTRY_PROFILE first. */
    nodesOf(bits) {
        const out = [];
        if (bits[this.entryBit >> 5] & (1 << (this.entryBit & 31)))
            out.push(ENTRY_PROFILE);
        for (let w = 0; w < bits.length; w++) {
            for (let word = bits[w]; word !== 0; word &= word - 1) {
                const bit = (w << 5) + (31 - Math.clz32(word & -word));
                if (bit !== this.entryBit)
                    out.push(this.nodes[bit]);
            }
        }
        return out;
    }
}
/**
 * The lookups that may have run last on some path to a block (a bit set, so joins cost a word per 32 lookups
 * however many there are), and whether every path ran one.
 */
class ProfileState {
    loaded;
    bits;
    index;
    list;
    constructor(loaded, bits, index) {
        this.loaded = loaded;
        this.bits = bits;
        this.index = index;
    }
    /** Node numbers of the lookups, ascending; ENTRY_PROFILE (first) stands for "loaded before this flow began". */
    get lookups() {
        return (this.list ??= this.index.nodesOf(this.bits));
    }
}
function isSubset(small, big) {
    for (let w = 0; w < small.length; w++)
        if ((small[w] & ~big[w]) !== 0)
            return false;
    return true;
}
function sameBits(a, b) {
    if (a === b)
        return true;
    for (let w = 0; w < a.length; w++)
        if (a[w] !== b[w])
            return false;
    return true;
}
/**
 * Forward data-flow over the routing graph: "loaded" is a must-property (every path passed a successful
 * lookup), "lookups" a may-property (which lookup can be the last one). Together they answer both profile
 * policies in one pass.
 */
function profileStates(graph, loadedAtEntry) {
    // The policies and the repository pass ask for the same states: solved once per graph.
    return graph.memo(`profileStates\u0000${loadedAtEntry}`, () => solveProfileStates(graph, loadedAtEntry));
}
function lookupIndex(graph) {
    return graph.memo('lookupIndex', () => new LookupIndex(graph));
}
function solveProfileStates(graph, loadedAtEntry) {
    const index = lookupIndex(graph);
    const lookups = lookupNodes(graph);
    // States are shared, never changed: one per lookup leaving it, and a join returns an input when it adds nothing.
    const afterLookup = [];
    const entry = loadedAtEntry ? new ProfileState(true, index.single(index.entryBit), index) : new ProfileState(false, new Uint32Array(index.words), index);
    return solveForward(graph, {
        entry,
        transfer: (edge, state) => (isLookupSuccess(edge, lookups) ? (afterLookup[edge.from] ??= new ProfileState(true, index.single(index.bitOf[edge.from]), index)) : state),
        meet: (a, b) => {
            const loaded = a.loaded && b.loaded;
            if (isSubset(b.bits, a.bits))
                return loaded === a.loaded ? a : new ProfileState(loaded, a.bits, index);
            const bits = new Uint32Array(a.bits.length);
            for (let w = 0; w < bits.length; w++)
                bits[w] = a.bits[w] | b.bits[w];
            return new ProfileState(loaded, bits, index);
        },
        equals: (a, b) => a === b || (a.loaded === b.loaded && sameBits(a.bits, b.bits)),
    });
}
/**
 * The lookups among those that may have run last before `state` that do not provide `field` (ENTRY_PROFILE
 * when `entryFields` is given and lacks it). A bit set of the lookups lacking each field is made once per
 * field, so checking a read costs a word per 32 lookups, not a look at every lookup.
 */
function lookupsLacking(graph, state, field, entryFields) {
    const index = lookupIndex(graph);
    const lacking = graph.memo(`lacking\u0000${field}\u0000${entryFields === undefined ? '*' : entryFields.join('\u0000')}`, () => {
        const bits = new Uint32Array(index.words);
        index.nodes.forEach((node, bit) => {
            if (!fieldProvided(field, responseFields(graph.flow.actions[node])))
                bits[bit >> 5] |= 1 << (bit & 31);
        });
        if (entryFields !== undefined && !fieldProvided(field, entryFields))
            bits[index.entryBit >> 5] |= 1 << (index.entryBit & 31);
        return bits;
    });
    let any = 0;
    for (let w = 0; w < lacking.length; w++)
        any |= state.bits[w] & lacking[w];
    if (any === 0)
        return [];
    const both = new Uint32Array(lacking.length);
    for (let w = 0; w < both.length; w++)
        both[w] = state.bits[w] & lacking[w];
    return index.nodesOf(both);
}
/**
 * The analysis is shared by the two profile policies (each flow is analysed once per option set). It is
 * kept on the graph itself rather than in a module-level WeakMap, so it dies with the flow's graph.
 */
function analyseProfile(graph, options) {
    const key = `profile\u0000${options.loadedAtEntry}\u0000${options.namespace}`;
    return graph.memo(key, () => computeProfileAnalysis(graph, options));
}
function computeProfileAnalysis(graph, options) {
    const reachable = graph.reachable();
    const actions = graph.flow.actions;
    const reads = profileReads(actions, options.namespace, reachable);
    const lookups = new Set(lookupIndex(graph).nodes);
    return { reads, lookups, states: reads.length > 0 ? profileStates(graph, options.loadedAtEntry) : [] };
}
/** A shortest path from the entry to `node` that passes no successful lookup, as edges. */
function pathWithoutProfile(analysis, graph, node) {
    if (graph.entry < 0)
        return undefined;
    const lookups = lookupNodes(graph);
    analysis.noProfileSearch ??= graph.search(graph.entry, (e) => !isLookupSuccess(e, lookups));
    if (analysis.noProfileSearch[node] === undefined)
        return undefined;
    return pathTo(analysis.noProfileSearch, node);
}

;// CONCATENATED MODULE: ./src/core/rules/functions/profile-lookup-before-use.ts



const PROFILE_OPTIONS = {
    profileLoadedAtEntry: {
        type: 'boolean',
        description: 'the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)',
    },
    namespace: { type: 'string', description: 'attribute namespace that holds profile data (default "Customer")' },
};
/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
const profileLookupBeforeUse = defineFunction({
    name: 'profileLookupBeforeUse',
    options: PROFILE_OPTIONS,
    run: (_target, options, { graph, entry }) => {
        const namespace = options.namespace ?? 'Customer';
        // Known callers decide what the flow starts with; the option covers flows nobody in the repository calls.
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
        const results = [];
        const hasLookup = analysis.lookups.size > 0;
        // One finding per block: its unloaded reads share the path that shows the defect.
        const unloaded = new Map();
        for (const read of analysis.reads) {
            const state = analysis.states[read.action.index];
            if (!state || state.loaded)
                continue;
            const fields = unloaded.get(read.action.index) ?? [];
            if (!fields.includes(read.field))
                fields.push(read.field);
            unloaded.set(read.action.index, fields);
        }
        for (const [node, fields] of unloaded) {
            const action = graph.flow.actions[node];
            const edges = pathWithoutProfile(analysis, graph, node) ?? [];
            const unloadedCaller = entry?.callers.find((c) => !c.loaded);
            const enteredFrom = unloadedCaller ? `this flow is entered from ${unloadedCaller.flow} by block "${unloadedCaller.block}" (${unloadedCaller.blockId}) without a loaded profile, and ` : '';
            const why = enteredFrom +
                (hasLookup
                    ? `the path ${describePath(graph, edges)} reaches it without a successful customer profile lookup`
                    : `the flow has no customer profile lookup before it`);
            const refs = fields.map((f) => `$.${namespace}.${f}`);
            const subject = refs.length === 1 ? `${refs[0]} is` : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]} are`;
            results.push({
                message: `${subject} read by ${blockRef(action)} but ${why}, so ${refs.length === 1 ? 'it reads' : 'they read'} as empty. ` +
                    `Add a Customer profiles "Get profile" block on that path, or route the lookup's error branches away from this block.`,
                path: [...action.path, 'Identifier'],
                blockId: action.id,
                evidence: pathIds(graph, edges),
                values: { field: fields.join(', ') },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/profile-response-fields.ts





/** Reads of profile fields that the last lookup on some path did not request. */
const profileResponseFields = defineFunction({
    name: 'profileResponseFields',
    options: {
        ...PROFILE_OPTIONS,
        entryFields: {
            type: 'string[]',
            description: 'with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)',
        },
    },
    run: (_target, options, { graph, entry }) => {
        const namespace = options.namespace ?? 'Customer';
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
        // What the profile loaded before this flow holds: from the callers when known, else the option.
        const entryFields = entry ? (entry.fields === 'any' ? undefined : entry.fields) : options.entryFields;
        const actions = graph.flow.actions;
        const results = [];
        const reported = new Set();
        for (const read of analysis.reads) {
            const state = analysis.states[read.action.index];
            // Unloaded reads belong to profile-lookup-before-use; one defect, one finding.
            if (!state || !state.loaded)
                continue;
            // Objects and calculated attributes come from their own blocks, not from ProfileResponseData.
            const head = read.field.split('.')[0] ?? '';
            if (PROFILE_OBJECT_TYPES.includes(head) || head === 'CalculatedAttributes')
                continue;
            const key = `${read.action.index}\u0000${read.field}`;
            if (reported.has(key))
                continue;
            const missing = lookupsLacking(graph, state, read.field, entryFields);
            if (missing.length === 0)
                continue;
            reported.add(key);
            const lacking = entry?.callers.filter((c) => c.fields !== 'any' && !fieldProvided(read.field, c.fields)) ?? [];
            const beforeFlow = lacking.length > 0 ? `the lookup before this flow (in ${lacking.map((c) => `${c.flow}, reached by block "${c.block}" (${c.blockId})`).join('; ')})` : 'the profile loaded before this flow (entryFields)';
            const blocks = missing.map((l) => (l === ENTRY_PROFILE ? beforeFlow : blockRef(actions[l])));
            const subject = blocks.length === 1 ? `lookup ${blocks[0]} does` : `lookups ${blocks.join(', ')} do`;
            results.push({
                message: `$.${namespace}.${read.field} is read by ${blockRef(read.action)} but ${subject} not request "${read.field}" in ProfileResponseData, ` +
                    `so on that path it reads as an empty string. Add "${read.field}" to the response fields of ${blocks.length === 1 ? 'that block' : 'those blocks'}.`,
                path: [...read.action.path, 'Identifier'],
                blockId: read.action.id,
                evidence: missing.filter((l) => l !== ENTRY_PROFILE).map((l) => actions[l].id),
                values: { field: read.field },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/reference-exists.ts

/**
 * References to other flows can only be checked once every flow of the run is known, so this function finds
 * nothing on its own: the repository pass (src/core/repo/reference-findings.ts) reports unresolved
 * references for each file whose rules include it, with this rule's severity and options. Declaring it here
 * is what makes `reference-exists` configurable like any other rule.
 */
const referenceExists = defineFunction({
    name: 'referenceExists',
    options: {
        external: { type: 'regex[]', description: 'references (the value, or the target name the designer shows) that point outside the repository on purpose' },
    },
    run: () => [],
});

;// CONCATENATED MODULE: ./src/core/rules/functions/known-action-type.ts




/** Block types the flow language does not have: legacy designer names, typos, invented types. */
const knownActionType = defineFunction({
    name: 'knownActionType',
    options: { allow: { type: 'string[]', description: 'action types to accept although the table does not know them (types newer than this release)' } },
    run: (_target, options, { flow }) => {
        const results = [];
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (a.type === '' || a.spec || options.allow?.includes(a.type))
                continue;
            const legacy = Object.hasOwn(LEGACY_ACTION_TYPES, a.type) ? LEGACY_ACTION_TYPES[a.type] : undefined;
            const near = legacy === undefined ? closest(a.type, Object.keys(ACTIONS)) : undefined;
            const fix = legacy !== undefined
                ? legacy
                    ? `it is a legacy designer name: the flow language calls this block "${legacy}"`
                    : 'it is a legacy designer name with no flow-language equivalent: rebuild that step with current blocks'
                : near
                    ? `did you mean "${near}"?`
                    : 'use a flow-language action type (re-export the flow from the current designer)';
            results.push({
                message: `block "${a.id}" has the type "${a.type}", which the Amazon Connect flow language does not have, so the service rejects the flow at import: ${fix}${fix.endsWith('?') ? '' : '.'}`,
                path: [...a.path, 'Type'],
                blockId: a.id,
                values: { type: a.type },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/action-allowed-in-flow-type.ts



/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
const actionAllowedInFlowType = defineFunction({
    name: 'actionAllowedInFlowType',
    options: { flowType: { type: 'string', description: 'the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides' } },
    run: (_target, options, { flow }) => {
        const flowType = flow.flowType ?? options.flowType;
        if (flowType === undefined)
            return [];
        const results = [];
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (allowedInFlowType(a.type, flowType) !== false)
                continue;
            const allowed = a.spec?.flowTypes;
            const where = Array.isArray(allowed) ? ` (it is allowed in ${allowed.join(', ')})` : '';
            results.push({
                message: `${blockRef(a)} is a ${a.type} block, which a flow of type ${flowType} cannot use${where}: the service rejects the flow, or the block fails when a contact reaches it. Move this step to a flow of the right type, or check that the flow was imported as the right type.`,
                path: [...a.path, 'Type'],
                blockId: a.id,
                values: { flowType },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/parameters-valid.ts



/** Real exports write numbers and booleans as strings ("8", "True"); a value is checked for what it denotes. */
function shapeProblem(shape, v, params) {
    switch (shape) {
        case 'string':
            return typeof v === 'string' ? undefined : 'must be a string';
        case 'number':
            return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (/^-?\d+(\.\d+)?$/.test(v.trim()) || v.includes('$') || v.includes('${'))) ? undefined : 'must be a number';
        case 'boolean':
            return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) || (typeof v === 'string' && v.includes('$')) ? undefined : 'must be true or false';
        case 'string[]':
            return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of names, e.g. ["FirstName", "Province"]';
        case 'object':
            return typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object';
        case 'timeoutSeconds1to8': {
            const invocation = Object.hasOwn(params, 'InvocationType') ? String(params['InvocationType']).toUpperCase() : 'SYNCHRONOUS';
            if (invocation !== 'SYNCHRONOUS')
                return undefined;
            const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
            if (typeof v === 'string' && v.includes('$'))
                return undefined;
            return Number.isInteger(n) && n >= 1 && n <= 8 ? undefined : 'must be a whole number of seconds from 1 to 8 for a synchronous Lambda call';
        }
    }
}
const PREPARED = new WeakMap();
function prepared(spec, type) {
    let p = PREPARED.get(spec);
    if (!p)
        PREPARED.set(spec, (p = { required: spec.required ?? [], shapes: Object.entries(spec.shapes ?? {}), known: knownParameters(type) }));
    return p;
}
/** Missing required parameters (error), values the service rejects, and unknown parameter names (reported as warnings by default). */
const parametersValid = defineFunction({
    name: 'parametersValid',
    options: {
        unknownParameters: { type: 'boolean', description: 'also report parameter names the table does not know (default true)' },
        ignoreTypes: { type: 'string[]', description: 'action types not to check' },
    },
    run: (_target, options, { flow }) => {
        const results = [];
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (options.ignoreTypes?.includes(a.type))
                continue;
            const spec = a.spec?.parameters;
            if (!spec)
                continue;
            const p = a.parameters;
            const { required, shapes, known } = prepared(spec, a.type);
            for (let r = 0; r < required.length; r++) {
                const name = required[r];
                if (Object.hasOwn(p, name) && p[name] !== '' && p[name] !== null)
                    continue;
                results.push({
                    message: `${blockRef(a)} has no "${name}", which ${a.type} requires: the service rejects the flow. Set it.`,
                    path: [...a.path, Object.hasOwn(a.raw, 'Parameters') ? 'Parameters' : 'Identifier'],
                    blockId: a.id,
                    values: { parameter: name, kind: 'missing' },
                });
            }
            for (let k = 0; k < shapes.length; k++) {
                const name = shapes[k][0];
                const shape = shapes[k][1];
                if (!Object.hasOwn(p, name))
                    continue;
                const problem = shapeProblem(shape, p[name], p);
                if (!problem)
                    continue;
                results.push({
                    message: `${blockRef(a)}: "${name}" ${problem}, not ${JSON.stringify(p[name])?.slice(0, 60)}.`,
                    path: [...a.path, 'Parameters', name],
                    part: 'key',
                    blockId: a.id,
                    values: { parameter: name, kind: 'value' },
                });
            }
            if (options.unknownParameters === false)
                continue;
            if (!known || known.size === 0)
                continue;
            for (const name in p) {
                if (!Object.hasOwn(p, name) || known.has(name))
                    continue;
                const near = closest(name, known);
                results.push({
                    message: `${blockRef(a)} has the parameter "${name}", which ${a.type} does not take${near ? `: did you mean "${near}"?` : ''} The service rejects unknown parameters at import.`,
                    path: [...a.path, 'Parameters', name],
                    blockId: a.id,
                    severity: 'warn',
                    values: { parameter: name, kind: 'unknown' },
                });
            }
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/start-action-exists.ts


/** The flow's StartAction is missing or names no block. */
const startActionExists = defineFunction({
    name: 'startActionExists',
    options: {},
    run: (_target, _options, { flow }) => {
        if (flow.startAction === undefined) {
            if (flow.structureProblems.some((p) => p.path[0] === 'StartAction'))
                return [];
            return [{ message: 'the flow has no "StartAction": set it to the Identifier of the first block.', path: [] }];
        }
        if (flow.byId.has(flow.startAction))
            return [];
        const near = closest(flow.startAction, flow.byId.keys(), IDENTIFIER_TYPO_EDITS);
        return [
            {
                message: `"StartAction" names "${flow.startAction}", which is not a block of this flow, so no call can enter it` +
                    (near ? `: did you mean "${near}"?` : ': set it to the Identifier of the first block.'),
                path: ['StartAction'],
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/transition-target-exists.ts


/** Transitions whose NextAction names no block of the flow. */
const transitionTargetExists = defineFunction({
    name: 'transitionTargetExists',
    options: {},
    run: (_target, _options, { flow }) => {
        const results = [];
        let ids;
        for (let actionIndex = 0, actions = flow.actions; actionIndex < actions.length; actionIndex++) {
            const action = actions[actionIndex];
            for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
                const t = transitionList[ti];
                if (t.to >= 0)
                    continue;
                // The Identifiers are listed once per flow, and only when some target is missing.
                ids ??= [...flow.byId.keys()];
                const near = closest(t.target, ids, IDENTIFIER_TYPO_EDITS);
                const branch = t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${t.label} branch` : `its condition "${t.label}"`;
                results.push({
                    message: `${blockRef(action)} sends ${branch} to "${t.target}", which is not a block of this flow` +
                        (near ? `: did you mean "${near}"?` : ': point it at an existing block Identifier.'),
                    path: t.path,
                    blockId: action.id,
                    values: { target: t.target },
                });
            }
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/unique-identifiers.ts

/** Two blocks that share an Identifier. */
const uniqueIdentifiers = defineFunction({
    name: 'uniqueIdentifiers',
    options: {},
    run: (_target, _options, { flow }) => flow.actions
        .filter((a) => flow.byId.get(a.id) !== a)
        .map((a) => {
        const first = flow.byId.get(a.id);
        return {
            message: `block ${a.index} (${a.type}) reuses the Identifier "${a.id}" of block ${first.index} (${first.type}): routes to it are ambiguous and Amazon Connect rejects the flow. Give it a new unique Identifier.`,
            path: [...a.path, 'Identifier'],
            blockId: a.id,
        };
    }),
});

;// CONCATENATED MODULE: ./src/core/rules/functions/unreachable-block.ts


/** Blocks no path from StartAction reaches. */
const unreachableBlock = defineFunction({
    name: 'unreachableBlock',
    options: {},
    run: (_target, _options, { graph, flow }) => {
        // Without an entry everything would be "unreachable"; start-action-exists reports the cause instead.
        if (graph.entry < 0)
            return [];
        const reachable = graph.reachable();
        return flow.actions
            .filter((a) => !reachable[a.index] && flow.byId.get(a.id) === a)
            .map((a) => ({
            message: `${blockRef(a)} is unreachable: no path from the start leads to it. Connect it from a branch, or delete it.`,
            path: [...a.path, 'Identifier'],
            blockId: a.id,
        }));
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/index.ts
















/** Every built-in function by name: the names a config's `then.function` may use. */
const BUILTIN_FUNCTIONS = new Map([
    ...GENERIC_FUNCTIONS,
    profileLookupBeforeUse,
    profileResponseFields,
    errorBranchesWired,
    transitionTargetExists,
    unreachableBlock,
    startActionExists,
    uniqueIdentifiers,
    flowEnds,
    loggingEnabled,
    noHardcodedArn,
    flowStructure,
    referenceExists,
    knownActionType,
    actionAllowedInFlowType,
    parametersValid,
].map((f) => [f.name, f]));

;// CONCATENATED MODULE: ./src/core/config/jsonpath-guard.ts
/**
 * Checks a `given` JSONPath from a config before jsonpath-plus ever sees it. Configs come from pull requests:
 * a filter such as `?(@.constructor.constructor('return process')())` must be refused here, not merely
 * fail inside jsonpath-plus's safe evaluator, and a typo must be reported with the column it sits at.
 */
// Names that lead from a value to code or to the process.
const FORBIDDEN_NAMES = /(?<![\w$@])(constructor|__proto__|prototype|process|require|globalThis|global|Function|eval|import|module|exports|this|window|document|Reflect|Proxy|Object|Symbol)(?![\w$])/;
const MAX_LENGTH = 2000;
function checkScript(script, offset) {
    let quote;
    for (let i = 0; i < script.length; i++) {
        const c = script[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            continue;
        }
        if (c === '`')
            return { offset: offset + i, message: 'template literals are not allowed in a filter' };
        if (c === '(') {
            const before = script.slice(0, i).trimEnd();
            if (/[\w$@)\]]$/.test(before))
                return { offset: offset + i, message: 'function calls are not allowed in a filter: compare values with ==, !=, <, >, &&, || instead' };
        }
        if (c === '=' && script[i + 1] !== '=' && !'=!<>'.includes(script[i - 1] ?? '')) {
            return { offset: offset + i, message: 'assignment is not allowed in a filter: use == or === to compare' };
        }
    }
    if (quote)
        return { offset: offset + script.length, message: 'unterminated string in the filter' };
    const unquoted = script.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (s) => ' '.repeat(s.length));
    const m = FORBIDDEN_NAMES.exec(unquoted);
    if (m)
        return { offset: offset + m.index, message: `"${m[1]}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')` };
    return undefined;
}
const SIMPLE_ITEM = /^\s*(?:\*|-?\d+|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|-?\d*\s*:\s*-?\d*(?:\s*:\s*-?\d*)?)\s*$/;
/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
function checkJsonPath(path) {
    if (path.length > MAX_LENGTH)
        return { offset: MAX_LENGTH, message: `the JSONPath is longer than ${MAX_LENGTH} characters` };
    if (!path.startsWith('$'))
        return { offset: 0, message: 'a JSONPath must start with "$" (the flow document)' };
    let i = 1;
    while (i < path.length) {
        const c = path[i];
        if (c === '.') {
            i += path[i + 1] === '.' ? 2 : 1;
            if (path[i] === '[')
                continue;
            const m = /^(\*|[\w$@-]+|~)/.exec(path.slice(i));
            if (!m)
                return { offset: i, message: `expected a property name, "*" or "[" after "."` };
            i += m[0].length;
            continue;
        }
        if (c === '[') {
            // Find the matching "]", skipping quoted strings and parenthesised scripts.
            let depth = 0;
            let quote;
            let j = i + 1;
            for (; j < path.length; j++) {
                const d = path[j];
                if (quote) {
                    if (d === '\\')
                        j++;
                    else if (d === quote)
                        quote = undefined;
                }
                else if (d === '"' || d === "'")
                    quote = d;
                else if (d === '(')
                    depth++;
                else if (d === ')')
                    depth--;
                else if (d === ']' && depth === 0)
                    break;
            }
            if (j >= path.length)
                return { offset: i, message: 'unclosed "[": add the matching "]"' };
            const inner = path.slice(i + 1, j);
            const script = /^\s*\??\(([\s\S]*)\)\s*$/.exec(inner);
            if (script) {
                const problem = checkScript(script[1] ?? '', i + 1 + inner.indexOf('(') + 1);
                if (problem)
                    return problem;
            }
            else if (inner.trim() === '' || !inner.split(',').every((part) => SIMPLE_ITEM.test(part))) {
                return { offset: i + 1, message: `"[${inner}]" is not a valid selector: use an index, a quoted name, "*", a slice or a filter ?(...)` };
            }
            i = j + 1;
            continue;
        }
        if (c === '^' || c === '~') {
            i++;
            continue;
        }
        return { offset: i, message: `unexpected "${c}": continue the path with "." or "["` };
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/source/yaml-unique.ts

/**
 * The first repeated key in any mapping of `doc`, found in one linear pass. The yaml package's own check
 * (`uniqueKeys: true`) compares every key with every other: a hostile 20 MB mapping would take hours.
 * Parse with `uniqueKeys: false` and call this instead. Iterative, so nesting cannot exhaust the stack.
 */
function firstDuplicateKey(doc) {
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const k = pair.key;
                if ((0,dist/* isScalar */.jn)(k)) {
                    const key = `${typeof k.value}:${String(k.value)}`;
                    if (seen.has(key))
                        return { key: String(k.value), offset: k.range?.[0] ?? 0 };
                    seen.add(key);
                }
                else if (k !== null)
                    stack.push(k);
                stack.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                stack.push(item);
    }
    return undefined;
}
/** The yaml package reports hostile nesting as the engine's stack overflow: say what it means. */
function yamlMessage(message) {
    return /Maximum call stack/i.test(message) ? 'the YAML is nested too deeply to read (a real file nests a few dozen levels at most)' : message;
}

;// CONCATENATED MODULE: ./src/core/config/yaml-tree.ts


class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.file}:${p.at.line}:${p.at.column}: ${p.message}`).join('\n'));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
// Configs come from pull requests: cap what a hostile file can make us build.
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;
/** Configs are read from files (capped at 1 MiB there) and from the GitHub API: the same cap for both. */
const MAX_CONFIG_CHARS = 1024 * 1024;
/** Parses a config file's YAML into a position-carrying tree; throws ConfigError with every problem found. */
function parseYamlTree(file, text) {
    if (text.length > MAX_CONFIG_CHARS) {
        throw new ConfigError([{ file, at: { line: 1, column: 1 }, message: `the config is ${text.length} characters, over the ${MAX_CONFIG_CHARS}-character limit: a config that large is not a config` }]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    // Unique keys are checked below in one pass; the yaml package's own check is quadratic in the keys of a mapping.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const pos = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    const problems = [];
    for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
        problems.push({ file, at: pos(e.pos[0]), message: `invalid YAML: ${yamlMessage(e.message.split('\n')[0])}` });
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    let count = 0;
    const convert = (node, depth, fallback) => {
        if (++count > MAX_NODES)
            throw new ConfigError([{ file, at: fallback, message: `the config is too large (over ${MAX_NODES} values)` }]);
        if (depth > MAX_DEPTH)
            throw new ConfigError([{ file, at: fallback, message: `the config is nested deeper than ${MAX_DEPTH} levels` }]);
        if ((0,dist/* isAlias */.Vj)(node)) {
            // Aliases are how "billion laughs" bombs grow; a linter config has no need for them.
            throw new ConfigError([{ file, at: pos(node.range?.[0]), message: 'YAML aliases (*name) are not allowed in a config: write the value out' }]);
        }
        const at = pos(node?.range?.[0]) ?? fallback;
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            const entries = node.items.map((pair) => {
                const keyAt = (0,dist/* isScalar */.jn)(pair.key) ? pos(pair.key.range?.[0]) : at;
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    throw new ConfigError([{ file, at: keyAt, message: 'keys must be plain names' }]);
                if (key === '<<')
                    throw new ConfigError([{ file, at: keyAt, message: 'YAML merge keys (<<) are not allowed in a config' }]);
                if (seen.has(key))
                    throw new ConfigError([{ file, at: keyAt, message: `invalid YAML: Map keys must be unique ("${key}" is repeated)` }]);
                seen.add(key);
                return { key, keyAt, value: pair.value === null ? { kind: 'scalar', at: keyAt, value: null } : convert(pair.value, depth + 1, keyAt) };
            });
            return { kind: 'map', at, entries };
        }
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'seq', at, items: node.items.map((item) => convert(item, depth + 1, at)) };
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
            const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
            return quoted && node.range ? { kind: 'scalar', at, value, textAt: pos(node.range[0] + 1) } : { kind: 'scalar', at, value };
        }
        return { kind: 'scalar', at, value: null };
    };
    return convert(doc.contents, 0, { line: 1, column: 1 });
}
/** Plain JavaScript value of a tree (objects without a prototype, so "__proto__" is just a key). */
function plain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(plain);
    const o = Object.create(null);
    for (const e of node.entries)
        o[e.key] = plain(e.value);
    return o;
}
function describeKind(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    return node.value === null ? 'empty' : `${typeof node.value} ${JSON.stringify(node.value)}`;
}

;// CONCATENATED MODULE: ./src/core/config/ruleset.ts




const SEVERITIES = ['error', 'warn', 'info', 'off'];
const SEVERITY_ALIASES = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off' };
function entriesOf(node) {
    return node.kind === 'map' ? node.entries : [];
}
function readRuleset(file, baseDir, tree, problems, functions = BUILTIN_FUNCTIONS) {
    const at = (node) => ({ file, at: 'at' in node ? node.at : node });
    const problem = (where, message) => {
        problems.push({ file, at: where, message });
    };
    const result = { file, extends: [], rules: new Map(), overrides: [], flows: new Map() };
    if (tree.kind === 'scalar' && tree.value === null)
        return result;
    if (tree.kind !== 'map') {
        problem(tree.at, `a config must be a mapping with "extends", "rules" and "overrides", not ${describeKind(tree)}`);
        return result;
    }
    for (const { key, keyAt, value } of tree.entries) {
        // A key left empty (its entries commented out, as in the starter config) means "none".
        if (value.kind === 'scalar' && value.value === null && ['extends', 'rules', 'overrides', 'functions'].includes(key))
            continue;
        if (key === 'extends') {
            const items = value.kind === 'seq' ? value.items : [value];
            for (const item of items) {
                if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '')
                    result.extends.push({ ref: item.value, origin: at(item) });
                else
                    problem(item.at, `"extends" takes ruleset names ("connect-flow-lint:recommended") or relative paths, not ${describeKind(item)}`);
            }
        }
        else if (key === 'rules') {
            readRules(value, result.rules);
        }
        else if (key === 'overrides') {
            if (value.kind !== 'seq') {
                problem(value.at, `"overrides" must be a list of { files, rules }, not ${describeKind(value)}`);
                continue;
            }
            for (const item of value.items) {
                const files = [];
                const rules = new Map();
                if (item.kind !== 'map') {
                    problem(item.at, `each override must be a mapping with "files" and "rules", not ${describeKind(item)}`);
                    continue;
                }
                for (const e of item.entries) {
                    if (e.key === 'files') {
                        const globs = e.value.kind === 'seq' ? e.value.items : [e.value];
                        for (const g of globs) {
                            if (g.kind === 'scalar' && typeof g.value === 'string' && g.value !== '')
                                files.push(g.value);
                            else
                                problem(g.at, `"files" takes glob patterns such as "flows/modules/**", not ${describeKind(g)}`);
                        }
                    }
                    else if (e.key === 'rules')
                        readRules(e.value, rules);
                    else
                        problem(e.keyAt, `unknown key "${e.key}" in an override: use "files" and "rules"`);
                }
                if (files.length === 0)
                    problem(item.at, 'this override has no "files": say which files its rules apply to');
                result.overrides.push({ files, baseDir, rules, origin: at(item) });
            }
        }
        else if (key === 'flows') {
            if (value.kind !== 'map') {
                problem(value.at, `"flows" must map references (an ARN, an id or a name) to files, e.g. "arn:aws:connect:…/contact-flow/abc": flows/sub.json, not ${describeKind(value)}`);
                continue;
            }
            for (const e of value.entries) {
                if (e.value.kind !== 'scalar' || typeof e.value.value !== 'string' || e.value.value === '') {
                    problem(e.value.at, `the flows entry "${e.key}" must be a file path (optionally with #FlowName), not ${describeKind(e.value)}`);
                    continue;
                }
                const [path, name] = e.value.value.split('#', 2);
                result.flows.set(e.key, { file: baseDir === '' ? path : `${baseDir}/${path}`.replace(/\/\.\//g, '/'), ...(name ? { name } : {}) });
            }
        }
        else if (key === 'functions' || key === 'functionsDir') {
            // Read by the adapter before resolution (functions.ts), which loads the modules they name.
            const ok = key === 'functionsDir' ? value.kind === 'scalar' && typeof value.value === 'string' : value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && typeof i.value === 'string' && /^[A-Za-z_$][\w$]*$/.test(i.value));
            if (!ok)
                problem(value.at, key === 'functionsDir' ? '"functionsDir" must be a folder path relative to this file' : '"functions" must be a list of function names (each a JavaScript identifier, loaded from functions/<name>.js next to this file)');
        }
        else {
            const near = closest(key, ['extends', 'rules', 'overrides', 'functions', 'functionsDir', 'flows']);
            problem(keyAt, `unknown key "${key}"${near ? `: did you mean "${near}"?` : ': a config has "extends", "rules", "overrides" and "functions"'}`);
        }
    }
    return result;
    function readRules(node, into) {
        if (node.kind !== 'map') {
            problem(node.at, `"rules" must be a mapping of rule ids to a severity or a rule, not ${describeKind(node)}`);
            return;
        }
        for (const { key, keyAt, value } of node.entries) {
            const entry = readRuleEntry(key, keyAt, value);
            if (entry)
                into.set(key, entry);
        }
    }
    function readSeverity(node) {
        const raw = node.kind === 'scalar' ? node.value : undefined;
        if (typeof raw === 'string' && SEVERITIES.includes(raw))
            return raw;
        if (raw === false)
            return 'off';
        const alias = typeof raw === 'string' && Object.hasOwn(SEVERITY_ALIASES, raw) ? SEVERITY_ALIASES[raw] : undefined;
        problem(node.at, `invalid severity ${node.kind === 'scalar' ? JSON.stringify(node.value) : describeKind(node)}: use one of ${SEVERITIES.join(', ')}${alias ? ` (did you mean "${alias}"?)` : ''}`);
        return undefined;
    }
    function readRuleEntry(id, keyAt, value) {
        if (id === 'parse-error') {
            problem(keyAt, '"parse-error" cannot be configured: a file that is not valid JSON is always an error');
            return undefined;
        }
        if (value.kind === 'scalar') {
            const severity = readSeverity(value);
            return severity ? { kind: 'set', origin: at(value), severity } : undefined;
        }
        if (value.kind === 'seq') {
            // ESLint's form: [severity, options]
            const [sev, opts, ...rest] = value.items;
            if (!sev || rest.length > 0) {
                problem(value.at, 'a rule given as a list must be [severity] or [severity, options]');
                return undefined;
            }
            const severity = readSeverity(sev);
            return severity ? { kind: 'set', origin: at(value), severity, options: opts } : undefined;
        }
        const has = (k) => value.entries.some((e) => e.key === k);
        if (!has('given') && !has('then')) {
            let severity;
            let options;
            for (const e of value.entries) {
                if (e.key === 'severity')
                    severity = readSeverity(e.value);
                else if (e.key === 'options' || e.key === 'functionOptions')
                    options = e.value;
                else
                    problem(e.keyAt, `unknown key "${e.key}" for rule "${id}": set "severity" and "options", or define the rule in full with "given" and "then"`);
            }
            return { kind: 'set', origin: at(value), severity, options };
        }
        const rule = readRuleDefinition(id, keyAt, value);
        return rule ? { kind: 'define', rule } : undefined;
    }
    function readRuleDefinition(id, keyAt, node) {
        const before = problems.length;
        let description;
        let message;
        let documentationUrl;
        let severity = 'warn';
        const given = [];
        const then = [];
        const text = (e) => {
            if (e.value.kind === 'scalar' && typeof e.value.value === 'string')
                return e.value.value;
            problem(e.value.at, `"${e.key}" must be a string, not ${describeKind(e.value)}`);
            return undefined;
        };
        for (const e of entriesOf(node)) {
            switch (e.key) {
                case 'description':
                    description = text(e);
                    break;
                case 'message':
                    message = text(e);
                    break;
                case 'documentationUrl':
                    documentationUrl = text(e);
                    break;
                case 'severity':
                    severity = readSeverity(e.value) ?? severity;
                    break;
                case 'recommended':
                case 'formats':
                    break;
                case 'given': {
                    const items = e.value.kind === 'seq' ? e.value.items : [e.value];
                    for (const item of items) {
                        if (item.kind !== 'scalar' || typeof item.value !== 'string') {
                            problem(item.at, `"given" must be a JSONPath string such as "$.Actions[*]", not ${describeKind(item)}`);
                            continue;
                        }
                        const bad = checkJsonPath(item.value);
                        const textAt = item.textAt ?? item.at;
                        if (bad)
                            problem({ line: textAt.line, column: textAt.column + bad.offset }, `invalid JSONPath in "given" (${JSON.stringify(item.value)}): ${bad.message}`);
                        else
                            given.push(item.value);
                    }
                    break;
                }
                case 'then': {
                    const items = e.value.kind === 'seq' ? e.value.items : [e.value];
                    for (const item of items) {
                        const t = readThen(item);
                        if (t)
                            then.push(t);
                    }
                    break;
                }
                default: {
                    const near = closest(e.key, ['description', 'message', 'severity', 'given', 'then', 'documentationUrl']);
                    problem(e.keyAt, `unknown key "${e.key}" in rule "${id}"${near ? `: did you mean "${near}"?` : ''}`);
                }
            }
        }
        if (!entriesOf(node).some((e) => e.key === 'given'))
            problem(keyAt, `rule "${id}" has "then" but no "given": add the JSONPath it applies to ("$" for the whole flow)`);
        if (!entriesOf(node).some((e) => e.key === 'then'))
            problem(keyAt, `rule "${id}" has "given" but no "then": add { function: ..., functionOptions: ... }`);
        if (problems.length > before)
            return undefined;
        const origin = at(keyAt);
        return { id, description, message, severity, given, then, documentationUrl, definedIn: origin, setIn: origin };
    }
    function readThen(node) {
        if (node.kind !== 'map') {
            problem(node.at, `"then" must be a mapping with "function" (and "field", "functionOptions"), not ${describeKind(node)}`);
            return undefined;
        }
        let field;
        let fnName;
        let fnAt = node.at;
        let optionsNode;
        for (const e of node.entries) {
            if (e.key === 'field' && e.value.kind === 'scalar' && typeof e.value.value === 'string')
                field = e.value.value;
            else if (e.key === 'function' && e.value.kind === 'scalar' && typeof e.value.value === 'string') {
                fnName = e.value.value;
                fnAt = e.value.at;
            }
            else if (e.key === 'functionOptions')
                optionsNode = e.value;
            else
                problem(e.keyAt, `unexpected "${e.key}" in "then": it takes "field" (a string), "function" (a string) and "functionOptions"`);
        }
        if (!fnName) {
            problem(node.at, `"then" needs a "function": one of ${[...functions.keys()].join(', ')}`);
            return undefined;
        }
        const fn = functions.get(fnName);
        if (!fn) {
            const near = closest(fnName, functions.keys());
            problem(fnAt, `unknown function "${fnName}"${near ? `: did you mean "${near}"?` : ''} (built-in functions: ${[...BUILTIN_FUNCTIONS.keys()].join(', ')}; a ruleset adds its own with "functions: [name]")`);
            return undefined;
        }
        const options = compileOptions(fn, optionsNode, node.at, file, problems);
        return options ? { field, functionName: fnName, fn, options } : undefined;
    }
}
/** Checks options against the function's declared options and turns regex strings into RegExps. */
function compileOptions(fn, node, fallback, file, problems, base = {}) {
    const before = problems.length;
    const out = { ...base };
    const problem = (where, message) => {
        problems.push({ file, at: where, message });
    };
    if (node !== undefined && !(node.kind === 'scalar' && node.value === null)) {
        if (node.kind !== 'map')
            problem(node.at, `options of "${fn.name}" must be a mapping, not ${describeKind(node)}`);
        else if (fn.anyOptions)
            Object.assign(out, plain(node));
        else {
            for (const { key, keyAt, value } of node.entries) {
                const spec = Object.hasOwn(fn.options, key) ? fn.options[key] : undefined;
                if (!spec) {
                    const names = Object.keys(fn.options);
                    const near = closest(key, names);
                    problem(keyAt, `unknown option "${key}" for function "${fn.name}"${near ? `: did you mean "${near}"?` : ''} (${names.length ? `its options: ${names.join(', ')}` : 'it takes no options'})`);
                    continue;
                }
                const compiled = compileOption(key, spec, value, problem);
                if (compiled !== undefined)
                    out[key] = compiled;
            }
        }
    }
    for (const [name, spec] of Object.entries(fn.options)) {
        if (spec.required && out[name] === undefined)
            problem(node?.at ?? fallback, `function "${fn.name}" needs the option "${name}" (${spec.description})`);
    }
    if (problems.length === before && fn.validate) {
        const error = fn.validate(out);
        if (error)
            problem(node?.at ?? fallback, `options of "${fn.name}": ${error}`);
    }
    return problems.length > before ? undefined : out;
}
/** Longest value a config's regular expression is run on; longer values are matched on their first part. */
const MAX_PATTERN_INPUT = 10_000;
/**
 * A config's regular expression. It only ever sees the first MAX_PATTERN_INPUT characters of a value, so even a
 * pattern that backtracks quadratically (`.*x`) takes milliseconds on a 50,000-character string from a flow.
 * test, match, replace, split and search all go through exec.
 */
class BoundedRegExp extends RegExp {
    exec(text) {
        return super.exec(text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text);
    }
}
/**
 * Why a regular expression could take exponential or high polynomial time on a crafted value, or undefined.
 * Refused: a repeated group that holds a quantifier or an alternation ((a+)+, (a|aa)*, (.*a){20}), and two
 * unbounded repeats next to each other that can match the same character (.*.*, \w+\w*), which backtrack
 * cubically. What is left backtracks at most quadratically, which the input bound keeps fast.
 */
function regexRisk(source) {
    const sequences = [[]];
    const groups = [];
    let i = 0;
    const quantifier = () => {
        const c = source[i];
        let q;
        if (c === '*' || c === '+') {
            q = { unbounded: true, repeats: true };
            i++;
        }
        else if (c === '?') {
            q = { unbounded: false, repeats: false };
            i++;
        }
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
            if (!m)
                return undefined;
            const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
            q = { unbounded: max === Infinity, repeats: max > 1 };
            i += m[0].length;
        }
        else
            return undefined;
        if (source[i] === '?')
            i++; // lazy: backtracks just the same
        return q;
    };
    while (i < source.length) {
        const c = source[i];
        const seq = sequences[sequences.length - 1];
        if (c === '(') {
            groups.push({ start: i, risky: false });
            sequences.push([]);
            i += source.startsWith('(?', i) ? (/^\(\?(?:<[=!]|<[^>]*>|[:=!])/.exec(source.slice(i))?.[0].length ?? 1) : 1;
            continue;
        }
        if (c === '|') {
            if (groups.length > 0)
                groups[groups.length - 1].risky = true;
            sequences[sequences.length - 1] = [];
            i++;
            continue;
        }
        let atom;
        if (c === ')') {
            const g = groups.pop();
            sequences.pop();
            i++;
            if (!g)
                return undefined; // unbalanced: new RegExp reports it
            atom = { source: source.slice(g.start, i), isGroup: true, risky: g.risky, unbounded: false, repeats: false };
        }
        else if (c === '[') {
            const m = /^\[(?:\\[\s\S]|[^\]\\])*\]/.exec(source.slice(i));
            const end = m ? i + m[0].length : source.length;
            atom = { source: source.slice(i, end), isGroup: false, risky: false, unbounded: false, repeats: false };
            i = end;
        }
        else if (c === '\\') {
            const m = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\d+|[\s\S])/.exec(source.slice(i));
            const end = m ? i + m[0].length : source.length;
            atom = { source: source.slice(i, end), isGroup: false, risky: false, unbounded: false, repeats: false };
            i = end;
        }
        else if (c === '^' || c === '$') {
            i++;
            sequences[sequences.length - 1].push({ source: c, isGroup: false, risky: false, unbounded: false, repeats: false });
            continue;
        }
        else {
            atom = { source: c, isGroup: false, risky: false, unbounded: false, repeats: false };
            i++;
        }
        const qStart = i;
        const q = quantifier();
        atom.text = source.slice(qStart - atom.source.length, i);
        if (q) {
            atom.unbounded = q.unbounded;
            atom.repeats = q.repeats;
            if (groups.length > 0 && q.repeats)
                groups[groups.length - 1].risky = true;
            if (atom.isGroup && atom.risky && q.repeats)
                return `${atom.source}${source.slice(qStart, i)} repeats a group that itself repeats or has alternatives (like (a+)+ or (a|aa)*)`;
        }
        if (atom.isGroup && atom.risky && groups.length > 0)
            groups[groups.length - 1].risky = true;
        const prev = seq[seq.length - 1];
        if (atom.unbounded && prev?.unbounded && overlap(prev.source, atom.source)) {
            return `${prev.text ?? prev.source} and ${atom.text ?? atom.source} repeat next to each other over the same characters (like .*.*)`;
        }
        seq.push(atom);
    }
    return undefined;
}
/** Characters two atoms are tried on to see whether they can match the same one. */
const PROBES = [...Array.from({ length: 128 }, (_, k) => String.fromCharCode(k)), 'é', 'ü', 'ア', '日', '\u00a0', '\u2028'];
function overlap(a, b) {
    // A group can match many characters at once: treat two repeated groups, or a group and an atom, as overlapping.
    if (a.startsWith('(') || b.startsWith('('))
        return true;
    try {
        const ra = new RegExp(`^(?:${a})$`, 's');
        const rb = new RegExp(`^(?:${b})$`, 's');
        return PROBES.some((ch) => ra.test(ch) && rb.test(ch));
    }
    catch {
        return true;
    }
}
function compileOption(key, spec, node, problem) {
    const value = plain(node);
    const wrong = (expected) => {
        problem(node.at, `option "${key}" must be ${expected}, not ${describeKind(node)}`);
        return undefined;
    };
    const regex = (v, at) => {
        if (typeof v !== 'string')
            return wrong('a regular expression string');
        if (v.length > 1000)
            return void problem(at, `option "${key}": the regular expression is longer than 1000 characters`);
        const risk = regexRisk(v);
        if (risk) {
            problem(at, `option "${key}": /${v}/ can backtrack catastrophically (take exponential time) on a crafted flow: ${risk}. Rewrite it, e.g. with a character class ([a-z]+) instead of a repeated group`);
            return undefined;
        }
        try {
            return new BoundedRegExp(v);
        }
        catch (e) {
            problem(at, `option "${key}" is not a valid regular expression: ${e.message}`);
            return undefined;
        }
    };
    switch (spec.type) {
        case 'boolean':
            return typeof value === 'boolean' ? value : wrong('true or false');
        case 'string':
            return typeof value === 'string' ? value : wrong('a string');
        case 'number':
            return typeof value === 'number' && Number.isFinite(value) ? value : wrong('a number');
        case 'string[]':
            return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : wrong('a list of strings');
        case 'scalar[]':
            return Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)) ? value : wrong('a list of values');
        case 'regex':
            return regex(value, node.at);
        case 'regex[]': {
            if (node.kind !== 'seq')
                return wrong('a list of regular expressions');
            const out = node.items.map((item) => regex(plain(item), item.at));
            return out.every((r) => r !== undefined) ? out : undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/config/resolve.ts





const BUILTIN_PREFIX = 'connect-flow-lint:';
/** Applies one config's rule entries onto the rules so far; ids must already exist unless defined here. */
function applyEntries(rules, entries, known, problems) {
    for (const [id, entry] of entries) {
        if (entry.kind === 'define') {
            rules.set(id, entry.rule);
            continue;
        }
        const rule = rules.get(id);
        if (!rule) {
            const near = closest(id, known);
            problems.push({
                file: entry.origin.file,
                at: entry.origin.at,
                message: `unknown rule "${id}"${near ? `: did you mean "${near}"?` : ''} — extend a ruleset that defines it, or define it here with "given" and "then"`,
            });
            continue;
        }
        let then = rule.then;
        if (entry.options !== undefined) {
            if (then.length !== 1) {
                problems.push({ file: entry.origin.file, at: entry.options.at, message: `rule "${id}" has ${then.length} functions: set options in its full definition instead` });
                continue;
            }
            const t = then[0];
            const options = compileOptions(t.fn, entry.options, entry.origin.at, entry.origin.file, problems, t.options);
            if (!options)
                continue;
            then = [{ ...t, options }];
        }
        rules.set(id, { ...rule, severity: entry.severity ?? rule.severity, then, setIn: entry.origin });
    }
}
/**
 * Resolves a config and everything it extends. Pure: `load` does the reading. Throws ConfigError with every
 * problem found, each with file, line and column.
 */
function resolveConfig(entry, load, functions) {
    const problems = [];
    const rules = new Map();
    const overrides = [];
    const files = [];
    const flows = new Map();
    const loaded = new Set();
    const visit = (source, chain) => {
        if (loaded.has(source.file))
            return;
        let tree;
        try {
            tree = source.tree ?? parseYamlTree(source.file, source.text);
        }
        catch (e) {
            if (e instanceof ConfigError)
                problems.push(...e.problems);
            else
                throw e;
            return;
        }
        const baseDir = source.file.startsWith(BUILTIN_PREFIX) ? '' : external_node_path_.posix.dirname(source.file);
        const ruleset = readRuleset(source.file, baseDir, tree, problems, functions);
        for (const ext of ruleset.extends) {
            let base;
            try {
                base = load(ext.ref, source.file);
            }
            catch (e) {
                problems.push({ file: source.file, at: ext.origin.at, message: `cannot extend "${ext.ref}": ${e.message}` });
                continue;
            }
            if (chain.includes(base.file) || base.file === source.file) {
                problems.push({ file: source.file, at: ext.origin.at, message: `"extends" makes a cycle: ${[...chain, source.file, base.file].join(' → ')}. Remove one of these extends.` });
                continue;
            }
            visit(base, [...chain, source.file]);
        }
        loaded.add(source.file);
        files.push(source.file);
        // Candidates for "did you mean": rules that exist or are defined here, never the unknown ids being set.
        const definedHere = (m) => [...m].filter(([, e]) => e.kind === 'define').map(([id]) => id);
        const known = new Set([...rules.keys(), ...definedHere(ruleset.rules), ...ruleset.overrides.flatMap((o) => definedHere(o.rules))]);
        applyEntries(rules, ruleset.rules, known, problems);
        overrides.push(...ruleset.overrides);
        for (const [k, v] of ruleset.flows)
            flows.set(k, { ...v, file: external_node_path_.posix.normalize(v.file) });
    };
    visit(entry, []);
    // Overrides may only name rules that exist somewhere in the config (or that they define themselves).
    const all = new Set([...rules.keys(), ...overrides.flatMap((o) => [...o.rules].filter(([, e]) => e.kind === 'define').map(([id]) => id))]);
    for (const o of overrides) {
        for (const [id, e] of o.rules) {
            if (e.kind === 'set' && !all.has(id)) {
                const near = closest(id, all);
                problems.push({ file: e.origin.file, at: e.origin.at, message: `unknown rule "${id}"${near ? `: did you mean "${near}"?` : ''}` });
            }
            else if (e.kind === 'set' && e.options !== undefined) {
                // Check the options now so a bad option fails the run, not just the files it matches.
                const rule = rules.get(id);
                if (rule && rule.then.length === 1)
                    compileOptions(rule.then[0].fn, e.options, e.origin.at, e.origin.file, problems, rule.then[0].options);
            }
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    return { files, rules, overrides, flows };
}
/**
 * The rules that apply to one file (absolute, forward slashes): the config's rules with every matching
 * override applied in order. Memoised by the set of matching overrides, which is what determines the result.
 */
function rulesFor(config, file, memo = new Map()) {
    const matching = matchingOverrides(config, file);
    const key = matching.map((o) => config.overrides.indexOf(o)).join(',');
    const hit = memo.get(key);
    if (hit)
        return hit;
    const active = applyOverrides(config, matching).filter((r) => r.severity !== 'off');
    memo.set(key, active);
    return active;
}
/** Every rule as it stands for one file once its overrides are applied, including the rules they turn off. */
function effectiveRules(config, file) {
    return applyOverrides(config, matchingOverrides(config, file));
}
function matchingOverrides(config, file) {
    return config.overrides.filter((o) => {
        const rel = o.baseDir === '' ? file : external_node_path_.posix.relative(o.baseDir, file);
        return !rel.startsWith('../') && o.files.some((g) => matchesGlob(rel, g));
    });
}
function applyOverrides(config, matching) {
    const rules = new Map(config.rules);
    const problems = [];
    for (const o of matching)
        applyEntries(rules, o.rules, new Set(rules.keys()), problems);
    // Problems here were already reported by resolveConfig; they cannot occur for a resolved config.
    return [...rules.values()];
}
function describeOrigin(o) {
    return `${o.file}:${o.at.line}:${o.at.column}`;
}

;// CONCATENATED MODULE: ./src/core/config/function-declarations.ts



/**
 * Walks a config and everything it extends for `functions` declarations, so the adapter can load those
 * modules before the config is resolved (resolution itself stays synchronous and pure). Problems are left
 * to resolveConfig, which reports them with positions.
 */
function functionDeclarations(entry, load) {
    const out = [];
    const seen = new Set();
    const visit = (source) => {
        if (seen.has(source.file))
            return;
        seen.add(source.file);
        let tree;
        try {
            tree = source.tree ?? parseYamlTree(source.file, source.text);
        }
        catch {
            return;
        }
        if (tree.kind !== 'map')
            return;
        const get = (k) => tree.entries.find((e) => e.key === k)?.value;
        const ext = get('extends');
        for (const item of ext ? (ext.kind === 'seq' ? ext.items : [ext]) : []) {
            if (item.kind !== 'scalar' || typeof item.value !== 'string')
                continue;
            try {
                visit(load(item.value, source.file));
            }
            catch {
                // resolveConfig reports the failing extends with its position.
            }
        }
        const fns = get('functions');
        if (fns?.kind === 'seq' && !source.file.startsWith(BUILTIN_PREFIX)) {
            const names = fns.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
            const dirNode = get('functionsDir');
            const sub = dirNode?.kind === 'scalar' && typeof dirNode.value === 'string' ? dirNode.value : 'functions';
            out.push({ rulesetFile: source.file, names, dir: external_node_path_.posix.resolve(external_node_path_.posix.dirname(source.file), sub) });
        }
    };
    visit(entry);
    return out;
}

;// CONCATENATED MODULE: ./src/core/baseline.ts
const keyOf = (f) => JSON.stringify([f.file, f.ruleId, f.blockId ?? null, f.message]);
function createBaseline(findings) {
    const counts = new Map();
    for (const f of findings) {
        const k = keyOf(f);
        const e = counts.get(k);
        if (e)
            e.count++;
        else
            counts.set(k, { file: f.file, ruleId: f.ruleId, blockId: f.blockId ?? null, message: f.message, count: 1 });
    }
    return { version: 1, findings: [...counts.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)) };
}
/** Reads a baseline file's text; throws an Error saying what is wrong with it. */
function parseBaseline(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`not valid JSON (${e.message})`);
    }
    const o = v;
    if (typeof v !== 'object' || v === null || o.version !== 1 || !Array.isArray(o.findings))
        throw new Error('not a connect-flow-lint baseline (expected {"version": 1, "findings": [...]})');
    for (const f of o.findings) {
        if (typeof f?.file !== 'string' || typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !(typeof f.blockId === 'string' || f.blockId === null) || !Number.isInteger(f.count)) {
            throw new Error(`a baseline entry is malformed: ${JSON.stringify(f).slice(0, 200)}`);
        }
    }
    return o;
}
/** Splits findings into the new ones and those the baseline already knows. */
function applyBaseline(findings, baseline) {
    const remaining = new Map(baseline.findings.map((f) => [keyOf(f), f.count]));
    const fresh = [];
    let known = 0;
    for (const f of findings) {
        const k = keyOf(f);
        const left = remaining.get(k) ?? 0;
        if (left > 0) {
            remaining.set(k, left - 1);
            known++;
        }
        else
            fresh.push(f);
    }
    return { fresh, known };
}

;// CONCATENATED MODULE: ./src/generated/builtin-rulesets.ts
// Generated by scripts/gen-rulesets.mjs from rules/*.yml and package.json. Do not edit.
const VERSION = "0.1.0";
const BUILTIN_RULESETS = {
    "recommended": "# connect-flow-lint:recommended — the built-in policy. Each rule has a page in rules/docs/<id>.md.\n# Extend it from .connect-flow-lint.yaml:  extends: [connect-flow-lint:recommended]\nrules:\n  profile-lookup-before-use:\n    description: Profile data is read only after a successful customer profile lookup on every path.\n    severity: error\n    given: $\n    then:\n      function: profileLookupBeforeUse\n      functionOptions:\n        profileLoadedAtEntry: false\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/profile-lookup-before-use.md\n\n  profile-response-fields:\n    description: Every profile field a block reads was requested by the lookup that loaded the profile.\n    severity: error\n    given: $\n    then:\n      function: profileResponseFields\n      functionOptions:\n        profileLoadedAtEntry: false\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/profile-response-fields.md\n\n  error-branches-wired:\n    description: Every error a block can raise has a branch.\n    severity: error\n    given: $\n    then:\n      function: errorBranchesWired\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/error-branches-wired.md\n\n  transition-target-exists:\n    description: Every transition goes to a block of the flow.\n    severity: error\n    given: $\n    then:\n      function: transitionTargetExists\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/transition-target-exists.md\n\n  unreachable-block:\n    description: Every block can be reached from the start.\n    severity: warn\n    given: $\n    then:\n      function: unreachableBlock\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/unreachable-block.md\n\n  start-action-exists:\n    description: StartAction names a block of the flow.\n    severity: error\n    given: $\n    then:\n      function: startActionExists\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/start-action-exists.md\n\n  unique-identifiers:\n    description: No two blocks share an Identifier.\n    severity: error\n    given: $\n    then:\n      function: uniqueIdentifiers\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/unique-identifiers.md\n\n  flow-ends:\n    description: Every block that does not end the contact has somewhere to go.\n    severity: error\n    given: $\n    then:\n      function: flowEnds\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/flow-ends.md\n\n  logging-enabled:\n    description: Flow logging is on before the first block that does real work.\n    severity: info\n    given: $\n    then:\n      function: loggingEnabled\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/logging-enabled.md\n\n  no-hardcoded-arn:\n    description: Parameters hold no account-specific ARNs.\n    severity: warn\n    given: $\n    then:\n      function: noHardcodedArn\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/no-hardcoded-arn.md\n\n  flow-structure:\n    description: Every field of the export has the type the flow language expects.\n    severity: error\n    given: $\n    then:\n      function: flowStructure\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/flow-structure.md\n\n\n  reference-exists:\n    description: Every flow, module and event flow a block names is in the repository (or marked external).\n    severity: error\n    given: $\n    then:\n      function: referenceExists\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/reference-exists.md\n\n  known-action-type:\n    description: Every block type exists in the Amazon Connect flow language.\n    severity: error\n    given: $\n    then:\n      function: knownActionType\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/known-action-type.md\n\n  action-allowed-in-flow-type:\n    description: Every block is allowed in the flow's type (no queue transfer in a whisper flow).\n    severity: error\n    given: $\n    then:\n      function: actionAllowedInFlowType\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/action-allowed-in-flow-type.md\n\n  parameters-valid:\n    description: Blocks have their required parameters, values of the right shape, and no unknown parameter names (warnings).\n    severity: error\n    given: $\n    then:\n      function: parametersValid\n    documentationUrl: https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/parameters-valid.md\n",
    "strict": "# connect-flow-lint:strict — the recommended policy with nothing left as a warning: for repositories that\n# deploy every flow to several environments and want every route and branch accounted for.\nextends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\n  no-hardcoded-arn: error\n  logging-enabled: warn\n  error-branches-wired: [error, { strict: true }]\n",
};

;// CONCATENATED MODULE: ./src/reporters/github.ts
// Workflow-command escaping, as @actions/core does it: data escapes %, CR, LF; properties also : and ,.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warn: 'warning', info: 'notice' };
/** One `::error file=…,line=…::message` workflow command per finding. */
function formatGithub(findings) {
    return findings
        .map((f) => {
        const props = [
            `file=${escapeProperty(f.file)}`,
            `line=${f.range.start.line}`,
            `col=${f.range.start.column}`,
            `endLine=${f.range.end.line}`,
            `endColumn=${f.range.end.column}`,
            `title=${escapeProperty(f.ruleId)}`,
        ].join(',');
        const doc = f.documentationUrl ? ` (${f.documentationUrl})` : '';
        return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message + doc)}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/reporters/json.ts
/** One JSON array of findings, flat fields first so `jq` one-liners stay short. */
function formatJson(findings) {
    return `${JSON.stringify(findings.map((f) => ({
        file: f.file,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line,
        column: f.range.start.column,
        endLine: f.range.end.line,
        endColumn: f.range.end.column,
        blockId: f.blockId ?? null,
        flowName: f.flowName ?? null,
        documentationUrl: f.documentationUrl ?? null,
        evidence: f.evidence ?? [],
    })), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts
const LEVEL = { error: 'error', warn: 'warning', info: 'note', off: 'none' };
/** SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules with help links, a result per finding. */
function formatSarif(findings, rules, tool) {
    const known = new Map(rules.map((r) => [r.id, r]));
    // Findings from file-level checks (parse-error) have no configured rule; describe them too.
    for (const f of findings)
        if (!known.has(f.ruleId))
            known.set(f.ruleId, { id: f.ruleId, severity: f.severity, documentationUrl: f.documentationUrl });
    const ruleList = [...known.values()].sort((a, b) => a.id.localeCompare(b.id));
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id,
                            shortDescription: { text: r.description ?? r.id },
                            ...(r.documentationUrl ? { helpUri: r.documentationUrl, help: { text: `See ${r.documentationUrl}` } } : {}),
                            defaultConfiguration: { level: LEVEL[r.severity] },
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: index.get(f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file.replace(/\\/g, '/'), uriBaseId: '%SRCROOT%' },
                                region: { startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column },
                            },
                            ...(f.blockId !== undefined
                                ? { logicalLocations: [{ name: f.blockId, fullyQualifiedName: `${f.flowName ?? f.file}/${f.blockId}`, kind: 'element' }] }
                                : {}),
                        },
                    ],
                    partialFingerprints: { 'connectFlowLint/v1': `${f.ruleId}:${f.blockId ?? ''}:${f.message}` },
                })),
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/stylish.ts
const SEVERITY_LABEL = { error: 'error', warn: 'warning', info: 'info' };
/** ESLint's "stylish" layout: findings grouped by file, then a count. */
function formatStylish(findings, options) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const byFile = new Map();
    for (const f of findings) {
        let list = byFile.get(f.file);
        if (!list)
            byFile.set(f.file, (list = []));
        list.push(f);
    }
    const lines = [];
    for (const [file, list] of byFile) {
        lines.push('', paint('4', file));
        for (const f of list) {
            const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(8);
            const sev = SEVERITY_LABEL[f.severity];
            const sevText = f.severity === 'error' ? paint('31', sev.padEnd(7)) : f.severity === 'warn' ? paint('33', sev.padEnd(7)) : paint('36', sev.padEnd(7));
            const flow = f.flowName ? ` [${f.flowName}]` : '';
            lines.push(`  ${paint('2', where)} ${sevText} ${f.message}${flow}  ${paint('2', f.ruleId)}`);
        }
    }
    const count = (s) => findings.filter((f) => f.severity === s).length;
    if (findings.length > 0) {
        const [e, w, i] = [count('error'), count('warn'), count('info')];
        const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
        const summary = `✖ ${plural(findings.length, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)`;
        lines.push('', paint(e > 0 ? '31;1' : '33;1', summary));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/generated/builtin-trees.ts
const BUILTIN_TREES = {
    "recommended": { "kind": "map", "at": { "line": 3, "column": 1 }, "entries": [{ "key": "rules", "keyAt": { "line": 3, "column": 1 }, "value": { "kind": "map", "at": { "line": 4, "column": 3 }, "entries": [{ "key": "profile-lookup-before-use", "keyAt": { "line": 4, "column": 3 }, "value": { "kind": "map", "at": { "line": 5, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 5, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 5, "column": 18 }, "value": "Profile data is read only after a successful customer profile lookup on every path." } }, { "key": "severity", "keyAt": { "line": 6, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 6, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 7, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 7, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 8, "column": 5 }, "value": { "kind": "map", "at": { "line": 9, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 9, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 9, "column": 17 }, "value": "profileLookupBeforeUse" } }, { "key": "functionOptions", "keyAt": { "line": 10, "column": 7 }, "value": { "kind": "map", "at": { "line": 11, "column": 9 }, "entries": [{ "key": "profileLoadedAtEntry", "keyAt": { "line": 11, "column": 9 }, "value": { "kind": "scalar", "at": { "line": 11, "column": 31 }, "value": false } }] } }] } }, { "key": "documentationUrl", "keyAt": { "line": 12, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 12, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/profile-lookup-before-use.md" } }] } }, { "key": "profile-response-fields", "keyAt": { "line": 14, "column": 3 }, "value": { "kind": "map", "at": { "line": 15, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 15, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 15, "column": 18 }, "value": "Every profile field a block reads was requested by the lookup that loaded the profile." } }, { "key": "severity", "keyAt": { "line": 16, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 16, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 17, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 17, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 18, "column": 5 }, "value": { "kind": "map", "at": { "line": 19, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 19, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 19, "column": 17 }, "value": "profileResponseFields" } }, { "key": "functionOptions", "keyAt": { "line": 20, "column": 7 }, "value": { "kind": "map", "at": { "line": 21, "column": 9 }, "entries": [{ "key": "profileLoadedAtEntry", "keyAt": { "line": 21, "column": 9 }, "value": { "kind": "scalar", "at": { "line": 21, "column": 31 }, "value": false } }] } }] } }, { "key": "documentationUrl", "keyAt": { "line": 22, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 22, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/profile-response-fields.md" } }] } }, { "key": "error-branches-wired", "keyAt": { "line": 24, "column": 3 }, "value": { "kind": "map", "at": { "line": 25, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 25, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 25, "column": 18 }, "value": "Every error a block can raise has a branch." } }, { "key": "severity", "keyAt": { "line": 26, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 26, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 27, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 27, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 28, "column": 5 }, "value": { "kind": "map", "at": { "line": 29, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 29, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 29, "column": 17 }, "value": "errorBranchesWired" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 30, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 30, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/error-branches-wired.md" } }] } }, { "key": "transition-target-exists", "keyAt": { "line": 32, "column": 3 }, "value": { "kind": "map", "at": { "line": 33, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 33, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 33, "column": 18 }, "value": "Every transition goes to a block of the flow." } }, { "key": "severity", "keyAt": { "line": 34, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 34, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 35, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 35, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 36, "column": 5 }, "value": { "kind": "map", "at": { "line": 37, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 37, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 37, "column": 17 }, "value": "transitionTargetExists" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 38, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 38, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/transition-target-exists.md" } }] } }, { "key": "unreachable-block", "keyAt": { "line": 40, "column": 3 }, "value": { "kind": "map", "at": { "line": 41, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 41, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 41, "column": 18 }, "value": "Every block can be reached from the start." } }, { "key": "severity", "keyAt": { "line": 42, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 42, "column": 15 }, "value": "warn" } }, { "key": "given", "keyAt": { "line": 43, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 43, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 44, "column": 5 }, "value": { "kind": "map", "at": { "line": 45, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 45, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 45, "column": 17 }, "value": "unreachableBlock" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 46, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 46, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/unreachable-block.md" } }] } }, { "key": "start-action-exists", "keyAt": { "line": 48, "column": 3 }, "value": { "kind": "map", "at": { "line": 49, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 49, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 49, "column": 18 }, "value": "StartAction names a block of the flow." } }, { "key": "severity", "keyAt": { "line": 50, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 50, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 51, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 51, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 52, "column": 5 }, "value": { "kind": "map", "at": { "line": 53, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 53, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 53, "column": 17 }, "value": "startActionExists" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 54, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 54, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/start-action-exists.md" } }] } }, { "key": "unique-identifiers", "keyAt": { "line": 56, "column": 3 }, "value": { "kind": "map", "at": { "line": 57, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 57, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 57, "column": 18 }, "value": "No two blocks share an Identifier." } }, { "key": "severity", "keyAt": { "line": 58, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 58, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 59, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 59, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 60, "column": 5 }, "value": { "kind": "map", "at": { "line": 61, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 61, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 61, "column": 17 }, "value": "uniqueIdentifiers" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 62, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 62, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/unique-identifiers.md" } }] } }, { "key": "flow-ends", "keyAt": { "line": 64, "column": 3 }, "value": { "kind": "map", "at": { "line": 65, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 65, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 65, "column": 18 }, "value": "Every block that does not end the contact has somewhere to go." } }, { "key": "severity", "keyAt": { "line": 66, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 66, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 67, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 67, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 68, "column": 5 }, "value": { "kind": "map", "at": { "line": 69, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 69, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 69, "column": 17 }, "value": "flowEnds" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 70, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 70, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/flow-ends.md" } }] } }, { "key": "logging-enabled", "keyAt": { "line": 72, "column": 3 }, "value": { "kind": "map", "at": { "line": 73, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 73, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 73, "column": 18 }, "value": "Flow logging is on before the first block that does real work." } }, { "key": "severity", "keyAt": { "line": 74, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 74, "column": 15 }, "value": "info" } }, { "key": "given", "keyAt": { "line": 75, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 75, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 76, "column": 5 }, "value": { "kind": "map", "at": { "line": 77, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 77, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 77, "column": 17 }, "value": "loggingEnabled" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 78, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 78, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/logging-enabled.md" } }] } }, { "key": "no-hardcoded-arn", "keyAt": { "line": 80, "column": 3 }, "value": { "kind": "map", "at": { "line": 81, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 81, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 81, "column": 18 }, "value": "Parameters hold no account-specific ARNs." } }, { "key": "severity", "keyAt": { "line": 82, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 82, "column": 15 }, "value": "warn" } }, { "key": "given", "keyAt": { "line": 83, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 83, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 84, "column": 5 }, "value": { "kind": "map", "at": { "line": 85, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 85, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 85, "column": 17 }, "value": "noHardcodedArn" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 86, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 86, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/no-hardcoded-arn.md" } }] } }, { "key": "flow-structure", "keyAt": { "line": 88, "column": 3 }, "value": { "kind": "map", "at": { "line": 89, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 89, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 89, "column": 18 }, "value": "Every field of the export has the type the flow language expects." } }, { "key": "severity", "keyAt": { "line": 90, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 90, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 91, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 91, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 92, "column": 5 }, "value": { "kind": "map", "at": { "line": 93, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 93, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 93, "column": 17 }, "value": "flowStructure" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 94, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 94, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/flow-structure.md" } }] } }, { "key": "reference-exists", "keyAt": { "line": 97, "column": 3 }, "value": { "kind": "map", "at": { "line": 98, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 98, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 98, "column": 18 }, "value": "Every flow, module and event flow a block names is in the repository (or marked external)." } }, { "key": "severity", "keyAt": { "line": 99, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 99, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 100, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 100, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 101, "column": 5 }, "value": { "kind": "map", "at": { "line": 102, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 102, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 102, "column": 17 }, "value": "referenceExists" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 103, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 103, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/reference-exists.md" } }] } }, { "key": "known-action-type", "keyAt": { "line": 105, "column": 3 }, "value": { "kind": "map", "at": { "line": 106, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 106, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 106, "column": 18 }, "value": "Every block type exists in the Amazon Connect flow language." } }, { "key": "severity", "keyAt": { "line": 107, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 107, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 108, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 108, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 109, "column": 5 }, "value": { "kind": "map", "at": { "line": 110, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 110, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 110, "column": 17 }, "value": "knownActionType" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 111, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 111, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/known-action-type.md" } }] } }, { "key": "action-allowed-in-flow-type", "keyAt": { "line": 113, "column": 3 }, "value": { "kind": "map", "at": { "line": 114, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 114, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 114, "column": 18 }, "value": "Every block is allowed in the flow's type (no queue transfer in a whisper flow)." } }, { "key": "severity", "keyAt": { "line": 115, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 115, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 116, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 116, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 117, "column": 5 }, "value": { "kind": "map", "at": { "line": 118, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 118, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 118, "column": 17 }, "value": "actionAllowedInFlowType" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 119, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 119, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/action-allowed-in-flow-type.md" } }] } }, { "key": "parameters-valid", "keyAt": { "line": 121, "column": 3 }, "value": { "kind": "map", "at": { "line": 122, "column": 5 }, "entries": [{ "key": "description", "keyAt": { "line": 122, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 122, "column": 18 }, "value": "Blocks have their required parameters, values of the right shape, and no unknown parameter names (warnings)." } }, { "key": "severity", "keyAt": { "line": 123, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 123, "column": 15 }, "value": "error" } }, { "key": "given", "keyAt": { "line": 124, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 124, "column": 12 }, "value": "$" } }, { "key": "then", "keyAt": { "line": 125, "column": 5 }, "value": { "kind": "map", "at": { "line": 126, "column": 7 }, "entries": [{ "key": "function", "keyAt": { "line": 126, "column": 7 }, "value": { "kind": "scalar", "at": { "line": 126, "column": 17 }, "value": "parametersValid" } }] } }, { "key": "documentationUrl", "keyAt": { "line": 127, "column": 5 }, "value": { "kind": "scalar", "at": { "line": 127, "column": 23 }, "value": "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/parameters-valid.md" } }] } }] } }] },
    "strict": { "kind": "map", "at": { "line": 3, "column": 1 }, "entries": [{ "key": "extends", "keyAt": { "line": 3, "column": 1 }, "value": { "kind": "seq", "at": { "line": 3, "column": 10 }, "items": [{ "kind": "scalar", "at": { "line": 3, "column": 11 }, "value": "connect-flow-lint:recommended" }] } }, { "key": "rules", "keyAt": { "line": 4, "column": 1 }, "value": { "kind": "map", "at": { "line": 5, "column": 3 }, "entries": [{ "key": "unreachable-block", "keyAt": { "line": 5, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 5, "column": 22 }, "value": "error" } }, { "key": "no-hardcoded-arn", "keyAt": { "line": 6, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 6, "column": 21 }, "value": "error" } }, { "key": "logging-enabled", "keyAt": { "line": 7, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 7, "column": 20 }, "value": "warn" } }, { "key": "error-branches-wired", "keyAt": { "line": 8, "column": 3 }, "value": { "kind": "seq", "at": { "line": 8, "column": 25 }, "items": [{ "kind": "scalar", "at": { "line": 8, "column": 26 }, "value": "error" }, { "kind": "map", "at": { "line": 8, "column": 33 }, "entries": [{ "key": "strict", "keyAt": { "line": 8, "column": 35 }, "value": { "kind": "scalar", "at": { "line": 8, "column": 43 }, "value": true } }] }] } }] } }] },
};

;// CONCATENATED MODULE: ./src/cli/config-files.ts





const CONFIG_NAMES = ['.connect-flow-lint.yaml', '.connect-flow-lint.yml'];
const MAX_CONFIG_BYTES = 1024 * 1024;
const toPosix = (p) => p.replace(/\\/g, '/');
/** The nearest config from `cwd` upward, as ESLint and Spectral find theirs. */
function discoverConfig(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        for (const name of CONFIG_NAMES) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.existsSync)(candidate))
                return candidate;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function readConfigFile(path) {
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    if (text.length > MAX_CONFIG_BYTES)
        throw new Error(`${path} is larger than 1 MiB: a config that large is not a config`);
    return { file: toPosix((0,external_node_path_.resolve)(path)), text };
}
function builtinRuleset(ref) {
    const name = ref.slice(BUILTIN_PREFIX.length);
    const text = Object.hasOwn(BUILTIN_RULESETS, name) ? BUILTIN_RULESETS[name] : undefined;
    if (text === undefined)
        throw new Error(`there is no built-in ruleset "${ref}" (built-in: ${Object.keys(BUILTIN_RULESETS).map((n) => BUILTIN_PREFIX + n).join(', ')})`);
    return { file: ref, text, tree: BUILTIN_TREES[name] };
}
/** A package reference: `@scope/name`, `name`, optionally followed by a path inside the package. */
const PACKAGE_REF = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.+))?$/i;
function isInside(dir, file) {
    const r = (0,external_node_path_.relative)(dir, file);
    return r !== '' && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
/** The folder of an installed package, looked up in node_modules from `fromDir` upward as Node does. */
function packageDir(name, fromDir) {
    for (let dir = fromDir;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, 'node_modules', name);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'package.json')))
            return (0,external_node_fs_.realpathSync)(candidate);
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The ruleset a package offers: its package.json "connect-flow-lint" field, else ruleset.yaml/.yml. */
function packageRuleset(dir, name) {
    let declared;
    try {
        declared = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'))['connect-flow-lint'];
    }
    catch (e) {
        throw new Error(`the package.json of ${name} cannot be read: ${e.message}`);
    }
    if (typeof declared === 'string')
        return (0,external_node_path_.resolve)(dir, declared);
    for (const f of ['ruleset.yaml', 'ruleset.yml', '.connect-flow-lint.yaml'])
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)))
            return (0,external_node_path_.join)(dir, f);
    throw new Error(`the package ${name} names no ruleset: add "connect-flow-lint": "./ruleset.yaml" to its package.json, or extend "${name}/<file>.yaml"`);
}
/**
 * Resolves `extends` entries: built-in names, paths relative to the config that names them, and installed
 * npm packages (`@acme/policy` or `@acme/policy/strict.yaml`). Configs come from pull requests, so a path may
 * not leave `root` (the repository being linted) — or, inside a package, the package's own folder.
 */
function createLoader(root) {
    const realRoot = (0,external_node_fs_.existsSync)(root) ? (0,external_node_fs_.realpathSync)(root) : root;
    const packages = [];
    return (ref, fromFile) => {
        if (ref.startsWith(BUILTIN_PREFIX))
            return builtinRuleset(ref);
        if (fromFile.startsWith(BUILTIN_PREFIX))
            throw new Error('a built-in ruleset cannot extend a file');
        if (ref.startsWith('.') || ref.startsWith('/')) {
            const path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(fromFile), ref);
            const fence = packages.find((p) => isInside(p, fromFile)) ?? realRoot;
            if (!(0,external_node_fs_.existsSync)(path))
                throw new Error(`${path} does not exist`);
            const real = (0,external_node_fs_.realpathSync)(path);
            if (!isInside(fence, real))
                throw new Error(`${ref} resolves to ${real}, outside ${fence}: a config may only extend files inside the repository (or inside its own package)`);
            return readConfigFile(real);
        }
        const m = PACKAGE_REF.exec(ref);
        if (!m)
            throw new Error(`"${ref}" is neither a built-in ruleset (${BUILTIN_PREFIX}recommended), a relative path (./policy.yaml) nor a package name (@acme/connect-flow-policy)`);
        const [, name, sub] = m;
        const dir = packageDir(name, (0,external_node_path_.dirname)(fromFile)) ?? packageDir(name, realRoot);
        if (!dir)
            throw new Error(`the package ${name} is not installed: run npm install --save-dev ${name}`);
        packages.push(dir);
        const file = sub ? (0,external_node_path_.resolve)(dir, sub) : packageRuleset(dir, name);
        if (!isInside(dir, file))
            throw new Error(`${ref} points outside the package ${name}`);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`${file} does not exist in the package ${name}`);
        return readConfigFile((0,external_node_fs_.realpathSync)(file));
    };
}
/** A loader without a repository fence, for trusted callers (tests, print-config of built-ins). */
const loadExtends = createLoader('/');

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/cli/custom-functions.ts




/** Code from an installed package was installed on purpose; code from the repository may come from a stranger's pull request. */
function fromPackage(file) {
    return file.split(external_node_path_.sep).includes('node_modules');
}
function asRuleFunction(name, exported) {
    if (typeof exported === 'function') {
        // A bare function, Spectral style: options are passed through unchecked.
        const fn = exported;
        return { name, options: {}, anyOptions: true, run: (t, o, c) => normalise(name, fn(t, o, c)) };
    }
    if (typeof exported === 'object' && exported !== null && typeof exported.run === 'function') {
        const e = exported;
        return { name, options: e.options ?? {}, ...(e.validate ? { validate: e.validate } : {}), run: (t, o, c) => normalise(name, e.run(t, o, c)) };
    }
    return `its default export must be a function (target, options, context) => results, or { options, run }`;
}
function normalise(name, results) {
    if (results === undefined || results === null)
        return [];
    if (!Array.isArray(results) || !results.every((r) => typeof r === 'object' && r !== null && typeof r.message === 'string')) {
        throw new Error(`custom function "${name}" must return an array of { message, path? } (or nothing)`);
    }
    return results;
}
/**
 * Loads the custom functions rulesets declare, as ES modules. Functions from a package in node_modules are
 * trusted; functions from files in the repository run only with `allowLocal` (--allow-functions), because a
 * pull request can change them. Problems are returned with the ruleset file they come from.
 */
async function loadCustomFunctions(declarations, allowLocal) {
    const registry = new Map(BUILTIN_FUNCTIONS);
    const problems = [];
    const at = { line: 1, column: 1 };
    for (const d of declarations) {
        for (const name of d.names) {
            const file = (0,external_node_path_.join)(d.dir, `${name}.js`);
            const problem = (message) => {
                problems.push({ file: d.rulesetFile, at, message: `function "${name}": ${message}` });
            };
            if (BUILTIN_FUNCTIONS.has(name)) {
                problem('is the name of a built-in function: give yours another name');
                continue;
            }
            if (!(0,external_node_fs_.existsSync)(file)) {
                problem(`${file} does not exist (functions are loaded from <functionsDir>/<name>.js, functionsDir defaulting to "functions")`);
                continue;
            }
            const real = (0,external_node_fs_.realpathSync)(file);
            if ((0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(d.dir), real).startsWith('..')) {
                problem(`${file} resolves outside its functions folder`);
                continue;
            }
            if (!fromPackage(real) && !allowLocal) {
                problem(`${(0,external_node_path_.relative)(process.cwd(), real)} is JavaScript from the repository, which a pull request can change: run with --allow-functions (Action input allow-functions: true) to trust it, or publish the ruleset as an npm package`);
                continue;
            }
            try {
                // webpackIgnore keeps the bundler from rewriting this into its own module table: the file is loaded at run time.
                const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(real).href));
                const fn = asRuleFunction(name, mod.default ?? mod[name]);
                if (typeof fn === 'string')
                    problem(fn);
                else
                    registry.set(name, fn);
            }
            catch (e) {
                problem(`cannot be loaded: ${e.message}`);
            }
        }
    }
    return { registry, problems };
}

;// CONCATENATED MODULE: ./src/cli/files.ts



/**
 * Folders never searched: dependencies, build output, version control. `cdk.out` is searched: CDK writes
 * its CloudFormation templates (`*.template.json`) there, flows included; only its scratch copy is skipped.
 */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'cdk.out.tmp', 'coverage']);
/**
 * Files a folder is searched for: flow exports and describe output (`.json`), CloudFormation templates
 * (`.yaml`, `.yml`, `.template`, and CDK's `.template.json`), Terraform templatefile() flows (`.tftpl`,
 * `.json.tftpl`). A file of these kinds that holds no flow is passed over with its reason (--verbose).
 */
const FLOW_FILE = /\.(json|ya?ml|template|tftpl)$/i;
function isGlob(arg) {
    return /[*?{[]/.test(arg);
}
/**
 * Expands the CLI's paths and globs into files. Symbolic links are never followed: a link in a pull request
 * could point anywhere on the runner.
 */
function collectFiles(args, cwd) {
    const files = new Set();
    const skipped = [];
    const unmatched = [];
    const rel = (p) => (0,external_node_path_.relative)(cwd, p) || '.';
    const walk = (dir, accept) => {
        const stack = [dir];
        while (stack.length > 0) {
            const d = stack.pop();
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
            }
            catch (e) {
                skipped.push({ path: rel(d), reason: `cannot read the folder: ${e.code ?? e.message}` });
                continue;
            }
            for (const entry of entries) {
                const abs = (0,external_node_path_.join)(d, entry.name);
                if (entry.isSymbolicLink()) {
                    skipped.push({ path: rel(abs), reason: 'symbolic link (not followed)' });
                }
                else if (entry.isDirectory()) {
                    if (SKIP_DIRS.has(entry.name))
                        skipped.push({ path: rel(abs), reason: 'folder skipped by default' });
                    else
                        stack.push(abs);
                }
                else if (entry.isFile() && accept(abs))
                    files.add(abs);
            }
        }
    };
    for (const arg of args) {
        const before = files.size;
        if (isGlob(arg)) {
            const pattern = globToRegExp(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
            walk(cwd, (abs) => pattern.test((0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/')));
        }
        else {
            const abs = (0,external_node_path_.resolve)(cwd, arg);
            let stat;
            try {
                stat = (0,external_node_fs_.lstatSync)(abs);
            }
            catch {
                unmatched.push(arg);
                continue;
            }
            if (stat.isSymbolicLink()) {
                skipped.push({ path: arg, reason: 'symbolic link (not followed)' });
                continue;
            }
            if (stat.isDirectory())
                walk(abs, (p) => FLOW_FILE.test(p));
            else
                files.add(abs);
        }
        if (files.size === before && !unmatched.includes(arg) && isGlob(arg))
            unmatched.push(arg);
    }
    return { files: [...files].sort(), skipped, unmatched };
}
/** True when `file` lies inside `root` once links in its folders are resolved. */
function files_isInside(root, file) {
    try {
        const r = relative(realpathSync(root), realpathSync(file));
        return r !== '' && !r.startsWith('..') && !r.startsWith(sep);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/core/graph/diff.ts
/** Canonical JSON: object keys sorted, so a re-export that only reorders keys is not a change. */
function canonical(value) {
    const stack = [];
    const walk = (v) => {
        if (Array.isArray(v))
            return `[${v.map(walk).join(',')}]`;
        if (typeof v === 'object' && v !== null) {
            if (stack.includes(v))
                return '"[cycle]"';
            stack.push(v);
            const body = Object.keys(v)
                .sort()
                .map((k) => `${JSON.stringify(k)}:${walk(v[k])}`)
                .join(',');
            stack.pop();
            return `{${body}}`;
        }
        return JSON.stringify(v) ?? 'null';
    };
    return walk(value);
}
/** The branch key of a transition: blocks are matched by Identifier, branches by what they test. */
function routesOf(action) {
    const routes = new Map();
    for (const t of action.transitions) {
        const branch = t.label;
        let key = `${t.kind}\u0000${branch}`;
        // Two conditions with the same test (rare, but legal) stay apart by order.
        for (let n = 2; routes.has(key); n++)
            key = `${t.kind}\u0000${branch}\u0000${n}`;
        routes.set(key, { from: action.id, branch, kind: t.kind, to: t.target });
    }
    return routes;
}
/**
 * What a change does to routing: blocks matched across versions by Identifier; for each block present in
 * both, its routes matched by branch. Linear in the size of the two flows.
 */
function diffFlows(base, head) {
    const addedBlocks = head.actions.filter((a) => !base.byId.has(a.id) && head.byId.get(a.id) === a);
    const removedBlocks = base.actions.filter((a) => !head.byId.has(a.id) && base.byId.get(a.id) === a);
    const changedBlocks = [];
    const addedRoutes = [];
    const removedRoutes = [];
    const retargetedRoutes = [];
    for (const a of addedBlocks)
        addedRoutes.push(...routesOf(a).values());
    for (const a of removedBlocks)
        removedRoutes.push(...routesOf(a).values());
    for (const h of head.actions) {
        const b = base.byId.get(h.id);
        if (!b || head.byId.get(h.id) !== h)
            continue;
        const typeChanged = b.type !== h.type;
        const keys = new Set([...Object.keys(b.parameters), ...Object.keys(h.parameters)]);
        const parametersChanged = [...keys].filter((k) => canonical(b.parameters[k]) !== canonical(h.parameters[k])).sort();
        if (typeChanged || parametersChanged.length > 0)
            changedBlocks.push({ base: b, head: h, typeChanged, parametersChanged });
        const before = routesOf(b);
        const after = routesOf(h);
        for (const [key, r] of after) {
            const old = before.get(key);
            if (!old)
                addedRoutes.push(r);
            else if (old.to !== r.to)
                retargetedRoutes.push({ ...r, was: old.to });
        }
        for (const [key, r] of before)
            if (!after.has(key))
                removedRoutes.push(r);
    }
    const entry = base.startAction !== head.startAction ? { was: base.startAction, now: head.startAction } : undefined;
    return { addedBlocks, removedBlocks, changedBlocks, addedRoutes, removedRoutes, retargetedRoutes, ...(entry ? { entry } : {}) };
}
function isEmptyDiff(d) {
    return (d.addedBlocks.length + d.removedBlocks.length + d.changedBlocks.length + d.addedRoutes.length + d.removedRoutes.length + d.retargetedRoutes.length === 0 &&
        d.entry === undefined);
}

;// CONCATENATED MODULE: ./src/core/source/embedded.ts
/**
 * Maps offsets inside a decoded JSON string literal (a flow held in a `Content` string) back to offsets in
 * the file, so a finding inside the embedded flow lands on the right line and column of the file. One pass
 * over the literal per batch of offsets, and no table as long as the literal.
 */
function embeddedOffsetMapper(fileText, literalStart, literalEnd) {
    return (inner) => {
        const order = inner.map((_, k) => k).sort((a, b) => inner[a] - inner[b]);
        const out = new Array(inner.length);
        const stop = literalEnd - 1;
        let outer = literalStart + 1;
        let decoded = 0;
        for (const k of order) {
            const target = inner[k];
            while (decoded < target && outer < stop) {
                // One escape decodes to one UTF-16 unit (\uXXXX included).
                outer += fileText.charCodeAt(outer) === 0x5c ? (fileText[outer + 1] === 'u' ? 6 : 2) : 1;
                decoded++;
            }
            out[k] = Math.min(outer, stop);
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./src/core/source/yaml-scalar.ts
/**
 * Maps offsets inside the value of a YAML string scalar back to offsets in the file. A flow's JSON kept in
 * a CloudFormation template's `Content: |` (or a quoted or plain scalar) is decoded by YAML: indentation
 * stripped, lines folded, escapes resolved. This decodes the scalar's source again, recording where each
 * character of the value came from, and checks the result against the YAML library's own value: when they
 * agree the mapping is exact; when they do not (a construct not modelled here), every offset falls back to
 * the start of the value's first line, which is still the right place to look.
 */
/** Records decoded characters and their source offsets as runs, so a 200 KB value costs a few runs, not a table. */
class Recorder {
    chars = [];
    runDecoded = [];
    runSource = [];
    length = 0;
    emit(ch, source) {
        const last = this.runDecoded.length - 1;
        if (last < 0 || this.runSource[last] + (this.length - this.runDecoded[last]) !== source) {
            this.runDecoded.push(this.length);
            this.runSource.push(source);
        }
        this.chars.push(ch);
        this.length += ch.length;
    }
    /** Removes the last `count` characters (trailing whitespace a fold drops). */
    drop(count) {
        for (let k = 0; k < count; k++) {
            const ch = this.chars.pop();
            this.length -= ch.length;
            while (this.runDecoded.length > 0 && this.runDecoded[this.runDecoded.length - 1] >= this.length) {
                this.runDecoded.pop();
                this.runSource.pop();
            }
        }
    }
    mapper(end) {
        const d = this.runDecoded;
        const s = this.runSource;
        const total = this.length;
        return (inner) => inner.map((o) => {
            if (o >= total || d.length === 0)
                return end;
            let lo = 0;
            let hi = d.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (d[mid] <= o)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return s[lo] + (o - d[lo]);
        });
    }
}
const isBreak = (c) => c === '\n' || c === '\r';
const isWhite = (c) => c === ' ' || c === '\t';
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029',
};
/** Skips one line break (\n or \r\n) at i; returns the index after it. */
function skipBreak(text, i) {
    return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}
/** Plain, single- and double-quoted scalars: line folding, and the escapes of the quoted styles. */
function decodeFlow(text, start, end, style, out) {
    let pendingWhite = 0; // whitespace emitted since the last non-white character: dropped if a break follows
    let i = start;
    while (i < end) {
        const c = text[i];
        if (isBreak(c)) {
            out.drop(pendingWhite);
            pendingWhite = 0;
            const first = i;
            let breaks = 0;
            const positions = [];
            while (i < end && isBreak(text[i])) {
                positions.push(i);
                i = skipBreak(text, i);
                breaks++;
                while (i < end && isWhite(text[i]))
                    i++;
            }
            if (breaks === 1)
                out.emit(' ', first);
            else
                for (let k = 1; k < breaks; k++)
                    out.emit('\n', positions[k]);
            continue;
        }
        if (isWhite(c)) {
            out.emit(c, i);
            pendingWhite++;
            i++;
            continue;
        }
        pendingWhite = 0;
        if (style === 'QUOTE_DOUBLE' && c === '\\') {
            const e = text[i + 1] ?? '';
            if (isBreak(e)) {
                // An escaped line break joins the lines with nothing between them.
                i = skipBreak(text, i + 1);
                while (i < end && isWhite(text[i]))
                    i++;
                continue;
            }
            const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
            if (hex > 0) {
                const code = Number.parseInt(text.slice(i + 2, i + 2 + hex), 16);
                out.emit(Number.isNaN(code) ? '' : String.fromCodePoint(code), i);
                i += 2 + hex;
                continue;
            }
            out.emit(Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : e, i);
            i += 2;
            continue;
        }
        if (style === 'QUOTE_SINGLE' && c === "'" && text[i + 1] === "'") {
            out.emit("'", i);
            i += 2;
            continue;
        }
        out.emit(c, i);
        i++;
    }
}
/** Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`) and an explicit indentation digit. */
function decodeBlock(text, start, end, style, out) {
    let i = start + 1;
    let chomp = 'clip';
    let explicit = 0;
    while (i < end && /[-+0-9]/.test(text[i])) {
        const c = text[i];
        if (c === '-')
            chomp = 'strip';
        else if (c === '+')
            chomp = 'keep';
        else
            explicit = Number(c);
        i++;
    }
    const headerLineStart = text.lastIndexOf('\n', start) + 1;
    let nl = text.indexOf('\n', i);
    if (nl === -1 || nl >= end)
        return true; // header only: an empty value
    const raw = [];
    for (let from = nl + 1; from < end;) {
        let to = text.indexOf('\n', from);
        if (to === -1 || to > end)
            to = end;
        raw.push({ from, to: text[to - 1] === '\r' ? to - 1 : to });
        from = to + 1;
    }
    let indent;
    if (explicit > 0) {
        let parent = 0;
        while (text[headerLineStart + parent] === ' ')
            parent++;
        indent = parent + explicit;
    }
    else {
        const firstText = raw.find((l) => /[^ ]/.test(text.slice(l.from, l.to)));
        if (!firstText)
            indent = 0;
        else {
            indent = 0;
            while (text[firstText.from + indent] === ' ')
                indent++;
        }
    }
    const lines = raw.map(({ from, to }) => {
        const line = text.slice(from, to);
        const isEmpty = line.length <= indent && line.trim() === '';
        return { at: from + Math.min(indent, line.length), content: isEmpty ? '' : line.slice(indent), breakAt: to, empty: isEmpty };
    });
    let last = lines.length - 1;
    while (last >= 0 && lines[last].empty)
        last--;
    const moreIndented = (l) => isWhite(l.content[0]);
    const emitContent = (l) => {
        for (let k = 0; k < l.content.length; k++)
            out.emit(l.content[k], l.at + k);
    };
    if (style === 'BLOCK_LITERAL') {
        for (let k = 0; k <= last; k++) {
            emitContent(lines[k]);
            if (k < last || chomp !== 'strip')
                out.emit('\n', lines[k].breakAt);
        }
    }
    else {
        let k = 0;
        for (; k <= last && lines[k].empty; k++)
            out.emit('\n', lines[k].breakAt);
        let previous = -1;
        for (; k <= last; k++) {
            const line = lines[k];
            if (line.empty)
                continue;
            if (previous >= 0) {
                // The break after the previous text line folds to a space between two plain text lines; next to a
                // more-indented line it is kept. Each empty line between is a line break.
                const before = lines[previous];
                const plain = !moreIndented(before) && !moreIndented(line);
                if (plain && k === previous + 1)
                    out.emit(' ', before.breakAt);
                else if (!plain)
                    out.emit('\n', before.breakAt);
                for (let j = previous + 1; j < k; j++)
                    out.emit('\n', lines[j].breakAt);
            }
            emitContent(line);
            previous = k;
        }
        if (previous >= 0 && chomp !== 'strip')
            out.emit('\n', lines[previous].breakAt);
    }
    if (chomp === 'keep')
        for (let k = last + 1; k < lines.length; k++)
            out.emit('\n', lines[k].breakAt);
    return true;
}
/**
 * The mapping for a string scalar whose source runs from `range[0]` to `range[1]` in `text` (the YAML
 * library's node range) and whose decoded value is `value`.
 */
function yamlScalarMapper(text, range, style, value) {
    const [start, end] = range;
    const out = new Recorder();
    try {
        if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED')
            decodeBlock(text, start, end, style, out);
        else if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE')
            decodeFlow(text, start + 1, end - 1, style, out);
        else if (style === 'PLAIN' || style === undefined)
            decodeFlow(text, start, end, 'PLAIN', out);
        if (out.chars.join('') === value)
            return { toFile: out.mapper(end), exact: true };
    }
    catch {
        // fall through to the fallback
    }
    let first = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? text.indexOf('\n', start) + 1 : start;
    if (first <= 0 || first > end)
        first = start;
    while (first < end && text[first] === ' ')
        first++;
    return { toFile: (inner) => inner.map(() => first), exact: false };
}

;// CONCATENATED MODULE: ./src/core/source/cloudformation.ts








/**
 * Flows in CloudFormation templates (hand-written YAML or JSON, and CDK's `cdk.out/*.template.json`): the
 * `Properties.Content` of each `AWS::Connect::ContactFlow` and `AWS::Connect::ContactFlowModule` resource,
 * a JSON string or an `Fn::Sub` of one. The flow's name is the resource's logical id.
 */
const FLOW_RESOURCE = 'AWS::Connect::ContactFlow';
const MODULE_RESOURCE = 'AWS::Connect::ContactFlowModule';
/** CloudFormation's short-form intrinsic functions (`!Sub`, `!Ref`...), each in scalar, list and map form. */
const INTRINSICS = [
    'Ref', 'Condition', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'FindInMap', 'ImportValue', 'Base64', 'Split', 'Equals',
    'And', 'Or', 'Not', 'GetAZs', 'Cidr', 'Transform', 'Length', 'ToJsonString', 'Contains', 'EachMemberEquals',
    'EachMemberIn', 'ValueOf', 'ValueOfAll', 'RefAll', 'ForEach',
];
const CLOUDFORMATION_TAGS = INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (s) => s },
    { tag: `!${name}`, collection: 'seq', resolve: (c) => c },
    { tag: `!${name}`, collection: 'map', resolve: (c) => c },
]);
/** The text looks like a template even though it does not parse: its syntax errors are then findings. */
function looksLikeTemplateText(text) {
    return /^["']?(AWSTemplateFormatVersion|Resources)["']?\s*:/m.test(text);
}
/** A template: `AWSTemplateFormatVersion`, or a `Resources` map whose values have a `Type`. */
function looksLikeTemplate(value) {
    if (!isObject(value))
        return false;
    if (own(value, 'AWSTemplateFormatVersion') !== undefined)
        return true;
    const resources = own(value, 'Resources');
    return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof own(r, 'Type') === 'string');
}
function describeResources(count, types) {
    const list = [...types].slice(0, 4).join(', ');
    return `it is a CloudFormation template with no ${FLOW_RESOURCE} or ${MODULE_RESOURCE} resource (${count} resource${count === 1 ? '' : 's'}${list ? `: ${list}${types.size > 4 ? ', ...' : ''}` : ''})`;
}
/** Lints what was found: each string Content as a flow; the rest as findings naming the resource. */
function assemble(file, lines, candidates) {
    const flows = [];
    const problems = [];
    let legacyReported = false;
    const point = (offset) => ({ start: lines.position(offset), end: lines.position(offset + 1) });
    for (const c of candidates) {
        const label = `the Content of ${c.resourceType} "${c.id}"`;
        if (c.kind === 'unsupported') {
            problems.push({
                ruleId: 'unsupported-content',
                message: `${label} ${c.what}, which the linter cannot read, so this flow was not checked: write the flow as one JSON string (in Fn::Sub/!Sub when it needs placeholders)`,
                range: point(c.at),
            });
            continue;
        }
        if (c.kind === 'object') {
            flows.push({ file, value: c.value, name: c.id, ...(c.flowType ? { flowType: c.flowType } : {}), ranges: (r) => c.locator.ranges(r) });
            continue;
        }
        const result = readEmbeddedFlow(file, lines, { content: c.content, toFile: c.toFile, label, placeholders: c.sub, name: c.id, flowType: c.flowType, ...(c.substitutions ? { substitutions: c.substitutions } : {}) });
        if (result.kind === 'flow')
            flows.push(result.flow);
        else if (result.kind === 'problem')
            problems.push(result.problem);
        else if (result.kind === 'legacy') {
            if (!legacyReported)
                problems.push(result.problem);
            legacyReported = true;
        }
        else
            problems.push({ ruleId: 'flow-structure', message: `${label} is JSON but not a flow: ${result.reason}`, range: result.range });
    }
    return { flows, problems };
}
function flowTypeOf(resourceType, declared, content) {
    if (resourceType === MODULE_RESOURCE)
        return MODULE_FLOW_TYPE;
    return str(declared) ?? contentFlowType(content);
}
function intrinsicName(v) {
    const keys = Object.keys(v);
    return keys.length === 1 && (keys[0].startsWith('Fn::') || keys[0] === 'Ref') ? keys[0] : undefined;
}
/**
 * Fn::Sub's variable map, reduced to what links flows: each variable that is a `Fn::GetAtt` or `Ref` of a
 * resource, mapped to that resource's logical id (`{ SubFlowArn: { "Fn::GetAtt": ["SubFlow", "Arn"] } }`).
 */
function jsonSubstitutions(vars) {
    if (!isObject(vars))
        return undefined;
    const out = new Map();
    for (const [name, v] of Object.entries(vars)) {
        if (!isObject(v))
            continue;
        const getAtt = own(v, 'Fn::GetAtt');
        const ref = own(v, 'Ref');
        const target = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : ref;
        if (typeof target === 'string' && target !== '')
            out.set(name, target);
    }
    return out.size > 0 ? out : undefined;
}
/** The same for a YAML `!Sub [template, { Var: !GetAtt SubFlow.Arn }]`. */
function yamlSubstitutions(doc, node) {
    const form = deref(doc, node);
    const list = (0,dist/* isSeq */.oP)(form) ? form : (0,dist/* isMap */.jh)(form) && form.items.length === 1 ? deref(doc, form.items[0].value) : undefined;
    const vars = (0,dist/* isSeq */.oP)(list) ? deref(doc, list.items[1]) : undefined;
    if (!(0,dist/* isMap */.jh)(vars))
        return undefined;
    const out = new Map();
    for (const pair of vars.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        const v = deref(doc, pair.value);
        let target;
        const tag = v?.tag;
        if ((0,dist/* isScalar */.jn)(v) && (tag === '!GetAtt' || tag === '!Ref') && typeof v.value === 'string')
            target = v.value.split('.')[0];
        else if ((0,dist/* isSeq */.oP)(v) && tag === '!GetAtt')
            target = deref(doc, v.items[0])?.value;
        else if ((0,dist/* isMap */.jh)(v) && v.items.length === 1) {
            const k = (0,dist/* isScalar */.jn)(v.items[0].key) ? v.items[0].key.value : undefined;
            const inner = deref(doc, v.items[0].value);
            if (k === 'Ref' && (0,dist/* isScalar */.jn)(inner))
                target = inner.value;
            if (k === 'Fn::GetAtt')
                target = (0,dist/* isSeq */.oP)(inner) ? deref(doc, inner.items[0])?.value : (0,dist/* isScalar */.jn)(inner) && typeof inner.value === 'string' ? inner.value.split('.')[0] : undefined;
        }
        if (name && typeof target === 'string' && target !== '')
            out.set(name, target);
    }
    return out.size > 0 ? out : undefined;
}
/** A JSON template (hand-written or from CDK), or undefined when the value is not one. */
function readJsonTemplate(file, text, lines, value) {
    if (!looksLikeTemplate(value))
        return undefined;
    const resources = own(value, 'Resources');
    const entries = isObject(resources) ? Object.entries(resources) : [];
    const types = new Set();
    const pending = [];
    for (const [id, r] of entries) {
        const resourceType = isObject(r) ? own(r, 'Type') : undefined;
        if (typeof resourceType === 'string')
            types.add(resourceType);
        if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE)
            continue;
        const props = own(r, 'Properties');
        const base = ['Resources', id];
        if (!isObject(props) || !Object.hasOwn(props, 'Content')) {
            pending.push({ id, resourceType, props: isObject(props) ? props : undefined, content: undefined, path: base, kind: 'unsupported', what: 'is missing' });
            continue;
        }
        const content = props['Content'];
        const contentPath = [...base, 'Properties', 'Content'];
        const sub = isObject(content) ? own(content, 'Fn::Sub') : undefined;
        if (typeof content === 'string')
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'string' });
        else if (typeof sub === 'string')
            pending.push({ id, resourceType, props, content: sub, path: [...contentPath, 'Fn::Sub'], kind: 'sub' });
        else if (Array.isArray(sub) && typeof sub[0] === 'string')
            pending.push({ id, resourceType, props, content: sub[0], path: [...contentPath, 'Fn::Sub', 0], kind: 'sub', substitutions: jsonSubstitutions(sub[1]) });
        else if (looksLikeFlow(content))
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'object' });
        else {
            const fn = isObject(content) ? intrinsicName(content) : undefined;
            const what = fn ? `is built with ${fn}` : `is ${content === null ? 'null' : Array.isArray(content) ? 'an array' : isObject(content) ? 'an object' : `a ${typeof content}`}, not a JSON string`;
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'unsupported', what });
        }
    }
    if (pending.length === 0)
        return { flows: [], problems: [], notAFlow: describeResources(entries.length, types) };
    const located = locatePaths(text, pending.map((p) => p.path));
    const candidates = pending.map((p, k) => {
        const l = located[k];
        const flowType = flowTypeOf(p.resourceType, p.props ? own(p.props, 'Type') : undefined, p.kind === 'object' ? p.content : undefined);
        const common = { id: p.id, resourceType: p.resourceType, flowType };
        if (p.kind === 'unsupported')
            return { ...common, kind: 'unsupported', what: p.what, at: l.keyStart ?? l.start };
        if (p.kind === 'object')
            return { ...common, kind: 'object', value: p.content, locator: new TextLocator(text, lines, undefined, p.path) };
        return { ...common, kind: 'string', content: p.content, toFile: embeddedOffsetMapper(text, l.start, l.end), sub: p.kind === 'sub', ...(p.substitutions ? { substitutions: p.substitutions } : {}) };
    });
    return assemble(file, lines, candidates);
}
/** Looks a key up in a YAML map node, following aliases. */
function pairOf(doc, map, key) {
    const m = deref(doc, map);
    if (!(0,dist/* isMap */.jh)(m))
        return undefined;
    for (const pair of m.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
            return { key: pair.key, value: deref(doc, pair.value) };
    }
    return undefined;
}
function deref(doc, node) {
    // Aliases resolve to their anchor's node: its source range is where the text really is.
    for (let k = 0; k < 16 && (0,dist/* isAlias */.Vj)(node); k++)
        node = node.resolve(doc);
    return node;
}
/** A scalar written without a tag (or with `!!str`), holding a string. */
function plainString(node) {
    return (0,dist/* isScalar */.jn)(node) && (node.tag === undefined || node.tag === 'tag:yaml.org,2002:str') && typeof node.value === 'string' ? node.value : undefined;
}
function startOf(node, fallback) {
    const range = node?.range;
    return range ? range[0] : fallback;
}
/** What a YAML Content node holds: the string scalar with the flow, or why there is none. */
function yamlContent(doc, node) {
    const templateOf = (form) => {
        const first = (0,dist/* isSeq */.oP)(form) ? deref(doc, form.items[0]) : form;
        return (0,dist/* isScalar */.jn)(first) && typeof first.value === 'string' ? first : undefined;
    };
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.tag === '!Sub')
            return typeof node.value === 'string' ? { scalar: node, sub: true } : { what: 'is a !Sub of a non-string' };
        if (node.tag?.startsWith('!') && !node.tag.startsWith('!!'))
            return { what: `is built with ${node.tag}` };
        if (typeof node.value === 'string')
            return { scalar: node, sub: false };
        return { what: `is ${node.value === null ? 'empty' : `a ${typeof node.value}`}, not a JSON string` };
    }
    if ((0,dist/* isSeq */.oP)(node) && node.tag === '!Sub') {
        const t = templateOf(node);
        return t ? { scalar: t, sub: true } : { what: 'is a !Sub whose template is not a string' };
    }
    if ((0,dist/* isMap */.jh)(node) && node.items.length === 1) {
        const key = (0,dist/* isScalar */.jn)(node.items[0].key) ? node.items[0].key.value : undefined;
        if (key === 'Fn::Sub') {
            const t = templateOf(deref(doc, node.items[0].value));
            return t ? { scalar: t, sub: true } : { what: 'is an Fn::Sub whose template is not a string' };
        }
        if (typeof key === 'string' && (key.startsWith('Fn::') || key === 'Ref'))
            return { what: `is built with ${key}` };
    }
    const tag = node?.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!'))
        return { what: `is built with ${tag}` };
    return { what: `is a YAML ${(0,dist/* isMap */.jh)(node) ? 'mapping' : (0,dist/* isSeq */.oP)(node) ? 'list' : 'value'}, not a JSON string` };
}
/** A YAML file: a CloudFormation template's flows, or "not a flow" (with the reason) for any other YAML. */
function readYamlFile(file, text, lines) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { customTags: [...CLOUDFORMATION_TAGS], prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
    const duplicate = doc.errors.length > 0 ? undefined : firstDuplicateKey(doc);
    if (doc.errors.length > 0 || duplicate) {
        const e = doc.errors[0] ?? { message: `Map keys must be unique ("${duplicate.key}" is repeated)`, pos: [duplicate.offset, duplicate.offset + 1] };
        const message = yamlMessage(e.message.split('\n')[0]);
        if (looksLikeTemplateText(text)) {
            return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid YAML in this CloudFormation template: ${message}`, range: { start: lines.position(e.pos[0]), end: lines.position(e.pos[1]) } }] };
        }
        return { flows: [], problems: [], notAFlow: `it is neither JSON nor valid YAML (${message}), and does not look like a CloudFormation template` };
    }
    const root = deref(doc, doc.contents);
    const resources = pairOf(doc, root, 'Resources')?.value;
    const isTemplate = pairOf(doc, root, 'AWSTemplateFormatVersion') !== undefined ||
        ((0,dist/* isMap */.jh)(resources) && resources.items.some((p) => plainString(pairOf(doc, p.value, 'Type')?.value) !== undefined));
    if (!isTemplate) {
        return {
            flows: [],
            problems: [],
            notAFlow: 'it is YAML but not a CloudFormation template (no AWSTemplateFormatVersion, no Resources with a Type): flows are read from YAML only in CloudFormation templates',
        };
    }
    const candidates = [];
    const types = new Set();
    const items = (0,dist/* isMap */.jh)(resources) ? resources.items : [];
    for (const pair of items) {
        const id = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const resourceType = plainString(pairOf(doc, pair.value, 'Type')?.value);
        if (resourceType !== undefined)
            types.add(resourceType);
        if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE)
            continue;
        const props = pairOf(doc, pair.value, 'Properties')?.value;
        const declared = plainString(pairOf(doc, props, 'Type')?.value);
        const contentPair = pairOf(doc, props, 'Content');
        const flowType = flowTypeOf(resourceType, declared, undefined);
        const common = { id, resourceType, flowType };
        if (!contentPair) {
            candidates.push({ ...common, kind: 'unsupported', what: 'is missing', at: startOf(pair.key, 0) });
            continue;
        }
        const found = yamlContent(doc, contentPair.value);
        if ('what' in found) {
            candidates.push({ ...common, kind: 'unsupported', what: found.what, at: startOf(contentPair.key, 0) });
            continue;
        }
        const scalar = found.scalar;
        const { toFile } = yamlScalarMapper(text, scalar.range, scalar.type, scalar.value);
        const substitutions = found.sub ? yamlSubstitutions(doc, contentPair.value) : undefined;
        candidates.push({ ...common, kind: 'string', content: scalar.value, toFile, sub: found.sub, ...(substitutions ? { substitutions } : {}) });
    }
    if (candidates.length === 0)
        return { flows: [], problems: [], notAFlow: describeResources(items.length, types) };
    return assemble(file, lines, candidates);
}

;// CONCATENATED MODULE: ./src/core/source/line-map.ts
/**
 * Turns character offsets into 1-based line and column. A batch of offsets is placed in one pass that
 * stops at the largest of them, counting newlines with indexOf: no table of every line of a 17 MB file.
 */
class LineMap {
    text;
    anchorOffsets;
    anchorLines;
    constructor(text) {
        this.text = text;
    }
    /**
     * Known (offset, line) pairs in ascending order, e.g. where each block of the flow starts: a position past
     * one is counted from it, not from the last position placed. The caller vouches that they are right.
     */
    anchor(offsets, lines) {
        this.anchorOffsets = offsets;
        this.anchorLines = lines;
    }
    position(offset) {
        return this.positions([offset])[0];
    }
    positions(offsets) {
        const text = this.text;
        const order = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b]);
        const out = new Array(offsets.length);
        let line = 1;
        let lineStart = 0;
        for (const k of order) {
            const o = Math.max(0, Math.min(offsets[k], text.length));
            const a = this.anchorBefore(o);
            if (a >= 0 && this.anchorOffsets[a] > lineStart) {
                line = this.anchorLines[a];
                lineStart = text.lastIndexOf('\n', this.anchorOffsets[a] - 1) + 1;
            }
            for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < o; nl = text.indexOf('\n', lineStart)) {
                line++;
                lineStart = nl + 1;
            }
            out[k] = { line, column: o - lineStart + 1 };
        }
        return out;
    }
    /** Index of the last anchor at or before `offset`, or -1. */
    anchorBefore(offset) {
        const offsets = this.anchorOffsets;
        if (!offsets || offsets.length === 0 || offsets[0] > offset)
            return -1;
        let lo = 0;
        let hi = offsets.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (offsets[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}

;// CONCATENATED MODULE: ./src/core/source/read-file.ts








/** Where the flow's JSON sits as a string: `aws connect describe-contact-flow(-module)` output and `{Name, Type, Content}` wrappers. */
const CONTENT_WRAPPERS = [['ContactFlow'], ['ContactFlowModule'], []];
/** Files read as YAML when they are not JSON: CloudFormation templates. */
const YAML_FILE = /\.(ya?ml|template)$/i;
/**
 * Finds the flows in one file's text. Pure: the caller reads the file. Never throws for any input;
 * every defect becomes a problem with a position.
 */
function readFlowFile(file, rawText) {
    // A byte-order mark is not JSON whitespace; a space keeps every offset where it was.
    const original = rawText.charCodeAt(0) === 0xfeff ? ' ' + rawText.slice(1) : rawText;
    const lines = new LineMap(original);
    const at = (start, end = start) => ({ start: lines.position(start), end: lines.position(end) });
    const yamlName = YAML_FILE.test(file);
    if (original.trim() === '') {
        if (yamlName)
            return { flows: [], problems: [], notAFlow: 'the file is empty' };
        return { flows: [], problems: [{ ruleId: 'parse-error', message: 'the file is empty: a flow export is a JSON object', range: at(0) }] };
    }
    // A `.template` that starts like JSON is a JSON template: its syntax errors are JSON errors.
    const jsonLike = /^\s*[[{]/.test(original);
    // Terraform templatefile() flows may hold `${...}` where a value belongs; a stand-in keeps offsets.
    const parsed = parseJson(original, true);
    if (!parsed.ok) {
        if (yamlName && !(jsonLike && /\.template$/i.test(file)))
            return readYamlFile(file, original, lines);
        return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid JSON: ${parsed.message}`, range: at(parsed.offset) }] };
    }
    const { value, text, duplicates } = parsed;
    if (looksLikeFlow(value)) {
        // The block lines were counted over this very text (valid JSON: every line break is between tokens).
        if (text === original)
            lines.anchor(parsed.blockStarts, parsed.blockLines);
        const locator = new TextLocator(text, lines, undefined, [], fastLookup(parsed, value));
        const flowType = contentFlowType(value);
        return { flows: [{ file, value, name: flowName(value), ...(flowType ? { flowType } : {}), ...(duplicates.length > 0 ? { duplicateKeys: duplicates } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
    }
    for (const prefix of CONTENT_WRAPPERS) {
        let holder = value;
        for (const k of prefix)
            holder = isObject(holder) ? own(holder, k) : undefined;
        if (!isObject(holder))
            continue;
        const content = own(holder, 'Content');
        const moduleWrapper = prefix[0] === 'ContactFlowModule';
        if (typeof content === 'string')
            return readWrapped(file, text, lines, holder, [...prefix, 'Content'], content, moduleWrapper);
        if (looksLikeFlow(content)) {
            // Some tools write the flow as an object, not a string, under the same wrapper keys.
            const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content']);
            const flowType = str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(content));
            const name = str(own(holder, 'Name')) ?? flowName(content);
            const identifiers = wrapperIdentifiers(holder);
            return { flows: [{ file, value: content, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
        }
    }
    const template = readJsonTemplate(file, text, lines, value);
    if (template)
        return template;
    if (looksLikeLegacyFlow(value)) {
        return { flows: [], problems: [{ ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: at(text.search(/\S/)) }] };
    }
    return { flows: [], problems: [], notAFlow: describeNonFlow(value) };
}
/** describe-contact-flow's Id and Arn (and an Id/Arn some wrappers carry): what other flows call it by. */
function wrapperIdentifiers(holder) {
    return ['Id', 'Arn', 'ContactFlowId', 'ContactFlowArn'].flatMap((k) => {
        const v = str(own(holder, k));
        return v ? [v] : [];
    });
}
function readWrapped(file, text, lines, holder, contentPath, content, moduleWrapper) {
    const literal = locatePaths(text, [contentPath])[0];
    const result = readEmbeddedFlow(file, lines, {
        content,
        toFile: embeddedOffsetMapper(text, literal.start, literal.end),
        label: `"${contentPath.join('.')}"`,
        placeholders: false,
        name: str(own(holder, 'Name')),
        flowType: str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : undefined),
        identifiers: wrapperIdentifiers(holder),
    });
    switch (result.kind) {
        case 'flow':
            return { flows: [result.flow], problems: [] };
        case 'problem':
        case 'legacy':
            return { flows: [], problems: [result.problem] };
        case 'not-a-flow':
            return { flows: [], problems: [], notAFlow: `its "${contentPath.join('.')}" string is JSON but not a flow: ${result.reason}` };
    }
}

;// CONCATENATED MODULE: ./src/reporters/graph-formats.ts

/** The routing graph as data: what other tools (and tests) read. */
function graphJson(flow, graph) {
    const reachable = graph.reachable();
    return {
        entry: flow.startAction ?? null,
        nodes: flow.actions.map((a) => ({ id: a.id, type: a.type, label: blockLabel(a), reachable: reachable[a.index] === 1 })),
        edges: graph.out.flatMap((edges) => edges.map((e) => ({ from: flow.actions[e.from].id, to: flow.actions[e.to].id, kind: e.kind, branch: e.label }))),
    };
}
function diffJson(diff) {
    const block = (a) => ({ id: a.id, type: a.type });
    return {
        entry: diff.entry ?? null,
        addedBlocks: diff.addedBlocks.map(block),
        removedBlocks: diff.removedBlocks.map(block),
        changedBlocks: diff.changedBlocks.map((c) => ({ id: c.head.id, type: c.head.type, wasType: c.base.type, parametersChanged: c.parametersChanged })),
        addedRoutes: diff.addedRoutes,
        removedRoutes: diff.removedRoutes,
        retargetedRoutes: diff.retargetedRoutes,
    };
}
/** A DOT string literal: quotes and backslashes escaped, newlines as \n. */
const dotString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
/** The routing graph in Graphviz DOT, unreachable blocks greyed. */
function graphDot(flow, graph) {
    const reachable = graph.reachable();
    const lines = ['digraph flow {', '  rankdir=TB;', '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];'];
    if (flow.startAction !== undefined && flow.byId.has(flow.startAction))
        lines.push(`  "__start" [shape=circle, label="start", fillcolor="#1f2328", fontcolor="#ffffff"];`, `  "__start" -> ${dotString(flow.startAction)};`);
    for (const a of flow.actions) {
        if (flow.byId.get(a.id) !== a)
            continue;
        lines.push(`  ${dotString(a.id)} [label=${dotString(blockLabel(a))}${reachable[a.index] ? '' : ', fillcolor="#eeeeee", fontcolor="#888888"'}];`);
    }
    for (const edges of graph.out) {
        for (const e of edges) {
            const label = e.kind === 'next' ? '' : ` [label=${dotString(e.label)}${e.kind === 'error' ? ', color="#cf222e"' : ''}]`;
            lines.push(`  ${dotString(flow.actions[e.from].id)} -> ${dotString(flow.actions[e.to].id)}${label};`);
        }
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/diff-dot.ts


/** The routing diff in Graphviz DOT: the union of both versions, coloured like the Mermaid view. */
function diffDot(base, head, diff) {
    const status = new Map();
    for (const a of diff.addedBlocks)
        status.set(a.id, 'added');
    for (const a of diff.removedBlocks)
        status.set(a.id, 'removed');
    for (const c of diff.changedBlocks)
        status.set(c.head.id, 'changed');
    const style = {
        added: 'fillcolor="#dafbe1", color="#1a7f37"',
        removed: 'fillcolor="#ffebe9", color="#cf222e", style="rounded,filled,dashed"',
        changed: 'fillcolor="#fff8c5", color="#9a6700"',
        context: 'fillcolor="#f6f8fa", color="#d0d7de", fontcolor="#8c959f"',
    };
    const lines = ['digraph diff {', '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'];
    const ids = new Set([...head.byId.keys(), ...base.byId.keys()]);
    for (const id of ids) {
        const a = head.byId.get(id) ?? base.byId.get(id);
        lines.push(`  ${dotString(id)} [label=${dotString(blockLabel(a))}, ${style[status.get(id) ?? 'context']}];`);
    }
    const added = new Set([...diff.addedRoutes, ...diff.retargetedRoutes].map((r) => `${r.from}\u0000${r.branch}\u0000${r.to}`));
    const removed = new Set([...diff.removedRoutes, ...diff.retargetedRoutes.map((r) => ({ ...r, to: r.was }))].map((r) => `${r.from}\u0000${r.branch}\u0000${r.to}`));
    const seen = new Set();
    for (const flow of [head, base]) {
        for (const a of flow.actions) {
            for (const t of a.transitions) {
                const k = `${a.id}\u0000${t.label}\u0000${t.target}`;
                if (seen.has(k) || !ids.has(t.target))
                    continue;
                seen.add(k);
                const colour = added.has(k) ? ', color="#1a7f37", penwidth=2' : removed.has(k) ? ', color="#cf222e", style=dashed' : ', color="#d0d7de"';
                lines.push(`  ${dotString(a.id)} -> ${dotString(t.target)} [label=${dotString(t.kind === 'next' ? '' : t.label)}${colour}];`);
            }
        }
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/types.ts
/** Shared vocabulary of the pure core: findings and source positions. */
const SEVERITY_RANK = { error: 3, warn: 2, info: 1 };
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.range.start.line - b.range.start.line ||
        a.range.start.column - b.range.start.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/reporters/mermaid.ts


const DEFAULT_MERMAID_LIMITS = { maxNodes: 120, maxEdges: 200, maxTextSize: 40_000 };
/** Longest block label and edge label, in characters before escaping. */
const MAX_LABEL = 60;
const MAX_EDGE_LABEL = 60;
const SEVERITY_CLASS = { error: 'sevError', warn: 'sevWarn', info: 'sevInfo' };
const CLASS_DEFS = {
    sevError: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328',
    sevWarn: 'fill:#fff8c5,stroke:#bf8700,stroke-width:3px,color:#1f2328',
    sevInfo: 'fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#1f2328',
    chain: 'fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
    startNode: 'fill:#1f2328,stroke:#1f2328,color:#ffffff',
};
const BY_RANK = ['info', 'info', 'warn', 'error']; // index = SEVERITY_RANK
/** Characters that may appear in a label as they are; everything else becomes a Mermaid entity code. */
const SAFE = /[\p{L}\p{N} .,:_\-/'+=!?@*$]/u;
/**
 * Escapes user text for a double-quoted Mermaid label. Quotes, brackets, `;`, `%`, `#`, `<`, `>`, `&`,
 * braces, backticks, pipes and every other character outside a small safe set are written as Mermaid
 * entity codes (`#quot;`, `#60;`), which Mermaid decodes after parsing: the text cannot end the label,
 * start a statement (click, style, %%{init}%% directives), or reach the SVG as markup.
 */
function escapeLabel(text) {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || (code >= 0x7f && code < 0xa0))
            out += ' ';
        else if (ch === '"')
            out += '#quot;';
        else if (SAFE.test(ch))
            out += ch;
        else
            out += `#${code};`;
    }
    return out;
}
/** Text on one line, cut to `max` characters (whole characters, not UTF-16 halves) with an ellipsis. */
function clip(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const chars = [...flat];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
function pairLabel(labels, hasNext) {
    if (labels.length === 0)
        return '';
    return clip([...labels, ...(hasNext ? ['next'] : [])].join(', '), MAX_EDGE_LABEL);
}
/** Distinct (from, to) pairs in block order, parallel transitions merged into one labelled edge. */
function buildPairs(graph) {
    const pairs = [];
    for (let n = 0; n < graph.size; n++) {
        const byTarget = new Map();
        for (const edge of graph.out[n]) {
            let entry = byTarget.get(edge.to);
            if (!entry)
                byTarget.set(edge.to, (entry = { labels: [], seen: new Set(), next: false }));
            if (edge.kind === 'next')
                entry.next = true;
            else if (!entry.seen.has(edge.label)) {
                entry.seen.add(edge.label);
                entry.labels.push(edge.label);
            }
        }
        for (const [to, e] of byTarget)
            pairs.push({ from: n, to, label: pairLabel(e.labels, e.next) });
    }
    return pairs;
}
/**
 * Draws the routing graph of one flow as a Mermaid flowchart: a node per block labelled with its type and
 * short name, an edge per distinct pair of blocks labelled with its branches, a start marker, blocks with
 * findings coloured by severity, unreachable blocks in their own subgraph. A flow too large for the limits
 * is shown around its findings and entry, with straight chains folded, and `note` says what was left out.
 * Linear in blocks + transitions (a few passes when labels are long enough to hit the text cap).
 */
function flowchart(flow, graph, findings, limits) {
    const lim = { ...DEFAULT_MERMAID_LIMITS, ...limits };
    const maxNodes = Math.max(2, Math.floor(lim.maxNodes));
    const maxEdges = Math.max(1, Math.floor(lim.maxEdges));
    const size = graph.size;
    // Findings per block (worst severity, count); the rest are about the flow as a whole.
    const rank = new Uint8Array(size);
    const count = new Uint32Array(size);
    const sevCount = Array.from({ length: size }, () => ({ error: 0, warn: 0, info: 0 }));
    let flowLevel = 0;
    let onBlocks = 0;
    for (const f of findings) {
        const action = f.blockId === undefined ? undefined : flow.byId.get(f.blockId);
        if (!action || action.index >= size) {
            flowLevel++;
            continue;
        }
        const i = action.index;
        onBlocks++;
        count[i]++;
        sevCount[i][f.severity]++;
        rank[i] = Math.max(rank[i], SEVERITY_RANK[f.severity]);
    }
    const pairs = buildPairs(graph);
    const reach = graph.reachable();
    const hasEntry = graph.entry >= 0;
    const labels = flow.actions.map((a) => clip(blockLabel(a), MAX_LABEL));
    // Every block its own unit: the plain, complete diagram.
    const plainUnits = Array.from({ length: size }, (_, i) => ({ blocks: [i], chain: false, edges: [] }));
    const plainUnitOf = Int32Array.from({ length: size }, (_, i) => i);
    pairs.forEach((p, k) => {
        plainUnits[p.from].edges.push(k);
        if (p.to !== p.from)
            plainUnits[p.to].edges.push(k);
    });
    const render = (units, unitOf, sel) => {
        const lines = ['flowchart TD'];
        const used = new Set(['startNode']);
        const unitId = (u) => {
            const unit = units[u];
            return `${unit.chain ? 'c' : 'n'}${unit.blocks[0]}`;
        };
        const drawn = new Set(sel.edges);
        const selected = new Uint8Array(units.length);
        for (const u of sel.units)
            selected[u] = 1;
        const startText = hasEntry ? 'Start' : 'Start: StartAction names no block';
        const startLabel = flowLevel > 0 ? `${startText} — ${plural(flowLevel, 'flow finding')}` : startText;
        lines.push(`st(["${escapeLabel(startLabel)}"]):::startNode`);
        const nodeLine = (u) => {
            const unit = units[u];
            let hidden = 0;
            for (const k of unit.edges)
                if (!drawn.has(k))
                    hidden++;
            const more = hidden > 0 ? ` (+${plural(hidden, 'route')} not shown)` : '';
            if (unit.chain) {
                used.add('chain');
                return `${unitId(u)}["${escapeLabel(`… ${unit.blocks.length.toLocaleString('en-US')} blocks …${more}`)}"]:::chain`;
            }
            const b = unit.blocks[0];
            let text = labels[b];
            if (count[b] > 0) {
                const c = sevCount[b];
                const parts = [c.error > 0 ? plural(c.error, 'error') : '', c.warn > 0 ? plural(c.warn, 'warning') : '', c.info > 0 ? `${c.info} info` : ''];
                text += ` — ${parts.filter((s) => s !== '').join(', ')}`;
            }
            const cls = rank[b] > 0 ? SEVERITY_CLASS[BY_RANK[rank[b]]] : undefined;
            if (cls)
                used.add(cls);
            return `${unitId(u)}["${escapeLabel(text + more)}"]${cls ? `:::${cls}` : ''}`;
        };
        const isReachable = (u) => !hasEntry || reach[units[u].blocks[0]] === 1;
        const unreachable = [];
        for (const u of sel.units) {
            if (isReachable(u))
                lines.push(nodeLine(u));
            else
                unreachable.push(u);
        }
        if (unreachable.length > 0) {
            lines.push('subgraph unreachable["Unreachable blocks"]');
            for (const u of unreachable)
                lines.push(`  ${nodeLine(u)}`);
            lines.push('end');
        }
        if (hasEntry && selected[unitOf[graph.entry]])
            lines.push(`st --> ${unitId(unitOf[graph.entry])}`);
        for (const k of sel.edges) {
            const p = pairs[k];
            const a = unitId(unitOf[p.from]);
            const b = unitId(unitOf[p.to]);
            lines.push(p.label === '' ? `${a} --> ${b}` : `${a} -->|"${escapeLabel(p.label)}"| ${b}`);
        }
        for (const cls of Object.keys(CLASS_DEFS))
            if (used.has(cls))
                lines.push(`classDef ${cls} ${CLASS_DEFS[cls]}`);
        return `${lines.join('\n')}\n`;
    };
    const startEdges = hasEntry ? 1 : 0;
    // Small enough: everything, one node per block.
    if (size + 1 <= maxNodes && pairs.length + startEdges <= maxEdges) {
        const all = { units: plainUnits.map((_, i) => i), edges: pairs.map((_, k) => k) };
        const text = render(plainUnits, plainUnitOf, all);
        if (text.length <= lim.maxTextSize)
            return { text, shownNodes: size, shownEdges: pairs.length, omittedNodes: 0, omittedEdges: 0 };
    }
    // Too large: fold straight chains (one route in, one out, no finding, not the entry) into one node.
    const inPairs = new Uint32Array(size);
    const outPairs = new Uint32Array(size);
    const succ = new Int32Array(size).fill(-1);
    for (const p of pairs) {
        outPairs[p.from]++;
        inPairs[p.to]++;
        succ[p.from] = p.to;
    }
    const chainable = new Uint8Array(size);
    for (let n = 0; n < size; n++) {
        chainable[n] = inPairs[n] === 1 && outPairs[n] === 1 && succ[n] !== n && count[n] === 0 && n !== graph.entry ? 1 : 0;
    }
    const pred = new Int32Array(size).fill(-1);
    for (const p of pairs)
        if (chainable[p.to])
            pred[p.to] = p.from;
    const unitOf = new Int32Array(size).fill(-1);
    const units = [];
    const addUnit = (blocks) => {
        const u = units.length;
        units.push({ blocks, chain: blocks.length > 1, edges: [] });
        for (const b of blocks)
            unitOf[b] = u;
    };
    const walk = (start) => {
        const blocks = [];
        for (let n = start; n >= 0 && chainable[n] && unitOf[n] === -1; n = succ[n]) {
            blocks.push(n);
            unitOf[n] = -2; // taken
        }
        addUnit(blocks);
    };
    for (let n = 0; n < size; n++) {
        if (unitOf[n] !== -1)
            continue;
        if (!chainable[n])
            addUnit([n]);
        else if (!chainable[pred[n]])
            walk(n);
    }
    for (let n = 0; n < size; n++)
        if (unitOf[n] === -1)
            walk(n); // chains that are pure cycles
    pairs.forEach((p, k) => {
        const a = unitOf[p.from];
        const b = unitOf[p.to];
        if (a === b && units[a].chain)
            return; // a route inside a folded chain
        units[a].edges.push(k);
        if (b !== a)
            units[b].edges.push(k);
    });
    // Seeds: the entry, then blocks with findings, worst first.
    const seeds = [];
    if (hasEntry)
        seeds.push(unitOf[graph.entry]);
    const withFindings = [];
    for (let n = 0; n < size; n++)
        if (count[n] > 0 && n !== graph.entry)
            withFindings.push(n);
    withFindings.sort((a, b) => rank[b] - rank[a] || count[b] - count[a] || a - b);
    for (const n of withFindings)
        seeds.push(unitOf[n]);
    const select = (nodeCap, edgeCap) => {
        const chosen = new Uint8Array(units.length);
        const visited = new Uint8Array(units.length);
        const order = [];
        const edges = [];
        const tryAdd = (u, force) => {
            if (order.length >= nodeCap)
                return false;
            let added = 0;
            for (const k of units[u].edges) {
                const p = pairs[k];
                const other = unitOf[p.from] === u ? unitOf[p.to] : unitOf[p.from];
                if (other === u || chosen[other])
                    added++;
            }
            if (!force && edges.length + added > edgeCap)
                return false;
            chosen[u] = 1;
            order.push(u);
            for (const k of units[u].edges) {
                if (edges.length >= edgeCap)
                    break;
                const p = pairs[k];
                const other = unitOf[p.from] === u ? unitOf[p.to] : unitOf[p.from];
                if (other === u || chosen[other])
                    edges.push(k);
            }
            return true;
        };
        const queue = [];
        for (const s of seeds) {
            if (visited[s])
                continue;
            visited[s] = 1;
            if (tryAdd(s, true))
                queue.push(s);
        }
        // Breadth-first in both directions from all seeds at once, so each finding gets its neighbourhood;
        // when that runs dry (a clean flow, another component) carry on from the next block not yet seen.
        let next = 0;
        for (let head = 0; order.length < nodeCap;) {
            if (head === queue.length) {
                while (next < units.length && visited[next])
                    next++;
                if (next === units.length)
                    break;
                visited[next] = 1;
                if (tryAdd(next, false))
                    queue.push(next);
                continue;
            }
            const u = queue[head++];
            for (const k of units[u].edges) {
                const p = pairs[k];
                const other = unitOf[p.from] === u ? unitOf[p.to] : unitOf[p.from];
                if (visited[other])
                    continue;
                visited[other] = 1;
                if (tryAdd(other, false))
                    queue.push(other);
                if (order.length >= nodeCap)
                    break;
            }
        }
        // Declare nodes in block order: Mermaid lays them out more like the designer does.
        order.sort((a, b) => units[a].blocks[0] - units[b].blocks[0]);
        edges.sort((a, b) => a - b);
        return { units: order, edges };
    };
    let nodeCap = maxNodes - 1;
    let edgeCap = maxEdges - startEdges;
    for (;;) {
        const sel = select(nodeCap, edgeCap);
        const text = render(units, unitOf, sel);
        if (text.length > lim.maxTextSize && nodeCap > 1) {
            const shrink = (lim.maxTextSize / text.length) * 0.9;
            nodeCap = Math.max(1, Math.min(nodeCap - 1, Math.floor(nodeCap * shrink)));
            edgeCap = Math.max(0, Math.min(edgeCap, Math.floor(edgeCap * shrink)));
            continue;
        }
        let shownBlocks = 0;
        let folded = 0;
        let chains = 0;
        let chainRoutes = 0;
        let seedsShown = 0;
        const chosen = new Uint8Array(units.length);
        for (const u of sel.units) {
            chosen[u] = 1;
            const unit = units[u];
            shownBlocks += unit.blocks.length;
            if (unit.chain) {
                folded += unit.blocks.length;
                chains++;
                chainRoutes += unit.blocks.length - 1;
            }
        }
        for (const n of withFindings)
            if (chosen[unitOf[n]])
                seedsShown++;
        const omittedNodes = size - shownBlocks;
        const omittedEdges = pairs.length - sel.edges.length - chainRoutes;
        const parts = [];
        const around = onBlocks > 0 ? `around ${plural(onBlocks, 'finding')}` : hasEntry ? 'from the start' : '';
        parts.push(`showing ${shownBlocks.toLocaleString('en-US')} of ${plural(size, 'block')}${folded > 0 ? ` (${folded.toLocaleString('en-US')} of them folded into ${plural(chains, 'chain')} of straight-line blocks)` : ''}${around ? ` ${around}` : ''}`);
        if (omittedNodes > 0 || omittedEdges > 0) {
            parts.push(`${plural(omittedNodes, 'block')} and ${plural(omittedEdges, 'route')} left out`);
        }
        if (seedsShown < withFindings.length) {
            parts.push(`${plural(withFindings.length - seedsShown, 'block')} with findings not drawn (see the findings table)`);
        }
        return { text, shownNodes: sel.units.length, shownEdges: sel.edges.length, omittedNodes, omittedEdges, note: parts.join('; ') };
    }
}

;// CONCATENATED MODULE: ./src/reporters/routing-diff.ts


const routing_diff_CLASS_DEFS = {
    added: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#1f2328',
    removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4,color:#1f2328',
    changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328',
    context: 'fill:#f6f8fa,stroke:#d0d7de,color:#8c959f',
};
const LINK_STYLE = {
    added: 'stroke:#1a7f37,stroke-width:2px',
    removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
    same: 'stroke:#d0d7de',
};
const DEFAULT_DIFF_LIMITS = { maxNodes: 100, maxEdges: 180, contextDepth: 1 };
/**
 * Names blocks for a diff: their label, and where two blocks of the two versions would read the same, the
 * start of the Identifier to tell them apart.
 */
function namer(base, head) {
    const owners = new Map();
    for (const flow of [base, head]) {
        for (const a of flow.actions) {
            const label = blockLabel(a);
            (owners.get(label) ?? owners.set(label, new Set()).get(label)).add(a.id);
        }
    }
    return (id) => {
        const a = head.byId.get(id) ?? base.byId.get(id);
        if (!a)
            return id;
        const label = blockLabel(a);
        return (owners.get(label)?.size ?? 0) > 1 ? `${label} [${id.length > 12 ? `${id.slice(0, 8)}…` : id}]` : label;
    };
}
/**
 * The routing change between two versions of a flow as a Mermaid flowchart: added blocks and routes in
 * green, removed ones red and dashed, changed blocks amber, untouched context dimmed and limited to the
 * neighbourhood of the change. Long runs of added or removed blocks are folded into one node; caps keep the
 * diagram inside what GitHub renders, and the note says what was left out.
 */
function diffDiagram(base, head, diff, limits = {}) {
    const lim = { ...DEFAULT_DIFF_LIMITS, ...limits };
    const name = namer(base, head);
    const status = new Map();
    for (const a of diff.addedBlocks)
        status.set(a.id, 'added');
    for (const a of diff.removedBlocks)
        status.set(a.id, 'removed');
    for (const c of diff.changedBlocks)
        status.set(c.head.id, 'changed');
    // Every route of either version, marked by which version has it.
    const edges = [];
    const seen = new Set();
    const key = (r) => `${r.from}\u0000${r.to}\u0000${r.branch}`;
    const removedKeys = new Set([...diff.removedRoutes, ...diff.retargetedRoutes.map((r) => ({ ...r, to: r.was }))].map(key));
    const addedKeys = new Set([...diff.addedRoutes, ...diff.retargetedRoutes].map(key));
    for (const [flow, fallback] of [[head, 'same'], [base, 'same']]) {
        for (const a of flow.actions) {
            for (const t of a.transitions) {
                const e = { from: a.id, to: t.target, branch: t.kind === 'next' ? '' : t.label };
                const k = key({ ...e, branch: t.label });
                if (seen.has(k))
                    continue;
                seen.add(k);
                const s = addedKeys.has(k) ? 'added' : removedKeys.has(k) ? 'removed' : fallback;
                edges.push({ ...e, status: s });
            }
        }
    }
    // The change's neighbourhood: touched blocks, then context within contextDepth routes of them.
    const touched = new Set(status.keys());
    for (const e of edges)
        if (e.status !== 'same')
            touched.add(e.from).add(e.to);
    if (diff.entry?.now)
        touched.add(diff.entry.now);
    if (diff.entry?.was)
        touched.add(diff.entry.was);
    const neighbours = new Map();
    for (const e of edges) {
        (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from)).push(e.to);
        (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to)).push(e.from);
    }
    const shown = [];
    const inShown = new Set();
    const add = (id) => {
        if (inShown.has(id) || shown.length >= lim.maxNodes)
            return false;
        if (!head.byId.has(id) && !base.byId.has(id))
            return false;
        inShown.add(id);
        shown.push(id);
        return true;
    };
    for (const id of touched)
        add(id);
    let frontier = [...shown];
    for (let d = 0; d < lim.contextDepth; d++) {
        const next = [];
        for (const id of frontier)
            for (const n of neighbours.get(id) ?? [])
                if (add(n))
                    next.push(n);
        frontier = next;
    }
    for (const id of inShown)
        if (!status.has(id))
            status.set(id, 'context');
    // Fold runs of added (or removed) blocks that are a straight chain: one route in, one route out.
    const drawnEdges = edges.filter((e) => inShown.has(e.from) && inShown.has(e.to));
    const outOf = new Map();
    const into = new Map();
    for (const e of drawnEdges) {
        (outOf.get(e.from) ?? outOf.set(e.from, []).get(e.from)).push(e);
        (into.get(e.to) ?? into.set(e.to, []).get(e.to)).push(e);
    }
    const foldable = (id) => {
        const s = status.get(id);
        return (s === 'added' || s === 'removed') && (outOf.get(id)?.length ?? 0) === 1 && (into.get(id)?.length ?? 0) === 1;
    };
    const rep = new Map(); // block → the node that stands for it
    const folded = new Map(); // representative → blocks folded into it
    for (const id of shown) {
        if (rep.has(id) || !foldable(id))
            continue;
        const run = [id];
        for (let cur = outOf.get(id)[0].to; foldable(cur) && !rep.has(cur) && status.get(cur) === status.get(id) && !run.includes(cur); cur = outOf.get(cur)[0].to)
            run.push(cur);
        if (run.length < 3)
            continue;
        for (const b of run)
            rep.set(b, id);
        folded.set(id, run);
    }
    const nodeId = new Map();
    const lines = ['flowchart TD'];
    let n = 0;
    for (const id of shown) {
        if (rep.has(id) && rep.get(id) !== id)
            continue;
        const nid = `n${n++}`;
        nodeId.set(id, nid);
        const run = folded.get(id);
        const s = status.get(id);
        const label = run ? `… ${run.length} ${s} blocks …` : `${s === 'context' ? '' : `${s}: `}${name(id)}`;
        lines.push(`  ${nid}["${escapeLabel(clip(label, 70))}"]:::${s}`);
    }
    const idOf = (block) => nodeId.get(rep.get(block) ?? block);
    if (head.startAction && idOf(head.startAction))
        lines.push(`  start(("start")) --> ${idOf(head.startAction)}`);
    const linkStyles = [];
    let linkIndex = head.startAction && idOf(head.startAction) ? 1 : 0;
    // Parallel routes between the same two nodes with the same status are drawn once, their branches joined.
    const merged = new Map();
    for (const e of drawnEdges) {
        const a = idOf(e.from);
        const b = idOf(e.to);
        if (!a || !b)
            continue;
        // Routes inside a folded run are the run itself.
        if (rep.has(e.from) && rep.get(e.from) === rep.get(e.to))
            continue;
        const k = `${a}\u0000${b}\u0000${e.status}`;
        let m = merged.get(k);
        if (!m)
            merged.set(k, (m = { a, b, status: e.status, branches: [], next: false }));
        if (e.branch === '')
            m.next = true;
        else if (!m.branches.includes(e.branch))
            m.branches.push(e.branch);
    }
    let drawn = 0;
    let leftOut = 0;
    for (const m of merged.values()) {
        if (drawn >= lim.maxEdges) {
            leftOut++;
            continue;
        }
        const arrow = m.status === 'removed' ? '-.->' : '-->';
        const label = m.branches.length === 0 ? '' : [...m.branches, ...(m.next ? ['next'] : [])].join(', ');
        lines.push(label ? `  ${m.a} ${arrow}|"${escapeLabel(clip(label, 60))}"| ${m.b}` : `  ${m.a} ${arrow} ${m.b}`);
        linkStyles.push(`  linkStyle ${linkIndex++} ${LINK_STYLE[m.status]}`);
        drawn++;
    }
    lines.push(...linkStyles);
    for (const [cls, style] of Object.entries(routing_diff_CLASS_DEFS))
        lines.push(`  classDef ${cls} ${style}`);
    const all = new Set([...head.byId.keys(), ...base.byId.keys()]);
    const notes = [];
    if (inShown.size < all.size)
        notes.push(`showing ${inShown.size} of ${all.size} blocks: the changed ones and their neighbours`);
    if (touched.size > inShown.size)
        notes.push(`${touched.size - [...touched].filter((t) => inShown.has(t)).length} changed blocks left out (over ${lim.maxNodes} nodes)`);
    if (leftOut > 0)
        notes.push(`${leftOut} routes left out (over ${lim.maxEdges})`);
    if (folded.size > 0)
        notes.push(`${[...folded.values()].reduce((s, r) => s + r.length, 0)} blocks folded into ${folded.size} chain node(s)`);
    const startShown = head.startAction !== undefined && idOf(head.startAction) !== undefined;
    return { text: `${lines.join('\n')}\n`, shownNodes: nodeId.size, shownEdges: drawn, startShown, ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}
/** The routing changes in words, one line each, for reviewers who read rather than look. */
function describeChanges(base, head, diff) {
    const q = (s) => `\`${s.replace(/`/g, "'")}\``;
    const name = namer(base, head);
    const nameIn = (id) => q(name(id));
    const branch = (r) => (r.kind === 'next' ? 'its next route' : r.kind === 'error' ? `its ${q(r.branch)} error branch` : `branch ${q(r.branch)}`);
    const lines = [];
    if (diff.entry)
        lines.push(`The flow now starts at ${diff.entry.now ? nameIn(diff.entry.now) : 'nothing'} (was ${diff.entry.was ? nameIn(diff.entry.was) : 'nothing'}).`);
    for (const r of diff.retargetedRoutes)
        lines.push(`${nameIn(r.from)} → ${branch(r)} now goes to ${nameIn(r.to)} (was ${nameIn(r.was)}).`);
    for (const a of diff.addedBlocks)
        lines.push(`Added ${q(a.type)} block ${nameIn(a.id)}.`);
    for (const a of diff.removedBlocks)
        lines.push(`Removed ${q(a.type)} block ${nameIn(a.id)}.`);
    for (const c of diff.changedBlocks) {
        const what = [c.typeChanged ? `type ${q(c.base.type)} → ${q(c.head.type)}` : '', c.parametersChanged.length ? `parameters ${c.parametersChanged.map(q).join(', ')}` : ''].filter(Boolean).join('; ');
        lines.push(`Changed ${nameIn(c.head.id)}: ${what}.`);
    }
    const addedFrom = new Set(diff.addedBlocks.map((a) => a.id));
    const removedFrom = new Set(diff.removedBlocks.map((a) => a.id));
    for (const r of diff.addedRoutes)
        if (!addedFrom.has(r.from))
            lines.push(`${nameIn(r.from)} → new ${branch(r)} to ${nameIn(r.to)}.`);
    for (const r of diff.removedRoutes)
        if (!removedFrom.has(r.from))
            lines.push(`${nameIn(r.from)} → ${branch(r)} to ${nameIn(r.to)} was removed.`);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/graph-command.ts












const GRAPH_HELP = `Usage: connect-flow-lint graph FILE [OTHER_FILE] [--base REF] [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]

Prints the routing graph of the flow in FILE. With OTHER_FILE (the older version) or --base REF (a git
revision: the file as it was there), prints what changed in routing instead: blocks added, removed and
changed, routes added, removed and re-targeted, and a moved entry point. Blocks are matched by Identifier.
With --repo, prints which flows of the repository transfer to, invoke, or set as event flows which others.`;
class GraphUsageError extends Error {
}
function load(name, text) {
    const contents = readFlowFile(name, text);
    // Only a file that cannot be read stops a graph; warnings (a template resource we cannot read) do not.
    const problem = contents.problems.find((p) => p.ruleId === 'parse-error') ?? (contents.flows.length === 0 ? contents.problems[0] : undefined);
    if (problem)
        return { flows: [], problem: `${name}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}` };
    if (contents.flows.length === 0)
        return { flows: [], problem: `${name} is not a flow: ${contents.notAFlow ?? 'no flow found'}` };
    return { flows: contents.flows.map(buildFlow) };
}
/** The file's text at a git revision, found from the file's own folder so any working directory works. */
function gitShow(file, ref) {
    // Loaded here, not at start-up: child_process costs every lint run ~3 ms and only `graph --ref` needs it.
    const { execFileSync } = (0,external_node_module_.createRequire)(import.meta.url)('node:child_process');
    const dir = (0,external_node_path_.dirname)(file);
    try {
        const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
        const path = (0,external_node_path_.relative)(top, file).split('\\').join('/');
        return execFileSync('git', ['show', `${ref}:${path}`], { cwd: top, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (e) {
        const stderr = String(e.stderr ?? '').trim().split('\n')[0];
        throw new GraphUsageError(`cannot read ${file} at ${ref}: ${stderr || e.message}`);
    }
}
/** `connect-flow-lint graph`: returns the text to print, or throws GraphUsageError. */
async function graphCommand(argv, cwd, repoGraph) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options: { format: { type: 'string', short: 'f', default: 'mermaid' }, base: { type: 'string' }, repo: { type: 'boolean', default: false } } });
    }
    catch (e) {
        throw new GraphUsageError(`${e.message}\n${GRAPH_HELP}`);
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'mermaid';
    if (!['mermaid', 'dot', 'json'].includes(format))
        throw new GraphUsageError(`unknown format "${format}": use mermaid, dot or json`);
    if (values.repo) {
        if (values.base !== undefined)
            throw new GraphUsageError('--repo draws the call graph of the current files; it takes no --base');
        return repoGraph(positionals.length > 0 ? positionals : ['.'], format);
    }
    if (positionals.length === 0 || positionals.length > 2)
        throw new GraphUsageError(GRAPH_HELP);
    if (positionals.length === 2 && values.base !== undefined)
        throw new GraphUsageError('give either OTHER_FILE or --base REF, not both');
    const file = (0,external_node_path_.resolve)(cwd, positionals[0]);
    const read = (f) => {
        try {
            return (0,external_node_fs_.readFileSync)(f, 'utf8');
        }
        catch (e) {
            throw new GraphUsageError(`cannot read ${f}: ${e.code ?? e.message}`);
        }
    };
    const head = load(positionals[0], read(file));
    if (head.problem)
        throw new GraphUsageError(head.problem);
    if (positionals.length === 1 && values.base === undefined) {
        const out = head.flows.map((flow) => {
            const graph = new RoutingGraph(flow);
            if (format === 'json')
                return JSON.stringify(graphJson(flow, graph), null, 2) + '\n';
            if (format === 'dot')
                return graphDot(flow, graph);
            const chart = flowchart(flow, graph, []);
            return chart.text + (chart.note ? `%% ${chart.note}\n` : '');
        });
        return out.join('\n');
    }
    const baseName = positionals[1] ?? `${positionals[0]}@${values.base}`;
    const base = load(baseName, positionals[1] !== undefined ? read((0,external_node_path_.resolve)(cwd, positionals[1])) : gitShow(file, values.base));
    if (base.problem)
        throw new GraphUsageError(base.problem);
    // Flows are paired by name (a template's logical id, a wrapper's Name); a single flow pairs with a single flow.
    const pairs = [];
    if (head.flows.length === 1 && base.flows.length === 1)
        pairs.push({ name: head.flows[0].doc.name ?? positionals[0], head: head.flows[0], base: base.flows[0] });
    else {
        for (const h of head.flows) {
            const b = base.flows.find((f) => f.doc.name !== undefined && f.doc.name === h.doc.name) ?? EMPTY;
            pairs.push({ name: h.doc.name ?? '(unnamed flow)', head: h, base: b });
        }
        for (const b of base.flows)
            if (!head.flows.some((h) => h.doc.name === b.doc.name))
                pairs.push({ name: b.doc.name ?? '(unnamed flow)', head: EMPTY, base: b });
    }
    if (format === 'json') {
        const out = pairs.map((p) => {
            const diff = diffFlows(p.base, p.head);
            return { flow: p.name, ...diffJson(diff), changes: describeChanges(p.base, p.head, diff) };
        });
        return JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n';
    }
    return pairs
        .map((p) => {
        const diff = diffFlows(p.base, p.head);
        const title = pairs.length > 1 ? `%% flow: ${p.name}\n` : '';
        if (format === 'dot')
            return title.replace('%%', '//') + diffDot(p.base, p.head, diff);
        const diagram = diffDiagram(p.base, p.head, diff);
        return title + diagram.text + (diagram.note ? `%% ${diagram.note}\n` : '') + describeChanges(p.base, p.head, diff).map((w) => `%% ${w}\n`).join('');
    })
        .join('\n');
}
const EMPTY = buildFlow({ file: '', value: { Actions: [] }, ranges: () => [] });

;// CONCATENATED MODULE: ./src/reporters/call-graph.ts


const KIND_LABEL = { flow: 'transfer', module: 'module', hook: 'event' };
const title = (s) => (s.name !== undefined ? `${s.name} · ${s.file}` : s.file);
/** Which flows call which, as a Mermaid flowchart: transfers solid, modules thick, event flows dotted, missing targets red. */
function callGraphMermaid(summaries, links, options = {}) {
    const max = options.maxNodes ?? 80;
    let shown = summaries.map((_, i) => i).filter((i) => summaries[i].references.length > 0 || links.calls.some((c) => c.to === i));
    if (options.around) {
        const near = new Set(options.around);
        for (const c of links.calls) {
            if (options.around.has(c.from))
                near.add(c.to);
            if (options.around.has(c.to))
                near.add(c.from);
        }
        shown = shown.filter((i) => near.has(i));
    }
    const omitted = Math.max(0, shown.length - max);
    shown = shown.slice(0, max);
    const inShown = new Set(shown);
    const lines = ['flowchart LR'];
    for (const i of shown) {
        const s = summaries[i];
        const cls = options.highlight?.has(s.file) ? ':::changed' : '';
        lines.push(`  f${i}["${escapeLabel(clip(title(s), 70))}"]${cls}`);
    }
    const drawn = new Set();
    let missing = 0;
    summaries.forEach((s, i) => {
        if (!inShown.has(i))
            return;
        s.references.forEach((r, k) => {
            const res = links.resolutions[i][k];
            const label = r.kind === 'hook' ? `${KIND_LABEL.hook} ${r.hook ?? ''}`.trim() : KIND_LABEL[r.kind];
            const arrow = r.kind === 'module' ? '==>' : r.kind === 'hook' ? '-.->' : '-->';
            if (res.status === 'resolved') {
                if (!inShown.has(res.target))
                    return;
                const key = `${i}>${res.target}>${label}`;
                if (drawn.has(key))
                    return;
                drawn.add(key);
                lines.push(`  f${i} ${arrow}|"${escapeLabel(label)}"| f${res.target}`);
            }
            else if (res.status === 'unresolved') {
                const m = `m${missing++}`;
                lines.push(`  ${m}["${escapeLabel(clip(`missing: ${r.nameHint ?? r.value}`, 70))}"]:::missing`);
                lines.push(`  f${i} ${arrow}|"${escapeLabel(label)}"| ${m}`);
            }
        });
    });
    lines.push('  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328', '  classDef missing fill:#ffebe9,stroke:#cf222e,stroke-dasharray:5 4,color:#1f2328');
    return { text: `${lines.join('\n')}\n`, ...(omitted > 0 ? { note: `${omitted} more flows not drawn` } : {}) };
}
function callGraphJson(summaries, links) {
    return {
        flows: summaries.map((s, i) => ({ index: i, file: s.file, name: s.name ?? null, type: s.flowType ?? null })),
        calls: links.calls.map((c) => ({ from: c.from, to: c.to, kind: c.kind, block: c.blockId, ...(c.hook ? { hook: c.hook } : {}) })),
        unresolved: summaries.flatMap((s, i) => s.references.flatMap((r, k) => {
            const res = links.resolutions[i][k];
            return res.status === 'unresolved' ? [{ from: i, block: r.blockId, value: r.value, why: res.why }] : [];
        })),
    };
}
function callGraphDot(summaries, links) {
    const lines = ['digraph flows {', '  rankdir=LR;', '  node [shape=box, style=rounded, fontname="Helvetica"];'];
    summaries.forEach((s, i) => lines.push(`  f${i} [label=${dotString(title(s))}];`));
    for (const c of links.calls)
        lines.push(`  f${c.from} -> f${c.to} [label=${dotString(c.kind === 'hook' ? `event ${c.hook ?? ''}` : KIND_LABEL[c.kind])}${c.kind === 'hook' ? ', style=dashed' : c.kind === 'module' ? ', penwidth=2' : ''}];`);
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
;// CONCATENATED MODULE: ./src/core/json/simple-path.ts
/**
 * Parses JSONPaths made only of `.name`, `['name']`, `[n]`, `[*]`, `.*`, `..name` and `..*` — the shapes most
 * rules use — or returns undefined. Filters, slices and unions are left to jsonpath-plus.
 */
function parseSimplePath(path) {
    if (!path.startsWith('$'))
        return undefined;
    const steps = [];
    let i = 1;
    while (i < path.length) {
        const rest = path.slice(i);
        let m;
        if ((m = /^\.\.\*/.exec(rest)))
            steps.push({ kind: 'descendants' });
        else if ((m = /^\.\.([A-Za-z_$][\w$-]*)/.exec(rest)))
            steps.push({ kind: 'descendants', key: m[1] });
        else if ((m = /^\.\*|^\[\*\]/.exec(rest)))
            steps.push({ kind: 'children' });
        else if ((m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest)))
            steps.push({ kind: 'child', key: m[1] });
        else if ((m = /^\[(\d+)\]/.exec(rest)))
            steps.push({ kind: 'child', key: Number(m[1]) });
        else if ((m = /^\[\s*'([^'\\]*)'\s*\]|^\[\s*"([^"\\]*)"\s*\]/.exec(rest)))
            steps.push({ kind: 'child', key: (m[1] ?? m[2]) });
        else
            return undefined;
        i += m[0].length;
    }
    return steps;
}
function childrenOf(value, path, out) {
    if (Array.isArray(value))
        value.forEach((v, k) => out.push({ value: v, path: [...path, k] }));
    else if (typeof value === 'object' && value !== null)
        for (const k of Object.keys(value))
            out.push({ value: value[k], path: [...path, k] });
}
/** Evaluates parsed steps over a document: iterative, own properties only. */
function evaluateSimplePath(document, steps) {
    let current = [{ value: document, path: [] }];
    for (const step of steps) {
        const next = [];
        for (const hit of current) {
            if (step.kind === 'child') {
                const v = hit.value;
                const key = step.key;
                if (typeof key === 'number' ? Array.isArray(v) && key < v.length : typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, key)) {
                    next.push({ value: v[key], path: [...hit.path, key] });
                }
            }
            else if (step.kind === 'children')
                childrenOf(hit.value, hit.path, next);
            else {
                // Every descendant (or every descendant member named key), depth-first, with an explicit stack.
                const stack = [];
                childrenOf(hit.value, hit.path, stack);
                stack.reverse();
                while (stack.length > 0) {
                    const h = stack.pop();
                    if (step.key === undefined || h.path[h.path.length - 1] === step.key)
                        next.push(h);
                    const kids = [];
                    childrenOf(h.value, h.path, kids);
                    for (let k = kids.length - 1; k >= 0; k--)
                        stack.push(kids[k]);
                }
            }
        }
        current = next;
    }
    return current;
}

;// CONCATENATED MODULE: ./src/core/lint.ts






const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][\w]*)*$/;
/** Evaluates a `given` path. Plain dotted paths, which most rules use, skip the JSONPath engine. */
function evaluateGiven(document, given) {
    if (SIMPLE_PATH.test(given)) {
        let value = document;
        const path = [];
        for (const key of given.split('.').slice(1)) {
            if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key))
                return [];
            value = value[key];
            path.push(key);
        }
        return [{ value, path }];
    }
    // Wildcards and recursive descent without filters, which most rules use, are walked directly.
    const steps = simpleSteps(given);
    if (steps)
        return evaluateSimplePath(document, steps);
    // The expression passed checkJsonPath when the config was read; 'safe' keeps jsonpath-plus's own
    // sandboxed evaluator as a second wall. Never 'native'.
    const results = (0,index_node_esm/* JSONPath */.E)({ path: given, json: document, resultType: 'all', eval: 'safe', wrap: true });
    return results.map((r) => ({ value: r.value, path: pointerToPath(document, r.pointer) }));
}
const parsedPaths = new Map();
function simpleSteps(given) {
    if (!parsedPaths.has(given))
        parsedPaths.set(given, parseSimplePath(given));
    return parsedPaths.get(given);
}
function pointerToPath(document, pointer) {
    const path = [];
    let node = document;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const step = Array.isArray(node) ? Number(key) : key;
        path.push(step);
        node = typeof node === 'object' && node !== null ? node[key] : undefined;
    }
    return path;
}
function fieldOf(value, field, path) {
    if (field === undefined)
        return { value, path };
    let v = value;
    const p = [...path];
    for (const key of field.split('.')) {
        v = typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? v[key] : undefined;
        p.push(key);
    }
    return { value: v, path: p };
}
/** The block a path is inside, for findings from JSONPath rules. */
function blockAt(flow, path) {
    if (path[0] !== 'Actions' || typeof path[1] !== 'number')
        return undefined;
    return flow.actions.find((a) => a.path[1] === path[1])?.id;
}
/** A short preview of a value for messages, without serialising a whole document to keep 80 characters. */
function preview(v) {
    if (typeof v === 'string')
        return v.length > 80 ? `${v.slice(0, 77)}...` : v;
    if (Array.isArray(v))
        return `[array of ${v.length}]`;
    if (typeof v === 'object' && v !== null)
        return `{object with ${Object.keys(v).length} keys}`;
    return String(v);
}
function jsonPathString(path) {
    return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_]\w*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');
}
function toFinding(doc, flow, { rule, target, result }, range) {
    const path = result.path ?? target.path;
    const blockId = result.blockId ?? blockAt(flow, path);
    let message = result.message;
    if (rule.message) {
        const block = blockId === undefined ? undefined : flow.byId.get(blockId);
        const vars = {
            error: () => result.message,
            property: () => String(path[path.length - 1] ?? ''),
            value: () => preview(target.value),
            path: () => jsonPathString(path),
            blockId: () => blockId ?? '',
            blockName: () => (block ? blockLabel(block) : ''),
            description: () => rule.description ?? '',
        };
        for (const [k, v] of Object.entries(result.values ?? {}))
            vars[k] = () => v;
        message = rule.message.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => (Object.hasOwn(vars, k) ? vars[k]() : m));
    }
    return {
        ruleId: rule.id,
        // A result may ask for less than the rule's severity, never more.
        severity: result.severity !== undefined && SEVERITY_RANK[result.severity] < SEVERITY_RANK[rule.severity] ? result.severity : rule.severity,
        message,
        file: doc.file,
        range,
        ...(blockId !== undefined ? { blockId } : {}),
        ...(doc.name !== undefined ? { flowName: doc.name } : {}),
        ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
        ...(result.evidence && result.evidence.length > 0 ? { evidence: result.evidence } : {}),
    };
}
/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
function lintFlow(doc, rules, entry) {
    const flow = buildFlow(doc);
    const graph = new RoutingGraph(flow);
    const pending = [];
    for (const rule of rules) {
        try {
            for (const given of rule.given) {
                for (const target of evaluateGiven(doc.value, given)) {
                    for (const then of rule.then) {
                        const t = fieldOf(target.value, then.field, target.path);
                        const run = then.fn.run;
                        for (const result of run(t.value, then.options, { flow, graph, path: t.path, document: doc.value, ...(entry ? { entry } : {}) }))
                            pending.push({ rule, target: t, result });
                    }
                }
            }
        }
        catch (e) {
            pending.push({
                rule: { ...rule, severity: 'error', message: undefined },
                target: { value: undefined, path: [] },
                result: { message: `rule "${rule.id}" failed on this flow (${e.message}); the other rules still ran. Please report this with the file.`, path: [] },
            });
        }
    }
    // Every finding's place is found in one pass over the text, and only when there are findings.
    const ranges = doc.ranges(pending.map((p) => ({ path: p.result.path ?? p.target.path, part: p.result.part ?? 'key' })));
    return { findings: pending.map((p, k) => toFinding(doc, flow, p, ranges[k])), flow, graph };
}
/** Lints one file's text: finds its flows, lints each, and reports file-level problems. Never throws. */
function lintText(file, text, rules, entries) {
    const contents = readFlowFile(file, text);
    const findings = contents.problems.map((p) => ({
        ruleId: p.ruleId,
        severity: p.ruleId === 'legacy-format' || p.ruleId === 'unsupported-content' ? 'warn' : 'error',
        message: p.message,
        file,
        range: p.range,
    }));
    const models = contents.flows.map((doc, index) => {
        const { findings: found, flow, graph } = lintFlow(doc, rules, entries?.get(index));
        findings.push(...found);
        return { flow, graph };
    });
    findings.sort(compareFindings);
    return { file, findings, flows: contents.flows.length, models, ...(contents.notAFlow !== undefined ? { notAFlow: contents.notAFlow } : {}) };
}

;// CONCATENATED MODULE: ./src/core/repo/references.ts

function references_text(v) {
    if (typeof v === 'string' && v !== '')
        return v;
    if (typeof v === 'object' && v !== null && typeof v['text'] === 'string')
        return v['text'];
    return undefined;
}
function metadataName(action, keys) {
    const md = blockMetadata(action);
    if (!md)
        return undefined;
    for (const k of keys) {
        const v = Object.hasOwn(md, k) ? references_text(md[k]) : undefined;
        if (v)
            return v;
    }
    return undefined;
}
/** Every reference from one flow to others: TransferToFlow, InvokeFlowModule and UpdateContactEventHooks. */
function flowReferences(flow) {
    const refs = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
        const a = actionList[ai];
        const p = a.parameters;
        const param = (k) => (Object.hasOwn(p, k) && typeof p[k] === 'string' && p[k] !== '' ? p[k] : undefined);
        if (a.type === 'TransferToFlow') {
            const value = param('ContactFlowId');
            if (value)
                refs.push({ kind: 'flow', block: a, path: [...a.path, 'Parameters', 'ContactFlowId'], value, nameHint: metadataName(a, ['ContactFlow', 'contactFlow']) });
        }
        else if (a.type === 'InvokeFlowModule') {
            const value = param('FlowModuleId');
            if (value)
                refs.push({ kind: 'module', block: a, path: [...a.path, 'Parameters', 'FlowModuleId'], value, nameHint: metadataName(a, ['contactFlowModuleName', 'FlowModule', 'flowModule']) });
        }
        else if (a.type === 'UpdateContactEventHooks') {
            const hooks = Object.hasOwn(p, 'EventHooks') ? p['EventHooks'] : undefined;
            if (typeof hooks !== 'object' || hooks === null)
                continue;
            for (const [hook, v] of Object.entries(hooks)) {
                if (typeof v !== 'string' || v === '')
                    continue;
                refs.push({ kind: 'hook', block: a, path: [...a.path, 'Parameters', 'EventHooks', hook], value: v, hook, nameHint: metadataName(a, ['contactFlow', 'ContactFlow']) });
            }
        }
    }
    return refs;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The id at the end of a flow or module ARN (…/contact-flow/<id>, …/flow-module/<id>), or the value if it is an id. */
function idOf(value) {
    const last = value.slice(value.lastIndexOf('/') + 1);
    return UUID.test(last) ? last.toLowerCase() : undefined;
}
function referenceShape(value) {
    // A contact attribute chosen at run time: nothing to check before deploy.
    if (/^\$\.[A-Za-z]/.test(value))
        return { kind: 'dynamic' };
    const cfn = /^\$\{([A-Za-z0-9]+)(?:\.(?:Arn|ContactFlowArn|ContactFlowModuleArn|Id))?\}$/.exec(value);
    if (cfn)
        return { kind: 'template', name: cfn[1], cloudFormation: /\.\w+\}$/.test(value) };
    const placeholder = /^(?:\$\{([\w.-]+)\}|%%([\w.-]+)%%|\{\{\s*([\w.-]+)\s*\}\})$/.exec(value);
    if (placeholder)
        return { kind: 'template', name: (placeholder[1] ?? placeholder[2] ?? placeholder[3]), cloudFormation: false };
    const id = idOf(value);
    if (id)
        return { kind: 'id', id };
    return { kind: 'name', name: value };
}

;// CONCATENATED MODULE: ./src/core/repo/link.ts




function fieldsOf(state, flow) {
    if (!state || !state.loaded)
        return { loaded: false, fields: [], fromEntry: false };
    let fields;
    for (const l of state.lookups) {
        if (l === ENTRY_PROFILE)
            continue;
        const f = [...responseFields(flow.actions[l]), ...PROFILE_ALWAYS_PROVIDED];
        fields = intersect(fields ?? 'any', f);
    }
    return { loaded: true, fields: fields ?? 'any', fromEntry: state.lookups.includes(ENTRY_PROFILE) };
}
function intersect(a, b) {
    if (a === 'any')
        return b;
    if (b === 'any')
        return a;
    const lower = new Set(b.map((x) => x.toLowerCase()));
    return a.filter((x) => lower.has(x.toLowerCase()));
}
/** Summarises one linted flow for the repository pass (pure; the ranges come from one scan of the flow). */
function summarizeFlow(flow, graph, index, loadedAtEntryByDefault) {
    const refs = flowReferences(flow);
    const doc = flow.doc;
    const ids = (doc.identifiers ?? []).flatMap((v) => {
        const id = idOf(v);
        return id ? [id] : [];
    });
    let references = [];
    if (refs.length > 0) {
        const local = profileStates(graph, false);
        const withEntry = profileStates(graph, true);
        const ranges = doc.ranges(refs.map((r) => ({ path: r.path, part: 'value' })));
        references = refs.map((r, k) => ({
            kind: r.kind,
            blockId: r.block.id,
            block: blockLabel(r.block),
            value: r.value,
            ...(r.nameHint !== undefined ? { nameHint: r.nameHint } : {}),
            ...(r.hook !== undefined ? { hook: r.hook } : {}),
            range: ranges[k],
            local: fieldsOf(local[r.block.index], flow),
            withEntry: fieldsOf(withEntry[r.block.index], flow),
        }));
    }
    return { file: doc.file, index, ...(doc.name !== undefined ? { name: doc.name } : {}), ...(doc.substitutions ? { substitutions: doc.substitutions } : {}), ids, ...(flow.flowType !== undefined ? { flowType: flow.flowType } : {}), references, loadedAtEntryByDefault };
}
function flowTitle(s) {
    return s.name !== undefined ? `${s.name} (${s.file})` : s.file;
}
/**
 * Links the flows of a repository: resolves each reference (by the target's Id or ARN, by a template's
 * logical id, by flow name, or by the config's `flows` map), then carries the profile state at each call
 * into the callee's entry, merged over all callers, to a fixpoint (call cycles are fine: the states only
 * shrink). Pure.
 */
function linkRepository(summaries, aliases = new Map()) {
    const byId = new Map();
    const byName = new Map();
    summaries.forEach((s, i) => {
        for (const id of s.ids)
            byId.set(id, i);
        if (s.name !== undefined)
            byName.set(s.name, [...(byName.get(s.name) ?? []), i]);
    });
    const byFile = (file, name) => {
        const found = summaries.findIndex((s) => s.file === file && (name === undefined || s.name === name));
        return found === -1 ? undefined : found;
    };
    // Files named after their flow (flows/Billing.json, Terraform's <name>.json): the stem is a name too.
    const stems = summaries.map((s) => s.file.slice(s.file.lastIndexOf('/') + 1).replace(/(\.json|\.tftpl|\.ya?ml|\.template)+$/i, ''));
    const named = (name, fromFile) => {
        const candidates = byName.get(name) ?? [];
        // A template's logical ids are names within that template first.
        const found = candidates.find((c) => summaries[c].file === fromFile) ?? (candidates.length === 1 ? candidates[0] : undefined);
        if (found !== undefined)
            return found;
        const byStem = stems.flatMap((stem, i) => (stem === name || stem.endsWith(`.${name}`) ? [i] : []));
        return byStem.length === 1 ? byStem[0] : undefined;
    };
    const resolve = (s, value, nameHint) => {
        const alias = aliases.get(value) ?? (nameHint !== undefined ? aliases.get(nameHint) : undefined);
        if (alias) {
            const t = byFile(alias.file, alias.name);
            return t !== undefined ? { status: 'resolved', target: t, via: 'map' } : { status: 'unresolved', why: `the config's flows map points it at ${alias.file}${alias.name ? `#${alias.name}` : ''}, which holds no such flow` };
        }
        const shape = referenceShape(value);
        switch (shape.kind) {
            case 'dynamic':
                return { status: 'dynamic' };
            case 'template': {
                // An Fn::Sub variable that is a GetAtt/Ref of another resource means that resource.
                const logical = s.substitutions?.get(shape.name);
                if (logical !== undefined) {
                    const t = named(logical, s.file);
                    return t !== undefined ? { status: 'resolved', target: t, via: 'template' } : { status: 'unresolved', why: `no flow resource "${logical}" (named by the Fn::Sub variable ${shape.name}) in this template` };
                }
                const t = named(shape.name, s.file);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'template' };
                return shape.cloudFormation ? { status: 'unresolved', why: `no flow resource "${shape.name}" in this template` } : { status: 'placeholder', name: shape.name };
            }
            case 'id': {
                const t = byId.get(shape.id);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'id' };
                const n = nameHint !== undefined ? named(nameHint, s.file) : undefined;
                if (n !== undefined)
                    return { status: 'resolved', target: n, via: 'name' };
                return { status: 'unresolved', why: `no flow in the repository has the id ${shape.id}${nameHint ? ` or the name "${nameHint}"` : ''}` };
            }
            case 'name': {
                const t = named(shape.name, s.file);
                return t !== undefined ? { status: 'resolved', target: t, via: 'name' } : { status: 'unresolved', why: `no flow in the repository is named "${shape.name}"` };
            }
        }
    };
    const resolutions = summaries.map((s) => s.references.map((r) => resolve(s, r.value, r.nameHint)));
    const calls = [];
    const callers = new Map();
    summaries.forEach((s, i) => s.references.forEach((r, k) => {
        const res = resolutions[i][k];
        if (res.status !== 'resolved')
            return;
        calls.push({ from: i, to: res.target, kind: r.kind, blockId: r.blockId, ...(r.hook !== undefined ? { hook: r.hook } : {}) });
        callers.set(res.target, [...(callers.get(res.target) ?? []), { from: i, ref: r }]);
    }));
    // Fixpoint: a flow's entry is the meet of the states its callers hand over; unknown callers count as top.
    const entries = new Map();
    const entryOf = (i) => callers.has(i) ? entries.get(i) : { loaded: summaries[i].loadedAtEntryByDefault, fields: 'any' };
    const work = [...callers.keys()];
    const queued = new Set(work);
    let steps = 0;
    while (work.length > 0 && steps++ < 100_000) {
        const t = work.shift();
        queued.delete(t);
        let loaded = true;
        let fields = 'any';
        const seen = [];
        let known = false;
        for (const { from, ref } of callers.get(t)) {
            const e = entryOf(from);
            if (!e)
                continue;
            known = true;
            const at = e.loaded ? ref.withEntry : ref.local;
            const f = at.loaded ? (at.fromEntry ? intersect(at.fields, e.fields) : at.fields) : [];
            seen.push({ flow: flowTitle(summaries[from]), blockId: ref.blockId, block: ref.block, loaded: at.loaded, fields: f });
            loaded &&= at.loaded;
            fields = intersect(fields, f);
        }
        if (!known)
            continue;
        const next = { loaded, fields: loaded ? fields : [], callers: seen };
        const old = entries.get(t);
        const same = old && old.loaded === next.loaded && (old.fields === 'any' ? next.fields === 'any' : next.fields !== 'any' && old.fields.length === next.fields.length) && old.callers.length === next.callers.length;
        entries.set(t, next);
        if (same)
            continue;
        for (const c of calls)
            if (c.from === t && callers.has(c.to) && !queued.has(c.to)) {
                queued.add(c.to);
                work.push(c.to);
            }
    }
    return { resolutions, entries, calls };
}

;// CONCATENATED MODULE: ./src/core/repo/reference-findings.ts
const VERB = { flow: 'transfers the contact to the flow', module: 'invokes the module', hook: 'sets as its event flow' };
/** Findings of `reference-exists`: references that should lead to a flow of the repository and do not. */
function referenceFindings(summaries, links, ruleFor) {
    const findings = [];
    summaries.forEach((s, i) => {
        const rule = ruleFor(s);
        if (!rule)
            return;
        const external = rule.then[0]?.options['external'] ?? [];
        s.references.forEach((r, k) => {
            const res = links.resolutions[i][k];
            if (res.status !== 'unresolved')
                return;
            if (external.some((re) => re.test(r.value) || (r.nameHint !== undefined && re.test(r.nameHint))))
                return;
            const what = r.kind === 'hook' ? `${VERB.hook} (${r.hook})` : VERB[r.kind];
            findings.push({
                ruleId: rule.id,
                severity: rule.severity,
                message: `"${r.block}" (${r.blockId}) ${what} "${r.value}"${r.nameHint ? ` ("${r.nameHint}" in the designer)` : ''}, but ${res.why}. ` +
                    `Add that flow's file to the repository, map the reference to a file in the config's "flows", or mark it as deployed elsewhere with the option "external".`,
                file: s.file,
                range: r.range,
                blockId: r.blockId,
                ...(s.name !== undefined ? { flowName: s.name } : {}),
                ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
            });
        });
    });
    return findings;
}

// EXTERNAL MODULE: ./src/runtime/heap.ts + 1 modules
var heap = __webpack_require__(8582);
;// CONCATENATED MODULE: ./src/cli/lint-files.ts









/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A path as findings name it: relative to the working directory, with forward slashes. */
function relativeName(cwd, file) {
    if (file.startsWith(BUILTIN_PREFIX))
        return file;
    const r = (0,external_node_path_.relative)(cwd, file);
    return (r.startsWith('..') ? file : r).split(external_node_path_.sep).join('/');
}
const ruleUsing = (rules, fn) => rules.find((r) => r.then.some((t) => t.functionName === fn));
/**
 * Reads and lints files (the adapter side of the core: it does the I/O), then links them as a repository:
 * references between flows are resolved, `reference-exists` reports those that lead nowhere, and flows that
 * other flows call are linted again with the customer profile their callers hand over. A file that cannot
 * be read or is over the size limit becomes a finding, and the run goes on.
 */
function lintFiles(files, config, cwd, options = {}) {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const perFile = new Map();
    const reports = new Map();
    const memo = new Map();
    const summaries = [];
    const absOf = new Map();
    const rulesOf = (abs) => rulesFor(config, abs.split(external_node_path_.sep).join('/'), memo);
    const keepModels = (file) => (typeof options.keepReports === 'function' ? options.keepReports(file) : options.keepReports === true);
    const lintInto = (abs, name, size) => {
        const one = lintOneFile(abs, name, maxBytes, rulesOf(abs), keepModels(name), undefined, size);
        perFile.set(name, one.findings);
        if (one.report)
            reports.set(name, one.report);
        for (const s of one.summaries)
            summaries.push(s);
    };
    // Large files are linted after the others: the young generation grows for them and does not shrink again
    // (runtime/heap.ts), so linting one first would carry that into every file after it. The files' order is
    // kept in perFile's keys, and reports and summaries are put back in it below.
    const position = new Map();
    const later = [];
    for (const abs of files) {
        const name = relativeName(cwd, abs);
        absOf.set(name, abs);
        position.set(name, position.size);
        perFile.set(name, []);
        const size = fileSize(abs);
        if (size !== undefined && size <= maxBytes && (0,heap/* isLargeFile */.Y_)(size))
            later.push({ abs, name, size });
        else
            lintInto(abs, name, size);
    }
    for (const f of later)
        lintInto(f.abs, f.name, f.size);
    if (later.length > 0)
        summaries.sort((a, b) => position.get(a.file) - position.get(b.file) || a.index - b.index);
    const aliases = new Map([...config.flows].map(([k, v]) => [k, { ...v, file: relativeName(cwd, v.file) }]));
    const links = linkRepository(summaries, aliases);
    for (const f of referenceFindings(summaries, links, (s) => ruleUsing(rulesOf(absOf.get(s.file) ?? s.file), 'referenceExists')))
        perFile.get(f.file)?.push(f);
    // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
    const entriesByFile = new Map();
    for (const [i, entry] of links.entries) {
        const s = summaries[i];
        const m = entriesByFile.get(s.file) ?? new Map();
        m.set(s.index, entry);
        entriesByFile.set(s.file, m);
    }
    for (const [name, entries] of entriesByFile) {
        const abs = absOf.get(name);
        const one = lintOneFile(abs, name, maxBytes, rulesOf(abs), keepModels(name), entries);
        if (!one.report)
            continue;
        const refs = (perFile.get(name) ?? []).filter((f) => f.ruleId !== undefined && ruleUsing(rulesOf(abs), 'referenceExists')?.id === f.ruleId);
        perFile.set(name, [...one.findings, ...refs]);
        reports.set(name, one.report);
    }
    const findings = [...perFile.values()].flat().sort(compareFindings);
    const all = [...perFile.keys()].flatMap((name) => reports.get(name) ?? []);
    return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}
/**
 * Reads and lints one file. A function of its own so that nothing of the file (its text, parsed value,
 * models) stays reachable from the loop's frame once it returns: a run over thousands of files then keeps
 * only findings and summaries, and the garbage collector never carries one file's model into the next.
 */
function lintOneFile(abs, name, maxBytes, rules, keepModels, entries, size) {
    const problems = [];
    const text = readFlowText(abs, name, maxBytes, problems, size);
    if (text === undefined)
        return { findings: problems, summaries: [] };
    const report = lintText(name, text, rules, entries);
    const summaries = [];
    if (!entries) {
        const loadedByDefault = ruleUsing(rules, 'profileLookupBeforeUse')?.then[0]?.options['profileLoadedAtEntry'] === true;
        report.models.forEach((m, i) => summaries.push(summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
    }
    return { findings: report.findings, report: keepModels ? report : { ...report, models: [] }, summaries };
}
/** The file's size, or undefined when it cannot be read (readFlowText then reports why). */
function fileSize(abs) {
    try {
        return (0,external_node_fs_.statSync)(abs).size;
    }
    catch {
        return undefined;
    }
}
/** The file's text; `knownSize` spares a second stat when the caller already has it. */
function readFlowText(abs, name, maxBytes, findings, knownSize) {
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    let bytes;
    try {
        const size = knownSize ?? (0,external_node_fs_.statSync)(abs).size;
        if (size > maxBytes) {
            findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${size} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
            return undefined;
        }
        (0,heap/* heapForFile */.g1)(size);
        // Most flows are UTF-8: Node decodes those while reading, with no Buffer in between. A replacement
        // character (bytes that are not UTF-8, a UTF-16 byte-order mark) or a NUL (UTF-16 without a mark) sends
        // the file to the byte-level checks below, which name the encoding or the bad byte.
        const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        if (!text.includes('\uFFFD') && !text.includes('\u0000'))
            return text;
        bytes = (0,external_node_fs_.readFileSync)(abs);
    }
    catch (e) {
        findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: `cannot read the file: ${e.code ?? e.message}` });
        return undefined;
    }
    const decoded = decodeFlowBytes(bytes);
    if (typeof decoded === 'string')
        return decoded;
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: { start: decoded.at, end: decoded.at }, message: decoded.message });
    return undefined;
}
/**
 * The text of a flow file. UTF-8 (with or without a byte-order mark) is the format Amazon Connect exports and
 * reads. UTF-16 is what Windows PowerShell 5 writes for `aws connect describe-contact-flow > flow.json`: it is
 * decoded and linted (positions are in characters, as an editor shows them), so those files are not lost. Bytes
 * that are not UTF-8 are a parse error at their line and column, never a lint of U+FFFD replacement characters.
 */
function decodeFlowBytes(bytes) {
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        if ((bytes.length - utf16.skip) % 2 !== 0)
            return { message: `the file looks like ${utf16.label} but has an odd number of bytes: save it as UTF-8`, at: { line: 1, column: 1 } };
        const body = Buffer.from(bytes.subarray(utf16.skip));
        if (utf16.label.startsWith('UTF-16BE'))
            body.swap16();
        // A byte-order mark, when there is one, is kept as U+FEFF: the reader treats it as it does UTF-8's.
        return (utf16.skip === 2 ? '\ufeff' : '') + body.toString('utf16le');
    }
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad).toString('utf8');
    const lineStart = before.lastIndexOf('\n') + 1;
    const at = { line: before.split('\n').length, column: before.length - lineStart + 1 };
    const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    return { message: `the file is not valid UTF-8: byte ${bad} (${hex}) is not a UTF-8 character, so the file was not linted: save it as UTF-8 (it may be Latin-1/Windows-1252 or Shift_JIS)`, at };
}
/** UTF-16 by its byte-order mark, or (no mark) by the zero bytes JSON's ASCII punctuation leaves. */
function utf16Encoding(b) {
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
        return b.length >= 4 && b[2] === 0 && b[3] === 0 ? undefined : { label: 'UTF-16LE', skip: 2 };
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
        return { label: 'UTF-16BE', skip: 2 };
    if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0)
        return { label: 'UTF-16LE (no byte-order mark)', skip: 0 };
    if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0)
        return { label: 'UTF-16BE (no byte-order mark)', skip: 0 };
    return undefined;
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const d = b[i + k];
            if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf))
                return i;
        }
        i += n + 1;
    }
    return b.length;
}

;// CONCATENATED MODULE: ./src/cli/main.ts


















const FORMATS = ['stylish', 'json', 'sarif', 'github'];
const HELP = `Usage: connect-flow-lint [options] [paths or globs...]
       connect-flow-lint graph FILE [OTHER_FILE] [--base REF] [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]
       connect-flow-lint init [--force]

Lints Amazon Connect contact flows (flow-language exports and describe-contact-flow output).
With no paths, lints the flows under the current folder: .json, .yaml/.yml (CloudFormation), .template and
.tftpl files (skipping node_modules, dist, .git).

Options:
  -c, --config FILE        config file (default: nearest .connect-flow-lint.yaml/.yml upward,
                           else the built-in connect-flow-lint:recommended)
  -f, --format NAME        stylish (default), json, sarif, github
  -o, --output-file FILE   write the report to FILE instead of standard output
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --print-config FILE  print the rules that apply to FILE, and where each was set
      --max-file-size N    skip files over N bytes with a finding (default ${DEFAULT_MAX_FILE_BYTES})
      --baseline FILE      report only findings not in FILE; writes FILE when it does not exist
      --update-baseline    rewrite the --baseline FILE with the current findings
      --allow-functions    run custom rule functions from JavaScript files in the repository
      --verbose            say which files were skipped and why
      --color              colour even when the output is not a terminal
      --no-color           plain output (also NO_COLOR=1)
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or config error.
Docs: https://github.com/connect-flow-lint/connect-flow-lint#readme`;
class UsageError extends Error {
}
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                format: { type: 'string', short: 'f', default: 'stylish' },
                'output-file': { type: 'string', short: 'o' },
                'max-warnings': { type: 'string' },
                quiet: { type: 'boolean', short: 'q', default: false },
                'print-config': { type: 'string' },
                'max-file-size': { type: 'string' },
                verbose: { type: 'boolean', default: false },
                'allow-functions': { type: 'boolean', default: false },
                baseline: { type: 'string' },
                'update-baseline': { type: 'boolean', default: false },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (e) {
        throw new UsageError(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun connect-flow-lint --help for the options.`);
    }
}
function nonNegativeInt(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--${name} takes a whole number, not "${value}"`);
    return Number(value);
}
/**
 * Finds, reads and resolves the config: --config, else the nearest .connect-flow-lint.yaml upward, else the
 * built-in recommended ruleset. Custom functions the rulesets declare are loaded first.
 */
async function loadConfig(cwd, configPath, options = {}) {
    const entry = options.entry ??
        (configPath !== undefined
            ? readConfigArgument(cwd, configPath)
            : (() => {
                const found = discoverConfig(cwd);
                return found ? readConfigFile(found) : builtinRuleset(`${BUILTIN_PREFIX}recommended`);
            })());
    // Extends may not leave the repository: the working directory, or the folder of a config above it.
    const root = entry.file.startsWith(BUILTIN_PREFIX) || isInsideDir(cwd, entry.file) ? cwd : (0,external_node_path_.dirname)(entry.file);
    const loader = options.loader ?? createLoader(root);
    const declarations = functionDeclarations(entry, loader);
    if (declarations.length === 0)
        return resolveConfig(entry, loader);
    const { registry, problems } = await loadCustomFunctions(declarations, options.allowFunctions === true);
    if (problems.length > 0)
        throw new ConfigError(problems);
    return resolveConfig(entry, loader, registry);
}
function isInsideDir(dir, file) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), file);
    return !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
function readConfigArgument(cwd, configPath) {
    if (configPath.startsWith(BUILTIN_PREFIX))
        return builtinRuleset(configPath);
    try {
        return readConfigFile((0,external_node_path_.resolve)(cwd, configPath));
    }
    catch (e) {
        throw new UsageError(`cannot read the config ${configPath}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
}
function printConfig(config, file) {
    const rules = {};
    // Rules an override turns off are listed too, with the override as where they were set.
    for (const effective of effectiveRules(config, file).sort((a, b) => a.id.localeCompare(b.id))) {
        rules[effective.id] = {
            severity: effective.severity,
            given: effective.given,
            then: effective.then.map((t) => ({
                ...(t.field !== undefined ? { field: t.field } : {}),
                function: t.functionName,
                functionOptions: Object.fromEntries(Object.entries(t.options).map(([k, v]) => [k, v instanceof RegExp ? v.source : Array.isArray(v) ? v.map((x) => (x instanceof RegExp ? x.source : x)) : v])),
            })),
            definedIn: describeOrigin(effective.definedIn),
            setIn: describeOrigin(effective.setIn),
        };
    }
    return `${JSON.stringify({ file, configFiles: config.files, rules }, null, 2)}\n`;
}
function ruleInfo(config) {
    return [...config.rules.values()].map((r) => ({ id: r.id, description: r.description, documentationUrl: r.documentationUrl, severity: r.severity }));
}
/** The CLI: gathers files and options, calls the core, prints a report. Returns the exit code. */
async function run(argv, io) {
    try {
        return await runUnchecked(argv, io);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.error(`connect-flow-lint: ${e.message}\n`);
            return 2;
        }
        if (e instanceof ConfigError) {
            io.error(`connect-flow-lint: the config has ${e.problems.length === 1 ? 'a problem' : `${e.problems.length} problems`}:\n`);
            for (const p of e.problems)
                io.error(`  ${relativeName(io.cwd, p.file)}:${p.at.line}:${p.at.column}: ${p.message}\n`);
            return 2;
        }
        io.error(`connect-flow-lint: internal error: ${e.message}\nPlease report it with the command you ran.\n`);
        return 2;
    }
}
/** The call graph between the flows under `paths`, linked the way a lint run links them. */
async function repoGraph(paths, format, io) {
    const config = await loadConfig(io.cwd, undefined);
    const { files, unmatched } = collectFiles(paths, io.cwd);
    if (unmatched.length > 0)
        throw new UsageError(`no such file or no match: ${unmatched.join(', ')}`);
    const { summaries, links } = lintFiles(files, config, io.cwd);
    if (format === 'json')
        return `${JSON.stringify(callGraphJson(summaries, links), null, 2)}\n`;
    if (format === 'dot')
        return callGraphDot(summaries, links);
    const chart = callGraphMermaid(summaries, links);
    return chart.text + (chart.note ? `%% ${chart.note}\n` : '');
}
const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/connect-flow-lint/schema/config.schema.json
# connect-flow-lint config: https://github.com/connect-flow-lint/connect-flow-lint#configuration
extends: [connect-flow-lint:recommended]

rules:
  # logging-enabled: warn                     # error | warn | info | off
  # error-branches-wired: [error, { strict: true }]

overrides:
  # Flows entered from another flow may arrive with a customer profile already loaded.
  # - files: ["flows/modules/**"]
  #   rules:
  #     profile-lookup-before-use: { options: { profileLoadedAtEntry: true } }
  #     profile-response-fields: { options: { profileLoadedAtEntry: true } }
`;
/** \`connect-flow-lint init\`: writes a starter config, never over an existing one unless --force. */
function init(argv, io) {
    const force = argv.includes('--force');
    const unknown = argv.filter((a) => a !== '--force');
    if (unknown.length > 0)
        throw new UsageError(`init takes only --force, not ${unknown.join(' ')}`);
    const path = (0,external_node_path_.resolve)(io.cwd, '.connect-flow-lint.yaml');
    if ((0,external_node_fs_.existsSync)(path) && !force)
        throw new UsageError(`${path} already exists: edit it, or run init --force to replace it`);
    (0,external_node_fs_.writeFileSync)(path, STARTER_CONFIG);
    io.write(`Wrote ${relativeName(io.cwd, path)}: it extends connect-flow-lint:recommended. Editors with the YAML extension check it against the schema named on its first line.\n`);
    return 0;
}
async function runUnchecked(argv, io) {
    if (argv[0] === 'init')
        return init(argv.slice(1), io);
    if (argv[0] === 'graph') {
        try {
            io.write(await graphCommand(argv.slice(1), io.cwd, (paths, format) => repoGraph(paths, format, io)));
            return 0;
        }
        catch (e) {
            if (e instanceof GraphUsageError)
                throw new UsageError(e.message);
            throw e;
        }
    }
    const { values: opts, positionals } = parse(argv);
    if (opts.help) {
        io.write(`${HELP}\n`);
        return 0;
    }
    if (opts.version) {
        io.write(`${VERSION}\n`);
        return 0;
    }
    const format = opts.format;
    if (!FORMATS.includes(format))
        throw new UsageError(`unknown format "${opts.format}": use one of ${FORMATS.join(', ')}`);
    const maxWarnings = nonNegativeInt('max-warnings', opts['max-warnings']);
    const maxFileBytes = nonNegativeInt('max-file-size', opts['max-file-size']) ?? DEFAULT_MAX_FILE_BYTES;
    const color = opts['no-color'] ? false : opts.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR'] && opts['output-file'] === undefined);
    const config = await loadConfig(io.cwd, opts.config, { allowFunctions: opts['allow-functions'] });
    if (opts['print-config'] !== undefined) {
        io.write(printConfig(config, (0,external_node_path_.resolve)(io.cwd, opts['print-config']).split(external_node_path_.sep).join('/')));
        return 0;
    }
    const { files, skipped, unmatched } = collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
    if (unmatched.length > 0)
        throw new UsageError(`no such file or no match: ${unmatched.join(', ')}`);
    if (opts.verbose)
        for (const s of skipped)
            io.error(`skipped ${s.path}: ${s.reason}\n`);
    const { findings: all, reports, flows } = lintFiles(files, config, io.cwd, { maxFileBytes });
    if (opts.verbose)
        for (const r of reports)
            if (r.notAFlow)
                io.error(`skipped ${r.file}: not a flow: ${r.notAFlow}\n`);
    let findings = all;
    if (opts.baseline !== undefined) {
        const path = (0,external_node_path_.resolve)(io.cwd, opts.baseline);
        if (!(0,external_node_fs_.existsSync)(path) || opts['update-baseline']) {
            (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(createBaseline(all), null, 2)}\n`);
            io.error(`connect-flow-lint: wrote the baseline ${opts.baseline} with ${all.length} finding(s); later runs with --baseline report only new findings.\n`);
            return 0;
        }
        let baseline;
        try {
            baseline = parseBaseline((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (e) {
            throw new UsageError(`the baseline ${opts.baseline} is unusable: ${e.message}. Delete it and run again to write a new one.`);
        }
        const { fresh, known } = applyBaseline(all, baseline);
        findings = fresh;
        if (known > 0)
            io.error(`connect-flow-lint: ${known} finding(s) already in the baseline ${opts.baseline} are not reported.\n`);
    }
    else if (opts['update-baseline'])
        throw new UsageError('--update-baseline needs --baseline FILE');
    const shown = opts.quiet ? findings.filter((f) => f.severity === 'error') : findings;
    if (opts.verbose)
        io.error(`linted ${flows} flow${flows === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    let output;
    switch (format) {
        case 'json':
            output = formatJson(shown);
            break;
        case 'sarif':
            output = formatSarif(shown, ruleInfo(config), { name: 'connect-flow-lint', version: VERSION, informationUri: 'https://github.com/connect-flow-lint/connect-flow-lint' });
            break;
        case 'github':
            output = formatGithub(shown);
            break;
        default:
            output = formatStylish(shown, { color });
    }
    if (opts['output-file'] !== undefined) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, opts['output-file']), output);
    }
    else
        io.write(output);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warn').length;
    if (errors > 0)
        return 1;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.error(`connect-flow-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
        return 1;
    }
    return 0;
}


/***/ })

};
