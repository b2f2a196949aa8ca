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

import { FLOW_TYPES, MODULE_FLOW_TYPE, type FlowType } from './flow-types.js';

/**
 * What a parameter's value denotes (added field). Real exports usually write numbers and booleans as strings
 * ("8", "True", "true"); hand-written IaC sometimes uses JSON numbers/booleans. A checker accepts both forms:
 *  - 'string': a string (static text or a JSONPath such as "$.Attributes.x")
 *  - 'number': an integer, native or as a decimal string (a JSONPath string is also acceptable where the
 *    reference allows dynamic values)
 *  - 'boolean': true/false, or the strings "True"/"False" in any letter case
 *  - 'string[]': an array of strings (CaseResponseFields, TagKeys, Wait Events)
 *  - 'fieldNames': field names to load (ProfileResponseData): an array of names, as exports write it, or an object
 *    of names (`{ "FirstName": true }`), as some builders write it and flow logs print it
 *  - 'object': a JSON object (not an array): Attributes maps, LexV2Bot, ViewResource...
 *  - 'timeoutSeconds1to8': an integer 1..8 (native or string). Applies only to a synchronous call, i.e. when the
 *    same block's InvocationType is absent or "SYNCHRONOUS" (InvokeLambdaFunction: "Must be greater than 0, no
 *    larger than 8, and an integer. Must be set statically.")
 */
export type ParameterShape = 'string' | 'number' | 'boolean' | 'string[]' | 'fieldNames' | 'object' | 'timeoutSeconds1to8';

/**
 * How the table knows an entry (issue 13): the action's page in the flow-language reference, and real exports
 * of the type it was checked against, each named "owner/repo/path" in its public repository (the files of
 * the project's corpus come from these; SOURCES.md names the commit). Where the two disagree the entry
 * follows the exports and its comment says so. A rule raises nothing from an entry without evidence, and
 * an error branch that only the reference asks for (no export checked) is reported only under `strict`.
 */
export interface Evidence {
  readonly reference?: string;
  readonly exports?: readonly string[];
}

/** Parameter names an action takes, exactly as real exports spell them (added field). */
export interface ParameterSpec {
  /** must be present in Parameters */
  readonly required?: readonly string[];
  /**
   * a required parameter the block legitimately omits when one of these other parameters is present
   * (CreateTask: a task template names the flow, so ContactFlowId and Name may be left out)
   */
  readonly requiredUnless?: Readonly<Record<string, readonly string[]>>;
  /** earlier names of a parameter, with the name to write instead: reported as a near miss would be */
  readonly legacy?: Readonly<Record<string, string>>;
  /** may be present; `required` + `optional` together are every name known for the type */
  readonly optional?: readonly string[];
  /** parameters whose value has a shape the service checks */
  readonly shapes?: Readonly<Record<string, ParameterShape>>;
}

/** A flow type an action may appear in: an API flow type, or MODULE for a flow module (see flow-types.ts). */
export type ActionFlowType = FlowType | typeof MODULE_FLOW_TYPE;

/** An error branch that exists only for some parameter values. */
export interface ConditionalError {
  type: string;
  /**
   * raised only when Parameters[parameter] (case-insensitive string compare; booleans/numbers stringified)
   * is one of these, or is a list holding one of these (Wait's Events). `parameter` may be a dotted path into
   * nested objects.
   * `requires` (added field): dotted Parameters paths that must ALSO be present (not undefined/null) for the
   * error to exist, e.g. GetParticipantInput InvalidPhoneNumber needs `InputValidation.PhoneNumberValidation`.
   * Use {@link conditionalErrorApplies} rather than re-implementing this.
   */
  when: { parameter: string; equals: readonly string[]; requires?: readonly string[] };
  /** asked for only under the rule's `strict` option (a condition only the reference states) */
  strict?: boolean;
}

