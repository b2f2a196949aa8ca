export const id = 145;
export const ids = [145];
export const modules = {

/***/ 9145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: STARTER_CONFIG, colorFromEnv, underCi

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
/** The flow-language reference (APIReference) pages, by page name. */
const REF = (page) => `https://docs.aws.amazon.com/connect/latest/APIReference/${page}.html`;
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
    ...(p.requiredUnless ? { requiredUnless: Object.freeze(Object.assign(Object.create(null), p.requiredUnless)) } : {}),
    ...(p.legacy ? { legacy: Object.freeze(Object.assign(Object.create(null), p.legacy)) } : {}),
    ...(p.optional ? { optional: Object.freeze([...p.optional]) } : {}),
    ...(p.shapes ? { shapes: Object.freeze(Object.assign(Object.create(null), p.shapes)) } : {}),
});
const spec = (s) => Object.freeze({
    ...s,
    ...(s.evidence
        ? { evidence: Object.freeze({ ...s.evidence, ...(s.evidence.exports ? { exports: Object.freeze([...s.evidence.exports]) } : {}) }) }
        : {}),
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
                ...(c.strict ? { strict: true } : {}),
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
        evidence: { reference: REF('participant-actions-messageparticipant'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference (participant-actions-messageparticipant): PromptId | Text | SSML (at most one), Media.
        // Corpus: Text 155, SSML 26 of 181 blocks. A current console export (speed-dial consent module, block
        // error-msg) also writes SkipWhenDTMFBufferEnabled "false", which the reference does not list: exports win.
        parameters: {
            optional: ['Text', 'SSML', 'PromptId', 'Media', 'SkipWhenDTMFBufferEnabled'],
            shapes: { Text: 'string', SSML: 'string', PromptId: 'string', Media: 'object', SkipWhenDTMFBufferEnabled: 'boolean' },
        },
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
        evidence: { reference: REF('participant-actions-getparticipantinput'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
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
        evidence: { reference: REF('participant-actions-connectparticipantwithlexbot'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineNLUInput.json",
            ] },
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
                LexSessionAttributes: 'object', LexInitializationData: 'object',
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
        evidence: { reference: REF('participant-actions-disconnectparticipant'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
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
        evidence: { reference: REF('participant-actions-messageparticipantiteratively'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_customer_queue_AUTO.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
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
        evidence: { reference: REF('participant-actions-showview'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
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
     *  false positives); with False, success leaves the flow. Not in corpus; one console export checked
     *  (cresta/amazon-connect-pstn-transfer VA_PSTN_Transfer.json: ContinueFlowExecution "True", all three
     *  wired). Parameters (ThirdPartyPhoneNumber, ThirdPartyConnectionTimeLimitSeconds, ThirdPartyDTMFDigits,
     *  ContinueFlowExecution there) are not listed: one export is too few to say what is required. */
    TransferParticipantToThirdParty: spec({
        evidence: { reference: REF('participant-actions-transferparticipanttothirdparty'), exports: [
                "cresta/amazon-connect-pstn-transfer/VA_PSTN_Transfer.json",
            ] },
        errors: [NME],
        conditionalErrors: [
            { type: 'CallFailed', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
            { type: 'ConnectionTimeLimitExceeded', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
        ],
        endsOnSuccess: true,
    }),
    // ───────────────────────── Contact actions ─────────────────────────
    /** "Set contact attributes": 149 of 149 wire NoMatchingError. No customer interaction, no external call. */
    UpdateContactAttributes: spec({
        evidence: { reference: REF('contact-actions-updatecontactattributes'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
            ] },
        // Reference: Attributes; TargetContact ("Current" | "Related") on the newer page. Corpus: Attributes 225 of 225,
        // TargetContact 50.
        parameters: { required: ['Attributes'], optional: ['TargetContact'], shapes: { Attributes: 'object', TargetContact: 'string' } },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME], setup: true,
    }),
    /** "Set working queue": 33 of 33 wire NoMatchingError. */
    UpdateContactTargetQueue: spec({
        evidence: { reference: REF('contact-actions-updatecontacttargetqueue'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
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
        evidence: { reference: REF('contact-actions-transfercontacttoqueue'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
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
        evidence: { reference: REF('contact-actions-dequeuecontactandtransfertoqueue') },
        // Reference: QueueId [Optional] | AgentId [Optional].
        parameters: { optional: ['QueueId', 'AgentId'], shapes: { QueueId: 'string', AgentId: 'string' } },
        // Reference: "only supported in the customer queue flow. It is not supported in any other type of flow."
        flowTypes: [...CUSTOMER_QUEUE],
        errors: ['QueueAtCapacity', NME],
        endsOnSuccess: true,
    }),
    /** Reference: "Ends the current flow", Errors: None. Exported with empty Transitions. */
    TransferContactToAgent: spec({
        evidence: { reference: REF('contact-actions-transfercontacttoagent') },
        // Reference: "No parameters are expected."
        parameters: {},
        // Reference: "supported in only transfer to agent and transfer to queue flows."
        flowTypes: [...TRANSFER],
        errors: [], terminal: true,
    }),
    /** "Set event hook": 13 of 13 wire NoMatchingError. */
    UpdateContactEventHooks: spec({
        evidence: { reference: REF('contact-actions-updatecontacteventhooks'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Inbound.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
            ] },
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
        evidence: { reference: REF('contact-actions-updatecontactrecordingbehavior'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/imports/resources/flows/acme_outbound_flow1_AUTO.json",
            ] },
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
    /** Newer "Set recording and analytics behavior" block. One console export checked (speed-dial consent module,
     *  4 blocks): VoiceBehavior / ChatBehavior parameters, and every block wires NoMatchingError and
     *  ChannelMismatch (the chat ones also InFlightRedactionConfigurationFailed). One repository is not enough to
     *  demand them of every flow: strict-only. */
    UpdateContactRecordingAndAnalyticsBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactrecordingandanalyticsbehavior'), exports: [
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        parameters: { optional: ['VoiceBehavior', 'ChatBehavior'], shapes: { VoiceBehavior: 'object', ChatBehavior: 'object' } },
        errors: [], optionalErrors: [NME, 'ChannelMismatch'], setup: true,
    }),
    /** "Set voice": 0 of 4 corpus blocks have an error branch (`Errors: []`), and the older reference page
     *  says "Errors: None"; the current page adds NoMatchingError "Must always be defined". Exports the
     *  service accepted win: the branch is wanted only under `strict`. */
    UpdateContactTextToSpeechVoice: spec({
        evidence: { reference: REF('contact-actions-updatecontacttexttospeechvoice'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
            ] },
        // Reference: TextToSpeechVoice, TextToSpeechEngine, TextToSpeechStyle, none marked required. Corpus: Voice 6 of 6,
        // Engine 1, Style 1.
        parameters: {
            optional: ['TextToSpeechVoice', 'TextToSpeechEngine', 'TextToSpeechStyle'],
            shapes: { TextToSpeechVoice: 'string', TextToSpeechEngine: 'string', TextToSpeechStyle: 'string' },
        },
        // Reference: "supported in all flow types, and across all channels."
        flowTypes: 'all',
        errors: [], optionalErrors: [NME], setup: true,
    }),
    /** "Set callback number": reference + corpus (1 of 1) wire InvalidCallbackNumber and CallbackNumberNotDialable.
     *  The corpus block has no NoMatchingError, so it is not required. */
    UpdateContactCallbackNumber: spec({
        evidence: { reference: REF('contact-actions-updatecontactcallbacknumber'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow_module.GTS-Dynamic-Callback)",
            ] },
        // Reference: CallbackNumber, "a single, valid JSONPath reference" (1 of 1: "$.StoredCustomerInput").
        parameters: { required: ['CallbackNumber'], shapes: { CallbackNumber: 'string' } },
        // Reference: "only in contact flows, transfer flows, and customer queue flows. This is not supported in
        // whispers or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'],
    }),
    /** "Start/stop media streaming": 3 of 3 wire NoMatchingError. */
    UpdateContactMediaStreamingBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactmediastreamingbehavior'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWSSCVAgentWhisperWithStreaming.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Inbound_Flow_with_Transcription.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Outbound_Flow_with_Transcription.json",
            ] },
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
        evidence: { reference: REF('contact-actions-updatecontactdata'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/Cards/SBSGuides_Example_Cards_Handler.json",
            ] },
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
        evidence: { reference: REF('contact-actions-invokeflowmodule'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
            ] },
        // Reference: FlowModuleId (26 of 26).
        parameters: { required: ['FlowModuleId'], shapes: { FlowModuleId: 'string' } },
        // Reference: "only supports Inbound flow types"; the admin guide (contact-flow-modules) now allows modules to
        // invoke modules ("up to five levels of nesting"), so MODULE too. Corpus: CONTACT_FLOW only.
        flowTypes: [...INBOUND, MODULE],
        errors: [NME],
    }),
    /** "Return" from a module: 3 of 3 have empty Transitions. */
    EndFlowModuleExecution: spec({
        evidence: { reference: REF('contact-actions-endflowmoduleexecution'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_ContactFlowModule_AUTO.json",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference: empty parameter object (5 of 5 corpus blocks `{}`). Modules with named results (the speed-dial
        // console exports, e.g. aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json) write Result and ResultData: known names.
        parameters: { optional: ['Result', 'ResultData'], shapes: { Result: 'string', ResultData: 'object' } },
        // Reference: "available only in flow modules" (admin guide "Return (from module)": no other flow type).
        flowTypes: [MODULE],
        errors: [], terminal: true,
    }),
    /** "Create task": 3 of 3 wire NoMatchingError. */
    CreateTask: spec({
        evidence: { reference: REF('createtask'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/CreateAndReviewTask/SBSGuides_Example_CreateAndReviewTasks_Create.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Tasks/SBSGuides_Module_Task_Create.json",
            ] },
        // Reference (createtask): ContactFlowId, Name; [Optional] Attributes, Description, References, DelaySeconds,
        // ScheduledTime, TaskTemplateId. Corpus: Name, ContactFlowId, Description, Attributes 3 of 3. A block that
        // creates the task from a template (TaskTemplateId) takes the flow and the name from the template (the
        // template API: "The identifier of the flow that runs by default when a task is created by referencing this
        // template"), so the two are required only without one.
        parameters: {
            required: ['ContactFlowId', 'Name'],
            requiredUnless: { ContactFlowId: ['TaskTemplateId'], Name: ['TaskTemplateId'] },
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
        evidence: { reference: REF('getcase'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
            ] },
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
        evidence: { reference: REF('createcase'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
            ] },
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
        evidence: { reference: REF('updatecase') },
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
    }),
    /** "Tag contact": +CFN 4 of 4 wire NoMatchingError (not in the JSON corpus). */
    TagContact: spec({
        evidence: { reference: REF('contact-actions-tagcontact'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference (contact-actions-tagcontact): Tags (+CFN 4 of 4).
        parameters: { required: ['Tags'], shapes: { Tags: 'object' } },
        // Reference: "This can be used in any type of flow and any channel." +CFN: CUSTOMER_QUEUE 2, MODULE 2.
        flowTypes: 'all',
        errors: [NME],
    }),
    UnTagContact: spec({
        evidence: { reference: REF('contact-actions-untagcontact') },
        // Reference (contact-actions-untagcontact): TagKeys, a list of keys set statically.
        parameters: { required: ['TagKeys'], shapes: { TagKeys: 'string[]' } },
        // Reference: "can be used in flows of all types."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** Reference pages list only NoMatchingError for these. */
    UpdatePreviousContactParticipantState: spec({
        evidence: { reference: REF('contact-actions-updatepreviouscontactparticipantstate') },
        // Reference: PreviousContactParticipantState, one of AgentOnHold | CustomerOnHold | OffHold.
        parameters: { required: ['PreviousContactParticipantState'], shapes: { PreviousContactParticipantState: 'string' } },
        // Reference: "supported only in inbound contact flows and transfer flows."
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    ResumeContact: spec({
        evidence: { reference: REF('contact-actions-resumecontact') },
        errors: [NME]
    }),
    CompleteOutboundCall: spec({
        evidence: { reference: REF('contact-actions-completeoutboundcall') },
        errors: [NME]
    }),
    CreateWisdomSession: spec({
        evidence: { reference: REF('contact-actions-createwisdomsession') },
        errors: [NME]
    }),
    StartOutboundChatContact: spec({
        evidence: { reference: REF('contact-actions-startoutboundchatcontact') },
        errors: [NME]
    }),
    UpdateContactMediaProcessing: spec({
        evidence: { reference: REF('contact-actions-updatecontactmediaprocessing') },
        errors: [NME]
    }),
    UpdateContactRoutingBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactroutingbehavior') },
        // Reference (contact-actions-updatecontactroutingbehavior): QueuePriority | QueueTimeAdjustmentSeconds, never both.
        parameters: {
            optional: ['QueuePriority', 'QueueTimeAdjustmentSeconds'],
            shapes: { QueuePriority: 'number', QueueTimeAdjustmentSeconds: 'number' },
        },
        // Reference: "supported only in inbound contact flows. It is not supported in transfer flows, whisper flows,
        // customer queue flows, or hold flows."
        flowTypes: [...INBOUND, MODULE],
        errors: [NME],
    }),
    // ───────────────────────── Flow control actions ─────────────────────────
    /** "Check contact attributes": 49 of 49 wire NoMatchingCondition (no NoMatchingError in any). */
    Compare: spec({
        evidence: { reference: REF('flow-control-actions-compare'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineDTMFMenu.json",
            ] },
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
        evidence: { reference: REF('flow-control-actions-updateflowloggingbehavior'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: FlowLoggingBehavior, one of [Enabled, Disabled] (58 of 58, all "Enabled").
        parameters: { required: ['FlowLoggingBehavior'], shapes: { FlowLoggingBehavior: 'string' } },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: [], setup: true,
    }),
    /** "Loop": conditions ContinueLooping/DoneLooping, no error branch in 31 of 31. */
    Loop: spec({
        evidence: { reference: REF('flow-control-actions-loop'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
            ] },
        // Reference: LoopCount, 0..100, fully static or fully dynamic (40 of 40, e.g. "3").
        parameters: { required: ['LoopCount'], shapes: { LoopCount: 'number' } },
        // Reference: "This is supported in every type of flow."
        flowTypes: 'all',
        errors: [],
    }),
    /** "Transfer to flow": 13 of 13 wire NoMatchingError and export NextAction equal to the error target
     *  (+CFN 15 of 15): success leaves this flow. */
    TransferToFlow: spec({
        evidence: { reference: REF('flow-control-actions-transfertoflow'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Solutions/VMX2-VoicemailExpress/CloudFormation/vmx-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineMain.json",
            ] },
        // Reference: ContactFlowId (15 of 15).
        parameters: { required: ['ContactFlowId'], shapes: { ContactFlowId: 'string' } },
        // Reference: "available in inbound flows and transfer flows. It is not available to hold flows, customer
        // queue flows, or whisper flows." Modules run in an inbound flow's context.
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME], endsOnSuccess: true,
    }),
    /** "End flow / resume": 12 of 12 have empty Transitions. */
    EndFlowExecution: spec({
        evidence: { reference: REF('flow-control-actions-endflowexecution'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWSSCVAgentWhisper.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
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
        evidence: { reference: REF('flow-control-actions-checkhoursofoperation'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Queue_Transfer.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact-flows/inbound.json.tftpl",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
            ] },
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
        evidence: { reference: REF('flow-control-actions-checkmetricdata'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Queue_Transfer.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_sample_contact_flow_builder/awsscv_ddr_flow_cf.json",
            ] },
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
        evidence: { reference: REF('flow-control-actions-getmetricdata'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Update-Address)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
            ] },
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
        evidence: { reference: REF('flow-control-actions-checkvoiceid'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/VoiceID/viewContactFlow.json",
            ] },
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
        evidence: { reference: REF('flow-control-actions-startvoiceidstream'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/VoiceID/handlerContactFlow.json",
            ] },
        // Reference: empty parameter object (3 of 3 `{}`).
        parameters: {},
        // Reference: "Not supported in hold flows."
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...WHISPER, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Set flow attributes". The reference page says "Errors: None"; the corpus exports wire NoMatchingError
     *  (6 of 6, +CFN 20 of 20) because the designer draws an Error branch on the block, but a block without it
     *  is what the reference documents, and real flows leave it out (issue 13: ten false errors in one flow).
     *  The branch is wanted only under `strict`. Like UpdateContactAttributes, no customer interaction. */
    UpdateFlowAttributes: spec({
        evidence: { reference: REF('flow-control-actions-updateflowattributes'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_ContactFlowModule_AUTO.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference: FlowAttributes (20 of 20, values {Value}).
        parameters: { required: ['FlowAttributes'], shapes: { FlowAttributes: 'object' } },
        // Reference: "supported on all channels and in all flow types." +CFN: CUSTOMER_QUEUE, QUEUE_TRANSFER, MODULE.
        flowTypes: 'all',
        errors: [], optionalErrors: [NME], setup: true,
    }),
    /** "Set routing criteria": +CFN 4 of 4 wire NoMatchingError. The reference index names the page
     *  "UpdateRoutingCriteria" (flow-control-actions-updater…); real exports use this Type name. */
    UpdateContactRoutingCriteria: spec({
        evidence: { reference: REF('flow-control-actions-updateroutingcriteria'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference page "UpdateRoutingCriteria": RoutingCriteria {Steps}, "Required" (+CFN 4 of 4).
        parameters: { required: ['RoutingCriteria'], shapes: { RoutingCriteria: 'object' } },
        errors: [NME],
    }),
    /** "Wait" (chat). Reference: NoMatchingError; ParticipantNotFound only with the BotParticipantDisconnected
     *  event (Events is a list, so not expressible as a conditional). Corpus: 1 block, NoMatchingError only. */
    Wait: spec({
        evidence: { reference: REF('flow-control-actions-wait'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineWait.json",
            ] },
        // Reference (flow-control-actions-wait) names TimeoutSeconds and Events; the one corpus export (and the
        // designer) writes TimeLimitSeconds: real exports win, TimeLimitSeconds is the known name and TimeoutSeconds is
        // not listed: a block that writes the reference's name is told the name exports use.
        parameters: {
            optional: ['TimeLimitSeconds', 'Events'],
            shapes: { TimeLimitSeconds: 'number', Events: 'string[]' },
            legacy: { TimeoutSeconds: 'TimeLimitSeconds' },
        },
        // Reference: "supported in every type of flow, but is supported only by the chat channel."
        flowTypes: 'all',
        // ParticipantNotFound only with the BotParticipantDisconnected event (reference; no export checked has that
        // event): asked for under strict, and only for a block that waits for it (the rules-engine export waits for
        // CustomerReturned and has no such branch).
        errors: [NME],
        conditionalErrors: [{ type: 'ParticipantNotFound', when: { parameter: 'Events', equals: ['BotParticipantDisconnected'] }, strict: true }],
    }),
    /** Reference: Errors "NoMatchingCondition if no Condition matches" only. */
    DistributeByPercentage: spec({
        evidence: { reference: REF('flow-control-actions-distributebypercentage') },
        // Reference: no parameters.
        parameters: {},
        // Reference: "available in inbound flows, transfer flows, and customer queue flows. It is not available to
        // hold flows or to whisper flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition'],
    }),
    /** Reference: Errors "NoMatchingError if no condition matches". */
    CheckOutboundCallStatus: spec({
        evidence: { reference: REF('flow-control-actions-checkoutboundcallstatus') },
        errors: [NME]
    }),
    // ───────────────────────── Interactions ─────────────────────────
    /** "Invoke AWS Lambda function": 37 of 37 wire NoMatchingError. */
    InvokeLambdaFunction: spec({
        evidence: { reference: REF('interactions-invokelambdafunction'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "cresta/amazon-connect-pstn-transfer/VA_PSTN_Transfer.json",
            ] },
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
        evidence: { reference: REF('interactions-getcustomerprofile'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/get-customer-profile.json",
            ] },
        // Reference (interactions-getcustomerprofile): ProfileRequestData {PhoneNumber | EmailAddress | ...},
        // ProfileResponseData. The reference draws ProfileResponseData inside braces like an object, but real exports
        // write an array of field names (7 of 7 here, 14 of 14 over Get/Create/Update): real exports win, 'string[]'.
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: ['MultipleFoundError', 'NoneFoundError', NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (4 of 4); "Newly created profile ID is persisted under
     *  $.Customer.ProfileId" and ProfileResponseData fields are readable: it loads the new profile. */
    CreateCustomerProfile: spec({
        evidence: { reference: REF('interactions-createcustomerprofile'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/BackendIntegration/SBSGuides_Example_Backend_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/Cards/SBSGuides_Example_Cards_Guide.json",
            ] },
        // Same contract as GetCustomerProfile: ProfileRequestData 4 of 4, ProfileResponseData 4 of 4 (arrays, one empty).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (3 of 3); same ProfileResponseData contract as Get/Create. */
    UpdateCustomerProfile: spec({
        evidence: { reference: REF('interactions-updatecustomerprofile'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Update-Address)",
            ] },
        // Same contract as GetCustomerProfile: ProfileRequestData 3 of 3, ProfileResponseData 3 of 3 (arrays).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: needs ProfileId + ContactId (usually $.Customer.ProfileId); NoMatchingError. */
    AssociateContactToCustomerProfile: spec({
        evidence: { reference: REF('interactions-associatecontacttocustomerprofile') },
        errors: [NME], profile: 'uses'
    }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.Asset.* / Order.* / Case.*. */
    GetCustomerProfileObject: spec({
        evidence: { reference: REF('interactions-getcustomerprofileobject') },
        errors: ['NoneFoundError', NME], profile: 'object'
    }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.CalculatedAttributes.*. */
    GetCalculatedAttributesForCustomerProfile: spec({
        evidence: { reference: REF('interactions-getcalculatedattributesforcustomerprofile') },
        errors: ['NoneFoundError', NME],
        profile: 'object',
    }),
    /** 1 of 1 wires NoMatchingError. */
    CreateCallbackContact: spec({
        evidence: { reference: REF('interactions-createcallbackcontact'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow_module.GTS-Dynamic-Callback)",
            ] },
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
    // The designer's block names written as types (admin guide "Flow blocks"): each is the block's real type,
    // not the closest spelling (TransferToQueue is one edit from nothing useful and three from TransferToFlow).
    TransferToQueue: 'TransferContactToQueue', // "Transfer to queue"
    TransferToPhoneNumber: 'TransferParticipantToThirdParty', // "Transfer to phone number"
    TransferToAgent: 'TransferContactToAgent', // "Transfer to agent"
    SetWorkingQueue: 'UpdateContactTargetQueue', // "Set working queue"
    SetContactAttributes: 'UpdateContactAttributes', // "Set contact attributes"
    CheckContactAttributes: 'Compare', // "Check contact attributes"
    GetCustomerInput: 'GetParticipantInput', // "Get customer input"
    StoreCustomerInput: 'GetParticipantInput', // "Store customer input" (StoreInput "True")
    StoreUserInput: 'GetParticipantInput', // legacy designer name of the same block
    PlayMessage: 'MessageParticipant',
    InvokeLambda: 'InvokeLambdaFunction', // "Invoke AWS Lambda function"
    SetLoggingBehaviour: 'UpdateFlowLoggingBehavior',
    SetWhisperFlow: 'UpdateContactEventHooks', // "Set whisper flow"
    SetHoldFlow: 'UpdateContactEventHooks', // "Set hold flow"
    SetCustomerQueueFlow: 'UpdateContactEventHooks', // "Set customer queue flow"
    SetDisconnectFlow: 'UpdateContactEventHooks', // "Set disconnect flow"
    DistributeByPercent: 'DistributeByPercentage',
    GetQueueMetrics: 'GetMetricData', // "Get queue metrics"
    CheckQueueStatus: 'CheckMetricData', // "Check queue status"
    InvokeModule: 'InvokeFlowModule', // "Invoke module"
    EndFlow: 'EndFlowExecution', // "End flow / Resume"
    ReturnFromModule: 'EndFlowModuleExecution', // "Return (from module)"
    SetCallbackNumber: 'UpdateContactCallbackNumber', // "Set callback number"
    SetRecordingAndAnalyticsBehavior: 'UpdateContactRecordingBehavior', // "Set recording and analytics behavior"
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
/** Whether the entry records how the table knows it (a reference page or real exports): rules raise nothing from one without. */
function hasEvidence(spec) {
    const e = spec?.evidence;
    return e !== undefined && (e.reference !== undefined || (e.exports?.length ?? 0) > 0);
}
/**
 * Whether the entry was checked against real exports. The reference alone has been wrong both ways (it lists
 * no error for UpdateFlowAttributes, omits GetParticipantInput's InputTimeLimitExceeded, names Wait's
 * TimeoutSeconds where exports write TimeLimitSeconds), so what only the reference says is reported only
 * under `strict` (error branches) or not at all (required parameters and value shapes).
 */
function checkedAgainstExports(spec) {
    return (spec?.evidence?.exports?.length ?? 0) > 0;
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
    const scalar = (x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    const values = Array.isArray(v) ? v.filter(scalar) : scalar(v) ? [v] : [];
    if (!values.some((x) => ce.when.equals.some((e) => e.toLowerCase() === String(x).toLowerCase())))
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

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/core/json/scan.ts
/**
 * The one pass every file gets before JSON.parse: how deep it nests, how many keys its shallow objects have,
 * and where each block of a flow starts. Syntax errors, repeated keys and finding places are worked out
 * with jsonc-parser, and only when they are needed (see syntax-error.ts, duplicate-keys.ts, locate.ts).
 * This pass stays hand-written because it runs on every file: on the bench's 17 MiB flow it takes ~85 ms
 * of CPU where jsonc-parser's visitor takes ~240 ms and its scanner ~230 ms (JSON.parse: ~150 ms).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
const MAX_JSON_DEPTH = 1000;
/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
const DUPLICATE_CHECK_DEPTH = 4;
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals the scan's shallowKeys exactly when no such object repeats a key: the
 * common case costs a count, and only a file with a repeat is read again (repeatedKeys) to name it.
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
/**
 * One pass over the text, before JSON.parse sees it. It runs on every file, so it allocates nothing per key
 * or value: strings are jumped over with indexOf and the container stack is two typed arrays. On text that
 * is not JSON it still ends, and what it returns is not used.
 */
function scanStructure(text, limit = MAX_JSON_DEPTH) {
    let shallowKeys = 0;
    let blockStarts = new Int32Array(64);
    let blockLines = new Int32Array(64);
    let blocks = 0;
    // JSON strings cannot hold a raw line break, so every one is whitespace between tokens, counted here.
    let line = 1;
    const result = (tooDeepAt) => ({ tooDeepAt, shallowKeys, blockStarts: blockStarts.subarray(0, blocks), blockLines: blockLines.subarray(0, blocks) });
    // Per open container (index = depth - 1): object or array, and whether it expects a key next.
    const isObject = new Uint8Array(limit + 1);
    const expectKey = new Uint8Array(limit + 1);
    // The top-level object's last key (offsets of its text), to know when its "Actions" array opens.
    let keyStart = -1;
    let keyEnd = -1;
    let inActions = false;
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
                if (top < DUPLICATE_CHECK_DEPTH)
                    shallowKeys++;
                if (top === 0) {
                    keyStart = start + 1;
                    keyEnd = i - 1;
                }
            }
            continue;
        }
        if (c === 0x7b || c === 0x5b) {
            if (depth >= limit)
                return result(i);
            const obj = c === 0x7b ? 1 : 0;
            if (depth === 1)
                inActions = obj === 0 && isObject[0] === 1 && keyEnd - keyStart === 7 && text.startsWith('Actions', keyStart);
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
            isObject[depth] = obj;
            expectKey[depth] = obj;
            depth++;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
        else if (c === 0x2c && depth > 0 && isObject[depth - 1] === 1)
            expectKey[depth - 1] = 1;
        i++;
    }
    return result(-1);
}

;// CONCATENATED MODULE: ./src/core/json/duplicate-keys.ts


/**
 * The paths of object keys that repeat an earlier key of the same object (JSON.parse keeps the last one
 * silently), in objects nested less than DUPLICATE_CHECK_DEPTH deep, in the order of the text. Keys compare
 * decoded, so "T\u0065xt" repeats "Text".
 *
 * Runs only on text whose structure scan counted more keys than the parsed value has (so some key repeats),
 * which the caller has also checked for depth: jsonc-parser recurses once per level.
 */
function repeatedKeys(text) {
    const found = [];
    // The keys seen so far of each open container (undefined for arrays and for objects too deep to check).
    const open = [];
    (0,main.visit)(text, {
        onObjectBegin: () => {
            open.push(open.length < DUPLICATE_CHECK_DEPTH ? new Set() : undefined);
        },
        onArrayBegin: () => {
            open.push(undefined);
        },
        onObjectEnd: () => {
            open.pop();
        },
        onArrayEnd: () => {
            open.pop();
        },
        // `parent` is the path of the object the key is in (array items by index), from jsonc-parser.
        onObjectProperty: (key, _offset, _length, _line, _column, parent) => {
            const keys = open[open.length - 1];
            if (!keys)
                return;
            if (keys.has(key))
                found.push([...parent(), key]);
            else
                keys.add(key);
        },
    });
    return found;
}

;// CONCATENATED MODULE: ./src/core/json/syntax-error.ts

/** jsonc-parser's ParseErrorCode values used here (a `const enum` in its typings, so not importable). */
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;
const syntax_error_QUOTE = 0x22;
const syntax_error_BACKSLASH = 0x5c;
function describeChar(text, i) {
    if (i >= text.length)
        return 'end of input';
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0x20)
        return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    return `'${ch}'`;
}
/** The first defect of `text` as JSON, or undefined when jsonc-parser finds none. */
function syntaxError(text) {
    // Per open container, whether it is an object; and whether the last separator was a comma (a trailing one).
    const open = [];
    let expecting = 'value';
    let afterComma = false;
    // At the end of the input jsonc-parser closes the open containers before it reports the missing bracket:
    // what the innermost one was expecting is kept from just before it closed.
    let beforeClose = { expecting, inObject: false };
    let first;
    const valueDone = () => {
        expecting = open.length === 0 ? 'end' : 'next';
        afterComma = false;
    };
    const close = () => {
        beforeClose = { expecting, inObject: open.pop() === true };
        valueDone();
    };
    (0,main.visit)(text, {
        onObjectBegin: () => {
            open.push(true);
            expecting = 'key';
            afterComma = false;
        },
        onArrayBegin: () => {
            open.push(false);
            expecting = 'value';
            afterComma = false;
        },
        onObjectEnd: close,
        onArrayEnd: close,
        onObjectProperty: () => {
            expecting = 'colon';
        },
        onLiteralValue: valueDone,
        onSeparator: (sep) => {
            afterComma = sep === ',';
            expecting = sep === ':' || !open[open.length - 1] ? 'value' : 'key';
        },
        onError: (code, offset) => {
            first ??= { offset, code, expecting, afterComma, inObject: open[open.length - 1] === true, nested: open.length > 0, beforeClose };
        },
    }, { disallowComments: true, allowTrailingComma: false });
    if (!first)
        return undefined;
    const { offset, expecting: at, afterComma: comma, inObject, nested } = first;
    if (first.code === CLOSE_BRACE_EXPECTED || first.code === CLOSE_BRACKET_EXPECTED)
        return truncated(text.length, first.beforeClose.expecting, first.beforeClose.inObject);
    if (offset >= text.length)
        return truncated(text.length, at, inObject);
    const c = text.charCodeAt(offset);
    if (at === 'value' || at === 'key') {
        // A token that may stand here but is itself malformed: the defect is inside it.
        if (c === syntax_error_QUOTE)
            return stringDefect(text, offset) ?? { offset, message: `invalid string` };
        if (at === 'value') {
            const number = c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberDefect(text, offset) : undefined;
            if (number)
                return number;
            // jsonc-parser reads `truex` as one unknown word; the value `true` is fine, the `x` after it is not.
            const word = /^(true|false|null)/.exec(text.slice(offset, offset + 5));
            if (word)
                return unexpected(text, offset + word[1].length, nested ? 'next' : 'end', false, inObject);
        }
    }
    return unexpected(text, offset, at, comma, inObject);
}
function truncated(offset, at, inObject) {
    if (at === 'key')
        return { offset, message: "unexpected end of input: the JSON is truncated (missing '}')" };
    if (at === 'next')
        return { offset, message: `unexpected end of input: the JSON is truncated (missing '${inObject ? '}' : ']'}')` };
    return { offset, message: 'unexpected end of input: the JSON is truncated' };
}
/** A token that cannot stand where it is. */
function unexpected(text, offset, at, afterComma, inObject) {
    if (offset >= text.length)
        return truncated(offset, at, inObject);
    const found = describeChar(text, offset);
    const ch = text[offset];
    switch (at) {
        case 'value':
            if (afterComma && ch === ']')
                return { offset, message: "unexpected ']': remove the trailing comma before it" };
            return { offset, message: `unexpected ${found} where a value was expected` };
        case 'key':
            return { offset, message: `expected a double-quoted property name, found ${found}` + (ch === '}' ? ' (remove the trailing comma before it)' : '') };
        case 'colon':
            return { offset, message: `expected ':' after the property name, found ${found}` };
        case 'next':
            return { offset, message: `expected ',' or '${inObject ? '}' : ']'}', found ${found}` };
        case 'end':
            return { offset, message: `unexpected ${found} after the end of the JSON value` };
    }
}
/** The first defect of the string literal opening at `start`: a bad escape, a raw control character, no closing quote. */
function stringDefect(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === syntax_error_QUOTE)
            return undefined;
        if (c === syntax_error_BACKSLASH) {
            const e = text[i + 1];
            if (e === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                    return { offset: i, message: 'invalid \\u escape: it needs exactly four hex digits' };
                i += 5;
                continue;
            }
            if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                return {
                    offset: i,
                    message: `invalid escape "\\${e ?? ''}" in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX` +
                        (e === "'" ? " (write ' without the backslash)" : ''),
                };
            }
            i++;
            continue;
        }
        if (c < 0x20)
            return { offset: i, message: `${describeChar(text, i)} inside a string: escape it (e.g. \\n, \\t)` };
    }
    return { offset: start, message: 'unterminated string: add the closing "' };
}
/** The first defect of the number starting at `start` (jsonc-parser reports the number's start), if any. */
function numberDefect(text, start) {
    let i = start;
    const digit = () => {
        const c = text.charCodeAt(i);
        return c >= 0x30 && c <= 0x39;
    };
    if (text[i] === '-')
        i++;
    if (!digit())
        return { offset: i, message: `invalid number: expected a digit after '-', found ${describeChar(text, i)}` };
    while (digit())
        i++;
    if (text[i] === '.') {
        i++;
        if (!digit())
            return { offset: i, message: 'invalid number: expected a digit after the decimal point' };
        while (digit())
            i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-')
            i++;
        if (!digit())
            return { offset: i, message: 'invalid number: expected a digit in the exponent' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/json/locate.ts

// jsonc-parser's SyntaxKind values (a `const enum` in its typings, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const STRING = 10;
const EOF = 17;
/**
 * Finds many JSON paths in one pass over the text, with jsonc-parser's scanner: only the branches that
 * lead to a requested path are walked key by key, every other value is skipped token by token. With
 * `start` (the offset of a flow's block) the pass begins there and the paths are relative to that value,
 * so a finding in block 19,000 does not read the 18,999 before it. With `stopWhenFound` (for text known to
 * repeat no key) the pass stops as soon as every requested path has been found; otherwise it reads on, as
 * a later copy of a key is the one JSON.parse keeps. A path that does not exist resolves to its deepest
 * existing ancestor.
 *
 * The text must be JSON that JSON.parse accepted; on anything else the pass still ends, without throwing.
 */
function locatePaths(text, paths, options = {}) {
    const root = { children: new Map() };
    // Requested nodes not yet found; at zero the rest of the text is of no interest (with stopWhenFound).
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
    const scanner = (0,main.createScanner)(text, true);
    scanner.setPosition(options.start ?? 0);
    scanner.scan();
    const token = () => scanner.getToken();
    /** Moves to the next token; returns the offset just past the one it leaves. */
    const advance = () => {
        const end = scanner.getTokenOffset() + scanner.getTokenLength();
        scanner.scan();
        return end;
    };
    /** Skips the value at the current token; returns the offset just past it. */
    const skipValue = () => {
        if (token() !== OPEN_BRACE && token() !== OPEN_BRACKET)
            return advance();
        let depth = 0;
        for (;;) {
            if (token() === OPEN_BRACE || token() === OPEN_BRACKET)
                depth++;
            else if (token() === CLOSE_BRACE || token() === CLOSE_BRACKET)
                depth--;
            else if (token() === EOF)
                return text.length;
            const end = advance();
            if (depth === 0)
                return end;
        }
    };
    // Recursion follows only the trie, whose depth is that of the longest requested path.
    const visit = (node, keyStart) => {
        const start = scanner.getTokenOffset();
        let end;
        if (node.children.size > 0 && (token() === OPEN_BRACE || token() === OPEN_BRACKET)) {
            const isObject = token() === OPEN_BRACE;
            const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET;
            advance();
            for (let index = 0; token() !== close && token() !== EOF; index++) {
                let memberKeyStart;
                let child;
                if (isObject) {
                    if (token() !== STRING)
                        break;
                    memberKeyStart = scanner.getTokenOffset();
                    child = node.children.get(scanner.getTokenValue());
                    advance();
                    if (token() === COLON)
                        advance();
                }
                else
                    child = node.children.get(index);
                if (child)
                    visit(child, memberKeyStart);
                else
                    skipValue();
                if (pending === 0 && stop)
                    break;
                if (token() === COMMA)
                    advance();
                else
                    break;
            }
            // Once nothing is pending, the containers being left were not read to their end; no request
            // resolves to them (every requested path was found below them), so their `end` is never read.
            end = token() === close ? advance() : scanner.getTokenOffset();
        }
        else
            end = skipValue();
        if (node.wanted && node.at === undefined)
            pending--;
        node.at = { keyStart, start, end };
    };
    if (token() !== EOF)
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
/**
 * True when a value is filled in later and cannot be checked before deploy: a contact attribute (`$.Attributes.x`)
 * or a deploy-time placeholder of any templating in use (`${x}`, `%%x%%`, `%x%`, `{{x}}`). Rules treat every
 * kind alike, whatever parameter holds it.
 */
function isFilledLater(text) {
    return text.includes('$') || /%%[^%\s]{1,200}%%|%[A-Za-z_][\w.-]{0,199}%|\{\{[^{}]{1,200}\}\}/.test(text);
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
const LEGACY_MESSAGE = 'this is a legacy flow-designer export ("modules"/"branches"), which the linter cannot check: open the flow in the current Amazon Connect designer and export it again';
function syntaxErrorAt(text, parseError) {
    const found = syntaxError(text);
    if (found)
        return found;
    // The engine rejected what jsonc-parser accepts: keep the engine's words and, if it gives one, its position.
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
    // Hostile nesting is refused before any engine sees it: JSON.parse, jsonc-parser and JSONPath recurse once per level.
    const structure = scanStructure(text);
    if (structure.tooDeepAt !== -1)
        return { ok: false, offset: structure.tooDeepAt, message: `the JSON is nested deeper than ${MAX_JSON_DEPTH} levels (a flow nests about 10), so it was not linted` };
    // Repeated keys are counted, not compared: JSON.parse keeps one of each, so a shortfall in the parsed value
    // means a repeat, and only then is the text read again to name each one.
    const repeats = (value, source) => parsedShallowKeys(value) === structure.shallowKeys ? [] : repeatedKeys(source);
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
function flow_buildFlow(doc) {
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
    const detail = blockDetail(action);
    return detail ? `${action.type}: ${detail}` : action.type || action.id;
}
/** What a block is about in a few words (its text, compared value, attributes, queue, flow…), or undefined. */
function blockDetail(action) {
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
        return undefined;
    return detail.length > 40 ? `${detail.slice(0, 37)}...` : detail;
}

;// CONCATENATED MODULE: ./src/core/rules/describe.ts

/** The longest first line of a finding's message: one sentence, what is wrong, where, how to fix it. */
const MESSAGE_MAX = 200;
/** A user-controlled string cut to `max` characters with an ellipsis, so a long name cannot blow a message. */
function clip(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
/**
 * An Identifier as a message shows it: a UUID by its first 8 characters (enough to find it in the file and
 * in the evidence, which keeps the whole one), any other by at most `max` characters.
 */
function shortId(id, max = 12) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : clip(id, max);
}
const DETAIL = [
    { label: 30, text: 40, id: 20 },
    { label: 16, text: 20, id: 12 },
    { label: 0, text: 12, id: 12 },
];
function names(d, level) {
    const ref = (a) => {
        const label = d.label > 0 ? blockLabel(a) : a.type;
        if (label === '' || label === a.id)
            return `"${shortId(a.id, d.id)}"`;
        return `"${clip(label, d.label > 0 ? d.label : 16)}" (${shortId(a.id, d.id)})`;
    };
    return {
        level,
        ref,
        typed: (a) => (d.label === 0 || blockLabel(a).startsWith(a.type) ? ref(a) : `${clip(a.type, 30)} ${ref(a)}`),
        text: (value, share = 1) => clip(value, Math.max(8, Math.round(d.text * share))),
    };
}
/**
 * A message built at the most detail that keeps it within MESSAGE_MAX: block labels and quoted strings are
 * cut shorter, then labels left out, until the sentence fits (real flows fit at the first level; the others
 * are for names long enough to crowd out what the message must say).
 */
function fitMessage(build) {
    let message = '';
    for (let level = 0; level < DETAIL.length; level++) {
        message = build(names(DETAIL[level], level));
        if (message.length <= MESSAGE_MAX)
            return message;
    }
    return message;
}
const FULL = names(DETAIL[0], 0);
/** How messages name a block: its label (cut) and a short form of its Identifier; the evidence keeps the whole one. */
function blockRef(action) {
    return FULL.ref(action);
}
/** A block named with its type when its label does not already say it: `CreateCustomerProfile "New customer" (id)`. */
function typedBlockRef(action) {
    return FULL.typed(action);
}
/** The Identifiers along a path, for the finding's evidence. */
function pathIds(graph, path, from = graph.entry) {
    const { head, skipped, tail } = ends(path);
    const id = (e) => graph.flow.actions[e.to].id;
    // Evidence is for reading, not for replaying: keep the ends of a very long path.
    if (skipped === 0) {
        const ids = [graph.flow.actions[from].id, ...head.map(id), ...tail.map(id)];
        return ids.length <= MAX_EVIDENCE ? ids : [...ids.slice(0, MAX_EVIDENCE / 2), '…', ...ids.slice(-MAX_EVIDENCE / 2)];
    }
    // The ends were kept for this: at least MAX_EVIDENCE / 2 edges each side (ShortestPaths' keep).
    const first = [graph.flow.actions[from].id, ...head.map(id)].slice(0, MAX_EVIDENCE / 2);
    return [...first, '…', ...tail.map(id).slice(-MAX_EVIDENCE / 2)];
}
function ends(path) {
    return Array.isArray(path) ? { head: path, skipped: 0, tail: [] } : path;
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

;// CONCATENATED MODULE: ./src/rules/api.ts
/** Declares a rule; the identity function, there for the types (and so every rule reads the same way). */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/action-allowed-in-flow-type/rule.ts



/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
/* harmony default export */ const rule = (defineRule({
    meta: {
        id: 'action-allowed-in-flow-type',
        description: "Every block is allowed in the flow's type (no queue transfer in a whisper flow).",
        severity: 'error',
        functionName: 'actionAllowedInFlowType',
        options: {
            type: 'object',
            properties: {
                flowType: {
                    type: 'string',
                    description: 'the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides',
                },
            },
            additionalProperties: false,
        },
        // Built in check(): the list of allowed flow types is named only when the sentence fits at full detail.
        messages: {},
    },
    check({ flow, options, report }) {
        const flowType = flow.flowType ?? options.flowType;
        if (flowType === undefined)
            return;
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            // The restriction is the reference page's (exports can widen it, never narrow it); no page, no finding.
            if (!hasEvidence(a.spec) || allowedInFlowType(a.type, flowType) !== false)
                continue;
            const allowed = a.spec?.flowTypes;
            const where = Array.isArray(allowed) ? ` (only in ${allowed.join(', ')})` : '';
            // The service rejects the flow, or the block fails when a contact reaches it; the fix is the same.
            const message = fitMessage((n) => n.level === 0
                ? `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow${where}: move the step to an allowed flow type.`
                : `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow: move the step to an allowed flow type, or fix this flow's type.`);
            report({ block: a, path: [...a.path, 'Type'], facts: { flowType }, message });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/error-branches-wired/rule.ts


const EXPECTED = new WeakMap();
/**
 * The error types every block of a type must wire, without repeats; worked out once per type, not per block.
 * Only an entry checked against real exports demands a branch by default: one that rests on the reference
 * alone (which has listed errors exports never wire, and left out ones they always do) asks only under strict.
 */
function expectedErrors(spec, strict) {
    let e = EXPECTED.get(spec);
    if (!e) {
        e = {
            plain: checkedAgainstExports(spec) ? [...new Set(spec.errors)] : [],
            strict: [...new Set([...spec.errors, ...(spec.optionalErrors ?? [])])],
        };
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
/* harmony default export */ const error_branches_wired_rule = (defineRule({
    meta: {
        id: 'error-branches-wired',
        description: 'Every error a block can raise has a branch.',
        severity: 'error',
        functionName: 'errorBranchesWired',
        options: {
            type: 'object',
            properties: {
                strict: { type: 'boolean', description: 'also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)' },
                ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
            },
            additionalProperties: false,
        },
        messages: {
            unwired: '{{block}} has no {{errorType}} branch, so a contact that hits this error has nowhere to go: connect it to a block that handles it.',
        },
    },
    check({ graph, options, report }) {
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
            // An entry that does not say how it knows raises nothing.
            if (!hasEvidence(spec))
                continue;
            const always = expectedErrors(spec, options.strict === true);
            const strict = options.strict === true;
            const conditional = (strict || checkedAgainstExports(spec) ? spec.conditionalErrors : undefined)
                ?.filter((c) => (strict || c.strict !== true) && conditionalErrorApplies(c, action.parameters) && !always.includes(c.type))
                .map((c) => c.type);
            const expected = conditional && conditional.length > 0 ? [...always, ...new Set(conditional)] : always;
            for (let e = 0; e < expected.length; e++) {
                const errorType = expected[e];
                if (hasErrorBranch(action, errorType))
                    continue;
                report({ messageId: 'unwired', data: (n) => ({ block: n.ref(action), errorType: n.text(errorType) }), block: action, facts: { errorType } });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/flow-ends/rule.ts


/** Queue and hold flows loop on purpose: they play prompts until an agent takes the contact. */
const LOOPING_FLOW_TYPES = ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'];
/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
/* harmony default export */ const flow_ends_rule = (defineRule({
    meta: {
        id: 'flow-ends',
        description: 'Every block that does not end the contact has somewhere to go.',
        severity: 'error',
        functionName: 'flowEnds',
        options: {
            type: 'object',
            properties: {
                endlessLoopsAllowedIn: {
                    type: 'array',
                    items: { type: 'string' },
                    description: `flow types in which a loop without an exit is by design (default ${JSON.stringify(LOOPING_FLOW_TYPES)})`,
                },
            },
            additionalProperties: false,
        },
        messages: {
            noTransition: '{{block}} has no transition, so a contact that reaches it goes nowhere: set its NextAction, or end the path with a Disconnect block.',
            // The loop's blocks are the evidence (a line of their own under the message), not part of the sentence.
            endlessLoop: '{{block}} starts a loop with no way out to a Disconnect, a transfer or the flow\'s end: give it an exit, e.g. a Loop block\'s "Complete" branch.',
        },
    },
    check({ flow, graph, options, report }) {
        const isEnd = (a) => {
            const spec = a.spec;
            return spec?.terminal === true || spec?.mayHaveNoNext === true || spec?.endsOnSuccess === true;
        };
        for (const a of flow.actions) {
            // A type the table has no evidenced entry for may end the contact by itself: silence when unsure.
            if (a.transitions.length === 0 && a.type !== '' && hasEvidence(a.spec) && !isEnd(a))
                report({ messageId: 'noTransition', data: (n) => ({ block: n.ref(a) }), block: a });
        }
        if (graph.entry < 0 || (flow.flowType !== undefined && (options.endlessLoopsAllowedIn ?? LOOPING_FLOW_TYPES).includes(flow.flowType)))
            return;
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
            if (isEnd(a) || a.transitions.length === 0 || missingTarget || a.type === '' || !hasEvidence(a.spec)) {
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
            report({
                messageId: 'endlessLoop',
                data: (n) => ({ block: n.ref(trapped) }),
                block: trapped,
                evidence: loop,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/flow-structure/rule.ts

/**
 * Fields of the export whose type the flow language does not accept. The model finds them while it reads the
 * flow (src/core/model/flow.ts: it must read around them anyway, and start-action-exists looks at them too), so
 * the messages are written there; this rule reports them.
 */
/* harmony default export */ const flow_structure_rule = (defineRule({
    meta: {
        id: 'flow-structure',
        description: 'Every field of the export has the type the flow language expects.',
        severity: 'error',
        functionName: 'flowStructure',
        messages: {},
    },
    check({ flow, report }) {
        for (const p of flow.structureProblems) {
            // A problem names its block by Identifier (a block without one has none: the engine places it by path).
            const block = p.blockId === undefined ? undefined : flow.byId.get(p.blockId);
            report({ message: p.message, path: p.path, ...(block ? { block } : {}) });
        }
    },
}));

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

;// CONCATENATED MODULE: ./src/core/graph/routing-graph.ts
/**
 * The routing graph of one flow: a node per action (numbered as in `flow.actions`), an edge per transition
 * whose target exists, entry = StartAction. Every traversal is iterative and linear in nodes + edges, so
 * a 20,000-block flow, or a hostile one, costs milliseconds and no stack.
 */
class routing_graph_RoutingGraph {
    flow;
    size;
    /** Node of StartAction, or -1 when it names no block. */
    entry;
    out;
    incoming;
    reach;
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
    /**
     * A result derived from this graph, computed once per name and kept as long as the graph is. A result
     * that depends on arguments is kept under one name as a Map from the argument (see memoIn), never under
     * a name built from the arguments.
     */
    memo(name, compute) {
        this.memos ??= new Map();
        if (!this.memos.has(name))
            this.memos.set(name, compute());
        return this.memos.get(name);
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
    /** Incoming edges per node; built on first use (the profile data-flow, pictures), not for every lint. */
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
}
/** `map`'s value for `key`, computed and kept on first use. */
function memoIn(map, key, compute) {
    if (!map.has(key))
        map.set(key, compute());
    return map.get(key);
}
/**
 * Breadth-first shortest paths from one node over the edges `follow` accepts, kept so that the ends of the
 * path to any node cost `keep` steps each however long the path is: a flow with thousands of findings on
 * paths thousands of blocks long would otherwise spend quadratic time building paths nobody reads whole.
 */
class ShortestPaths {
    keep;
    via;
    depth;
    /** Each node's ancestor at depth `keep` (itself when nearer the start). */
    anchor;
    constructor(graph, from, follow, keep) {
        this.keep = keep;
        this.via = new Array(graph.size);
        this.depth = new Int32Array(graph.size).fill(-1);
        this.anchor = new Int32Array(graph.size).fill(-1);
        const queue = new Int32Array(graph.size);
        let head = 0;
        let tail = 0;
        queue[tail++] = from;
        this.via[from] = null;
        this.depth[from] = 0;
        this.anchor[from] = from;
        while (head < tail) {
            const n = queue[head++];
            for (let k = 0, edges = graph.out[n]; k < edges.length; k++) {
                const edge = edges[k];
                const m = edge.to;
                if (this.depth[m] !== -1 || !follow(edge))
                    continue;
                this.via[m] = edge;
                this.depth[m] = this.depth[n] + 1;
                this.anchor[m] = this.depth[m] <= keep ? m : this.anchor[n];
                queue[tail++] = m;
            }
        }
    }
    reached(node) {
        return this.depth[node] !== -1;
    }
    ends(node) {
        const d = this.depth[node];
        if (d <= 2 * this.keep)
            return { head: pathTo(this.via, node), skipped: 0, tail: [] };
        const tail = [];
        for (let n = node, k = 0; k < this.keep; k++) {
            const e = this.via[n];
            tail.push(e);
            n = e.from;
        }
        return { head: pathTo(this.via, this.anchor[node]), skipped: d - 2 * this.keep, tail: tail.reverse() };
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
 * Strongly connected components of the subgraph of `nodes` (1 = included) whose edges `follow` accepts
 * (Tarjan's algorithm, iterative on typed stacks: linear in nodes + edges, no recursion). Components are
 * numbered in topological order: every followed edge between two components goes from a lower number to a
 * higher one, so one pass in ascending order sees a component after all that lead into it.
 */
function components(graph, nodes, follow) {
    const size = graph.size;
    const of = new Int32Array(size).fill(-1);
    const low = new Int32Array(size);
    const number = new Int32Array(size).fill(-1);
    const onStack = new Uint8Array(size);
    const stack = new Int32Array(size);
    const callNode = new Int32Array(size);
    const callEdge = new Int32Array(size);
    let sp = 0;
    let counter = 0;
    let found = 0;
    for (let root = 0; root < size; root++) {
        if (!nodes[root] || number[root] !== -1)
            continue;
        let depth = 0;
        callNode[0] = root;
        callEdge[0] = 0;
        number[root] = low[root] = counter++;
        stack[sp++] = root;
        onStack[root] = 1;
        while (depth >= 0) {
            const n = callNode[depth];
            const edges = graph.out[n];
            const k = callEdge[depth];
            if (k < edges.length) {
                callEdge[depth] = k + 1;
                const edge = edges[k];
                const m = edge.to;
                if (!nodes[m] || !follow(edge))
                    continue;
                if (number[m] === -1) {
                    number[m] = low[m] = counter++;
                    stack[sp++] = m;
                    onStack[m] = 1;
                    depth++;
                    callNode[depth] = m;
                    callEdge[depth] = 0;
                }
                else if (onStack[m] && number[m] < low[n]) {
                    low[n] = number[m];
                }
                continue;
            }
            if (low[n] === number[n]) {
                // Tarjan finds components sinks first: numbered from the top down, then flipped below.
                for (let m = -1; m !== n;) {
                    m = stack[--sp];
                    onStack[m] = 0;
                    of[m] = found;
                }
                found++;
            }
            depth--;
            if (depth >= 0) {
                const parent = callNode[depth];
                if (low[n] < low[parent])
                    low[parent] = low[n];
            }
        }
    }
    for (let n = 0; n < size; n++)
        if (of[n] !== -1)
            of[n] = found - 1 - of[n];
    return { of, count: found };
}

;// CONCATENATED MODULE: ./src/core/analysis/path-facts.ts



/**
 * "Some path from the start reaches this block without passing an edge that sets X" — the one question the
 * stored-input and working-queue rules ask. One breadth-first search per fact (linear, shortest paths for
 * the messages), memoised on the graph under `key`.
 */
function pathsAvoiding(graph, key, sets) {
    if (graph.entry < 0)
        return undefined;
    const byFact = graph.memo('pathsAvoiding', () => new Map());
    return memoIn(byFact, key, () => new ShortestPaths(graph, graph.entry, (e) => !sets(e), 50));
}
const PARAMETERS = ['Parameters'];
const CONDITIONS = ['Transitions', 'Conditions'];
/**
 * The reachable blocks whose parameters or condition operands hold a string `test` accepts (where a block
 * reads data; never its Identifier or NextAction targets), in flow order.
 */
function blocksReading(graph, test) {
    const reachable = graph.reachable();
    const found = [];
    let hit = false;
    const walker = new StringWalker((text, _at, last) => {
        if (!hit && last !== 'Identifier' && last !== 'NextAction' && test(text))
            hit = true;
    });
    for (const a of graph.flow.actions) {
        if (!reachable[a.index])
            continue;
        hit = false;
        walker.walk(a.parameters, a.path, PARAMETERS);
        const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
        const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? transitions['Conditions'] : undefined;
        if (!hit && Array.isArray(conditions))
            walker.walk(conditions, a.path, CONDITIONS);
        if (hit)
            found.push(a);
    }
    return found;
}
/** A flag parameter written as the console writes it ("True"/"False") or as a JSON boolean. */
function flag(action, name) {
    const v = Object.hasOwn(action.parameters, name) ? action.parameters[name] : undefined;
    return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}
/**
 * Edges after which a working queue may be set: leaving "Set working queue" (UpdateContactTargetQueue) by
 * any route, and, to stay silent when unsure, leaving a module (it may set one) or a block the action table
 * does not know. Its error branch counts too: it fails only when the queue it names is wrong, and a transfer
 * wired to that branch is a report about a misconfiguration no rule here can see, not a missing block.
 */
function mayQueue(graph, e) {
    const from = graph.flow.actions[e.from];
    return from.type === 'UpdateContactTargetQueue' || from.type === 'InvokeFlowModule' || from.spec === undefined;
}
/** Some path from the start reaches `node` and passes no block that may set a working queue. */
function queueUnsetAt(graph, node) {
    return pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e))?.reached(node) === true;
}
/**
 * A flow module (its type, a module export's Settings, or an EndFlowModuleExecution block). A module runs
 * with the logging of the flow that invoked it, and does not share that flow's local data.
 */
function isModule(flowType, flowValue, actions) {
    return (flowType === MODULE_FLOW_TYPE ||
        (typeof flowValue === 'object' && flowValue !== null && Object.hasOwn(flowValue, 'Settings')) ||
        actions.some((a) => a.type === 'EndFlowModuleExecution'));
}
const path_facts_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * An inbound flow as its export says: one of `flowTypes` (default CONTACT_FLOW), not contradicted by the
 * designer's own Metadata.type (the wrapper's type is what a deploy script wrote: a quick-connect flow saved
 * as CONTACT_FLOW keeps "queueTransfer" there), and not a module. Whether it is entered from a phone number
 * also needs that no flow of the repository calls it: the caller decides that.
 */
function isInboundFlow(flow, flowTypes = ['CONTACT_FLOW']) {
    if (flow.flowType === undefined || !flowTypes.includes(flow.flowType))
        return false;
    if (isModule(flow.flowType, flow.doc.value, flow.actions))
        return false;
    const value = flow.doc.value;
    const metadata = path_facts_isObject(value) && Object.hasOwn(value, 'Metadata') ? value['Metadata'] : undefined;
    const designerType = path_facts_isObject(metadata) && Object.hasOwn(metadata, 'type') ? metadata['type'] : undefined;
    return designerType === undefined || resolveFlowType(undefined, designerType) === flow.flowType;
}

;// CONCATENATED MODULE: ./src/rules/input-menu-conditions/rule.ts


/** A prompt offering a key: "press 1", "Press one", "dial 2", "select 3" (not "press any key"). */
const MENU_OPTION = /\b(?:press|dial|select|enter|choose)\s+(?:[0-9*#]|one|two|three|four|five|six|seven|eight|nine|zero|star|pound|hash)\b/i;
function promptText(a) {
    const p = a.parameters;
    const text = (k) => (Object.hasOwn(p, k) && typeof p[k] === 'string' ? p[k] : '');
    return `${text('Text')} ${text('SSML')}`;
}
/**
 * A "Get customer input" block used as a menu (GetParticipantInput that does not store the input) with no
 * conditions: every key press is "no matching condition", so it takes that error branch. A menu is known by
 * its prompt offering keys; silent when the key press cannot change the route (the no-match branch goes
 * where the timeout goes: "press 1 to skip"), and for blocks no path reaches.
 */
/* harmony default export */ const input_menu_conditions_rule = (defineRule({
    meta: {
        id: 'input-menu-conditions',
        description: 'A "Get customer input" block used as a menu has a condition for its options.',
        severity: 'warn',
        functionName: 'inputMenuConditions',
        messages: {
            noConditions: '{{block}} offers a menu ("{{offered}}") but has no conditions, so every key press takes NoMatchingCondition: add a condition per option, or set StoreInput.',
        },
    },
    check({ graph, report }) {
        const reachable = graph.reachable();
        for (const a of graph.flow.actions) {
            if (a.type !== 'GetParticipantInput' || !reachable[a.index])
                continue;
            // Storing the input (Store customer input) is the other use of the block: the digits go to $.StoredCustomerInput.
            if (flag(a, 'StoreInput'))
                continue;
            // A Lex-driven input block routes by intent, not by key conditions.
            if (Object.hasOwn(a.parameters, 'LexV2Bot') || Object.hasOwn(a.parameters, 'LexBot'))
                continue;
            if (a.transitions.some((t) => t.kind === 'condition'))
                continue;
            // Without conditions the block is also "press any key to go on" (a voicemail's stop-recording wait):
            // it is a menu only when its prompt offers keys ("press 1", "dial 2"). Audio prompts say nothing here.
            const offered = promptText(a).match(MENU_OPTION);
            if (!offered)
                continue;
            const noMatch = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'NoMatchingCondition');
            const timeout = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'InputTimeLimitExceeded');
            if (noMatch && timeout && noMatch.target === timeout.target)
                continue;
            report({ messageId: 'noConditions', data: (n) => ({ block: n.ref(a), offered: n.text(offered[0], 0.5) }), block: a });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/known-action-type/rule.ts



const TYPES = Object.keys(ACTIONS);
function nearType(type) {
    const lower = type.toLowerCase();
    return TYPES.find((t) => t.toLowerCase() === lower) ?? closest(type, TYPES, 2);
}
const REJECTED = 'block "{{id}}" has the type "{{type}}", which the flow language does not have, so the import fails: ';
/** Block types the flow language does not have: legacy designer names, typos, invented types. */
/* harmony default export */ const known_action_type_rule = (defineRule({
    meta: {
        id: 'known-action-type',
        description: 'Every block type exists in the Amazon Connect flow language.',
        severity: 'error',
        functionName: 'knownActionType',
        options: {
            type: 'object',
            properties: {
                allow: { type: 'array', items: { type: 'string' }, description: 'action types to accept although the table does not know them (types newer than this release)' },
            },
            additionalProperties: false,
        },
        messages: {
            legacy: `${REJECTED}the flow language calls this block "{{legacy}}".`,
            legacyWithoutEquivalent: `${REJECTED}it is a legacy name with no flow-language equivalent: rebuild that step with current blocks.`,
            nearMiss: `${REJECTED}did you mean "{{near}}"?`,
            unknown: `${REJECTED}re-export the flow from the current designer.`,
        },
    },
    check({ flow, options, report }) {
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (a.type === '' || a.spec || options.allow?.includes(a.type))
                continue;
            const legacy = Object.hasOwn(LEGACY_ACTION_TYPES, a.type) ? LEGACY_ACTION_TYPES[a.type] : undefined;
            // A spelling hint only for a near miss (letter case, or one or two edits): a looser match names a block
            // that does something else (TransferToQueue is not TransferToFlow); block names have their real type above.
            const near = legacy === undefined ? nearType(a.type) : undefined;
            const found = { block: a, path: [...a.path, 'Type'], facts: { type: a.type } };
            const data = (n) => ({ id: shortId(a.id), type: n.text(a.type) });
            if (legacy !== undefined)
                report(legacy ? { ...found, messageId: 'legacy', data: (n) => ({ ...data(n), legacy }) } : { ...found, messageId: 'legacyWithoutEquivalent', data });
            else if (near)
                report({ ...found, messageId: 'nearMiss', data: (n) => ({ ...data(n), near }) });
            else
                report({ ...found, messageId: 'unknown', data });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/logging-enabled/rule.ts




function enablesLogging(a) {
    const v = Object.hasOwn(a.parameters, LOGGING_ENABLE.parameter) ? a.parameters[LOGGING_ENABLE.parameter] : undefined;
    return a.type === LOGGING_ENABLE.type && typeof v === 'string' && v.toLowerCase() === LOGGING_ENABLE.value.toLowerCase();
}
/** The first block that does real work is reached before flow logging is turned on. */
/* harmony default export */ const logging_enabled_rule = (defineRule({
    meta: {
        id: 'logging-enabled',
        description: 'Flow logging is on before the first block that does real work.',
        severity: 'info',
        functionName: 'loggingEnabled',
        options: {
            type: 'object',
            properties: {
                ignoreModules: { type: 'boolean', description: 'do not check flow modules (default true: they run with the logging of the flow that invoked them)' },
                flowTypes: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'flow types to check when the type is known (default ["CONTACT_FLOW"]: queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set)',
                },
            },
            additionalProperties: false,
        },
        messages: {
            beforeLogging: '{{block}} runs before flow logging is enabled, so a misrouted call leaves no log: start the flow with a "Set logging behavior" block (Enabled).',
        },
    },
    check({ graph, flow, options, entry: enteredFrom, report }) {
        // A flow other flows of the repository transfer to runs with the logging its callers set.
        if (graph.entry < 0 || enteredFrom !== undefined)
            return;
        if (options.ignoreModules !== false && isModule(flow.flowType, flow.doc.value, flow.actions))
            return;
        if (flow.flowType !== undefined && flow.flowType !== MODULE_FLOW_TYPE && !(options.flowTypes ?? ['CONTACT_FLOW']).includes(flow.flowType))
            return;
        // Search through set-up blocks only; logging-enabling blocks end the search on their path.
        // Set-up blocks and blocks that only end the contact do no work worth a log.
        const setup = (a) => {
            const spec = a.spec;
            return (spec?.setup === true || spec?.terminal === true) && !enablesLogging(a);
        };
        const entry = flow.actions[graph.entry];
        if (enablesLogging(entry))
            return;
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
            return;
        report({ messageId: 'beforeLogging', data: (n) => ({ block: n.ref(first) }), block: first });
    },
}));

;// CONCATENATED MODULE: ./src/rules/no-hardcoded-arn/rule.ts


// An ARN that carries a 12-digit account id: it names one account's resource.
const ACCOUNT_ARN = /arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',]*/g;
const rule_PARAMETERS = ['Parameters'];
/** The 12-digit account of an ARN ACCOUNT_ARN matched: its fifth field. */
const accountOf = (arn) => arn.split(':')[4];
/** Account- or instance-specific ARNs in block parameters. */
/* harmony default export */ const no_hardcoded_arn_rule = (defineRule({
    meta: {
        id: 'no-hardcoded-arn',
        description: 'Parameters hold no account-specific ARNs.',
        severity: 'warn',
        functionName: 'noHardcodedArn',
        options: {
            type: 'object',
            properties: {
                allow: { type: 'array', items: { type: 'string', format: 'regex' }, description: 'ARNs matching any of these patterns are accepted' },
            },
            additionalProperties: false,
        },
        messages: {
            // One sentence: the ARN itself is at the finding's position (and in its identity), its account says why.
            hardcoded: '{{block}} hard-codes account {{account}}\'s ARN in "{{key}}", which breaks in other accounts: use a deployment placeholder or a contact attribute.',
        },
    },
    check({ flow, options, report }) {
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
                report({ messageId: 'hardcoded', data: (n) => ({ block: n.ref(action), account: n.text(accountOf(m[0])), key: n.text(String(key), 0.6) }), block: action, path, facts: { arn: m[0] } });
            }
        });
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            action = a;
            walker.walk(a.parameters, a.path, rule_PARAMETERS);
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/parameters-valid/rule.ts




/** Real exports write numbers and booleans as strings ("8", "True"); a value is checked for what it denotes. */
function shapeProblem(shape, v, params) {
    switch (shape) {
        case 'string':
            return typeof v === 'string' ? undefined : 'must be a string';
        case 'number':
            return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (/^-?\d+(\.\d+)?$/.test(v.trim()) || isFilledLater(v))) ? undefined : 'must be a number';
        case 'boolean':
            return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) || (typeof v === 'string' && isFilledLater(v)) ? undefined : 'must be true or false';
        case 'string[]':
            return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of strings';
        case 'fieldNames':
            return (Array.isArray(v) && v.every((x) => typeof x === 'string')) || (typeof v === 'object' && v !== null && !Array.isArray(v))
                ? undefined
                : 'must be a list of field names, e.g. ["FirstName", "Province"]';
        case 'object':
            return typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object';
        case 'timeoutSeconds1to8': {
            const invocation = Object.hasOwn(params, 'InvocationType') ? String(params['InvocationType']).toUpperCase() : 'SYNCHRONOUS';
            if (invocation !== 'SYNCHRONOUS')
                return undefined;
            const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
            if (typeof v === 'string' && isFilledLater(v))
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
/**
 * A near miss of a known name: the same name in other letter case, or one or two edits away (one for short
 * names). A looser match would "correct" parameters the console writes that the table has not seen yet.
 */
function nearMiss(name, known) {
    const lower = name.toLowerCase();
    for (const k of known)
        if (k.toLowerCase() === lower)
            return k;
    return closest(name, known, name.length <= 6 ? 1 : 2);
}
/**
 * Missing or empty required parameters and values of the wrong shape (errors, only for entries checked against
 * real exports); parameter names that are a near miss of a known name or a known earlier name (warnings); with
 * `unseenParameters`, names the table has never seen (info).
 */
/* harmony default export */ const parameters_valid_rule = (defineRule({
    meta: {
        id: 'parameters-valid',
        description: 'Blocks have their required parameters, values of the right shape, and no unknown parameter names (warnings).',
        severity: 'error',
        functionName: 'parametersValid',
        options: {
            type: 'object',
            properties: {
                unknownParameters: { type: 'boolean', description: 'report parameter names that are a near miss of a known name or a known earlier name (default true)' },
                unseenParameters: { type: 'boolean', description: 'also note, as info, parameter names the table has never seen (default false; on in strict)' },
                ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
            },
            additionalProperties: false,
        },
        // {{unless}} is empty, or names the parameters that make this one optional: ` (unless "TaskTemplateId" is set)`.
        messages: {
            missing: '{{block}} has no "{{parameter}}", which {{type}} requires{{unless}}: set it.',
            empty: '{{block}}: "{{parameter}}" is {{emptiness}}, and {{type}} needs a value there{{unless}}: fill it in.',
            shape: '{{block}}: "{{parameter}}" {{problem}}, not {{value}}.',
            legacy: '{{block}} has the parameter "{{parameter}}", which real {{type}} exports write as "{{replacement}}": rename it.',
            nearMiss: '{{block}} has the parameter "{{parameter}}", which {{type}} does not take: did you mean "{{near}}"?',
            unseen: "{{block}} has the parameter \"{{parameter}}\", which the linter's table for {{type}} does not list (it may be newer than this release).",
        },
    },
    check({ flow, options, report }) {
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (options.ignoreTypes?.includes(a.type))
                continue;
            // An entry that does not say how it knows raises nothing.
            if (!hasEvidence(a.spec))
                continue;
            const spec = a.spec.parameters;
            if (!spec)
                continue;
            const p = a.parameters;
            const { required, shapes, known } = prepared(spec, a.type);
            const block = (n) => n.ref(a);
            // Required parameters and value shapes come from what real exports write: the reference alone has named
            // parameters the service does not take (Wait's TimeoutSeconds).
            const sure = checkedAgainstExports(a.spec);
            for (let r = 0; sure && r < required.length; r++) {
                const name = required[r];
                const v = Object.hasOwn(p, name) ? p[name] : undefined;
                if (v !== undefined && v !== null && v !== '')
                    continue;
                const unlessList = spec.requiredUnless?.[name];
                if (unlessList?.some((other) => Object.hasOwn(p, other) && p[other] !== '' && p[other] !== null))
                    continue;
                const unless = unlessList ? ` (unless ${unlessList.map((o) => `"${o}"`).join(' or ')} is set)` : '';
                const data = (n) => ({ block: block(n), parameter: name, type: a.type, unless });
                report({
                    ...(v === undefined ? { messageId: 'missing', data } : { messageId: 'empty', data: (n) => ({ ...data(n), emptiness: v === '' ? 'empty' : 'null' }) }),
                    block: a,
                    path: v === undefined ? [...a.path, Object.hasOwn(a.raw, 'Parameters') ? 'Parameters' : 'Identifier'] : [...a.path, 'Parameters', name],
                    facts: { parameter: name, kind: v === undefined ? 'missing' : 'empty' },
                });
            }
            for (let k = 0; sure && k < shapes.length; k++) {
                const name = shapes[k][0];
                const shape = shapes[k][1];
                if (!Object.hasOwn(p, name))
                    continue;
                const problem = shapeProblem(shape, p[name], p);
                if (!problem)
                    continue;
                report({
                    messageId: 'shape',
                    data: (n) => ({ block: block(n), parameter: name, problem, value: n.text(JSON.stringify(p[name]) ?? String(p[name]), 0.75) }),
                    block: a,
                    path: [...a.path, 'Parameters', name],
                    part: 'key',
                    facts: { parameter: name, kind: 'value' },
                });
            }
            if (options.unknownParameters === false || !known || known.size === 0)
                continue;
            for (const name in p) {
                if (!Object.hasOwn(p, name) || known.has(name))
                    continue;
                const replacement = spec.legacy?.[name];
                const near = replacement ?? nearMiss(name, known);
                const at = { block: a, path: [...a.path, 'Parameters', name] };
                if (near !== undefined) {
                    report({
                        ...(replacement
                            ? { messageId: 'legacy', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, replacement }) }
                            : { messageId: 'nearMiss', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, near: near }) }),
                        ...at,
                        severity: 'warn',
                        facts: { parameter: name, kind: replacement ? 'legacy' : 'unknown', suggestion: near },
                    });
                }
                else if (options.unseenParameters === true) {
                    // Console exports write parameters newer than any table: a name never seen is a note, not a defect.
                    report({ messageId: 'unseen', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type }), ...at, severity: 'info', facts: { parameter: name, kind: 'unseen' } });
                }
            }
        }
    },
}));

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
const profile_CONDITIONS = ['Transitions', 'Conditions'];
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
            walker.walk(conditions, a.path, profile_CONDITIONS);
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
 * The profile state on entry to each block: "loaded" is a must-property (every path passed a successful
 * lookup), "lookups" a may-property (which lookup can be the last one). Together they answer both profile
 * policies.
 *
 * A successful lookup replaces whatever was loaded, and every other edge hands its state on unchanged. So
 * blocks that reach each other without passing a successful lookup share one state, and the state of such
 * a group (a strongly connected component of the graph without lookup successes) is the join of what enters
 * it: the successful lookups whose success edges lead into it, and the states of the groups before it. One
 * pass over the groups in topological order solves it exactly: no fixpoint, no re-visits, a word per 32
 * lookups per group (a worklist that re-ran a loop's body for each new lookup reaching its head was
 * quadratic in rounds: minutes on a 10,000-block flow).
 */
function profileStates(graph, loadedAtEntry) {
    // The policies and the repository pass ask for the same states: solved once per graph.
    const byEntry = graph.memo('profileStates', () => new Map());
    return memoIn(byEntry, loadedAtEntry, () => solveProfileStates(graph, loadedAtEntry));
}
function lookupIndex(graph) {
    return graph.memo('lookupIndex', () => new LookupIndex(graph));
}
/** States are shared, never changed: a join returns an input when it adds nothing. */
function join(a, b, index) {
    if (a === undefined || a === b)
        return b;
    const loaded = a.loaded && b.loaded;
    if (isSubset(b.bits, a.bits))
        return loaded === a.loaded ? a : new ProfileState(loaded, a.bits, index);
    if (isSubset(a.bits, b.bits))
        return loaded === b.loaded ? b : new ProfileState(loaded, b.bits, index);
    const bits = new Uint32Array(a.bits.length);
    for (let w = 0; w < bits.length; w++)
        bits[w] = a.bits[w] | b.bits[w];
    return new ProfileState(loaded, bits, index);
}
function solveProfileStates(graph, loadedAtEntry) {
    const state = new Array(graph.size);
    if (graph.entry < 0)
        return state;
    const index = lookupIndex(graph);
    const lookups = lookupNodes(graph);
    const reachable = graph.reachable();
    const groups = components(graph, reachable, (e) => !isLookupSuccess(e, lookups));
    // Group numbers are topological: listing each group's members in order lets one pass visit them in order.
    const first = new Int32Array(groups.count + 1);
    for (let n = 0; n < graph.size; n++)
        if (groups.of[n] >= 0)
            first[groups.of[n] + 1]++;
    for (let g = 0; g < groups.count; g++)
        first[g + 1] += first[g];
    const members = new Int32Array(first[groups.count]);
    const fill = first.slice(0, groups.count);
    for (let n = 0; n < graph.size; n++)
        if (groups.of[n] >= 0)
            members[fill[groups.of[n]]++] = n;
    const afterLookup = [];
    const groupState = new Array(groups.count);
    const entry = loadedAtEntry ? new ProfileState(true, index.single(index.entryBit), index) : new ProfileState(false, new Uint32Array(index.words), index);
    const incoming = graph.in;
    for (let g = 0; g < groups.count; g++) {
        let s;
        for (let i = first[g]; i < first[g + 1]; i++) {
            const n = members[i];
            if (n === graph.entry)
                s = join(s, entry, index);
            for (let k = 0, edges = incoming[n]; k < edges.length; k++) {
                const e = edges[k];
                if (!reachable[e.from])
                    continue;
                if (isLookupSuccess(e, lookups))
                    s = join(s, (afterLookup[e.from] ??= new ProfileState(true, index.single(index.bitOf[e.from]), index)), index);
                else if (groups.of[e.from] !== g)
                    s = join(s, groupState[groups.of[e.from]], index);
            }
        }
        groupState[g] = s;
        for (let i = first[g]; i < first[g + 1]; i++)
            state[members[i]] = s;
    }
    return state;
}
/**
 * Which lookups request which names, lower-cased: `exact` by the name requested, `below` by each dotted
 * prefix of a requested name ("Attributes" for "Attributes.tier"). Built once per graph, so a field's lacking
 * set costs the lookups that name it, not a look at every lookup's list.
 */
function requestIndex(graph, index) {
    return graph.memo('requestIndex', () => {
        const exact = new Map();
        const below = new Map();
        const add = (map, key, bit) => {
            const list = map.get(key);
            if (!list)
                map.set(key, [bit]);
            else if (list[list.length - 1] !== bit)
                list.push(bit);
        };
        index.nodes.forEach((node, bit) => {
            for (const r of responseFields(graph.flow.actions[node])) {
                const q = r.toLowerCase();
                add(exact, q, bit);
                for (let dot = q.indexOf('.'); dot !== -1; dot = q.indexOf('.', dot + 1))
                    add(below, q.slice(0, dot), bit);
            }
        });
        return { exact, below };
    });
}
/**
 * The lookups among those that may have run last before `state` that do not provide `field` (ENTRY_PROFILE
 * when `entryFields` is given and lacks it). A bit set of the lookups lacking each field is made once per
 * field, so checking a read costs a word per 32 lookups, not a look at every lookup.
 */
function lookupsLacking(graph, state, field, entryFields) {
    const index = lookupIndex(graph);
    // Per field, per entryFields list (the same list object for every read of one rule on one flow).
    const byField = graph.memo('lookupsLacking', () => new Map());
    const lacking = memoIn(memoIn(byField, field, () => new Map()), entryFields, () => {
        const bits = new Uint32Array(index.words);
        if (PROFILE_ALWAYS_PROVIDED.includes(field))
            return bits;
        for (let bit = 0; bit < index.nodes.length; bit++)
            bits[bit >> 5] |= 1 << (bit & 31);
        // Clear the lookups that provide it (fieldProvided's rule, read off an index of requested names).
        const providers = requestIndex(graph, index);
        const f = field.toLowerCase();
        const clear = (list) => {
            if (list)
                for (const bit of list)
                    bits[bit >> 5] &= ~(1 << (bit & 31));
        };
        clear(providers.exact.get(f));
        clear(providers.below.get(f));
        for (let dot = f.indexOf('.'); dot !== -1; dot = f.indexOf('.', dot + 1))
            clear(providers.exact.get(f.slice(0, dot)));
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
    const byEntry = graph.memo('profileAnalysis', () => new Map());
    const byNamespace = memoIn(byEntry, options.loadedAtEntry, () => new Map());
    return memoIn(byNamespace, options.namespace, () => computeProfileAnalysis(graph, options));
}
function computeProfileAnalysis(graph, options) {
    const reachable = graph.reachable();
    const actions = graph.flow.actions;
    const reads = profileReads(actions, options.namespace, reachable);
    const lookups = new Set(lookupIndex(graph).nodes);
    return { reads, lookups, states: reads.length > 0 ? profileStates(graph, options.loadedAtEntry) : [] };
}
/** Edges kept at each end of a long evidence path (the evidence shows 100 Identifiers at most). */
const PATH_KEEP = 50;
/** A shortest path from the entry to `node` that passes no successful lookup, by its ends. */
function pathWithoutProfile(analysis, graph, node) {
    if (graph.entry < 0)
        return undefined;
    const lookups = lookupNodes(graph);
    analysis.noProfileSearch ??= new ShortestPaths(graph, graph.entry, (e) => !isLookupSuccess(e, lookups), PATH_KEEP);
    if (!analysis.noProfileSearch.reached(node))
        return undefined;
    return analysis.noProfileSearch.ends(node);
}

;// CONCATENATED MODULE: ./src/core/rules/profile-options.ts
const PROFILE_OPTIONS = {
    profileLoadedAtEntry: {
        type: 'boolean',
        description: 'the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)',
        default: false,
    },
    namespace: { type: 'string', description: 'attribute namespace that holds profile data (default "Customer")' },
};

;// CONCATENATED MODULE: ./src/rules/profile-lookup-before-use/rule.ts




/** The profile block whose error branch the path took last (of the edges the path kept), if any. */
function lastFailedProfileBlock(graph, path) {
    for (const part of [path.tail, path.head]) {
        for (let k = part.length - 1; k >= 0; k--) {
            const e = part[k];
            if (e.kind === 'error' && isProfileLookup(graph.flow.actions[e.from]))
                return graph.flow.actions[e.from];
        }
    }
    return undefined;
}
/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
/* harmony default export */ const profile_lookup_before_use_rule = (defineRule({
    meta: {
        id: 'profile-lookup-before-use',
        description: 'Profile data is read only after a successful customer profile lookup on every path.',
        severity: 'error',
        functionName: 'profileLookupBeforeUse',
        options: { type: 'object', properties: PROFILE_OPTIONS, additionalProperties: false },
        // The message is built by code (a list of fields, the reason and the fix vary): see check.
        messages: {},
    },
    check({ graph, entry, options, report }) {
        const namespace = options.namespace ?? 'Customer';
        // Known callers decide what the flow starts with; the option covers flows nobody in the repository calls.
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
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
            const edges = pathWithoutProfile(analysis, graph, node) ?? { head: [], skipped: 0, tail: [] };
            const unloadedCaller = entry?.callers.find((c) => !c.loaded);
            // The fix depends on the block that failed on the path: a failed Create or Update wants its error
            // branch routed elsewhere, not another Get in front of it.
            const failed = lastFailedProfileBlock(graph, edges);
            // One sentence: what is read, by which block, why it is empty, the fix. The path itself goes to the
            // evidence (a line of its own under the message), the callers to the block's place in their flows.
            const message = fitMessage((n) => {
                const refs = fields.map((f) => `$.${n.text(namespace, 0.5)}.${n.text(f, 0.75)}`);
                const subject = refs.length === 1 ? refs[0] : `${refs[0]} (+${refs.length - 1} more)`;
                const why = unloadedCaller
                    ? unloadedCaller.module
                        ? `as a module does not see the profile its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) loaded`
                        : `as its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) enters it without a profile`
                    : hasLookup
                        ? 'on a path where no profile lookup succeeds'
                        : 'as no profile lookup is before it';
                const fix = failed && failed.type !== 'GetCustomerProfile'
                    ? `route ${n.typed(failed)}'s error branch away from it`
                    : hasLookup && !unloadedCaller
                        ? 'add a "Get profile" block, or route the lookup\'s error branch away'
                        : 'add a "Get profile" block before it';
                return `${subject} read by ${n.ref(action)} ${refs.length === 1 ? 'is' : 'are'} empty ${why}: ${fix}.`;
            });
            report({
                message,
                block: action,
                evidence: pathIds(graph, edges),
                // The lookups the path passes by their error branches: where the profile should have been loaded.
                related: (Array.isArray(edges) ? edges : [...edges.head, ...edges.tail])
                    .filter((e) => analysis.lookups.has(e.from))
                    .slice(0, 10)
                    .map((e) => ({ blockId: graph.flow.actions[e.from].id, message: `customer profile lookup ${blockRef(graph.flow.actions[e.from])}: the path leaves it by its "${e.label}" branch, with no profile loaded` })),
                facts: { field: fields.join(', ') },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/profile-response-fields/rule.ts





/** Lookups listed in a finding's evidence. */
const rule_MAX_EVIDENCE = 100;
/** Reads of profile fields that the last lookup on some path did not request. */
/* harmony default export */ const profile_response_fields_rule = (defineRule({
    meta: {
        id: 'profile-response-fields',
        description: 'Every profile field a block reads was requested by the lookup that loaded the profile.',
        severity: 'error',
        functionName: 'profileResponseFields',
        options: {
            type: 'object',
            properties: {
                ...PROFILE_OPTIONS,
                entryFields: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)',
                },
            },
            additionalProperties: false,
        },
        // The message is built by code (the block that leaves the field out is named as what it is): see check.
        messages: {},
    },
    check({ graph, entry, options, report }) {
        const namespace = options.namespace ?? 'Customer';
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
        // What the profile loaded before this flow holds: from the callers when known, else the option.
        const entryFields = entry ? (entry.fields === 'any' ? undefined : entry.fields) : options.entryFields;
        const actions = graph.flow.actions;
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
            // A hostile flow can have thousands of lookups on a read's paths: name one, count the rest.
            const named = missing[0];
            // One sentence: the read, the lookup that leaves the field out, the fix; every such lookup is the evidence.
            const message = fitMessage((n) => {
                const field = `$.${n.text(namespace, 0.5)}.${n.text(read.field, 0.75)}`;
                const block = named === ENTRY_PROFILE
                    ? lacking.length > 0
                        ? `the lookup in ${n.text(lacking[0].flow, 0.6)} (${shortId(lacking[0].blockId)}) before this flow`
                        : 'the profile loaded before this flow (entryFields)'
                    : // A Create or Update block loads the profile it writes: named as what it is, so the fix (its own
                        // ProfileResponseData) is not taken for "add a Get profile block".
                        actions[named].type === 'GetCustomerProfile' ? `lookup ${n.ref(actions[named])}` : n.typed(actions[named]);
                const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
                return `${field} read by ${n.ref(read.action)} is empty, as ${block}${more} does not request it: add it to ${more ? 'their' : 'its'} ProfileResponseData.`;
            });
            report({
                message,
                block: read.action,
                evidence: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, rule_MAX_EVIDENCE).map((l) => actions[l].id),
                // The lookups are the evidence, not a path through the flow.
                evidenceKind: 'blocks',
                related: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, rule_MAX_EVIDENCE).map((l) => ({ blockId: actions[l].id, message: `customer profile lookup ${blockRef(actions[l])} does not request "${read.field}" in ProfileResponseData` })),
                facts: { field: read.field },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/queue-set-before-transfer/rule.ts



/**
 * "Transfer to queue" (TransferContactToQueue) reached on a path where no working queue was set. Only where
 * the flow's start is known to have no queue: an inbound flow (type CONTACT_FLOW, known from its export and
 * not contradicted by the designer's metadata) that no flow of the repository calls and that sets a working
 * queue itself on some path, i.e. one entered from a phone number that owns its queue. Flows other flows call (a
 * caller may have set the queue), modules, queue, whisper and transfer flows, and flows of unknown type are
 * left alone.
 */
/* harmony default export */ const queue_set_before_transfer_rule = (defineRule({
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
        let caller;
        if (entry === undefined) {
            // Nobody in the repository calls it: an inbound flow is entered from a phone number, without a queue.
            if (!isInboundFlow(flow, options.flowTypes))
                return;
            // A flow that never sets a working queue yet transfers to one is written to be entered with a queue (a
            // transfer target: "intended to be called from other contact flows"). Only a flow that sets the queue
            // itself, on some paths, is known to own it: then a path that skips it is the defect.
            if (!graph.flow.actions.some((a) => a.type === 'UpdateContactTargetQueue'))
                return;
        }
        else {
            // Callers in the repository are known: only when every one is entered from a phone number and reaches
            // its transfer here on a path that sets no queue is this flow's start known to have none.
            if (entry.callers.length === 0 || !entry.callers.every((c) => c.queueUnset === true))
                return;
            const c = entry.callers[0];
            caller = { flow: c.flow, blockId: c.blockId };
        }
        const reachable = graph.reachable();
        const transfers = graph.flow.actions.filter((a) => a.type === 'TransferContactToQueue' && reachable[a.index]);
        if (transfers.length === 0)
            return;
        const paths = pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e));
        if (!paths)
            return;
        for (const a of transfers) {
            if (!paths.reached(a.index))
                continue;
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
}));

;// CONCATENATED MODULE: ./src/rules/reference-exists/rule.ts


const VERB = { flow: 'transfers to the flow', module: 'invokes the module', hook: 'sets as its event flow' };
/**
 * A long ARN as its last path segment (`…/<id>`; the verb says whether it is a flow or a module), and the
 * whole ARN is at the finding's position. Keeps the message one readable sentence.
 */
function shortArn(value) {
    if (!value.startsWith('arn:') || value.length <= 60)
        return value;
    const last = value.lastIndexOf('/');
    return last > 0 && last < value.length - 1 ? `…${value.slice(last)}` : value;
}
/**
 * References to other flows that should lead to a flow of the repository and do not. Only the whole run
 * knows which flows exist, so the rule finds nothing in one flow: its project hook reads the linked
 * summaries (src/core/repo/link.ts resolves each reference) and reports the unresolved ones.
 */
/* harmony default export */ const reference_exists_rule = (defineRule({
    meta: {
        id: 'reference-exists',
        description: 'Every flow, module and event flow a block names is in the repository (or marked external).',
        severity: 'error',
        functionName: 'referenceExists',
        options: {
            type: 'object',
            properties: {
                external: {
                    type: 'array',
                    items: { type: 'string', format: 'regex' },
                    description: 'references (the value, or the target name the designer shows) that point outside the repository on purpose',
                },
            },
            additionalProperties: false,
        },
        messages: {
            // The designer's name when the export has one (the value is at the finding's position), else the value.
            unresolved: '"{{block}}" ({{blockId}}) {{what}} "{{target}}", but {{why}}: add its file, map it in "flows", or mark it "external".',
        },
    },
    check() {
        // Nothing to find in one flow: see checkProject.
    },
    checkProject({ summaries, links, optionsFor, report }) {
        summaries.forEach((s, i) => {
            const options = optionsFor(s);
            if (!options)
                return;
            const external = options.external ?? [];
            s.references.forEach((r, k) => {
                const res = links.resolutions[i][k];
                if (res.status !== 'unresolved')
                    return;
                if (external.some((re) => re.test(r.value) || (r.nameHint !== undefined && re.test(r.nameHint))))
                    return;
                report(s, {
                    messageId: 'unresolved',
                    data: (n) => ({
                        block: n.text(r.block, 0.6),
                        blockId: shortId(r.blockId),
                        what: r.kind === 'hook' ? `${VERB.hook} (${n.text(r.hook ?? '', 0.5)})` : VERB[r.kind],
                        target: r.nameHint ? n.text(r.nameHint) : n.text(shortArn(r.value), 1.5),
                        why: clip(res.why, 90),
                    }),
                    range: r.range,
                    blockId: r.blockId,
                    subject: JSON.stringify([r.kind, r.hook ?? null, r.value]),
                });
            });
        });
    },
}));

;// CONCATENATED MODULE: ./src/rules/start-action-exists/rule.ts


/** The flow's StartAction is missing or names no block. */
/* harmony default export */ const start_action_exists_rule = (defineRule({
    meta: {
        id: 'start-action-exists',
        description: 'StartAction names a block of the flow.',
        severity: 'error',
        functionName: 'startActionExists',
        messages: {
            missing: 'the flow has no "StartAction": set it to the Identifier of the first block.',
            unknownNear: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: did you mean "{{near}}"?',
            unknown: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: set it to the Identifier of the first block.',
        },
    },
    check({ flow, report }) {
        if (flow.startAction === undefined) {
            // A StartAction that is there but not a string is flow-structure's finding.
            if (flow.structureProblems.some((p) => p.path[0] === 'StartAction'))
                return;
            report({ messageId: 'missing', path: [] });
            return;
        }
        if (flow.byId.has(flow.startAction))
            return;
        const near = closest(flow.startAction, flow.byId.keys(), IDENTIFIER_TYPO_EDITS);
        const start = flow.startAction;
        report(near
            ? { messageId: 'unknownNear', data: (n) => ({ start: n.text(start, 1.2), near: n.text(near, 1.2) }), path: ['StartAction'] }
            : { messageId: 'unknown', data: (n) => ({ start: n.text(start, 1.2) }), path: ['StartAction'] });
    },
}));

;// CONCATENATED MODULE: ./src/rules/stored-input-before-use/rule.ts



/** `$.StoredCustomerInput` or `$['StoredCustomerInput']`, as a whole name. */
const READ = /\$(?:\.StoredCustomerInput(?![A-Za-z0-9_])|\[\s*(['"])StoredCustomerInput\1\s*\])/;
/**
 * The edges after which the stored customer input is set: leaving a "Store customer input" block
 * (GetParticipantInput with StoreInput True) by its default route or a condition. Its error branches
 * (no DTMF on this channel, an invalid phone number) store nothing; a timeout takes the default route with
 * the value "Timeout", which is stored.
 */
function storesInput(graph, e) {
    const from = graph.flow.actions[e.from];
    return e.kind !== 'error' && from.type === 'GetParticipantInput' && flag(from, 'StoreInput');
}
/** Reads of $.StoredCustomerInput on a path where no block stored customer input before them. */
/* harmony default export */ const stored_input_before_use_rule = (defineRule({
    meta: {
        id: 'stored-input-before-use',
        description: '$.StoredCustomerInput is read only after a Store customer input block on every path.',
        severity: 'warn',
        functionName: 'storedInputBeforeUse',
        options: {
            type: 'object',
            properties: {
                storedAtEntry: {
                    type: 'boolean',
                    description: 'the flow is entered with customer input already stored (a flow transferred to after a Store customer input block); never true for a module',
                },
            },
            additionalProperties: false,
        },
        messages: {
            // The flow stores input on other paths.
            pathWithoutStore: '$.StoredCustomerInput read by {{block}} is empty on a path with no "Store customer input" block: add one on that path, or read a contact attribute the flow saved.',
            module: "$.StoredCustomerInput read by {{block}} is empty, as a module does not see its caller's stored input: store it in the module, or pass it in as an input.",
            noStore: '$.StoredCustomerInput read by {{block}} is empty, as no block stores customer input: add a "Store customer input" block before it, or read a contact attribute.',
        },
    },
    check({ graph, flow, entry, options, report }) {
        const readers = blocksReading(graph, (text) => text.includes('StoredCustomerInput') && READ.test(text));
        if (readers.length === 0)
            return;
        // What the flow starts with. A module never sees its caller's stored input (modules do not share the
        // invoking flow's local data); callers that transfer to this flow are not followed, so a flow entered
        // by a TransferToFlow is given the benefit of the doubt.
        const module = isModule(flow.flowType, flow.doc.value, flow.actions) || (entry !== undefined && entry.callers.length > 0 && entry.callers.every((c) => c.module));
        const transferred = entry !== undefined && entry.callers.some((c) => !c.module);
        if (!module && (transferred || options.storedAtEntry === true))
            return;
        const paths = pathsAvoiding(graph, 'storedInput', (e) => storesInput(graph, e));
        if (!paths)
            return;
        const stores = graph.flow.actions.some((a) => a.type === 'GetParticipantInput' && flag(a, 'StoreInput'));
        for (const a of readers) {
            if (!paths.reached(a.index))
                continue;
            const path = paths.ends(a.index);
            // The path goes to the evidence (a line of its own under the message), not into the sentence.
            report({
                messageId: stores ? 'pathWithoutStore' : module ? 'module' : 'noStore',
                data: (n) => ({ block: n.ref(a) }),
                block: a,
                evidence: pathIds(graph, path),
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/transition-target-exists/rule.ts


/** Transitions whose NextAction names no block of the flow. */
/* harmony default export */ const transition_target_exists_rule = (defineRule({
    meta: {
        id: 'transition-target-exists',
        description: 'Every transition goes to a block of the flow.',
        severity: 'error',
        functionName: 'transitionTargetExists',
        messages: {
            missingNear: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: did you mean "{{near}}"?',
            missing: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: point it at an existing block Identifier.',
        },
    },
    check({ flow, report }) {
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
                // The target is quoted whole where it fits: a near miss of an Identifier is told by a character or two.
                const data = (n) => ({
                    block: n.ref(action),
                    branch: t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${n.text(t.label, 0.6)} branch` : `its condition "${n.text(t.label, 0.6)}"`,
                    target: n.text(t.target, 1.2),
                    ...(near ? { near: n.text(near, 1.2) } : {}),
                });
                report({
                    messageId: near ? 'missingNear' : 'missing',
                    data,
                    block: action,
                    path: t.path,
                    facts: { target: t.target },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/unique-identifiers/rule.ts

/** Two blocks that share an Identifier. */
/* harmony default export */ const unique_identifiers_rule = (defineRule({
    meta: {
        id: 'unique-identifiers',
        description: 'No two blocks share an Identifier.',
        severity: 'error',
        functionName: 'uniqueIdentifiers',
        messages: {
            reused: 'block {{index}} ({{type}}) reuses the Identifier "{{id}}" of block {{firstIndex}}, so routes to it are ambiguous and the import fails: give it a new one.',
        },
    },
    check({ flow, report }) {
        for (const a of flow.actions) {
            // flow.byId keeps the first block of each Identifier: every later one is a duplicate.
            const first = flow.byId.get(a.id);
            if (first === a)
                continue;
            report({ messageId: 'reused', data: (n) => ({ index: a.index, type: n.text(a.type, 0.6), id: n.text(a.id, 1.2), firstIndex: first.index }), block: a });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/unreachable-block/rule.ts

/** Blocks no path from StartAction reaches. */
/* harmony default export */ const unreachable_block_rule = (defineRule({
    meta: {
        id: 'unreachable-block',
        description: 'Every block can be reached from the start.',
        severity: 'warn',
        functionName: 'unreachableBlock',
        messages: {
            unreachable: '{{block}} is unreachable, as no path from the start leads to it: connect it from a branch, or delete it.',
        },
    },
    check({ graph, flow, report }) {
        // Without an entry everything would be "unreachable"; start-action-exists reports the cause instead.
        if (graph.entry < 0)
            return;
        const reachable = graph.reachable();
        for (const a of flow.actions) {
            if (!reachable[a.index] && flow.byId.get(a.id) === a)
                report({ messageId: 'unreachable', data: (n) => ({ block: n.ref(a) }), block: a });
        }
    },
}));

;// CONCATENATED MODULE: ./src/generated/rules.ts


















const BUILTIN_RULES = [rule, error_branches_wired_rule, flow_ends_rule, flow_structure_rule, input_menu_conditions_rule, known_action_type_rule, logging_enabled_rule, no_hardcoded_arn_rule, parameters_valid_rule, profile_lookup_before_use_rule, profile_response_fields_rule, queue_set_before_transfer_rule, reference_exists_rule, start_action_exists_rule, stored_input_before_use_rule, transition_target_exists_rule, unique_identifiers_rule, unreachable_block_rule];

;// CONCATENATED MODULE: ./src/core/rules/function.ts
const LEGACY = {
    boolean: { type: 'boolean' },
    string: { type: 'string' },
    number: { type: 'number' },
    'string[]': { type: 'array', items: { type: 'string' } },
    regex: { type: 'string', format: 'regex' },
    'regex[]': { type: 'array', items: { type: 'string', format: 'regex' } },
    'scalar[]': { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
};
function isOptionsSchema(o) {
    return typeof o === 'object' && o !== null && o.type === 'object';
}
/** The options schema of a function or rule that takes none. */
const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false };
/**
 * A function's options as JSON Schema: a schema is kept as it is, the short format converted. Returns an
 * error text for a declaration that is neither.
 */
function optionsSchemaOf(options) {
    if (options === undefined)
        return NO_OPTIONS;
    if (isOptionsSchema(options))
        return options;
    if (typeof options !== 'object' || options === null || Array.isArray(options))
        return 'its "options" must be a JSON Schema ({ type: "object", properties }) or a mapping of option names to { type, description }';
    const properties = {};
    const required = [];
    for (const [name, spec] of Object.entries(options)) {
        const s = spec;
        const type = typeof s === 'object' && s !== null && typeof s.type === 'string' && Object.hasOwn(LEGACY, s.type) ? s.type : undefined;
        if (!type)
            return `option "${name}" must have a "type": one of ${Object.keys(LEGACY).join(', ')}`;
        properties[name] = { ...LEGACY[type], description: typeof s.description === 'string' ? s.description : '' };
        if (s.required === true)
            required.push(name);
    }
    return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}
function defineFunction(fn) {
    const options = optionsSchemaOf(fn.options);
    if (typeof options === 'string')
        throw new Error(`function "${fn.name}": ${options}`);
    return { ...fn, options };
}

;// CONCATENATED MODULE: ./src/core/config/jsonpath-guard.ts
const MAX_LENGTH = 2000;
/** Nesting of parentheses and `!` in a filter: the parser recurses once per level. */
const MAX_EXPR_DEPTH = 50;
class Refused extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
function checkJsonPath(path) {
    const r = parseJsonPath(path);
    return 'offset' in r ? r : undefined;
}
const NAME = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?\d+/y;
// Names that lead from a value to code in a JavaScript engine: refused so a path means the same wherever it is read.
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype']);
function parseJsonPath(path) {
    if (path.length > MAX_LENGTH)
        return { offset: MAX_LENGTH, message: `the JSONPath is longer than ${MAX_LENGTH} characters` };
    if (!path.startsWith('$'))
        return { offset: 0, message: 'a JSONPath must start with "$" (the flow document)' };
    try {
        return { steps: new PathParser(path).parse() };
    }
    catch (e) {
        if (e instanceof Refused)
            return { offset: e.offset, message: e.message };
        throw e;
    }
}
class PathParser {
    s;
    i = 1;
    constructor(s) {
        this.s = s;
    }
    fail(at, message) {
        throw new Refused(at, message);
    }
    skipSpaces() {
        while (this.s[this.i] === ' ')
            this.i++;
    }
    match(re) {
        re.lastIndex = this.i;
        const m = re.exec(this.s);
        if (!m)
            return undefined;
        this.i += m[0].length;
        return m[0];
    }
    parse() {
        const steps = [];
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '.') {
                const descend = s[this.i + 1] === '.';
                this.i += descend ? 2 : 1;
                if (s[this.i] === '[') {
                    if (!descend)
                        this.fail(this.i, 'write "[" straight after the name, without a "." before it');
                    steps.push({ kind: 'select', descend, selector: this.bracket() });
                    continue;
                }
                if (s[this.i] === '*') {
                    this.i++;
                    steps.push({ kind: 'select', descend, selector: { kind: 'wildcard' } });
                    continue;
                }
                const at = this.i;
                const name = this.match(NAME) ?? this.match(/\d+/y);
                if (name === undefined)
                    this.fail(at, `expected a property name, "*" or "[" after "${descend ? '..' : '.'}"`);
                if (FORBIDDEN.has(name))
                    this.fail(at, `"${name}" is not allowed in a JSONPath`);
                steps.push({ kind: 'select', descend, selector: { kind: 'key', key: name } });
            }
            else if (c === '[')
                steps.push({ kind: 'select', descend: false, selector: this.bracket() });
            else if (c === '^') {
                this.i++;
                steps.push({ kind: 'parent' });
            }
            else if (c === '~') {
                this.i++;
                if (this.i < s.length)
                    this.fail(this.i, '"~" (the property name) must end the path');
                steps.push({ kind: 'name' });
            }
            else
                this.fail(this.i, `unexpected "${c}": continue the path with "." or "["`);
        }
        return steps;
    }
    /** `[...]` at this.i: an index, quoted names, `*`, a slice, a union, or a filter `?(...)`. */
    bracket() {
        const open = this.i;
        this.i++;
        this.skipSpaces();
        const s = this.s;
        let selector;
        if (s[this.i] === '*') {
            this.i++;
            selector = { kind: 'wildcard' };
        }
        else if (s[this.i] === '?') {
            this.i++;
            this.skipSpaces();
            if (s[this.i] !== '(')
                this.fail(this.i, 'a filter is written [?(...)]');
            this.i++;
            const expr = new ExprParser(s, this.i).parseFilter();
            this.i = expr.end;
            selector = { kind: 'filter', expr: expr.expr };
        }
        else if (s[this.i] === '(')
            this.fail(this.i, 'script expressions [(...)] are not allowed: use an index, a quoted name, a slice or a filter ?(...)');
        else {
            const items = [];
            const slice = this.slice();
            if (slice)
                selector = slice;
            else {
                for (;;) {
                    this.skipSpaces();
                    if (this.i >= s.length)
                        this.fail(open, 'unclosed "[": add the matching "]"');
                    const at = this.i;
                    const q = s[this.i];
                    let key;
                    if (q === "'" || q === '"') {
                        key = this.quoted();
                        // Other JSONPath engines (jsonpath-plus, Spectral's) run ['?(...)'] and ['(...)'] as scripts: refused,
                        // so a path never means a name here and code elsewhere.
                        if (/^\??\(/.test(key))
                            this.fail(at, `the quoted name ${q}${key}${q} would be run as a script by other JSONPath tools: write a filter without quotes, [?(@.Type == 'Compare')]`);
                    }
                    else {
                        const n = this.match(NUMBER);
                        if (n === undefined) {
                            const name = this.match(NAME);
                            if (name === undefined)
                                this.fail(at, `"[${s.slice(open + 1, s.indexOf(']', open) === -1 ? undefined : s.indexOf(']', open))}]" is not a valid selector: use an index, a quoted name, "*", a slice or a filter ?(...)`);
                            key = name;
                        }
                        else {
                            if (n.startsWith('-'))
                                this.fail(at, `negative index ${n}: use a slice such as [${n}:] for the last items`);
                            key = Number(n);
                        }
                    }
                    if (typeof key === 'string' && FORBIDDEN.has(key))
                        this.fail(at, `"${key}" is not allowed in a JSONPath`);
                    items.push(key);
                    this.skipSpaces();
                    if (s[this.i] !== ',')
                        break;
                    this.i++;
                }
                selector = items.length === 1 ? { kind: 'key', key: items[0] } : { kind: 'union', keys: items };
            }
        }
        this.skipSpaces();
        if (this.i >= s.length)
            this.fail(open, 'unclosed "[": add the matching "]"');
        if (s[this.i] !== ']')
            this.fail(this.i, `expected "]" to close the "[" at column ${open + 1}`);
        this.i++;
        return selector;
    }
    /** `start:end:step`, each part optional, or undefined (and nothing consumed) when this is not a slice. */
    slice() {
        const m = /(-?\d+)?\s*:\s*(-?\d+)?(?:\s*:\s*(-?\d+)?)?/y;
        m.lastIndex = this.i;
        const r = m.exec(this.s);
        if (!r || !r[0].includes(':'))
            return undefined;
        const step = r[3] === undefined ? 1 : Number(r[3]);
        if (!(step >= 1))
            this.fail(this.i, `a slice's step must be 1 or more, not ${r[3]}`);
        this.i += r[0].length;
        return { kind: 'slice', ...(r[1] !== undefined ? { start: Number(r[1]) } : {}), ...(r[2] !== undefined ? { end: Number(r[2]) } : {}), step };
    }
    /** A quoted name at this.i; `\` escapes the next character. */
    quoted() {
        const s = this.s;
        const q = s[this.i];
        const at = this.i;
        let out = '';
        for (this.i++; this.i < s.length; this.i++) {
            const c = s[this.i];
            if (c === '\\' && this.i + 1 < s.length)
                out += s[++this.i];
            else if (c === q) {
                this.i++;
                return out;
            }
            else
                out += c;
        }
        this.fail(at, 'unterminated quoted name: add the closing quote');
    }
}
const CALL = 'function calls are not allowed in a filter, nor method calls: compare values with ==, !=, <, >, &&, || instead';
/** A filter's expression: literals, `@`/`$` values and their members, comparisons, `&&`, `||`, `!`, parentheses. */
class ExprParser {
    s;
    i;
    depth = 0;
    /** The first forbidden member name: reported once the filter parses, so a call after it is named first. */
    forbidden;
    constructor(s, i) {
        this.s = s;
        this.i = i;
    }
    fail(at, message) {
        throw new Refused(at, message);
    }
    spaces() {
        while (/\s/.test(this.s[this.i] ?? ''))
            this.i++;
    }
    /** Parses up to the `)` that closes the filter, returning the offset after it. */
    parseFilter() {
        const expr = this.or();
        this.spaces();
        if (this.i >= this.s.length)
            this.fail(this.i, 'unclosed filter: add ")]"');
        if (this.s[this.i] !== ')')
            this.unexpected();
        if (this.forbidden)
            this.fail(this.forbidden.at, `"${this.forbidden.name}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
        return { expr, end: this.i + 1 };
    }
    unexpected() {
        const c = this.s[this.i] ?? '';
        if (c === '(')
            this.fail(this.i, CALL);
        if (c === '=')
            this.fail(this.i, 'assignment is not allowed in a filter: use == or === to compare');
        if (c === '`')
            this.fail(this.i, 'template literals are not allowed in a filter');
        this.fail(this.i, `unexpected "${c}" in the filter: filters compare values of the flow, such as @.Type == 'Compare'`);
    }
    op(...ops) {
        this.spaces();
        for (const o of ops) {
            if (this.s.startsWith(o, this.i)) {
                // "=" alone is assignment, not a comparison.
                const next = this.s[this.i + o.length];
                if ((o === '<' || o === '>') && next === '=')
                    continue;
                if ((o === '==' || o === '!=') && next === '=')
                    continue;
                if (o === '!' && next === '=')
                    continue;
                this.i += o.length;
                return o;
            }
        }
        return undefined;
    }
    binary(next, ops) {
        let left = next();
        for (let o = this.op(...ops); o !== undefined; o = this.op(...ops))
            left = { kind: 'binary', op: o, left, right: next() };
        return left;
    }
    or = () => this.binary(this.and, ['||']);
    and = () => this.binary(this.equality, ['&&']);
    equality = () => this.binary(this.relation, ['===', '!==', '==', '!=']);
    relation = () => this.binary(this.unary, ['<=', '>=', '<', '>']);
    unary = () => {
        if (++this.depth > MAX_EXPR_DEPTH)
            this.fail(this.i, `the filter is nested deeper than ${MAX_EXPR_DEPTH} levels`);
        try {
            if (this.op('!'))
                return { kind: 'not', operand: this.unary() };
            this.spaces();
            if (this.s[this.i] === '-' && !/\d/.test(this.s[this.i + 1] ?? '')) {
                this.i++;
                return { kind: 'negate', operand: this.unary() };
            }
            return this.primary();
        }
        finally {
            this.depth--;
        }
    };
    primary() {
        this.spaces();
        const s = this.s;
        const c = s[this.i];
        const start = this.i;
        let expr;
        if (c === '(') {
            this.i++;
            expr = this.or();
            this.spaces();
            if (s[this.i] !== ')')
                this.i >= s.length ? this.fail(start, 'unclosed "(" in the filter') : this.unexpected();
            this.i++;
        }
        else if (c === "'" || c === '"')
            expr = { kind: 'literal', value: this.string() };
        else if (c !== undefined && /[-\d.]/.test(c) && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.test(s.slice(this.i, this.i + 40))) {
            const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 40));
            this.i += m[0].length;
            expr = { kind: 'literal', value: Number(m[0]) };
        }
        else if (c === '@' || c === '$') {
            const word = /^(?:@root|@parentProperty|@parent|@property|@|\$)(?![\w$])/.exec(s.slice(this.i, this.i + 20));
            if (!word)
                this.fail(this.i, `unknown name "${/^@?[\w$]*/.exec(s.slice(this.i))[0]}": a filter can use @ (the value), @.name, @property, @parent, @parentProperty and $ (the document)`);
            this.i += word[0].length;
            if (word[0] === '@property' || word[0] === '@parentProperty')
                expr = { kind: word[0] === '@property' ? 'property' : 'parentProperty' };
            else
                expr = { kind: 'value', base: word[0] === '@' ? 'current' : word[0] === '@parent' ? 'parent' : 'root', keys: this.members() };
        }
        else {
            const word = /^[A-Za-z_$][\w$]*/.exec(s.slice(this.i));
            const literals = { true: true, false: false, null: null, undefined: undefined };
            if (word && Object.hasOwn(literals, word[0])) {
                this.i += word[0].length;
                expr = { kind: 'literal', value: literals[word[0]] };
            }
            else if (word)
                this.fail(this.i, `"${word[0]}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
            else if (this.i >= s.length)
                this.fail(this.i, 'unclosed filter: add ")]"');
            else
                this.unexpected();
        }
        this.spaces();
        if (s[this.i] === '(')
            this.fail(this.i, CALL);
        if (s[this.i] === '.' || s[this.i] === '[')
            this.fail(this.i, 'members and methods are only allowed on @ and $ in a filter: write @.Name, not (@.Name).trim() or "x".length');
        return expr;
    }
    /** `.name`, `['name']`, `[0]` after @ or $. */
    members() {
        const keys = [];
        const s = this.s;
        for (;;) {
            if (s[this.i] === '.') {
                this.i++;
                const m = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(s.slice(this.i));
                if (!m)
                    this.fail(this.i, 'expected a property name after "."');
                if (FORBIDDEN.has(m[0]))
                    this.forbidden ??= { at: this.i, name: m[0] };
                this.i += m[0].length;
                keys.push(/^\d/.test(m[0]) ? Number(m[0]) : m[0]);
            }
            else if (s[this.i] === '[') {
                this.i++;
                this.spaces();
                const at = this.i;
                let key;
                if (s[this.i] === "'" || s[this.i] === '"')
                    key = this.string();
                else {
                    const m = /^\d+/.exec(s.slice(this.i));
                    if (!m)
                        this.fail(at, 'a member in a filter is a quoted name or an index: @[\'name\'], @[0]');
                    this.i += m[0].length;
                    key = Number(m[0]);
                }
                if (typeof key === 'string' && FORBIDDEN.has(key))
                    this.forbidden ??= { at, name: key };
                this.spaces();
                if (s[this.i] !== ']')
                    this.fail(this.i, 'expected "]"');
                this.i++;
                keys.push(key);
            }
            else
                return keys;
        }
    }
    string() {
        const s = this.s;
        const q = s[this.i];
        const at = this.i;
        let out = '';
        for (this.i++; this.i < s.length; this.i++) {
            const c = s[this.i];
            if (c === '\\' && this.i + 1 < s.length) {
                const n = s[++this.i];
                out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
            }
            else if (c === q) {
                this.i++;
                return out;
            }
            else
                out += c;
        }
        this.fail(at, 'unterminated string in the filter');
    }
}

;// CONCATENATED MODULE: ./src/rules/adapter.ts



/** Where built-in rule pages live: each rule's folder, whose README.md GitHub shows beside its code. */
const RULE_DOCS_BASE = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/src/rules/';
/** A rule's page: its meta.docs, else (a built-in rule) its folder's README.md. */
function docsUrl(rule, builtin = true) {
    return rule.meta.docs ?? (builtin ? `${RULE_DOCS_BASE}${rule.meta.id}/README.md` : undefined);
}
/** Fills {{name}} placeholders; an unknown one is left as written, so a typo shows in the message. */
function fill(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => (data && Object.hasOwn(data, k) ? String(data[k]) : m));
}
/** The text of a report: its message id's template filled in, or its own message. */
function messageOf(rule, report) {
    if (report.messageId !== undefined) {
        const template = Object.hasOwn(rule.meta.messages, report.messageId) ? rule.meta.messages[report.messageId] : undefined;
        if (template === undefined)
            throw new Error(`rule "${rule.meta.id}" reported an unknown messageId "${report.messageId}"`);
        const data = report.data;
        return typeof data === 'function' ? fitMessage((names) => fill(template, data(names))) : fill(template, data);
    }
    if (report.message === undefined)
        throw new Error(`rule "${rule.meta.id}" reported neither a messageId nor a message`);
    return report.message;
}
function resultOf(rule, report) {
    const path = report.path ?? (report.block ? [...report.block.path, 'Identifier'] : undefined);
    const blockId = report.block?.id ?? report.blockId;
    return {
        message: messageOf(rule, report),
        ...(path ? { path } : {}),
        ...(report.part ? { part: report.part } : {}),
        ...(blockId !== undefined ? { blockId } : {}),
        ...(report.evidence ? { evidence: report.evidence } : {}),
        ...(report.evidenceKind ? { evidenceKind: report.evidenceKind } : {}),
        ...(report.related ? { related: report.related } : {}),
        ...(report.severity ? { severity: report.severity } : {}),
        ...(report.facts ? { values: report.facts } : {}),
    };
}
/** The rule as a function of the engine: what a `then.function` runs. */
function functionOf(rule) {
    const asAny = rule;
    return {
        name: rule.meta.functionName ?? rule.meta.id,
        options: rule.meta.options ?? NO_OPTIONS,
        run: (target, opts, context) => {
            const results = [];
            rule.check({
                flow: context.flow,
                graph: context.graph,
                options: opts,
                path: context.path,
                target,
                ...(context.entry ? { entry: context.entry } : {}),
                report: (r) => results.push(resultOf(asAny, r)),
            });
            return results;
        },
        ...(rule.checkProject ? { checkProject: (context) => projectResults(rule, context) } : {}),
    };
}
/** `$`: a built-in rule runs once per flow, on the whole document. */
const WHOLE_FLOW = (() => {
    const parsed = parseJsonPath('$');
    if (!('steps' in parsed))
        throw new Error('"$" must parse');
    return parsed.steps;
})();
/** Runs a rule's project hook; its reports name summaries, the engine's results their index. */
function projectResults(rule, context) {
    const index = new Map(context.summaries.map((s, i) => [s, i]));
    const indexOf = (s) => {
        const i = index.get(s);
        if (i === undefined)
            throw new Error(`rule "${rule.meta.id}" reported on a flow summary that is not one of the run's`);
        return i;
    };
    const results = [];
    rule.checkProject({
        summaries: context.summaries,
        links: context.links,
        optionsFor: (s) => context.optionsFor(indexOf(s)),
        report: (s, r) => results.push({
            summary: indexOf(s),
            message: messageOf(rule, r),
            range: r.range,
            ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
            ...(r.severity ? { severity: r.severity } : {}),
            ...(r.subject !== undefined ? { subject: r.subject } : {}),
        }),
    });
    return results;
}
/** The rule as every config sees it before a ruleset turns it on: defined, with `$` as its target, off. */
function definitionOf(rule, fn, builtin = true) {
    const origin = { file: `connect-flow-lint:rule/${rule.meta.id}`, at: { line: 1, column: 1 } };
    const docs = docsUrl(rule, builtin);
    const defaults = {};
    for (const [name, s] of Object.entries(rule.meta.options?.properties ?? {}))
        if (s.default !== undefined)
            defaults[name] = s.default;
    return {
        id: rule.meta.id,
        description: rule.meta.description,
        severity: 'off',
        given: [{ text: '$', steps: WHOLE_FLOW, at: origin }],
        then: [{ fn, functionName: fn.name, options: defaults }],
        ...(docs !== undefined ? { documentationUrl: docs } : {}),
        definedIn: origin,
        setIn: origin,
    };
}

;// CONCATENATED MODULE: ./src/rules/index.ts



/** Each built-in rule's check as a function a ruleset's own rule may name (`then.function`). */
const RULE_FUNCTIONS = BUILTIN_RULES.map((r) => functionOf(r));
/** Every built-in rule as defined before any ruleset sets it: off, with its description and docs. */
const RULE_DEFINITIONS = BUILTIN_RULES.map((r, k) => definitionOf(r, RULE_FUNCTIONS[k]));

;// CONCATENATED MODULE: ./src/core/config/file-rules.ts
const DOCS = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/';
/**
 * Rules the file reader raises, not a rule function: every config has them, so a config or --rule can set
 * their severity or turn them off, per file through overrides like any rule. `parse-error` is not one of them:
 * a file that cannot be read was never linted, and turning that off would make it a silent pass.
 */
const FILE_RULES = [
    ['legacy-format', 'warn', 'The file is a legacy (pre-2020) flow-designer export, which the rules cannot check.'],
    ['unsupported-content', 'warn', "A CloudFormation flow resource's Content is built in a way the linter cannot read, so the flow was not checked."],
    ['file-too-large', 'error', 'The file is over the size limit (--max-file-size) and was not read.'],
].map(([id, severity, description]) => {
    const origin = { file: 'connect-flow-lint:built-in', at: { line: 1, column: 1 } };
    return Object.freeze({ id: id, severity: severity, description: description, given: [], then: [], documentationUrl: `${DOCS}${id}.md`, definedIn: origin, setIn: origin });
});
const FILE_RULE_IDS = new Set(FILE_RULES.map((r) => r.id));

;// CONCATENATED MODULE: ./src/core/rules/functions/generic.ts

/** Generic functions for JSONPath rules, with Spectral's names and meanings. */
function show(v) {
    const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
const truthy = defineFunction({
    name: 'truthy',
    run: (target) => (target ? [] : [{ message: 'must be set to a non-empty value' }]),
});
const falsy = defineFunction({
    name: 'falsy',
    run: (target) => (target ? [{ message: `must not be set (is ${show(target)})` }] : []),
});
const defined = defineFunction({
    name: 'defined',
    run: (target) => (target === undefined ? [{ message: 'must be present' }] : []),
});
const undefinedFn = defineFunction({
    name: 'undefined',
    run: (target) => (target !== undefined ? [{ message: 'must not be present' }] : []),
});
const pattern = defineFunction({
    name: 'pattern',
    options: {
        type: 'object',
        properties: {
            match: { type: 'string', format: 'regex', description: 'the value must match this regular expression' },
            notMatch: { type: 'string', format: 'regex', description: 'the value must not match this regular expression' },
        },
        anyOf: [{ required: ['match'] }, { required: ['notMatch'] }],
        additionalProperties: false,
    },
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
    options: {
        type: 'object',
        properties: { values: { type: 'array', items: { type: ['string', 'number', 'boolean'] }, description: 'the allowed values' } },
        required: ['values'],
        additionalProperties: false,
    },
    run: (target, o) => {
        if (target === undefined)
            return [];
        return o.values.includes(target) ? [] : [{ message: `${show(target)} must be one of ${o.values.map(show).join(', ')}` }];
    },
});
const generic_length = defineFunction({
    name: 'length',
    options: {
        type: 'object',
        properties: {
            min: { type: 'number', description: 'smallest allowed length (strings, arrays, object keys) or value (numbers)' },
            max: { type: 'number', description: 'largest allowed length or value' },
        },
        anyOf: [{ required: ['min'] }, { required: ['max'] }],
        additionalProperties: false,
    },
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

;// CONCATENATED MODULE: ./src/core/rules/functions/index.ts


/** Every built-in function by name: the names a config's `then.function` may use. */
const BUILTIN_FUNCTIONS = new Map([
    ...GENERIC_FUNCTIONS,
    ...RULE_FUNCTIONS,
].map((f) => [f.name, f]));

;// CONCATENATED MODULE: ./src/generated/config-validators.js
// Generated by scripts/gen-schema.ts from the rules and src/core/config/config-schema.ts. Do not edit.
const validateConfig = validate21;const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/connect-flow-lint/connect-flow-lint/schema/config.schema.json#structure","title":"connect-flow-lint config","description":"A .connect-flow-lint.yaml: rulesets to extend, rules to set or define, and per-file overrides. Generated from the rules (scripts/gen-schema.ts); the CLI validates with the same schema. Rule ids and function names are checked when the config extends only built-in rulesets; when it extends a file or a package, any rule id may be set and any function named, since they may be defined there (the CLI still checks them against what the extended files define).","type":"object","additionalProperties":false,"properties":{"extends":{"description":"Rulesets to build on, base first: connect-flow-lint:recommended, connect-flow-lint:strict, a relative path, or an npm package (@acme/policy or @acme/policy/file.yaml).","type":["string","array","null"],"minLength":1,"items":{"type":"string","minLength":1,"examples":["connect-flow-lint:recommended","connect-flow-lint:strict"]}},"rules":{"if":{"type":"null"},"then":true,"else":{"$ref":"#/definitions/rules"}},"overrides":{"description":"Rules for some files only: each { files, rules }, applied in order.","if":{"type":"null"},"then":true,"else":{"type":"array","items":{"$ref":"#/definitions/override"}}},"functions":{"description":"Custom rule functions, loaded from <functionsDir>/<name>.js next to this file.","if":{"type":"null"},"then":true,"else":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_$][A-Za-z0-9_$]*$"}}},"functionsDir":{"type":"string","default":"functions","description":"The folder of the custom functions, relative to this file."},"flows":{"description":"References to flows (an ARN, an id, or the name the designer shows) mapped to the repository file that holds the flow, optionally with #FlowName.","type":"object","additionalProperties":{"type":"string","minLength":1}},"tests":{"description":"Scenario files (or globs) for `connect-flow-lint test`, relative to this file; *.test.yaml files are found without being listed.","type":"array","items":{"type":"string","minLength":1}}},"definitions":{"severity":{"description":"error, warn, info, off (false means off)","enum":["error","warn","info","off",false]},"set":{"if":{"type":"array"},"then":{"description":"[severity] or [severity, options]","type":"array","minItems":1,"maxItems":2,"items":[{"$ref":"#/definitions/severity"}]},"else":{"if":{"type":"object"},"then":{"description":"Set the severity or options of a rule defined elsewhere.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/definitions/severity"},"options":{},"functionOptions":{}}},"else":{"$ref":"#/definitions/severity"}}},"then":{"description":"The function to run on what \"given\" selects, on one of its fields, with options.","type":"object","additionalProperties":false,"required":["function"],"properties":{"field":{"type":"string","description":"A field of each selected value to run the function on."},"function":{"type":"string","examples":["truthy","falsy","defined","undefined","pattern","enumeration","length","actionAllowedInFlowType","errorBranchesWired","flowEnds","flowStructure","inputMenuConditions","knownActionType","loggingEnabled","noHardcodedArn","parametersValid","profileLookupBeforeUse","profileResponseFields","queueSetBeforeTransfer","referenceExists","startActionExists","storedInputBeforeUse","transitionTargetExists","uniqueIdentifiers","unreachableBlock"],"description":"A built-in function, or one this ruleset (or one it extends) declares under \"functions\"."},"functionOptions":{"description":"Options of the function."}}},"definition":{"description":"A rule of your own: a JSONPath and the function to run on what it selects.","type":"object","additionalProperties":false,"required":["given","then"],"properties":{"description":{"type":"string"},"message":{"type":"string","description":"Placeholders: {{error}}, {{property}}, {{value}}, {{path}}, {{blockId}}, {{blockName}}, {{description}}."},"severity":{"$ref":"#/definitions/severity"},"given":{"description":"JSONPath (\"$\" for the whole flow), or a list of them.","if":{"type":"array"},"then":{"type":"array","items":{"type":"string"}},"else":{"type":"string"}},"then":{"if":{"type":"array"},"then":{"type":"array","items":{"$ref":"#/definitions/then"}},"else":{"$ref":"#/definitions/then"}},"documentationUrl":{"type":"string"},"recommended":{"description":"Accepted for Spectral rulesets; ignored."},"formats":{"description":"Accepted for Spectral rulesets; ignored."}}},"rules":{"description":"Rule ids mapped to a severity, [severity, options], { severity, options }, or a rule defined in full (given, then).","type":"object","propertyNames":{"not":{"const":"parse-error"}},"additionalProperties":{"if":{"type":"object","not":{"properties":{"given":false,"then":false}}},"then":{"$ref":"#/definitions/definition"},"else":{"$ref":"#/definitions/set"}}},"override":{"type":"object","additionalProperties":false,"required":["files"],"properties":{"files":{"description":"Globs relative to this file.","if":{"type":"array"},"then":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"else":{"type":"string","minLength":1}},"rules":{"description":"Rules as in \"rules\", for the files that match.","$ref":"#/definitions/rules"}}}}};const schema7 = {"description":"Rule ids mapped to a severity, [severity, options], { severity, options }, or a rule defined in full (given, then).","type":"object","propertyNames":{"not":{"const":"parse-error"}},"additionalProperties":{"if":{"type":"object","not":{"properties":{"given":false,"then":false}}},"then":{"$ref":"#/definitions/definition"},"else":{"$ref":"#/definitions/set"}}};const schema8 = {"description":"A rule of your own: a JSONPath and the function to run on what it selects.","type":"object","additionalProperties":false,"required":["given","then"],"properties":{"description":{"type":"string"},"message":{"type":"string","description":"Placeholders: {{error}}, {{property}}, {{value}}, {{path}}, {{blockId}}, {{blockName}}, {{description}}."},"severity":{"$ref":"#/definitions/severity"},"given":{"description":"JSONPath (\"$\" for the whole flow), or a list of them.","if":{"type":"array"},"then":{"type":"array","items":{"type":"string"}},"else":{"type":"string"}},"then":{"if":{"type":"array"},"then":{"type":"array","items":{"$ref":"#/definitions/then"}},"else":{"$ref":"#/definitions/then"}},"documentationUrl":{"type":"string"},"recommended":{"description":"Accepted for Spectral rulesets; ignored."},"formats":{"description":"Accepted for Spectral rulesets; ignored."}}};const schema9 = {"description":"error, warn, info, off (false means off)","enum":["error","warn","info","off",false]};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((((data === "error") || (data === "warn")) || (data === "info")) || (data === "off")) || (data === false))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema9.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate24.errors = vErrors;return errors === 0;}const schema10 = {"description":"The function to run on what \"given\" selects, on one of its fields, with options.","type":"object","additionalProperties":false,"required":["function"],"properties":{"field":{"type":"string","description":"A field of each selected value to run the function on."},"function":{"type":"string","examples":["truthy","falsy","defined","undefined","pattern","enumeration","length","actionAllowedInFlowType","errorBranchesWired","flowEnds","flowStructure","inputMenuConditions","knownActionType","loggingEnabled","noHardcodedArn","parametersValid","profileLookupBeforeUse","profileResponseFields","queueSetBeforeTransfer","referenceExists","startActionExists","storedInputBeforeUse","transitionTargetExists","uniqueIdentifiers","unreachableBlock"],"description":"A built-in function, or one this ruleset (or one it extends) declares under \"functions\"."},"functionOptions":{"description":"Options of the function."}}};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.function === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "field") || (key0 === "function")) || (key0 === "functionOptions"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.field !== undefined){if(typeof data.field !== "string"){const err2 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.function !== undefined){if(typeof data.function !== "string"){const err3 = {instancePath:instancePath+"/function",schemaPath:"#/properties/function/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate26.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.given === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "given"},message:"must have required property '"+"given"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.then === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "then"},message:"must have required property '"+"then"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((((((key0 === "description") || (key0 === "message")) || (key0 === "severity")) || (key0 === "given")) || (key0 === "then")) || (key0 === "documentationUrl")) || (key0 === "recommended")) || (key0 === "formats"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.message !== undefined){if(typeof data.message !== "string"){const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.severity !== undefined){if(!(validate24(data.severity, {instancePath:instancePath+"/severity",parentData:data,parentDataProperty:"severity",rootData}))){if(vErrors === null){vErrors = validate24.errors.slice();}else {for(const e of validate24.errors){vErrors.push(e);}}errors = vErrors.length;}}if(data.given !== undefined){let data3 = data.given;const _errs8 = errors;let valid1 = true;const _errs9 = errors;if(!(Array.isArray(data3))){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs9 === errors;errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs11 = errors;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(typeof data3[i0] !== "string"){const err6 = {instancePath:instancePath+"/given/" + i0,schemaPath:"#/properties/given/then/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/given",schemaPath:"#/properties/given/then/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs11 === errors;valid1 = _valid0;ifClause0 = "then";}else {const _errs15 = errors;if(typeof data3 !== "string"){const err8 = {instancePath:instancePath+"/given",schemaPath:"#/properties/given/else/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs15 === errors;valid1 = _valid0;ifClause0 = "else";}if(!valid1){const err9 = {instancePath:instancePath+"/given",schemaPath:"#/properties/given/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.then !== undefined){let data5 = data.then;const _errs18 = errors;let valid4 = true;const _errs19 = errors;if(!(Array.isArray(data5))){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid1 = _errs19 === errors;errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}let ifClause1;if(_valid1){const _errs21 = errors;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){if(!(validate26(data5[i1], {instancePath:instancePath+"/then/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){if(vErrors === null){vErrors = validate26.errors.slice();}else {for(const e of validate26.errors){vErrors.push(e);}}errors = vErrors.length;}}}else {const err11 = {instancePath:instancePath+"/then",schemaPath:"#/properties/then/then/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid1 = _errs21 === errors;valid4 = _valid1;ifClause1 = "then";}else {const _errs24 = errors;if(!(validate26(data5, {instancePath:instancePath+"/then",parentData:data,parentDataProperty:"then",rootData}))){if(vErrors === null){vErrors = validate26.errors.slice();}else {for(const e of validate26.errors){vErrors.push(e);}}errors = vErrors.length;}var _valid1 = _errs24 === errors;valid4 = _valid1;ifClause1 = "else";}if(!valid4){const err12 = {instancePath:instancePath+"/then",schemaPath:"#/properties/then/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.documentationUrl !== undefined){if(typeof data.documentationUrl !== "string"){const err13 = {instancePath:instancePath+"/documentationUrl",schemaPath:"#/properties/documentationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate23.errors = vErrors;return errors === 0;}const schema11 = {"if":{"type":"array"},"then":{"description":"[severity] or [severity, options]","type":"array","minItems":1,"maxItems":2,"items":[{"$ref":"#/definitions/severity"}]},"else":{"if":{"type":"object"},"then":{"description":"Set the severity or options of a rule defined elsewhere.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/definitions/severity"},"options":{},"functionOptions":{}}},"else":{"$ref":"#/definitions/severity"}}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = true;const _errs1 = errors;if(!(Array.isArray(data))){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;if(Array.isArray(data)){if(data.length > 2){const err1 = {instancePath,schemaPath:"#/then/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.length < 1){const err2 = {instancePath,schemaPath:"#/then/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data.length;if(len0 > 0){if(!(validate24(data[0], {instancePath:instancePath+"/0",parentData:data,parentDataProperty:0,rootData}))){if(vErrors === null){vErrors = validate24.errors.slice();}else {for(const e of validate24.errors){vErrors.push(e);}}errors = vErrors.length;}}}else {const err3 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs6 = errors;const _errs7 = errors;let valid2 = true;const _errs8 = errors;if(!(data && typeof data == "object" && !Array.isArray(data))){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}let ifClause1;if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "severity") || (key0 === "options")) || (key0 === "functionOptions"))){const err5 = {instancePath,schemaPath:"#/else/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.severity !== undefined){if(!(validate24(data.severity, {instancePath:instancePath+"/severity",parentData:data,parentDataProperty:"severity",rootData}))){if(vErrors === null){vErrors = validate24.errors.slice();}else {for(const e of validate24.errors){vErrors.push(e);}}errors = vErrors.length;}}}else {const err6 = {instancePath,schemaPath:"#/else/then/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid1 = _errs10 === errors;valid2 = _valid1;ifClause1 = "then";}else {const _errs14 = errors;if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){if(vErrors === null){vErrors = validate24.errors.slice();}else {for(const e of validate24.errors){vErrors.push(e);}}errors = vErrors.length;}var _valid1 = _errs14 === errors;valid2 = _valid1;ifClause1 = "else";}if(!valid2){const err7 = {instancePath,schemaPath:"#/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs6 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err8 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate30.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const _errs1 = errors;const _errs2 = errors;const _errs3 = errors;if("parse-error" !== key0){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var valid1 = _errs3 === errors;if(valid1){const err1 = {instancePath,schemaPath:"#/propertyNames/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}var valid0 = _errs1 === errors;if(!valid0){const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key1 in data){let data0 = data[key1];const _errs6 = errors;let valid3 = true;const _errs7 = errors;if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const _errs9 = errors;const _errs10 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.given !== undefined){var valid5 = false;const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {var valid5 = true;}if(valid5){if(data0.then !== undefined){var valid5 = false;const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {var valid5 = true;}}}var valid4 = _errs10 === errors;if(valid4){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}var _valid0 = _errs7 === errors;errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs11 = errors;if(!(validate23(data0, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){if(vErrors === null){vErrors = validate23.errors.slice();}else {for(const e of validate23.errors){vErrors.push(e);}}errors = vErrors.length;}var _valid0 = _errs11 === errors;valid3 = _valid0;ifClause0 = "then";}else {const _errs12 = errors;if(!(validate30(data0, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){if(vErrors === null){vErrors = validate30.errors.slice();}else {for(const e of validate30.errors){vErrors.push(e);}}errors = vErrors.length;}var _valid0 = _errs12 === errors;valid3 = _valid0;ifClause0 = "else";}if(!valid3){const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema12 = {"type":"object","additionalProperties":false,"required":["files"],"properties":{"files":{"description":"Globs relative to this file.","if":{"type":"array"},"then":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"else":{"type":"string","minLength":1}},"rules":{"description":"Rules as in \"rules\", for the files that match.","$ref":"#/definitions/rules"}}};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.files === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "files") || (key0 === "rules"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.files !== undefined){let data0 = data.files;const _errs3 = errors;let valid1 = true;const _errs4 = errors;if(!(Array.isArray(data0))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs4 === errors;errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs6 = errors;if(Array.isArray(data0)){if(data0.length < 1){const err3 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/then/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(data1.length < 1){const err4 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/then/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/then/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/then/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;ifClause0 = "then";}else {const _errs10 = errors;if(typeof data0 === "string"){if(data0.length < 1){const err7 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/else/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/else/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs10 === errors;valid1 = _valid0;ifClause0 = "else";}if(!valid1){const err9 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.rules !== undefined){if(!(validate22(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){if(vErrors === null){vErrors = validate22.errors.slice();}else {for(const e of validate22.errors){vErrors.push(e);}}errors = vErrors.length;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate36.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]*$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/connect-flow-lint/connect-flow-lint/schema/config.schema.json#structure" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "extends") || (key0 === "rules")) || (key0 === "overrides")) || (key0 === "functions")) || (key0 === "functionsDir")) || (key0 === "flows")) || (key0 === "tests"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.extends !== undefined){let data0 = data.extends;if(((typeof data0 !== "string") && (!(Array.isArray(data0)))) && (data0 !== null)){const err1 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: schema6.properties.extends.type},message:"must be string,array,null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data0 === "string"){if(data0.length < 1){const err2 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(data1.length < 1){const err3 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}if(data.rules !== undefined){let data2 = data.rules;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data2 !== null){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(!_valid0){const _errs10 = errors;if(!(validate22(data2, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){if(vErrors === null){vErrors = validate22.errors.slice();}else {for(const e of validate22.errors){vErrors.push(e);}}errors = vErrors.length;}var _valid0 = _errs10 === errors;valid3 = _valid0;}if(!valid3){const err6 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.overrides !== undefined){let data3 = data.overrides;const _errs12 = errors;let valid4 = true;const _errs13 = errors;if(data3 !== null){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(!_valid1){const _errs15 = errors;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){if(!(validate36(data3[i1], {instancePath:instancePath+"/overrides/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){if(vErrors === null){vErrors = validate36.errors.slice();}else {for(const e of validate36.errors){vErrors.push(e);}}errors = vErrors.length;}}}else {const err8 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/else/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid1 = _errs15 === errors;valid4 = _valid1;}if(!valid4){const err9 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.functions !== undefined){let data5 = data.functions;const _errs19 = errors;let valid7 = true;const _errs20 = errors;if(data5 !== null){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid2 = _errs20 === errors;errors = _errs19;if(vErrors !== null){if(_errs19){vErrors.length = _errs19;}else {vErrors = null;}}if(!_valid2){const _errs22 = errors;if(Array.isArray(data5)){const len2 = data5.length;for(let i2=0; i2<len2; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(!pattern0.test(data6)){const err11 = {instancePath:instancePath+"/functions/" + i2,schemaPath:"#/properties/functions/else/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$"},message:"must match pattern \""+"^[A-Za-z_$][A-Za-z0-9_$]*$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/functions/" + i2,schemaPath:"#/properties/functions/else/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/else/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid2 = _errs22 === errors;valid7 = _valid2;}if(!valid7){const err14 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.functionsDir !== undefined){if(typeof data.functionsDir !== "string"){const err15 = {instancePath:instancePath+"/functionsDir",schemaPath:"#/properties/functionsDir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.flows !== undefined){let data8 = data.flows;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){let data9 = data8[key1];if(typeof data9 === "string"){if(data9.length < 1){const err16 = {instancePath:instancePath+"/flows/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/flows/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/flows/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/flows/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.tests !== undefined){let data10 = data.tests;if(Array.isArray(data10)){const len3 = data10.length;for(let i3=0; i3<len3; i3++){let data11 = data10[i3];if(typeof data11 === "string"){if(data11.length < 1){const err19 = {instancePath:instancePath+"/tests/" + i3,schemaPath:"#/properties/tests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/tests/" + i3,schemaPath:"#/properties/tests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate21.errors = vErrors;return errors === 0;}const options0 = validate39;const schema13 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function truthy.","$id":"options/truthy"};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/truthy" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate39.errors = vErrors;return errors === 0;}const options1 = validate40;const schema14 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function falsy.","$id":"options/falsy"};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/falsy" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate40.errors = vErrors;return errors === 0;}const options2 = validate41;const schema15 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function defined.","$id":"options/defined"};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/defined" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate41.errors = vErrors;return errors === 0;}const options3 = validate42;const schema16 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function undefined.","$id":"options/undefined"};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/undefined" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate42.errors = vErrors;return errors === 0;}const options4 = validate43;const schema17 = {"type":"object","properties":{"match":{"type":"string","format":"regex","description":"the value must match this regular expression"},"notMatch":{"type":"string","format":"regex","description":"the value must not match this regular expression"}},"anyOf":[{"required":["match"]},{"required":["notMatch"]}],"additionalProperties":false,"description":"Options of the function pattern.","$id":"options/pattern"};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/pattern" */;let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.match === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.notMatch === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "notMatch"},message:"must have required property '"+"notMatch"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "match") || (key0 === "notMatch"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.match !== undefined){if(!(typeof data.match === "string")){const err4 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.notMatch !== undefined){if(!(typeof data.notMatch === "string")){const err5 = {instancePath:instancePath+"/notMatch",schemaPath:"#/properties/notMatch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate43.errors = vErrors;return errors === 0;}const options5 = validate44;const schema18 = {"type":"object","properties":{"values":{"type":"array","items":{"type":["string","number","boolean"]},"description":"the allowed values"}},"required":["values"],"additionalProperties":false,"description":"Options of the function enumeration.","$id":"options/enumeration"};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/enumeration" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.values === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(key0 === "values")){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.values !== undefined){let data0 = data.values;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(((typeof data1 !== "string") && (!(typeof data1 == "number"))) && (typeof data1 !== "boolean")){const err2 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: schema18.properties.values.items.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate44.errors = vErrors;return errors === 0;}const options6 = validate45;const schema19 = {"type":"object","properties":{"min":{"type":"number","description":"smallest allowed length (strings, arrays, object keys) or value (numbers)"},"max":{"type":"number","description":"largest allowed length or value"}},"anyOf":[{"required":["min"]},{"required":["max"]}],"additionalProperties":false,"description":"Options of the function length.","$id":"options/length"};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/length" */;let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.min === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.max === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "min") || (key0 === "max"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.min !== undefined){if(!(typeof data.min == "number")){const err4 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.max !== undefined){if(!(typeof data.max == "number")){const err5 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate45.errors = vErrors;return errors === 0;}const options7 = validate46;const schema20 = {"type":"object","properties":{"flowType":{"type":"string","description":"the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides"}},"additionalProperties":false,"description":"Options of the function actionAllowedInFlowType.","$id":"options/actionAllowedInFlowType"};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/actionAllowedInFlowType" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "flowType")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.flowType !== undefined){if(typeof data.flowType !== "string"){const err1 = {instancePath:instancePath+"/flowType",schemaPath:"#/properties/flowType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate46.errors = vErrors;return errors === 0;}const options8 = validate47;const schema21 = {"type":"object","properties":{"strict":{"type":"boolean","description":"also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)"},"ignoreTypes":{"type":"array","items":{"type":"string"},"description":"action types not to check"}},"additionalProperties":false,"description":"Options of the function errorBranchesWired.","$id":"options/errorBranchesWired"};function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/errorBranchesWired" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "strict") || (key0 === "ignoreTypes"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.strict !== undefined){if(typeof data.strict !== "boolean"){const err1 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.ignoreTypes !== undefined){let data1 = data.ignoreTypes;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(typeof data1[i0] !== "string"){const err2 = {instancePath:instancePath+"/ignoreTypes/" + i0,schemaPath:"#/properties/ignoreTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/ignoreTypes",schemaPath:"#/properties/ignoreTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate47.errors = vErrors;return errors === 0;}const options9 = validate48;const schema22 = {"type":"object","properties":{"endlessLoopsAllowedIn":{"type":"array","items":{"type":"string"},"description":"flow types in which a loop without an exit is by design (default [\"CUSTOMER_QUEUE\",\"CUSTOMER_HOLD\",\"AGENT_HOLD\"])"}},"additionalProperties":false,"description":"Options of the function flowEnds.","$id":"options/flowEnds"};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/flowEnds" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "endlessLoopsAllowedIn")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.endlessLoopsAllowedIn !== undefined){let data0 = data.endlessLoopsAllowedIn;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err1 = {instancePath:instancePath+"/endlessLoopsAllowedIn/" + i0,schemaPath:"#/properties/endlessLoopsAllowedIn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/endlessLoopsAllowedIn",schemaPath:"#/properties/endlessLoopsAllowedIn/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate48.errors = vErrors;return errors === 0;}const options10 = validate49;const schema23 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function flowStructure.","$id":"options/flowStructure"};function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/flowStructure" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate49.errors = vErrors;return errors === 0;}const options11 = validate50;const schema24 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function inputMenuConditions.","$id":"options/inputMenuConditions"};function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/inputMenuConditions" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate50.errors = vErrors;return errors === 0;}const options12 = validate51;const schema25 = {"type":"object","properties":{"allow":{"type":"array","items":{"type":"string"},"description":"action types to accept although the table does not know them (types newer than this release)"}},"additionalProperties":false,"description":"Options of the function knownActionType.","$id":"options/knownActionType"};function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/knownActionType" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "allow")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.allow !== undefined){let data0 = data.allow;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err1 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate51.errors = vErrors;return errors === 0;}const options13 = validate52;const schema26 = {"type":"object","properties":{"ignoreModules":{"type":"boolean","description":"do not check flow modules (default true: they run with the logging of the flow that invoked them)"},"flowTypes":{"type":"array","items":{"type":"string"},"description":"flow types to check when the type is known (default [\"CONTACT_FLOW\"]: queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set)"}},"additionalProperties":false,"description":"Options of the function loggingEnabled.","$id":"options/loggingEnabled"};function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/loggingEnabled" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "ignoreModules") || (key0 === "flowTypes"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.ignoreModules !== undefined){if(typeof data.ignoreModules !== "boolean"){const err1 = {instancePath:instancePath+"/ignoreModules",schemaPath:"#/properties/ignoreModules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.flowTypes !== undefined){let data1 = data.flowTypes;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(typeof data1[i0] !== "string"){const err2 = {instancePath:instancePath+"/flowTypes/" + i0,schemaPath:"#/properties/flowTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/flowTypes",schemaPath:"#/properties/flowTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate52.errors = vErrors;return errors === 0;}const options14 = validate53;const schema27 = {"type":"object","properties":{"allow":{"type":"array","items":{"type":"string","format":"regex"},"description":"ARNs matching any of these patterns are accepted"}},"additionalProperties":false,"description":"Options of the function noHardcodedArn.","$id":"options/noHardcodedArn"};function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/noHardcodedArn" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "allow")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.allow !== undefined){let data0 = data.allow;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(!(typeof data0[i0] === "string")){const err1 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate53.errors = vErrors;return errors === 0;}const options15 = validate54;const schema28 = {"type":"object","properties":{"unknownParameters":{"type":"boolean","description":"report parameter names that are a near miss of a known name or a known earlier name (default true)"},"unseenParameters":{"type":"boolean","description":"also note, as info, parameter names the table has never seen (default false; on in strict)"},"ignoreTypes":{"type":"array","items":{"type":"string"},"description":"action types not to check"}},"additionalProperties":false,"description":"Options of the function parametersValid.","$id":"options/parametersValid"};function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/parametersValid" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "unknownParameters") || (key0 === "unseenParameters")) || (key0 === "ignoreTypes"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.unknownParameters !== undefined){if(typeof data.unknownParameters !== "boolean"){const err1 = {instancePath:instancePath+"/unknownParameters",schemaPath:"#/properties/unknownParameters/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.unseenParameters !== undefined){if(typeof data.unseenParameters !== "boolean"){const err2 = {instancePath:instancePath+"/unseenParameters",schemaPath:"#/properties/unseenParameters/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.ignoreTypes !== undefined){let data2 = data.ignoreTypes;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err3 = {instancePath:instancePath+"/ignoreTypes/" + i0,schemaPath:"#/properties/ignoreTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/ignoreTypes",schemaPath:"#/properties/ignoreTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate54.errors = vErrors;return errors === 0;}const options16 = validate55;const schema29 = {"type":"object","properties":{"profileLoadedAtEntry":{"type":"boolean","description":"the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)","default":false},"namespace":{"type":"string","description":"attribute namespace that holds profile data (default \"Customer\")"}},"additionalProperties":false,"description":"Options of the function profileLookupBeforeUse.","$id":"options/profileLookupBeforeUse"};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/profileLookupBeforeUse" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "profileLoadedAtEntry") || (key0 === "namespace"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.profileLoadedAtEntry !== undefined){if(typeof data.profileLoadedAtEntry !== "boolean"){const err1 = {instancePath:instancePath+"/profileLoadedAtEntry",schemaPath:"#/properties/profileLoadedAtEntry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.namespace !== undefined){if(typeof data.namespace !== "string"){const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate55.errors = vErrors;return errors === 0;}const options17 = validate56;const schema30 = {"type":"object","properties":{"profileLoadedAtEntry":{"type":"boolean","description":"the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)","default":false},"namespace":{"type":"string","description":"attribute namespace that holds profile data (default \"Customer\")"},"entryFields":{"type":"array","items":{"type":"string"},"description":"with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)"}},"additionalProperties":false,"description":"Options of the function profileResponseFields.","$id":"options/profileResponseFields"};function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/profileResponseFields" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "profileLoadedAtEntry") || (key0 === "namespace")) || (key0 === "entryFields"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.profileLoadedAtEntry !== undefined){if(typeof data.profileLoadedAtEntry !== "boolean"){const err1 = {instancePath:instancePath+"/profileLoadedAtEntry",schemaPath:"#/properties/profileLoadedAtEntry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.namespace !== undefined){if(typeof data.namespace !== "string"){const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.entryFields !== undefined){let data2 = data.entryFields;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err3 = {instancePath:instancePath+"/entryFields/" + i0,schemaPath:"#/properties/entryFields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/entryFields",schemaPath:"#/properties/entryFields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate56.errors = vErrors;return errors === 0;}const options18 = validate57;const schema31 = {"type":"object","properties":{"flowTypes":{"type":"array","items":{"type":"string"},"description":"flow types entered without a working queue (default [\"CONTACT_FLOW\"])"}},"additionalProperties":false,"description":"Options of the function queueSetBeforeTransfer.","$id":"options/queueSetBeforeTransfer"};function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/queueSetBeforeTransfer" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "flowTypes")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.flowTypes !== undefined){let data0 = data.flowTypes;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err1 = {instancePath:instancePath+"/flowTypes/" + i0,schemaPath:"#/properties/flowTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/flowTypes",schemaPath:"#/properties/flowTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate57.errors = vErrors;return errors === 0;}const options19 = validate58;const schema32 = {"type":"object","properties":{"external":{"type":"array","items":{"type":"string","format":"regex"},"description":"references (the value, or the target name the designer shows) that point outside the repository on purpose"}},"additionalProperties":false,"description":"Options of the function referenceExists.","$id":"options/referenceExists"};function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/referenceExists" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "external")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.external !== undefined){let data0 = data.external;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(!(typeof data0[i0] === "string")){const err1 = {instancePath:instancePath+"/external/" + i0,schemaPath:"#/properties/external/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate58.errors = vErrors;return errors === 0;}const options20 = validate59;const schema33 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function startActionExists.","$id":"options/startActionExists"};function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/startActionExists" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate59.errors = vErrors;return errors === 0;}const options21 = validate60;const schema34 = {"type":"object","properties":{"storedAtEntry":{"type":"boolean","description":"the flow is entered with customer input already stored (a flow transferred to after a Store customer input block); never true for a module"}},"additionalProperties":false,"description":"Options of the function storedInputBeforeUse.","$id":"options/storedInputBeforeUse"};function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/storedInputBeforeUse" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "storedAtEntry")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.storedAtEntry !== undefined){if(typeof data.storedAtEntry !== "boolean"){const err1 = {instancePath:instancePath+"/storedAtEntry",schemaPath:"#/properties/storedAtEntry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate60.errors = vErrors;return errors === 0;}const options22 = validate61;const schema35 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function transitionTargetExists.","$id":"options/transitionTargetExists"};function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/transitionTargetExists" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate61.errors = vErrors;return errors === 0;}const options23 = validate62;const schema36 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function uniqueIdentifiers.","$id":"options/uniqueIdentifiers"};function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/uniqueIdentifiers" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate62.errors = vErrors;return errors === 0;}const options24 = validate63;const schema37 = {"type":"object","properties":{},"additionalProperties":false,"description":"Options of the function unreachableBlock.","$id":"options/unreachableBlock"};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="options/unreachableBlock" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate63.errors = vErrors;return errors === 0;}

/** Each built-in function's options validator, by function name. */
const OPTION_VALIDATORS = {
  "truthy": options0,
  "falsy": options1,
  "defined": options2,
  "undefined": options3,
  "pattern": options4,
  "enumeration": options5,
  "length": options6,
  "actionAllowedInFlowType": options7,
  "errorBranchesWired": options8,
  "flowEnds": options9,
  "flowStructure": options10,
  "inputMenuConditions": options11,
  "knownActionType": options12,
  "loggingEnabled": options13,
  "noHardcodedArn": options14,
  "parametersValid": options15,
  "profileLookupBeforeUse": options16,
  "profileResponseFields": options17,
  "queueSetBeforeTransfer": options18,
  "referenceExists": options19,
  "startActionExists": options20,
  "storedInputBeforeUse": options21,
  "transitionTargetExists": options22,
  "uniqueIdentifiers": options23,
  "unreachableBlock": options24,
};

const CONFIG_SCHEMA = schema6;

;// CONCATENATED MODULE: ./src/core/config/config-schema.ts
const SEVERITIES = ['error', 'warn', 'info', 'off'];
/** Names of the definitions, read back by schema-errors.ts to know what an error is about. */
const DEF = {
    severity: 'severity',
    options: (fn) => `options.${fn}`,
    noOptions: 'options.none',
    anyOptions: 'options.any',
    set: (id) => `set.${id}`,
    setAny: 'set.any',
    setForm: 'set',
    rules: 'rules',
    definition: 'definition',
    then: 'then',
    override: 'override',
    /** Checks of the names only (rule ids, function names), for a config whose extends the schema can see through. */
    names: (v) => `names.${v}`,
    functionName: 'functionName',
    unknownRule: 'unknownRule',
};
const ref = (name) => ({ $ref: `#/definitions/${name}` });
/** `null` (a key left empty, its entries commented out) or the schema. */
const nullOr = (s) => ({ if: { type: 'null' }, then: true, else: s });
/** One value or a list of them. */
const oneOrList = (s, list = {}) => ({ if: { type: 'array' }, then: { type: 'array', items: s, ...list }, else: s });
/** A mapping with "given" or "then": a rule defined in full (anything else sets a severity or options). */
const isDefinition = { type: 'object', not: { properties: { given: false, then: false } } };
function configSchema(inputs) {
    const fnNames = inputs.functions.map((f) => f.name);
    const fnOf = new Map(inputs.functions.map((f) => [f.name, f]));
    const definitions = {};
    definitions[DEF.severity] = {
        description: `${SEVERITIES.join(', ')} (false means off)`,
        enum: [...SEVERITIES, false],
    };
    for (const f of inputs.functions)
        definitions[DEF.options(f.name)] = { ...f.options, description: `Options of the function ${f.name}.` };
    definitions[DEF.noOptions] = { description: 'This rule takes no options.', not: {} };
    definitions[DEF.anyOptions] = { description: 'Options of a rule defined elsewhere (an extended file or package).', type: 'object' };
    // The forms of a set entry, once; each rule's set.<id> adds only where its options go.
    definitions[DEF.setForm] = {
        if: { type: 'array' },
        then: { description: '[severity] or [severity, options]', type: 'array', minItems: 1, maxItems: 2, items: [ref(DEF.severity)] },
        else: {
            if: { type: 'object' },
            then: { description: 'Set the severity or options of a rule defined elsewhere.', type: 'object', additionalProperties: false, properties: { severity: ref(DEF.severity), options: {}, functionOptions: {} } },
            else: ref(DEF.severity),
        },
    };
    const setEntry = (options) => ({
        allOf: [ref(DEF.setForm), { if: { type: 'array' }, then: { items: [true, options] }, else: { properties: { options, functionOptions: options } } }],
    });
    for (const r of inputs.rules) {
        const fn = r.functionName === undefined ? undefined : fnOf.get(r.functionName);
        if (r.functionName !== undefined && !fn)
            throw new Error(`rule "${r.id}" runs the unknown function "${r.functionName}"`);
        definitions[DEF.set(r.id)] = { ...(r.description ? { description: r.description } : {}), ...setEntry(fn ? nullOr(ref(DEF.options(fn.name))) : ref(DEF.noOptions)) };
    }
    definitions[DEF.setAny] = setEntry(nullOr(ref(DEF.anyOptions)));
    definitions[DEF.then] = {
        description: 'The function to run on what "given" selects, on one of its fields, with options.',
        type: 'object',
        additionalProperties: false,
        required: ['function'],
        properties: {
            field: { type: 'string', description: 'A field of each selected value to run the function on.' },
            function: { type: 'string', examples: fnNames, description: 'A built-in function, or one this ruleset (or one it extends) declares under "functions".' },
            functionOptions: { description: 'Options of the function.' },
        },
        allOf: inputs.functions.map((f) => ({
            if: { properties: { function: { const: f.name } }, required: ['function'] },
            then: { properties: { functionOptions: nullOr(ref(DEF.options(f.name))) }, ...(f.options.required?.length ? { required: ['functionOptions'] } : {}) },
        })),
    };
    definitions[DEF.definition] = {
        description: 'A rule of your own: a JSONPath and the function to run on what it selects.',
        type: 'object',
        additionalProperties: false,
        required: ['given', 'then'],
        properties: {
            description: { type: 'string' },
            message: { type: 'string', description: 'Placeholders: {{error}}, {{property}}, {{value}}, {{path}}, {{blockId}}, {{blockName}}, {{description}}.' },
            severity: ref(DEF.severity),
            given: { description: 'JSONPath ("$" for the whole flow), or a list of them.', ...oneOrList({ type: 'string' }) },
            then: oneOrList(ref(DEF.then)),
            documentationUrl: { type: 'string' },
            recommended: { description: 'Accepted for Spectral rulesets; ignored.' },
            formats: { description: 'Accepted for Spectral rulesets; ignored.' },
        },
    };
    const entry = (set) => ({ if: isDefinition, then: ref(DEF.definition), else: set });
    definitions[DEF.rules] = {
        description: 'Rule ids mapped to a severity, [severity, options], { severity, options }, or a rule defined in full (given, then).',
        type: 'object',
        propertyNames: { not: { const: 'parse-error' } },
        properties: Object.fromEntries(inputs.rules.map((r) => [r.id, entry(ref(DEF.set(r.id)))])),
        additionalProperties: entry(ref(DEF.setAny)),
    };
    definitions[DEF.unknownRule] = {
        description: 'Not a built-in rule: a rule set here must be defined by an extended ruleset, or defined here with "given" and "then". (A config that extends a file or a package may set any id: the schema cannot see what those define.)',
        not: {},
    };
    definitions[DEF.functionName] = {
        if: isDefinition,
        then: { properties: { then: oneOrList({ properties: { function: { enum: fnNames } } }) } },
    };
    definitions[DEF.names('builtin')] = {
        properties: Object.fromEntries(inputs.rules.map((r) => [r.id, ref(DEF.functionName)])),
        additionalProperties: { if: isDefinition, then: ref(DEF.functionName), else: ref(DEF.unknownRule) },
    };
    // A config that loads functions may set any rule id: a function module written with defineRule defines its rule.
    definitions[DEF.names('functions')] = {
        properties: Object.fromEntries(inputs.rules.map((r) => [r.id, true])),
        additionalProperties: true,
    };
    definitions[DEF.override] = {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
            files: { description: 'Globs relative to this file.', ...oneOrList({ type: 'string', minLength: 1 }, { minItems: 1 }) },
            rules: { description: 'Rules as in "rules", for the files that match.', ...ref(DEF.rules) },
        },
    };
    const names = (v) => ({
        properties: { rules: nullOr(ref(DEF.names(v))), overrides: { items: { properties: { rules: ref(DEF.names(v)) } } } },
    });
    const onlyBuiltins = {
        properties: { extends: { anyOf: [{ type: 'null' }, { enum: [...inputs.builtinRulesets] }, { type: 'array', items: { enum: [...inputs.builtinRulesets] } }] } },
    };
    const noFunctions = { not: { required: ['functions'], properties: { functions: { type: 'array', minItems: 1 } } } };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/connect-flow-lint/connect-flow-lint/schema/config.schema.json',
        title: 'connect-flow-lint config',
        description: 'A .connect-flow-lint.yaml: rulesets to extend, rules to set or define, and per-file overrides. Generated from the rules (scripts/gen-schema.ts); the CLI validates with the same schema. ' +
            'Rule ids and function names are checked when the config extends only built-in rulesets; when it extends a file or a package, any rule id may be set and any function named, since they may be defined there (the CLI still checks them against what the extended files define).',
        type: 'object',
        additionalProperties: false,
        properties: {
            extends: {
                description: `Rulesets to build on, base first: ${inputs.builtinRulesets.join(', ')}, a relative path, or an npm package (@acme/policy or @acme/policy/file.yaml).`,
                type: ['string', 'array', 'null'],
                minLength: 1,
                items: { type: 'string', minLength: 1, examples: [...inputs.builtinRulesets] },
            },
            rules: nullOr(ref(DEF.rules)),
            overrides: { description: 'Rules for some files only: each { files, rules }, applied in order.', ...nullOr({ type: 'array', items: ref(DEF.override) }) },
            functions: {
                description: 'Custom rule functions, loaded from <functionsDir>/<name>.js next to this file.',
                ...nullOr({ type: 'array', items: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' } }),
            },
            functionsDir: { type: 'string', default: 'functions', description: 'The folder of the custom functions, relative to this file.' },
            flows: {
                description: 'References to flows (an ARN, an id, or the name the designer shows) mapped to the repository file that holds the flow, optionally with #FlowName.',
                type: 'object',
                additionalProperties: { type: 'string', minLength: 1 },
            },
            tests: {
                description: 'Scenario files (or globs) for `connect-flow-lint test`, relative to this file; *.test.yaml files are found without being listed.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
            },
        },
        // Rule ids and function names, where this file's extends lets the schema know them all.
        allOf: [{ if: onlyBuiltins, then: { if: noFunctions, then: names('builtin'), else: names('functions') } }],
        definitions,
    };
}
/**
 * What the loader compiles from the schema: its structure, and each function's options on their own. The
 * loader checks a rule id, a function name and a rule's options against what the config and the files it
 * extends actually define (a rule defined in an extended file, a custom function), which the schema can only
 * approximate from `extends`; so those parts of the schema are left out of the structural validator.
 */
function loaderSchemas(schema) {
    const definitions = { ...schema['definitions'] };
    const options = {};
    for (const name of Object.keys(definitions)) {
        if (name.startsWith('options.') || name.startsWith('set.') || name.startsWith('names.') || name === DEF.functionName || name === DEF.unknownRule) {
            if (name.startsWith('options.') && name !== DEF.noOptions && name !== DEF.anyOptions)
                options[name.slice('options.'.length)] = definitions[name];
            delete definitions[name];
        }
    }
    const { allOf: _names, ...thenRest } = definitions[DEF.then];
    definitions[DEF.then] = thenRest;
    const { properties: _ids, ...rulesRest } = definitions[DEF.rules];
    definitions[DEF.rules] = { ...rulesRest, additionalProperties: { if: isDefinition, then: ref(DEF.definition), else: ref(DEF.setForm) } };
    const { allOf: _overlay, ...root } = schema;
    return { structure: { ...root, $id: `${String(schema['$id'])}#structure`, definitions }, options };
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
            // Scalar keys by value: 1 and "1" stay apart, as they are different keys in YAML.
            const seen = new Set();
            for (const pair of node.items) {
                const k = pair.key;
                if ((0,dist/* isScalar */.jn)(k)) {
                    if (seen.has(k.value))
                        return { key: String(k.value), offset: k.range?.[0] ?? 0 };
                    seen.add(k.value);
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

;// CONCATENATED MODULE: ./src/core/config/schema-errors.ts



const SEVERITY_ALIASES = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off' };
/** Each mapping's entries by key, built once: a hostile config may have 100,000 keys, and as many errors. */
const index = new WeakMap();
function entry(node, key) {
    if (node.kind !== 'map')
        return undefined;
    let byKey = index.get(node);
    if (!byKey) {
        byKey = new Map(node.entries.map((e) => [e.key, e]));
        index.set(node, byKey);
    }
    return byKey.get(key);
}
/** The nodes along a JSON pointer (ajv's instancePath), root first; stops where the tree has no such node. */
function walk(tree, pointer) {
    const steps = [{ node: tree }];
    if (pointer === '')
        return steps;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const here = steps[steps.length - 1].node;
        if (here.kind === 'map') {
            const e = entry(here, key);
            if (!e)
                break;
            steps.push({ node: e.value, key, keyAt: e.keyAt });
        }
        else if (here.kind === 'seq') {
            const item = here.items[Number(key)];
            if (!item)
                break;
            steps.push({ node: item, key });
        }
        else
            break;
    }
    return steps;
}
function keyOf(node, key) {
    return entry(node, key)?.keyAt ?? node.at;
}
/** The property names a definition of the schema (or the root, for "") allows: the candidates for "did you mean". */
function propertyNames(schema, definition) {
    const root = schema;
    const props = definition === '' ? root.properties : root.definitions?.[definition]?.properties;
    return props ? Object.keys(props) : [];
}
const didYouMean = (word, candidates) => {
    const near = closest(word, candidates);
    return near ? `: did you mean "${near}"?` : '';
};
function severityProblem(node) {
    const raw = node.kind === 'scalar' ? node.value : undefined;
    const alias = typeof raw === 'string' && Object.hasOwn(SEVERITY_ALIASES, raw) ? SEVERITY_ALIASES[raw] : undefined;
    return `invalid severity ${node.kind === 'scalar' ? JSON.stringify(node.value) : describeKind(node)}: use one of ${SEVERITIES.join(', ')}${alias ? ` (did you mean "${alias}"?)` : ''}`;
}
/** A mapping with "given" or "then" is a rule defined in full (as the schema's isDefinition says). */
function schema_errors_isDefinition(node) {
    return node.kind === 'map' && node.entries.some((e) => e.key === 'given' || e.key === 'then');
}
/**
 * What part of the config an instancePath is in. (ajv's schemaPath cannot say: a $ref'd definition reports
 * paths relative to itself.) The layout is the schema's: rules at /rules and /overrides/<n>/rules.
 */
function roleOf(segments, steps) {
    const rulesAt = segments[0] === 'rules' ? 0 : segments[0] === 'overrides' && segments[2] === 'rules' ? 2 : -1;
    if (rulesAt < 0)
        return { role: segments[0] === 'overrides' && segments.length >= 2 ? 'override' : 'root' };
    if (segments.length === rulesAt + 1)
        return { role: 'rules', rulesAt };
    const entry = steps[rulesAt + 2]?.node;
    const rest = segments.slice(rulesAt + 2);
    if (!entry)
        return { role: 'rules', rulesAt };
    if (schema_errors_isDefinition(entry)) {
        if (rest[0] === 'severity')
            return { role: 'severity', rulesAt };
        return { role: rest[0] === 'then' ? 'then' : 'definition', rulesAt };
    }
    if (entry.kind === 'scalar' || rest[0] === 'severity' || (entry.kind === 'seq' && rest[0] === '0'))
        return { role: 'severity', rulesAt };
    return { role: 'set', rulesAt };
}
/**
 * The problems of one config file, from its validation against the structural schema. `functionNames` are
 * the functions a `then` may name here (for "needs a function: one of ...").
 */
function configProblems(file, tree, errors, schema, functionNames) {
    const out = [];
    const seen = new Set();
    const add = (at, message) => {
        const k = `${at.line}:${at.column}:${message}`;
        if (seen.has(k))
            return;
        seen.add(k);
        out.push({ file, at, message });
    };
    for (const e of errors) {
        // if/then/else only says which branch failed; the branch's own errors say why. The subschema of
        // propertyNames reports without a position of its own; its propertyNames error has the name.
        if (e.keyword === 'if' || e.propertyName !== undefined)
            continue;
        const steps = walk(tree, e.instancePath);
        const last = steps[steps.length - 1];
        const node = last.node;
        const segments = e.instancePath.split('/').slice(1);
        const { role, rulesAt = -1 } = roleOf(segments, steps);
        // The rule an error is inside: the segment after "rules".
        const ruleId = rulesAt >= 0 ? segments[rulesAt + 1] : undefined;
        const ruleStep = rulesAt >= 0 ? steps[rulesAt + 2] : undefined;
        const extra = e.keyword === 'additionalProperties' ? String(e.params['additionalProperty']) : '';
        const extraAt = keyOf(node, extra);
        const field = segments[segments.length - 1] ?? '';
        const kind = describeKind(node);
        if (e.keyword === 'propertyNames') {
            const name = String(e.params['propertyName']);
            add(keyOf(node, name), `"${name}" cannot be configured: a file that is not valid JSON is always an error`);
        }
        else if (role === 'severity') {
            add(node.at, severityProblem(node));
        }
        else if (role === 'root') {
            const top = segments[0];
            if (segments.length === 0 && e.keyword === 'type')
                add(node.at, `a config must be a mapping with "extends", "rules" and "overrides", not ${kind}`);
            else if (segments.length === 0 && e.keyword === 'additionalProperties') {
                const near = closest(extra, propertyNames(schema, ''));
                add(extraAt, `unknown key "${extra}"${near ? `: did you mean "${near}"?` : ': a config has "extends", "rules", "overrides" and "functions"'}`);
            }
            else if (top === 'extends')
                add(node.at, `"extends" takes ruleset names ("connect-flow-lint:recommended") or relative paths, not ${kind}`);
            else if (top === 'overrides')
                add(node.at, `"overrides" must be a list of { files, rules }, not ${kind}`);
            else if (top === 'flows' && segments.length === 1)
                add(node.at, `"flows" must map references (an ARN, an id or a name) to files, e.g. "arn:aws:connect:…/contact-flow/abc": flows/sub.json, not ${kind}`);
            else if (top === 'flows')
                add(node.at, `the flows entry "${field}" must be a file path (optionally with #FlowName), not ${kind}`);
            else if (top === 'tests')
                add(steps[1]?.node.at ?? node.at, '"tests" must be a list of scenario files or globs relative to this file (tests: ["flows/**/*.test.yaml"])');
            else if (top === 'functionsDir')
                add(node.at, '"functionsDir" must be a folder path relative to this file');
            else if (top === 'functions')
                add(steps[1]?.node.at ?? node.at, '"functions" must be a list of function names (each a JavaScript identifier, loaded from functions/<name>.js next to this file)');
            else
                add(node.at, `${top ? `"${top}" ` : ''}${e.message ?? 'is not valid'}`);
        }
        else if (role === 'rules') {
            if (e.keyword === 'type')
                add(node.at, `"rules" must be a mapping of rule ids to a severity or a rule, not ${kind}`);
            else
                add(node.at, `"rules": ${e.message ?? 'is not valid'}`);
        }
        else if (role === 'set') {
            if (e.keyword === 'additionalProperties')
                add(extraAt, `unknown key "${extra}" for rule "${ruleId}": set "severity" and "options", or define the rule in full with "given" and "then"`);
            else
                add(node.at, 'a rule given as a list must be [severity] or [severity, options]');
        }
        else if (role === 'definition') {
            if (e.keyword === 'additionalProperties')
                add(extraAt, `unknown key "${extra}" in rule "${ruleId}"${didYouMean(extra, propertyNames(schema, 'definition').filter((k) => k !== 'recommended' && k !== 'formats'))}`);
            else if (e.keyword === 'required') {
                const at = ruleStep?.keyAt ?? node.at;
                if (e.params['missingProperty'] === 'given')
                    add(at, `rule "${ruleId}" has "then" but no "given": add the JSONPath it applies to ("$" for the whole flow)`);
                else
                    add(at, `rule "${ruleId}" has "given" but no "then": add { function: ..., functionOptions: ... }`);
            }
            else if (segments.includes('given'))
                add(node.at, `"given" must be a JSONPath string such as "$.Actions[*]", not ${kind}`);
            else
                add(node.at, `"${field}" must be a string, not ${kind}`);
        }
        else if (role === 'then') {
            if (e.keyword === 'additionalProperties')
                add(extraAt, `unexpected "${extra}" in "then": it takes "field" (a string), "function" (a string) and "functionOptions"`);
            else if (e.keyword === 'required')
                add(node.at, `"then" needs a "function": one of ${functionNames.join(', ')}`);
            else if (field === 'function')
                add(node.at, `"function" must be the name of a function, not ${kind}`);
            else if (field === 'field')
                add(node.at, `"field" must be a string, not ${kind}`);
            else
                add(node.at, `"then" must be a mapping with "function" (and "field", "functionOptions"), not ${kind}`);
        }
        else if (role === 'override') {
            if (e.keyword === 'additionalProperties')
                add(extraAt, `unknown key "${extra}" in an override: use "files" and "rules"`);
            else if (e.keyword === 'required' || e.keyword === 'minItems')
                add((e.keyword === 'minItems' ? steps[steps.length - 2]?.node.at : undefined) ?? node.at, 'this override has no "files": say which files its rules apply to');
            else if (segments.includes('files'))
                add(node.at, `"files" takes glob patterns such as "flows/modules/**", not ${kind}`);
            else
                add(node.at, `each override must be a mapping with "files" and "rules", not ${kind}`);
        }
        else {
            add(node.at, `${e.instancePath || 'the config'}: ${e.message ?? 'is not valid'}`);
        }
    }
    return byPosition(out);
}
/** Problems in the order they are written in the file (ajv reports in the order of its checks). */
function byPosition(problems) {
    return problems.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}
/** What an option of this schema must be, in words ("a list of strings"). */
function expected(s) {
    if (!s)
        return 'valid';
    if (s.enum)
        return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
    switch (s.type) {
        case 'boolean':
            return 'true or false';
        case 'string':
            return s.format === 'regex' ? 'a regular expression string' : 'a string';
        case 'number':
            return 'a number';
        case 'integer':
            return 'a whole number';
        case 'object':
            return 'a mapping';
        case 'array': {
            const items = s.items;
            if (items?.format === 'regex')
                return 'a list of regular expressions';
            if (items?.type === 'string')
                return 'a list of strings';
            if (Array.isArray(items?.type))
                return 'a list of values';
            return 'a list';
        }
        default:
            return 'valid';
    }
}
/**
 * The problems of one options value (`options`, `functionOptions`, a list's second item), from its function's
 * validator. `node` is the value as written (undefined when the options come only from the rule's own);
 * `fallback` where to point then.
 */
function optionProblems(file, fnName, schema, node, fallback, errors) {
    const out = [];
    const seen = new Set();
    const add = (at, message) => {
        if (seen.has(message))
            return;
        seen.add(message);
        out.push({ file, at, message });
    };
    const names = Object.keys(schema.properties);
    const here = node?.at ?? fallback;
    for (const e of errors) {
        const segments = e.instancePath.split('/').slice(1);
        if (segments.length === 0) {
            if (e.keyword === 'type')
                add(here, `options of "${fnName}" must be a mapping, not ${node ? describeKind(node) : 'empty'}`);
            else if (e.keyword === 'additionalProperties') {
                const key = String(e.params['additionalProperty']);
                add(node ? keyOf(node, key) : here, `unknown option "${key}" for function "${fnName}"${didYouMean(key, names)} (${names.length ? `its options: ${names.join(', ')}` : 'it takes no options'})`);
            }
            else if (e.keyword === 'required' && !/\/anyOf\//.test(e.schemaPath)) {
                const key = String(e.params['missingProperty']);
                const description = schema.properties[key]?.description;
                add(here, `function "${fnName}" needs the option "${key}"${description ? ` (${description})` : ''}`);
            }
            else if (e.keyword === 'anyOf') {
                const any = (schema.anyOf ?? []).flatMap((b) => b.required).map((k) => `"${k}"`);
                add(here, `options of "${fnName}": give ${any.length === 2 ? `${any[0]}, ${any[1]} or both` : `at least one of ${any.join(', ')}`}`);
            }
            else if (e.keyword !== 'required')
                add(here, `options of "${fnName}": ${e.message ?? 'are not valid'}`);
            continue;
        }
        // An error inside an option (a list's item) is reported at the option: "must be a list of strings".
        const key = segments[0];
        const spec = schema.properties[key];
        const value = node ? walk(node, `/${segments[0]}`) : [];
        const optionNode = value.length === 2 ? value[1].node : undefined;
        if (e.keyword === 'type' || e.keyword === 'enum')
            add(optionNode?.at ?? here, `option "${key}" must be ${expected(spec)}, not ${optionNode ? describeKind(optionNode) : 'this'}`);
        else
            add(optionNode?.at ?? here, `option "${key}" ${e.message ?? 'is not valid'}`);
    }
    return byPosition(out);
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/config/glob.ts

class GlobError extends Error {
    offset;
    constructor(
    /** 0-based offset in the glob. */
    offset, message) {
        super(message);
        this.offset = offset;
    }
}
const MAX_GLOB_LENGTH = 1000;
/** Compiles a glob matched against a whole path. */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        throw new GlobError(MAX_GLOB_LENGTH, `the glob is longer than ${MAX_GLOB_LENGTH} characters`);
    let re;
    try {
        re = build/* RE2JS */.L3.compile(globToRe2(glob), build/* RE2JS */.L3.DOTALL);
    }
    catch (e) {
        if (e instanceof GlobError)
            throw e;
        throw new GlobError(0, `invalid glob: ${e.message.replace(/^error parsing regexp: /, '')}`);
    }
    // testExact: the whole path must match, as if anchored at both ends.
    return { test: (path) => re.testExact(path) };
}
/**
 * Compiles a glob of `overrides.files`, matched against paths relative to the config's folder (a leading
 * "./" on either is ignored). A glob without "/" matches the file name in any folder, as in .gitignore and ESLint.
 */
function compileFilesGlob(glob) {
    const g = glob.replace(/^\.\//, '');
    const matcher = compileGlob(g);
    const nameOnly = !g.includes('/');
    return {
        test: (path) => {
            const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
            return matcher.test(nameOnly ? p.slice(p.lastIndexOf('/') + 1) : p);
        },
    };
}
/** The glob as an RE2 pattern (no anchors). */
function globToRe2(glob) {
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
            // A "]" straight after "[" (or "[!") is a member, as in bash; an unclosed "[" is a literal.
            const end = glob.indexOf(']', i + 2);
            if (end === -1)
                re += '\\[';
            else {
                re += charClass(glob.slice(i + 1, end), i);
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            re += build/* RE2JS */.L3.quote(glob[++i]);
        else
            re += build/* RE2JS */.L3.quote(c);
    }
    // An unclosed "{" groups to the end of the glob.
    while (inGroup-- > 0)
        re += ')';
    return re;
}
/** `[abc]`, `[a-z]`, `[!a]`/`[^a]`: the class body as RE2, each range checked. `at` is the offset of "[". */
function charClass(body, at) {
    const negated = body[0] === '!' || body[0] === '^';
    const chars = [...body.slice(negated ? 1 : 0)];
    let out = '';
    for (let k = 0; k < chars.length; k++) {
        const a = chars[k];
        if (chars[k + 1] === '-' && k + 2 < chars.length) {
            const b = chars[k + 2];
            if (a.codePointAt(0) > b.codePointAt(0))
                throw new GlobError(at, `invalid range "${a}-${b}" in "[${body}]": a range goes from the lower character to the higher, e.g. [${b}-${a}]`);
            out += `${escapeClassChar(a)}-${escapeClassChar(b)}`;
            k += 2;
        }
        else
            out += escapeClassChar(a);
    }
    // A negated class never matches "/": a glob matches within one folder name.
    return negated ? `[^${out}/]` : `[${out}]`;
}
function escapeClassChar(c) {
    return /\w/.test(c) ? c : `\\x{${c.codePointAt(0).toString(16)}}`;
}
/** For CLI arguments: an invalid glob matches nothing, so the CLI reports it as matching no file. */
function globMatcher(glob) {
    try {
        return compileGlob(glob);
    }
    catch (e) {
        if (e instanceof GlobError)
            return { test: () => false };
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/config/pattern.ts

/**
 * Regular expressions from configs, matched by RE2 (re2js, pure JavaScript): its time is linear in the
 * input, so no pattern a pull request writes can backtrack catastrophically — no syntactic risk check is
 * needed, or could be complete. RE2 has no backreferences and no lookaround; those are config errors that
 * say what to write instead.
 */
/** Longest value a config's pattern is run on; longer values are matched on their first part. */
const MAX_PATTERN_INPUT = 10_000;
const MAX_PATTERN_LENGTH = 1000;
/**
 * RE2's time is linear in the input, times up to the size of the compiled program (its NFA may be in every
 * state at once: `(?:x?){500}x{500}` takes about a second on 10,000 characters). Programs are capped, and so is
 * the work one rule may do on one flow: characters matched times program size (lint.ts sets the budget).
 */
const MAX_PROGRAM_SIZE = 500;
/** About 3 s in the worst case measured (a 500-instruction program whose every state is live), far less typically. */
const MAX_PATTERN_WORK = 500_000_000;
class PatternBudgetExceeded extends Error {
}
let budget;
/**
 * Runs `run` with a budget of pattern work; returns undefined when the patterns it matched went over it.
 * Outside such a call patterns are not metered (the repository pass matches short references only).
 */
function withPatternBudget(units, run) {
    const outer = budget;
    budget = { remaining: units };
    try {
        return { value: run() };
    }
    catch (e) {
        if (e instanceof PatternBudgetExceeded)
            return undefined;
        throw e;
    }
    finally {
        budget = outer;
    }
}
/** A compiled config pattern. Not a RegExp, so nothing can hand it to the backtracking engine by mistake. */
class ConfigPattern {
    source;
    re;
    size;
    constructor(source, re, size) {
        this.source = source;
        this.re = re;
        this.size = size;
    }
    /** Compiles JavaScript regular-expression syntax; throws PatternError with an offset into `source`. */
    static compile(source) {
        if (source.length > MAX_PATTERN_LENGTH)
            throw new PatternError(MAX_PATTERN_LENGTH, `the regular expression is longer than ${MAX_PATTERN_LENGTH} characters`);
        unsupported(source);
        let re;
        try {
            re = build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(source));
        }
        catch (e) {
            throw new PatternError(0, `not a valid regular expression: ${e.message.replace(/^error parsing regexp: /, '')}`);
        }
        const size = re.programSize();
        if (size > MAX_PROGRAM_SIZE)
            throw new PatternError(0, `the regular expression is too large: it compiles to ${size} steps, more than ${MAX_PROGRAM_SIZE}. Use + or * instead of large counted repeats ({100}), or split it into several rules`);
        return new ConfigPattern(source, re, size);
    }
    /** True when the pattern matches somewhere in `text` (its first MAX_PATTERN_INPUT characters). */
    test(text) {
        const input = text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text;
        if (budget) {
            budget.remaining -= (input.length + 1) * this.size;
            if (budget.remaining < 0)
                throw new PatternBudgetExceeded();
        }
        return this.re.test(input);
    }
    toString() {
        return `/${this.source}/`;
    }
    /** --print-config shows the pattern as it was written. */
    toJSON() {
        return this.source;
    }
}
class PatternError extends Error {
    offset;
    constructor(
    /** 0-based offset in the pattern. */
    offset, message) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Finds what RE2 cannot do before translating: re2js's JavaScript translation would turn `\k<name>` into
 * the literal text "k<name>", silently changing what the pattern means.
 */
function unsupported(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const n = source[i + 1] ?? '';
            if (!inClass && (/[1-9]/.test(n) || (n === 'k' && source[i + 2] === '<'))) {
                throw new PatternError(i, `backreferences (${n === 'k' ? '\\k<name>' : `\\${n}`}) are not supported: config patterns run on RE2, which matches in linear time and has none. Write the repeated text out, e.g. (ab)ab instead of (ab)\\1`);
            }
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[') {
            // In JavaScript's syntax the first "]" always closes a class ([] matches nothing, [^] anything).
            inClass = true;
        }
        else if (c === '(' && source[i + 1] === '?') {
            const kind = source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 'lookahead' : source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 'lookbehind' : undefined;
            if (kind) {
                throw new PatternError(i, `${kind} (${source.slice(i, i + (kind === 'lookahead' ? 3 : 4))}…) is not supported: config patterns run on RE2, which matches in linear time and has no lookaround. ` +
                    `Match the text itself (Hello world, not Hello(?= world)), or use the option "notMatch" for text that must not appear`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/core/config/ruleset.ts










function entriesOf(node) {
    return node.kind === 'map' ? node.entries : [];
}
/**
 * Reads and checks one config file's tree. Problems are collected, not thrown, so the user sees them all.
 * The shape is checked by the config's schema (config-schema.ts, compiled at build time); the reading below
 * skips what the schema reported and checks what a schema cannot: JSONPaths (parsed by the guard), globs,
 * regular expressions (compiled by RE2), function names and each function's options (against the function a
 * rule really runs, which may come from an extended file or a custom function).
 */
function readRuleset(file, baseDir, tree, problems, functions = BUILTIN_FUNCTIONS) {
    const at = (node) => ({ file, at: 'at' in node ? node.at : node });
    const problem = (where, message) => {
        problems.push({ file, at: where, message });
    };
    const result = { file, extends: [], rules: new Map(), overrides: [], flows: new Map() };
    if (tree.kind === 'scalar' && tree.value === null)
        return result;
    if (!validateConfig(plain(tree)))
        problems.push(...configProblems(file, tree, validateConfig.errors ?? [], CONFIG_SCHEMA, [...functions.keys()]));
    if (tree.kind !== 'map')
        return result;
    const text = (n) => (n.kind === 'scalar' && typeof n.value === 'string' && n.value !== '' ? n.value : undefined);
    const oneOrMany = (n) => (n.kind === 'seq' ? n.items : [n]);
    for (const { key, value } of tree.entries) {
        if (key === 'extends') {
            for (const item of value.kind === 'scalar' && value.value === null ? [] : oneOrMany(value)) {
                const ref = text(item);
                if (ref !== undefined)
                    result.extends.push({ ref, origin: at(item) });
            }
        }
        else if (key === 'rules') {
            readRules(value, result.rules);
        }
        else if (key === 'overrides' && value.kind === 'seq') {
            for (const item of value.items) {
                if (item.kind !== 'map')
                    continue;
                const files = [];
                const rules = new Map();
                for (const e of item.entries) {
                    if (e.key === 'files') {
                        for (const g of oneOrMany(e.value)) {
                            const glob = text(g);
                            if (glob === undefined)
                                continue;
                            try {
                                files.push(compileFilesGlob(glob));
                            }
                            catch (err) {
                                if (!(err instanceof GlobError))
                                    throw err;
                                const textAt = (g.kind === 'scalar' ? g.textAt : undefined) ?? g.at;
                                const shift = glob.startsWith('./') ? 2 : 0;
                                problem({ line: textAt.line, column: textAt.column + err.offset + shift }, `invalid glob in "files" (${JSON.stringify(glob)}): ${err.message}`);
                            }
                        }
                    }
                    else if (e.key === 'rules')
                        readRules(e.value, rules);
                }
                result.overrides.push({ files, baseDir, rules, origin: at(item) });
            }
        }
        else if (key === 'flows' && value.kind === 'map') {
            for (const e of value.entries) {
                const target = text(e.value);
                if (target === undefined)
                    continue;
                const [path, name] = target.split('#', 2);
                result.flows.set(e.key, { file: baseDir === '' ? path : `${baseDir}/${path}`.replace(/\/\.\//g, '/'), ...(name ? { name } : {}) });
            }
        }
        // `tests` (read by src/cli/test-command.ts) and `functions`/`functionsDir` (read by the adapter before
        // resolution, function-declarations.ts) have nothing to check beyond their shape.
    }
    return result;
    function readRules(node, into) {
        for (const { key, keyAt, value } of entriesOf(node)) {
            const entry = readRuleEntry(key, keyAt, value);
            if (entry)
                into.set(key, entry);
        }
    }
    function severityOf(node) {
        const raw = node.kind === 'scalar' ? node.value : undefined;
        if (typeof raw === 'string' && SEVERITIES.includes(raw))
            return raw;
        return raw === false ? 'off' : undefined;
    }
    function readRuleEntry(id, keyAt, value) {
        if (id === 'parse-error')
            return undefined;
        if (value.kind === 'scalar') {
            const severity = severityOf(value);
            return severity ? { kind: 'set', origin: at(value), severity } : undefined;
        }
        if (value.kind === 'seq') {
            // ESLint's form: [severity, options]
            const [sev, opts, ...rest] = value.items;
            const severity = sev && rest.length === 0 ? severityOf(sev) : undefined;
            return severity ? { kind: 'set', origin: at(value), severity, options: opts } : undefined;
        }
        const has = (k) => value.entries.some((e) => e.key === k);
        if (!has('given') && !has('then')) {
            let severity;
            let options;
            for (const e of value.entries) {
                if (e.key === 'severity')
                    severity = severityOf(e.value);
                else if (e.key === 'options' || e.key === 'functionOptions')
                    options = e.value;
            }
            return { kind: 'set', origin: at(value), severity, options };
        }
        const rule = readRuleDefinition(id, keyAt, value);
        return rule ? { kind: 'define', rule } : undefined;
    }
    function readRuleDefinition(id, keyAt, node) {
        const before = problems.length;
        const str = (n) => (n.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined);
        let description;
        let message;
        let documentationUrl;
        let severity = 'warn';
        const given = [];
        const then = [];
        let complete = 0;
        for (const e of entriesOf(node)) {
            if (e.key === 'description')
                description = str(e.value);
            else if (e.key === 'message')
                message = str(e.value);
            else if (e.key === 'documentationUrl')
                documentationUrl = str(e.value);
            else if (e.key === 'severity')
                severity = severityOf(e.value) ?? severity;
            else if (e.key === 'given') {
                complete++;
                for (const item of oneOrMany(e.value)) {
                    const path = str(item);
                    if (path === undefined)
                        continue;
                    const parsed = parseJsonPath(path);
                    const textAt = (item.kind === 'scalar' ? item.textAt : undefined) ?? item.at;
                    if ('offset' in parsed)
                        problem({ line: textAt.line, column: textAt.column + parsed.offset }, `invalid JSONPath in "given" (${JSON.stringify(path)}): ${parsed.message}`);
                    else {
                        given.push({ text: path, steps: parsed.steps, at: at(textAt) });
                    }
                }
            }
            else if (e.key === 'then') {
                complete++;
                for (const item of oneOrMany(e.value)) {
                    const t = readThen(item);
                    if (t)
                        then.push(t);
                }
            }
        }
        // A rule with a problem is left undefined: its id then stays unknown rather than half defined.
        if (complete < 2 || problems.length > before)
            return undefined;
        const origin = at(keyAt);
        return { id, description, message, severity, given, then, documentationUrl, definedIn: origin, setIn: origin };
    }
    function readThen(node) {
        if (node.kind !== 'map')
            return undefined;
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
        }
        if (fnName === undefined)
            return undefined;
        const fn = functions.get(fnName);
        if (!fn) {
            const near = closest(fnName, functions.keys());
            problem(fnAt, `unknown function "${fnName}"${near ? `: did you mean "${near}"?` : ''} (built-in functions: ${[...BUILTIN_FUNCTIONS.keys()].join(', ')}; a ruleset adds its own with "functions: [name]")`);
            return undefined;
        }
        const options = compileOptions(fn, optionsNode, node.at, file, problems);
        return options ? { ...(field !== undefined ? { field: field.split('.') } : {}), functionName: fnName, fn, options } : undefined;
    }
}
/** The value an option had in the config, for checking options set over a rule's own (compiled) ones. */
function written(v) {
    if (v instanceof ConfigPattern)
        return v.source;
    return Array.isArray(v) ? v.map(written) : v;
}
/**
 * Checks options against the function's schema (its validator: generated at build time for the built-in
 * functions, compiled when loaded for a custom one) and compiles regex strings to ConfigPatterns (RE2).
 * `base`: the rule's own options, which `node` is set over.
 */
function compileOptions(fn, node, fallback, file, problems, base = {}) {
    const given = node === undefined || (node.kind === 'scalar' && node.value === null) ? undefined : node;
    if (fn.anyOptions) {
        if (given && given.kind !== 'map') {
            problems.push({ file, at: given.at, message: `options of "${fn.name}" must be a mapping, not ${describeKind(given)}` });
            return undefined;
        }
        return { ...base, ...(given ? plain(given) : {}) };
    }
    const validate = fn.validateOptions ?? (Object.hasOwn(OPTION_VALIDATORS, fn.name) ? OPTION_VALIDATORS[fn.name] : undefined);
    if (!validate)
        throw new Error(`function "${fn.name}" has no options validator`);
    const data = given && given.kind !== 'map' ? plain(given) : { ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, written(v)])), ...(given ? plain(given) : {}) };
    if (!validate(data)) {
        problems.push(...optionProblems(file, fn.name, fn.options, given, node?.at ?? fallback, validate.errors ?? []));
        return undefined;
    }
    const before = problems.length;
    const out = { ...base };
    for (const { key, value } of entriesOf(given ?? { kind: 'scalar', at: fallback, value: null })) {
        const compiled = compileOption(key, Object.hasOwn(fn.options.properties, key) ? fn.options.properties[key] : undefined, value, (where, message) => problems.push({ file, at: where, message }));
        if (compiled !== undefined)
            out[key] = compiled;
    }
    if (problems.length === before && fn.validate) {
        const error = fn.validate(out);
        if (error)
            problems.push({ file, at: node?.at ?? fallback, message: `options of "${fn.name}": ${error}` });
    }
    return problems.length > before ? undefined : out;
}

/** What the schema cannot check of one valid option: its regular expressions compile on RE2, its numbers are finite. */
function compileOption(key, spec, node, problem) {
    const regex = (n) => {
        const v = plain(n);
        try {
            return ConfigPattern.compile(v);
        }
        catch (e) {
            if (!(e instanceof PatternError))
                throw e;
            problem(n.at, `option "${key}": /${v}/ is ${e.message.startsWith('not a valid') ? '' : 'not accepted: '}${e.message}`);
            return undefined;
        }
    };
    if (spec?.format === 'regex')
        return regex(node);
    if (spec?.type === 'array' && spec.items?.format === 'regex' && node.kind === 'seq') {
        const out = node.items.map(regex);
        return out.every((r) => r !== undefined) ? out : undefined;
    }
    const value = plain(node);
    if (typeof value === 'number' && !Number.isFinite(value)) {
        problem(node.at, `option "${key}" must be a number, not ${describeKind(node)}`);
        return undefined;
    }
    return value;
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
/** `customRules`: the rules of the rule modules the rulesets load (`functions:`), defined like the built-in ones. */
function resolveConfig(entry, load, functions, customRules = []) {
    const problems = [];
    // The reader's rules and the built-in rules are in every config, off until a ruleset sets them, so a config
    // can set their severity and options (connect-flow-lint:recommended sets every one).
    const rules = new Map([...FILE_RULES, ...RULE_DEFINITIONS, ...customRules].map((r) => [r.id, r]));
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
        return !rel.startsWith('../') && o.files.some((g) => g.test(rel));
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

;// CONCATENATED MODULE: ./src/core/identity.ts
/**
 * What a finding is about, apart from where it is printed and how it is worded: the place inside its block
 * (a parameter, the block itself) and the rule's own facts (the field read, the error type, the target).
 * Never the message or a path of block Identifiers, so unrelated edits to the flow (blocks inserted, moved,
 * renamed elsewhere) leave it unchanged.
 */
function subjectOf(pathInBlock, values) {
    const facts = values ? Object.keys(values).sort().map((k) => [k, values[k]]) : [];
    return JSON.stringify([pathInBlock.join('.'), ...facts]);
}
/**
 * The part of `path` below the block it is in (`Actions[7].Parameters.Text` → `Parameters.Text`): a block's
 * index changes whenever another block is inserted or moved. Paths outside the blocks are kept whole.
 */
function pathInBlock(path) {
    return path[0] === 'Actions' && typeof path[1] === 'number' ? path.slice(2) : path;
}
/**
 * A finding's identity: file, rule, flow, block Identifier and subject. Baselines and SARIF fingerprints use
 * it; two findings with the same identity are told apart by count.
 */
function findingIdentity(f) {
    return JSON.stringify([f.file, f.ruleId, f.flowName ?? null, f.blockId ?? null, f.subject ?? null]);
}
/**
 * A short, stable digest of an identity, for SARIF `partialFingerprints` and the JSON report (FNV-1a, 64 bits as
 * hex). Computed in four 16-bit parts, so every product fits a small integer: BigInt arithmetic allocated a
 * number per character, a large share of the garbage of a run with thousands of findings.
 */
function fingerprintOf(identity) {
    // The offset basis 0xcbf29ce484222325, low part first.
    let h0 = 0x2325;
    let h1 = 0x8422;
    let h2 = 0x9ce4;
    let h3 = 0xcbf2;
    for (let i = 0; i < identity.length; i++) {
        h0 ^= identity.charCodeAt(i) & 0xffff;
        // h * 0x100000001b3 (2^40 + 0x1b3) mod 2^64: h * 0x1b3, plus h shifted left by 40 bits (parts 0 and 1 into 2 and 3).
        const t0 = h0 * 0x1b3;
        const t1 = h1 * 0x1b3 + (t0 >>> 16);
        const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
        h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
        h2 = t2 & 0xffff;
        h1 = t1 & 0xffff;
        h0 = t0 & 0xffff;
    }
    const hex = (n) => n.toString(16).padStart(4, '0');
    return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

;// CONCATENATED MODULE: ./src/core/baseline.ts

const v1Key = (f) => JSON.stringify([f.file, f.ruleId, f.blockId ?? null, f.message]);
const v2Key = (f) => findingIdentity({ file: f.file, ruleId: f.ruleId, ...(f.flowName ? { flowName: f.flowName } : {}), ...(f.blockId ? { blockId: f.blockId } : {}), ...(f.subject ? { subject: f.subject } : {}) });
function createBaseline(findings) {
    const counts = new Map();
    for (const f of findings) {
        const k = v2Key(f);
        const e = counts.get(k);
        if (e)
            e.count++;
        else
            counts.set(k, { file: f.file, ruleId: f.ruleId, flowName: f.flowName ?? null, blockId: f.blockId ?? null, subject: f.subject ?? null, message: f.message, count: 1 });
    }
    return { version: 2, findings: [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, e]) => e) };
}
const optionalString = (v) => v === undefined || v === null || typeof v === 'string';
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
    if (typeof v !== 'object' || v === null || (o.version !== 1 && o.version !== 2) || !Array.isArray(o.findings))
        throw new Error('not a connect-flow-lint baseline (expected {"version": 2, "findings": [...]})');
    for (const f of o.findings) {
        if (typeof f?.file !== 'string' || typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !(typeof f.blockId === 'string' || f.blockId === null) || !Number.isInteger(f.count) || !optionalString(f.subject) || !optionalString(f.flowName)) {
            throw new Error(`entry ${o.findings.indexOf(f) + 1} of the baseline is malformed (each needs file, ruleId, blockId, message and count)`);
        }
    }
    return o;
}
/** Splits findings into the new ones and those the baseline already knows. */
function applyBaseline(findings, baseline) {
    const keyOf = baseline.version === 1 ? v1Key : v2Key;
    const remaining = new Map();
    for (const f of baseline.findings)
        remaining.set(keyOf(f), (remaining.get(keyOf(f)) ?? 0) + f.count);
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
    "recommended": "# connect-flow-lint:recommended — the built-in policy. Each rule has a page in src/rules/<id>/README.md (reference-exists: rules/docs/<id>.md).\n# Extend it from .connect-flow-lint.yaml:  extends: [connect-flow-lint:recommended]\nrules:\n  profile-lookup-before-use: error\n\n  profile-response-fields: error\n\n  error-branches-wired: error\n\n  transition-target-exists: error\n\n  unreachable-block: warn\n\n  start-action-exists: error\n\n  unique-identifiers: error\n\n  flow-ends: error\n\n  logging-enabled: info\n\n  no-hardcoded-arn: warn\n\n  flow-structure: error\n\n\n  reference-exists: error\n\n  known-action-type: error\n\n  action-allowed-in-flow-type: error\n\n  parameters-valid: error\n\n  input-menu-conditions: warn\n\n  stored-input-before-use: warn\n\n  queue-set-before-transfer: warn\n",
    "strict": "# connect-flow-lint:strict — the recommended policy with nothing left as a warning: for repositories that\n# deploy every flow to several environments and want every route and branch accounted for.\nextends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\n  no-hardcoded-arn: error\n  logging-enabled: error\n  # The reader's rules: a file the rules cannot check fails a strict run instead of passing with a warning.\n  legacy-format: error\n  unsupported-content: error\n  error-branches-wired: [error, { strict: true }]\n  parameters-valid: [error, { unseenParameters: true }]\n  input-menu-conditions: error\n  stored-input-before-use: error\n  queue-set-before-transfer: error\n",
};

;// CONCATENATED MODULE: ./src/reporters/escape.ts
/**
 * The one place text from a flow, a file name or a config is made safe for where it is printed. Everything
 * in a pull request comes from strangers: a flow name may hold a newline and `::error …` (a workflow command
 * on the runner), terminal escapes (ANSI CSI, OSC 8 links, C1 controls), bidi overrides that make a reviewer
 * read text in another order, or Markdown and HTML that pings a team or closes a section of the comment.
 *
 * Each context has its own function; all of them first make controls visible (`visible`), so nothing from a
 * flow reaches a terminal, a log or a page as a control character.
 */
/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi controls (marks,
 * embeddings, overrides, isolates): characters that move the cursor, change how a terminal or a page shows
 * the text around them, or are invisible yet change its meaning.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, without LF: for text that may span lines (the line starts are checked instead). */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `\n`, `\t`, `\x1b`, `\u202e`: the character written so a reader sees it, as JavaScript would write it. */
function escapeChar(ch) {
    const named = NAMED[ch];
    if (named)
        return named;
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One line of text with every control, separator and bidi character written out (`\n`, `\x1b`, `\u202e`). */
function visible(text) {
    return text.replace(CONTROL, escapeChar);
}
/**
 * A line that GitHub's runner would read as a workflow command (`::name …::`, or the old `##[name]` form),
 * after the leading whitespace the runner trims. Its first character is written `\x3a` / `\x23`.
 */
const COMMAND_LINE = /^(\s*)(::|##\[)/;
function defuseLine(line) {
    return line.replace(COMMAND_LINE, (_, space, start) => `${space}${start === '::' ? '\\x3a:' : '\\x23#['}`);
}
/**
 * Text for a terminal or a CI log, one line: controls written out, and it cannot start with `::`. For a
 * single field (a file name, a flow name, a message) that may then be embedded in a line.
 */
function terminalText(text) {
    return defuseLine(visible(text));
}
/**
 * Text for a terminal or a CI log that may hold several lines of our own (an error with a hint below it):
 * LF is kept, every other control is written out, and no line may start as a workflow command.
 */
function terminalLines(text) {
    return text.replace(CONTROL_BUT_LF, escapeChar).split('\n').map(defuseLine).join('\n');
}
/** Text of several lines for a plain-text field (a check-run annotation): LF kept, every other control written out. */
function visibleLines(text) {
    return text.replace(CONTROL_BUT_LF, escapeChar);
}
/**
 * The message of a workflow command (`::error …::MESSAGE`), escaped as @actions/core does (% CR LF, which the
 * runner decodes) after every other control is written out: line breaks stay line breaks in the annotation,
 * but nothing can end the command early or reach the log as an escape sequence.
 */
function commandData(text) {
    return text
        .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
/** A property of a workflow command (`file=…`, `title=…`): one line, and `:` and `,` escaped too. */
function commandProperty(text) {
    return visible(text).replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Text inside HTML or Markdown prose (a `<summary>`, a list item, a note; never an attribute): one line,
 * controls written out, `&`, `<` and `>` as entities, and a zero-width space (as an entity) defusing what
 * GitHub would turn into a link or a ping on its own: @mentions, #123 references, bare URLs (`://`,
 * `www.`, even inside a word, as some renderers link it there) and e-mail addresses.
 */
function htmlText(text) {
    return visible(text.replace(/[\r\n\t]+/g, ' ')).replace(/[&<>]|@|#(?=\w)|:\/\/|www\./gi, (m) => {
        switch (m) {
            case '&': return '&amp;';
            case '<': return '&lt;';
            case '>': return '&gt;';
            case '@': return '@&#8203;';
            case '#': return '#&#8203;';
            case '://': return ':&#8203;//';
            default: return `${m.slice(0, 3)}&#8203;.`; // www.
        }
    });
}
/**
 * Text for Markdown prose or a table cell: backslashes before Markdown punctuation and `|` (and before a
 * list, heading or underline mark that starts the text), then the HTML escaping above (so no emphasis,
 * link, image, code span, heading, list, HTML or ping comes from the text).
 */
function markdownText(text) {
    // Also what would start a block where the text starts a line (a note): a heading, a list item, a setext underline.
    const escaped = text.replace(/[\\`*_[\]|~!$#]/g, '\\$&').replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space, mark) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`);
    return htmlText(escaped);
}
/**
 * An inline code span holding the text exactly: a fence of more backticks than any run inside it, and
 * padding when the text starts or ends with a backtick or a space, as CommonMark reads them. Controls are
 * written out first, so the span is one line: it cannot end at a blank line and let the rest of the text
 * be read as Markdown (a live @mention, a `</details>`). Inside a code span GitHub links and pings nothing.
 */
function codeSpan(text) {
    const t = visible(text);
    if (t === '')
        return '` `';
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Inline code for a GitHub comment or summary: `<code>` around the text escaped as Markdown prose
 * (markdownText), so the raw text of a flow never appears, not even `</details>` or `@team` inside a code
 * span, and a reader still sees it exactly (bar the zero-width spaces that defuse pings and links).
 */
function escape_htmlCode(text) {
    return `<code>${markdownText(text)}</code>`;
}
/**
 * JSON text (already produced by JSON.stringify, which escapes C0 but not DEL, C1, the separators or the
 * bidi controls) with those written as `\uXXXX` escapes: the same JSON value, nothing raw for a terminal.
 */
function jsonSafe(json) {
    return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A Graphviz DOT string literal: quotes and backslashes escaped, newlines as DOT's `\n`, other controls written out. */
function dotString(text) {
    const lines = text.split(/\r?\n/).map((l) => visible(l).replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
    return `"${lines.join('\\n')}"`;
}
/** SARIF `artifactLocation.uri`: each path segment percent-encoded, so `#`, `%`, `?` or `%2e%2e%2f` stay part of the name. */
function uriPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/reporters/github.ts

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' };
/**
 * GitHub shows at most this many annotations of each type (error, warning, notice) from one step's
 * workflow commands; the rest are dropped without a word. The Action and the CLI's `github` format share it.
 */
const COMMAND_ANNOTATIONS_PER_TYPE = 10;
/**
 * One `::error file=…,line=…::message` workflow command per finding, escaped as @actions/core does (and every
 * other control written out), so each finding is exactly one line and one command.
 */
function formatGithub(findings) {
    return findings
        .map((f) => {
        const props = [
            `file=${commandProperty(f.file)}`,
            `line=${f.range.start.line}`,
            `col=${f.range.start.column}`,
            `endLine=${f.range.end.line}`,
            `endColumn=${f.range.end.column}`,
            `title=${commandProperty(f.ruleId)}`,
        ].join(',');
        const doc = f.documentationUrl ? ` (${f.documentationUrl})` : '';
        return `::${COMMAND[f.severity]} ${props}::${commandData(f.message + doc)}\n`;
    })
        .join('');
}
/**
 * Which findings spend the annotation slots: per severity, findings on lines the change touched first (when
 * the caller knows them), then the rest, each group in the order given (file order). `slots` are what is
 * left per severity when the step has printed annotations of its own.
 */
function chooseAnnotations(findings, changedLines = new Map(), slots = {}) {
    const onChangedLine = (f) => {
        const lines = changedLines.get(f.file);
        if (!lines)
            return false;
        for (let l = f.range.start.line; l <= f.range.end.line; l++)
            if (lines.has(l))
                return true;
        return false;
    };
    const chosen = new Set();
    for (const severity of ['error', 'warn', 'info']) {
        const group = findings.filter((f) => f.severity === severity);
        const ordered = [...group.filter(onChangedLine), ...group.filter((f) => !onChangedLine(f))];
        for (const f of ordered.slice(0, Math.max(0, slots[severity] ?? COMMAND_ANNOTATIONS_PER_TYPE)))
            chosen.add(f);
    }
    const shown = [];
    for (const severity of ['error', 'warn', 'info'])
        for (const f of chosen)
            if (f.severity === severity)
                shown.push(f);
    return { shown, rest: findings.filter((f) => !chosen.has(f)) };
}
const SEVERITY_WORD = { error: 'error', warn: 'warning', info: 'info' };
/** A finding as a plain log line (never a workflow command: every field is terminal text, the line indented). */
function plainLine(f) {
    return `  ${terminalText(f.file)}:${f.range.start.line}:${f.range.start.column}: ${SEVERITY_WORD[f.severity]}: ${terminalText(f.message)} (${terminalText(f.ruleId)})\n`;
}
/**
 * The CLI's `github` format: workflow commands for as many findings as GitHub will show (10 per type per
 * step, changed lines first when known, else in file order), then one plain line saying how many were not
 * annotated, and those findings as plain log lines, so none is lost and none is silently dropped by GitHub.
 */
function formatGithubBudgeted(findings, changedLines) {
    const { shown, rest } = chooseAnnotations(findings, changedLines);
    if (rest.length === 0)
        return formatGithub(findings);
    // Printed in the order given (file order), whichever won the slots.
    const chosen = new Set(shown);
    shown.splice(0, shown.length, ...findings.filter((f) => chosen.has(f)));
    const line = `connect-flow-lint: ${rest.length} more finding${rest.length === 1 ? '' : 's'} not annotated (GitHub shows ${COMMAND_ANNOTATIONS_PER_TYPE} workflow-command annotations of each type per step): listed below; --format sarif reports them all.\n`;
    return formatGithub(shown) + line + rest.map(plainLine).join('');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/reporters/gitlab.ts

/**
 * SHA-256 in hex. node:crypto is loaded here, when a GitLab report is written, not at start-up: loaded with
 * the CLI it costs every run, and its allocations grew the young generation the batch heap settings keep at
 * its first size (test/heap.test.ts failed with a top-level import).
 */
function sha256(text) {
    const { createHash } = (0,external_node_module_.createRequire)(import.meta.url)('node:crypto');
    return createHash('sha256').update(text).digest('hex');
}
/** GitLab's code quality severities (info, minor, major, critical, blocker), as ESLint's GitLab formatters map. */
const SEVERITY = { error: 'major', warn: 'minor', info: 'info' };
/** The finding's identity without its line: GitLab matches findings between the branch and its base by it. */
function identity(f) {
    return JSON.stringify([f.file, f.ruleId, f.flowName ?? null, f.blockId ?? null, f.message]);
}
/**
 * A GitLab Code Quality report (artifacts:reports:codequality): a JSON array with, per finding, description,
 * check_name, fingerprint, severity and location.path / location.lines.begin. Paths are as the findings name
 * them (relative to the working directory): run from the repository root. The fingerprint leaves the line out,
 * so an edit above a finding does not make it look new; findings alike in all else are numbered apart, since
 * GitLab keeps one finding per fingerprint. JSON.stringify escapes control characters in messages.
 */
function formatGitlab(findings) {
    const seen = new Map();
    const issues = findings.map((f) => {
        const id = identity(f);
        const n = seen.get(id) ?? 0;
        seen.set(id, n + 1);
        return {
            type: 'issue',
            description: `${f.message} (${f.ruleId})`,
            check_name: f.ruleId,
            fingerprint: sha256(`${id}#${n}`),
            severity: SEVERITY[f.severity],
            location: { path: f.file, lines: { begin: f.range.start.line, end: f.range.end.line } },
            ...(f.documentationUrl ? { content: { body: `See ${f.documentationUrl}` } } : {}),
        };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/json.ts


/** One JSON array of findings, flat fields first so `jq` one-liners stay short. */
function formatJson(findings) {
    return `${jsonSafe(JSON.stringify(findings.map((f) => ({
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
        fingerprint: fingerprintOf(findingIdentity(f)),
    })), null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/junit.ts
/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab, LF
 * and CR, lone surrogates, U+FFFE/U+FFFF. A flow's text comes from strangers, so a message may carry them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A local escaper: src/reporters/escape.ts (a shared one) did not exist when this was written.
/** Text for an XML attribute or element: markup escaped, characters XML cannot hold shown as \uXXXX. */
function xmlEscape(text) {
    return text
        .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        // Attribute values normalise raw line breaks and tabs to spaces: keep them as references.
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}
const junit_SEVERITY = { error: 'Error', warn: 'Warning', info: 'Info' };
/** Findings that mean the file was not linted at all. */
const FATAL = new Set(['parse-error', 'file-too-large']);
/**
 * JUnit XML as ESLint's junit formatter writes it: one <testsuite> per linted file, one failing <testcase>
 * per finding (named after the rule; <error> when the file could not be read or parsed, else <failure>), and
 * one passing <testcase> for a file without findings, so CI systems
 * (Jenkins, GitLab, Azure Pipelines, CircleCI) count clean files as passed tests.
 * `files` are the linted files (names as findings give them); files that only have findings are added.
 */
function formatJunit(findings, files = []) {
    const byFile = new Map();
    for (const f of files)
        byFile.set(f, []);
    for (const f of findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
    for (const [file, list] of byFile) {
        const name = xmlEscape(file);
        // ESLint's classname: the path without its extension.
        const classname = xmlEscape(file.replace(/\.[^./]*$/, ''));
        // ESLint's counts: every finding is a test and counted in "errors" (a clean file is one passing test).
        out.push(`<testsuite package="connect-flow-lint" time="0" tests="${Math.max(1, list.length)}" errors="${list.length}" name="${name}">`);
        if (list.length === 0)
            out.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
        for (const f of list) {
            // ESLint writes a fatal message (the file could not be parsed) as <error>, the others as <failure>.
            const element = FATAL.has(f.ruleId) ? 'error' : 'failure';
            const where = `line ${f.range.start.line}, col ${f.range.start.column}, ${junit_SEVERITY[f.severity]}`;
            const block = f.blockId !== undefined ? ` [block ${f.blockId}]` : '';
            const flow = f.flowName !== undefined ? ` [flow ${f.flowName}]` : '';
            const doc = f.documentationUrl ? `\n${f.documentationUrl}` : '';
            out.push(`<testcase time="0" name="connect-flow-lint.${xmlEscape(f.ruleId)}" classname="${classname}">` +
                `<${element} message="${xmlEscape(f.message)}" type="${f.severity}">${xmlEscape(`${where} - ${f.message} (${f.ruleId})${flow}${block}${doc}`)}</${element}>` +
                '</testcase>');
        }
        out.push('</testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/generated/rule-docs.ts
// Generated by scripts/gen-rulesets.mjs from src/rules/*/README.md and rules/docs/*.md. Do not edit.
const RULE_DOCS = {
    "action-allowed-in-flow-type": "# action-allowed-in-flow-type\n\nReports a block that the flow's type does not allow — a queue transfer in a whisper flow, say.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nA flow's type (`CONTACT_FLOW`, `CUSTOMER_QUEUE`, `AGENT_WHISPER`, a flow module…) decides which blocks it may\nuse. Importing a flow as the wrong type is the failure users of Connect tooling report most: the import is\nrejected, or a block fails when a contact reaches it. The type is not in the flow's content, so a JSON diff\nnever shows the mismatch.\n\n## What it checks\n\nThe flow's type comes from its wrapper (`{Name, Type, Content}`, describe-contact-flow's `ContactFlow.Type`,\na CloudFormation resource's `Properties.Type`; modules are `MODULE`), else from the designer's\n`Metadata.type`, else from the rule's `flowType` option. Each block's type is checked against the allowed\nflow types in the action table (`src/connect/actions.ts`); types the table has no list for are not checked, nor\nare flows whose type nothing says, flow types the linter does not know, or `CAMPAIGN` (no reference page's\nrestrictions cover it).\nThe finding points at the block's `Type`.\n\n## Bad\n\nAn `AGENT_WHISPER` wrapper whose flow holds:\n\n```json\n{ \"Identifier\": \"transfer\", \"Type\": \"TransferContactToQueue\", \"Parameters\": {},\n  \"Transitions\": { \"NextAction\": \"end\", \"Errors\": [ { \"NextAction\": \"end\", \"ErrorType\": \"QueueAtCapacity\" }, { \"NextAction\": \"end\", \"ErrorType\": \"NoMatchingError\" } ] } }\n```\n\nMessage: `\"TransferContact…\" (transfer): TransferContactToQueue is not allowed in a AGENT_WHISPER flow: move the step to an allowed flow type, or fix this flow's type.`\n\n## Good\n\nThe whisper flow announces the caller and ends with `EndFlowExecution`; the transfer happens in the inbound\nflow.\n\n## Options\n\n- `flowType` (string): the type for files that do not say, typically set per folder:\n\n```yaml\nextends: [connect-flow-lint:recommended]\noverrides:\n  - files: [\"flows/whisper/**\"]\n    rules:\n      action-allowed-in-flow-type: { options: { flowType: AGENT_WHISPER } }\n```\n\n## When not to use it\n\nWhen your files carry no type and their folders do not map to types: the rule then checks nothing.\n",
    "error-branches-wired": "# error-branches-wired\n\nReports a block that can raise an error type which has no branch in its `Transitions.Errors`.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nWhen a block raises an error that is not routed, Amazon Connect has nowhere to send the contact: the call is disconnected or the chat ends, with no message and no queue. The usual victims are exactly the callers you most need to handle: a first-time caller with no profile (`GetCustomerProfile` raises `NoneFoundError`), a caller whose province matches none of your conditions (`Compare` raises `NoMatchingCondition`), a caller who says nothing at the menu (`InputTimeLimitExceeded`), or every caller during the minute a Lambda times out (`NoMatchingError`). These branches are rarely exercised in testing, which is why they get missed.\n\n## What it checks\n\nFor each block whose `Type` is in the action table (`src/connect/actions.ts`, the single source of truth), every error type the table lists for it must appear as the `ErrorType` of an entry of `Transitions.Errors` with a non-empty `NextAction`. Excerpt of the table:\n\n| Type | error types that must be wired |\n|---|---|\n| `GetCustomerProfile` | `MultipleFoundError`, `NoneFoundError`, `NoMatchingError` |\n| `CreateCustomerProfile`, `UpdateCustomerProfile`, `AssociateContactToCustomerProfile` | `NoMatchingError` |\n| `Compare` | `NoMatchingCondition` |\n| `GetParticipantInput` | `NoMatchingError`; `NoMatchingCondition` and `InputTimeLimitExceeded` when `StoreInput` is `False`; `InvalidPhoneNumber` when `StoreInput` is `True` and `InputValidation.PhoneNumberValidation` is set |\n| `ConnectParticipantWithLexBot` | `NoMatchingCondition`, `NoMatchingError` (`InputTimeLimitExceeded` only with `strict: true`) |\n| `CheckMetricData` | `NoMatchingCondition`, `NoMatchingError` |\n| `InvokeLambdaFunction`, `UpdateContactTargetQueue`, `InvokeFlowModule`, `TransferToFlow`, `CheckHoursOfOperation`, `UpdateContactAttributes`, ... | `NoMatchingError` |\n| `UpdateFlowAttributes`, `UpdateContactTextToSpeechVoice` | `NoMatchingError` only with `strict: true` (the reference page says \"Errors: None\"; real exports often leave it out) |\n| `TransferContactToQueue` | `QueueAtCapacity`, `NoMatchingError` |\n| `MessageParticipant`, `MessageParticipantIteratively` | `NoMatchingError` only with `strict: true` |\n| `Wait` | `NoMatchingError` (`ParticipantNotFound` only with `strict: true`, and only when `Events` holds `BotParticipantDisconnected`) |\n\n- Some error branches are left empty by most real exports (the older designer had none for `MessageParticipant`). The table marks them strict-only; they are checked only with `strict: true`.\n- Every table entry records its evidence: the action's flow-language reference page and the real exports it was checked against. An entry that rests on the reference alone (no export of the type was checked: `DequeueContactAndTransferToQueue`, `TransferParticipantToThirdParty`, `DistributeByPercentage`, `UpdateCase`, …) demands its error branches only with `strict: true`: the reference has been wrong both ways (it lists no error for `UpdateFlowAttributes`, whose exports wire one, and leaves out the `InputTimeLimitExceeded` every stored-input-less `GetParticipantInput` export wires). An entry with no evidence raises nothing.\n- Not checked: types with no error types in the table (`DisconnectParticipant`, `EndFlowExecution`, `EndFlowModuleExecution`, `TransferContactToAgent`, `UpdateFlowLoggingBehavior`, `Loop`...), types not in the table at all, and types listed in `ignoreTypes`.\n- Not checked either: a block with no transition at all (that is one defect, reported once by [`flow-ends`](../flow-ends/README.md)), and a block that no path from `StartAction` reaches (reported by [`unreachable-block`](../unreachable-block/README.md)). When `StartAction` names no block, reachability is unknown and every block is checked.\n- A `NextAction` equal to one of the error targets (as transfers are exported) is fine; whether an error target exists is [`transition-target-exists`](../transition-target-exists/README.md)'s business.\n- One finding per block and missing error type, reported on the block's `Identifier`.\n\n## Bad\n\nThe lookup has no `NoneFoundError` branch, so a caller with no profile is disconnected:\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Get profile\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Greet by name\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Greet by name\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Hello $.Customer.FirstName, thank you for calling.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\" }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"GetCustomerProfile\" (Get profile) has no NoneFoundError branch, so a contact that hits this error has nowhere to go: connect it to a block that handles it.\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Get profile\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Greet by name\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Greet new caller\", \"ErrorType\": \"NoneFoundError\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Greet by name\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Hello $.Customer.FirstName, thank you for calling.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\" }\n    },\n    {\n      \"Identifier\": \"Greet new caller\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Welcome to Hokkaido Energy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\" }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\n- `strict` (boolean, default `false`; on in `connect-flow-lint:strict`): also require the error types the table marks strict-only (`MessageParticipant`'s, `MessageParticipantIteratively`'s, `UpdateFlowAttributes`' and `UpdateContactTextToSpeechVoice`'s `NoMatchingError`, `ConnectParticipantWithLexBot`'s `InputTimeLimitExceeded`, `Wait`'s `ParticipantNotFound` when it waits for `BotParticipantDisconnected`), and the error types of entries that only the reference backs.\n- `ignoreTypes` (list of action types, default none): do not check blocks of these types at all.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  error-branches-wired: { severity: error, options: { ignoreTypes: [CheckVoiceId] } }\noverrides:\n  - files: [\"flows/payments/**\"]\n    rules:\n      error-branches-wired: [error, { strict: true }]\n```\n\nOptions set in an `overrides` entry are merged over the options already set for the rule.\n\n## When not to use it\n\nKeep it on: an unwired error always ends the contact. If a type raises an error your flows cannot meet in practice, add that type to `ignoreTypes` for the files concerned instead of turning the whole rule off.\n",
    "file-too-large": "# file-too-large\n\nReports a file over the size limit (`--max-file-size`, the Action's `max-file-size`; 20 MiB by default), which was not read or linted.\n\n**Severity:** `error`, always reported (the limit is configurable, the finding is not).\n\n## Why\n\nA real flow is small: the service accepts at most 256,000 characters of `Content`. A file of many megabytes under a flows folder is a mistake (a generated dump, a log, a file committed to exhaust the linter's memory). Reading it anyway would let one file stall or crash the run for every other file; skipping it in silence would let it pass review unchecked. It is reported instead, and the other files are still linted.\n\n## What it checks\n\nThe size of each file before it is read. A file over the limit becomes one finding at its first line, and no rule runs on it.\n\n## Fix\n\nRemove the file from the linted paths, or raise the limit if it really is a flow:\n\n```sh\nnpx connect-flow-lint --max-file-size 52428800 flows/\n```\n",
    "flow-ends": "# flow-ends\n\nReports a non-terminal block with no transition at all: the contact stops there.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nA block that plays a message, sets a queue or invokes a Lambda is not an end point. If it has nowhere to go, the contact goes nowhere: the caller hears the closing prompt \"You will now be transferred to our Sapporo team\" and is then dropped instead of being transferred. This happens when the next block is deleted in a hand edit, when a template drops a `Transitions` object, or when a transfer block is replaced by a message \"for now\". Unlike an unwired error branch, this path is taken by every contact that reaches the block.\n\n## What it checks\n\n- A block has a transition when at least one of these holds: `Transitions.NextAction` is a non-empty string, `Transitions.Conditions` has an entry with a non-empty `NextAction`, `Transitions.Errors` has an entry with a non-empty `NextAction`. `\"Conditions\": []`, `\"Errors\": []`, `\"NextAction\": \"\"` and a missing or empty `Transitions` count as no transition. A transition to an `Identifier` that does not exist still counts (that is [`transition-target-exists`](../transition-target-exists/README.md)'s finding).\n- Exempt: block types marked terminal in `src/connect/actions.ts` (`DisconnectParticipant`, `EndFlowExecution`, `EndFlowModuleExecution`, `TransferContactToAgent`), `MessageParticipantIteratively` (it loops until the contact is dequeued), and blocks with no `Type` (reported by [`flow-structure`](../flow-structure/README.md)). Types not in the table are checked.\n- Every block is checked, reachable or not.\n- Whether each error type is routed is checked by [`error-branches-wired`](../error-branches-wired/README.md), which skips the blocks this rule reports.\n- One finding per block, reported on its `Identifier`.\n\n## Loops without an exit\n\nThe rule also reports a loop a contact can enter but never leave — every branch of every block in it leads\nback into it, none to a Disconnect, a transfer or the end of the flow — at the block where the contact\nenters the loop, with the loop as evidence. Queue and hold flows (`CUSTOMER_QUEUE`, `CUSTOMER_HOLD`,\n`AGENT_HOLD`) loop on purpose until an agent takes the contact and are not checked; the option\n`endlessLoopsAllowedIn` (list of flow types) changes that list.\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Set Sapporo queue\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Set Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Announce transfer\",\n        \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Announce transfer\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"You will now be transferred to our Sapporo team.\" },\n      \"Transitions\": {}\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"MessageParticipant: You will …\" (Announce transfer) has no transition, so a contact that reaches it goes nowhere: set its NextAction, or end the path with a Disconnect block.\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Set Sapporo queue\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Set Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Announce transfer\",\n        \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Announce transfer\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"You will now be transferred to our Sapporo team.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Transfer to queue\",\n        \"Errors\": [ { \"NextAction\": \"Transfer to queue\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\n- `endlessLoopsAllowedIn` (list of flow types, default `[\"CUSTOMER_QUEUE\", \"CUSTOMER_HOLD\", \"AGENT_HOLD\"]`):\n  flow types in which a loop without an exit is by design and is not reported.\n\nSet it, or the severity, in `rules` or per file in `overrides`:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  flow-ends: error\noverrides:\n  - files: [\"flows/sandbox/**\"]\n    rules:\n      flow-ends: warn\n```\n\n## When not to use it\n\nKeep it on for deployed flows. If it reports a block type that does end the contact by design and is missing from the terminal list, that is a bug in the data table: report it rather than turning the rule off.\n",
    "flow-structure": "# flow-structure\n\nReports fields of a flow-language export whose type the flow language does not accept.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nAmazon Connect rejects a flow whose `Actions` is not a list, whose block has no `Identifier`, or whose\n`Transitions` is not an object — but only when someone imports or deploys it. Hand-edited JSON and\ngenerators (templating tools, CDK helpers) produce these shapes; the linter reports them at the field, and\nstill checks the rest of the flow so one typo does not hide the other defects.\n\n## What it checks\n\n- `StartAction`, when present, is a string (a missing one is [`start-action-exists`](../start-action-exists/README.md)'s finding); `Actions`, when present, is an array, and each of its entries is an object.\n- Each block has a non-empty `Identifier` string and a non-empty `Type` string; `Parameters`, when present, is an object.\n- `Transitions`, when present, is an object; `Transitions.Conditions` and `Transitions.Errors`, when present, are arrays of objects;\n  every `NextAction` is a string (an empty string means \"no next block\", as transfer blocks export it).\n- A key written twice in the same object (the document, its blocks and their `Transitions` and `Parameters`, `Metadata.ActionMetadata`; keys nested deeper inside a parameter are not compared), on the repeat: JSON keeps only the last value, so the first is silently ignored.\n- One finding per wrong field, on that field. Messages name the block by its `Identifier`\n  (`\"Parameters\" of block \"Greeting\" must be an object, not an array`, `block 3 of \"Actions\" has no \"Identifier\" string: every block needs a unique Identifier`).\n\nA block without an `Identifier` is left out of the routing graph, and a wrong field is read as absent;\neverything else is still linted.\n\nAlso reported as `flow-structure`, whatever the configuration says (it is a property of the file): a\nCloudFormation flow resource whose `Content` is valid JSON but not a flow\n(`the Content of AWS::Connect::ContactFlow \"Inbound\" is JSON but not a flow: ...`).\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Greeting\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Greeting\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Welcome to Hokkaidō Energy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": { \"NoMatchingError\": \"Disconnect\" } }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"Transitions.Errors\" of block \"Greeting\" must be an array, not an object\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Greeting\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Greeting\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Welcome to Hokkaidō Energy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\nNone (the rule takes no `options`). Turn it off (not recommended) with:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  flow-structure: off\n```\n\n## When not to use it\n\nNever: a flow that fails this rule cannot be imported into Amazon Connect.\n",
    "input-menu-conditions": "# input-menu-conditions\n\nReports a \"Get customer input\" block used as a menu — a `GetParticipantInput` that does not store the input (`StoreInput` is `False` or absent) and whose prompt offers keys (\"press 1\") — that has no conditions.\n\n**Default severity in `connect-flow-lint:recommended`:** `warn` (`error` in `connect-flow-lint:strict`)\n\n## Why\n\nA menu block routes by its conditions: each condition is a key (`Equals 1`). With none, no key press matches, so every key press takes the `NoMatchingCondition` (\"Default\") branch — usually \"That is not a valid selection\" — and the caller who pressed 1 for billing hears the error prompt. It happens when a block is copied and its conditions are not, or when a Store customer input block is turned back into a menu. The flow designer shows no warning.\n\n## What it checks\n\n- Reachable `GetParticipantInput` blocks without `StoreInput` `True` (as the console writes it, `\"True\"`/`\"False\"`, or a JSON boolean), without a Lex bot (`LexV2Bot`, `LexBot`), and without any condition.\n- Only when the prompt (`Text` or `SSML`) offers a key: \"press 1\", \"press one\", \"dial 2\", \"select 3\", \"enter 4\", \"choose 5\" (and `*`, `#`). A block without conditions is also the console's way to wait for \"any key\" (Voicemail Express stops a recording that way) — that is not a menu, and audio prompts (`PromptId`) cannot be read: both are left alone.\n- Silent when a key press cannot change the route: the `NoMatchingCondition` branch goes where the `InputTimeLimitExceeded` branch goes (\"press 1 to skip\", every branch onwards).\n- One finding per block, on its `Identifier`; the message says that every key press takes the NoMatchingCondition branch.\n\n## Bad\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"For your account and billing, press 1. To report a power outage, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"3f7d2a95-6c1e-4b8a-8d02-9e5b1a7c4f63\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"8e4a1c73-2b5d-4f0e-9a36-7d1c5e8b2f40\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"3f7d2a95-6c1e-4b8a-8d02-9e5b1a7c4f63\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## Good\n\nThe same menu with a condition per option:\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"For your account and billing, press 1. To report a power outage, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"3f7d2a95-6c1e-4b8a-8d02-9e5b1a7c4f63\",\n      \"Conditions\": [\n        {\n          \"NextAction\": \"a1c9e5f2-4d7b-4e3a-b8c6-0f2d9a6e1b58\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"1\"\n            ]\n          }\n        },\n        {\n          \"NextAction\": \"e2d8a4c6-9b1f-4a3e-8c7d-5f0b2e6a9d14\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"2\"\n            ]\n          }\n        }\n      ],\n      \"Errors\": [\n        {\n          \"NextAction\": \"8e4a1c73-2b5d-4f0e-9a36-7d1c5e8b2f40\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"3f7d2a95-6c1e-4b8a-8d02-9e5b1a7c4f63\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## When not to use it\n\nIf your menus' prompts are audio prompts, this rule cannot see the options; if a prompt mentions a key only as an aside, disable it for that file with `overrides`.\n",
    "known-action-type": "# known-action-type\n\nReports a block whose `Type` the Amazon Connect flow language does not have.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nHand-written and generated flows carry legacy designer names (`PlayPrompt`, `CheckAttribute`,\n`SetLoggingBehavior`, `InvokeExternalResource`…), typos (`Compaer`) and invented types (`Trigger`,\n`EntryPoint`). The service rejects them only at import or deploy time; in review they look plausible.\n\n## What it checks\n\nEvery block's `Type` against the action table (`src/connect/actions.ts`). A legacy name is reported with its\nflow-language replacement (`PlayPrompt` → `MessageParticipant`, `CheckAttribute` → `Compare`,\n`SetLoggingBehavior` → `UpdateFlowLoggingBehavior`, `InvokeExternalResource` → `InvokeLambdaFunction`,\n`GetUserInput` → `GetParticipantInput`, `SetAttributes` → `UpdateContactAttributes`, `Transfer` →\n`TransferContactToQueue`, `Disconnect` → `DisconnectParticipant`, …), and so is a designer block name written as a\ntype (`TransferToQueue` → `TransferContactToQueue`, `SetWorkingQueue` → `UpdateContactTargetQueue`,\n`GetCustomerInput` → `GetParticipantInput`, …): the block's real type, not the closest spelling (`TransferToQueue`\nis nearer to `TransferToFlow`, a different block). Any other unknown type gets a \"did you mean\" only when it is a\nnear miss of a known type (letter case, or one or two edits: `Compaer` → `Compare`). The finding points at the `Type`.\n\n## Bad\n\n```json\n{ \"Identifier\": \"welcome\", \"Type\": \"PlayPrompt\", \"Parameters\": { \"Text\": \"Welcome to Hokkaidō Energy.\" },\n  \"Transitions\": { \"NextAction\": \"check\", \"Errors\": [ { \"NextAction\": \"disconnect\", \"ErrorType\": \"NoMatchingError\" } ] } }\n```\n\nMessage: `block \"welcome\" has the type \"PlayPrompt\", which the flow language does not have, so the import fails: the flow language calls this block \"MessageParticipant\".`\n\n## Good\n\n```json\n{ \"Identifier\": \"welcome\", \"Type\": \"MessageParticipant\", \"Parameters\": { \"Text\": \"Welcome to Hokkaidō Energy.\" },\n  \"Transitions\": { \"NextAction\": \"check\", \"Errors\": [ { \"NextAction\": \"disconnect\", \"ErrorType\": \"NoMatchingError\" } ] } }\n```\n\n## Options\n\n- `allow` (list of action types): types to accept although this release's table does not know them (an\n  action type newer than the linter).\n\n```yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  known-action-type: [error, { allow: [SomeNewAction] }]\n```\n\n## When not to use it\n\nNever for flows you deploy; use `allow` for a genuinely new action type until the table knows it.\n",
    "legacy-format": "# legacy-format\n\nReports a file that is an export of the legacy (pre-2020) Amazon Connect flow designer.\n\n**Default severity:** `warn` in `connect-flow-lint:recommended`, `error` in `connect-flow-lint:strict`. The file reader raises it, not a rule function; set its severity or turn it off like any rule (`legacy-format: off`, in `overrides` for a folder of old exports you keep for reference, or `--rule 'legacy-format: off'`).\n\n## Why\n\nBefore the flow language, the designer exported `{\"modules\": [...], \"version\": \"1\", \"type\": \"contactFlow\", \"start\": \"...\"}`\nwith `branches` and `parameters` per module. Repositories that started before 2020 still hold such files.\nThe linter cannot check their routing with the flow-language rules, and skipping them silently would make a\nreviewer believe they were checked.\n\n## What it checks\n\nA JSON object whose top level has a `modules` array and a `start` or `type` key, and neither an `Actions` array nor a `StartAction` string. The\nsame shape inside a `Content` string (a wrapper or a CloudFormation resource) is reported too, once per template. The\nfinding is at the first character of the legacy JSON; no other rule runs on it.\n\n## Bad\n\n```json\n{ \"modules\": [ { \"id\": \"a1\", \"type\": \"PlayPrompt\", \"branches\": [] } ], \"version\": \"1\", \"type\": \"contactFlow\", \"start\": \"a1\" }\n```\n\n```text\nthis is a legacy flow-designer export (\"modules\"/\"branches\"), which the linter cannot check: open the flow in the current Amazon Connect designer and export it again\n```\n\n## Good\n\nOpen the flow in the current Amazon Connect flow designer and export it again (**Save → Export flow**): the\nexport is flow-language JSON with `Version`, `StartAction` and `Actions`, which every rule checks.\n\n## Options\n\nNone: `legacy-format` is not a rule of the config, so it cannot be set in `rules` or `overrides`.\n\n## When not to use it\n\nKeep legacy exports you do not deploy out of the linted paths (pass the folders to lint explicitly).\n",
    "logging-enabled": "# logging-enabled\n\nReports a flow in which a block that routes or talks to the contact can run before flow logging is turned on.\n\n**Default severity in `connect-flow-lint:recommended`:** `info`\n\n## Why\n\nAmazon Connect writes CloudWatch flow logs only after an `UpdateFlowLoggingBehavior` block (\"Set logging behavior\") has enabled them for the contact. Without them, the report \"my caller from Hokkaidō was put in the Tokyo queue yesterday\" cannot be debugged: there is no record of which branch each block took, of the `\"Value\": \"\"` an unloaded profile field produced, or of the Lambda error that sent the call down the error branch. You only find out logging was off when you need it.\n\n## What it checks\n\n- Starting at `StartAction`, the rule follows every transition (default, conditions and errors) out of set-up blocks: the types marked `setup` in `src/connect/actions.ts` (`UpdateContactAttributes`, `UpdateFlowAttributes`, `UpdateContactRecordingBehavior`, `UpdateContactRecordingAndAnalyticsBehavior`, `UpdateContactTextToSpeechVoice`, and `UpdateFlowLoggingBehavior` with any value other than `Enabled`) and terminal blocks (`DisconnectParticipant`, `EndFlowExecution`...).\n- An `UpdateFlowLoggingBehavior` block whose `FlowLoggingBehavior` is `Enabled` (any case) ends the search on its path. Any other block type is \"real work\": if the search reaches one, the flow is reported. A block with `FlowLoggingBehavior` `Disabled` does not end the search.\n- One finding per flow, on the `Identifier` of the block that runs first without logging (the first such block in `Actions` order when several can).\n- Flows whose type is known are checked only when it is in `flowTypes` (default `CONTACT_FLOW`). The type comes from the wrapper (`ContactFlow.Type`, a `{Name, Type, Content}` file, the CloudFormation resource's `Type`), else from the designer's `Metadata.type` (`contactFlow`, `customerQueue`...); a flow whose type is unknown is checked.\n- Flow modules are not checked unless `ignoreModules` is `false`. A flow is a module when it comes from a `ContactFlowModule` wrapper or an `AWS::Connect::ContactFlowModule` resource, has a top-level `Settings` key, or contains an `EndFlowModuleExecution` block.\n- Nothing is reported when `StartAction` names no block.\n\n## Flows entered from other flows\n\nA flow that other linted flows transfer to, invoke or set as an event flow is not checked: flow logging,\nonce enabled, stays on for the contact, so its callers decide.\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Welcome\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Welcome\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Thank you for calling Hokkaido Dairy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"MessageParticipant: Thank you…\" (Welcome) runs before flow logging is enabled, so a misrouted call leaves no log: start the flow with a \"Set logging behavior\" block (Enabled).\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Enable flow logs\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Enable flow logs\",\n      \"Type\": \"UpdateFlowLoggingBehavior\",\n      \"Parameters\": { \"FlowLoggingBehavior\": \"Enabled\" },\n      \"Transitions\": { \"NextAction\": \"Welcome\" }\n    },\n    {\n      \"Identifier\": \"Welcome\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Thank you for calling Hokkaido Dairy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\n- `ignoreModules` (boolean, default `true`): do not check flow modules. Logging stays enabled for the contact once a flow enables it, so modules run with the logging behaviour of the flow that invoked them. Set `false` to check modules too (whatever their `flowTypes`).\n- `flowTypes` (list of flow types, default `[\"CONTACT_FLOW\"]`): the flow types to check when the type is known. Queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set, so they are skipped by default; add them (`CUSTOMER_QUEUE`, `CUSTOMER_WHISPER`, `AGENT_TRANSFER`, `QUEUE_TRANSFER`...) to check them as well.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  logging-enabled: { severity: warn, options: { flowTypes: [CONTACT_FLOW, CUSTOMER_QUEUE] } }\noverrides:\n  - files: [\"flows/modules/**\"]\n    rules:\n      logging-enabled: [warn, { ignoreModules: false }]\n  - files: [\"flows/whispers/**\"]\n    rules:\n      logging-enabled: off\n```\n\n## When not to use it\n\nFor flows that are only ever entered from a flow that already enabled logging and whose type the export does not state (whispers, customer-queue flows, flows reached by `TransferToFlow` saved as bare flow-language JSON): turn it off for those files with `overrides`. Also if your organisation disables flow logs on purpose, for example for cost or data-protection reasons.\n",
    "no-hardcoded-arn": "# no-hardcoded-arn\n\nReports a block parameter that holds an account-specific ARN instead of a placeholder.\n\n**Default severity in `connect-flow-lint:recommended`:** `warn`\n\n## Why\n\nA flow exported from the designer contains the ARNs of the instance it was built in: queues, Lambda functions, prompts, hours of operation, other flows. Deployed unchanged to another account or instance, it either fails to import or, worse, keeps pointing at the original resources. A typical incident: the prod flow was copied from a test export, so callers from Hokkaidō are transferred to the test instance's \"Sapporo\" queue that no agent staffs, or every call invokes the test account's Lambda, which fails and sends callers down the error branch. The same flow JSON should deploy to test and prod with only the substitutions changing.\n\n## What it checks\n\n- Every string in every block's `Parameters`, at any depth (including `LambdaInvocationAttributes` and attribute maps, and list items).\n- A string is reported when it contains an ARN with a 12-digit account id: `arn:<partition starting with aws>:<service>:<region or empty>:<12 digits>:<resource>`, e.g. `arn:aws:connect:ap-northeast-1:123456789012:instance/…/queue/…` or `arn:aws-cn:lambda:…`.\n- Every such ARN in a string is looked at: an ARN that matches an `allow` pattern does not hide a second one in the same string.\n- Not reported: placeholders (`${QueueArn}`, `REPLACEQUEUE`), attribute references (`$.Attributes.queueArn`, `$.External.arn`), template ARNs whose region or account part is not literal (`arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}`), ARNs without an account (AWS-managed resources such as `arn:aws:iam::aws:policy/…`), ARNs that match an `allow` pattern, and anything outside `Parameters` (`Metadata`, `Transitions`).\n- Unreachable blocks are checked too.\n- One finding per ARN, reported on its parameter; the message names the ARN's account and the parameter's key (for a list item, the key of the list), and the ARN itself is part of the finding's identity.\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Start recording\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Start recording\",\n      \"Type\": \"InvokeLambdaFunction\",\n      \"Parameters\": {\n        \"LambdaFunctionARN\": \"arn:aws:lambda:ap-northeast-1:123456789012:function:startRecording\",\n        \"InvocationTimeLimitSeconds\": \"8\",\n        \"ResponseValidation\": { \"ResponseType\": \"STRING_MAP\" }\n      },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"InvokeLambdaFunction: arn:aws…\" (Start recording) hard-codes account 123456789012's ARN in \"LambdaFunctionARN\", which breaks in other accounts: use a deployment placeholder or a contact attribute.\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Start recording\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Start recording\",\n      \"Type\": \"InvokeLambdaFunction\",\n      \"Parameters\": {\n        \"LambdaFunctionARN\": \"${StartRecordingLambdaArn}\",\n        \"InvocationTimeLimitSeconds\": \"8\",\n        \"ResponseValidation\": { \"ResponseType\": \"STRING_MAP\" }\n      },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\nWith CloudFormation, `Fn::Sub` fills `${StartRecordingLambdaArn}`; with Terraform, `templatefile()` does.\n\n## Options\n\n- `allow` (list of regular expressions, default none): ARNs to accept. JavaScript syntax, matched against the ARN alone, unanchored (write `^…$` to match it whole). Patterns that nest quantifiers (`(a+)+`) or are longer than 1000 characters are rejected as a configuration error.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  no-hardcoded-arn:\n    severity: warn\n    options:\n      allow: ['^arn:aws:lambda:[a-z0-9-]+:111122223333:function:shared-']\noverrides:\n  - files: [\"environments/sandbox/**\"]\n    rules:\n      no-hardcoded-arn: off\n```\n\n## When not to use it\n\nIf the repository holds exports of a single instance that are never deployed anywhere else (a backup of the live configuration rather than its source), turn it off for those files. Resources shared by all environments, such as a central Lambda account, belong in `allow`.\n",
    "parameters-valid": "# parameters-valid\n\nReports missing or empty required parameters and values of the wrong shape (errors), and parameter names that\nare a near miss of a name the action takes (warnings).\n\n**Default severity in `connect-flow-lint:recommended`:** `error` (near-miss names are reported as `warn`; names\nthe table has never seen are not reported, and are `info` under `connect-flow-lint:strict`)\n\n## Why\n\nThe service validates parameters only at import: a `Compare` without `ComparisonValue`, a synchronous Lambda\nwith a 20-second timeout, `ProfileResponseData` written as something other than a list of field names, or a\nmisspelt parameter (`QueueID`) all fail the deployment, after review.\n\n## What it checks\n\nFrom the action table (`src/connect/actions.ts`), per action type, and only for entries the table checked against\nreal exports (each entry records its reference page and the exports it was checked against; the reference alone\nhas named parameters the service does not take):\n- required parameters present (pointing at `Parameters`) and not empty (pointing at the value: `\"ComparisonValue\" is\n  empty`, not \"has no\"); a parameter the console legitimately leaves out in one configuration is not required\n  there (`CreateTask` from a task template takes the flow and the name from the template);\n- value shapes: strings, numbers and booleans (written as strings in real exports: `\"8\"`, `\"True\"`; `$.`\n  references and `${…}` placeholders are accepted), lists of field names (`ProfileResponseData`, also accepted as\n  an object of names `{ \"FirstName\": true }`), objects, and the synchronous Lambda timeout\n  `InvocationTimeLimitSeconds` from 1 to 8 seconds (pointing at the parameter);\n- parameter names the action does not take that are a near miss of a known name (letter case, or one or two edits:\n  `QueueID` → `QueueId`), or a known earlier name with its replacement (`Wait`'s `TimeoutSeconds`, the reference's\n  name, which real exports write `TimeLimitSeconds`) (`warn`). A name the table has never seen is not a finding:\n  console exports carry parameters newer than any table. With `unseenParameters` (on in `strict`) it is `info`.\n\nTypes the table has no parameter list for, or no evidence for, are not checked.\n\n## Bad\n\n```json\n{ \"Identifier\": \"lookup-account\", \"Type\": \"InvokeLambdaFunction\",\n  \"Parameters\": { \"LambdaFunctionARN\": \"${AccountLookupFunctionArn}\", \"InvocationTimeLimitSeconds\": \"20\", \"ResponseValidaton\": { \"ResponseType\": \"STRING_MAP\" } },\n  \"Transitions\": { \"NextAction\": \"check\", \"Errors\": [ { \"NextAction\": \"disconnect\", \"ErrorType\": \"NoMatchingError\" } ] } }\n```\n\nMessages: `… \"InvocationTimeLimitSeconds\" must be a whole number of seconds from 1 to 8 for a synchronous Lambda call, not \"20\".` and\n`… has the parameter \"ResponseValidaton\", which InvokeLambdaFunction does not take: did you mean \"ResponseValidation\"?`\n\n## Good\n\n```json\n\"Parameters\": { \"LambdaFunctionARN\": \"${AccountLookupFunctionArn}\", \"InvocationTimeLimitSeconds\": \"8\", \"ResponseValidation\": { \"ResponseType\": \"STRING_MAP\" } }\n```\n\n## Options\n\n- `unknownParameters` (boolean, default true): report parameter names that are a near miss of a known name or a\n  known earlier name.\n- `unseenParameters` (boolean, default false; true in `connect-flow-lint:strict`): also note, as `info`, names the\n  table has never seen.\n- `ignoreTypes` (list of action types): types not to check.\n\n```yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  parameters-valid: [error, { unknownParameters: false }]\n```\n\n## When not to use it\n\nKeep it on; turn `unknownParameters` off if a near-miss suggestion is wrong for parameters newer than the linter's table.\n",
    "parse-error": "# parse-error\n\nReports a file, or a flow inside a `Content` string, that is not valid JSON (or, for a CloudFormation YAML template, not valid YAML), at the line and column of the syntax error.\n\n**Severity:** `error`, always reported (not configurable).\n\n## Why\n\nA flow that does not parse cannot be imported: `aws connect create-contact-flow`, CloudFormation and Terraform all fail, usually in the deployment job after the pull request has been merged, while callers stay on the old flow or, for a new number, reach no flow at all. Flows stored as a `Content` string inside a `describe-contact-flow` output or a template are worse: the outer file is valid JSON, so editors show no error, and the broken inner flow (often a `\\'` escape copied from a shell script) is only found by the service.\n\n## What it checks\n\n- Each file is parsed as JSON. On a syntax error, one finding is reported at the line and column of the error, and no other rule runs on that file. The other files are still linted, and the exit code reports the error. An empty (or all-whitespace) `.json` file is reported too: `the file is empty: a flow export is a JSON object`.\n- Each `Content` string that holds a flow (in a `{Name, Type, Content}` wrapper, `ContactFlow.Content` or `ContactFlowModule.Content` of `describe-contact-flow(-module)` output, an `AWS::Connect::ContactFlow` or `AWS::Connect::ContactFlowModule` resource) is parsed as well. A syntax error inside it is reported at the position in the outer file that corresponds to the error in the string, so editors and pull-request annotations point at the right character.\n- CloudFormation YAML templates (`.yaml`, `.yml`, `.template` files that are not JSON) are parsed as YAML, with the short-form intrinsics (`!Sub`, `!Ref`, `!GetAtt`...). A YAML syntax error is reported at its line and column (`invalid YAML in this CloudFormation template: ...`); a YAML file that is not a template (or an empty one) is skipped as \"not a flow\", never reported.\n- Template placeholders are not syntax errors: inside strings they are plain text, and in a flow file or an `Fn::Sub` content one written where a value belongs (`\"TimeoutSeconds\": ${timeout}` of a Terraform `templatefile()`) is read as a string of the same length. This does not apply inside the `Content` string of a `{Name, Type, Content}` or `describe-contact-flow` wrapper, which must be plain JSON.\n- A Content the linter cannot resolve (for example an `Fn::Join` that builds the flow from parts) is not reported here but as [`unsupported-content`](unsupported-content.md).\n\n## Bad\n\nA trailing comma, typical of a hand edit (not valid JSON, hence the `text` block):\n\n```text\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Welcome\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Welcome\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Thank you for calling Hokkaido Dairy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] },\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\ninvalid JSON: expected a double-quoted property name, found '}' (remove the trailing comma before it)\n```\n\nInside a `Content` string (`\"Text\":\"We\\'re open\"` in the flow of a `{Name, Type, Content}` file): `the flow in \"Content\" is not valid JSON: invalid escape \"\\'\" in a string: JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write ' without the backslash)`\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Welcome\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Welcome\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Thank you for calling Hokkaido Dairy.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\nIn a `Content` string, write an apostrophe as `'` (no backslash); only `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX` are JSON escapes.\n\n## Options\n\nNone. `parse-error` cannot be turned off or downgraded: naming it in `rules` or `overrides` is a configuration error (`\"parse-error\" cannot be configured: a file that is not valid JSON is always an error`), so a broken flow can never pass silently.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\n# rules:\n#   parse-error: off      # rejected: parse-error is not configurable\n```\n\n## When not to use it\n\nIt is always on. If a JSON file in the repository is not a flow and is not strict JSON (a `tsconfig.json` with comments, a JSON5 settings file), exclude it from the paths you lint instead.\n",
    "profile-lookup-before-use": "# profile-lookup-before-use\n\nReports a block that reads customer profile data (`$.Customer.<Field>`) on a path where no customer profile has been loaded.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\n`$.Customer.*` is only filled in after a Customer Profiles block succeeds. On any other path the value is an empty string: Amazon Connect raises no error and writes nothing to the contact record, the flow simply takes the wrong branch. A caller from Hokkaidō who pressed 2 in the menu is compared as `\"\"`, misses the `Hokkaidō` condition and waits in the Tokyo queue; a chat greeting reads \"Hello ,\" to every customer. The only trace is a flow-log entry with `\"Value\": \"\"`, usually found weeks later.\n\n## What it checks\n\n- **Reads.** Every string of a block except its `Identifier` and `NextAction` targets (so `Parameters` at any depth, including `Text` interpolation such as `\"Hello $.Customer.FirstName\"`, Lambda and `UpdateContactAttributes` values, and condition operands) is searched for references into the profile namespace (`namespace`, default `Customer`), in dot (`$.Customer.Province`, `$.Customer.Attributes.tier`) and bracket notation (`$['Customer']['Province']`, `$[\"Customer\"][\"Province\"]`). `$.CustomerEndpoint.Address` is not a profile read. `$.Customer.ProfileId`, `$.Customer.ProfileARN`, `$.Customer.CalculatedAttributes.*` and profile objects (`$.Customer.Asset.*`) count as reads too.\n- **Loads.** Only the `NextAction` and condition transitions of `GetCustomerProfile`, `CreateCustomerProfile` and `UpdateCustomerProfile` provide a profile. Their error branches (`NoneFoundError`, `MultipleFoundError`, `NoMatchingError`) do **not**. A block's own parameters are read before it runs, so an `UpdateCustomerProfile` that uses `$.Customer.ProfileId` needs an earlier lookup.\n- **Paths.** The rule walks the routing graph from `StartAction` over every transition (default, conditions, errors; loops included). A read is reported when at least one path reaches it without passing a load.\n- **Entry.** A flow starts without a profile, unless `profileLoadedAtEntry` is set. When other flows linted in the same run call this one (`TransferToFlow`, `InvokeFlowModule`, event hooks; see [`reference-exists`](../reference-exists/README.md)), the callers decide instead of the option: the flow starts with a profile only if every caller hands one over, and the message names a caller that does not. A `TransferToFlow` hands over the caller's profile; an `InvokeFlowModule` never does: modules do not share the invoking flow's local data (administrator guide, \"Flow modules\", Limitations), so a module needs its own lookup for its reads, and the module's lookups do not flow back into its caller (the caller's reads after the module need a lookup in the caller; one made before the module still holds).\n- **Fix hint.** When the path took the error branch of a `CreateCustomerProfile` or `UpdateCustomerProfile` block, the message names that block and says to route its error branch away (another Get profile block in front of it would not help); otherwise it suggests a Get profile block on the path.\n- One finding per reading block, listing every field it reads without a profile. The message is one sentence (at most 200 characters); the shortest such path is the finding's evidence (the path's `Identifier`s, the first and last 50 of a long one), shown under the message and as SARIF `codeFlows`. Reported on the block's `Identifier`.\n- Blocks that no path from `StartAction` reaches are not checked (that is [`unreachable-block`](../unreachable-block/README.md)'s finding), and nothing is checked when `StartAction` names no block.\n\n## Bad\n\nMenu option 2 was added later and wired straight to the province check:\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Billing: 1. Stores: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Check province\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\", \"Province\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Check province\",\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoneFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Check province\",\n      \"Type\": \"Compare\",\n      \"Parameters\": { \"ComparisonValue\": \"$.Customer.Province\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [ { \"NextAction\": \"Sapporo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"Hokkaidō\"] } } ],\n        \"Errors\": [ { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Tokyo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n$.Customer.Province read by \"Compare: $.Customer.Province\" (Check province) is empty on a path where no profile lookup succeeds: add a \"Get profile\" block, or route the lookup's error branch away.\n```\n\nThe path is the finding's `evidence` (the Identifiers of its blocks, from the first one): `[\"Main menu\", \"Check province\"]`\nin `--format json`, and a second line under the message in the default output (`path: Main menu → Check province`).\n\nWhen a flow has no lookup at all, the message says `... is empty as no profile lookup is before it: add a \"Get profile\" block before it.`. When one block reads several fields, the first is named and the rest counted: `$.Customer.Province (+2 more) read by ... are empty ...`.\n\nAlso bad: a `GetCustomerProfile` whose `NoneFoundError` branch goes to a greeting that says `\"Hello $.Customer.FirstName\"`.\n\n## Good\n\nBoth options go through the lookup, and its error branches avoid the read (only the option-2 condition changes):\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Billing: 1. Stores: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\", \"Province\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Check province\",\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoneFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Check province\",\n      \"Type\": \"Compare\",\n      \"Parameters\": { \"ComparisonValue\": \"$.Customer.Province\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [ { \"NextAction\": \"Sapporo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"Hokkaidō\"] } } ],\n        \"Errors\": [ { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Tokyo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\n- `profileLoadedAtEntry` (boolean, default `false`): treat the flow as entered with a profile already loaded (flows reached by `TransferToFlow` and flow modules invoked after a lookup). Usually set per file. Ignored for a flow whose callers are among the linted files (they decide).\n- `namespace` (string, default `Customer`): the attribute namespace treated as profile data.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\noverrides:\n  - files: [\"flows/modules/**\", \"flows/after-identification/*.json\"]\n    rules:\n      profile-lookup-before-use: { severity: error, options: { profileLoadedAtEntry: true } }\n      profile-response-fields: [error, { profileLoadedAtEntry: true }]\n```\n\n## When not to use it\n\nIf profiles are loaded somewhere the linter cannot see (a Lambda, or a flow that is not in the linted files), set `profileLoadedAtEntry` for the files that run after that point rather than turning the rule off. The rule has nothing to say about flows that never read `$.Customer`, so there is little reason to disable it globally.\n",
    "profile-response-fields": "# profile-response-fields\n\nReports a read of `$.Customer.<Field>` where the last profile lookup on some path did not request that field in `ProfileResponseData`.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nA Customer Profiles lookup only loads the fields listed in its `ProfileResponseData`. Any other field reads as an empty string: no error branch, no warning in the designer, the flow just takes the wrong branch. A caller from Hokkaidō is compared as `\"\"` instead of `Hokkaidō` and ends up in the Tokyo queue, although the profile says Sapporo; a VIP whose `Attributes.tier` was not requested is treated as a standard customer. The flow log shows only `\"Value\": \"\"` and `\"Results\": \"false\"`.\n\n## What it checks\n\n- Reads are found as in [`profile-lookup-before-use`](../profile-lookup-before-use/README.md) (every string of the block at any depth, text interpolation, condition operands, dot and bracket notation). The field is the path after `$.Customer.`: `Province`, `Attributes.tier`.\n- Lookups are `GetCustomerProfile`, `CreateCustomerProfile` and `UpdateCustomerProfile`; on their `NextAction` and condition transitions the loaded fields become exactly their `ProfileResponseData`, whether written as an array (`[\"FirstName\", \"Province\"]`), an object (`{ \"FirstName\": true }`) or a comma-separated string.\n- For every path from `StartAction` to the reading block, the **last** lookup on that path must request the field. Where paths join (a `GetCustomerProfile` falling back to `CreateCustomerProfile` on `NoneFoundError`), every lookup that can be the last one must request it.\n- A field is requested when a requested name equals it, ignoring case, or one is a dotted prefix of the other (`Attributes` covers `Attributes.tier`). `ProfileId` and `ProfileARN` are always available.\n- Not checked: `CalculatedAttributes.*` and profile objects (`Asset.*`, `Order.*`, `Case.*`), which come from their own blocks; reads in blocks no path reaches; and reads that [`profile-lookup-before-use`](../profile-lookup-before-use/README.md) already reports (some path has no lookup at all).\n- **Entry.** With `profileLoadedAtEntry`, paths that pass no lookup inside the file are checked against `entryFields` (when set). When other flows linted in the same run call this one, the callers decide instead of both options: the fields are those every caller's last lookups requested, and the message names the callers whose lookups lack the field.\n- One finding per reading block and field, naming every lookup that misses it, on the block's `Identifier`.\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Billing: 1. Stores: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\", \"LastName\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Check province\",\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoneFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Check province\",\n      \"Type\": \"Compare\",\n      \"Parameters\": { \"ComparisonValue\": \"$.Customer.Province\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [ { \"NextAction\": \"Sapporo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"Hokkaidō\"] } } ],\n        \"Errors\": [ { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Tokyo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n$.Customer.Province read by \"Compare: $.Customer.Province\" (Check province) is empty, as lookup \"GetCustomerProfile\" (Get profile) does not request it: add it to its ProfileResponseData.\n```\n\nWhen several lookups can be the last one and none requests the field: `... but lookups \"GetCustomerProfile\" (Get profile), \"CreateCustomerProfile\" (Create profile) do not request \"Province\" in ProfileResponseData, ... Add \"Province\" to the response fields of those blocks.`\n\nWhen a block that lacks the field is a `CreateCustomerProfile` or `UpdateCustomerProfile`, the message names it as that block, not as a lookup, and says that no Get profile block is needed: the block loads the profile it writes with the fields it requests, so the fix is its own `ProfileResponseData`. A message names at most 10 blocks and counts the rest; the evidence lists up to 100.\n\nModule scope: a module invoked with `InvokeFlowModule` starts without a profile whatever its caller loaded (see [`profile-lookup-before-use`](../profile-lookup-before-use/README.md)), so its reads are checked there, not here.\n\n## Good\n\nThe lookup requests `Province` (only `ProfileResponseData` changes):\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Billing: 1. Stores: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Get profile\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Get profile\",\n      \"Type\": \"GetCustomerProfile\",\n      \"Parameters\": {\n        \"ProfileRequestData\": { \"IdentifierName\": \"_phone\", \"IdentifierValue\": \"$.CustomerEndpoint.Address\" },\n        \"ProfileResponseData\": [\"FirstName\", \"LastName\", \"Province\"]\n      },\n      \"Transitions\": {\n        \"NextAction\": \"Check province\",\n        \"Errors\": [\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"MultipleFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoneFoundError\" },\n          { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Check province\",\n      \"Type\": \"Compare\",\n      \"Parameters\": { \"ComparisonValue\": \"$.Customer.Province\" },\n      \"Transitions\": {\n        \"NextAction\": \"Tokyo queue\",\n        \"Conditions\": [ { \"NextAction\": \"Sapporo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"Hokkaidō\"] } } ],\n        \"Errors\": [ { \"NextAction\": \"Tokyo queue\", \"ErrorType\": \"NoMatchingCondition\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Tokyo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\nIf a fallback `CreateCustomerProfile` joins before the read, it must request `Province` too.\n\n## Options\n\n- `profileLoadedAtEntry` (boolean, default `false`): the flow is entered with a profile already loaded (set the same option on `profile-lookup-before-use`).\n- `entryFields` (list of field names, default: unset, meaning any field): with `profileLoadedAtEntry`, the fields assumed loaded at entry. Paths that pass a lookup inside the file are checked against that lookup as usual.\n- `namespace` (string, default `Customer`): the attribute namespace treated as profile data.\n\nBoth entry options are ignored for a flow whose callers are among the linted files.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\noverrides:\n  - files: [\"flows/modules/**\"]\n    rules:\n      profile-lookup-before-use: { severity: error, options: { profileLoadedAtEntry: true } }\n      profile-response-fields:\n        severity: error\n        options:\n          profileLoadedAtEntry: true\n          entryFields: [FirstName, LastName, Province, Attributes.tier]\n```\n\n## When not to use it\n\nOnly if your lookups request fields through a mechanism the export does not show (none is known today). If a module receives its profile from a caller you cannot describe with `entryFields`, leave `entryFields` unset for that module rather than turning the rule off.\n",
    "queue-set-before-transfer": "# queue-set-before-transfer\n\nReports a \"Transfer to queue\" block (`TransferContactToQueue`) that an inbound flow reaches on a path where no working queue was set.\n\n**Default severity in `connect-flow-lint:recommended`:** `warn` (`error` in `connect-flow-lint:strict`)\n\n## Why\n\n\"Transfer to queue\" sends the contact to the *working queue*. A contact that arrives from a phone number has none until a \"Set working queue\" block (`UpdateContactTargetQueue`) sets it; without it the transfer fails and takes its error branch — the caller hears \"all agents are busy\" while the queue is empty. It happens when a menu option is added later and wired straight to the transfer.\n\n## What it checks\n\nOnly where the flow's start is known to have no working queue, so that a caller who set one cannot be missed:\n\n- the flow is an inbound flow: type `CONTACT_FLOW` from its export (wrapper, CloudFormation, Terraform, or the designer's `Metadata.type`), and the designer's `Metadata.type` does not say otherwise (a quick-connect flow saved as `CONTACT_FLOW` with `\"type\": \"queueTransfer\"` is left alone);\n- no flow of the repository calls it, and it is not a module;\n- the flow sets a working queue itself on some path (a flow that never does but transfers to a queue is written to be entered with one: a transfer target);\n- or, for a flow that flows of the repository transfer to: **every** caller is such an inbound flow that nobody calls, and reaches its `TransferToFlow` on a path that sets no queue (the message names the caller). A caller that sets a queue on every path, a module or event-hook caller, or a caller that is itself called, and the flow is left alone.\n\nThen a `TransferContactToQueue` is reported when some path from `StartAction` reaches it without leaving an `UpdateContactTargetQueue` (by any branch: its error branch means the queue it names is wrong, a misconfiguration this rule cannot see). Leaving a module (`InvokeFlowModule`) or a block the action table does not know counts as setting a queue, to stay silent when unsure. Customer-queue, whisper, hold and transfer flows are never checked. The message shows the shortest path; the evidence lists its blocks.\n\n## Bad\n\nOption 2 goes straight to the transfer:\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"For your account and billing, press 1. To report a power outage, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n      \"Conditions\": [\n        {\n          \"NextAction\": \"4c6e8a0b-2d3f-4a5b-9c7d-e1f3a5b7c9d2\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"1\"\n            ]\n          }\n        },\n        {\n          \"NextAction\": \"8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"2\"\n            ]\n          }\n        }\n      ],\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  },\n  {\n    \"Parameters\": {\n      \"QueueId\": \"${billing_queue_arn}\"\n    },\n    \"Identifier\": \"4c6e8a0b-2d3f-4a5b-9c7d-e1f3a5b7c9d2\",\n    \"Type\": \"UpdateContactTargetQueue\",\n    \"Transitions\": {\n      \"NextAction\": \"8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  },\n  {\n    \"Parameters\": {},\n    \"Identifier\": \"8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6\",\n    \"Type\": \"TransferContactToQueue\",\n    \"Transitions\": {\n      \"NextAction\": \"0c2e4a6b-8d9f-4b1c-a3d5-e7f9b1c3d5e8\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"0c2e4a6b-8d9f-4b1c-a3d5-e7f9b1c3d5e8\",\n          \"ErrorType\": \"QueueAtCapacity\"\n        },\n        {\n          \"NextAction\": \"0c2e4a6b-8d9f-4b1c-a3d5-e7f9b1c3d5e8\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## Good\n\nEach option sets its queue first:\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"For your account and billing, press 1. To report a power outage, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n      \"Conditions\": [\n        {\n          \"NextAction\": \"4c6e8a0b-2d3f-4a5b-9c7d-e1f3a5b7c9d2\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"1\"\n            ]\n          }\n        },\n        {\n          \"NextAction\": \"6e8a0c2d-4f5b-4c7d-8e9f-a3b5c7d9e1f4\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"2\"\n            ]\n          }\n        }\n      ],\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  },\n  {\n    \"Parameters\": {\n      \"QueueId\": \"${outage_queue_arn}\"\n    },\n    \"Identifier\": \"6e8a0c2d-4f5b-4c7d-8e9f-a3b5c7d9e1f4\",\n    \"Type\": \"UpdateContactTargetQueue\",\n    \"Transitions\": {\n      \"NextAction\": \"8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `flowTypes` | string[] | `[\"CONTACT_FLOW\"]` | flow types entered without a working queue |\n\n## When not to use it\n\nIf an inbound flow of yours is also the target of transfers from flows outside the repository that set the queue first, disable the rule for it with `overrides`.\n",
    "reference-exists": "# reference-exists\n\nReports a block that sends the contact to a flow, invokes a module, or sets an event flow that is not in the\nrepository.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\n`TransferToFlow`, `InvokeFlowModule` and `UpdateContactEventHooks` name their target by ARN or id. Rename or\ndelete the target flow, deploy to an account where it was never created, or copy a flow between instances,\nand the reference points nowhere: the service rejects the flow at deploy time, or — with a reference built\nat run time — the caller hears an error message and is disconnected. In a pull request the defect is one\nchanged ARN in a JSON diff.\n\n## What it checks\n\nRuns once every linted file is known (the repository pass): \"the repository\" is the set of files linted in the same run, so lint the whole repository, not a single file. Each reference is resolved, in order:\n\n1. the config's `flows` map (the reference, or the target name the designer shows, mapped to a file and\n   optionally `#FlowName`);\n2. a CloudFormation `${Logical.Arn}` / `${Logical}` substitution: the flow resource of that logical id in the\n   same template (a missing one is always reported);\n3. the id at the end of an ARN (or a bare id): a flow whose file carries it (`describe-contact-flow` output's\n   `Id`/`Arn`, wrappers' `Id`/`Arn`);\n4. the target's name, from the designer's metadata (`ContactFlow.text`, `contactFlowModuleName`): a flow of\n   that name (a wrapper's `Name`, a template's logical id, `Metadata.name`).\n\nReferences chosen at run time (`$.Attributes.x`, `$.FlowAttributes.x`) and template placeholders that are not\nCloudFormation substitutions (`${flow_arn}`, `%%Name%%`) are not checked. A reference that resolves nowhere\nis reported at its value, one finding per reference; a long ARN is shortened in the message to its last two\nsegments (`…/contact-flow/<id>`), the whole ARN being at the finding's position.\n\n## Bad\n\nLinted without the billing flow's file (and with no `flows` entry for it):\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"To billing\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"To billing\",\n      \"Type\": \"TransferToFlow\",\n      \"Parameters\": { \"ContactFlowId\": \"arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/580a0d67-e34c-4455-8a9a-2b53de334570\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"TransferToF…\" (To billing) transfers to the flow \"…/580a0d67-e34c-4455-8a9a-2b5…\", but no flow in the repository has its id: add its file, map it in \"flows\", or mark it \"external\".\n```\n\n## Good\n\nThe billing flow's `describe-contact-flow` output (with its `Id`) is in the repository, or the config maps it (file paths relative to the config file):\n\n```yaml\nextends: [connect-flow-lint:recommended]\nflows:\n  \"arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/580a0d67-e34c-4455-8a9a-2b53de334570\": flows/billing.json\n```\n\n## Options\n\n- `external` (list of regular expressions, default none): references (the parameter's value), or the target names the designer shows, deployed outside this repository. JavaScript syntax, unanchored.\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  reference-exists: [error, { external: [\"^Sample \", \"contact-flow/5e138191\"] }]\n```\n\n## When not to use it\n\nWhen the repository holds only some of the instance's flows and the others are managed elsewhere: mark those\n`external` rather than turning the rule off, so the references to flows you do own stay checked.\n",
    "start-action-exists": "# start-action-exists\n\nReports a flow whose `StartAction` is missing or names no block.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\n`StartAction` is the entry point: the first block every contact runs. Without it the flow cannot be imported, or (when a template or build step rewrites it) the deploy fails in the pipeline long after review. The usual cause is deleting or renaming the first block by hand, or a merge that kept the old `StartAction` and the new actions. Every number and queue that points at the flow stops taking calls until someone notices.\n\n## What it checks\n\n- The flow document has a `StartAction` key whose value is a string. A `StartAction` that is not a string is reported by [`flow-structure`](../flow-structure/README.md) instead.\n- That string equals the `Identifier` of a block in `Actions` (exact, case-sensitive). Ids present only in `Metadata.ActionMetadata` do not count. When an `Identifier` is within 4 edits of it, the message suggests it (`did you mean \"Enable flow logs\"?`).\n- The finding is reported on `StartAction` when it exists, otherwise at the start of the flow object.\n- When `StartAction` names no block, [`unreachable-block`](../unreachable-block/README.md), [`logging-enabled`](../logging-enabled/README.md) and the profile rules stay silent for that flow (otherwise every block would be reported).\n\n## Bad\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Set logging\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Enable flow logs\",\n      \"Type\": \"UpdateFlowLoggingBehavior\",\n      \"Parameters\": { \"FlowLoggingBehavior\": \"Enabled\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\" }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"StartAction\" names \"Set logging\", which is not a block of this flow, so no call can enter it: set it to the Identifier of the first block.\n```\n\nFor a flow without the key: `the flow has no \"StartAction\": set it to the Identifier of the first block.`\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Enable flow logs\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Enable flow logs\",\n      \"Type\": \"UpdateFlowLoggingBehavior\",\n      \"Parameters\": { \"FlowLoggingBehavior\": \"Enabled\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\" }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\nNone (the rule takes no `options`). Set its severity, or change it for some files:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  start-action-exists: error\noverrides:\n  - files: [\"flows/fragments/**\"]\n    rules:\n      start-action-exists: off\n```\n\n## When not to use it\n\nOnly for JSON files that are fragments rather than flows (a list of actions merged into a flow by a build step). A deployable flow always needs a valid `StartAction`.\n",
    "stored-input-before-use": "# stored-input-before-use\n\nReports a block that reads `$.StoredCustomerInput` on a path where no \"Store customer input\" block stored the customer's input before it.\n\n**Default severity in `connect-flow-lint:recommended`:** `warn` (`error` in `connect-flow-lint:strict`)\n\n## Why\n\n`$.StoredCustomerInput` is set by the \"Store customer input\" block — in the flow language a `GetParticipantInput` with `StoreInput` `True` — and by nothing else. On a path that skips that block the value is empty (or left from an earlier, different question): a Lambda is asked to check an empty account number, a survey answer is saved as \"\". Amazon Connect raises no error.\n\n## What it checks\n\n- **Reads.** `$.StoredCustomerInput` (or `$['StoredCustomerInput']`) in a block's parameters at any depth or in its condition operands, in reachable blocks.\n- **Stores.** Leaving a `GetParticipantInput` with `StoreInput` `True` by its default route or a condition stores the input (a timeout takes the default route with the value `Timeout`, which is stored). Its error branches store nothing.\n- **Paths.** A read is reported when some path from `StartAction` reaches it without passing a store; the shortest such path is the finding's evidence (a second line under the message, SARIF `codeFlows`), not part of the message.\n- **Module scope.** Modules do not share the invoking flow's local data — stored customer input included (administrator guide, \"Flow modules\", Limitations): a module, or a flow that flows of the repository only invoke as a module, starts without stored input, so it must store the input itself (or take it as a module input).\n- **Entry.** A flow starts without stored input unless `storedAtEntry` is set. A flow that a flow of the repository transfers to (`TransferToFlow`) may be entered with input stored by its caller: it is not checked.\n\n## Bad\n\nOption 2 (\"If you entered it already\") goes straight to the block that saves the account number:\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"To enter your account number, press 1. If you entered it already, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n      \"Conditions\": [\n        {\n          \"NextAction\": \"7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"1\"\n            ]\n          }\n        },\n        {\n          \"NextAction\": \"b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"2\"\n            ]\n          }\n        }\n      ],\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  },\n  {\n    \"Parameters\": {\n      \"Attributes\": {\n        \"accountNumber\": \"$.StoredCustomerInput\"\n      },\n      \"TargetContact\": \"Current\"\n    },\n    \"Identifier\": \"b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46\",\n    \"Type\": \"UpdateContactAttributes\",\n    \"Transitions\": {\n      \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## Good\n\nBoth options pass the Store customer input block first:\n\n```json\n[\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"False\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"To enter your account number, press 1. If you entered it already, press 2.\"\n    },\n    \"Identifier\": \"5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n      \"Conditions\": [\n        {\n          \"NextAction\": \"7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"1\"\n            ]\n          }\n        },\n        {\n          \"NextAction\": \"7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20\",\n          \"Condition\": {\n            \"Operator\": \"Equals\",\n            \"Operands\": [\n              \"2\"\n            ]\n          }\n        }\n      ],\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"InputTimeLimitExceeded\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingCondition\"\n        },\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  },\n  {\n    \"Parameters\": {\n      \"StoreInput\": \"True\",\n      \"InputTimeLimitSeconds\": \"5\",\n      \"Text\": \"Please enter your account number followed by the pound key.\",\n      \"DTMFConfiguration\": {\n        \"InputTerminationSequence\": \"#\",\n        \"DisableCancelKey\": \"False\"\n      },\n      \"InputValidation\": {\n        \"CustomValidation\": {\n          \"MaximumLength\": \"10\"\n        }\n      }\n    },\n    \"Identifier\": \"7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20\",\n    \"Type\": \"GetParticipantInput\",\n    \"Transitions\": {\n      \"NextAction\": \"b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46\",\n      \"Errors\": [\n        {\n          \"NextAction\": \"9d1f6a0e-3b7c-4e55-8f21-0a6b4c2d9e31\",\n          \"ErrorType\": \"NoMatchingError\"\n        }\n      ]\n    }\n  }\n]\n```\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `storedAtEntry` | boolean | `false` | the flow is entered with customer input already stored (never true for a module) |\n\n## When not to use it\n\nIf your flows are entered by transfers from flows outside the repository that store the input first, set `storedAtEntry` for them with `overrides`.\n",
    "transition-target-exists": "# transition-target-exists\n\nReports a `NextAction` that names an `Identifier` which is not a block of the flow.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nA dangling reference is a block that was deleted or renamed in a hand edit, a merge or a template, while something still routes to it. The service rejects the flow at import, so the deploy fails late, often in the production pipeline only; if a tool patches the flow after validation, callers who take that branch (pressing 3, or the one whose queue is full) are disconnected. Real exports from the designer never contain one, so every finding is a real defect.\n\n## What it checks\n\n- Every `NextAction` in `Transitions.NextAction`, in each `Transitions.Conditions[].NextAction` and in each `Transitions.Errors[].NextAction` must equal the `Identifier` of a block in the same flow's `Actions` (exact, case-sensitive comparison). Every block is checked, reachable or not.\n- An empty string `\"\"` is not a reference: transfer blocks (`TransferContactToQueue`, `TransferToFlow`) are exported with `\"NextAction\": \"\"` because they end the flow on success. A `NextAction` that is not a string is [`flow-structure`](../flow-structure/README.md)'s finding.\n- Ids that appear only in `Metadata.ActionMetadata` do not count as blocks (and extra ids there are not a defect).\n- One finding per dangling transition, reported on that `NextAction`. The message names the branch (`its next block`, `its NoMatchingError branch`, `its condition \"Equals 2\"`) and suggests an `Identifier` within 4 edits of it when there is one (a typo, a few cut-off characters; a deleted block's UUID gets no suggestion, since any other UUID is about 20 edits away). `StartAction` is checked by [`start-action-exists`](../start-action-exists/README.md).\n\n## Bad\n\nA typo in the error branch's target:\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Set queue\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Set queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Transfer to queue\",\n        \"Errors\": [ { \"NextAction\": \"Apologise and disconect\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Apologise and disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Apologise and disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Apologise and disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Apologise and disconnect\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Sorry, we cannot take your call right now. Please try again later.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"UpdateContactTargetQueue: ${S…\" (Set queue) sends its NoMatchingError branch to \"Apologise and disconect\", which is not a block of this flow: did you mean \"Apologise and disconnect\"?\n```\n\nWith no close `Identifier`, the message ends `...which is not a block of this flow: point it at an existing block Identifier.`\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Set queue\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Set queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Transfer to queue\",\n        \"Errors\": [ { \"NextAction\": \"Apologise and disconnect\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Apologise and disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Apologise and disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Apologise and disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Apologise and disconnect\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Sorry, we cannot take your call right now. Please try again later.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\nNone (the rule takes no `options`). Set its severity, or change it for some files:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  transition-target-exists: error\noverrides:\n  - files: [\"flows/drafts/**\"]\n    rules:\n      transition-target-exists: warn\n```\n\n## When not to use it\n\nOnly for files that are deliberately partial (fragments merged into a flow by a build step before deployment). Lint the merged output instead if you can.\n",
    "unique-identifiers": "# unique-identifiers\n\nReports a block whose `Identifier` an earlier block of the flow already uses.\n\n**Default severity in `connect-flow-lint:recommended`:** `error`\n\n## Why\n\nEvery transition names its target by `Identifier`. With a duplicate, a route such as \"press 2 → Set queue\" is ambiguous: the service rejects the flow at import, so the deployment fails, and tools that do accept it (diff viewers, generators, this linter's graph) can only guess which block callers reach. Duplicates come from copy-pasting a block in the JSON, from merges that both added a block, and from templates that generate ids from names (\"Set queue\" twice for two queues). Fixed late, the rename often breaks the wrong route: the Hokkaidō option ends up setting the Tokyo queue.\n\n## What it checks\n\n- All `Identifier` values in `Actions` are compared exactly (case-sensitive, no trimming).\n- The first occurrence is left alone; every later block with the same `Identifier` is reported on its `Identifier`. The message gives both blocks by their position in `Actions` (counting from 0) and their type.\n- Graph rules (`unreachable-block`, `profile-lookup-before-use`, ...) route to the first occurrence; the later duplicates are not reported as unreachable.\n\n## Bad\n\nOptions 1 and 2 both route to \"Set queue\", and two blocks carry that name:\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Sapporo: 1. Tokyo: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Conditions\": [\n          { \"NextAction\": \"Set queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Set queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Set queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer to queue\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Set queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer to queue\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\nblock 2 (UpdateContactTargetQueue) reuses the Identifier \"Set queue\" of block 1, so routes to it are ambiguous and the import fails: give it a new one.\n```\n\n## Good\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Main menu\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Main menu\",\n      \"Type\": \"GetParticipantInput\",\n      \"Parameters\": { \"StoreInput\": \"False\", \"InputTimeLimitSeconds\": \"5\", \"Text\": \"Sapporo: 1. Tokyo: 2.\" },\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Conditions\": [\n          { \"NextAction\": \"Set Sapporo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"1\"] } },\n          { \"NextAction\": \"Set Tokyo queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"2\"] } }\n        ],\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingCondition\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"InputTimeLimitExceeded\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    {\n      \"Identifier\": \"Set Sapporo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${SapporoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer to queue\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Set Tokyo queue\",\n      \"Type\": \"UpdateContactTargetQueue\",\n      \"Parameters\": { \"QueueId\": \"${TokyoQueueArn}\" },\n      \"Transitions\": { \"NextAction\": \"Transfer to queue\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\nRenaming a block means updating every `NextAction` that meant it.\n\n## Options\n\nNone (the rule takes no `options`). Set its severity in `rules` or per file in `overrides`:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  unique-identifiers: error\noverrides:\n  - files: [\"flows/legacy/**\"]\n    rules:\n      unique-identifiers: warn\n```\n\n## When not to use it\n\nThere is no flow the service accepts with duplicate identifiers, so keep it on. Downgrade it only while migrating a folder of generated JSON that is not deployed yet.\n",
    "unreachable-block": "# unreachable-block\n\nReports a block that no path from `StartAction` reaches.\n\n**Default severity in `connect-flow-lint:recommended`:** `warn`\n\n## Why\n\nAn unreachable block is configuration that never runs, but reviewers read it as live. A typical case: someone adds a \"Typhoon closure\" message and a transfer to the Sapporo overflow queue, forgets to connect it, and the pull request is approved because the JSON looks right; on the day of the typhoon, callers from Hokkaidō hear the normal menu and wait in the full queue. Dead blocks also keep old queue ARNs and Lambda names alive in the repository, so changes are made to blocks that do nothing.\n\n## What it checks\n\n- The rule walks every transition (default `NextAction`, conditions, errors) from `StartAction`. Each block that is not visited is reported once, on its `Identifier`.\n- Only `Actions` count: ids found only in `Metadata.ActionMetadata` (children of composite blocks) are ignored. A later block that repeats an earlier block's `Identifier` is not reported here ([`unique-identifiers`](../unique-identifiers/README.md) reports it).\n- If `StartAction` is missing or names no block, this rule reports nothing ([`start-action-exists`](../start-action-exists/README.md) reports the cause instead of every block).\n\n## Bad\n\nNothing routes to \"Typhoon closure\":\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Check hours\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Check hours\",\n      \"Type\": \"CheckHoursOfOperation\",\n      \"Parameters\": { \"HoursOfOperationId\": \"${SapporoHoursArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Transfer to queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Transfer to queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"True\"] } },\n          { \"NextAction\": \"Transfer to queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"False\"] } }\n        ],\n        \"Errors\": [ { \"NextAction\": \"Transfer to queue\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Typhoon closure\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Because of the typhoon, our Sapporo store is closed today.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n```text\n\"MessageParticipant: Because o…\" (Typhoon closure) is unreachable, as no path from the start leads to it: connect it from a branch, or delete it.\n```\n\n## Good\n\nRoute to it from a reachable block, here from the hours check when the store is closed or the check fails:\n\n```json\n{\n  \"Version\": \"2019-10-30\",\n  \"StartAction\": \"Check hours\",\n  \"Actions\": [\n    {\n      \"Identifier\": \"Check hours\",\n      \"Type\": \"CheckHoursOfOperation\",\n      \"Parameters\": { \"HoursOfOperationId\": \"${SapporoHoursArn}\" },\n      \"Transitions\": {\n        \"NextAction\": \"Transfer to queue\",\n        \"Conditions\": [\n          { \"NextAction\": \"Transfer to queue\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"True\"] } },\n          { \"NextAction\": \"Typhoon closure\", \"Condition\": { \"Operator\": \"Equals\", \"Operands\": [\"False\"] } }\n        ],\n        \"Errors\": [ { \"NextAction\": \"Typhoon closure\", \"ErrorType\": \"NoMatchingError\" } ]\n      }\n    },\n    {\n      \"Identifier\": \"Typhoon closure\",\n      \"Type\": \"MessageParticipant\",\n      \"Parameters\": { \"Text\": \"Because of the typhoon, our Sapporo store is closed today.\" },\n      \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [] }\n    },\n    {\n      \"Identifier\": \"Transfer to queue\",\n      \"Type\": \"TransferContactToQueue\",\n      \"Parameters\": {},\n      \"Transitions\": {\n        \"NextAction\": \"Disconnect\",\n        \"Errors\": [\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n          { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" }\n        ]\n      }\n    },\n    { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n  ]\n}\n```\n\n## Options\n\nNone (the rule takes no `options`). Set its severity, or turn it off for some files:\n\n```yaml\n# .connect-flow-lint.yaml\nextends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\noverrides:\n  - files: [\"flows/templates/**\"]\n    rules:\n      unreachable-block: off\n```\n\n## When not to use it\n\nFor template or sample flows that keep disconnected blocks on purpose as a palette to copy from. In deployed flows, delete the block instead: the flow's history in git keeps it.\n",
    "unsupported-content": "# unsupported-content\n\nReports an `AWS::Connect::ContactFlow` or `AWS::Connect::ContactFlowModule` resource of a CloudFormation template (YAML, JSON or CDK output) whose `Properties.Content` is not a JSON string the linter can read, so the flow in it was not checked.\n\n**Default severity:** `warn` in `connect-flow-lint:recommended`, `error` in `connect-flow-lint:strict`. The template reader raises it, not a rule function; set its severity or turn it off like any rule (`unsupported-content: off`, or `--rule 'unsupported-content: off'`). Off, a flow the linter cannot read passes unchecked: prefer an override for the templates you know are built that way.\n\n## Why\n\nThe linter reads the flow from `Content` when it is a string, an `Fn::Sub` / `!Sub` of one (the string form or the `[string, {variables}]` form), or the flow written as an object; placeholders such as `${QueueArn}` are left as they are. A flow assembled with `Fn::Join`, pulled in with `!Ref` or `Fn::ImportValue`, or missing, cannot be read before CloudFormation resolves it. Passing such a resource over silently would let a reviewer believe the flow was checked.\n\n## What it checks\n\nEach Connect flow resource of a template. The finding sits on the `Content` key (or on the resource, when it has no `Content`) and names the resource type, its logical id and the function used (`is built with Fn::Join`, `is built with !Ref`, `is missing`).\n\n## Bad\n\nA flow built from parts (CDK writes this when a token is concatenated into the content; a CloudFormation template, shown as text because of its `!` tags):\n\n```text\nResources:\n  InboundFlow:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Name: Inbound\n      Type: CONTACT_FLOW\n      InstanceArn: !Ref InstanceArn\n      Content: !Join\n        - \"\"\n        - - '{\"Version\":\"2019-10-30\",\"StartAction\":\"Set queue\",\"Actions\":[{\"Identifier\":\"Set queue\",\"Type\":\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":\"'\n          - !GetAtt SupportQueue.Arn\n          - '\"},\"Transitions\":{}}]}'\n```\n\n```text\nthe Content of AWS::Connect::ContactFlow \"InboundFlow\" is built with !Join, which the linter cannot read, so this flow was not checked: write the flow as one JSON string (in Fn::Sub/!Sub when it needs placeholders)\n```\n\n## Good\n\nThe whole flow as one string, with placeholders where values differ between environments:\n\n```text\nResources:\n  InboundFlow:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Name: Inbound\n      Type: CONTACT_FLOW\n      InstanceArn: !Ref InstanceArn\n      Content: !Sub\n        - |\n          {\n            \"Version\": \"2019-10-30\",\n            \"StartAction\": \"Enable flow logs\",\n            \"Actions\": [\n              { \"Identifier\": \"Enable flow logs\", \"Type\": \"UpdateFlowLoggingBehavior\",\n                \"Parameters\": { \"FlowLoggingBehavior\": \"Enabled\" }, \"Transitions\": { \"NextAction\": \"Set queue\" } },\n              { \"Identifier\": \"Set queue\", \"Type\": \"UpdateContactTargetQueue\",\n                \"Parameters\": { \"QueueId\": \"${QueueArn}\" },\n                \"Transitions\": { \"NextAction\": \"Transfer\", \"Errors\": [ { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] } },\n              { \"Identifier\": \"Transfer\", \"Type\": \"TransferContactToQueue\", \"Parameters\": {},\n                \"Transitions\": { \"NextAction\": \"Disconnect\", \"Errors\": [\n                  { \"NextAction\": \"Disconnect\", \"ErrorType\": \"QueueAtCapacity\" },\n                  { \"NextAction\": \"Disconnect\", \"ErrorType\": \"NoMatchingError\" } ] } },\n              { \"Identifier\": \"Disconnect\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }\n            ]\n          }\n        - QueueArn: !GetAtt SupportQueue.Arn\n```\n\nIn CDK, build the content with `Fn.sub(JSON.stringify(flow), { QueueArn: queue.attrQueueArn })` instead of concatenating tokens into the string.\n\n## Options\n\nNone: `unsupported-content` is not a rule of the config, so it cannot be set in `rules` or `overrides`.\n\n## When not to use it\n\nKeep generated flows you cannot lint out of the linted paths, or lint the export the content is generated from.\n",
};
/** Each page's path in the repository. */
const RULE_DOC_PATHS = {
    "action-allowed-in-flow-type": "src/rules/action-allowed-in-flow-type/README.md",
    "error-branches-wired": "src/rules/error-branches-wired/README.md",
    "file-too-large": "rules/docs/file-too-large.md",
    "flow-ends": "src/rules/flow-ends/README.md",
    "flow-structure": "src/rules/flow-structure/README.md",
    "input-menu-conditions": "src/rules/input-menu-conditions/README.md",
    "known-action-type": "src/rules/known-action-type/README.md",
    "legacy-format": "rules/docs/legacy-format.md",
    "logging-enabled": "src/rules/logging-enabled/README.md",
    "no-hardcoded-arn": "src/rules/no-hardcoded-arn/README.md",
    "parameters-valid": "src/rules/parameters-valid/README.md",
    "parse-error": "rules/docs/parse-error.md",
    "profile-lookup-before-use": "src/rules/profile-lookup-before-use/README.md",
    "profile-response-fields": "src/rules/profile-response-fields/README.md",
    "queue-set-before-transfer": "src/rules/queue-set-before-transfer/README.md",
    "reference-exists": "src/rules/reference-exists/README.md",
    "start-action-exists": "src/rules/start-action-exists/README.md",
    "stored-input-before-use": "src/rules/stored-input-before-use/README.md",
    "transition-target-exists": "src/rules/transition-target-exists/README.md",
    "unique-identifiers": "src/rules/unique-identifiers/README.md",
    "unreachable-block": "src/rules/unreachable-block/README.md",
    "unsupported-content": "rules/docs/unsupported-content.md",
};

;// CONCATENATED MODULE: ./src/reporters/rule-help.ts

/** Where the repository's files are published. */
const REPOSITORY_BLOB = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/';
/** A built-in rule's page: src/rules/<id>/README.md, or rules/docs/<id>.md for the reader's rules. */
const builtinDocUrl = (id) => Object.hasOwn(RULE_DOC_PATHS, id) ? `${REPOSITORY_BLOB}${RULE_DOC_PATHS[id].split('/').map(encodeURIComponent).join('/')}` : `${REPOSITORY_BLOB}rules/docs/${encodeURIComponent(id)}.md`;
/**
 * The help of a built-in rule, from its page (embedded at build time by scripts/gen-rulesets.mjs); undefined
 * for an id that has no page. Links between the pages are made absolute: the help is shown away from them.
 */
function builtinRuleHelp(id) {
    if (!Object.hasOwn(RULE_DOCS, id))
        return undefined;
    const page = RULE_DOCS[id];
    const base = builtinDocUrl(id);
    const markdown = page.replace(/\]\(([^)\s]+)\)/g, (m, link) => {
        try {
            return `](${new URL(link, base).href})`;
        }
        catch {
            return m;
        }
    });
    // The first paragraph after the title says what the rule reports.
    const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim());
    const first = paragraphs.find((p) => p !== '' && !p.startsWith('#')) ?? id;
    return { fullDescription: plainText(first).replace(/\s+/g, ' '), text: plainText(markdown), markdown };
}
/** Markdown read as plain text: links as "label (address)", no emphasis or code marks outside code blocks. */
function plainText(markdown) {
    return markdown
        .split(/(```[\s\S]*?```)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part
            .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label, href) => (label === href ? href : `${label} (${href})`))
            .replace(/\*\*([^*]+)\*\*/g, '$1')
            .replace(/`([^`]+)`/g, '$1')
            .replace(/^#{1,6} +/gm, ''))
        .join('');
}
/** A rule's name for people, as SARIF wants it (different from its id): `profile-lookup-before-use` → `ProfileLookupBeforeUse`. */
function pascalName(id) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    return name === '' || name === id ? undefined : name;
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts



/**
 * Where a finding is, as SARIF wants it: a relative URI against the source root, each path segment
 * percent-encoded (a `#`, `%` or `?` in a file name is part of the name, not a fragment, an escape or a
 * query); a file outside the working directory (an absolute path) as a file: URI.
 */
function artifactLocation(file) {
    const drive = /^[A-Za-z]:\//.exec(file);
    if (drive)
        return { uri: `file:///${file.slice(0, 2)}${uriPath(file.slice(2))}` };
    if (file.startsWith('/'))
        return { uri: `file://${uriPath(file)}` };
    return { uri: uriPath(file), uriBaseId: '%SRCROOT%' };
}
const LEVEL = { error: 'error', warn: 'warning', info: 'note', off: 'none' };
/** Reported for every file whatever the config says (properties of the file, not rules one configures). */
const ALWAYS_ON = [
    { id: 'parse-error', severity: 'error' },
    { id: 'file-too-large', severity: 'error' },
    { id: 'legacy-format', severity: 'warn' },
    { id: 'unsupported-content', severity: 'warn' },
];
/**
 * A rule as code scanning shows it: a name apart from the id, a short and a full description, and help as
 * text and Markdown — a built-in rule's from its page in rules/docs, a repository's own rule's from its
 * description and documentation link.
 */
function descriptor(r) {
    const builtin = r.documentationUrl === undefined || r.documentationUrl === builtinDocUrl(r.id) ? builtinRuleHelp(r.id) : undefined;
    // SARIF wants an absolute URI; a config's documentationUrl that is not one is left out rather than made one.
    const helpUri = absoluteUrl(r.documentationUrl) ?? (builtin ? builtinDocUrl(r.id) : undefined);
    const summary = r.description ?? builtin?.fullDescription ?? `The rule ${r.id} of the connect-flow-lint config.`;
    const name = pascalName(r.id);
    return {
        id: r.id,
        ...(name ? { name } : {}),
        shortDescription: { text: summary },
        fullDescription: { text: builtin?.fullDescription ?? summary },
        help: builtin
            ? { text: builtin.text, markdown: builtin.markdown }
            : { text: helpUri ? `${summary}\n\nSee ${helpUri}` : summary, markdown: helpUri ? `${markdownText(summary)}\n\n[Documentation](<${helpUri}>)` : markdownText(summary) },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: LEVEL[r.severity] },
    };
}
function absoluteUrl(url) {
    if (url === undefined || !/^https?:\/\/[^\s<>]+$/.test(url))
        return undefined;
    return URL.canParse(url) ? url : undefined;
}
function physicalLocation(file, range) {
    return {
        artifactLocation: artifactLocation(file),
        region: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column },
    };
}
/** The evidence path as a code flow: one thread of locations, a block at each step. */
function codeFlows(f) {
    return [
        {
            message: { text: `the path that shows it (${f.trace.length} block${f.trace.length === 1 ? '' : 's'})` },
            threadFlows: [{ locations: f.trace.map((step) => ({ location: { physicalLocation: physicalLocation(f.file, step.range), message: { text: step.label ? `"${step.label}" (${step.blockId})` : `block ${step.blockId}` } } })) }],
        },
    ];
}
/** SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule with its help, a result per finding. */
function formatSarif(findings, rules, tool) {
    const known = new Map([...ALWAYS_ON, ...rules].map((r) => [r.id, r]));
    // Findings from rules the config does not list (a file-level flow-structure, a rule that failed); describe them too.
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
                        rules: ruleList.map(descriptor),
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
                            physicalLocation: physicalLocation(f.file, f.range),
                            ...(f.blockId !== undefined
                                ? { logicalLocations: [{ name: f.blockId, fullyQualifiedName: `${f.flowName ?? f.file}/${f.blockId}`, kind: 'element' }] }
                                : {}),
                        },
                    ],
                    ...(f.trace && f.trace.length > 0 ? { codeFlows: codeFlows({ ...f, trace: f.trace }) } : {}),
                    ...(f.related && f.related.length > 0
                        ? { relatedLocations: f.related.map((r, k) => ({ id: k + 1, physicalLocation: physicalLocation(f.file, r.range), message: { text: r.message } })) }
                        : {}),
                    // The finding's identity (file, rule, flow, block, subject), never its message: alerts survive unrelated edits.
                    partialFingerprints: { 'connectFlowLint/v2': fingerprintOf(findingIdentity(f)) },
                })),
            },
        ],
    };
    return `${jsonSafe(JSON.stringify(sarif, null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/stylish.ts

const SEVERITY_LABEL = { error: 'error', warn: 'warning', info: 'info' };
/**
 * ESLint's "stylish" layout: findings grouped by file, then a count. File names, messages and flow names are
 * written with their controls made visible (terminalText): this is what the Action prints to its log, where a
 * line from a flow must not become a workflow command, and what a terminal shows.
 */
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
        lines.push('', paint('4', terminalText(file)));
        for (const f of list) {
            const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(8);
            const sev = SEVERITY_LABEL[f.severity];
            const sevText = f.severity === 'error' ? paint('31', sev.padEnd(7)) : f.severity === 'warn' ? paint('33', sev.padEnd(7)) : paint('36', sev.padEnd(7));
            const flow = f.flowName ? ` [${terminalText(f.flowName)}]` : '';
            lines.push(`  ${paint('2', where)} ${sevText} ${terminalText(f.message)}${flow}  ${paint('2', terminalText(f.ruleId))}`);
            // The evidence under the message, so the message stays one sentence: a path in order, or a set of blocks.
            if (f.evidence && f.evidence.length > 0) {
                const evidence = f.evidenceKind === 'blocks' ? `blocks: ${f.evidence.map(terminalText).join(', ')}` : `path: ${f.evidence.map(terminalText).join(' → ')}`;
                lines.push(`  ${' '.repeat(8)} ${' '.repeat(7)} ${paint('2', evidence)}`);
            }
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/generated/builtin-trees.ts
const BUILTIN_TREES = {
    "recommended": { "kind": "map", "at": { "line": 3, "column": 1 }, "entries": [{ "key": "rules", "keyAt": { "line": 3, "column": 1 }, "value": { "kind": "map", "at": { "line": 4, "column": 3 }, "entries": [{ "key": "profile-lookup-before-use", "keyAt": { "line": 4, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 4, "column": 30 }, "value": "error" } }, { "key": "profile-response-fields", "keyAt": { "line": 6, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 6, "column": 28 }, "value": "error" } }, { "key": "error-branches-wired", "keyAt": { "line": 8, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 8, "column": 25 }, "value": "error" } }, { "key": "transition-target-exists", "keyAt": { "line": 10, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 10, "column": 29 }, "value": "error" } }, { "key": "unreachable-block", "keyAt": { "line": 12, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 12, "column": 22 }, "value": "warn" } }, { "key": "start-action-exists", "keyAt": { "line": 14, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 14, "column": 24 }, "value": "error" } }, { "key": "unique-identifiers", "keyAt": { "line": 16, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 16, "column": 23 }, "value": "error" } }, { "key": "flow-ends", "keyAt": { "line": 18, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 18, "column": 14 }, "value": "error" } }, { "key": "logging-enabled", "keyAt": { "line": 20, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 20, "column": 20 }, "value": "info" } }, { "key": "no-hardcoded-arn", "keyAt": { "line": 22, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 22, "column": 21 }, "value": "warn" } }, { "key": "flow-structure", "keyAt": { "line": 24, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 24, "column": 19 }, "value": "error" } }, { "key": "reference-exists", "keyAt": { "line": 27, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 27, "column": 21 }, "value": "error" } }, { "key": "known-action-type", "keyAt": { "line": 29, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 29, "column": 22 }, "value": "error" } }, { "key": "action-allowed-in-flow-type", "keyAt": { "line": 31, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 31, "column": 32 }, "value": "error" } }, { "key": "parameters-valid", "keyAt": { "line": 33, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 33, "column": 21 }, "value": "error" } }, { "key": "input-menu-conditions", "keyAt": { "line": 35, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 35, "column": 26 }, "value": "warn" } }, { "key": "stored-input-before-use", "keyAt": { "line": 37, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 37, "column": 28 }, "value": "warn" } }, { "key": "queue-set-before-transfer", "keyAt": { "line": 39, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 39, "column": 30 }, "value": "warn" } }] } }] },
    "strict": { "kind": "map", "at": { "line": 3, "column": 1 }, "entries": [{ "key": "extends", "keyAt": { "line": 3, "column": 1 }, "value": { "kind": "seq", "at": { "line": 3, "column": 10 }, "items": [{ "kind": "scalar", "at": { "line": 3, "column": 11 }, "value": "connect-flow-lint:recommended" }] } }, { "key": "rules", "keyAt": { "line": 4, "column": 1 }, "value": { "kind": "map", "at": { "line": 5, "column": 3 }, "entries": [{ "key": "unreachable-block", "keyAt": { "line": 5, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 5, "column": 22 }, "value": "error" } }, { "key": "no-hardcoded-arn", "keyAt": { "line": 6, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 6, "column": 21 }, "value": "error" } }, { "key": "logging-enabled", "keyAt": { "line": 7, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 7, "column": 20 }, "value": "error" } }, { "key": "legacy-format", "keyAt": { "line": 9, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 9, "column": 18 }, "value": "error" } }, { "key": "unsupported-content", "keyAt": { "line": 10, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 10, "column": 24 }, "value": "error" } }, { "key": "error-branches-wired", "keyAt": { "line": 11, "column": 3 }, "value": { "kind": "seq", "at": { "line": 11, "column": 25 }, "items": [{ "kind": "scalar", "at": { "line": 11, "column": 26 }, "value": "error" }, { "kind": "map", "at": { "line": 11, "column": 33 }, "entries": [{ "key": "strict", "keyAt": { "line": 11, "column": 35 }, "value": { "kind": "scalar", "at": { "line": 11, "column": 43 }, "value": true } }] }] } }, { "key": "parameters-valid", "keyAt": { "line": 12, "column": 3 }, "value": { "kind": "seq", "at": { "line": 12, "column": 21 }, "items": [{ "kind": "scalar", "at": { "line": 12, "column": 22 }, "value": "error" }, { "kind": "map", "at": { "line": 12, "column": 29 }, "entries": [{ "key": "unseenParameters", "keyAt": { "line": 12, "column": 31 }, "value": { "kind": "scalar", "at": { "line": 12, "column": 49 }, "value": true } }] }] } }, { "key": "input-menu-conditions", "keyAt": { "line": 13, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 13, "column": 26 }, "value": "error" } }, { "key": "stored-input-before-use", "keyAt": { "line": 14, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 14, "column": 28 }, "value": "error" } }, { "key": "queue-set-before-transfer", "keyAt": { "line": 15, "column": 3 }, "value": { "kind": "scalar", "at": { "line": 15, "column": 30 }, "value": "error" } }] } }] },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/node/safe-fs.ts
/**
 * The only way the CLI and the Action read a file the repository names, or write a report. Everything in a
 * pull request comes from strangers, links included: a file read must be a regular file whose real path is
 * inside the repository, no larger than its limit (checked on the opened descriptor, so nothing can change
 * between the check and the read); a file written never follows a link and never lands outside the
 * repository unless the user named that place. Refusals say which file and what to do, and never quote a
 * byte of a refused file.
 */


class UnsafeFileError extends Error {
    file;
    reason;
    constructor(file, reason, message) {
        super(message);
        this.file = file;
        this.reason = reason;
    }
}
/** True when `file` is `dir` or inside it (both absolute, compared as given). */
function safe_fs_isWithin(dir, file) {
    const r = (0,external_node_path_.relative)(dir, file);
    return r === '' || (!r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r));
}
/** Whether anything is at `p`, a dangling link included: a path the repository names is then read or refused, never skipped. */
function present(p) {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** The real path of `p`, or `p` itself when it does not exist (yet). */
function safe_fs_realOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return (0,external_node_path_.resolve)(p);
    }
}
function safe_fs_kindOf(s) {
    if (s.isDirectory())
        return 'folder';
    if (s.isFIFO())
        return 'named pipe (FIFO)';
    if (s.isCharacterDevice() || s.isBlockDevice())
        return 'device';
    if (s.isSocket())
        return 'socket';
    if (s.isSymbolicLink())
        return 'symbolic link';
    return 'special file';
}
/**
 * Opens a file the repository or the user named, or throws an UnsafeFileError saying why it was refused.
 * The file is opened non-blocking and without following a link (a FIFO cannot hang the run, a link swapped
 * in cannot redirect it) and checked on the opened descriptor: the caller reads `size` bytes from `fd`.
 */
function openTrustedFile(path, o) {
    const abs = (0,external_node_path_.resolve)(o.root, path);
    const root = (0,external_node_path_.resolve)(o.root);
    const realRoot = safe_fs_realOrSelf(root);
    const name = o.display ?? (safe_fs_isWithin(root, abs) ? (0,external_node_path_.relative)(root, abs) || abs : abs);
    const refuse = (reason, why) => new UnsafeFileError(abs, reason, `${name}: ${why}`);
    const named = safe_fs_isWithin(root, abs) || safe_fs_isWithin(realRoot, abs);
    if (!named && !o.namedByUser && !(o.alsoWithin && safe_fs_isWithin(o.alsoWithin, abs))) {
        throw refuse('outside', `${o.what} is outside the repository (${root}), so it was not read: name a file inside the repository`);
    }
    let link;
    try {
        link = (0,external_node_fs_.lstatSync)(abs);
    }
    catch (e) {
        throw ioError(abs, name, o.what, e);
    }
    if (link.isSymbolicLink() && o.noLinks) {
        throw refuse('link', `${o.what} is a symbolic link, which is not followed (a link in a pull request could point anywhere on the runner), so it was not read: commit the file itself, not a link to it`);
    }
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(abs);
    }
    catch (e) {
        throw ioError(abs, name, o.what, e);
    }
    const inside = safe_fs_isWithin(realRoot, real) || (o.alsoWithin !== undefined && safe_fs_isWithin(o.alsoWithin, real));
    if ((named || !o.namedByUser) && !inside) {
        throw refuse('outside', `${o.what} is a link (or sits in a linked folder) that resolves outside the repository, so it was not read: a file the repository names must be inside it — replace the link with the file itself`);
    }
    // Opening a device can have effects of its own: look before opening, then check again on the descriptor.
    const before = (0,external_node_fs_.lstatSync)(real);
    if (!before.isFile())
        throw refuse('not-regular', `${o.what} is a ${safe_fs_kindOf(before)}, not a regular file, so it was not read: name a regular file`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch (e) {
        throw ioError(abs, name, o.what, e);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw refuse('not-regular', `${o.what} is a ${safe_fs_kindOf(st)}, not a regular file, so it was not read: name a regular file`);
        if (st.size > o.maxBytes)
            throw refuse('too-large', `${o.what} is ${st.size} bytes, over its ${o.maxBytes}-byte limit, so it was not read`);
        return { fd, size: st.size };
    }
    catch (e) {
        (0,external_node_fs_.closeSync)(fd);
        throw e;
    }
}
/** `size` bytes of an opened regular file from offset 0; a file that grew past its checked size is refused. */
function readOpened(fd, size, file, what) {
    const buf = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
        const n = (0,external_node_fs_.readSync)(fd, buf, total, buf.length - total, total);
        if (n === 0)
            break;
        total += n;
        if (total === buf.length)
            throw new UnsafeFileError(file, 'too-large', `${file}: ${what} grew while it was read, so it was not read: run again once nothing writes to it`);
    }
    return buf.subarray(0, total);
}
/** Reads a file through openTrustedFile's checks. */
function readTrustedFile(path, o) {
    const { fd, size } = openTrustedFile(path, o);
    try {
        return readOpened(fd, size, o.display ?? path, o.what);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function ioError(abs, name, what, e) {
    const code = e.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new UnsafeFileError(abs, 'missing', `${name}: ${what} does not exist`);
    if (code === 'ELOOP')
        return new UnsafeFileError(abs, 'link', `${name}: ${what} is a symbolic link (or a loop of links), which is not followed, so it was not read: commit the file itself`);
    return new UnsafeFileError(abs, 'io', `${name}: ${what} cannot be read (${code ?? 'I/O error'})`);
}
/**
 * Strict UTF-8: the text, or the line and column of the first byte that is not UTF-8 (a config read with
 * replacement characters would mean something its author did not write). A byte-order mark is dropped.
 */
function decodeUtf8(bytes) {
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
        const lineStart = before.lastIndexOf('\n') + 1;
        return { line: before.split('\n').length, column: before.length - lineStart + 1, offset: bad };
    }
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
/**
 * Writes a file without following links: the text goes to a new temporary file in the same folder (created
 * exclusively, never through a link) that is then renamed over the target, so a link at the target is
 * replaced, not written through. A path inside the repository must stay inside it once its folders'
 * links are resolved; a path the user named outside the repository is theirs to choose.
 */
function writeOutputFile(path, text, o) {
    const root = (0,external_node_path_.resolve)(o.root);
    const realRoot = safe_fs_realOrSelf(root);
    const abs = (0,external_node_path_.resolve)(root, path);
    const fenced = safe_fs_isWithin(root, abs) || safe_fs_isWithin(realRoot, abs);
    const name = fenced ? (0,external_node_path_.relative)(root, abs) || abs : abs;
    const refuse = (reason, why) => new UnsafeFileError(abs, reason, `${name}: ${why}`);
    const outside = () => refuse('outside', `${o.what} would be written outside the repository through a linked folder, so it was not written: name a path whose folders are real folders inside the repository`);
    // The nearest folder that exists must be inside the repository before anything is created under it.
    let existing = (0,external_node_path_.dirname)(abs);
    const missing = [];
    for (;;) {
        try {
            (0,external_node_fs_.lstatSync)(existing);
            break;
        }
        catch {
            if (!o.makeFolders)
                throw refuse('missing', `the folder ${(0,external_node_path_.dirname)(abs)} does not exist: create it first`);
            missing.unshift((0,external_node_path_.basename)(existing));
            const up = (0,external_node_path_.dirname)(existing);
            if (up === existing)
                break;
            existing = up;
        }
    }
    if (fenced && !safe_fs_isWithin(realRoot, safe_fs_realOrSelf(existing)))
        throw outside();
    let dir = safe_fs_realOrSelf(existing);
    for (const part of missing) {
        dir = (0,external_node_path_.join)(dir, part);
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch (e) {
            // Made meanwhile by someone else: the real-folder check below still applies to it.
            if (e.code !== 'EEXIST')
                throw refuse('io', `the folder ${dir} cannot be created (${e.code ?? 'I/O error'})`);
        }
    }
    const realDir = safe_fs_realOrSelf((0,external_node_path_.dirname)(abs));
    if (fenced && !safe_fs_isWithin(realRoot, realDir))
        throw outside();
    const target = (0,external_node_path_.join)(realDir, (0,external_node_path_.basename)(abs));
    let current;
    try {
        current = (0,external_node_fs_.lstatSync)(target);
    }
    catch {
        current = undefined;
    }
    if (current && o.exclusive)
        throw refuse('exists', `already exists`);
    if (current?.isSymbolicLink())
        throw refuse('link', `is a symbolic link, which is never written through (it could point anywhere on the runner), so ${o.what} was not written: delete the link, or name another file`);
    if (current && !current.isFile())
        throw refuse('not-regular', `is a ${safe_fs_kindOf(current)}, not a regular file, so ${o.what} was not written: name another file`);
    const temp = (0,external_node_path_.join)(realDir, `.${(0,external_node_path_.basename)(abs)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), current ? current.mode & 0o777 : 0o644);
    }
    catch (e) {
        throw refuse('io', `${o.what} cannot be written in ${realDir} (${e.code ?? 'I/O error'})`);
    }
    try {
        const bytes = Buffer.from(text, 'utf8');
        for (let off = 0; off < bytes.length;)
            off += (0,external_node_fs_.writeSync)(fd, bytes, off, bytes.length - off);
    }
    catch (e) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw e;
    }
    (0,external_node_fs_.closeSync)(fd);
    try {
        (0,external_node_fs_.renameSync)(temp, target);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw refuse('io', `${o.what} cannot be written (${e.code ?? 'I/O error'})`);
    }
    return target;
}

;// CONCATENATED MODULE: ./src/node/repository.ts
/**
 * Where the repository is, and whether git tracks a path in it: what decides that an npm package was
 * installed (by the workflow or the developer) rather than committed by a pull request. A checkout holds
 * only tracked files; `npm install` writes untracked ones.
 */



/** Options that keep git from running anything a repository's own config names (core.fsmonitor). */
const GIT_SAFE = ['-c', 'core.fsmonitor=false', '--literal-pathspecs'];
function git(cwd, args) {
    return (0,external_node_child_process_.execFileSync)('git', [...GIT_SAFE, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, maxBuffer: 4 * 1024 * 1024 });
}
/**
 * The root of the repository being linted, as a real path: the git top level of `cwd` when `cwd` is inside a
 * git checkout, else `cwd` itself (the folder the user named). Nothing above it is read or looked up.
 */
function repositoryRoot(cwd) {
    return repository_gitTopLevel(cwd) ?? safe_fs_realOrSelf(cwd);
}
/** The git top level of `cwd` as a real path, or undefined when `cwd` is not in a git checkout. */
function repository_gitTopLevel(cwd) {
    const own = safe_fs_realOrSelf(cwd);
    try {
        const top = safe_fs_realOrSelf(git(own, ['rev-parse', '--show-toplevel']).trim());
        if (top && safe_fs_isWithin(top, own))
            return top;
    }
    catch {
        // Not a git checkout (or git is missing).
    }
    return undefined;
}
/**
 * Whether git tracks `path` or anything under it in the checkout at `root`: true, false, or undefined when
 * git cannot say (not a checkout, git missing) — which callers treat as "tracked" (fail closed).
 */
function isTracked(root, path) {
    const realRoot = safe_fs_realOrSelf(root);
    const rel = (0,external_node_path_.relative)(realRoot, path);
    if (!safe_fs_isWithin(realRoot, path))
        return false;
    try {
        git(realRoot, ['rev-parse', '--is-inside-work-tree']);
        return git(realRoot, ['ls-files', '-z', '--', rel === '' ? '.' : rel]).length > 0;
    }
    catch {
        return undefined;
    }
}
/**
 * The files of the checkout under `cwd` that git does not ignore (tracked, or new and not ignored), as real
 * absolute paths; undefined outside a git checkout. Build output and scratch folders a .gitignore names are
 * not the repository's flows.
 */
function unignoredFiles(cwd) {
    const own = safe_fs_realOrSelf(cwd);
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', [...GIT_SAFE, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: own, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, maxBuffer: 256 * 1024 * 1024 });
        return new Set(out.split('\0').filter((p) => p !== '').map((p) => (0,external_node_path_.join)(own, p)));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/node/config-files.ts







const CONFIG_NAMES = ['.connect-flow-lint.yaml', '.connect-flow-lint.yml'];
const MAX_CONFIG_BYTES = 1024 * 1024;
const toPosix = (p) => p.replace(/\\/g, '/');
/** The nearest config from `cwd` upward, as ESLint and Spectral find theirs — but never above `root`. */
function discoverConfig(cwd, root = cwd) {
    const realRoot = safe_fs_realOrSelf(root);
    for (let dir = safe_fs_realOrSelf(cwd); safe_fs_isWithin(realRoot, dir); dir = (0,external_node_path_.dirname)(dir)) {
        for (const name of CONFIG_NAMES) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if (present(candidate))
                return candidate;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
    return undefined;
}
function isLink(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * Reads a config file through the repository fence: a regular file, inside the repository, at most 1 MiB,
 * valid UTF-8. A refusal says which file and why, and never quotes it.
 */
function readConfigFile(path, options = { root: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)) }) {
    const bytes = readTrustedFile(path, { root: options.root, maxBytes: MAX_CONFIG_BYTES, what: 'the config', display: path, ...(options.namedByUser ? { namedByUser: true } : {}), ...(options.alsoWithin ? { alsoWithin: options.alsoWithin } : {}) });
    const decoded = decodeUtf8(bytes);
    if (!('text' in decoded)) {
        throw new UnsafeFileError(path, 'io', `${path}:${decoded.line}:${decoded.column}: the config is not valid UTF-8 (byte ${decoded.offset} is not a UTF-8 character): save it as UTF-8`);
    }
    return { file: toPosix((0,external_node_path_.resolve)(options.root, path)), text: decoded.text };
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
const isInside = (dir, file) => file !== dir && safe_fs_isWithin(dir, file);
/** Real folders of the installed packages a loader has found: the only place code runs from without the opt-in. */
const installedPackages = new Set();
/** Why a package a loader found is not trusted as installed, by its real folder. */
const distrusted = new Map();
/** The installed package folder holding `realFile`, if any loader found one. */
function installedPackageOf(realFile) {
    return [...installedPackages].find((p) => isInside(p, realFile));
}
/** Why the package holding `realFile` is not trusted as installed, when a loader found one there. */
function whyNotInstalled(realFile) {
    for (const [dir, why] of distrusted)
        if (isInside(dir, realFile))
            return why;
    return undefined;
}
/**
 * Resolves `extends` entries: built-in names, paths relative to the config that names them, and installed
 * npm packages (`@acme/policy` or `@acme/policy/strict.yaml`). Configs come from pull requests, so a path may
 * not leave `root` (the repository being linted) — or, inside a package, the package's own folder — once
 * links are resolved; packages are looked up in node_modules folders from the config's folder up to `root`,
 * never above it.
 */
function createLoader(root) {
    const realRoot = safe_fs_realOrSelf(root);
    const packages = [];
    const packageOf = (file) => packages.find((p) => isInside(p.dir, file));
    /** node_modules folders from `fromDir` up to the repository root (or up to the package it is in, then the root). */
    const lookupDirs = (fromDir) => {
        const out = [];
        const stop = packageOf((0,external_node_path_.join)(fromDir, 'x'))?.dir;
        const fence = safe_fs_isWithin(realRoot, fromDir) ? realRoot : stop;
        if (fence)
            for (let dir = fromDir; safe_fs_isWithin(fence, dir); dir = (0,external_node_path_.dirname)(dir)) {
                out.push(dir);
                if ((0,external_node_path_.dirname)(dir) === dir)
                    break;
            }
        if (!out.includes(realRoot))
            out.push(realRoot);
        return out;
    };
    const findPackage = (name, fromDir) => {
        for (const dir of lookupDirs(safe_fs_realOrSelf(fromDir))) {
            const candidate = (0,external_node_path_.join)(dir, 'node_modules', name);
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'package.json')))
                continue;
            const real = (0,external_node_fs_.realpathSync)(candidate);
            // A committed link on the way (node_modules itself, or the @scope folder) would lead git's answer
            // elsewhere: each link between the lookup folder and the package is asked about too.
            const linksOnTheWay = [(0,external_node_path_.join)(dir, 'node_modules'), ...(name.includes('/') ? [(0,external_node_path_.join)(dir, 'node_modules', name.split('/')[0])] : [])].filter(isLink);
            const answers = [candidate, real, ...linksOnTheWay].map((p) => isTracked(realRoot, p));
            const trackedAt = answers.includes(undefined) ? undefined : answers.includes(true);
            const installed = trackedAt === false;
            const why = trackedAt === undefined
                ? `git cannot say whether ${name} was installed or committed (${realRoot} is not a git checkout)`
                : installed
                    ? undefined
                    : `${name} is committed to the repository (git tracks it), not installed`;
            if (!installed && !safe_fs_isWithin(realRoot, real)) {
                throw new Error(`the package ${name} is a link out of the repository that ${why ?? 'is not installed'}: it is not read; install the package (npm install) instead of committing it`);
            }
            if (installed)
                installedPackages.add(real);
            else if (why)
                distrusted.set(real, why);
            const found = { dir: real, installed, ...(why ? { why } : {}) };
            packages.push(found);
            return found;
        }
        return undefined;
    };
    const read = (file, pkg) => readConfigFile(file, pkg ? { root: realRoot, alsoWithin: pkg.dir } : { root: realRoot });
    return (ref, fromFile) => {
        if (ref.startsWith(BUILTIN_PREFIX))
            return builtinRuleset(ref);
        if (fromFile.startsWith(BUILTIN_PREFIX))
            throw new Error('a built-in ruleset cannot extend a file');
        if (ref.startsWith('.') || ref.startsWith('/')) {
            const path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(fromFile), ref);
            const pkg = packageOf(fromFile);
            const fence = pkg?.dir ?? realRoot;
            if (!(0,external_node_fs_.existsSync)(path))
                throw new Error(`${path} does not exist`);
            // The real path is what is read, so it is what the fence checks.
            const real = (0,external_node_fs_.realpathSync)(path);
            if (!isInside(fence, real))
                throw new Error(`${ref} resolves (links followed) to a file outside ${fence}, so it was not read: a config may only extend files inside the repository (or inside its own package)`);
            return read(real, pkg);
        }
        const m = PACKAGE_REF.exec(ref);
        if (!m)
            throw new Error(`"${ref}" is neither a built-in ruleset (${BUILTIN_PREFIX}recommended), a relative path (./policy.yaml) nor a package name (@acme/connect-flow-policy)`);
        const [, name, sub] = m;
        const pkg = findPackage(name, (0,external_node_path_.dirname)(fromFile));
        if (!pkg)
            throw new Error(`the package ${name} is not installed: run npm install --save-dev ${name}`);
        const file = sub ? (0,external_node_path_.resolve)(pkg.dir, sub) : packageRuleset(pkg, name, realRoot);
        if (!isInside(pkg.dir, file))
            throw new Error(`${ref} points outside the package ${name}`);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`${file} does not exist in the package ${name}`);
        const real = (0,external_node_fs_.realpathSync)(file);
        if (!isInside(pkg.dir, real))
            throw new Error(`${ref} is a link that resolves outside the package ${name}, so it was not read`);
        return read(real, pkg);
    };
}
/** The ruleset a package offers: its package.json "connect-flow-lint" field, else ruleset.yaml/.yml. */
function packageRuleset(pkg, name, realRoot) {
    let declared;
    try {
        const bytes = readTrustedFile((0,external_node_path_.join)(pkg.dir, 'package.json'), { root: realRoot, alsoWithin: pkg.dir, maxBytes: MAX_CONFIG_BYTES, what: `the package.json of ${name}` });
        declared = JSON.parse(bytes.toString('utf8'))['connect-flow-lint'];
    }
    catch (e) {
        throw new Error(e instanceof UnsafeFileError ? e.message : `the package.json of ${name} cannot be read: ${e.message}`);
    }
    if (typeof declared === 'string')
        return (0,external_node_path_.resolve)(pkg.dir, declared);
    for (const f of ['ruleset.yaml', 'ruleset.yml', '.connect-flow-lint.yaml'])
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(pkg.dir, f)))
            return (0,external_node_path_.join)(pkg.dir, f);
    throw new Error(`the package ${name} names no ruleset: add "connect-flow-lint": "./ruleset.yaml" to its package.json, or extend "${name}/<file>.yaml"`);
}
/** A loader without a repository fence, for trusted callers (tests, print-config of built-ins). */
const loadExtends = createLoader('/');

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
            const at = new Map(fns.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [[i.value, i.at]] : [])));
            out.push({ rulesetFile: source.file, names, dir: external_node_path_.posix.resolve(external_node_path_.posix.dirname(source.file), sub), at });
        }
    };
    visit(entry);
    return out;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/config/options-compiler.ts
let ajv;
/**
 * Compiles the options schemas that are not known at build time (custom functions and rules; the built-in ones
 * have validators generated then), with ajv loaded on first use, so a run without them never loads it.
 */
async function optionsCompiler() {
    if (!ajv) {
        // CommonJS interop differs between Node and the bundle: the class is a named export, or the default one.
        const m = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)));
        const Ajv = m.Ajv ?? m.default?.Ajv ?? m.default;
        ajv = new Ajv({ allErrors: true, strict: false, formats: { regex: true } });
    }
    const compiler = ajv;
    return (schema) => compiler.compile(schema);
}

;// CONCATENATED MODULE: ./src/node/custom-functions.ts










/** A module written with defineRule (connect-flow-lint/rule): `meta` with an id and messages, and `check`. */
function isRule(exported) {
    if (typeof exported !== 'object' || exported === null)
        return false;
    const { meta, check } = exported;
    return typeof check === 'function' && typeof meta === 'object' && meta !== null && typeof meta.id === 'string' && typeof meta.messages === 'object' && meta.messages !== null;
}
function asRuleFunction(name, exported, compile) {
    if (isRule(exported)) {
        if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(exported.meta.id))
            return `its rule id "${exported.meta.id}" must be kebab-case (greeting-names-company)`;
        let validateOptions;
        try {
            validateOptions = compile(exported.meta.options ?? NO_OPTIONS);
        }
        catch (err) {
            return `its meta.options is not a valid JSON Schema: ${err.message}`;
        }
        // Named as the ruleset declares it, so `then.function` finds it under that name too.
        return { ...functionOf(exported), name, validateOptions };
    }
    if (typeof exported === 'function') {
        // A bare function, Spectral style: options are passed through unchecked.
        const fn = exported;
        return { name, options: NO_OPTIONS, anyOptions: true, run: (t, o, c) => normalise(name, fn(t, o, c)) };
    }
    if (typeof exported === 'object' && exported !== null && typeof exported.run === 'function') {
        const e = exported;
        // Options declared as JSON Schema, or in the short format ({ name: { type, description, required } }).
        const options = optionsSchemaOf(e.options);
        if (typeof options === 'string')
            return options;
        let validateOptions;
        try {
            validateOptions = compile(options);
        }
        catch (err) {
            return `its options are not a valid JSON Schema: ${err.message}`;
        }
        return { name, options, validateOptions, ...(e.validate ? { validate: e.validate } : {}), run: (t, o, c) => normalise(name, e.run(t, o, c)) };
    }
    return `its default export must be a rule (defineRule from connect-flow-lint/rule), a function (target, options, context) => results, or { options, run }`;
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
 * Loads the custom functions rulesets declare, as ES modules. Only a function of an installed package runs
 * without `allowLocal` (--allow-functions): a package the loader found in node_modules and that git does not
 * track (npm installed it; a pull request can only add tracked files), declared by a ruleset of that same
 * package. Everything else in the repository — whatever its folder is called, node_modules included — may come
 * from a stranger's pull request. With `allowLocal`, functions still must be inside the repository (`root`).
 * Problems are returned with the ruleset file they come from.
 */
async function loadCustomFunctions(declarations, allowLocal, root = process.cwd()) {
    const registry = new Map(BUILTIN_FUNCTIONS);
    // Rule modules define their rule (off, like the built-in ones) for every config that loads them.
    const rules = [];
    const builtinIds = new Set(RULE_DEFINITIONS.map((r) => r.id));
    const problems = [];
    const at = { line: 1, column: 1 };
    const realRoot = (0,external_node_fs_.existsSync)(root) ? (0,external_node_fs_.realpathSync)(root) : root;
    for (const d of declarations) {
        for (const name of d.names) {
            const file = (0,external_node_path_.join)(d.dir, `${name}.js`);
            const problem = (message) => {
                problems.push({ file: d.rulesetFile, at: d.at?.get(name) ?? at, message: `function "${name}": ${message}` });
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
            const pkg = installedPackageOf(real);
            const trusted = pkg !== undefined && installedPackageOf(realOrSelfPath(d.rulesetFile)) === pkg;
            if (!trusted && !allowLocal) {
                const why = whyNotInstalled(real);
                problem(`${(0,external_node_path_.relative)(process.cwd(), real)} is JavaScript from the repository${why ? ` (${why})` : ''}, which a pull request can change: run with --allow-functions (Action input allow-functions: true) to trust it, or publish the ruleset as an npm package (only an installed package, which git does not track, runs without it; a folder's name, node_modules included, does not count)`);
                continue;
            }
            if (!trusted && !safe_fs_isWithin(realRoot, real)) {
                problem(`${file} is outside the repository (${realRoot}): --allow-functions trusts the repository's own files, not other files on this machine`);
                continue;
            }
            try {
                // webpackIgnore keeps the bundler from rewriting this into its own module table: the file is loaded at run time.
                const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(real).href));
                const exported = mod.default ?? mod[name];
                const fn = asRuleFunction(name, exported, await optionsCompiler());
                if (typeof fn === 'string')
                    problem(fn);
                else if (isRule(exported) && (builtinIds.has(exported.meta.id) || rules.some((r) => r.id === exported.meta.id)))
                    problem(`its rule id "${exported.meta.id}" is already defined${builtinIds.has(exported.meta.id) ? ' by a built-in rule' : ''}: give it another id`);
                else {
                    registry.set(name, fn);
                    if (isRule(exported))
                        rules.push({ ...definitionOf(exported, fn, false), definedIn: { file: d.rulesetFile, at: d.at?.get(name) ?? at }, setIn: { file: d.rulesetFile, at: d.at?.get(name) ?? at } });
                }
            }
            catch (e) {
                problem(`cannot be loaded: ${e.message}`);
            }
        }
    }
    return { registry, rules, problems };
}
function realOrSelfPath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}

;// CONCATENATED MODULE: ./src/node/load-config.ts
/**
 * Finding, reading and resolving the config (and the baseline) for the CLI and the Action alike: what is
 * read from the repository, from where, and the errors a user sees when it cannot be.
 */








/** A mistake in how the linter was called or configured: said in one line, exit code 2. */
class UsageError extends Error {
}
/**
 * Finds, reads and resolves the config: --config, else the nearest .connect-flow-lint.yaml upward, else the
 * built-in recommended ruleset. Custom functions the rulesets declare are loaded first.
 */
async function loadConfig(cwd, configPath, options = {}) {
    // The repository: nothing above it is read, looked up or trusted.
    const root = repositoryRoot(cwd);
    const entry = options.entry ??
        (configPath !== undefined
            ? readConfigArgument(cwd, root, configPath)
            : (() => {
                const found = discoverConfig(cwd, root);
                return found ? readDiscovered(found, root) : builtinRuleset(`${BUILTIN_PREFIX}recommended`);
            })());
    // Extends may not leave the repository: its root, or the folder of a config the user named outside it.
    const fence = entry.file.startsWith(BUILTIN_PREFIX) || entry.file.startsWith('github:') || safe_fs_isWithin(root, safe_fs_realOrSelf(entry.file)) || isInsideDir(cwd, entry.file) ? root : (0,external_node_path_.dirname)(safe_fs_realOrSelf(entry.file));
    const loader = options.loader ?? createLoader(fence);
    const declarations = functionDeclarations(entry, loader);
    if (declarations.length === 0)
        return resolveConfig(entry, loader);
    const { registry, rules, problems } = await loadCustomFunctions(declarations, options.allowFunctions === true, fence);
    if (problems.length > 0)
        throw new ConfigError(problems);
    return resolveConfig(entry, loader, registry, rules);
}
function isInsideDir(dir, file) {
    const r = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), file);
    return !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
function readDiscovered(found, root) {
    try {
        return readConfigFile(found, { root });
    }
    catch (e) {
        throw new UsageError(`cannot read the config: ${e.message}`);
    }
}
function readConfigArgument(cwd, root, configPath) {
    if (configPath.startsWith(BUILTIN_PREFIX))
        return builtinRuleset(configPath);
    try {
        return readConfigFile((0,external_node_path_.resolve)(cwd, configPath), { root, namedByUser: true });
    }
    catch (e) {
        throw new UsageError(`cannot read the config ${configPath}: ${e instanceof UnsafeFileError && e.reason === 'missing' ? 'no such file' : e.message}`);
    }
}
/** A baseline far larger than any real one is refused before it is read (a link to /dev/zero, a padded file). */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;
/** The baseline's text: a regular file inside the repository (unless named outside it), at most 32 MiB, UTF-8. */
function readBaseline(path, root, display) {
    const decoded = decodeUtf8(readTrustedFile(path, { root, maxBytes: MAX_BASELINE_BYTES, what: 'the baseline', display, namedByUser: true }));
    if (!('text' in decoded))
        throw new Error(`it is not valid UTF-8 at line ${decoded.line}, column ${decoded.column}`);
    return decoded.text;
}

;// CONCATENATED MODULE: ./src/node/files.ts



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
const FLOW_FILE = /\.(json|ya?ml|template|tftpl|tpl)$/i;
/** How much of a file without an extension is read to tell whether it is a flow export saved without one. */
const SNIFF_BYTES = 4096;
/**
 * True for a file without an extension that holds a flow export (the console's "Export flow" download saved
 * without .json, `aws connect describe-contact-flow > flow`): JSON whose first keys are a flow's.
 */
function sniffsLikeFlow(abs) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, 'r');
        const buf = Buffer.alloc(SNIFF_BYTES);
        const head = buf.subarray(0, (0,external_node_fs_.readSync)(fd, buf, 0, SNIFF_BYTES, 0)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
        return head.startsWith('{') && /"(StartAction|Actions|ContactFlow|ContactFlowModule|Content|modules)"\s*:/.test(head);
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
const hasExtension = (abs) => /\.[^./\\]+$/.test((0,external_node_path_.basename)(abs)) && !/^\.[^.]+$/.test((0,external_node_path_.basename)(abs));
function isGlob(arg) {
    return /[*?{[]/.test(arg);
}
/**
 * Expands the CLI's paths and globs into files. Symbolic links are never followed: a link in a pull request
 * could point anywhere on the runner. A file named on its own (not found by a walk) is always in the list,
 * a link or a FIFO too: the reader refuses those with a finding, so a named file is never silently not linted.
 */
function collectFiles(args, cwd) {
    const files = new Set();
    const skipped = [];
    const unmatched = [];
    const rel = (p) => (0,external_node_path_.relative)(cwd, p) || '.';
    const walk = (dir, accept, recordOthers) => {
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
                else if (entry.isFile()) {
                    if (accept(abs))
                        files.add(abs);
                    else if (recordOthers)
                        skipped.push({ path: rel(abs), reason: hasExtension(abs) ? 'not a flow file type (.json, .yaml/.yml, .template, .tftpl, .tpl)' : 'no extension, and its content is not a flow export' });
                }
                else
                    skipped.push({ path: rel(abs), reason: 'not a regular file' });
            }
        }
    };
    for (const arg of args) {
        const before = files.size;
        if (isGlob(arg)) {
            const pattern = globMatcher(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
            walk(cwd, (abs) => pattern.test((0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/')), false);
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
            if (stat.isDirectory())
                walk(abs, (p) => FLOW_FILE.test(p) || (!hasExtension(p) && sniffsLikeFlow(p)), true);
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
        const r = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(file));
        return r !== '' && !r.startsWith('..') && !r.startsWith(external_node_path_.sep);
    }
    catch {
        return false;
    }
}
/**
 * The files a pull request changed that a walk passed over — links, and flow files under a folder skipped by
 * default (dist, node_modules, coverage…) — so the Action lints them too: the reader refuses a link with a
 * finding, and a flow under dist/ is linted like any other. Otherwise adding a flow as a link or under a
 * skipped folder would be a silent green. `changed` holds paths relative to `cwd`, with forward slashes.
 */
function changedButSkipped(list, changed, cwd) {
    const out = [];
    const passed = list.skipped.map((s) => ({ ...s, path: s.path.split(sep).join('/') }));
    for (const file of changed) {
        const hit = passed.find((s) => file === s.path || (s.reason === 'folder skipped by default' && file.startsWith(`${s.path}/`)));
        if (!hit)
            continue;
        if (hit.reason !== 'symbolic link (not followed)' && !FLOW_FILE.test(file))
            continue;
        const abs = resolve(cwd, file);
        if (list.files.includes(abs))
            continue;
        try {
            lstatSync(abs);
        }
        catch {
            continue; // gone from the checkout (removed, or renamed away): nothing to lint
        }
        out.push(abs);
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./src/cli/stdin.ts

/**
 * Standard input, read to its end but never more than `maxBytes + 1` bytes: an endless stream (`< /dev/zero`)
 * cannot exhaust memory; a result longer than `maxBytes` tells the caller the input is over the limit.
 */
function readStdin(maxBytes, fd = 0) {
    const chunks = [];
    let total = 0;
    const wait = new Int32Array(new SharedArrayBuffer(4));
    while (total <= maxBytes) {
        const buf = Buffer.alloc(Math.min(65536, maxBytes + 1 - total));
        let n;
        try {
            n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, null);
        }
        catch (e) {
            const code = e.code;
            // A non-blocking pipe with nothing in it yet: wait a little, as a blocking read would.
            if (code === 'EAGAIN') {
                Atomics.wait(wait, 0, 0, 10);
                continue;
            }
            if (code === 'EOF')
                break;
            throw new Error(`cannot read standard input: ${code ?? e.message}`);
        }
        if (n === 0)
            break;
        chunks.push(buf.subarray(0, n));
        total += n;
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/node/repository-flows.ts



/**
 * The flows a full run would lint (those under the working directory that git does not ignore), for linking
 * the files a user named: a pre-commit hook, lint-staged or an editor names a few files, and their references
 * must resolve against the repository's other flows as in a full run. Nothing above the working directory is
 * read, and nothing a .gitignore names (build output, benchmark scratch).
 */
function repositoryFlows(cwd) {
    const files = collectFiles(['.'], cwd).files;
    const listed = unignoredFiles(cwd);
    return listed ? files.filter((f) => listed.has(safe_fs_realOrSelf(f))) : files;
}

;// CONCATENATED MODULE: ./src/core/repo/unlinked-note.ts
/**
 * Said once when the flows reference each other but not one reference resolved: they name each other by
 * the ids of the instance they were exported from, which the files do not carry, so the repository pass
 * (who calls whom, the profile handed over) saw nothing. Undefined when there is nothing to say.
 */
function unlinkedNote(summaries, links) {
    if (summaries.length < 2)
        return undefined;
    let unresolved = 0;
    for (const r of links.resolutions) {
        for (const res of r) {
            if (res.status === 'resolved')
                return undefined;
            if (res.status === 'unresolved')
                unresolved++;
        }
    }
    if (unresolved < 2)
        return undefined;
    return (`none of the ${unresolved} references between these ${summaries.length} flows resolved to a flow of the repository, so calls between them were not followed: ` +
        `they name their targets by the ids of the instance they were exported from. Export with "aws connect describe-contact-flow" (which keeps each flow's Arn), ` +
        `name targets through deploy placeholders, or map them to files with "flows:" in the config.`);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/core/json/simple-path.ts
/**
 * Caps per `given` per file. A document of a few MB has a few hundred thousand values; chains of descents
 * (`$..*..*..*`) grow with the nesting depth to a power, so past these a rule is reported as a config problem.
 */
const MAX_MATCHES = 100_000;
/** Values visited, filters evaluated and path keys built. */
const MAX_WORK = 5_000_000;
class Exceeded extends Error {
    what;
    constructor(what) {
        super(what);
        this.what = what;
    }
}
/** Evaluates parsed steps over a document: iterative, own properties only, within MAX_MATCHES and MAX_WORK. */
function evaluatePath(document, steps, limits = {}) {
    const maxMatches = limits.matches ?? MAX_MATCHES;
    let work = limits.work ?? MAX_WORK;
    const spend = (n) => {
        work -= n;
        if (work < 0)
            throw new Exceeded('work');
    };
    const root = { value: document, key: undefined, parent: undefined, depth: 0 };
    let names = false;
    try {
        let current = [root];
        for (const step of steps) {
            const next = [];
            const add = (n) => {
                spend(1);
                next.push(n);
            };
            if (step.kind === 'parent') {
                for (const n of current)
                    if (n.parent)
                        add(n.parent);
            }
            else if (step.kind === 'name') {
                names = true;
                for (const n of current)
                    if (n.parent)
                        add(n);
            }
            else {
                for (const n of current) {
                    if (!step.descend)
                        simple_path_select(n, step.selector, add, root, spend);
                    else {
                        // Descendant-or-self containers, in document order, with an explicit stack.
                        const stack = [n];
                        while (stack.length > 0) {
                            const c = stack.pop();
                            spend(1);
                            simple_path_select(c, step.selector, add, root, spend);
                            const kids = [];
                            children(c, (k) => {
                                if (typeof k.value === 'object' && k.value !== null)
                                    kids.push(k);
                            });
                            for (let i = kids.length - 1; i >= 0; i--)
                                stack.push(kids[i]);
                        }
                    }
                }
            }
            if (next.length > maxMatches)
                throw new Exceeded('matches');
            current = next;
        }
        const hits = [];
        for (const n of current) {
            spend(n.depth);
            hits.push({ value: names ? n.key : n.value, path: pathOf(n) });
        }
        return { hits };
    }
    catch (e) {
        if (e instanceof Exceeded)
            return { exceeded: e.what };
        throw e;
    }
}
function pathOf(n) {
    const path = new Array(n.depth);
    for (let c = n; c && c.parent; c = c.parent)
        path[c.depth - 1] = c.key;
    return path;
}
function children(n, f) {
    const v = n.value;
    const depth = n.depth + 1;
    if (Array.isArray(v))
        for (let i = 0; i < v.length; i++)
            f({ value: v[i], key: i, parent: n, depth });
    else if (typeof v === 'object' && v !== null)
        for (const k of Object.keys(v))
            f({ value: v[k], key: k, parent: n, depth });
}
/**
 * The member `key` of a node's value: array items by index, object members by name; own properties only, so
 * an array's `length` too, as in jsonpath-plus (`$.Actions.length`).
 */
function member(n, key) {
    const v = n.value;
    if (Array.isArray(v)) {
        if (key === 'length')
            return { value: v.length, key, parent: n, depth: n.depth + 1 };
        const i = typeof key === 'number' ? key : /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
        return i >= 0 && i < v.length ? { value: v[i], key: i, parent: n, depth: n.depth + 1 } : undefined;
    }
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key)))
        return { value: v[String(key)], key: String(key), parent: n, depth: n.depth + 1 };
    return undefined;
}
function simple_path_select(n, s, add, root, spend) {
    switch (s.kind) {
        case 'key': {
            const m = member(n, s.key);
            if (m)
                add(m);
            return;
        }
        case 'union':
            for (const k of s.keys) {
                const m = member(n, k);
                if (m)
                    add(m);
            }
            return;
        case 'wildcard':
            children(n, add);
            return;
        case 'slice': {
            const v = n.value;
            if (!Array.isArray(v))
                return;
            const len = v.length;
            const clamp = (x) => Math.min(len, Math.max(0, x < 0 ? x + len : x));
            const start = clamp(s.start ?? 0);
            const end = clamp(s.end ?? len);
            for (let i = start; i < end; i += s.step)
                add({ value: v[i], key: i, parent: n, depth: n.depth + 1 });
            return;
        }
        case 'filter':
            children(n, (c) => {
                spend(1);
                if (simple_path_truthy(evaluate(s.expr, c, root, spend)))
                    add(c);
            });
    }
}
function simple_path_truthy(v) {
    return Boolean(v);
}
/** A member of a value in a filter: own properties, and the length of arrays and strings. */
function memberValue(v, key) {
    if (typeof v === 'string')
        return key === 'length' ? v.length : undefined;
    if (Array.isArray(v))
        return key === 'length' ? v.length : typeof key === 'number' ? v[key] : /^(?:0|[1-9]\d*)$/.test(key) ? v[Number(key)] : undefined;
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key)))
        return v[String(key)];
    return undefined;
}
const simple_path_isObject = (v) => typeof v === 'object' && v !== null;
function evaluate(e, at, root, spend) {
    spend(1);
    switch (e.kind) {
        case 'literal':
            return e.value;
        case 'property':
            return at.key;
        case 'parentProperty':
            return at.parent?.key;
        case 'value': {
            let v = e.base === 'current' ? at.value : e.base === 'root' ? root.value : at.parent?.value;
            for (const k of e.keys)
                v = memberValue(v, k);
            return v;
        }
        case 'not':
            return !simple_path_truthy(evaluate(e.operand, at, root, spend));
        case 'negate': {
            const v = evaluate(e.operand, at, root, spend);
            return typeof v === 'number' ? -v : undefined;
        }
        case 'binary': {
            if (e.op === '&&')
                return simple_path_truthy(evaluate(e.left, at, root, spend)) && simple_path_truthy(evaluate(e.right, at, root, spend));
            if (e.op === '||')
                return simple_path_truthy(evaluate(e.left, at, root, spend)) || simple_path_truthy(evaluate(e.right, at, root, spend));
            const l = evaluate(e.left, at, root, spend);
            const r = evaluate(e.right, at, root, spend);
            // Objects and arrays compare by identity only: converting them to text would cost their whole size.
            if (simple_path_isObject(l) || simple_path_isObject(r)) {
                if (e.op === '==' || e.op === '===')
                    return l === r;
                if (e.op === '!=' || e.op === '!==')
                    return l !== r;
                return false;
            }
            const a = l;
            const b = r;
            switch (e.op) {
                case '==':
                    return a == b;
                case '!=':
                    return a != b;
                case '===':
                    return a === b;
                case '!==':
                    return a !== b;
                case '<':
                    return a < b;
                case '<=':
                    return a <= b;
                case '>':
                    return a > b;
                case '>=':
                    return a >= b;
            }
        }
    }
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
        // The next line break after lineStart, found once per line: searching again for every offset on a long
        // line (a minified flow is one line) would scan the rest of the file each time.
        let nextBreak = text.indexOf('\n');
        for (const k of order) {
            const o = Math.max(0, Math.min(offsets[k], text.length));
            const a = this.anchorBefore(o);
            // Only an anchor on a later line moves the count; one on the current line adds nothing.
            if (a >= 0 && this.anchorLines[a] > line) {
                line = this.anchorLines[a];
                lineStart = text.lastIndexOf('\n', this.anchorOffsets[a] - 1) + 1;
                nextBreak = text.indexOf('\n', lineStart);
            }
            while (nextBreak !== -1 && nextBreak < o) {
                line++;
                lineStart = nextBreak + 1;
                nextBreak = text.indexOf('\n', lineStart);
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
function read_file_readFlowFile(file, rawText) {
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
    // Terraform `.tpl` templates hold all kinds of text (user data scripts, policies): only JSON ones can be flows.
    if (!jsonLike && /(?<!\.json)\.tpl$/i.test(file))
        return { flows: [], problems: [], notAFlow: 'a .tpl template that is not JSON' };
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
        // A wrapper as the value of Content (`{"Content": {"Content": ...}}`): wrapped twice, read one level down.
        const nested = isObject(content) && !looksLikeFlow(content) ? own(content, 'Content') : undefined;
        if (isObject(content) && typeof nested === 'string')
            return readWrapped(file, text, lines, { ...content, ...pick(holder) }, [...prefix, 'Content', 'Content'], nested, moduleWrapper);
        if (isObject(content) && looksLikeFlow(nested)) {
            const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content', 'Content']);
            const flowType = str(own(holder, 'Type')) ?? str(own(content, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(nested));
            const name = str(own(holder, 'Name')) ?? str(own(content, 'Name')) ?? flowName(nested);
            const identifiers = [...wrapperIdentifiers(holder), ...wrapperIdentifiers(content)];
            return { flows: [{ file, value: nested, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
        }
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
/** The outer wrapper's Name and Type, which win over the inner wrapper's. */
function pick(holder) {
    const out = {};
    for (const k of ['Name', 'Type'])
        if (str(own(holder, k)) !== undefined)
            out[k] = own(holder, k);
    return out;
}
/** describe-contact-flow's Id and Arn (and an Id/Arn some wrappers carry): what other flows call it by. */
function wrapperIdentifiers(holder) {
    return ['Id', 'Arn', 'ContactFlowId', 'ContactFlowArn'].flatMap((k) => {
        const v = str(own(holder, k));
        return v ? [v] : [];
    });
}
/** Wrappers inside wrappers: one more `Content` level is unwrapped (some pipelines wrap an export again); past that, a problem. */
const MAX_CONTENT_LEVELS = 2;
function readWrapped(file, text, lines, holder, contentPath, content, moduleWrapper) {
    const literal = locatePaths(text, [contentPath])[0];
    const label = `"${contentPath.join('.')}"`;
    const outer = {
        name: str(own(holder, 'Name')),
        flowType: str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : undefined),
        identifiers: wrapperIdentifiers(holder),
    };
    return readContentString(file, lines, content, embeddedOffsetMapper(text, literal.start, literal.end), label, outer, 1);
}
/**
 * The flow in a `Content` string whose offsets `toFile` maps to the file. A string that is itself a wrapper
 * (`{"Content": "..."}` or `{"Content": {flow}}`) is unwrapped once more, its offsets mapped through both
 * levels, so a flow wrapped twice is linted, not passed over as "not a flow".
 */
function readContentString(file, lines, content, toFile, label, outer, level) {
    const result = readEmbeddedFlow(file, lines, { content, toFile, label, placeholders: false, name: outer.name, flowType: outer.flowType, identifiers: outer.identifiers });
    switch (result.kind) {
        case 'flow':
            return { flows: [result.flow], problems: [] };
        case 'problem':
        case 'legacy':
            return { flows: [], problems: [result.problem] };
        case 'not-a-flow': {
            const parsed = parseJson(content, false);
            const inner = parsed.ok && isObject(parsed.value) ? parsed.value : undefined;
            const wrapped = inner ? own(inner, 'Content') : undefined;
            if (inner && parsed.ok && (typeof wrapped === 'string' || looksLikeFlow(wrapped))) {
                const innerLabel = `${label.slice(0, -1)}.Content"`;
                if (level >= MAX_CONTENT_LEVELS) {
                    return { flows: [], problems: [{ ruleId: 'parse-error', message: `the flow is wrapped in ${innerLabel} strings more than ${MAX_CONTENT_LEVELS} levels deep, so it was not linted: export it again (aws connect describe-contact-flow, or the designer's export) and commit that`, range: result.range }] };
                }
                const at = locatePaths(parsed.text, [['Content']])[0];
                const inOuter = (xs) => toFile(xs);
                const next = { name: outer.name ?? str(own(inner, 'Name')), flowType: outer.flowType ?? str(own(inner, 'Type')), identifiers: [...outer.identifiers, ...wrapperIdentifiers(inner)] };
                if (typeof wrapped === 'string') {
                    const innerMap = embeddedOffsetMapper(parsed.text, at.start, at.end);
                    return readContentString(file, lines, wrapped, (xs) => inOuter(innerMap(xs)), innerLabel, next, level + 1);
                }
                // `{"Content": {flow}}` inside the string: the flow sits under "Content" in the decoded text.
                const locator = new TextLocator(parsed.text, lines, inOuter, ['Content']);
                const flowType = next.flowType ?? contentFlowType(wrapped);
                return {
                    flows: [{ file, value: wrapped, name: next.name ?? flowName(wrapped), ...(flowType ? { flowType } : {}), ...(next.identifiers.length > 0 ? { identifiers: next.identifiers } : {}), ranges: (r) => locator.ranges(r) }],
                    problems: [],
                };
            }
            return { flows: [], problems: [], notAFlow: `its ${label} string is JSON but not a flow: ${result.reason}` };
        }
    }
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

;// CONCATENATED MODULE: ./src/core/lint.ts







/** Findings about the config rather than the flow (a `given` over its caps), to be reported once per rule. */
const lint_configProblems = new WeakSet();
/**
 * Keeps one finding per rule for problems of the config found while linting (the first file's), with the
 * config's file named as `nameOf` names files. Other findings pass through.
 */
function configProblemsOnce(findings, nameOf = (f) => f) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        if (!lint_configProblems.has(f)) {
            out.push(f);
            continue;
        }
        const key = `${f.ruleId}\0${f.file}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const named = { ...f, file: nameOf(f.file) };
        lint_configProblems.add(named);
        out.push(named);
    }
    return out;
}
/** True for a finding about the config (a cap reached while linting): reported even when the config is not among the changed files. */
function isConfigProblem(f) {
    return lint_configProblems.has(f);
}
/** `k` is the index of the `given` over its cap, or -1 when the rule's patterns went over their budget. */
function overCap(doc, rule, k, exceeded) {
    const origin = k >= 0 ? rule.given[k].at : rule.setIn;
    const why = exceeded === 'matches' ? `matched more than ${MAX_MATCHES.toLocaleString('en-US')} values` : `took more than ${MAX_WORK.toLocaleString('en-US')} steps to evaluate`;
    const message = k >= 0
        ? `the "given" path ${JSON.stringify(rule.given[k].text)} of rule "${rule.id}" ${why} in ${doc.file}, so the rule was not checked there (reported once, for the first file): narrow the path, e.g. $.Actions[*] instead of $..*, and avoid chains of ".." descents`
        : `the regular expressions of rule "${rule.id}" had more text to match in ${doc.file} than a rule may match in one flow (characters times pattern size over ${MAX_PATTERN_WORK.toLocaleString('en-US')}), so the rule was not checked there (reported once, for the first file): narrow its "given" or simplify the pattern`;
    const finding = {
        ruleId: rule.id,
        severity: 'error',
        message,
        file: origin.file,
        range: { start: origin.at, end: origin.at },
    };
    lint_configProblems.add(finding);
    return finding;
}
/** The `field` of a `then` below a target: own members by name, one target even when it is missing (for `defined`, `truthy`). */
function fieldOf(value, keys, path) {
    if (keys === undefined)
        return { value, path };
    let v = value;
    const p = [...path];
    for (const key of keys) {
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
/** The blocks (by Identifier) whose places a result needs; Identifiers not in the flow ('…' of a long path) are left out. */
function placesWanted(flow, result) {
    const known = (id) => flow.byId.has(id);
    return {
        trace: result.evidence && result.evidenceKind !== 'blocks' ? result.evidence.filter(known) : [],
        related: (result.related ?? []).filter((r) => known(r.blockId)),
    };
}
function toFinding(doc, flow, { rule, target, result }, range, places = {}) {
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
        ...(result.evidence && result.evidence.length > 0 ? { evidence: result.evidence, ...(result.evidenceKind === 'blocks' ? { evidenceKind: 'blocks' } : {}) } : {}),
        ...(places.trace && places.trace.length > 0 ? { trace: places.trace } : {}),
        ...(places.related && places.related.length > 0 ? { related: places.related } : {}),
        subject: subjectOf(pathInBlock(path), result.values),
    };
}
/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
function lintFlow(doc, rules, entry) {
    const flow = flow_buildFlow(doc);
    const graph = new routing_graph_RoutingGraph(flow);
    const pending = [];
    const problems = [];
    for (const rule of rules) {
        const before = pending.length;
        try {
            const done = withPatternBudget(MAX_PATTERN_WORK, () => {
                for (let k = 0; k < rule.given.length; k++) {
                    // The steps were parsed when the config was read; evaluated within the caps of json/simple-path.ts.
                    const evaluated = evaluatePath(doc.value, rule.given[k].steps);
                    if (!('hits' in evaluated)) {
                        problems.push(overCap(doc, rule, k, evaluated.exceeded));
                        continue;
                    }
                    for (const target of evaluated.hits) {
                        for (const then of rule.then) {
                            const t = fieldOf(target.value, then.field, target.path);
                            const run = then.fn.run;
                            for (const result of run(t.value, then.options, { flow, graph, path: t.path, document: doc.value, ...(entry ? { entry } : {}) }))
                                pending.push({ rule, target: t, result });
                        }
                    }
                }
            });
            if (!done) {
                pending.length = before;
                problems.push(overCap(doc, rule, -1, 'patterns'));
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
    // Every finding's place is found in one pass over the text, and only when there are findings; so are the
    // places of the blocks of its evidence paths and its related blocks (each block's Identifier), each block
    // once per flow: in a flow with many findings the same blocks recur on path after path, and the findings
    // share one place object per block.
    const wanted = pending.map((p) => placesWanted(flow, p.result));
    const blocks = new Map();
    for (const w of wanted) {
        for (const id of w.trace)
            if (!blocks.has(id))
                blocks.set(id, blocks.size);
        for (const r of w.related)
            if (!blocks.has(r.blockId))
                blocks.set(r.blockId, blocks.size);
    }
    const requests = [
        ...pending.map((p) => ({ path: p.result.path ?? p.target.path, part: p.result.part ?? 'key' })),
        ...[...blocks.keys()].map((id) => ({ path: [...flow.byId.get(id).path, 'Identifier'], part: 'key' })),
    ];
    const ranges = doc.ranges(requests);
    const blockRange = (id) => ranges[pending.length + blocks.get(id)];
    const steps = new Map();
    const step = (blockId) => {
        let s = steps.get(blockId);
        if (!s) {
            const label = blockLabel(flow.byId.get(blockId));
            steps.set(blockId, (s = { blockId, ...(label !== blockId ? { label } : {}), range: blockRange(blockId) }));
        }
        return s;
    };
    const findings = pending.map((p, k) => {
        const w = wanted[k];
        const trace = w.trace.map(step);
        const related = w.related.map((r) => ({ ...r, range: blockRange(r.blockId) }));
        return toFinding(doc, flow, p, ranges[k], { trace, related });
    });
    return { findings: [...findings, ...problems], flow, graph };
}
/** Lints one file's text: finds its flows, lints each, and reports file-level problems. Never throws. */
function lintText(file, text, rules, entries, fileRules) {
    const contents = read_file_readFlowFile(file, text);
    // The reader's own rules (legacy-format, unsupported-content) take the config's severity, or are off.
    const severityOf = (id) => fileRules?.get(id) ?? (id === 'legacy-format' || id === 'unsupported-content' ? 'warn' : 'error');
    const findings = contents.problems.flatMap((p) => {
        const severity = p.ruleId === 'parse-error' ? 'error' : severityOf(p.ruleId);
        return severity === 'off' ? [] : [{ ruleId: p.ruleId, severity, message: p.message, file, range: p.range }];
    });
    const models = contents.flows.map((doc, index) => {
        const { findings: found, flow, graph } = lintFlow(doc, rules, entries?.get(index));
        findings.push(...found);
        return { flow, graph };
    });
    findings.sort(compareFindings);
    return { file, findings, flows: contents.flows.length, models, ...(contents.notAFlow !== undefined ? { notAFlow: contents.notAFlow } : {}) };
}

;// CONCATENATED MODULE: ./src/connect/default-flows.ts
/**
 * The flows every Amazon Connect instance is created with. A flow may transfer to one of them, or set it as
 * an event flow, by name or by the instance's ARN without the repository holding it: it is never missing.
 * Evidence: the administrator guide has one page for each ("Default flows in Amazon Connect"):
 * docs.aws.amazon.com/connect/latest/adminguide/default-<name>.html, e.g. default-customer-queue.html,
 * default-agent-whisper.html, default-customer-hold.html, default-queue-transfer.html.
 */
const DEFAULT_FLOW_NAMES = new Set([
    'Default agent hold',
    'Default agent transfer',
    'Default agent whisper',
    'Default customer hold',
    'Default customer queue',
    'Default customer whisper',
    'Default outbound',
    'Default queue transfer',
].map((n) => n.toLowerCase()));
function isDefaultFlowName(name) {
    return DEFAULT_FLOW_NAMES.has(name.trim().toLowerCase());
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
/**
 * Deploy-time placeholders, as the templatings in use write them: `${…}` (Terraform templatefile,
 * CloudFormation Fn::Sub), `%%…%%` and `%…%` (deploy scripts, the SCV and CDK samples), `{{…}}` and
 * `{{{…}}}` (Mustache/Handlebars, e.g. `{{contactFlows.Main.arn}}`). Bounded bodies: no nesting.
 */
const PLACEHOLDER = /\$\{([^{}]{1,200})\}|%%([^%\s][^%]{0,199})%%|%([A-Za-z_][\w.-]{0,199})%|\{\{\{?\s*([^{}]{1,200}?)\s*\}?\}\}/g;
/** Parts of a placeholder expression that say what kind of thing it is, not which one. */
const NOT_A_NAME = new Set(['arn', 'id', 'name', 'contactflowarn', 'contactflowmodulearn', 'contact_flow_id', 'contact_flow_module_id', 'flow_id', 'value', 'outputs',
    'contactflows', 'contactflow', 'flows', 'flow', 'modules', 'module', 'flowmodules', 'contactflowmodules',
    'aws_connect_contact_flow', 'aws_connect_contact_flow_module', 'var', 'local', 'data', 'each', 'self', 'this', 'path', 'aws']);
/** The flow names an expression can mean: itself, then its dotted parts that are not keywords, last first. */
function candidateNames(expression) {
    const e = expression.trim();
    const names = [e];
    const parts = e.split('.').map((p) => p.trim().replace(/^\[|\]$/g, '').replace(/^["']|["']$/g, ''));
    for (let i = parts.length - 1; i >= 0; i--) {
        const p = parts[i];
        if (p !== '' && !NOT_A_NAME.has(p.toLowerCase()) && !names.includes(p))
            names.push(p);
    }
    return names;
}
/**
 * The placeholder that names the target in a value, or undefined. A whole-value placeholder counts, and so
 * does one that stands for the last part of an ARN (`arn:aws:connect:${region}:…/contact-flow/${main_flow_id}`):
 * the instance and account before it are filled in the same way and say nothing about the flow.
 */
function placeholderIn(value) {
    PLACEHOLDER.lastIndex = 0;
    const all = [...value.matchAll(PLACEHOLDER)];
    if (all.length === 0)
        return undefined;
    const last = all[all.length - 1];
    const whole = all.length === 1 && last.index === 0 && last[0].length === value.length;
    const endsArn = value.startsWith('arn:') && last.index + last[0].length === value.length && value.lastIndexOf('/') < last.index;
    if (!whole && !endsArn)
        return undefined;
    return (last[1] ?? last[2] ?? last[3] ?? last[4]).trim();
}
function referenceShape(value) {
    // A contact attribute chosen at run time: nothing to check before deploy.
    if (/^\$\.[A-Za-z]/.test(value))
        return { kind: 'dynamic' };
    const expression = placeholderIn(value);
    if (expression !== undefined) {
        const cfn = /^([A-Za-z0-9]+)\.(?:Arn|ContactFlowArn|ContactFlowModuleArn|Id)$/.exec(expression);
        if (cfn && value.startsWith('${'))
            return { kind: 'template', expression, names: [cfn[1]], cloudFormation: true };
        return { kind: 'template', expression, names: candidateNames(expression), cloudFormation: false };
    }
    const id = idOf(value);
    if (id)
        return { kind: 'id', id };
    return { kind: 'name', name: value };
}

;// CONCATENATED MODULE: ./src/core/repo/link.ts






/**
 * What a module starts with, whatever its caller loaded: modules do not share the invoking flow's local
 * data (External, Lex, Customer Profiles attributes, stored customer input: administrator guide, "Flow
 * modules", Limitations). A TransferToFlow hands the contact on with its profile; an InvokeFlowModule
 * does not.
 */
const MODULE_ENTRY = { loaded: false, fields: [], fromEntry: false };
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
function link_summarizeFlow(flow, graph, index, loadedAtEntryByDefault) {
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
        // Blocks share states: each distinct state's fields are worked out once, however many references it reaches.
        const seen = new Map();
        const at = (state) => {
            let t = seen.get(state);
            if (!t)
                seen.set(state, (t = fieldsOf(state, flow)));
            return t;
        };
        references = refs.map((r, k) => ({
            kind: r.kind,
            blockId: r.block.id,
            block: blockLabel(r.block),
            value: r.value,
            ...(r.nameHint !== undefined ? { nameHint: r.nameHint } : {}),
            ...(r.hook !== undefined ? { hook: r.hook } : {}),
            range: ranges[k],
            local: at(local[r.block.index]),
            withEntry: at(withEntry[r.block.index]),
            ...(r.kind === 'flow' && queueUnsetAt(graph, r.block.index) ? { queueUnset: true } : {}),
        }));
    }
    return { file: doc.file, index, ...(doc.name !== undefined ? { name: doc.name } : {}), ...(doc.substitutions ? { substitutions: doc.substitutions } : {}), ids, ...(flow.flowType !== undefined ? { flowType: flow.flowType } : {}), references, loadedAtEntryByDefault, ...(isInboundFlow(flow) ? { inbound: true } : {}) };
}
function flowTitle(s) {
    return s.name !== undefined ? `${s.name} (${s.file})` : s.file;
}
const NO_BINDINGS = { flows: new Map(), variables: new Map() };
/** `aws_connect_contact_flow.main.arn` → `aws_connect_contact_flow.main`; undefined for other expressions. */
function resourceAddress(expression) {
    const m = /^(aws_connect_contact_flow(?:_module)?\.[A-Za-z_][\w-]*)(?:\.(?:arn|id|contact_flow_id|contact_flow_module_id))?$/.exec(expression.trim());
    return m ? m[1] : undefined;
}
function link_linkRepository(summaries, aliases = new Map(), bindings = NO_BINDINGS) {
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
    const stems = summaries.map((s) => s.file.slice(s.file.lastIndexOf('/') + 1).replace(/(\.json|\.tftpl|\.tpl|\.ya?ml|\.template)+$/i, ''));
    const declared = (key) => {
        const b = bindings.flows.get(key);
        return b ? byFile(b.file) : undefined;
    };
    const named = (name, fromFile) => {
        const candidates = byName.get(name) ?? [];
        // A template's logical ids are names within that template first.
        const found = candidates.find((c) => summaries[c].file === fromFile) ?? (candidates.length === 1 ? candidates[0] : undefined);
        if (found !== undefined)
            return found;
        const byStem = stems.flatMap((stem, i) => (stem === name || stem.endsWith(`.${name}`) ? [i] : []));
        if (byStem.length === 1)
            return byStem[0];
        return declared(name);
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
                const logical = s.substitutions?.get(shape.names[0]);
                if (logical !== undefined) {
                    const t = named(logical, s.file);
                    return t !== undefined ? { status: 'resolved', target: t, via: 'template' } : { status: 'unresolved', why: `no flow resource "${logical}" (named by the Fn::Sub variable ${shape.names[0]}) in this template` };
                }
                // A templatefile() variable: what the .tf passes for it says which flow it is.
                const passed = bindings.variables.get(s.file)?.get(shape.expression);
                const address = resourceAddress(passed ?? shape.expression);
                if (address !== undefined) {
                    const t = declared(address);
                    if (t !== undefined)
                        return { status: 'resolved', target: t, via: 'template' };
                    return { status: 'placeholder', name: address };
                }
                const literal = passed !== undefined ? /^"([^"\\$]*)"$/.exec(passed.trim())?.[1] : undefined;
                if (literal)
                    return resolve(s, literal, nameHint);
                for (const name of shape.names) {
                    const t = named(name, s.file);
                    if (t !== undefined)
                        return { status: 'resolved', target: t, via: 'template' };
                }
                if (shape.cloudFormation)
                    return { status: 'unresolved', why: `no flow resource "${shape.names[0]}" in this template` };
                // Filled in at deploy time with something outside the repository: not a missing flow.
                return { status: 'placeholder', name: shape.expression };
            }
            case 'id': {
                const t = byId.get(shape.id);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'id' };
                const n = nameHint !== undefined ? named(nameHint, s.file) : undefined;
                if (n !== undefined)
                    return { status: 'resolved', target: n, via: 'name' };
                if (nameHint !== undefined && isDefaultFlowName(nameHint))
                    return { status: 'builtin', name: nameHint };
                return { status: 'unresolved', why: `no flow in the repository has its id${nameHint ? ' or name' : ''}` };
            }
            case 'name': {
                const t = named(shape.name, s.file);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'name' };
                if (isDefaultFlowName(shape.name))
                    return { status: 'builtin', name: shape.name };
                return { status: 'unresolved', why: `no flow in the repository is named "${shape.name}"` };
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
            const module = ref.kind === 'module';
            const e = entryOf(from);
            // A module's start does not depend on its caller's: it is known as soon as the call is.
            if (!e && !module)
                continue;
            known = true;
            const at = module ? MODULE_ENTRY : e.loaded ? ref.withEntry : ref.local;
            const f = at.loaded ? (at.fromEntry ? intersect(at.fields, e.fields) : at.fields) : [];
            // The working queue: unset at the call only when the caller is entered from a phone number (nobody
            // calls it) and some path to its TransferToFlow sets none. Anything else may have set one.
            const queueUnset = ref.queueUnset === true && summaries[from].inbound === true && !callers.has(from);
            seen.push({ flow: flowTitle(summaries[from]), blockId: ref.blockId, block: ref.block, loaded: at.loaded, fields: f, ...(module ? { module } : {}), ...(queueUnset ? { queueUnset } : {}) });
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

;// CONCATENATED MODULE: ./src/core/project.ts




/**
 * The option of profile-lookup-before-use that says a flow nobody in the run calls is entered with the
 * customer profile loaded: the start state of each flow's summary, so the callers' hand-over agrees with
 * what the rule assumes.
 */
const PROFILE_AT_ENTRY = { ruleId: 'profile-lookup-before-use', option: 'profileLoadedAtEntry' };
function lintProject(sources, options = {}) {
    const perFlow = new Map();
    const reports = new Map();
    const summaries = [];
    const byName = new Map();
    const keep = (s) => s.reported && options.keepModels?.(s.name) === true;
    for (const source of sources) {
        byName.set(source.name, source);
        const one = lintSource(source, keep(source));
        perFlow.set(source.name, one.findings);
        if (one.report)
            reports.set(source.name, one.report);
        for (const s of one.summaries)
            summaries.push(s);
    }
    const links = link_linkRepository(summaries, options.aliases, options.bindings);
    const perProject = projectFindings(summaries, links, (s) => byName.get(s.file)?.rules ?? []);
    // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
    const entriesByFile = new Map();
    for (const [i, entry] of links.entries) {
        const s = summaries[i];
        const m = entriesByFile.get(s.file) ?? new Map();
        m.set(s.index, entry);
        entriesByFile.set(s.file, m);
    }
    for (const [name, entries] of entriesByFile) {
        const source = byName.get(name);
        if (!source.reported)
            continue;
        const one = lintSource(source, keep(source), entries);
        if (!one.report)
            continue;
        perFlow.set(name, one.findings);
        reports.set(name, one.report);
    }
    const kept = sources.filter((s) => s.reported).map((s) => s.name);
    const findings = configProblemsOnce(kept.flatMap((name) => [...perFlow.get(name), ...(perProject.get(name) ?? [])]), options.nameOf).sort(compareFindings);
    const all = kept.flatMap((name) => reports.get(name) ?? []);
    return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}
/**
 * Reads and lints one file. A function of its own so that nothing of the file (its text, parsed value,
 * models) stays reachable from the loop's frame once it returns.
 */
function lintSource(source, keepModels, entries) {
    const read = source.read();
    const fileRules = fileRuleSeverities(source.rules);
    if (!('text' in read))
        return { findings: read.findings.flatMap((f) => withFileRuleSeverity(f, fileRules)), summaries: [] };
    // A file read only for linking runs no rule: its summary is all the repository pass needs of it.
    const report = lintText(source.name, read.text, source.reported ? source.rules : [], entries, fileRules);
    const summaries = [];
    if (!entries) {
        const loadedByDefault = source.rules.find((r) => r.id === PROFILE_AT_ENTRY.ruleId)?.then[0]?.options[PROFILE_AT_ENTRY.option] === true;
        report.models.forEach((m, i) => summaries.push(link_summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
    }
    return { findings: report.findings, report: keepModels ? report : { ...report, models: [] }, summaries };
}
/**
 * The findings of the rules with a repository-level check (reference-exists), by file. Each such rule runs
 * once over every summary; a flow's file decides whether the rule is on for it, its severity and options.
 */
function projectFindings(summaries, links, rulesOf) {
    const out = new Map();
    const ruleSets = summaries.map(rulesOf);
    const ids = new Set();
    for (const rules of new Set(ruleSets))
        for (const r of rules)
            if (r.then.some((t) => t.fn.checkProject))
                ids.add(r.id);
    for (const id of ids) {
        const activeIn = ruleSets.map((rules) => rules.find((r) => r.id === id));
        const check = activeIn.find((r) => r !== undefined).then.find((t) => t.fn.checkProject);
        const results = check.fn.checkProject({
            summaries,
            links,
            optionsFor: (i) => activeIn[i]?.then.find((t) => t.fn === check.fn)?.options,
        });
        for (const r of results) {
            const s = summaries[r.summary];
            const rule = activeIn[r.summary];
            if (!rule)
                continue;
            const list = out.get(s.file) ?? [];
            list.push({
                ruleId: rule.id,
                // A result may ask for less than the rule's severity, never more.
                severity: r.severity !== undefined && SEVERITY_RANK[r.severity] < SEVERITY_RANK[rule.severity] ? r.severity : rule.severity,
                message: r.message,
                file: s.file,
                range: r.range,
                ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
                ...(s.name !== undefined ? { flowName: s.name } : {}),
                ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
                ...(r.subject !== undefined ? { subject: r.subject } : {}),
            });
            out.set(s.file, list);
        }
    }
    return out;
}
/** The severity of each reader rule (FILE_RULES) for a file: every config has them, so one not active is off. */
function fileRuleSeverities(rules) {
    return new Map([...FILE_RULE_IDS].map((id) => [id, rules.find((r) => r.id === id)?.severity ?? 'off']));
}
/** A finding of a reader rule (file-too-large) with the config's severity, or none when the rule is off; parse-error as it is. */
function withFileRuleSeverity(f, fileRules) {
    const severity = fileRules.get(f.ruleId);
    if (severity === undefined)
        return [f];
    return severity === 'off' ? [] : [{ ...f, severity }];
}

;// CONCATENATED MODULE: ./src/core/source/terraform.ts
/**
 * What a Terraform configuration says about the flow files beside it: each `aws_connect_contact_flow` and
 * `aws_connect_contact_flow_module` resource names a flow (`name`), its file (`filename`, `file(…)`,
 * `templatefile(…)`), and what each templatefile() variable is filled with (`queue_flow_arn =
 * aws_connect_contact_flow.queue.arn`). That is how a repository's flows name each other at deploy time, so
 * the call graph can follow them. Pure and linear: a small scanner over the text, not an HCL parser; what it
 * cannot read (for_each, computed paths) it leaves out rather than guesses.
 */
const FLOW_RESOURCES = /\bresource\s+"(aws_connect_contact_flow(?:_module)?)"\s+"([A-Za-z_][\w-]*)"\s*\{/g;
/** Index just past the `}` that closes the block whose body starts at `from` (strings, heredocs, comments skipped); -1 if none. */
function blockEnd(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            i = stringEnd(text, i);
        else if (c === '#' || (c === '/' && text[i + 1] === '/'))
            i = lineEnd(text, i);
        else if (c === '/' && text[i + 1] === '*') {
            const e = text.indexOf('*/', i + 2);
            i = e < 0 ? text.length : e + 1;
        }
        else if (c === '<' && text[i + 1] === '<')
            i = heredocEnd(text, i);
        else if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return i + 1;
    }
    return -1;
}
function lineEnd(text, i) {
    const e = text.indexOf('\n', i);
    return e < 0 ? text.length : e;
}
/** Index of the closing quote of the string opening at `i` (interpolations may hold quotes of their own). */
function stringEnd(text, i) {
    let depth = 0;
    for (let k = i + 1; k < text.length; k++) {
        const c = text[k];
        if (c === '\\')
            k++;
        else if (c === '$' && text[k + 1] === '{') {
            depth++;
            k++;
        }
        else if (c === '}' && depth > 0)
            depth--;
        else if (c === '"' && depth === 0)
            return k;
        else if (c === '\n' && depth === 0)
            return k;
    }
    return text.length;
}
/** Index of the last character of a heredoc (`<<EOF` … `EOF`, `<<-EOF`) opening at `i`. */
function heredocEnd(text, i) {
    const m = /^<<-?([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
    if (!m)
        return i + 1;
    const close = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'm');
    const rest = text.slice(i + m[0].length);
    const found = close.exec(rest);
    return found ? i + m[0].length + found.index + found[0].length - 1 : text.length;
}
/** The top-level `key = value` attributes of a block body, values as raw text. */
function attributes(body) {
    const out = new Map();
    let i = 0;
    while (i < body.length) {
        const m = /^[ \t\r\n]*([A-Za-z_][\w-]*)[ \t]*=(?!=)[ \t]*/.exec(body.slice(i, i + 300));
        if (!m) {
            // Not an attribute (a nested block, a comment): skip that line, and a nested block whole.
            const brace = body.indexOf('{', i);
            const nl = body.indexOf('\n', i);
            if (brace >= 0 && (nl < 0 || brace < nl)) {
                const end = blockEnd(body, brace + 1);
                i = end < 0 ? body.length : end;
            }
            else
                i = nl < 0 ? body.length : nl + 1;
            continue;
        }
        const start = i + m[0].length;
        const end = valueEnd(body, start);
        out.set(m[1], body.slice(start, end).trim());
        i = end + 1;
    }
    return out;
}
/** End of an expression starting at `i`: the end of its line, past any brackets, strings and heredocs it opens. */
function valueEnd(text, i) {
    let depth = 0;
    for (let k = i; k < text.length; k++) {
        const c = text[k];
        if (c === '"')
            k = stringEnd(text, k);
        else if (c === '<' && text[k + 1] === '<')
            k = heredocEnd(text, k);
        else if (c === '(' || c === '{' || c === '[')
            depth++;
        else if (c === ')' || c === '}' || c === ']')
            depth--;
        else if ((c === '\n' || (c === ',' && depth === 0)) && depth <= 0)
            return k;
        else if (c === '#' && depth <= 0)
            return k;
    }
    return text.length;
}
/** A plain string literal's value (no interpolation but the folder ones), or undefined. */
function literal(value, folderVars) {
    if (!value)
        return undefined;
    const m = /^"((?:[^"\\$]|\\.|\$(?!\{))*(?:\$\{path\.(?:module|root|cwd)\}(?:[^"\\$]|\\.|\$(?!\{))*)*)"$/.exec(value);
    if (!m)
        return undefined;
    const s = m[1].replace(/\\(.)/g, '$1');
    if (!folderVars && s.includes('${'))
        return undefined;
    return s.replace(/^\$\{path\.(?:module|root|cwd)\}\/?/, '').replace(/^\.\//, '');
}
/** The file a `content`/`filename` expression reads, and the variables a templatefile() call passes. */
function fileOf(attrs) {
    const variables = new Map();
    const filename = literal(attrs.get('filename'), true);
    if (filename)
        return { file: filename, variables };
    const content = attrs.get('content');
    if (!content)
        return { variables };
    const call = /^(templatefile|file)\(\s*/.exec(content);
    if (!call)
        return { variables };
    const argStart = call[0].length;
    const argEnd = valueEnd(content, argStart);
    const file = literal(content.slice(argStart, argEnd).trim(), true);
    if (call[1] === 'templatefile') {
        const rest = content.slice(argEnd + 1).trim();
        if (rest.startsWith('{')) {
            const end = blockEnd(rest, 1);
            for (const [k, v] of attributes(rest.slice(1, end < 0 ? rest.length : end - 1)))
                variables.set(k, v);
        }
    }
    return { ...(file ? { file } : {}), variables };
}
function terraformFlows(text) {
    const flows = [];
    FLOW_RESOURCES.lastIndex = 0;
    for (let m = FLOW_RESOURCES.exec(text); m; m = FLOW_RESOURCES.exec(text)) {
        const bodyStart = m.index + m[0].length;
        const end = blockEnd(text, bodyStart);
        if (end < 0)
            break;
        const attrs = attributes(text.slice(bodyStart, end - 1));
        const name = literal(attrs.get('name'), false);
        const { file, variables } = fileOf(attrs);
        let line = 1;
        for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        flows.push({ address: `${m[1]}.${m[2]}`, ...(name !== undefined ? { name } : {}), ...(file !== undefined ? { file } : {}), variables, line });
        FLOW_RESOURCES.lastIndex = end;
    }
    return flows;
}

;// CONCATENATED MODULE: ./src/node/terraform-bindings.ts



/** A .tf file larger than this is not a flow resource file: it is left out. */
const MAX_TF_BYTES = 2 * 1024 * 1024;
/**
 * The Terraform resources that deploy the flows: the .tf files in each flow file's folder and the folders
 * above it, up to `root` (Terraform's `${path.module}/flows/x.json` sits below its module). Read for linking
 * only; a .tf file that cannot be read is left out (it is not a flow: nothing of it is linted).
 */
function terraformBindings(flowFiles, root, nameOf) {
    const flows = new Map();
    const variables = new Map();
    const known = new Set(flowFiles.map((f) => (0,external_node_path_.resolve)(f)));
    const top = (0,external_node_path_.resolve)(root);
    const folders = new Set();
    for (const f of flowFiles) {
        for (let d = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(f));; d = (0,external_node_path_.dirname)(d)) {
            if (folders.has(d))
                break;
            folders.add(d);
            const r = (0,external_node_path_.relative)(top, d);
            if (r.startsWith('..') || d === (0,external_node_path_.dirname)(d) || r === '')
                break;
        }
    }
    for (const dir of folders) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (!e.isFile() || !e.name.endsWith('.tf'))
                continue;
            const tf = (0,external_node_path_.join)(dir, e.name);
            let text;
            try {
                if ((0,external_node_fs_.lstatSync)(tf).size > MAX_TF_BYTES)
                    continue;
                text = (0,external_node_fs_.readFileSync)(tf, 'utf8');
            }
            catch {
                continue;
            }
            for (const r of terraformFlows(text)) {
                if (r.file === undefined)
                    continue;
                const abs = (0,external_node_path_.resolve)(dir, r.file.split('/').join(external_node_path_.sep));
                if (!known.has(abs))
                    continue;
                const file = nameOf(abs);
                flows.set(r.address, { file });
                if (r.name !== undefined && !flows.has(r.name))
                    flows.set(r.name, { file });
                if (r.variables.size > 0)
                    variables.set(file, new Map(r.variables));
            }
        }
    }
    return { flows, variables };
}

;// CONCATENATED MODULE: ./src/node/lint-files.ts







/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A path as findings name it: relative to the working directory, with forward slashes. */
function relativeName(cwd, file) {
    if (file.startsWith(BUILTIN_PREFIX))
        return file;
    const r = (0,external_node_path_.relative)(cwd, file);
    return (r.startsWith('..') ? file : r).split(external_node_path_.sep).join('/');
}
/**
 * Lints files as a repository (core/project.ts does the run; this side reads the files and the config's
 * bindings): references between flows are resolved, `reference-exists` reports those that lead nowhere, and
 * flows that other flows call are linted again with the customer profile their callers hand over. A file that
 * cannot be read or is over the size limit becomes a finding, and the run goes on.
 */
function lintFiles(files, config, cwd, options = {}) {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    // Flows are read only from inside the repository (or a place the user named outside it), never through a link.
    const root = options.root ?? cwd;
    const memo = new Map();
    const unique = new Set(files);
    const named = [...unique];
    const contextOnly = [...new Set(options.context ?? [])].filter((f) => !unique.has(f));
    const all = [...named, ...contextOnly];
    const sources = all.map((abs, k) => {
        const name = relativeName(cwd, abs);
        const given = options.sources?.get(abs);
        return {
            name,
            reported: k < named.length,
            rules: rulesFor(config, abs.split(external_node_path_.sep).join('/'), memo),
            read: () => {
                const problems = [];
                const text = given ? givenFlowText(given, name, maxBytes, problems) : readFlowText(abs, name, root, maxBytes, problems, fileSize(abs));
                return text === undefined ? { findings: problems } : { text };
            },
        };
    });
    const keep = options.keepReports;
    const aliases = new Map([...config.flows].map(([k, v]) => [k, { ...v, file: relativeName(cwd, v.file) }]));
    return lintProject(sources, {
        aliases,
        bindings: terraformBindings(all, cwd, (abs) => relativeName(cwd, abs)),
        keepModels: (name) => (typeof keep === 'function' ? keep(name) : keep === true),
        nameOf: (file) => relativeName(cwd, file),
    });
}
/** The file's size, or undefined when it cannot be read (readFlowText then reports why). A link's own size: its target is never looked at. */
function fileSize(abs) {
    try {
        return (0,external_node_fs_.lstatSync)(abs).size;
    }
    catch {
        return undefined;
    }
}
/**
 * The file's text. Only a regular file is read (a FIFO or a device named on the command line is reported,
 * never waited on), never through a symbolic link, and only inside the repository unless the user named a
 * place outside it; the size is checked on the opened descriptor. `knownSize` (from the caller's stat)
 * decides the "too large" finding early; the descriptor's own size is checked again.
 */
function readFlowText(abs, name, root, maxBytes, findings, knownSize) {
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const tooLarge = (size) => {
        findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${size} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
        return undefined;
    };
    if (knownSize !== undefined && knownSize > maxBytes)
        return tooLarge(knownSize);
    let bytes;
    let opened;
    try {
        opened = openTrustedFile(abs, { root, maxBytes: Number.MAX_SAFE_INTEGER, what: 'the flow file', display: name, namedByUser: true, noLinks: true });
    }
    catch (e) {
        const message = e instanceof UnsafeFileError ? `${e.message.slice(name.length + 2)}` : `cannot read the file: ${e.code ?? e.message}`;
        findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: e instanceof UnsafeFileError && e.reason === 'missing' ? 'cannot read the file: ENOENT' : message });
        return undefined;
    }
    try {
        if (opened.size > maxBytes)
            return tooLarge(opened.size);
        // Most flows are UTF-8: Node decodes those while reading, with no Buffer in between. A replacement
        // character (bytes that are not UTF-8, a UTF-16 byte-order mark) or a NUL (UTF-16 without a mark) sends
        // the file to the byte-level checks below, which name the encoding or the bad byte.
        const text = (0,external_node_fs_.readFileSync)(opened.fd, 'utf8');
        if (!text.includes('\uFFFD') && !text.includes('\u0000'))
            return text;
        bytes = readOpened(opened.fd, opened.size, name, 'the flow file');
    }
    catch (e) {
        findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: e instanceof UnsafeFileError ? e.message.slice(name.length + 2) : `cannot read the file: ${e.code ?? e.message}` });
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(opened.fd);
    }
    const decoded = decodeFlowBytes(bytes);
    if (typeof decoded === 'string')
        return decoded;
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: { start: decoded.at, end: decoded.at }, message: decoded.message });
    return undefined;
}
/** The text of a file whose bytes were given (another revision), with the same limits and decoding as a read one. */
function givenFlowText(bytes, name, maxBytes, findings) {
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    if (bytes.length > maxBytes) {
        findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
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
    const routeKey = (r) => `${r.from}\u0000${r.kind}\u0000${r.branch}\u0000${r.to}`;
    const changedRoute = new Set([...addedRoutes, ...retargetedRoutes].map(routeKey));
    const brokenRoutes = [];
    for (const h of head.actions) {
        if (head.byId.get(h.id) !== h)
            continue;
        for (const r of routesOf(h).values()) {
            if (head.byId.has(r.to))
                continue;
            if (base.byId.has(r.to))
                brokenRoutes.push({ ...r, target: 'removed' });
            else if (changedRoute.has(routeKey(r)))
                brokenRoutes.push({ ...r, target: 'missing' });
        }
    }
    const entry = base.startAction !== head.startAction ? { was: base.startAction, now: head.startAction } : undefined;
    return { addedBlocks, removedBlocks, changedBlocks, addedRoutes, removedRoutes, retargetedRoutes, brokenRoutes, ...(entry ? { entry } : {}) };
}
function isEmptyDiff(d) {
    return (d.addedBlocks.length + d.removedBlocks.length + d.changedBlocks.length + d.addedRoutes.length + d.removedRoutes.length + d.retargetedRoutes.length === 0 &&
        d.entry === undefined);
}

;// CONCATENATED MODULE: ./src/connect/designer-names.ts
/**
 * The flow designer's name of the block that exports as each flow-language action type (admin guide, "Flow
 * block definitions"), so a diagram reads as the designer does: "Play prompt", not MessageParticipant. Where
 * one designer block exports as several types (Customer profiles, Cases) each gets that block's name; where
 * a type is exported by a block whose name depends on its settings, or we have not checked which block it is,
 * it is not listed and the type itself is shown. (LEGACY_ACTION_TYPES in actions.ts maps the other way: a
 * designer name written as a type, to the type it should have been.)
 */
const DESIGNER_NAMES = Object.freeze(Object.assign(Object.create(null), {
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
}));
/** The designer's name for a block type, or the type itself when the table does not know it. */
function designerName(type) {
    return Object.hasOwn(DESIGNER_NAMES, type) ? DESIGNER_NAMES[type] : type;
}

;// CONCATENATED MODULE: ./src/core/graph/focus.ts
/**
 * Which blocks a diagram of a large flow keeps, and how it folds the rest (issue 15): a drawing of every
 * block of a 100-block flow shrinks to a strip with no legible text at the width of a job summary, so a large
 * flow is shown around what matters — the blocks a change touched and the blocks with findings, each with its
 * neighbours — and every run of blocks left out becomes one "… N blocks" node where it sits. Pure: block
 * indexes in, block indexes out.
 */
/**
 * The view of a flow of `size` blocks whose routes are `edges` (from → to, block indexes). Keeps the entry,
 * then each focus block with up to maxNeighbours neighbours (successors first), while kept blocks plus folds
 * fit maxNodes; with no focus, the blocks nearest the entry. The blocks left out are grouped into connected
 * runs (routes between left-out blocks, either way), so a straight chain becomes one node and a whole
 * untouched sub-menu another. Runs touching no kept block are one fold together.
 */
function focusView(size, edges, options) {
    const succ = Array.from({ length: size }, () => []);
    const pred = Array.from({ length: size }, () => []);
    for (const e of edges) {
        if (e.from === e.to)
            continue;
        succ[e.from].push(e.to);
        pred[e.to].push(e.from);
    }
    const maxNodes = Math.max(1, Math.floor(options.maxNodes));
    // Candidates in the order they are kept: entry, then each focus block followed by its neighbours.
    const order = [];
    const listed = new Uint8Array(size);
    const push = (b) => {
        if (b >= 0 && b < size && !listed[b]) {
            listed[b] = 1;
            order.push(b);
        }
    };
    push(options.entry);
    const focus = options.focus.filter((b) => b >= 0 && b < size);
    for (const f of focus)
        push(f);
    const firstNeighbour = order.length;
    for (const f of focus) {
        let n = 0;
        for (const b of [...succ[f], ...pred[f]]) {
            if (n >= options.maxNeighbours)
                break;
            if (!listed[b])
                n++;
            push(b);
        }
    }
    if (focus.length === 0) {
        // Nothing singled out: the start of the flow, breadth first.
        for (let head = 0; head < order.length && order.length < maxNodes; head++)
            for (const b of succ[order[head]])
                push(b);
    }
    // Keep as many candidates as fit with the folds they leave: focus blocks first (one pass each), then
    // neighbours; folds are counted for real, so shrink until the picture fits.
    let take = Math.min(order.length, maxNodes);
    for (;;) {
        const view = focus_build(size, succ, pred, order.slice(0, take));
        if (view.kept.length + view.folds.length <= maxNodes || take <= 1) {
            const keptSet = new Uint8Array(size);
            for (const b of view.kept)
                keptSet[b] = 1;
            const focusLeftOut = new Set(focus.filter((b) => !keptSet[b])).size;
            return { ...view, focusLeftOut };
        }
        // Drop neighbours before focus blocks, but never below the focus blocks that fit on their own.
        take = take > firstNeighbour ? take - 1 : Math.max(1, take - 1);
    }
}
function focus_build(size, succ, pred, kept) {
    const foldOf = new Int32Array(size).fill(-2); // -2 = not yet placed
    for (const b of kept)
        foldOf[b] = -1;
    const folds = [];
    const loose = []; // runs that touch no kept block: one fold together
    for (let s = 0; s < size; s++) {
        if (foldOf[s] !== -2)
            continue;
        const run = [];
        let touches = false;
        const stack = [s];
        foldOf[s] = -3;
        while (stack.length > 0) {
            const b = stack.pop();
            run.push(b);
            for (const list of [succ[b], pred[b]]) {
                for (const o of list) {
                    if (foldOf[o] === -1)
                        touches = true;
                    else if (foldOf[o] === -2) {
                        foldOf[o] = -3;
                        stack.push(o);
                    }
                }
            }
        }
        if (touches)
            folds.push(run);
        else
            loose.push(...run);
    }
    if (loose.length > 0)
        folds.push(loose);
    for (const run of folds)
        run.sort((a, b) => a - b);
    folds.sort((a, b) => a[0] - b[0]);
    folds.forEach((run, i) => {
        for (const b of run)
            foldOf[b] = i;
    });
    return { kept: [...kept].sort((a, b) => a - b), folds, foldOf };
}

;// CONCATENATED MODULE: ./src/reporters/mermaid.ts





const DEFAULT_MERMAID_LIMITS = { maxNodes: 120, maxEdges: 200, maxTextSize: 40_000 };
/**
 * Measured in Chromium at the job summary's 1000 px (test/render.test.ts): a whole drawing of the corpus's
 * 93-block flow renders its text at 1.7 px, of a 150-block one at 0.7 px. A focused picture starts at 20
 * nodes and loses nodes until its estimated layout width fits (layoutWidth): 11-15 px in those tests.
 */
const DEFAULT_WHOLE_UP_TO = 30;
const DEFAULT_FOCUS_NODES = 20;
const DEFAULT_FOCUS_NEIGHBOURS = 2;
/** Edge labels of a focused picture are shorter: dagre lays each out as wide as a node. */
const MAX_FOCUS_EDGE_LABEL = 24;
/** A block as a diagram labels it: the designer's name for its type and what it is about ("Play prompt: Welcome"). */
function diagramLabel(action) {
    const detail = blockDetail(action);
    const name = action.type ? designerName(action.type) : action.id;
    return detail ? `${name}: ${detail}` : name;
}
/** Longest block label and edge label, in characters before escaping. */
const MAX_LABEL = 60;
const MAX_EDGE_LABEL = 60;
const SEVERITY_CLASS = { error: 'sevError', warn: 'sevWarn', info: 'sevInfo' };
const CLASS_DEFS = {
    sevError: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328',
    sevWarn: 'fill:#fff8c5,stroke:#bf8700,stroke-width:3px,color:#1f2328',
    sevInfo: 'fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#1f2328',
    changed: 'fill:#fbefff,stroke:#8250df,stroke-width:2px,color:#1f2328',
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
 * start a statement (click, style, %%{init}%% directives), or reach the SVG as markup. Controls and bidi
 * characters are written out first (`\u202e`), since an entity code would bring them back once decoded.
 */
function escapeLabel(text) {
    let out = '';
    // Line breaks and tabs read as spaces in a one-line label; the other controls are written out.
    for (const ch of visible(text.replace(/[\r\n\t]/g, ' '))) {
        const code = ch.codePointAt(0);
        if (ch === '"')
            out += '#quot;';
        else if (SAFE.test(ch))
            out += ch;
        else
            out += `#${code};`;
    }
    return out;
}
/** Text on one line, cut to `max` characters (whole characters, not UTF-16 halves) with an ellipsis. */
function mermaid_clip(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const chars = [...flat];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
function pairLabel(labels, hasNext) {
    if (labels.length === 0)
        return '';
    return mermaid_clip([...labels, ...(hasNext ? ['next'] : [])].join(', '), MAX_EDGE_LABEL);
}
/**
 * The widest layer of the picture in px, roughly as Mermaid's dagre layout will draw it: a longest-path
 * layering after dropping the routes back (loops), each node as wide as its label wrapped at 200 px, each
 * edge label as wide as its text in the layer below its source. At 16 px text and 1000 px width, a drawing
 * up to 1,600 px wide keeps its text at 10 px or more; the budget leaves room for dagre's own choices.
 */
const MAX_LAYOUT_WIDTH = 1_300;
function layoutWidth(labelChars, edges, root) {
    const n = labelChars.length;
    const out = Array.from({ length: n }, () => []);
    for (const e of edges)
        if (e.from !== e.to)
            out[e.from].push(e.to);
    // Depth-first from the root, then from every node not yet seen: an edge to a node still on the stack is a loop back.
    const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
    const forward = Array.from({ length: n }, () => []);
    const order = [];
    for (const s of [root, ...Array.from({ length: n }, (_, i) => i)]) {
        if (s < 0 || s >= n || state[s])
            continue;
        const stack = [[s, 0]];
        state[s] = 1;
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const [u, i] = top;
            if (i < out[u].length) {
                top[1]++;
                const v = out[u][i];
                if (state[v] === 0) {
                    forward[u].push(v);
                    state[v] = 1;
                    stack.push([v, 0]);
                }
                else if (state[v] === 2)
                    forward[u].push(v);
            }
            else {
                state[u] = 2;
                order.push(u);
                stack.pop();
            }
        }
    }
    const layer = new Int32Array(n);
    for (let k = order.length - 1; k >= 0; k--) {
        const u = order[k];
        for (const v of forward[u])
            layer[v] = Math.max(layer[v], layer[u] + 1);
    }
    const width = new Map();
    const add = (l, px) => void width.set(l, (width.get(l) ?? 0) + px);
    const px = (chars) => Math.min(200, chars * 8) + 80; // label, padding, node spacing
    for (let u = 0; u < n; u++)
        add(layer[u], px(labelChars[u]));
    for (const e of edges)
        if (e.label !== '')
            add(Math.min(layer[e.from], layer[e.to]) + 0.5, px([...e.label].length) - 30);
    return Math.max(0, ...width.values());
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
const LINK_STYLE = {
    covered: 'stroke:#1a7f37,stroke-width:3px',
    partial: 'stroke:#bf8700,stroke-width:2px',
    uncovered: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
};
function flowchart(flow, graph, findings, options = {}) {
    const lim = {
        maxNodes: options.maxNodes ?? DEFAULT_MERMAID_LIMITS.maxNodes,
        maxEdges: options.maxEdges ?? DEFAULT_MERMAID_LIMITS.maxEdges,
        maxTextSize: options.maxTextSize ?? DEFAULT_MERMAID_LIMITS.maxTextSize,
    };
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
    const changed = new Uint8Array(size);
    for (const id of options.changed ?? []) {
        const a = flow.byId.get(id);
        if (a && a.index < size)
            changed[a.index] = 1;
    }
    const pairs = buildPairs(graph);
    const reach = graph.reachable();
    const hasEntry = graph.entry >= 0;
    const labels = flow.actions.map((a) => mermaid_clip(diagramLabel(a), MAX_LABEL));
    const startEdges = hasEntry ? 1 : 0;
    const render = (units, unitOf, edges, hidden) => {
        const lines = ['flowchart TD'];
        const used = new Set(['startNode']);
        const unitId = (u) => `${units[u].fold ? 'c' : 'n'}${units[u].blocks[0]}`;
        const startText = hasEntry ? 'Start' : 'Start: StartAction names no block';
        const startLabel = flowLevel > 0 ? `${startText} — ${plural(flowLevel, 'flow finding')}` : startText;
        lines.push(`st(["${escapeLabel(startLabel)}"]):::startNode`);
        const nodeLine = (u) => {
            const unit = units[u];
            const more = hidden[u] > 0 ? ` (+${plural(hidden[u], 'route')} not shown)` : '';
            if (unit.fold) {
                used.add('chain');
                let withFindings = 0;
                for (const b of unit.blocks)
                    if (count[b] > 0)
                        withFindings++;
                const inside = withFindings > 0 ? `, ${withFindings.toLocaleString('en-US')} with findings` : '';
                return `${unitId(u)}["${escapeLabel(`… ${plural(unit.blocks.length, 'block')}${inside}${more}`)}"]:::chain`;
            }
            const b = unit.blocks[0];
            let text = labels[b];
            if (count[b] > 0) {
                const c = sevCount[b];
                const parts = [c.error > 0 ? plural(c.error, 'error') : '', c.warn > 0 ? plural(c.warn, 'warning') : '', c.info > 0 ? `${c.info} info` : ''];
                text += ` — ${parts.filter((s) => s !== '').join(', ')}`;
            }
            const cls = rank[b] > 0 ? SEVERITY_CLASS[BY_RANK[rank[b]]] : changed[b] ? 'changed' : undefined;
            if (cls)
                used.add(cls);
            return `${unitId(u)}["${escapeLabel(text + more)}"]${cls ? `:::${cls}` : ''}`;
        };
        const isReachable = (u) => !hasEntry || units[u].blocks.some((b) => reach[b] === 1);
        const unreachable = [];
        for (let u = 0; u < units.length; u++) {
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
        // linkStyle counts every edge drawn, the start marker's included.
        let link = 0;
        const linkStyles = [];
        if (hasEntry) {
            lines.push(`st --> ${unitId(unitOf[graph.entry])}`);
            link++;
        }
        for (const e of edges) {
            const a = unitId(e.from);
            const b = unitId(e.to);
            lines.push(e.label === '' ? `${a} --> ${b}` : `${a} -->|"${escapeLabel(e.label)}"| ${b}`);
            // Coverage is drawn on routes between two blocks shown as themselves (a fold stands for many routes).
            const from = units[e.from];
            const to = units[e.to];
            const c = options.coverage && !from.fold && !to.fold ? options.coverage(from.blocks[0], to.blocks[0]) : undefined;
            if (c)
                linkStyles.push(`linkStyle ${link} ${LINK_STYLE[c]}`);
            link++;
        }
        lines.push(...linkStyles);
        for (const cls of Object.keys(CLASS_DEFS))
            if (used.has(cls))
                lines.push(`classDef ${cls} ${CLASS_DEFS[cls]}`);
        return `${lines.join('\n')}\n`;
    };
    // Small enough, or asked for: everything, one node per block.
    const whole = options.all === true || (size <= (options.wholeUpTo ?? DEFAULT_WHOLE_UP_TO) && size + 1 <= maxNodes && pairs.length + startEdges <= maxEdges);
    if (whole) {
        const units = Array.from({ length: size }, (_, i) => ({ blocks: [i], fold: false }));
        const unitOf = Int32Array.from({ length: size }, (_, i) => i);
        const text = render(units, unitOf, pairs, new Uint32Array(size));
        if (options.all === true || text.length <= lim.maxTextSize)
            return { text, shownNodes: size, shownEdges: pairs.length, omittedNodes: 0, omittedEdges: 0 };
    }
    // What matters, most first: errors, changed blocks, then warnings and info, worst and most findings first.
    const focus = [];
    for (let n = 0; n < size; n++)
        if (count[n] > 0 || changed[n])
            focus.push(n);
    const key = (n) => (rank[n] === SEVERITY_RANK.error ? 4 : changed[n] ? 3 : rank[n]);
    focus.sort((a, b) => key(b) - key(a) || count[b] - count[a] || a - b);
    let nodeCap = Math.min(Math.max(2, Math.floor(options.focusNodes ?? DEFAULT_FOCUS_NODES)), maxNodes - 1);
    for (;;) {
        const view = focusView(size, pairs, { focus, entry: graph.entry, maxNodes: nodeCap, maxNeighbours: options.focusNeighbours ?? DEFAULT_FOCUS_NEIGHBOURS });
        const units = [];
        const unitOf = new Int32Array(size);
        // Units in block order (a fold at its first block): Mermaid lays them out more like the designer does.
        const firsts = [...view.kept.map((b) => ({ at: b, blocks: [b], fold: false })), ...view.folds.map((f) => ({ at: f[0], blocks: [...f], fold: true }))].sort((a, b) => a.at - b.at);
        for (const f of firsts) {
            for (const b of f.blocks)
                unitOf[b] = units.length;
            units.push({ blocks: f.blocks, fold: f.fold });
        }
        // Pairs between units, merged; a route into a fold keeps its branch label, one out of a fold does not
        // (the branch of a block not shown says nothing).
        const merged = new Map();
        for (const p of pairs) {
            const a = unitOf[p.from];
            const b = unitOf[p.to];
            if (a === b && units[a].fold)
                continue;
            const k = `${a}>${b}`;
            let m = merged.get(k);
            if (!m)
                merged.set(k, (m = { from: a, to: b, labels: [] }));
            if (!units[a].fold && p.label !== '' && !m.labels.includes(p.label))
                m.labels.push(p.label);
        }
        const all = [...merged.values()];
        const edgeCap = maxEdges - startEdges;
        const hidden = new Uint32Array(units.length);
        const drawn = [];
        let drawnDirect = 0;
        for (const m of all) {
            if (drawn.length >= edgeCap) {
                hidden[m.from]++;
                if (m.to !== m.from)
                    hidden[m.to]++;
                continue;
            }
            drawn.push({ from: m.from, to: m.to, label: mermaid_clip(m.labels.join(', '), MAX_FOCUS_EDGE_LABEL) });
            if (!units[m.from].fold && !units[m.to].fold)
                drawnDirect++;
        }
        const text = render(units, unitOf, drawn, hidden);
        const widths = units.map((u) => (u.fold ? 12 : [...labels[u.blocks[0]]].length + (count[u.blocks[0]] > 0 ? 12 : 0)));
        if (nodeCap > 3 && layoutWidth(widths, drawn, hasEntry ? unitOf[graph.entry] : 0) > MAX_LAYOUT_WIDTH) {
            nodeCap--;
            continue;
        }
        if (text.length > lim.maxTextSize && nodeCap > 2) {
            nodeCap = Math.max(2, Math.min(nodeCap - 1, Math.floor(nodeCap * (lim.maxTextSize / text.length) * 0.9)));
            continue;
        }
        const shownBlocks = view.kept.length;
        const omittedNodes = size - shownBlocks;
        const omittedEdges = pairs.length - drawnDirect;
        const changedCount = changed.reduce((s, c) => s + c, 0);
        const about = [onBlocks > 0 ? plural(onBlocks, 'finding') : '', changedCount > 0 ? plural(changedCount, 'changed block') : ''].filter((s) => s !== '');
        const around = about.length > 0 ? ` around ${about.join(' and ')}` : hasEntry ? ' from the start' : '';
        const parts = [`showing ${shownBlocks.toLocaleString('en-US')} of ${plural(size, 'block')}${around}`];
        if (omittedNodes > 0 || omittedEdges > 0) {
            parts.push(`${plural(omittedNodes, 'block')} and ${plural(omittedEdges, 'route')} left out, drawn as ${plural(view.folds.length, '“… N blocks” node')}`);
        }
        const hiddenEdges = all.length - drawn.length;
        if (hiddenEdges > 0)
            parts.push(`${plural(hiddenEdges, 'edge')} over the cap of ${maxEdges.toLocaleString('en-US')} not drawn`);
        let findingsOut = 0;
        let changedOut = 0;
        for (const n of focus) {
            if (units[unitOf[n]].fold) {
                if (count[n] > 0)
                    findingsOut++;
                else
                    changedOut++;
            }
        }
        if (findingsOut > 0)
            parts.push(`${plural(findingsOut, 'block')} with findings not drawn (see the findings table)`);
        if (changedOut > 0)
            parts.push(`${plural(changedOut, 'changed block')} not drawn`);
        return { text, shownNodes: units.length, shownEdges: drawn.length, omittedNodes, omittedEdges, note: parts.join('; ') };
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
/** A DOT string literal: quotes and backslashes escaped, newlines as \n, other controls written out. */

/** The routing graph in Graphviz DOT, unreachable blocks greyed. */
function graphDot(flow, graph) {
    const reachable = graph.reachable();
    const lines = ['digraph flow {', '  rankdir=TB;', '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];'];
    if (flow.startAction !== undefined && flow.byId.has(flow.startAction))
        lines.push(`  "__start" [shape=circle, label="start", fillcolor="#1f2328", fontcolor="#ffffff"];`, `  "__start" -> ${dotString(flow.startAction)};`);
    for (const a of flow.actions) {
        if (flow.byId.get(a.id) !== a)
            continue;
        lines.push(`  ${dotString(a.id)} [label=${dotString(diagramLabel(a))}${reachable[a.index] ? '' : ', fillcolor="#eeeeee", fontcolor="#888888"'}];`);
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
        lines.push(`  ${dotString(id)} [label=${dotString(diagramLabel(a))}, ${style[status.get(id) ?? 'context']}];`);
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

;// CONCATENATED MODULE: ./src/reporters/routing-diff.ts



const routing_diff_CLASS_DEFS = {
    added: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#1f2328',
    removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4,color:#1f2328',
    changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328',
    context: 'fill:#f6f8fa,stroke:#d0d7de,color:#8c959f',
};
const routing_diff_LINK_STYLE = {
    added: 'stroke:#1a7f37,stroke-width:2px',
    removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
    same: 'stroke:#d0d7de',
    broken: 'stroke:#cf222e,stroke-width:3px',
};
const DEFAULT_DIFF_LIMITS = { maxNodes: 100, maxEdges: 180, contextDepth: 1, contextPerBlock: 3 };
/**
 * Names blocks for a diff: their label, and where two blocks of the two versions would read the same, the
 * start of the Identifier to tell them apart.
 */
function namer(base, head, blockName = blockLabel) {
    const owners = new Map();
    for (const flow of [base, head]) {
        for (const a of flow.actions) {
            const label = blockName(a);
            (owners.get(label) ?? owners.set(label, new Set()).get(label)).add(a.id);
        }
    }
    return (id) => {
        const a = head.byId.get(id) ?? base.byId.get(id);
        if (!a)
            return id;
        const label = blockName(a);
        return (owners.get(label)?.size ?? 0) > 1 ? `${label} [${routing_diff_shortId(id)}]` : label;
    };
}
/** An Identifier short enough to read in a sentence: its first 8 characters (UUIDs are unique there). */
function routing_diff_shortId(id) {
    return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
/**
 * The routing change between two versions of a flow as a Mermaid flowchart: added blocks and routes in
 * green, removed ones red and dashed, changed blocks amber, untouched context dimmed and limited to the
 * neighbourhood of the change. Long runs of added or removed blocks are folded into one node; caps keep the
 * diagram inside what GitHub renders, and the note says what was left out.
 */
function diffDiagram(base, head, diff, limits = {}) {
    const lim = { ...DEFAULT_DIFF_LIMITS, ...limits };
    // The picture names blocks as the designer does ("Play prompt: …"); the words keep the flow-language types.
    const name = namer(base, head, diagramLabel);
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
    const brokenKeys = new Set(diff.brokenRoutes.map(key));
    for (const [flow, fallback] of [[head, 'same'], [base, 'same']]) {
        for (const a of flow.actions) {
            for (const t of a.transitions) {
                const e = { from: a.id, to: t.target, branch: t.kind === 'next' ? '' : t.label };
                const k = key({ ...e, branch: t.label });
                if (seen.has(k))
                    continue;
                seen.add(k);
                const s = flow === head && brokenKeys.has(k) ? 'broken' : addedKeys.has(k) ? 'added' : removedKeys.has(k) ? 'removed' : fallback;
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
    // A route broken to an Identifier neither version has still gets a node to point at: the missing block.
    const missing = new Set(diff.brokenRoutes.filter((r) => r.target === 'missing').map((r) => r.to));
    const add = (id) => {
        if (inShown.has(id) || shown.length >= lim.maxNodes)
            return false;
        if (!head.byId.has(id) && !base.byId.has(id) && !missing.has(id))
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
        for (const id of frontier) {
            let added = 0;
            for (const n of neighbours.get(id) ?? []) {
                if (added >= lim.contextPerBlock)
                    break;
                if (add(n)) {
                    next.push(n);
                    added++;
                }
            }
        }
        frontier = next;
    }
    for (const id of inShown)
        if (!status.has(id))
            status.set(id, missing.has(id) ? 'removed' : 'context');
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
        const label = run ? `… ${run.length} ${s} blocks …` : missing.has(id) ? `missing block ${routing_diff_shortId(id)}` : `${s === 'context' ? '' : `${s}: `}${name(id)}`;
        lines.push(`  ${nid}["${escapeLabel(mermaid_clip(label, 70))}"]:::${s}`);
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
        const branches = m.branches.length === 0 ? '' : [...m.branches, ...(m.next ? ['next'] : [])].join(', ');
        // A broken route says so on the arrow: colour alone is lost to a colour-blind reader and in plain text.
        const label = m.status === 'broken' ? `broken: ${branches || 'next'}` : branches;
        lines.push(label ? `  ${m.a} ${arrow}|"${escapeLabel(mermaid_clip(label, 60))}"| ${m.b}` : `  ${m.a} ${arrow} ${m.b}`);
        linkStyles.push(`  linkStyle ${linkIndex++} ${routing_diff_LINK_STYLE[m.status]}`);
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
/**
 * The blocks of the new version a change touched: added and changed blocks, blocks whose routes were added,
 * removed or re-targeted, and a new entry. The flow's own diagram is drawn around them (flowchart's `changed`).
 */
function changedBlocks(head, diff) {
    const ids = new Set();
    for (const a of diff.addedBlocks)
        ids.add(a.id);
    for (const c of diff.changedBlocks)
        ids.add(c.head.id);
    for (const r of [...diff.addedRoutes, ...diff.removedRoutes, ...diff.retargetedRoutes])
        ids.add(r.from);
    if (diff.entry?.now)
        ids.add(diff.entry.now);
    return [...ids].filter((id) => head.byId.has(id));
}
/**
 * The routing changes in words, one line each, for reviewers who read rather than look. Every name from a
 * flow goes through `quote`: by default a one-line code span (codeSpan) for the terminal and for Markdown
 * readers; markdownChanges gives the form for a GitHub comment.
 */
function describeChanges(base, head, diff, quote = codeSpan) {
    const q = quote;
    const name = namer(base, head);
    const nameIn = (id) => q(name(id));
    const branch = (r) => (r.kind === 'next' ? 'its next route' : r.kind === 'error' ? `its ${q(r.branch)} error branch` : `branch ${q(r.branch)}`);
    const lines = [];
    if (diff.entry)
        lines.push(`The flow now starts at ${diff.entry.now ? nameIn(diff.entry.now) : 'nothing'} (was ${diff.entry.was ? nameIn(diff.entry.was) : 'nothing'}).`);
    // A branch into a block that is gone is the change most likely to strand callers: said first.
    const of = (r) => (r.kind === 'next' ? 'the next route' : r.kind === 'error' ? `error branch ${q(r.branch)}` : `branch ${q(r.branch)}`);
    for (const r of diff.brokenRoutes) {
        const where = r.target === 'removed' ? `a removed block, ${nameIn(r.to)} (${q(routing_diff_shortId(r.to))})` : `a block that does not exist (${q(routing_diff_shortId(r.to))})`;
        lines.push(`Broken: ${of(r)} of ${nameIn(r.from)} now leads to ${where}.`);
    }
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
/**
 * The routing changes for the job summary and the pull-request comment: names as `<code>` with their text
 * escaped (htmlCode), so not even inside a code span does a flow's `</details>` or `@team` reach the page.
 */
function markdownChanges(base, head, diff) {
    return describeChanges(base, head, diff, htmlCode);
}
/** The routing change of a flow file the change deletes: it is gone, with how many blocks it had. */
function deletedFlowLine(file, blocks, quote = htmlCode) {
    return `Deleted: ${quote(file)} (${blocks} block${blocks === 1 ? '' : 's'}).`;
}
/** The line that opens the changes of a renamed flow file: it is compared with its old version, under its old name. */
function renamedFlowLine(from, quote = htmlCode) {
    return `Renamed from ${quote(from)}.`;
}

;// CONCATENATED MODULE: ./src/node/git.ts

/**
 * git, run safely: never through a shell, and with options ended (`--end-of-options`, `--`) before anything
 * positional, so a revision or file name from a pull request (a branch called `--output=/tmp/x`) is never
 * taken as an option. Revisions a user typed are checked and resolved to a commit id first; commit ids from
 * an event payload must be full hexadecimal ids.
 */
class GitRevisionError extends Error {
}
/** A full commit id (SHA-1, or SHA-256 in a repository that uses it). */
function isCommitId(value) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
/**
 * Why `rev` cannot be a single revision, or undefined when it may be one: the rules of
 * `git check-ref-format` that matter here, plus no range (`..`) and no `rev:path` (a file, not a commit).
 */
function revisionProblem(rev) {
    if (rev === '')
        return 'it is empty';
    if (rev.startsWith('-'))
        return 'it starts with "-" (git would read it as an option)';
    if (rev.length > 255)
        return 'it is longer than 255 characters';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f]/.test(rev))
        return 'it holds a space or a control character';
    if (rev.includes('..'))
        return 'it is a range, not one revision';
    if (/[:?*[\\]/.test(rev))
        return 'it holds one of : ? * [ \\';
    return undefined;
}
function execGit(args, cwd, run = {}) {
    // Loaded here, not at start-up: child_process costs every lint run ~3 ms and only some commands need git.
    const { execFileSync } = (0,external_node_module_.createRequire)(import.meta.url)('node:child_process');
    // Never a prompt for credentials: stdin is closed and the terminal prompt is off, so git fails instead of waiting.
    try {
        return execFileSync('git', args, { cwd, maxBuffer: run.maxBytes ?? 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], shell: false, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, ...(run.timeoutMs !== undefined ? { timeout: run.timeoutMs, killSignal: 'SIGKILL' } : {}) });
    }
    catch (e) {
        // Callers quote git's own words: its stderr as text, as with `encoding: 'utf8'`.
        const err = e;
        if (Buffer.isBuffer(err.stderr))
            err.stderr = err.stderr.toString('utf8');
        throw e;
    }
}
/**
 * Runs git with the subcommand and `options` (written by our code) and then `positionals` (revisions, and
 * paths after a `--`), which git reads as positional whatever they start with.
 */
function git_git(cwd, options, positionals = [], run = {}) {
    return gitBytes(cwd, options, positionals, run).toString('utf8');
}
/** The same, with the output as bytes (a file's contents at a commit, decoded by the caller). */
function gitBytes(cwd, options, positionals = [], run = {}) {
    return execGit(positionals.length > 0 ? [...options, '--end-of-options', ...positionals] : options, cwd, run);
}
/** The commit id `rev` names in the repository at `cwd`; throws GitRevisionError saying why when it names none. */
function resolveCommit(cwd, rev, what = 'the revision') {
    const problem = revisionProblem(rev);
    if (problem)
        throw new GitRevisionError(`${what} "${rev}" is not a git revision: ${problem}`);
    let out;
    try {
        out = git_git(cwd, ['rev-parse', '--verify', '--quiet'], [`${rev}^{commit}`]).trim();
    }
    catch {
        throw new GitRevisionError(`${what} "${rev}" is not a git revision: no commit of that name in this repository (fetch it, or check the name)`);
    }
    if (!isCommitId(out))
        throw new GitRevisionError(`${what} "${rev}" is not a git revision: git answered "${out.slice(0, 80)}"`);
    return out;
}
/** Throws GitRevisionError unless `sha` is a full commit id (as an event payload gives them). */
function checkCommitId(sha, what) {
    if (typeof sha === 'string' && isCommitId(sha))
        return sha;
    throw new GitRevisionError(`${what} ${JSON.stringify(String(sha)).slice(0, 90)} is not a commit id (40 or 64 hexadecimal digits)`);
}

;// CONCATENATED MODULE: ./src/cli/graph-command.ts















const GRAPH_HELP = `Usage: connect-flow-lint graph FILE [--format mermaid|dot|json]
       connect-flow-lint graph OLD_FILE NEW_FILE [--format mermaid|dot|json]
       connect-flow-lint graph --old OLD_FILE --new NEW_FILE [--format mermaid|dot|json]
       connect-flow-lint graph FILE --base REF [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]

Prints the routing graph of the flow in FILE. With two files (old first, as in diff and git diff) or --base REF
(a git revision: FILE as it was there is the old version), prints what changed in routing instead: blocks
added, removed and changed, routes added, removed and re-targeted, and a moved entry point. Blocks are matched
by Identifier. A FILE that did not exist at REF is shown as all added.
With --repo, prints which flows of the repository transfer to, invoke, or set as event flows which others.`;
class GraphUsageError extends Error {
}
function load(name, text) {
    const contents = read_file_readFlowFile(name, text);
    // Only a file that cannot be read stops a graph; warnings (a template resource we cannot read) do not.
    const problem = contents.problems.find((p) => p.ruleId === 'parse-error') ?? (contents.flows.length === 0 ? contents.problems[0] : undefined);
    if (problem)
        return { flows: [], problem: `${name}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}` };
    if (contents.flows.length === 0)
        return { flows: [], problem: `${name} is not a flow: ${contents.notAFlow ?? 'no flow found'}` };
    return { flows: contents.flows.map(flow_buildFlow) };
}
/**
 * The file's text at a git revision, found from the file's own folder so any working directory works. The
 * revision is checked and resolved to a commit id first, so nothing the user typed reaches `git show`.
 */
function gitShow(file, ref) {
    const dir = (0,external_node_path_.dirname)(file);
    let top;
    try {
        top = git_git(dir, ['rev-parse', '--show-toplevel']).trim();
    }
    catch (e) {
        throw new GraphUsageError(`cannot read ${file} at ${ref}: ${firstLine(e)}`);
    }
    let commit;
    try {
        commit = resolveCommit(top, ref, '--base');
    }
    catch (e) {
        if (e instanceof GitRevisionError)
            throw new GraphUsageError(`cannot read ${file} at that revision: ${e.message}`);
        throw e;
    }
    const path = (0,external_node_path_.relative)(top, file).split('\\').join('/');
    try {
        git_git(top, ['cat-file', '-e'], [`${commit}:${path}`]);
    }
    catch {
        return undefined; // not in that commit: the file is new since it
    }
    try {
        return git_git(top, ['show'], [`${commit}:${path}`]);
    }
    catch (e) {
        throw new GraphUsageError(`cannot read ${file} at ${ref}: ${firstLine(e)}`);
    }
}
const firstLine = (e) => String(e.stderr ?? '').trim().split('\n')[0] || e.message;
/** `connect-flow-lint graph`: returns the text to print, or throws GraphUsageError. */
async function graphCommand(argv, cwd, repoGraph, notice = () => { }) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f', default: 'mermaid' },
                base: { type: 'string' },
                old: { type: 'string' },
                new: { type: 'string' },
                repo: { type: 'boolean', default: false },
                all: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (e) {
        throw new GraphUsageError(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\n${GRAPH_HELP}`);
    }
    const { values } = parsed;
    if (values.help)
        return `${GRAPH_HELP}\n`;
    // --old/--new name the versions explicitly; otherwise two files are OLD NEW, as diff and git diff take them.
    if ((values.old === undefined) !== (values.new === undefined))
        throw new GraphUsageError('give --old and --new together (or two files: OLD_FILE NEW_FILE)');
    if (values.old !== undefined && (parsed.positionals.length > 0 || values.base !== undefined))
        throw new GraphUsageError('--old and --new name both versions: give no other file and no --base');
    const positionals = values.old !== undefined ? [values.new, values.old] : parsed.positionals.length === 2 ? [parsed.positionals[1], parsed.positionals[0]] : parsed.positionals;
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
        throw new GraphUsageError('give either two files or one file and --base REF, not both');
    // Checked before anything runs: a branch name passed through from a pull request may look like an option.
    const refProblem = values.base !== undefined ? revisionProblem(values.base) : undefined;
    if (refProblem)
        throw new GraphUsageError(`--base ${JSON.stringify(values.base)} is not a git revision: ${refProblem}`);
    const file = (0,external_node_path_.resolve)(cwd, positionals[0]);
    // Read as the linter reads flows: a regular file (a FIFO or /dev/zero named here cannot hang or flood it).
    const read = (f) => {
        try {
            return readTrustedFile(f, { root: repositoryRoot(cwd), maxBytes: DEFAULT_MAX_FILE_BYTES, what: 'the flow', display: f, namedByUser: true }).toString('utf8');
        }
        catch (e) {
            if (e instanceof UnsafeFileError)
                throw new GraphUsageError(e.message);
            throw new GraphUsageError(`cannot read ${f}: ${e.code ?? e.message}`);
        }
    };
    const head = load(positionals[0], read(file));
    if (head.problem)
        throw new GraphUsageError(head.problem);
    if (positionals.length === 1 && values.base === undefined) {
        const out = head.flows.map((flow) => {
            const graph = new routing_graph_RoutingGraph(flow);
            if (format === 'json')
                return jsonSafe(JSON.stringify(graphJson(flow, graph), null, 2)) + '\n';
            if (format === 'dot')
                return graphDot(flow, graph);
            // A large flow is drawn around its start with runs of blocks folded, unless --all: said in the output and on stderr.
            const chart = flowchart(flow, graph, [], { all: values.all });
            if (chart.note)
                notice(`${terminalText(flow.doc.name ?? positionals[0])}: ${chart.note} (--all draws every block)`);
            return chart.text + (chart.note ? `%% ${chart.note} (--all draws every block)\n` : '');
        });
        return out.join('\n');
    }
    const baseName = positionals[1] ?? `${positionals[0]}@${values.base}`;
    const baseText = positionals[1] !== undefined ? read((0,external_node_path_.resolve)(cwd, positionals[1])) : gitShow(file, values.base);
    // A file new since REF: its old version is an empty flow, so every block and route shows as added.
    const base = baseText === undefined ? { flows: [] } : load(baseName, baseText);
    if (base.problem)
        throw new GraphUsageError(base.problem);
    const newSince = baseText === undefined ? `${format === 'dot' ? '//' : '%%'} ${terminalText(positionals[0])} is new since ${terminalText(values.base)}: every block is added\n` : '';
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
        return jsonSafe(JSON.stringify(out.length === 1 ? out[0] : out, null, 2)) + '\n';
    }
    const changed = pairs.some((p) => describeChanges(p.base, p.head, diffFlows(p.base, p.head)).length > 0);
    const oldName = terminalText(baseName);
    const newName = terminalText(positionals[0]);
    // An unchanged flow would draw as a chart with nothing marked: say it in words instead.
    if (!changed)
        return `No routing changes: ${oldName} and ${newName} have the same blocks, routes and entry point.\n`;
    return newSince + pairs
        .map((p) => {
        const diff = diffFlows(p.base, p.head);
        const title = pairs.length > 1 ? `%% flow: ${terminalText(p.name)}\n` : '';
        if (format === 'dot')
            return title.replace('%%', '//') + diffDot(p.base, p.head, diff);
        const every = p.base.actions.length + p.head.actions.length;
        const diagram = diffDiagram(p.base, p.head, diff, values.all ? { maxNodes: every, maxEdges: Number.MAX_SAFE_INTEGER, contextDepth: every, contextPerBlock: every } : {});
        if (diagram.note)
            notice(`${terminalText(p.name)}: ${diagram.note}${values.all ? '' : ' (--all draws every block)'}`);
        return title + diagram.text + (diagram.note ? `%% ${diagram.note}\n` : '') + describeChanges(p.base, p.head, diff).map((w) => `%% ${w}\n`).join('');
    })
        .join('\n');
}
const EMPTY = flow_buildFlow({ file: '', value: { Actions: [] }, ranges: () => [] });

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
        lines.push(`  f${i}["${escapeLabel(mermaid_clip(title(s), 70))}"]${cls}`);
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
                lines.push(`  ${m}["${escapeLabel(mermaid_clip(`missing: ${r.nameHint ?? r.value}`, 70))}"]:::missing`);
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

;// CONCATENATED MODULE: ./src/cli/rule-flags.ts




/** A bad --rule value: the CLI prints it and exits 2, as for a config error. */
class RuleFlagError extends Error {
}
// The config's aliases (ruleset.ts refuses them with the same hint), and ESLint's numbers.
const HINTS = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off', '0': 'off', '1': 'warn', '2': 'error' };
/**
 * Parses ESLint-style `--rule 'id: severity'` values; one flag may hold several, comma-separated
 * (`'a: off, b: error'`). Options stay in the config file: a flag that gives them is refused with that advice.
 */
function parseRuleFlags(values) {
    const flags = [];
    for (const value of values) {
        if (/[[{]/.test(value))
            throw new RuleFlagError(`--rule "${value}": only a severity can be set on the command line; set options in the config file`);
        for (const part of value.split(',')) {
            const text = part.trim();
            const m = /^([^:\s]+)\s*:\s*(\S+)$/.exec(text);
            if (!m)
                throw new RuleFlagError(`--rule "${value}": write it as 'rule-id: severity', e.g. --rule 'unreachable-block: error'`);
            const [, id, raw] = m;
            if (!SEVERITIES.includes(raw)) {
                const hint = Object.hasOwn(HINTS, raw) ? ` (did you mean "${HINTS[raw]}"?)` : '';
                throw new RuleFlagError(`--rule "${text}": invalid severity "${raw}": use one of ${SEVERITIES.join(', ')}${hint}`);
            }
            flags.push({ id, severity: raw, text });
        }
    }
    return flags;
}
/**
 * The config with the flags' severities over everything it says, overrides included (the command line has the
 * highest precedence, as in ESLint). An id the config does not know is refused with the closest known one.
 */
function applyRuleFlags(config, flags) {
    if (flags.length === 0)
        return config;
    const definedInOverrides = config.overrides.flatMap((o) => [...o.rules].filter(([, e]) => e.kind === 'define').map(([id]) => id));
    const known = new Set([...config.rules.keys(), ...definedInOverrides]);
    const bySeverity = new Map();
    for (const flag of flags) {
        // As in a config file (ruleset.ts says the same).
        if (flag.id === 'parse-error')
            throw new RuleFlagError(`--rule "${flag.text}": "parse-error" cannot be configured: a file that is not valid JSON is always an error`);
        if (!known.has(flag.id)) {
            const near = closest(flag.id, known);
            throw new RuleFlagError(`--rule "${flag.text}": unknown rule "${flag.id}"${near ? `: did you mean "${near}"?` : ''} (connect-flow-lint --list-rules lists the built-in rules)`);
        }
        bySeverity.set(flag.id, flag); // the last flag for an id wins
    }
    const origin = (flag) => ({ file: `--rule '${flag.text}'`, at: { line: 1, column: 1 } });
    const set = (rule) => {
        const flag = bySeverity.get(rule.id);
        return flag ? { ...rule, severity: flag.severity, setIn: origin(flag) } : rule;
    };
    const rules = new Map([...config.rules].map(([id, rule]) => [id, set(rule)]));
    // In overrides: a rule defined there takes the flag's severity; a severity set there gives way to the flag
    // (its options still apply).
    const overrides = config.overrides.map((o) => ({
        ...o,
        rules: new Map([...o.rules].map(([id, e]) => {
            if (!bySeverity.has(id))
                return [id, e];
            if (e.kind === 'define')
                return [id, { kind: 'define', rule: set(e.rule) }];
            const { severity: _dropped, ...rest } = e;
            return [id, rest];
        })),
    }));
    return { ...config, rules, overrides };
}
/**
 * `--list-rules`: every rule of the built-in rulesets, with its severity in each and its documentation,
 * read from the rulesets themselves (so the list cannot drift from them).
 */
function listRules() {
    const names = ['recommended', 'strict'];
    const configs = names.map((n) => resolveConfig(builtinRuleset(`${BUILTIN_PREFIX}${n}`), loadExtends));
    const ids = [...new Set(configs.flatMap((c) => [...c.rules.keys()]))];
    const rows = [['rule', ...names, 'documentation'], ...ids.map((id) => [id, ...configs.map((c) => c.rules.get(id)?.severity ?? '-'), configs.map((c) => c.rules.get(id)?.documentationUrl).find((u) => u !== undefined) ?? ''])];
    // parse-error is no configurable rule (a file that cannot be read was never linted) but it is a finding's rule id.
    rows.push(['parse-error', ...names.map(() => 'error'), 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/parse-error.md (always on)']);
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/scenario-junit.ts
const xml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c])
    // Characters XML 1.0 cannot hold at all (a flow's text could carry them): replaced, never emitted.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
/** JUnit XML, one testsuite per scenario file, for CI dashboards. */
function formatScenarioJunit(results) {
    const byFile = new Map();
    for (const r of results)
        byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
    const failed = results.filter((r) => !r.passed).length;
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="connect-flow-lint test" tests="${results.length}" failures="${failed}">`];
    for (const [file, list] of byFile) {
        out.push(`  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.filter((r) => !r.passed).length}">`);
        for (const r of list) {
            const head = `    <testcase classname="${xml(file)}" name="${xml(r.name)}" file="${xml(file)}" line="${r.line}"`;
            if (r.passed) {
                out.push(`${head}/>`);
                continue;
            }
            const body = [...r.failures, `path: ${r.path.join(' → ')}`].join('\n');
            out.push(`${head}>`, `      <failure message="${xml(r.failures[0] ?? 'failed')}">${xml(body)}</failure>`, '    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/simulate/values.ts
/**
 * Flow data references and comparisons, as the simulator reads them. References are `$.A.b` or
 * `$['A']['b']`, whole or embedded in text; the end of an embedded reference is not documented, so one ends
 * at the first character that is not a letter, digit or underscore after a dot (a sentence's full stop stays
 * text). Comparisons are exact (case- and code-point-sensitive), as Amazon Connect's are.
 */
const values_REF = /\$(?:\.[A-Za-z0-9_]+|\[(?:'[^']*'|"[^"]*")\])+/g;
const WHOLE_REF = /^\$(?:\.[A-Za-z0-9_]+|\[(?:'[^']*'|"[^"]*")\])+$/;
const SEGMENT = /\.([A-Za-z0-9_]+)|\[(?:'([^']*)'|"([^"]*)")\]/g;
/** Terraform/CloudFormation placeholders: `${name}`. */
const values_PLACEHOLDER = /\$\{([^}]{1,200})\}/g;
function isWholeRef(text) {
    return WHOLE_REF.test(text);
}
/** `$.Customer['Province']` → ['Customer', 'Province']. */
function refSegments(ref) {
    const out = [];
    for (const m of ref.slice(1).matchAll(SEGMENT))
        out.push(m[1] ?? m[2] ?? m[3] ?? '');
    return out;
}
/** Replaces every `${name}` with `fill(name)`, and every reference with `read(segments, ref)`. */
function render(text, fill, read) {
    const filled = text.includes('${') ? text.replace(values_PLACEHOLDER, (_, name) => fill(name.trim())) : text;
    if (!filled.includes('$'))
        return filled;
    return filled.replace(values_REF, (ref) => read(refSegments(ref), ref));
}
/** The last segment of an ARN (`…/queue/abc` → `abc`), or the text itself. */
function values_shortId(value) {
    if (!value.startsWith('arn:'))
        return value;
    const slash = value.lastIndexOf('/');
    return slash >= 0 ? value.slice(slash + 1) : value.slice(value.lastIndexOf(':') + 1);
}
/** Whether a scenario's name for a resource (ARN, id or name) names `value`. */
function sameResource(key, value) {
    return key === value || values_shortId(key) === values_shortId(value);
}
const OPERATORS = ['Equals', 'TextContains', 'TextStartsWith', 'TextEndsWith', 'NumberGreaterThan', 'NumberLessThan', 'NumberGreaterOrEqualTo', 'NumberLessOrEqualTo'];
const values_NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;
/**
 * Whether `value` satisfies `operator operand`. Returns a string explaining why it cannot be decided (an
 * unknown operator, a number comparison on text: what Connect does then is not documented, so the
 * scenario stops rather than guess).
 */
function compare(operator, value, operand) {
    switch (operator) {
        case 'Equals':
            return value === operand;
        case 'TextContains':
            return value.includes(operand);
        case 'TextStartsWith':
            return value.startsWith(operand);
        case 'TextEndsWith':
            return value.endsWith(operand);
        case 'NumberGreaterThan':
        case 'NumberLessThan':
        case 'NumberGreaterOrEqualTo':
        case 'NumberLessOrEqualTo': {
            if (!values_NUMBER.test(value) || !values_NUMBER.test(operand))
                return `${operator} compares numbers, but the value is ${JSON.stringify(value)} and the operand ${JSON.stringify(operand)} (what Amazon Connect does with text here is not documented)`;
            const a = Number(value);
            const b = Number(operand);
            return operator === 'NumberGreaterThan' ? a > b : operator === 'NumberLessThan' ? a < b : operator === 'NumberGreaterOrEqualTo' ? a >= b : a <= b;
        }
        default:
            return `the operator ${JSON.stringify(operator)} is not one the simulator knows (${OPERATORS.join(', ')})`;
    }
}
/** True/"True"/"true" and the like, as exports write booleans. */
function values_truthy(v) {
    return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}
function values_scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v === null || v === undefined)
        return '';
    return JSON.stringify(v);
}

;// CONCATENATED MODULE: ./src/core/simulate/coverage.ts

/** Blocks that always leave by a condition or an error: their NextAction (the designer's "Default") is never taken alone. */
const CONDITION_ROUTED = new Set(['Compare', 'CheckHoursOfOperation', 'CheckMetricData', 'DistributeByPercentage', 'Loop', 'Wait', 'ConnectParticipantWithLexBot']);
/** Whether a contact can leave the block by its NextAction (the success branch). */
function nextIsBranch(a) {
    if (a.spec?.endsOnSuccess)
        return false;
    if (CONDITION_ROUTED.has(a.type))
        return false;
    if (a.type === 'GetParticipantInput')
        return values_truthy(a.parameters['StoreInput']);
    return true;
}
/** Every branch of a flow that a contact can take. */
function branchesOf(flow) {
    const out = [];
    for (const a of flow.actions) {
        for (const t of a.transitions) {
            if (t.kind === 'next' && !nextIsBranch(a))
                continue;
            out.push({ blockId: a.id, type: a.type, branch: t.label, transition: t });
        }
    }
    return out;
}
function coverageOf(flow, taken) {
    const all = branchesOf(flow);
    const uncovered = all.filter((b) => !taken.has(b.transition));
    return { covered: all.length - uncovered.length, total: all.length, uncovered };
}

;// CONCATENATED MODULE: ./src/reporters/scenario-mermaid.ts



/**
 * Branch coverage as Mermaid flowcharts in Markdown (GitHub renders them): one diagram per flow the
 * scenarios entered, each route green when every branch on it was taken, amber when some were, red and
 * dashed when none was.
 */
function formatCoverageMarkdown(flows, taken) {
    const out = [];
    for (const f of flows) {
        const graph = new routing_graph_RoutingGraph(f.flow);
        const edgeCoverage = (from, to) => {
            const a = f.flow.actions[from];
            const branches = a.transitions.filter((t) => t.to === to && (t.kind !== 'next' || nextIsBranch(a)));
            if (branches.length === 0)
                return undefined;
            const hit = branches.filter((t) => taken.has(t)).length;
            return hit === branches.length ? 'covered' : hit === 0 ? 'uncovered' : 'partial';
        };
        const chart = flowchart(f.flow, graph, [], { coverage: edgeCoverage });
        out.push(`### ${f.file}${f.name ? ` (${f.name})` : ''}`, '', '```mermaid', chart.text.trimEnd(), '```', ...(chart.note ? ['', `_${chart.note}_`] : []), '');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/simulate/results.ts
const shortBlockId = (id) => (id.length > 12 ? id.slice(0, 8) : id);
const percent = (c) => (c.total === 0 ? '100%' : `${Math.floor((100 * c.covered) / c.total)}%`);

;// CONCATENATED MODULE: ./src/reporters/scenario-stylish.ts


/**
 * Scenario results grouped by file: a tick or a cross per scenario; under a failed one, each expectation it
 * missed and the path the contact took. Then the totals and, with --coverage, branches per flow with the
 * uncovered ones at their line. Every text from a flow or a scenario file has its controls written out
 * (terminalText): the Action prints this to its log, where a line from a pull request must not become a
 * workflow command.
 */
function formatScenarioStylish(results, coverage, options) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const lines = [];
    let file;
    for (const r of results) {
        if (r.file !== file) {
            file = r.file;
            lines.push('', paint('4', terminalText(r.file)));
        }
        if (r.passed) {
            lines.push(`  ${paint('32', '✓')} ${terminalText(r.name)}`);
            continue;
        }
        lines.push(`  ${paint('31', '✗')} ${terminalText(r.name)}  ${paint('2', `${terminalText(r.file)}:${r.line}`)}`);
        for (const f of r.failures)
            lines.push(`      ${f.startsWith('note: ') ? paint('2', terminalText(f)) : paint('31', terminalText(f))}`);
        const path = r.trace.map((s) => terminalText(`${shortBlockId(s.blockId)} ${s.type} (${s.branch})`));
        lines.push(`      ${paint('2', `path: ${path.length === 0 ? '(no block ran)' : path.join(' → ')}`)}`);
    }
    const failed = results.filter((r) => !r.passed).length;
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    lines.push('', paint(failed > 0 ? '31;1' : '32;1', `${plural(results.length, 'scenario')}: ${results.length - failed} passed, ${failed} failed`));
    if (coverage) {
        lines.push('', paint('1', 'Branch coverage'));
        for (const c of coverage) {
            lines.push(`  ${terminalText(c.file)}${c.name ? ` [${terminalText(c.name)}]` : ''}  ${c.branches.covered}/${c.branches.total} branches (${percent(c.branches)})`);
            for (const u of c.uncovered)
                lines.push(`    ${paint('2', `${terminalText(c.file)}:${u.line}:${u.column}`)}  ${terminalText(`${u.type} ${shortBlockId(u.blockId)}  ${u.branch}`)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/simulate/scenario.ts
/**
 * The scenario file (`*.test.yaml`): what a scenario gives the simulator and what it expects. Pure: the
 * caller reads the file. Every mistake is a problem with its file, line and column, and what to write instead;
 * the whole file is checked before anything runs, so one run reports every mistake of a file.
 */


const ENDINGS = ['queued', 'disconnected', 'ended', 'transferred'];
const FILE_KEYS = ['flow', 'given', 'scenarios', 'vars'];
const SCENARIO_KEYS = ['name', 'given', 'expect'];
const GIVEN_KEYS = ['contact', 'hours', 'profile', 'input', 'lambda', 'queues', 'random', 'errors', 'flows', 'vars', 'values', 'maxSteps'];
const CONTACT_KEYS = ['channel', 'customer', 'system', 'attributes'];
const PROFILE_KEYS = ['found', 'fields'];
const FOUND = ['one', 'none', 'multiple', 'error'];
const QUEUE_KEYS = ['atCapacity', 'agentsAvailable', 'agentsStaffed', 'agentsOnline', 'contactsInQueue', 'oldestContactAgeSeconds'];
const EXPECT_KEYS = ['visits', 'notVisits', 'path', 'prompts', 'queue', 'attributes', 'flowAttributes', 'ends'];
const CHANNELS = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];
const MAX_STEPS_LIMIT = 100_000;
/** Parses and checks a scenario file; throws ConfigError listing every problem. */
function parseScenarioFile(file, text) {
    const root = parseYamlTree(file, text);
    const problems = [];
    const problem = (at, message) => void problems.push({ file, at, message });
    const r = new Reader(problem);
    if (root.kind !== 'map') {
        throw new ConfigError([{ file, at: root.at, message: `a scenario file is a mapping with "flow", "given" and "scenarios", not ${describeKind(root)}` }]);
    }
    r.keys(root, FILE_KEYS, 'a scenario file');
    const flowNode = r.get(root, 'flow');
    const flow = flowNode ? r.string(flowNode, '"flow"') : undefined;
    if (!flowNode)
        problem(root.at, 'the scenario file has no "flow": name the flow file it tests, relative to this file (flow: inbound.json)');
    const fileVars = r.get(root, 'vars');
    const baseGiven = { ...readGiven(r, r.get(root, 'given')), ...(fileVars ? { vars: r.stringMap(fileVars, '"vars"') } : {}) };
    const scenariosNode = r.get(root, 'scenarios');
    const scenarios = [];
    if (!scenariosNode)
        problem(root.at, 'the scenario file has no "scenarios": add a list of scenarios, each with a "name" and an "expect"');
    else if (scenariosNode.kind !== 'seq' || scenariosNode.items.length === 0)
        problem(scenariosNode.at, `"scenarios" must be a non-empty list of scenarios, not ${describeKind(scenariosNode)}`);
    else {
        const names = new Set();
        for (const item of scenariosNode.items) {
            if (item.kind !== 'map') {
                problem(item.at, `a scenario is a mapping with "name", "given" and "expect", not ${describeKind(item)}`);
                continue;
            }
            r.keys(item, SCENARIO_KEYS, 'a scenario');
            const nameNode = r.get(item, 'name');
            const name = nameNode ? r.string(nameNode, 'the scenario "name"') : undefined;
            if (!nameNode)
                problem(item.at, 'this scenario has no "name": give it one that says what it proves');
            if (name !== undefined) {
                if (names.has(name))
                    problem(nameNode.at, `two scenarios are named "${name}": names identify results, make them unique`);
                names.add(name);
            }
            const own = readGiven(r, r.get(item, 'given'));
            const expectNode = r.get(item, 'expect');
            if (!expectNode)
                problem(item.at, `the scenario${name ? ` "${name}"` : ''} has no "expect": say what must happen (visits, prompts, queue, attributes, ends...)`);
            const expect = expectNode ? readExpect(r, expectNode) : {};
            scenarios.push({ name: name ?? '', at: item.at, given: mergeGiven(baseGiven, own), expect });
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    return { file, flow: flow, flowAt: flowNode.at, scenarios };
}
/** The scenario's `given` over the file's, key by key; `contact` is merged one level deeper (its own keys). */
function mergeGiven(base, own) {
    const merged = { ...base, ...own };
    if (base.contact && own.contact)
        merged['contact'] = { ...base.contact, ...own.contact };
    if (base.vars && own.vars)
        merged['vars'] = { ...base.vars, ...own.vars };
    return merged;
}
function readGiven(r, node) {
    if (!node)
        return {};
    if (node.kind !== 'map') {
        r.problem(node.at, `"given" must be a mapping (contact, hours, profile, input, lambda, queues...), not ${describeKind(node)}`);
        return {};
    }
    r.keys(node, GIVEN_KEYS, '"given"');
    const out = {};
    for (const { key, value } of node.entries) {
        switch (key) {
            case 'contact':
                out[key] = readContact(r, value);
                break;
            case 'hours':
                if (value.kind === 'scalar') {
                    const v = r.oneOf(value, ['open', 'closed'], '"hours"');
                    if (v)
                        out[key] = v;
                }
                else if (value.kind === 'map') {
                    const m = Object.create(null);
                    for (const e of value.entries) {
                        const v = r.oneOf(e.value, ['open', 'closed'], `"hours.${e.key}"`);
                        if (v)
                            m[e.key] = v;
                    }
                    out[key] = m;
                }
                else
                    r.problem(value.at, `"hours" must be open, closed, or a mapping of hours/queue id or name to open or closed, not ${describeKind(value)}`);
                break;
            case 'profile':
                out[key] = readProfile(r, value);
                break;
            case 'input':
                out[key] = readInput(r, value);
                break;
            case 'lambda':
                out[key] = readLambda(r, value);
                break;
            case 'queues':
                out[key] = readQueues(r, value);
                break;
            case 'random': {
                const items = value.kind === 'seq' ? value.items : [value];
                const draws = [];
                for (const i of items) {
                    if (i.kind === 'scalar' && typeof i.value === 'number' && Number.isInteger(i.value) && i.value >= 1 && i.value <= 100)
                        draws.push(i.value);
                    else
                        r.problem(i.at, `"random" draws are whole numbers from 1 to 100 (what DistributeByPercentage draws), not ${describeKind(i)}`);
                }
                out[key] = draws;
                break;
            }
            case 'errors':
                out[key] = r.stringMap(value, '"errors"');
                break;
            case 'flows': {
                const m = Object.create(null);
                if (value.kind !== 'map')
                    r.problem(value.at, `"flows" must be a mapping of flow name, id or ARN to external, not ${describeKind(value)}`);
                else
                    for (const e of value.entries)
                        if (r.oneOf(e.value, ['external'], `"flows.${e.key}"`))
                            m[e.key] = 'external';
                out[key] = m;
                break;
            }
            case 'vars':
                out[key] = r.stringMap(value, '"vars"');
                break;
            case 'values': {
                const m = r.stringMap(value, '"values"');
                if (value.kind === 'map')
                    for (const e of value.entries)
                        if (!/^\$(\.[A-Za-z0-9_]+)+$/.test(e.key))
                            r.problem(e.keyAt, `"values" keys are JSONPath references such as "$.AwsRegion", not "${e.key}"`);
                out[key] = m;
                break;
            }
            case 'maxSteps':
                if (value.kind === 'scalar' && typeof value.value === 'number' && Number.isInteger(value.value) && value.value >= 1 && value.value <= MAX_STEPS_LIMIT)
                    out[key] = value.value;
                else
                    r.problem(value.at, `"maxSteps" must be a whole number from 1 to ${MAX_STEPS_LIMIT}, not ${describeKind(value)}`);
                break;
        }
    }
    return out;
}
function readContact(r, node) {
    if (node.kind !== 'map') {
        r.problem(node.at, `"contact" must be a mapping (channel, customer, system, attributes), not ${describeKind(node)}`);
        return undefined;
    }
    r.keys(node, CONTACT_KEYS, '"contact"');
    const out = {};
    for (const { key, value } of node.entries) {
        if (key === 'channel') {
            const v = r.oneOf(value, CHANNELS, '"contact.channel"');
            if (v)
                out[key] = v;
        }
        else if (key === 'customer' || key === 'system') {
            const v = r.string(value, `"contact.${key}"`, 'a phone number is text: quote it ("+81115550100")');
            if (v !== undefined)
                out[key] = v;
        }
        else if (key === 'attributes')
            out[key] = r.stringMap(value, '"contact.attributes"');
    }
    return out;
}
function readProfile(r, node) {
    if (node.kind !== 'map') {
        r.problem(node.at, `"profile" must be a mapping with "found" (one, none, multiple or error) and "fields", not ${describeKind(node)}`);
        return undefined;
    }
    r.keys(node, PROFILE_KEYS, '"profile"');
    const foundNode = r.get(node, 'found');
    const found = foundNode ? r.oneOf(foundNode, FOUND, '"profile.found"') : undefined;
    if (!foundNode)
        r.problem(node.at, '"profile" needs "found": one, none, multiple or error');
    const fieldsNode = r.get(node, 'fields');
    const fields = Object.create(null);
    if (fieldsNode) {
        // Nested mappings are profile sub-objects: { Attributes: { tier: gold } } is the field Attributes.tier.
        const walk = (n, prefix) => {
            if (n.kind !== 'map') {
                r.problem(n.at, `"profile.fields" must be a mapping of field names to values, not ${describeKind(n)}`);
                return;
            }
            for (const e of n.entries) {
                const name = prefix + e.key;
                if (e.value.kind === 'map')
                    walk(e.value, `${name}.`);
                else {
                    const v = r.scalarText(e.value, `"profile.fields.${name}"`);
                    if (v !== undefined)
                        fields[name] = v;
                }
            }
        };
        walk(fieldsNode, '');
    }
    if (found === undefined)
        return undefined;
    if (found !== 'one' && Object.keys(fields).length > 0)
        r.problem(fieldsNode.at, `"profile.fields" only means something when found is one (found is ${found}: no profile is loaded)`);
    return { found, fields };
}
function readInput(r, node) {
    if (node.kind !== 'seq') {
        r.problem(node.at, `"input" must be a list consumed in order by the input blocks ([{ dtmf: "1" }, timeout]), not ${describeKind(node)}`);
        return [];
    }
    const out = [];
    for (const item of node.items) {
        if (item.kind === 'scalar') {
            if (item.value === 'timeout')
                out.push({ kind: 'timeout', at: item.at });
            else
                r.problem(item.at, `an input entry is timeout, { dtmf: "1" }, { lex: { intent: Name } } or { event: CustomerReturned }, not ${describeKind(item)}${typeof item.value === 'number' ? ` (did you mean { dtmf: "${item.value}" }?)` : ''}`);
            continue;
        }
        if (item.kind !== 'map' || item.entries.length !== 1) {
            r.problem(item.at, `an input entry is timeout, { dtmf: "1" }, { lex: { intent: Name } } or { event: CustomerReturned }, not ${describeKind(item)}`);
            continue;
        }
        const { key, keyAt, value } = item.entries[0];
        if (key === 'dtmf') {
            if (value.kind === 'scalar' && typeof value.value === 'string' && /^[0-9*#]+$/.test(value.value))
                out.push({ kind: 'dtmf', value: value.value, at: item.at });
            else if (value.kind === 'scalar' && typeof value.value === 'number')
                r.problem(value.at, `dtmf digits are text: quote them (dtmf: "${value.value}"); YAML reads an unquoted 0312 as the number 312 and drops the leading zero`);
            else
                r.problem(value.at, `dtmf is the keys pressed, digits 0-9, * and #, quoted (dtmf: "1"), not ${describeKind(value)}`);
        }
        else if (key === 'lex') {
            if (value.kind !== 'map') {
                r.problem(value.at, `lex is a mapping with "intent" (and optionally "slots", "sessionAttributes"), not ${describeKind(value)}`);
                continue;
            }
            r.keys(value, ['intent', 'slots', 'sessionAttributes'], '"lex"');
            const intentNode = r.get(value, 'intent');
            const intent = intentNode ? r.string(intentNode, '"lex.intent"') : undefined;
            if (!intentNode)
                r.problem(value.at, 'lex needs "intent": the intent name the bot recognises');
            const slots = r.get(value, 'slots');
            const session = r.get(value, 'sessionAttributes');
            if (intent !== undefined)
                out.push({ kind: 'lex', intent, slots: slots ? r.stringMap(slots, '"lex.slots"') : {}, sessionAttributes: session ? r.stringMap(session, '"lex.sessionAttributes"') : {}, at: item.at });
        }
        else if (key === 'event') {
            const v = r.string(value, '"event"');
            if (v !== undefined)
                out.push({ kind: 'event', value: v, at: item.at });
        }
        else {
            const near = closest(key, ['dtmf', 'lex', 'event']);
            r.problem(keyAt, `unknown input "${key}"${near ? `: did you mean "${near}"?` : ''} (an input entry is timeout, { dtmf: "1" }, { lex: {...} } or { event: ... })`);
        }
    }
    return out;
}
function readLambda(r, node) {
    const out = Object.create(null);
    if (node.kind !== 'map') {
        r.problem(node.at, `"lambda" must be a mapping of function name or ARN to a list of calls ([{ returns: {...} }, { error: true }]), not ${describeKind(node)}`);
        return out;
    }
    for (const e of node.entries) {
        const calls = e.value.kind === 'seq' ? e.value.items : [e.value];
        const mocks = [];
        for (const c of calls) {
            if (c.kind !== 'map' || c.entries.length !== 1) {
                r.problem(c.at, `a Lambda call is { returns: {...} } or { error: true }, not ${describeKind(c)}`);
                continue;
            }
            const { key, keyAt, value } = c.entries[0];
            if (key === 'returns') {
                if (value.kind !== 'map')
                    r.problem(value.at, `"returns" is the mapping the function returns (it becomes $.External), not ${describeKind(value)}`);
                else
                    mocks.push({ returns: toJson(value) });
            }
            else if (key === 'error') {
                if (value.kind === 'scalar' && (value.value === true || value.value === 'timeout' || value.value === 'throw'))
                    mocks.push({ error: String(value.value) });
                else
                    r.problem(value.at, `"error" is true, timeout or throw, not ${describeKind(value)}`);
            }
            else {
                const near = closest(key, ['returns', 'error']);
                r.problem(keyAt, `unknown key "${key}" in a Lambda call${near ? `: did you mean "${near}"?` : ''} (use returns or error)`);
            }
        }
        out[e.key] = mocks;
    }
    return out;
}
function readQueues(r, node) {
    const out = Object.create(null);
    if (node.kind !== 'map') {
        r.problem(node.at, `"queues" must be a mapping of queue ARN, id or name to its facts ({ atCapacity: true }), not ${describeKind(node)}`);
        return out;
    }
    for (const e of node.entries) {
        if (e.value.kind !== 'map') {
            r.problem(e.value.at, `the facts of queue "${e.key}" are a mapping (${QUEUE_KEYS.join(', ')}), not ${describeKind(e.value)}`);
            continue;
        }
        r.keys(e.value, QUEUE_KEYS, `queue "${e.key}"`);
        const facts = {};
        for (const f of e.value.entries) {
            if (f.key === 'atCapacity') {
                if (f.value.kind === 'scalar' && typeof f.value.value === 'boolean')
                    facts[f.key] = f.value.value;
                else
                    r.problem(f.value.at, `"atCapacity" is true or false, not ${describeKind(f.value)}`);
            }
            else if (QUEUE_KEYS.includes(f.key)) {
                if (f.value.kind === 'scalar' && typeof f.value.value === 'number' && Number.isFinite(f.value.value) && f.value.value >= 0)
                    facts[f.key] = f.value.value;
                else
                    r.problem(f.value.at, `"${f.key}" is a number (0 or more), not ${describeKind(f.value)}`);
            }
        }
        out[e.key] = facts;
    }
    return out;
}
function readExpect(r, node) {
    if (node.kind !== 'map') {
        r.problem(node.at, `"expect" must be a mapping (${EXPECT_KEYS.join(', ')}), not ${describeKind(node)}`);
        return {};
    }
    r.keys(node, EXPECT_KEYS, '"expect"');
    if (node.entries.length === 0)
        r.problem(node.at, `"expect" is empty: say what must happen (${EXPECT_KEYS.join(', ')})`);
    const out = {};
    for (const { key, value } of node.entries) {
        switch (key) {
            case 'visits':
            case 'notVisits':
            case 'path':
                out[key] = r.stringList(value, `"expect.${key}"`, 'block Identifiers or labels');
                break;
            case 'prompts': {
                if (value.kind !== 'seq') {
                    r.problem(value.at, `"expect.prompts" is a list of { contains: "..." } or { equals: "..." }, in the order they are played, not ${describeKind(value)}`);
                    break;
                }
                const prompts = [];
                for (const p of value.items) {
                    if (p.kind === 'scalar' && typeof p.value === 'string') {
                        prompts.push({ contains: p.value });
                        continue;
                    }
                    if (p.kind !== 'map' || p.entries.length !== 1) {
                        r.problem(p.at, `a prompt expectation is { contains: "..." } or { equals: "..." }, not ${describeKind(p)}`);
                        continue;
                    }
                    const { key: k, keyAt, value: v } = p.entries[0];
                    if (k !== 'contains' && k !== 'equals') {
                        const near = closest(k, ['contains', 'equals']);
                        r.problem(keyAt, `unknown key "${k}" in a prompt expectation${near ? `: did you mean "${near}"?` : ''} (use contains or equals)`);
                        continue;
                    }
                    const text = r.scalarText(v, `"${k}"`);
                    if (text !== undefined)
                        prompts.push({ [k]: text });
                }
                out[key] = prompts;
                break;
            }
            case 'queue': {
                const v = r.string(value, '"expect.queue"');
                if (v !== undefined)
                    out[key] = v;
                break;
            }
            case 'attributes':
            case 'flowAttributes':
                out[key] = r.stringMap(value, `"expect.${key}"`);
                break;
            case 'ends': {
                const v = r.oneOf(value, ENDINGS, '"expect.ends"');
                if (v)
                    out[key] = v;
                break;
            }
        }
    }
    return out;
}
function toJson(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toJson);
    const o = Object.create(null);
    for (const e of node.entries)
        o[e.key] = toJson(e.value);
    return o;
}
/** Small typed readers that record a problem (with the node's position) instead of throwing. */
class Reader {
    problem;
    constructor(problem) {
        this.problem = problem;
    }
    get(node, key) {
        return node.entries.find((e) => e.key === key)?.value;
    }
    keys(node, allowed, where) {
        for (const e of node.entries) {
            if (allowed.includes(e.key))
                continue;
            const near = closest(e.key, allowed);
            this.problem(e.keyAt, `unknown key "${e.key}" in ${where}${near ? `: did you mean "${near}"?` : ''} (${where} takes ${allowed.join(', ')})`);
        }
    }
    string(node, what, hint) {
        if (node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '')
            return node.value;
        this.problem(node.at, `${what} must be text, not ${describeKind(node)}${hint ? `: ${hint}` : ''}`);
        return undefined;
    }
    /** Text, or a number/boolean written without quotes (attribute values are strings in Connect). */
    scalarText(node, what) {
        if (node.kind === 'scalar' && node.value !== null)
            return String(node.value);
        this.problem(node.at, `${what} must be a single value, not ${describeKind(node)}`);
        return undefined;
    }
    oneOf(node, values, what) {
        if (node.kind === 'scalar' && typeof node.value === 'string' && values.includes(node.value))
            return node.value;
        const text = node.kind === 'scalar' ? String(node.value) : '';
        const near = text ? closest(text, values) : undefined;
        this.problem(node.at, `${what} must be one of ${values.join(', ')}, not ${describeKind(node)}${near ? `: did you mean "${near}"?` : ''}`);
        return undefined;
    }
    stringMap(node, what) {
        const out = Object.create(null);
        if (node.kind !== 'map') {
            this.problem(node.at, `${what} must be a mapping of names to values, not ${describeKind(node)}`);
            return out;
        }
        for (const e of node.entries) {
            const v = this.scalarText(e.value, `${what.slice(0, -1)}.${e.key}"`);
            if (v !== undefined)
                out[e.key] = v;
        }
        return out;
    }
    stringList(node, what, of) {
        if (node.kind !== 'seq') {
            this.problem(node.at, `${what} must be a list of ${of}, not ${describeKind(node)}`);
            return [];
        }
        const out = [];
        for (const i of node.items) {
            const v = this.scalarText(i, `an entry of ${what}`);
            if (v !== undefined)
                out.push(v);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/simulate/run.ts
/**
 * The scenario simulator: runs one contact through the flow model, deterministically and without I/O.
 * What each action type does is in docs/../simulation.md §2.3; where that table says "inference" or "not
 * found", the simulator stops the scenario and says what to supply rather than guess. Every block the
 * contact passes, every branch it takes and every prompt it hears is recorded for the expectations and for
 * coverage.
 */




const DEFAULT_MAX_STEPS = 1000;
const run_NME = 'NoMatchingError';
/** "You can have up to 32,768 UTF-8 bytes across all attributes for a contact"; over it, the Error branch. */
const MAX_ATTRIBUTE_BYTES = 32_768;
/** Prompt text one scenario may record: flows come from pull requests, and a loop could otherwise fill memory. */
const MAX_PROMPT_CHARS = 2_000_000;
const dict = () => Object.create(null);
const utf8Bytes = (o) => {
    let n = 0;
    for (const k in o)
        n += Buffer.byteLength(k) + Buffer.byteLength(o[k]);
    return n;
};
class Stop extends Error {
}
const freshScope = () => ({ flowAttributes: dict(), external: undefined, lex: undefined, stored: undefined, profile: undefined });
/** Short name of a block in messages: its type and the start of its Identifier. */
function blockName(a) {
    return `${a.type || 'block'} ${a.id.length > 12 ? a.id.slice(0, 8) : a.id}`;
}
/** Whether a scenario's name for a block (Identifier, its first characters, label or designer name) names it. */
function blockMatches(a, ref) {
    if (ref === a.id || (ref.length >= 6 && a.id.startsWith(ref)))
        return true;
    const md = blockMetadata(a);
    const name = md && typeof md['name'] === 'string' ? md['name'] : undefined;
    return name === ref || blockLabel(a) === ref;
}
/** Conditions of a block in export order, each with its transition (undefined when its NextAction is empty). */
function conditionsOf(a) {
    const raw = isObject(a.raw['Transitions']) ? a.raw['Transitions']['Conditions'] : undefined;
    if (!Array.isArray(raw))
        return [];
    const byIndex = new Map();
    for (const t of a.transitions)
        if (t.kind === 'condition')
            byIndex.set(t.path[t.path.length - 2], t);
    return raw.map((entry, j) => {
        const c = isObject(entry) && isObject(entry['Condition']) ? entry['Condition'] : {};
        const ops = c['Operands'];
        return { operator: values_scalarText(c['Operator']), operands: Array.isArray(ops) ? ops.map(values_scalarText) : [values_scalarText(ops)], t: byIndex.get(j) };
    });
}
const METRIC_FACT = {
    NumberOfAgentsAvailable: 'agentsAvailable',
    NumberOfAgentsStaffed: 'agentsStaffed',
    NumberOfAgentsOnline: 'agentsOnline',
    NumberOfContactsInQueue: 'contactsInQueue',
    OldestContactInQueueAgeSeconds: 'oldestContactAgeSeconds',
};
/** `$.Metrics.<path>` → the queue fact GetMetricData fills it from. */
const METRIC_PATHS = {
    'Queue.Size': 'contactsInQueue',
    'Queue.OldestContactAge': 'oldestContactAgeSeconds',
    'Agents.Available.Count': 'agentsAvailable',
    'Agents.Staffed.Count': 'agentsStaffed',
    'Agents.Online.Count': 'agentsOnline',
};
/** Settings blocks: they change how the contact is handled, not where it goes. */
const PASS_THROUGH = new Set([
    'UpdateFlowLoggingBehavior',
    'UpdateContactRecordingBehavior',
    'UpdateContactRecordingAndAnalyticsBehavior',
    'UpdateContactEventHooks',
    'UpdateContactRoutingBehavior',
    'UpdateContactMediaStreamingBehavior',
    'TagContact',
    'UnTagContact',
]);
/** The action types the simulator models (the others stop a scenario, naming the block). */
const MODELLED_TYPES = [
    ...PASS_THROUGH,
    'UpdateContactTextToSpeechVoice',
    'UpdateContactData',
    'UpdateContactAttributes',
    'UpdateFlowAttributes',
    'Compare',
    'MessageParticipant',
    'GetParticipantInput',
    'ConnectParticipantWithLexBot',
    'InvokeLambdaFunction',
    'CheckHoursOfOperation',
    'CheckMetricData',
    'GetMetricData',
    'DistributeByPercentage',
    'Loop',
    'Wait',
    'UpdateContactTargetQueue',
    'TransferContactToQueue',
    'DequeueContactAndTransferToQueue',
    'TransferToFlow',
    'InvokeFlowModule',
    'EndFlowModuleExecution',
    'GetCustomerProfile',
    'CreateCustomerProfile',
    'UpdateCustomerProfile',
    'AssociateContactToCustomerProfile',
    'DisconnectParticipant',
    'EndFlowExecution',
    'TransferContactToAgent',
];
/**
 * Runs one scenario's contact from the start of `world.flows[entry]`. Never throws. `budget` caps the steps
 * whatever the scenario's maxSteps says (a whole run shares one budget: see suite.ts).
 */
function simulate(world, entry, given, budget = Number.POSITIVE_INFINITY) {
    return new Run(world, given, budget).run(entry);
}
class Run {
    world;
    given;
    budget;
    steps = [];
    prompts = [];
    promptChars = 0;
    notes = [];
    taken = [];
    attributes;
    queue;
    voice = 'Joanna';
    language = 'en-US';
    inputAt = 0;
    randomAt = 0;
    lambdaCalls = new Map();
    loops = new Map();
    metricsQueue;
    frame;
    action;
    constructor(world, given, budget) {
        this.world = world;
        this.given = given;
        this.budget = budget;
        // Null-prototype maps: an attribute named __proto__ in a flow is just a key.
        this.attributes = Object.assign(dict(), given.contact?.attributes ?? {});
    }
    run(entry) {
        let ends;
        let endDetail;
        let stopped;
        this.frame = { flow: entry, scope: freshScope() };
        try {
            let action = this.start(entry);
            const max = this.given.maxSteps ?? DEFAULT_MAX_STEPS;
            for (;;) {
                if (this.steps.length >= max)
                    throw new Stop(this.loopMessage(max));
                if (this.steps.length >= this.budget)
                    throw new Stop('this run has used up its budget of simulated steps (shared by all its scenarios, so that no set of files can hang it); run fewer scenario files at once');
                this.action = action;
                const forced = this.forcedError(action);
                const outcome = forced ? { take: 'error', type: forced } : this.exec(action);
                if ('end' in outcome) {
                    this.record(action, outcome.end === 'queued' ? 'queued' : outcome.end);
                    ends = outcome.end;
                    endDetail = outcome.detail;
                    break;
                }
                if ('enter' in outcome) {
                    this.record(action, outcome.module ? 'module' : 'transfer');
                    const scope = outcome.module ? freshScope() : { ...freshScope(), profile: this.frame.scope.profile };
                    this.frame = outcome.module ? { flow: outcome.enter, scope, returnTo: { frame: this.frame, action } } : { flow: outcome.enter, scope };
                    action = this.start(outcome.enter);
                    continue;
                }
                if ('leaveModule' in outcome) {
                    const back = this.frame.returnTo;
                    this.record(action, 'return');
                    if (!back) {
                        ends = 'ended';
                        break;
                    }
                    this.frame = back.frame;
                    this.action = back.action;
                    action = this.follow(back.action, { take: 'next' }, false);
                    continue;
                }
                action = this.follow(action, outcome, true);
            }
        }
        catch (e) {
            if (!(e instanceof Stop))
                throw e;
            stopped = e.message;
        }
        return {
            steps: this.steps,
            prompts: this.prompts,
            attributes: this.attributes,
            flowAttributes: this.frame.scope.flowAttributes,
            ...(this.queue !== undefined && ends === 'queued' ? { queue: this.queue } : {}),
            ...(ends !== undefined ? { ends } : {}),
            ...(endDetail !== undefined ? { endDetail } : {}),
            ...(stopped !== undefined ? { stopped } : {}),
            notes: this.notes,
            taken: this.taken,
        };
    }
    get flow() {
        return this.world.flows[this.frame.flow].flow;
    }
    get file() {
        return this.world.flows[this.frame.flow].file;
    }
    start(flowIndex) {
        const f = this.world.flows[flowIndex];
        const a = f.flow.startAction !== undefined ? f.flow.byId.get(f.flow.startAction) : undefined;
        if (!a)
            throw new Stop(`${f.file}: StartAction ${JSON.stringify(f.flow.startAction ?? '')} names no block, so no contact can enter the flow`);
        return a;
    }
    record(a, branch) {
        this.steps.push({ flow: this.frame.flow, blockId: a.id, type: a.type, branch });
    }
    note(text) {
        if (!this.notes.includes(text))
            this.notes.push(text);
    }
    /** Takes the branch an outcome chose and returns the next block. */
    follow(a, outcome, recordStep) {
        let t;
        let branch;
        if ('take' in outcome && outcome.take === 'next') {
            t = a.transitions.find((x) => x.kind === 'next');
            branch = 'next';
            if (!t)
                throw new Stop(`${blockName(a)} succeeded but has no NextAction: the flow does not say where the contact goes`);
        }
        else if ('take' in outcome && outcome.take === 'conditions') {
            const conds = conditionsOf(a);
            let matched;
            for (const c of conds) {
                const r = compare(c.operator, outcome.value, c.operands[0] ?? '');
                if (typeof r === 'string')
                    throw new Stop(`${blockName(a)}: ${r}`);
                if (r) {
                    matched = { t: c.t, label: `${c.operator} ${c.operands.join(', ')}`.trim() };
                    break;
                }
            }
            if (!matched) {
                // Exact comparison, as Connect's; but "Hokkaidō" typed as o + combining macron (NFD) looks the same
                // as the precomposed ō (NFC) and never matches it: say so when that is the only difference.
                const value = outcome.value;
                const near = conds.find((c) => {
                    const operand = c.operands[0] ?? '';
                    const differs = value.normalize('NFC') !== value || operand.normalize('NFC') !== operand;
                    return differs && compare(c.operator, value.normalize('NFC'), operand.normalize('NFC')) === true;
                });
                if (near)
                    this.note(`${blockName(a)}: ${JSON.stringify(outcome.value)} does not match the condition ${near.operator} ${JSON.stringify(near.operands[0] ?? '')}, though they differ only in Unicode normalisation (NFC/NFD); Amazon Connect compares exactly`);
            }
            if (matched) {
                if (!matched.t)
                    throw new Stop(`${blockName(a)}: the condition ${matched.label} matched ${JSON.stringify(outcome.value)} but leads nowhere (empty NextAction)`);
                t = matched.t;
                branch = matched.t.label;
            }
            else
                return this.follow(a, { take: 'error', type: outcome.noMatch }, recordStep);
        }
        else {
            const type = outcome.type;
            t = a.transitions.find((x) => x.kind === 'error' && x.errorType === type);
            branch = type;
            if (!t && type !== run_NME) {
                // NoMatchingError is the catch-all for errors a block does not wire one by one.
                t = a.transitions.find((x) => x.kind === 'error' && x.errorType === run_NME);
                if (t)
                    branch = `${type} (via ${run_NME})`;
            }
            if (!t)
                throw new Stop(`${blockName(a)} took the error ${type}, which has no branch (and no ${run_NME} to catch it): the contact would be lost here`);
        }
        if (recordStep)
            this.record(a, branch);
        this.taken.push(t);
        const next = this.flow.byId.get(t.target);
        if (!next)
            throw new Stop(`${blockName(a)} leads to ${JSON.stringify(t.target)}, which is not a block of ${this.file}`);
        return next;
    }
    forcedError(a) {
        const errors = this.given.errors;
        if (!errors)
            return undefined;
        for (const [ref, type] of Object.entries(errors))
            if (blockMatches(a, ref))
                return type;
        return undefined;
    }
    loopMessage(max) {
        const last = this.steps[this.steps.length - 1];
        let cycle = [];
        if (last) {
            for (let i = this.steps.length - 2; i >= 0; i--) {
                const s = this.steps[i];
                if (s.flow === last.flow && s.blockId === last.blockId) {
                    cycle = this.steps.slice(i + 1);
                    break;
                }
            }
        }
        const names = cycle.map((s) => {
            const a = this.world.flows[s.flow].flow.byId.get(s.blockId);
            return a ? `${blockName(a)} (${s.branch})` : s.blockId;
        });
        return `stopped after ${max} steps (given.maxSteps): ${names.length > 0 ? `the contact goes round ${names.join(' → ')} and never leaves` : 'the contact never left the flow'}; give the loop an input or a Loop block that ends it, or raise maxSteps`;
    }
    // ─────────────────────────── reading flow data ───────────────────────────
    param(a, name) {
        return Object.hasOwn(a.parameters, name) ? a.parameters[name] : undefined;
    }
    /** A parameter's value with placeholders and references filled in. */
    value(v) {
        const text = values_scalarText(v);
        return render(text, (name) => this.fill(name), (segments, ref) => this.read(segments, ref));
    }
    fill(name) {
        const v = this.given.vars?.[name];
        if (v === undefined)
            throw new Stop(`${this.where()} uses the template placeholder \${${name}}: set vars.${name} in the scenario file (what the deployment fills in)`);
        return v;
    }
    where() {
        return this.action ? blockName(this.action) : this.file;
    }
    /** Reads one reference. Values the scenario must supply and did not stop the run, naming the `given` key. */
    read(seg, ref) {
        const scope = this.frame.scope;
        const [ns, ...rest] = seg;
        const key = rest.join('.');
        const missing = (hint) => {
            throw new Stop(`${this.where()} reads ${ref}, which is not set: ${hint}`);
        };
        switch (ns) {
            case 'Attributes': {
                const v = this.attributes[key];
                if (v === undefined)
                    missing(`the flow has not set it by here; if it comes from before this flow, give it in given.contact.attributes.${key}`);
                return v;
            }
            case 'FlowAttributes': {
                const v = scope.flowAttributes[key];
                if (v === undefined)
                    missing('no UpdateFlowAttributes block set it in this flow by here (flow attributes do not cross flows)');
                return v;
            }
            case 'External': {
                const ext = scope.external;
                if (!ext)
                    missing(`no Lambda function has run in this ${this.frame.returnTo ? 'module' : 'flow'} by here`);
                if ('failed' in ext)
                    return missing(`the last Lambda call (${ext.failed}) failed, so $.External holds nothing`);
                let v = ext.data;
                for (const k of rest)
                    v = isObject(v) && Object.hasOwn(v, k) ? v[k] : undefined;
                if (v === undefined)
                    missing(`the mock for ${ext.from} does not return ${key}: add it to its returns in given.lambda`);
                return values_scalarText(v);
            }
            case 'Customer':
                return this.readProfile(key, ref);
            case 'StoredCustomerInput':
                if (scope.stored === undefined)
                    missing('no "Store customer input" block (GetParticipantInput with StoreInput True) ran before in this flow');
                return scope.stored;
            case 'Lex': {
                const lex = scope.lex;
                if (!lex)
                    missing('no Lex bot block ran before in this flow');
                if (key === 'IntentName')
                    return lex.intent;
                if (rest[0] === 'Slots')
                    return lex.slots[rest.slice(1).join('.')] ?? '';
                if (rest[0] === 'SessionAttributes')
                    return lex.sessionAttributes[rest.slice(1).join('.')] ?? '';
                return missing(`the simulator models $.Lex.IntentName, $.Lex.Slots.* and $.Lex.SessionAttributes.* only`);
            }
            case 'Queue': {
                if (this.queue === undefined)
                    missing('no UpdateContactTargetQueue block set the working queue by here');
                if (key === 'ARN')
                    return this.queue;
                if (key === 'Name' || key === 'Id')
                    return values_shortId(this.queue);
                return missing('the simulator models $.Queue.ARN and $.Queue.Name only');
            }
            case 'Metrics': {
                const fact = Object.hasOwn(METRIC_PATHS, key) ? METRIC_PATHS[key] : undefined;
                if (this.metricsQueue === undefined)
                    missing('no GetMetricData block ran before');
                if (!fact)
                    return missing(`the simulator models $.Metrics.${Object.keys(METRIC_PATHS).join(', $.Metrics.')}`);
                return String(this.queueFact(this.metricsQueue, fact));
            }
            case 'Channel':
                if (rest.length === 0)
                    return this.given.contact?.channel ?? 'VOICE';
                break;
            case 'CustomerEndpoint':
            case 'SystemEndpoint': {
                const which = ns === 'CustomerEndpoint' ? 'customer' : 'system';
                if (key === 'Address') {
                    const v = this.given.contact?.[which];
                    if (v === undefined)
                        missing(`give the ${which === 'customer' ? "caller's" : 'dialled'} number in given.contact.${which}`);
                    return v;
                }
                if (key === 'Type')
                    return 'TELEPHONE_NUMBER';
                break;
            }
            case 'TextToSpeechVoiceId':
                if (rest.length === 0)
                    return this.voice;
                break;
            case 'LanguageCode':
                if (rest.length === 0)
                    return this.language;
                break;
        }
        const path = `$.${seg.join('.')}`;
        const v = this.given.values?.[path];
        if (v === undefined)
            return missing(`give it in given.values["${path}"]`);
        return v;
    }
    /** `$.Customer.X`: only what the lookup requested is loaded; anything else reads "" (the seed defect). */
    readProfile(field, ref) {
        const p = this.frame.scope.profile;
        const held = this.given.profile?.fields[field];
        if (!p) {
            this.note(`${this.where()} read ${ref} as "": no customer profile lookup succeeded before it${this.frame.returnTo ? ' in this module (modules do not see the caller\'s profile)' : ''}`);
            return '';
        }
        if (field === 'ProfileId')
            return 'sim-profile-id';
        if (field === 'ProfileARN')
            return 'arn:aws:profile:sim:domain/sim/profile/sim-profile-id';
        if (p.requested.includes(field))
            return p.fields[field] ?? '';
        const requested = p.requested.length > 0 ? p.requested.join(', ') : 'none';
        this.note(`${this.where()} read ${ref} as "": ${blockName(p.lookup)} did not request ${field} (ProfileResponseData: ${requested})${held !== undefined ? `, though the scenario's profile holds ${field}: ${held}` : ''}`);
        return '';
    }
    queueFacts(queue) {
        const queues = this.given.queues;
        if (!queues)
            return undefined;
        for (const [k, v] of Object.entries(queues))
            if (sameResource(k, queue))
                return v;
        return queues['*'];
    }
    queueFact(queue, fact) {
        const v = this.queueFacts(queue)?.[fact];
        if (v === undefined)
            throw new Stop(`${this.where()} needs ${fact} of the queue ${values_shortId(queue)}: give it in given.queues.${values_shortId(queue)}.${fact}`);
        return v;
    }
    nextInput(a, wants) {
        const input = this.given.input ?? [];
        const entry = input[this.inputAt];
        if (!entry)
            throw new Stop(`${blockName(a)} waits for the caller, but given.input ${input.length === 0 ? 'is empty' : `has only ${input.length} entr${input.length === 1 ? 'y' : 'ies'}`}: add ${wants}`);
        this.inputAt++;
        return entry;
    }
    prompt(a) {
        const text = this.param(a, 'Text');
        const ssml = this.param(a, 'SSML');
        const id = this.param(a, 'PromptId');
        let heard;
        if (typeof text === 'string' && text !== '')
            heard = this.value(text);
        else if (typeof ssml === 'string' && ssml !== '')
            heard = this.value(ssml);
        else if (typeof id === 'string' && id !== '')
            heard = `[prompt ${values_shortId(this.value(id))}]`;
        if (heard === undefined)
            return;
        this.promptChars += heard.length;
        if (this.promptChars > MAX_PROMPT_CHARS)
            throw new Stop(`${blockName(a)}: the contact has heard over ${MAX_PROMPT_CHARS.toLocaleString('en-US')} characters of prompts; the scenario stops there`);
        this.prompts.push(heard);
    }
    mapParam(a, name) {
        const v = this.param(a, name);
        return isObject(v) ? v : {};
    }
    // ─────────────────────────── what each block does ───────────────────────────
    exec(a) {
        if (PASS_THROUGH.has(a.type))
            return { take: 'next' };
        switch (a.type) {
            case 'UpdateContactTextToSpeechVoice':
                this.voice = this.value(this.param(a, 'TextToSpeechVoice') ?? this.voice);
                return { take: 'next' };
            case 'UpdateContactData': {
                const lang = this.param(a, 'LanguageCode');
                if (lang !== undefined)
                    this.language = this.value(lang);
                return { take: 'next' };
            }
            case 'UpdateContactAttributes': {
                // "Either all attributes are set or none are set": resolve every value before setting any.
                const set = [];
                for (const [k, v] of Object.entries(this.mapParam(a, 'Attributes')))
                    set.push([isWholeRef(k) ? this.value(k) : k, this.value(v)]);
                const after = Object.assign(dict(), this.attributes);
                for (const [k, v] of set)
                    after[k] = v;
                if (utf8Bytes(after) > MAX_ATTRIBUTE_BYTES) {
                    this.note(`${blockName(a)} took ${run_NME}: the contact's attributes would be over ${MAX_ATTRIBUTE_BYTES} UTF-8 bytes, so none was set`);
                    return { take: 'error', type: run_NME };
                }
                for (const [k, v] of set)
                    this.attributes[k] = v;
                return { take: 'next' };
            }
            case 'UpdateFlowAttributes': {
                const set = [];
                for (const [k, v] of Object.entries(this.mapParam(a, 'FlowAttributes')))
                    set.push([k, this.value(isObject(v) ? v['Value'] : v)]);
                const after = Object.assign(dict(), this.frame.scope.flowAttributes);
                for (const [k, v] of set)
                    after[k] = v;
                // The 32 KB cap of contact attributes, applied to flow attributes too (an assumption: it bounds a loop that grows one).
                if (utf8Bytes(after) > MAX_ATTRIBUTE_BYTES) {
                    this.note(`${blockName(a)} took ${run_NME}: the flow attributes would be over ${MAX_ATTRIBUTE_BYTES} UTF-8 bytes`);
                    return { take: 'error', type: run_NME };
                }
                this.frame.scope.flowAttributes = after;
                return { take: 'next' };
            }
            case 'Compare':
                return { take: 'conditions', value: this.value(this.param(a, 'ComparisonValue')), noMatch: 'NoMatchingCondition' };
            case 'MessageParticipant':
                this.prompt(a);
                return { take: 'next' };
            case 'GetParticipantInput':
                return this.getInput(a);
            case 'ConnectParticipantWithLexBot': {
                this.prompt(a);
                const e = this.nextInput(a, '{ lex: { intent: IntentName } } or timeout');
                if (e.kind === 'timeout')
                    return { take: 'error', type: 'InputTimeLimitExceeded' };
                if (e.kind !== 'lex')
                    throw new Stop(`${blockName(a)} is a Lex bot, but the next input (line ${e.at.line}) is ${e.kind}: give { lex: { intent: ... } } or timeout`);
                this.frame.scope.lex = { intent: e.intent, slots: Object.assign(dict(), e.slots), sessionAttributes: Object.assign(dict(), e.sessionAttributes) };
                return { take: 'conditions', value: e.intent, noMatch: 'NoMatchingCondition' };
            }
            case 'Wait': {
                const e = this.nextInput(a, '{ event: CustomerReturned } or timeout');
                if (e.kind === 'timeout')
                    return { take: 'conditions', value: 'WaitCompleted', noMatch: run_NME };
                if (e.kind !== 'event')
                    throw new Stop(`${blockName(a)} waits for an event, but the next input (line ${e.at.line}) is ${e.kind}: give { event: ... } or timeout`);
                return { take: 'conditions', value: e.value, noMatch: run_NME };
            }
            case 'InvokeLambdaFunction':
                return this.lambda(a);
            case 'CheckHoursOfOperation':
                return this.hours(a);
            case 'CheckMetricData': {
                const q = this.queueParam(a);
                if (q === undefined) {
                    this.note(`${blockName(a)} took ${run_NME}: no queue was set (QueueId, or a working queue)`);
                    return { take: 'error', type: run_NME };
                }
                const metric = values_scalarText(this.param(a, 'MetricType'));
                const fact = Object.hasOwn(METRIC_FACT, metric) ? METRIC_FACT[metric] : undefined;
                if (!fact)
                    throw new Stop(`${blockName(a)} checks ${JSON.stringify(metric)}, which the simulator does not model (${Object.keys(METRIC_FACT).join(', ')})`);
                return { take: 'conditions', value: String(this.queueFact(q, fact)), noMatch: 'NoMatchingCondition' };
            }
            case 'GetMetricData': {
                const q = this.queueParam(a);
                if (q === undefined)
                    return { take: 'error', type: run_NME };
                this.metricsQueue = q;
                return { take: 'next' };
            }
            case 'DistributeByPercentage': {
                const draws = this.given.random ?? [];
                const d = draws[this.randomAt++];
                if (d === undefined)
                    throw new Stop(`${blockName(a)} draws a random number from 1 to 100, but given.random ${draws.length === 0 ? 'is not set' : `has only ${draws.length} draw(s)`}: add one (random: [37])`);
                return { take: 'conditions', value: String(d), noMatch: 'NoMatchingCondition' };
            }
            case 'Loop': {
                const n = Number(values_scalarText(this.param(a, 'LoopCount')));
                if (!Number.isInteger(n) || n < 0)
                    throw new Stop(`${blockName(a)}: LoopCount ${JSON.stringify(this.param(a, 'LoopCount'))} is not a whole number`);
                const key = `${this.frame.flow}:${a.id}`;
                const count = this.loops.get(key) ?? 0;
                if (count < n) {
                    this.loops.set(key, count + 1);
                    return { take: 'conditions', value: 'ContinueLooping', noMatch: run_NME };
                }
                this.loops.delete(key);
                return { take: 'conditions', value: 'DoneLooping', noMatch: run_NME };
            }
            case 'UpdateContactTargetQueue': {
                const v = this.value(this.param(a, 'QueueId') ?? this.param(a, 'AgentId') ?? '');
                if (v === '')
                    return { take: 'error', type: run_NME };
                this.queue = v;
                return { take: 'next' };
            }
            case 'TransferContactToQueue': {
                if (this.queue === undefined) {
                    this.note(`${blockName(a)} took ${run_NME}: no working queue was set before it`);
                    return { take: 'error', type: run_NME };
                }
                if (this.queueFacts(this.queue)?.atCapacity === true)
                    return { take: 'error', type: 'QueueAtCapacity' };
                return { end: 'queued', detail: this.queue };
            }
            case 'DequeueContactAndTransferToQueue': {
                const q = this.param(a, 'QueueId');
                if (q !== undefined)
                    this.queue = this.value(q);
                if (this.queue === undefined)
                    return { take: 'error', type: run_NME };
                if (this.queueFacts(this.queue)?.atCapacity === true)
                    return { take: 'error', type: 'QueueAtCapacity' };
                return { end: 'queued', detail: this.queue };
            }
            case 'TransferToFlow':
            case 'InvokeFlowModule':
                return this.transfer(a);
            case 'EndFlowModuleExecution':
                return { leaveModule: true };
            case 'GetCustomerProfile':
            case 'CreateCustomerProfile':
            case 'UpdateCustomerProfile':
            case 'AssociateContactToCustomerProfile':
                return this.profile(a);
            case 'DisconnectParticipant':
                return { end: 'disconnected' };
            case 'EndFlowExecution':
                return { end: 'ended' };
            case 'TransferContactToAgent':
                return { end: 'transferred', detail: 'agent' };
        }
        throw new Stop(`${blockName(a)}: the simulator does not model ${a.type ? `the action type ${a.type}` : 'a block without a Type'}, so it cannot say where the contact goes; force a branch with given.errors["${a.id}"]: <ErrorType>`);
    }
    getInput(a) {
        this.prompt(a);
        const store = values_truthy(this.param(a, 'StoreInput'));
        const e = this.nextInput(a, store ? '{ dtmf: "0312345678#" } or timeout' : '{ dtmf: "1" } or timeout');
        if (e.kind !== 'dtmf' && e.kind !== 'timeout')
            throw new Stop(`${blockName(a)} reads keypad input, but the next input (line ${e.at.line}) is ${e.kind}: give { dtmf: "..." } or timeout`);
        if (store) {
            // "Store customer input": the Success branch even on a time-out, with "Timeout" stored.
            this.frame.scope.stored = e.kind === 'timeout' ? 'Timeout' : e.value;
            return { take: 'next' };
        }
        if (e.kind === 'timeout')
            return { take: 'error', type: 'InputTimeLimitExceeded' };
        if (e.value.length !== 1)
            throw new Stop(`${blockName(a)} is a menu that takes one key, but the input (line ${e.at.line}) presses ${JSON.stringify(e.value)}`);
        return { take: 'conditions', value: e.value, noMatch: 'NoMatchingCondition' };
    }
    lambda(a) {
        const arn = this.value(this.param(a, 'LambdaFunctionARN') ?? '');
        const mocks = this.given.lambda ?? {};
        const keys = Object.keys(mocks);
        const fnName = arn.includes(':function:') ? arn.split(':function:')[1].split(':')[0] : arn;
        const key = keys.find((k) => k === arn) ?? keys.find((k) => k === fnName) ?? keys.find((k) => arn.includes(k));
        if (key === undefined)
            throw new Stop(`${blockName(a)} calls the Lambda function ${fnName || '(no ARN)'}, which has no mock: add given.lambda.${fnName || 'name'}: [ { returns: {...} } ]`);
        const n = this.lambdaCalls.get(key) ?? 0;
        const mock = mocks[key][n];
        if (!mock)
            throw new Stop(`${blockName(a)} calls ${fnName} for the ${ordinal(n + 1)} time, but given.lambda.${key} has only ${n} entr${n === 1 ? 'y' : 'ies'}: add one per call`);
        this.lambdaCalls.set(key, n + 1);
        if ('error' in mock) {
            this.frame.scope.external = { failed: fnName };
            return { take: 'error', type: run_NME };
        }
        const validation = this.mapParam(a, 'ResponseValidation');
        const json = values_scalarText(validation['ResponseType']).toUpperCase() === 'JSON';
        if (!json) {
            // STRING_MAP (the default): "a flat object of key/value pairs of the string type".
            const nested = Object.entries(mock.returns).find(([, v]) => typeof v === 'object' && v !== null);
            if (nested)
                throw new Stop(`${blockName(a)} expects a flat STRING_MAP response, but the mock for ${key} returns ${nested[0]} as ${Array.isArray(nested[1]) ? 'a list' : 'a mapping'}: Connect would take the error branch; flatten the mock, or set ResponseValidation.ResponseType JSON in the flow`);
        }
        // $.External is replaced whole by each call.
        this.frame.scope.external = { from: key, data: { ...mock.returns } };
        return { take: 'next' };
    }
    hours(a) {
        const idParam = this.param(a, 'HoursOfOperationId');
        const id = idParam !== undefined ? this.value(idParam) : this.queue;
        if (id === undefined) {
            this.note(`${blockName(a)} took ${run_NME}: it names no hours and no working queue was set`);
            return { take: 'error', type: run_NME };
        }
        const hours = this.given.hours;
        let state;
        if (typeof hours === 'string')
            state = hours;
        else if (hours)
            state = Object.entries(hours).find(([k]) => sameResource(k, id))?.[1] ?? hours['*'];
        if (state === undefined)
            throw new Stop(`${blockName(a)} checks the hours ${idParam !== undefined ? values_shortId(id) : `of the working queue ${values_shortId(id)}`}: say whether they are open with given.hours: open | closed (or given.hours.${values_shortId(id)})`);
        return { take: 'conditions', value: state === 'open' ? 'True' : 'False', noMatch: run_NME };
    }
    queueParam(a) {
        const q = this.param(a, 'QueueId');
        return q !== undefined ? this.value(q) : this.queue;
    }
    transfer(a) {
        const module = a.type === 'InvokeFlowModule';
        const raw = this.param(a, module ? 'FlowModuleId' : 'ContactFlowId');
        const value = raw === undefined ? '' : this.value(raw);
        let target = this.world.callee(this.frame.flow, a.id);
        if (target === undefined && value !== '') {
            const found = this.world.flows.findIndex((f) => f.ids.some((id) => sameResource(id, value)) || f.name === value);
            if (found >= 0)
                target = found;
        }
        if (target !== undefined) {
            if (module && this.frame.returnTo)
                throw new Stop(`${blockName(a)} invokes a module from inside a module, which Amazon Connect does not allow`);
            return { enter: target, module };
        }
        const md = blockMetadata(a);
        const hint = md ? [md['ContactFlow'], md['contactFlow'], md['contactFlowModuleName']].map((v) => (isObject(v) ? v['text'] : v)).find((v) => typeof v === 'string') : undefined;
        const flows = this.given.flows ?? {};
        const external = Object.keys(flows).find((k) => sameResource(k, value) || k === hint);
        if (external !== undefined && !module)
            return { end: 'transferred', detail: external };
        const name = hint ?? values_shortId(value);
        throw new Stop(`${blockName(a)} ${module ? 'invokes the module' : 'transfers to the flow'} ${name || '(no id)'}, which is not in the repository${module ? ': add the module\'s file so the simulator can run it' : `: add the flow, or mark it external with given.flows["${name}"]: external`}`);
    }
    profile(a) {
        const scope = this.frame.scope;
        const found = this.given.profile?.found;
        if (a.type === 'GetCustomerProfile' && found === undefined)
            throw new Stop(`${blockName(a)} looks up a customer profile: say what it finds with given.profile: { found: one | none | multiple | error, fields: {...} }`);
        if (found === 'error')
            return { take: 'error', type: run_NME };
        const request = this.mapParam(a, 'ProfileRequestData');
        const resolved = {};
        for (const [k, v] of Object.entries(request))
            if (typeof v === 'string')
                resolved[k] = this.value(v);
        const requested = responseFields(a);
        switch (a.type) {
            case 'GetCustomerProfile': {
                const keyValue = resolved['IdentifierValue'] ?? resolved['PhoneNumber'] ?? resolved['EmailAddress'] ?? Object.values(resolved)[0] ?? '';
                if (keyValue === '') {
                    this.note(`${blockName(a)} took ${run_NME}: its search key is empty`);
                    return { take: 'error', type: run_NME };
                }
                if (found === 'none')
                    return { take: 'error', type: 'NoneFoundError' };
                if (found === 'multiple')
                    return { take: 'error', type: 'MultipleFoundError' };
                scope.profile = { lookup: a, requested, fields: this.given.profile?.fields ?? {} };
                return { take: 'next' };
            }
            case 'CreateCustomerProfile':
                scope.profile = { lookup: a, requested, fields: { ...resolved } };
                return { take: 'next' };
            case 'UpdateCustomerProfile':
                if (!scope.profile) {
                    this.note(`${blockName(a)} took ${run_NME}: no profile was loaded to update`);
                    return { take: 'error', type: run_NME };
                }
                scope.profile = { lookup: a, requested: [...new Set([...scope.profile.requested, ...requested])], fields: { ...scope.profile.fields, ...resolved } };
                return { take: 'next' };
            default:
                return { take: 'next' };
        }
    }
}
function ordinal(n) {
    return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

;// CONCATENATED MODULE: ./src/core/simulate/expect.ts


const quote = (s) => JSON.stringify(s);
function checkExpectations(world, result, expect) {
    const failures = [];
    const visited = result.steps.map((s) => world.flows[s.flow].flow.byId.get(s.blockId)).filter((a) => a !== undefined);
    const reachable = new Set(result.steps.map((s) => s.flow));
    const known = (ref) => [...reachable].some((f) => world.flows[f].flow.actions.some((a) => blockMatches(a, ref)));
    const unknownBlock = (ref, what) => `${what} ${quote(ref)}: no block of ${[...reachable].map((f) => world.flows[f].file).join(', ')} has that Identifier or name`;
    if (result.stopped)
        failures.push(`the simulation stopped: ${result.stopped}`);
    for (const ref of expect.visits ?? []) {
        if (visited.some((a) => blockMatches(a, ref)))
            continue;
        failures.push(known(ref) ? `expected to visit ${quote(ref)}, but the contact never reached it` : unknownBlock(ref, 'expected to visit'));
    }
    for (const ref of expect.notVisits ?? []) {
        const hit = visited.find((a) => blockMatches(a, ref));
        if (hit)
            failures.push(`expected not to visit ${quote(ref)}, but the contact passed ${blockName(hit)}`);
        else if (!known(ref))
            failures.push(unknownBlock(ref, 'expected not to visit'));
    }
    if (expect.path) {
        const want = expect.path;
        const n = Math.max(want.length, visited.length);
        for (let i = 0; i < n; i++) {
            const a = visited[i];
            const w = want[i];
            if (a && w !== undefined && blockMatches(a, w))
                continue;
            failures.push(`expected path step ${i + 1} to be ${w === undefined ? 'the end' : quote(w)}, but it was ${a ? blockName(a) : 'the end of the run'}`);
            break;
        }
    }
    if (expect.prompts) {
        let at = 0;
        for (let k = 0; k < expect.prompts.length; k++) {
            const p = expect.prompts[k];
            const matches = (text) => (p.equals !== undefined ? text === p.equals : text.includes(p.contains ?? ''));
            let found = -1;
            for (let i = at; i < result.prompts.length; i++)
                if (matches(result.prompts[i])) {
                    found = i;
                    break;
                }
            if (found >= 0) {
                at = found + 1;
                continue;
            }
            const what = p.equals !== undefined ? `equal to ${quote(p.equals)}` : `containing ${quote(p.contains ?? '')}`;
            const heard = result.prompts.slice(at);
            failures.push(`expected a prompt ${what}${k > 0 ? ' after the earlier expected prompts' : ''}; the contact heard ${heard.length === 0 ? 'no prompt' : heard.map(quote).join(', ')}`);
            break;
        }
    }
    if (expect.queue !== undefined) {
        if (result.queue === undefined)
            failures.push(`expected queue ${expect.queue}, but the contact was not queued (${endText(result)})`);
        else if (!sameResource(expect.queue, result.queue))
            failures.push(`expected queue ${expect.queue}, reached ${values_shortId(result.queue)}`);
    }
    for (const [k, v] of Object.entries(expect.attributes ?? {})) {
        const got = result.attributes[k];
        if (got !== v)
            failures.push(`expected attribute ${k} = ${quote(v)}, ${got === undefined ? 'it was never set' : `it is ${quote(got)}`}`);
    }
    for (const [k, v] of Object.entries(expect.flowAttributes ?? {})) {
        const got = result.flowAttributes[k];
        if (got !== v)
            failures.push(`expected flow attribute ${k} = ${quote(v)}, ${got === undefined ? 'it was never set' : `it is ${quote(got)}`}`);
    }
    if (expect.ends !== undefined && result.ends !== expect.ends && !result.stopped)
        failures.push(`expected the contact to end ${expect.ends}, it ${endText(result)}`);
    if (failures.length > 0 && result.notes.length > 0)
        for (const n of result.notes)
            failures.push(`note: ${n}`);
    return { passed: failures.length === 0, failures };
}
function endText(r) {
    if (r.stopped)
        return 'did not finish (the simulation stopped)';
    if (r.ends === 'queued')
        return `was queued to ${values_shortId(r.queue ?? r.endDetail ?? '?')}`;
    if (r.ends === 'transferred')
        return `was transferred${r.endDetail ? ` to ${r.endDetail}` : ''}`;
    return `was ${r.ends ?? 'not ended'}`;
}

;// CONCATENATED MODULE: ./src/core/simulate/suite.ts



/** Steps one run may simulate over all its scenarios: scenario files come from pull requests. */
const RUN_STEP_BUDGET = 2_000_000;
function runSuite(world, entries, budget = RUN_STEP_BUDGET) {
    const results = [];
    const taken = new Set();
    const entered = new Set();
    let steps = 0;
    for (const e of entries) {
        entered.add(e.entry);
        for (const s of e.scenarios.scenarios) {
            const r = simulate(world, e.entry, s.given, Math.max(0, budget - steps));
            const verdict = checkExpectations(world, r, s.expect);
            for (const t of r.taken)
                taken.add(t);
            for (const st of r.steps)
                entered.add(st.flow);
            steps += r.steps.length;
            results.push({
                file: e.file,
                line: s.at.line,
                name: s.name,
                flow: world.flows[e.entry].file,
                passed: verdict.passed,
                failures: verdict.failures,
                notes: r.notes,
                path: r.steps.map((st) => st.blockId),
                trace: r.steps.map((st) => ({ flow: world.flows[st.flow].file, blockId: st.blockId, type: st.type, branch: st.branch })),
                prompts: r.prompts,
                attributes: r.attributes,
                ...(r.ends !== undefined ? { ends: r.ends } : {}),
                ...(r.queue !== undefined ? { queue: r.queue } : {}),
            });
        }
    }
    const coverage = [];
    for (let i = 0; i < world.flows.length; i++) {
        if (!entered.has(i))
            continue;
        const f = world.flows[i];
        const c = coverageOf(f.flow, taken);
        const ranges = f.flow.doc.ranges(c.uncovered.map((u) => ({ path: u.transition.path })));
        coverage.push({
            file: f.file,
            ...(f.name !== undefined ? { name: f.name } : {}),
            branches: { covered: c.covered, total: c.total },
            uncovered: c.uncovered.map((u, k) => ({ blockId: u.blockId, type: u.type, branch: u.branch, line: ranges[k].start.line, column: ranges[k].start.column })),
        });
    }
    return { results, coverage, steps, taken, entered: [...entered].sort((a, b) => a - b) };
}

;// CONCATENATED MODULE: ./src/core/simulate/world.ts
/**
 * The flows a scenario can reach, linked as the linter links a repository: TransferToFlow and
 * InvokeFlowModule blocks lead where the repository's call graph resolves them. Pure.
 */




/** A world from the repository pass's summaries and links, with each summary's flow model. */
function linkedWorld(summaries, links, flowOf) {
    const flows = [];
    const indexOf = new Map();
    summaries.forEach((s, i) => {
        const flow = flowOf(s);
        if (!flow)
            return;
        indexOf.set(i, flows.length);
        flows.push({ file: s.file, ...(s.name !== undefined ? { name: s.name } : {}), flow, ids: s.ids });
    });
    const callees = new Map();
    for (const c of links.calls) {
        const from = indexOf.get(c.from);
        const to = indexOf.get(c.to);
        if (from !== undefined && to !== undefined && c.kind !== 'hook')
            callees.set(`${from}\u0000${c.blockId}`, to);
    }
    return { flows, callee: (flow, blockId) => callees.get(`${flow}\u0000${blockId}`) };
}
/** A world from file texts (tests, the benchmark): read, modelled and linked as the linter does. */
function worldFromTexts(files) {
    const summaries = [];
    const models = new Map();
    for (const { file, text } of files) {
        readFlowFile(file, text).flows.forEach((doc, index) => {
            const flow = buildFlow(doc);
            const s = summarizeFlow(flow, new RoutingGraph(flow), index, false);
            summaries.push(s);
            models.set(s, flow);
        });
    }
    return linkedWorld(summaries, linkRepository(summaries), (s) => models.get(s));
}

;// CONCATENATED MODULE: ./src/node/scenario-files.ts
/**
 * The scenario files (`*.test.yaml`) of a repository, found, read and run against its flows, offline: the
 * part of `connect-flow-lint test` the Action's scenario step shares. Flows are read through the linter's
 * own reader (lintFiles); the simulation is the pure core in src/core/simulate.
 */








class TestUsageError extends Error {
}
const SCENARIO_FILE = /\.test\.ya?ml$/i;
const MAX_SCENARIO_BYTES = 1024 * 1024;
/**
 * Finds the scenario files under `paths` (or the repository and the config's `tests:`), reads the flows,
 * and runs every scenario. Bad scenario files become problems; the others still run.
 */
function runScenarioFiles(cwd, paths, config, configFile) {
    const problems = [];
    const scenarioPaths = findScenarioFiles(cwd, paths, configFile, problems);
    if (scenarioPaths.length === 0) {
        const world = { flows: [], callee: () => undefined };
        return { results: [], coverage: [], steps: 0, taken: new Set(), entered: [], problems, world, scenarioFiles: 0 };
    }
    const parsed = [];
    for (const abs of scenarioPaths) {
        const name = relativeName(cwd, abs);
        try {
            const size = (0,external_node_fs_.statSync)(abs).size;
            if (size > MAX_SCENARIO_BYTES)
                throw new ConfigError([{ file: name, at: { line: 1, column: 1 }, message: `the scenario file is ${size} bytes, over the ${MAX_SCENARIO_BYTES}-byte limit` }]);
            parsed.push({ abs, name, file: parseScenarioFile(name, (0,external_node_fs_.readFileSync)(abs, 'utf8')) });
        }
        catch (e) {
            if (e instanceof ConfigError)
                problems.push(...e.problems);
            else
                problems.push({ file: name, at: { line: 1, column: 1 }, message: `cannot read the scenario file: ${e.code ?? e.message}` });
        }
    }
    // The flows: every flow file of the repository (a TransferToFlow may lead to any of them), read and linked
    // by the linter itself, plus flow files the scenarios name outside the searched folders.
    const flowFiles = new Set(collectFiles(['.'], cwd).files.filter((f) => !SCENARIO_FILE.test(f)));
    for (const p of parsed) {
        const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(p.abs), p.file.flow.split('#')[0]);
        if (!SCENARIO_FILE.test(target) && files_isInside(cwd, target))
            flowFiles.add(target);
    }
    const lint = lintFiles([...flowFiles].sort(), config, cwd, { keepReports: true });
    const reports = new Map(lint.reports.map((r) => [r.file, r]));
    const world = linkedWorld(lint.summaries, lint.links, (s) => reports.get(s.file)?.models[s.index]?.flow);
    const parseErrors = new Map();
    for (const f of lint.findings)
        if (f.ruleId === 'parse-error' && !parseErrors.has(f.file))
            parseErrors.set(f.file, `${f.range.start.line}:${f.range.start.column}: ${f.message}`);
    const entries = [];
    for (const p of parsed) {
        const entry = resolveFlow(cwd, p.abs, p.file.flow, world, parseErrors);
        if (typeof entry === 'string')
            problems.push({ file: p.name, at: p.file.flowAt, message: entry });
        else
            entries.push({ file: p.name, scenarios: p.file, entry });
    }
    return { ...runSuite(world, entries), problems, world, scenarioFiles: scenarioPaths.length };
}
function findScenarioFiles(cwd, paths, configFile, problems) {
    if (paths.length > 0) {
        const { files, unmatched } = collectFiles(paths, cwd);
        if (unmatched.length > 0)
            throw new TestUsageError(`no such file or no match: ${unmatched.join(', ')}`);
        // A file named on the command line is a scenario file whatever its name; folders are searched for *.test.yaml.
        const named = new Set(paths.map((p) => (0,external_node_path_.resolve)(cwd, p)));
        const flowNamed = [...named].find((f) => /\.json$/i.test(f) && files.includes(f));
        if (flowNamed)
            throw new TestUsageError(`${relativeName(cwd, flowNamed)} is a flow, not a scenario file: name its *.test.yaml (or a folder), whose "flow:" says which flow it tests`);
        return files.filter((f) => SCENARIO_FILE.test(f) || named.has(f));
    }
    const found = new Set(collectFiles(['.'], cwd).files.filter((f) => SCENARIO_FILE.test(f)));
    for (const glob of configTests(configFile, problems)) {
        const base = (0,external_node_path_.dirname)(configFile);
        const { files } = collectFiles([glob.value], base);
        if (files.length === 0)
            problems.push({ file: relativeName(cwd, configFile), at: glob.at, message: `"tests" entry ${JSON.stringify(glob.value)} matches no file` });
        for (const f of files)
            if (files_isInside(cwd, f))
                found.add(f);
    }
    return [...found].sort();
}
/** The `tests:` entries of the config file (validated by the config loader; read here). */
function configTests(configFile, problems) {
    if (!configFile)
        return [];
    let tree;
    try {
        tree = parseYamlTree(configFile, (0,external_node_fs_.readFileSync)(configFile, 'utf8'));
    }
    catch (e) {
        if (e instanceof ConfigError)
            problems.push(...e.problems);
        return [];
    }
    if (tree.kind !== 'map')
        return [];
    const tests = tree.entries.find((e) => e.key === 'tests')?.value;
    if (!tests || tests.kind !== 'seq')
        return [];
    return tests.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [{ value: i.value, at: i.at }] : []));
}
/** The world index of the flow a scenario file names: a path relative to it (optionally #Name), or a flow name. */
function resolveFlow(cwd, scenarioAbs, flow, world, parseErrors) {
    const [path, name] = flow.split('#', 2);
    const abs = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(scenarioAbs), path);
    const file = relativeName(cwd, abs);
    const inFile = world.flows.flatMap((f, i) => (f.file === file ? [i] : []));
    if (inFile.length > 0) {
        if (name !== undefined) {
            const named = inFile.find((i) => world.flows[i].name === name);
            return named ?? `"flow": ${file} holds no flow named "${name}" (it holds ${inFile.map((i) => JSON.stringify(world.flows[i].name ?? '(unnamed)')).join(', ')})`;
        }
        if (inFile.length > 1)
            return `"flow": ${file} holds ${inFile.length} flows: name one with flow: ${path}#<FlowName> (${inFile.map((i) => world.flows[i].name ?? '(unnamed)').join(', ')})`;
        return inFile[0];
    }
    if ((0,external_node_path_.relative)(cwd, abs).startsWith('..') || (existsQuiet(abs) && !files_isInside(cwd, abs)))
        return `"flow": ${path} is outside the repository (${cwd}): a scenario may only test flows inside it`;
    const broken = parseErrors.get(file);
    if (broken)
        return `"flow": ${file} could not be read as a flow: ${broken}`;
    const byName = world.flows.flatMap((f, i) => (f.name === flow ? [i] : []));
    if (byName.length === 1)
        return byName[0];
    if (byName.length > 1)
        return `"flow": ${byName.length} flows are named "${flow}" (${byName.map((i) => world.flows[i].file).join(', ')}): name the file instead`;
    if (existsQuiet(abs))
        return `"flow": ${file} holds no flow`;
    const looksLikePath = /[/\\]|\.(json|ya?ml|template|tftpl)$/i.test(path);
    return `"flow": no file ${file} (paths are relative to the scenario file)${looksLikePath ? '' : `, and no flow in the repository is named "${flow}"`}`;
}
function existsQuiet(p) {
    try {
        (0,external_node_fs_.statSync)(p);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/test-command.ts
/**
 * `connect-flow-lint test [paths]`: runs the scenario files (`*.test.yaml`) against the repository's flows,
 * offline. The adapter: options and the report; finding and reading the files is src/node/scenario-files.ts
 * (shared with the Action), the simulation is the pure core in src/core/simulate.
 * Exit codes: 0 every scenario passed, 1 one failed, 2 a scenario file is bad (the others still run).
 */









const FORMATS = ['stylish', 'json', 'junit', 'markdown'];
const TEST_HELP = `Usage: connect-flow-lint test [paths...] [--format stylish|json|junit|markdown] [--coverage]

Runs the scenario files (*.test.yaml, and those listed under "tests:" in .connect-flow-lint.yaml) against
the flows of the repository, offline: where each caller goes, what they hear, which queue they reach.

Options:
  -f, --format NAME        stylish (default), json, junit, or markdown (a Mermaid diagram per flow:
                           green routes taken, red dashed routes no scenario took)
      --coverage           report the branches of each flow the scenarios took, and those they did not
  -o, --output-file FILE   write the report to FILE instead of standard output
  -c, --config FILE        config file (default: nearest .connect-flow-lint.yaml upward)
      --color / --no-color
  -h, --help               this help

Exit codes: 0 every scenario passed, 1 a scenario failed, 2 a scenario file is bad or a usage error.`;
/** The command: options, the run, the report, the exit code. */
async function testCommand(argv, io, loadConfig) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f', default: 'stylish' },
                coverage: { type: 'boolean', default: false },
                'output-file': { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (e) {
        throw new TestUsageError(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun connect-flow-lint test --help for the options.`);
    }
    const { values: opts, positionals } = parsed;
    if (opts.help) {
        io.write(`${TEST_HELP}\n`);
        return 0;
    }
    const format = opts.format;
    if (!FORMATS.includes(format))
        throw new TestUsageError(`unknown format "${opts.format}" for test: use one of ${FORMATS.join(', ')}`);
    const config = await loadConfig(opts.config);
    const configFile = opts.config !== undefined ? (0,external_node_path_.resolve)(io.cwd, opts.config) : discoverConfig(io.cwd);
    const run = runScenarioFiles(io.cwd, positionals, config, configFile);
    const problems = [...run.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column));
    for (const p of problems)
        io.error(`connect-flow-lint: ${(0,external_node_path_.isAbsolute)(p.file) ? relativeName(io.cwd, p.file) : p.file}:${p.at.line}:${p.at.column}: ${p.message}\n`);
    if (run.scenarioFiles === 0) {
        io.error(`connect-flow-lint: no scenario files found${positionals.length > 0 ? ` in ${positionals.join(', ')}` : ''}: write a *.test.yaml next to a flow (see the README, "Scenario tests")\n`);
        return 2;
    }
    const color = opts['no-color'] ? false : opts.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR'] && opts['output-file'] === undefined);
    let output;
    if (format === 'json')
        output = `${JSON.stringify(opts.coverage ? { results: run.results, coverage: run.coverage } : run.results, null, 2)}\n`;
    else if (format === 'junit')
        output = formatScenarioJunit(run.results);
    else if (format === 'markdown')
        output = formatCoverageMarkdown(run.entered.map((i) => run.world.flows[i]), run.taken);
    else
        output = formatScenarioStylish(run.results, opts.coverage ? run.coverage : undefined, { color });
    if (opts['output-file'] !== undefined)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, opts['output-file']), output);
    else
        io.write(output);
    if (run.problems.length > 0)
        return 2;
    return run.results.some((r) => !r.passed) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/node/repository-paths.ts




/**
 * The root paths are relative to: the git top level of `cwd`, else (in the Action) GITHUB_WORKSPACE when it
 * holds `cwd`, else `cwd` itself.
 */
function sourceRoot(cwd, env = {}) {
    const top = gitTopLevel(cwd);
    if (top)
        return top;
    const workspace = env['GITHUB_WORKSPACE'];
    if (workspace && isAbsolute(workspace) && isWithin(realOrSelf(workspace), realOrSelf(cwd)))
        return realOrSelf(workspace);
    return realOrSelf(cwd);
}
function repositoryPaths(cwd, root) {
    // Where the working directory is in the repository, as real paths (a linked /tmp, a linked checkout).
    const realRoot = safe_fs_realOrSelf(root);
    const base = (0,external_node_path_.relative)(realRoot, safe_fs_realOrSelf(cwd)).split(external_node_path_.sep).join('/');
    const inside = !base.startsWith('..') && !(0,external_node_path_.isAbsolute)(base);
    const rebase = (file) => {
        // A built-in ruleset and standard input without --stdin-filename are not files of the repository.
        if (file.startsWith(BUILTIN_PREFIX) || file === '<stdin>')
            return file;
        // relativeName gives files outside the working directory as absolute paths: inside the root they are made relative too.
        if ((0,external_node_path_.isAbsolute)(file)) {
            for (const candidate of [(0,external_node_path_.resolve)(file), safe_fs_realOrSelf(file)]) {
                if (safe_fs_isWithin(realRoot, candidate))
                    return (0,external_node_path_.relative)(realRoot, candidate).split(external_node_path_.sep).join('/');
            }
            return file;
        }
        return inside ? external_node_path_.posix.normalize(external_node_path_.posix.join(base, file)) : file;
    };
    // Once per file, not per finding: rebasing a file outside the working directory resolves its real path.
    const rebased = new Map();
    const rebaseOnce = (file) => {
        let r = rebased.get(file);
        if (r === undefined)
            rebased.set(file, (r = rebase(file)));
        return r;
    };
    const made = new Map();
    const original = new Map();
    return {
        file: rebase,
        toRoot: (findings) => findings.map((f) => {
            let r = made.get(f);
            if (!r) {
                const file = rebaseOnce(f.file);
                r = file === f.file ? f : { ...f, file };
                made.set(f, r);
                original.set(r, f);
            }
            return r;
        }),
        fromRoot: (findings) => findings.map((r) => original.get(r) ?? r),
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts




























const main_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'];
const HELP = `Usage: connect-flow-lint [options] [paths or globs...]
       connect-flow-lint graph [OLD_FILE] FILE [--base REF] [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]
       connect-flow-lint init [--force]
       connect-flow-lint test [paths...] [--format stylish|json|junit] [--coverage]

Lints Amazon Connect contact flows (flow-language exports and describe-contact-flow output).
With no paths, lints the flows under the current folder: .json, .yaml/.yml (CloudFormation), .template and
.tftpl files (skipping node_modules, dist, .git).

Options:
  -c, --config FILE        config file (default: nearest .connect-flow-lint.yaml/.yml upward,
                           else the built-in connect-flow-lint:recommended)
  -f, --format NAME        stylish (default), json, sarif, github, junit, gitlab
  -o, --output-file FILE   write the report to FILE instead of standard output (its folders are created)
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule 'ID: SEVERITY'
                           set a rule's severity over the config (error, warn, info, off; repeatable)
      --list-rules         list the built-in rules: severity in each ruleset, documentation
      --print-config FILE  print the rules that apply to FILE, and where each was set
      --max-file-size N    skip files over N bytes with a finding (default ${DEFAULT_MAX_FILE_BYTES})
      --stdin              lint the flow on standard input (at most --max-file-size bytes)
      --stdin-filename FILE
                           the name standard input's findings carry; it picks the overrides that apply
                           (default <stdin>)
      --pass-on-no-flows   exit 0 when the paths hold no flow (default: say so and exit 2)
      --baseline FILE      report only findings not in FILE; writes FILE when it does not exist
                           (not under CI: there a missing baseline reports every finding)
      --update-baseline    rewrite the --baseline FILE with the current findings (under CI, the
                           findings the previous FILE did not hold are still reported)
      --allow-functions    run custom rule functions from JavaScript files in the repository
      --verbose            say which files were skipped and why
      --color              colour even when the output is not a terminal (also FORCE_COLOR=1)
      --no-color           plain output (also NO_COLOR=1 or FORCE_COLOR=0)
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or config error.
Docs: https://github.com/connect-flow-lint/connect-flow-lint#readme`;
/** `-`, /dev/stdin and its aliases: standard input named as a path (a link, or a pipe, never a flow file). */
function namesStdin(arg) {
    return arg === '-' || /^\/(dev\/stdin|dev\/fd\/0|proc\/self\/fd\/0)$/.test(arg);
}
/**
 * Colour as Node and chalk read the environment: FORCE_COLOR wins over NO_COLOR (Node's rule). FORCE_COLOR=0
 * or "false" is off; empty, "true", 1, 2 or 3 is on. NO_COLOR set to anything but "" is off (no-color.org).
 * Undefined: neither says, so whether the output is a terminal decides. --color/--no-color win over both.
 */
function colorFromEnv(env) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined) {
        const v = force.trim().toLowerCase();
        if (v === '0' || v === 'false')
            return false;
        if (v === '' || v === 'true' || /^[123]$/.test(v))
            return true;
    }
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return undefined;
}
/** A CI run (CI set, as every CI service does, or GitHub Actions): no baseline is created or trusted blindly there. */
function underCi(env) {
    const ci = (env['CI'] ?? '').trim().toLowerCase();
    return (ci !== '' && ci !== 'false' && ci !== '0') || env['GITHUB_ACTIONS'] === 'true';
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
                rule: { type: 'string', multiple: true },
                'list-rules': { type: 'boolean', default: false },
                'max-file-size': { type: 'string' },
                verbose: { type: 'boolean', default: false },
                'allow-functions': { type: 'boolean', default: false },
                baseline: { type: 'string' },
                'update-baseline': { type: 'boolean', default: false },
                stdin: { type: 'boolean', default: false },
                'stdin-filename': { type: 'string' },
                'pass-on-no-flows': { type: 'boolean', default: false },
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
function printConfig(config, file) {
    const rules = {};
    // Rules an override turns off are listed too, with the override as where they were set.
    for (const effective of effectiveRules(config, file).sort((a, b) => a.id.localeCompare(b.id))) {
        rules[effective.id] = {
            severity: effective.severity,
            given: effective.given.map((g) => g.text),
            then: effective.then.map((t) => ({
                ...(t.field !== undefined ? { field: t.field.join('.') } : {}),
                function: t.functionName,
                functionOptions: Object.fromEntries(Object.entries(t.options).map(([k, v]) => [k, v instanceof RegExp ? v.source : Array.isArray(v) ? v.map((x) => (x instanceof RegExp ? x.source : x)) : v])),
            })),
            definedIn: describeOrigin(effective.definedIn),
            setIn: describeOrigin(effective.setIn),
        };
    }
    return `${jsonSafe(JSON.stringify({ file, configFiles: config.files, rules }, null, 2))}\n`;
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
        if (e instanceof UsageError || e instanceof RuleFlagError) {
            io.error(`connect-flow-lint: ${terminalLines(e.message)}\n`);
            return 2;
        }
        if (e instanceof UnsafeFileError) {
            io.error(`connect-flow-lint: ${terminalLines(e.message)}\n`);
            return 2;
        }
        if (e instanceof ConfigError) {
            io.error(`connect-flow-lint: the config has ${e.problems.length === 1 ? 'a problem' : `${e.problems.length} problems`}:\n`);
            // Messages quote config text (an unknown rule's name): one line each, controls written out.
            // In file order, as a reader goes through them (extends are resolved depth first, options late).
            const sorted = [...e.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column));
            for (const p of sorted)
                io.error(`  ${terminalText(relativeName(io.cwd, p.file))}:${p.at.line}:${p.at.column}: ${terminalText(p.message)}\n`);
            return 2;
        }
        io.error(`connect-flow-lint: internal error: ${terminalLines(e.message)}\nPlease report it with the command you ran.\n`);
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
        return `${jsonSafe(JSON.stringify(callGraphJson(summaries, links), null, 2))}\n`;
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
    if (present(path) && !force)
        throw new UsageError(`${path} already exists: edit it, or run init --force to replace it`);
    // Another config (the .yml spelling here, or one in a folder above) would be silently shadowed by the new
    // file: the team's policy would stop applying with no word. --force replaces only the file init writes.
    const other = discoverConfig(io.cwd, repositoryRoot(io.cwd));
    if (other !== undefined && safe_fs_realOrSelf(other) !== safe_fs_realOrSelf(path)) {
        throw new UsageError(`${relativeName(io.cwd, other)} already configures this folder: a new .connect-flow-lint.yaml here would take its place, so nothing was written. Edit ${relativeName(io.cwd, other)} instead`);
    }
    // Never through a link: a committed .connect-flow-lint.yaml could be one pointing anywhere.
    writeOutputFile(path, STARTER_CONFIG, { root: repositoryRoot(io.cwd), what: 'the starter config', exclusive: !force });
    io.write(`Wrote ${relativeName(io.cwd, path)}: it extends connect-flow-lint:recommended. Editors with the YAML extension check it against the schema named on its first line.\n`);
    return 0;
}
async function runUnchecked(argv, io) {
    if (argv[0] === 'init')
        return init(argv.slice(1), io);
    if (argv[0] === 'test')
        return testCommand(argv.slice(1), io, (c) => loadConfig(io.cwd, c)).catch((e) => { throw e instanceof TestUsageError ? new UsageError(e.message) : e; });
    if (argv[0] === 'graph') {
        try {
            io.write(await graphCommand(argv.slice(1), io.cwd, (paths, format) => repoGraph(paths, format, io), (line) => io.error(`connect-flow-lint: ${line}\n`)));
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
    if (opts['list-rules']) {
        io.write(listRules());
        return 0;
    }
    const ruleFlags = parseRuleFlags(opts.rule ?? []);
    const format = opts.format;
    if (!main_FORMATS.includes(format))
        throw new UsageError(`unknown format "${opts.format}": use one of ${main_FORMATS.join(', ')}`);
    const maxWarnings = nonNegativeInt('max-warnings', opts['max-warnings']);
    const maxFileBytes = nonNegativeInt('max-file-size', opts['max-file-size']) ?? DEFAULT_MAX_FILE_BYTES;
    const color = opts['no-color'] ? false : opts.color ?? colorFromEnv(io.env) ?? (io.stdoutIsTTY && opts['output-file'] === undefined);
    const config = applyRuleFlags(await loadConfig(io.cwd, opts.config, { allowFunctions: opts['allow-functions'] }), ruleFlags);
    if (opts['print-config'] !== undefined) {
        io.write(printConfig(config, (0,external_node_path_.resolve)(io.cwd, opts['print-config']).split(external_node_path_.sep).join('/')));
        return 0;
    }
    if (opts['stdin-filename'] !== undefined && !opts.stdin)
        throw new UsageError('--stdin-filename names standard input: give --stdin too');
    if (opts.stdin && positionals.length > 0)
        throw new UsageError(`--stdin lints standard input only, not ${positionals.join(' ')}: drop the paths, or drop --stdin`);
    const stdinArg = positionals.find(namesStdin);
    if (stdinArg !== undefined)
        throw new UsageError(`${stdinArg} is standard input, which is not read as a file: use --stdin (and --stdin-filename FILE to name it)`);
    const stdin = opts.stdin ? (0,external_node_path_.resolve)(io.cwd, opts['stdin-filename'] ?? '<stdin>') : undefined;
    const { files, skipped, unmatched } = stdin ? { files: [stdin], skipped: [], unmatched: [] } : collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
    if (unmatched.length > 0)
        throw new UsageError(`no such file or no match: ${unmatched.join(', ')}`);
    if (opts.verbose)
        for (const s of skipped)
            io.error(`skipped ${terminalText(s.path)}: ${terminalText(s.reason)}\n`);
    // Named files are linted in their repository: its other flows are read for linking, not reported.
    const root = repositoryRoot(io.cwd);
    // Only files inside the working directory have a repository here to be linked with (a folder named elsewhere
    // is linted on its own), and a run over the whole working directory is its own context.
    const here = (0,external_node_path_.resolve)(io.cwd);
    const linksOut = stdin !== undefined || (positionals.length > 0 && !positionals.some((p) => (0,external_node_path_.resolve)(here, p) === here) && files.some((f) => safe_fs_isWithin(here, f)));
    const context = linksOut ? repositoryFlows(io.cwd) : undefined;
    const sources = stdin ? new Map([[stdin, readStdin(maxFileBytes)]]) : undefined;
    const { findings: all, reports, flows, summaries, links } = lintFiles(files, config, io.cwd, { maxFileBytes, root, ...(context ? { context } : {}), ...(sources ? { sources } : {}) });
    // A file named on its own that is not a flow is said even without --verbose: naming it and seeing nothing would read as a pass.
    const named = new Set(stdin ? [relativeName(io.cwd, stdin)] : positionals.map((p) => relativeName(io.cwd, (0,external_node_path_.resolve)(io.cwd, p))));
    for (const r of reports)
        if (r.notAFlow && (opts.verbose || named.has(r.file)))
            io.error(`${opts.verbose ? 'skipped' : 'connect-flow-lint: not linted:'} ${terminalText(r.file)}: not a flow: ${terminalText(r.notAFlow)}\n`);
    // No flow and no finding: as ESLint's "no files matching", a usage error, never a green run that checked nothing.
    if (flows === 0 && all.length === 0 && !opts['pass-on-no-flows']) {
        const where = stdin ? 'standard input holds' : positionals.length > 0 ? `${positionals.map(terminalText).join(', ')} ${positionals.length === 1 ? 'holds' : 'hold'}` : 'the current folder holds';
        throw new UsageError(`no flow was linted: ${where} no flow export, describe-contact-flow output or template with a flow (--verbose says what was passed over; --pass-on-no-flows exits 0)`);
    }
    const unlinked = unlinkedNote(summaries, links);
    if (unlinked && !opts.quiet)
        io.error(`connect-flow-lint: ${unlinked}\n`);
    let findings = all;
    // SARIF, the github and gitlab formats and the baseline name files from the repository root; the others from here.
    const paths = repositoryPaths(io.cwd, root);
    if (opts.baseline !== undefined) {
        const path = (0,external_node_path_.resolve)(io.cwd, opts.baseline);
        // Under CI a pull request could delete the baseline: writing a fresh one there would be a green run.
        const ci = underCi(io.env);
        if (!ci && (!present(path) || opts['update-baseline'])) {
            writeOutputFile(path, `${JSON.stringify(createBaseline(paths.toRoot(all)), null, 2)}\n`, { root, what: 'the baseline' });
            io.error(`connect-flow-lint: wrote the baseline ${opts.baseline} with ${all.length} finding(s); later runs with --baseline report only new findings.\n`);
            return 0;
        }
        let baseline;
        try {
            baseline = present(path) ? parseBaseline(readBaseline(path, root, opts.baseline)) : undefined;
        }
        catch (e) {
            throw new UsageError(`the baseline ${opts.baseline} is unusable: ${e.message}. ${ci ? 'Write a new one with --baseline outside CI and commit it.' : 'Delete it and run again to write a new one.'}`);
        }
        if (!baseline && !opts['update-baseline'])
            io.error(`connect-flow-lint: the baseline ${opts.baseline} does not exist; under CI it is not created: every finding is reported. Write it with --baseline outside CI and commit it.\n`);
        const { fresh: freshRooted, known } = baseline ? applyBaseline(paths.toRoot(all), baseline) : { fresh: paths.toRoot(all), known: 0 };
        const fresh = paths.fromRoot(freshRooted);
        if (opts['update-baseline']) {
            writeOutputFile(path, `${JSON.stringify(createBaseline(paths.toRoot(all)), null, 2)}\n`, { root, what: 'the baseline' });
            io.error(`connect-flow-lint: wrote the baseline ${opts.baseline} with ${all.length} finding(s); under CI the ${fresh.length} finding(s) the previous baseline did not hold are still reported.\n`);
        }
        findings = fresh;
        if (known > 0)
            io.error(`connect-flow-lint: ${known} finding(s) already in the baseline ${opts.baseline} are not reported.\n`);
    }
    else if (opts['update-baseline'])
        throw new UsageError('--update-baseline needs --baseline FILE');
    // Every format names files from the repository root, as the baseline does: a run from a subfolder (or a
    // step's working-directory) points at the same files as a run from the root.
    const shown = paths.toRoot(opts.quiet ? findings.filter((f) => f.severity === 'error') : findings);
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
            // GitHub shows 10 annotations of each type per step: the rest are said and listed as plain lines.
            output = formatGithubBudgeted(shown);
            break;
        case 'junit':
            output = formatJunit(shown, reports.filter((r) => !r.notAFlow).map((r) => paths.file(r.file)));
            break;
        case 'gitlab':
            output = formatGitlab(shown);
            break;
        default:
            output = formatStylish(shown, { color });
    }
    if (opts['output-file'] !== undefined) {
        // Missing folders are made (inside the repository, or under the folder the user named outside it).
        writeOutputFile((0,external_node_path_.resolve)(io.cwd, opts['output-file']), output, { root, what: 'the report', makeFolders: true });
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