export interface ActionSpec {
  /** where each fact of the entry comes from; see {@link Evidence} */
  readonly evidence?: Evidence;
  /** error types the action raises that a correct flow must wire (error-branches-wired reports each missing one) */
  readonly errors: readonly string[];
  /** error types it can raise but real exports routinely leave unwired (e.g. MessageParticipant's NoMatchingError): reported only when the rule's `strict` option is on */
  readonly optionalErrors?: readonly string[];
  /** errors that exist only under a parameter value (GetParticipantInput NoMatchingCondition only when StoreInput is False) */
  readonly conditionalErrors?: readonly ConditionalError[];
  /** ends the contact's path in this flow by itself: exported with empty Transitions (DisconnectParticipant, EndFlowExecution, EndFlowModuleExecution, TransferContactToAgent...) */
  readonly terminal?: boolean;
  /** success leaves this flow (TransferContactToQueue, TransferToFlow...): NextAction may be "" or equal an error target; not a defect */
  readonly endsOnSuccess?: boolean;
  /** may legitimately have no NextAction (MessageParticipantIteratively loops until dequeued) */
  readonly mayHaveNoNext?: boolean;
  /** Customer Profiles role: 'loads' = success makes $.Customer.<ProfileResponseData fields> + ProfileId/ProfileARN readable; 'object' = adds profile object / calculated attributes; 'uses' = needs a loaded profile */
  readonly profile?: 'loads' | 'object' | 'uses';
  /**
   * set-up block that does not interact with the customer and calls nothing external (logging, recording,
   * TTS voice, attributes) — used by logging-enabled to find the first non-trivial block.
   */
  readonly setup?: boolean;
  /**
   * (added field) Parameter names, required/optional, and value shapes. `{}` = the reference expects no
   * parameters (an empty object or a missing Parameters key). undefined = not known: checkers skip the type.
   * An empty `NextAction` string is normal only on `endsOnSuccess` blocks (transfers), never a parameter issue.
   */
  readonly parameters?: ParameterSpec;
  /**
   * (added field) Flow types that allow the action, from the per-action reference pages' "Restrictions" sections
   * (and the admin guide's block pages), corrected by real exports. 'all' = every flow type and modules.
   * undefined = not known: checkers skip the type. Use {@link allowedInFlowType} rather than reading it.
   */
  readonly flowTypes?: readonly ActionFlowType[] | 'all';
}

const NME = 'NoMatchingError';

/** The flow-language reference (APIReference) pages, by page name. */
const REF = (page: string): string => `https://docs.aws.amazon.com/connect/latest/APIReference/${page}.html`;

/*
 * Flow-type groups used by `flowTypes`, named as the reference pages name them ("inbound/contact flows",
 * "transfer flows", "whisper flows", "hold flows", "customer queue flows"). MODULE (flow modules) is not named
 * by most pages: a module is invoked only from an inbound flow (admin guide "Flow modules": "You can use modules
 * in any flow that is type Inbound"), so an action allowed in inbound flows is listed as allowed in MODULE too,
 * unless the page or the corpus says otherwise. CAMPAIGN postdates the reference pages: an explicit list that
 * does not name it leaves CAMPAIGN unknown (see allowedInFlowType).
 */
const INBOUND: readonly FlowType[] = ['CONTACT_FLOW'];
const TRANSFER: readonly FlowType[] = ['AGENT_TRANSFER', 'QUEUE_TRANSFER'];
const CUSTOMER_QUEUE: readonly FlowType[] = ['CUSTOMER_QUEUE'];
const HOLD: readonly FlowType[] = ['CUSTOMER_HOLD', 'AGENT_HOLD'];
const WHISPER: readonly FlowType[] = ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'];
const MODULE = MODULE_FLOW_TYPE;
/** Flow types no reference "Restrictions" section covers: only an explicit mention or 'all' decides them. */
const UNCOVERED_FLOW_TYPES: ReadonlySet<string> = new Set<string>(['CAMPAIGN']);

const freezeParameters = (p: ParameterSpec): ParameterSpec =>
  Object.freeze({
    ...(p.required ? { required: Object.freeze([...p.required]) } : {}),
    ...(p.requiredUnless ? { requiredUnless: Object.freeze(Object.assign(Object.create(null) as Record<string, readonly string[]>, p.requiredUnless)) } : {}),
    ...(p.legacy ? { legacy: Object.freeze(Object.assign(Object.create(null) as Record<string, string>, p.legacy)) } : {}),
    ...(p.optional ? { optional: Object.freeze([...p.optional]) } : {}),
    ...(p.shapes ? { shapes: Object.freeze(Object.assign(Object.create(null) as Record<string, ParameterShape>, p.shapes)) } : {}),
  });

const spec = (s: ActionSpec): ActionSpec =>
  Object.freeze({
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
          conditionalErrors: Object.freeze(
            s.conditionalErrors.map((c) =>
              Object.freeze({
                type: c.type,
                ...(c.strict ? { strict: true } : {}),
                when: Object.freeze({
                  parameter: c.when.parameter,
                  equals: Object.freeze([...c.when.equals]),
                  ...(c.when.requires ? { requires: Object.freeze([...c.when.requires]) } : {}),
                }),
              }),
            ),
          ),
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
export const ACTIONS: Readonly<Record<string, ActionSpec>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, ActionSpec>, {
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
      errors: [NME] }),
    CompleteOutboundCall: spec({
      evidence: { reference: REF('contact-actions-completeoutboundcall') },
      errors: [NME] }),
    CreateWisdomSession: spec({
      evidence: { reference: REF('contact-actions-createwisdomsession') },
      errors: [NME] }),
    StartOutboundChatContact: spec({
      evidence: { reference: REF('contact-actions-startoutboundchatcontact') },
      errors: [NME] }),
    UpdateContactMediaProcessing: spec({
      evidence: { reference: REF('contact-actions-updatecontactmediaprocessing') },
      errors: [NME] }),
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
      errors: [NME] }),

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
      errors: [NME], profile: 'uses' }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.Asset.* / Order.* / Case.*. */
    GetCustomerProfileObject: spec({
      evidence: { reference: REF('interactions-getcustomerprofileobject') },
      errors: ['NoneFoundError', NME], profile: 'object' }),
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
  }),
);

/**
 * Legacy-designer module types and invented names that the service rejects in a flow-language export,
 * with the flow-language Type to use instead (null when there is none / it is not an action).
 * Counts are legacy `modules[].type` occurrences in the corpus (14 legacy files).
 */
export const LEGACY_ACTION_TYPES: Readonly<Record<string, string | null>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string | null>, {
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
  }),
);

/** The block type that turns on flow logging (reference: flow-control-actions-updateflowloggingbehavior,
 *  "FlowLoggingBehavior": One of [Enabled, Disabled]; all 38 corpus blocks use "Enabled"). */
export const LOGGING_ENABLE: { type: 'UpdateFlowLoggingBehavior'; parameter: 'FlowLoggingBehavior'; value: 'Enabled' } =
  Object.freeze({ type: 'UpdateFlowLoggingBehavior', parameter: 'FlowLoggingBehavior', value: 'Enabled' } as const);

/** The table as a Map: rules look a type up several times per block, and a Map lookup beats a keyed property read. */
const SPEC_BY_TYPE: ReadonlyMap<string, ActionSpec> = new Map(Object.entries(ACTIONS));

/** Own entries only: "toString", "__proto__" and friends are never action types. */
export function actionSpec(type: string): ActionSpec | undefined {
  return SPEC_BY_TYPE.get(type);
}

/** Whether the entry records how the table knows it (a reference page or real exports): rules raise nothing from one without. */
export function hasEvidence(spec: ActionSpec | undefined): spec is ActionSpec {
  const e = spec?.evidence;
  return e !== undefined && (e.reference !== undefined || (e.exports?.length ?? 0) > 0);
}

/**
 * Whether the entry was checked against real exports. The reference alone has been wrong both ways (it lists
 * no error for UpdateFlowAttributes, omits GetParticipantInput's InputTimeLimitExceeded, names Wait's
 * TimeoutSeconds where exports write TimeLimitSeconds), so what only the reference says is reported only
 * under `strict` (error branches) or not at all (required parameters and value shapes).
 */
export function checkedAgainstExports(spec: ActionSpec | undefined): boolean {
  return (spec?.evidence?.exports?.length ?? 0) > 0;
}

/**
 * Whether `type` may appear in a flow of `flowType` (an API flow type or MODULE_FLOW_TYPE).
 * undefined when unknown: the action type is not in the table or has no `flowTypes`, the flow type is not one
 * of FLOW_TYPES / MODULE, or it is CAMPAIGN and the action's list does not name it.
 */
export function allowedInFlowType(type: string, flowType: string): boolean | undefined {
  const allowed = actionSpec(type)?.flowTypes;
  if (allowed === undefined) return undefined;
  if (flowType !== MODULE_FLOW_TYPE && !(FLOW_TYPES as readonly string[]).includes(flowType)) return undefined;
  if (allowed === 'all') return true;
  if ((allowed as readonly string[]).includes(flowType)) return true;
  return UNCOVERED_FLOW_TYPES.has(flowType) ? undefined : false;
}

const KNOWN_PARAMETERS = new Map<string, ReadonlySet<string>>();

/** Every parameter name known for `type` (required + optional + shaped); undefined when the type or its parameters are unknown. */
export function knownParameters(type: string): ReadonlySet<string> | undefined {
  const p = actionSpec(type)?.parameters;
  if (p === undefined) return undefined;
  let set = KNOWN_PARAMETERS.get(type);
  if (set === undefined) {
    set = new Set([...(p.required ?? []), ...(p.optional ?? []), ...Object.keys(p.shapes ?? {})]);
    KNOWN_PARAMETERS.set(type, set);
  }
  return set;
}

/** Value at a dotted path inside Parameters (own properties only). */
function paramAt(params: unknown, path: string): unknown {
  let cur: unknown = params;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Whether a conditional error exists for a block with these Parameters (see {@link ConditionalError}). */
export function conditionalErrorApplies(ce: ConditionalError, params: unknown): boolean {
  const v = paramAt(params, ce.when.parameter);
  const scalar = (x: unknown): x is string | number | boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  const values = Array.isArray(v) ? v.filter(scalar) : scalar(v) ? [v] : [];
  if (!values.some((x) => ce.when.equals.some((e) => e.toLowerCase() === String(x).toLowerCase()))) return false;
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
export const PROFILE_ALWAYS_PROVIDED: readonly string[] = Object.freeze(['ProfileId', 'ProfileARN']);

/** Standard ProfileResponseData names from the GetCustomerProfile reference page (plus `Attributes.<x>`). */
export const PROFILE_STANDARD_FIELDS: readonly string[] = Object.freeze([
  'FirstName', 'MiddleName', 'LastName', 'PhoneNumber', 'EmailAddress', 'AccountNumber', 'AdditionalInformation',
  'PartyType', 'BusinessName', 'BirthDate', 'Gender', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber',
  'BusinessEmailAddress',
  ...['', 'Shipping', 'Mailing', 'Billing'].flatMap((p) =>
    ['Address1', 'Address2', 'Address3', 'Address4', 'City', 'County', 'Country', 'PostalCode', 'Province', 'State'].map(
      (f) => `${p}${f}`,
    ),
  ),
]);

/** Object types GetCustomerProfileObject can load, read as $.Customer.<Type>.<Field>. */
export const PROFILE_OBJECT_TYPES: readonly string[] = Object.freeze(['Asset', 'Order', 'Case']);
