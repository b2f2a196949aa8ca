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

/** An error branch that exists only for some parameter values. */
export interface ConditionalError {
  type: string;
  /**
   * raised only when Parameters[parameter] (case-insensitive string compare; booleans/numbers stringified)
   * is one of these. `parameter` may be a dotted path into nested objects.
   * `requires` (added field): dotted Parameters paths that must ALSO be present (not undefined/null) for the
   * error to exist, e.g. GetParticipantInput InvalidPhoneNumber needs `InputValidation.PhoneNumberValidation`.
   * Use {@link conditionalErrorApplies} rather than re-implementing this.
   */
  when: { parameter: string; equals: readonly string[]; requires?: readonly string[] };
}

export interface ActionSpec {
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
   * (added field) true when the type is named in the flow-language reference but never occurs in the
   * corpus, so its row rests on the reference alone (or on the generic "NoMatchingError - if no other
   * Error matches" rule when the page was not available). Rules may choose to be gentler with these.
   */
  readonly referenceOnly?: boolean;
}

const NME = 'NoMatchingError';

const spec = (s: ActionSpec): ActionSpec =>
  Object.freeze({
    ...s,
    errors: Object.freeze([...s.errors]),
    ...(s.optionalErrors ? { optionalErrors: Object.freeze([...s.optionalErrors]) } : {}),
    ...(s.conditionalErrors
      ? {
          conditionalErrors: Object.freeze(
            s.conditionalErrors.map((c) =>
              Object.freeze({
                type: c.type,
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
    MessageParticipant: spec({ errors: [], optionalErrors: [NME] }),
    /** "Get customer input". Reference (participant-actions-getparticipantinput): NoMatchingError always;
     *  NoMatchingCondition only when StoreInput is False; InvalidPhoneNumber only when StoreInput is True
     *  and PhoneNumberValidation is given. The reference page does NOT list InputTimeLimitExceeded, but
     *  every StoreInput=False block in the corpus wires it (7 of 7; +CFN 30 of 30 overall) and no
     *  StoreInput=True block does (0 of 2): real exports win, so it is conditional like NoMatchingCondition. */
    GetParticipantInput: spec({
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
      errors: ['NoMatchingCondition', NME],
      optionalErrors: ['InputTimeLimitExceeded'],
    }),
    /** "Disconnect / hang up": 92 of 92 corpus blocks have `Transitions: {}`. */
    DisconnectParticipant: spec({ errors: [], terminal: true }),
    /** "Loop prompts" (queue/hold flows). Reference: NoMatchingError. Corpus: 2 of 4 have empty Transitions
     *  (loops until dequeued), the other 2 wire NoMatchingError and a MessagesInterrupted condition. */
    MessageParticipantIteratively: spec({ errors: [], optionalErrors: [NME], mayHaveNoNext: true }),
    /** "Show view" (step-by-step guides). No reference page found in the docs index; corpus wires all three
     *  error types on 51 of 51 blocks, so they are required. */
    ShowView: spec({ errors: ['NoMatchingCondition', NME, 'TimeLimitExceeded'] }),
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
    UpdateContactAttributes: spec({ errors: [NME], setup: true }),
    /** "Set working queue": 33 of 33 wire NoMatchingError. */
    UpdateContactTargetQueue: spec({ errors: [NME] }),
    /** "Transfer to queue": reference errors QueueAtCapacity, NoMatchingError (28 of 28 wire both).
     *  Success leaves the flow: all 28 export NextAction equal to an error target (+CFN 40 of 40). */
    TransferContactToQueue: spec({ errors: ['QueueAtCapacity', NME], endsOnSuccess: true }),
    /** Customer-queue-flow variant of Transfer to queue; reference errors QueueAtCapacity, NoMatchingError. */
    DequeueContactAndTransferToQueue: spec({
      errors: ['QueueAtCapacity', NME],
      endsOnSuccess: true,
      referenceOnly: true,
    }),
    /** Reference: "Ends the current flow", Errors: None. Exported with empty Transitions. */
    TransferContactToAgent: spec({ errors: [], terminal: true, referenceOnly: true }),
    /** "Set event hook": 13 of 13 wire NoMatchingError. */
    UpdateContactEventHooks: spec({ errors: [NME] }),
    /** "Set recording and analytics behavior": 0 of 10 have an error branch (6 `Errors: []`, 4 no key). */
    UpdateContactRecordingBehavior: spec({ errors: [], setup: true }),
    /** Newer name for the recording/analytics block (reference only); treated like its predecessor. */
    UpdateContactRecordingAndAnalyticsBehavior: spec({ errors: [], setup: true, referenceOnly: true }),
    /** "Set voice": 0 of 4 have an error branch. */
    UpdateContactTextToSpeechVoice: spec({ errors: [], setup: true }),
    /** "Set callback number": reference + corpus (1 of 1) wire InvalidCallbackNumber and CallbackNumberNotDialable.
     *  The corpus block has no NoMatchingError, so it is not required. */
    UpdateContactCallbackNumber: spec({ errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'] }),
    /** "Start/stop media streaming": 3 of 3 wire NoMatchingError. */
    UpdateContactMediaStreamingBehavior: spec({ errors: [NME] }),
    /** "Set Voice ID" / contact data: 7 of 7 wire NoMatchingError. */
    UpdateContactData: spec({ errors: [NME] }),
    /** "Invoke module": 24 of 24 wire NoMatchingError; returns to this flow, so not endsOnSuccess. */
    InvokeFlowModule: spec({ errors: [NME] }),
    /** "Return" from a module: 3 of 3 have empty Transitions. */
    EndFlowModuleExecution: spec({ errors: [], terminal: true }),
    /** "Create task": 3 of 3 wire NoMatchingError. */
    CreateTask: spec({ errors: [NME] }),
    /** Cases block. Error names are `MultipleFound`/`NoneFound` (no "Error" suffix, unlike the profile
     *  actions) in 2 of 2 corpus blocks. ContactNotLinked appears only with LinkContactToCase "true" (1 of 1
     *  true, 0 of 1 false), matching the UpdateCase reference text. */
    GetCase: spec({
      errors: ['MultipleFound', 'NoneFound', NME],
      conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Corpus: NoMatchingError 2 of 2; ContactNotLinked only with LinkContactToCase "true" (1 of 1). */
    CreateCase: spec({
      errors: [NME],
      conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Reference (updatecase): ContactNotLinked "if you specify to link the contact", NoMatchingError. */
    UpdateCase: spec({
      errors: [NME],
      conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
      referenceOnly: true,
    }),
    /** "Tag contact": +CFN 4 of 4 wire NoMatchingError (not in the JSON corpus). */
    TagContact: spec({ errors: [NME] }),
    UnTagContact: spec({ errors: [NME], referenceOnly: true }),
    /** Reference pages list only NoMatchingError for these. */
    UpdatePreviousContactParticipantState: spec({ errors: [NME], referenceOnly: true }),
    ResumeContact: spec({ errors: [NME], referenceOnly: true }),
    CompleteOutboundCall: spec({ errors: [NME], referenceOnly: true }),
    CreateWisdomSession: spec({ errors: [NME], referenceOnly: true }),
    StartOutboundChatContact: spec({ errors: [NME], referenceOnly: true }),
    UpdateContactMediaProcessing: spec({ errors: [NME], referenceOnly: true }),
    UpdateContactRoutingBehavior: spec({ errors: [NME], referenceOnly: true }),

    // ───────────────────────── Flow control actions ─────────────────────────
    /** "Check contact attributes": 49 of 49 wire NoMatchingCondition (no NoMatchingError in any). */
    Compare: spec({ errors: ['NoMatchingCondition'] }),
    /** "Set logging behavior": reference Errors: None; 38 of 38 have no error branch. This is the block
     *  logging-enabled looks for (see LOGGING_ENABLE); in every corpus flow it is the StartAction. */
    UpdateFlowLoggingBehavior: spec({ errors: [], setup: true }),
    /** "Loop": conditions ContinueLooping/DoneLooping, no error branch in 31 of 31. */
    Loop: spec({ errors: [] }),
    /** "Transfer to flow": 13 of 13 wire NoMatchingError and export NextAction equal to the error target
     *  (+CFN 15 of 15): success leaves this flow. */
    TransferToFlow: spec({ errors: [NME], endsOnSuccess: true }),
    /** "End flow / resume": 12 of 12 have empty Transitions. */
    EndFlowExecution: spec({ errors: [], terminal: true }),
    /** "Check hours of operation": conditions True/False; 4 of 4 wire NoMatchingError. */
    CheckHoursOfOperation: spec({ errors: [NME] }),
    /** "Check queue status/staffing". Reference says NoMatchingCondition exists only for
     *  OldestContactInQueueAgeSeconds/NumberOfContactsInQueue, but the corpus blocks use
     *  NumberOfAgentsAvailable / NumberOfAgentsStaffed and still wire it (1 of 1; +CFN 3 of 3): real exports
     *  win, it is required for every MetricType. */
    CheckMetricData: spec({ errors: ['NoMatchingCondition', NME] }),
    /** "Get queue metrics": 3 of 3 wire NoMatchingError. */
    GetMetricData: spec({ errors: [NME] }),
    /** "Check Voice ID": 5 of 5 wire NoMatchingError. */
    CheckVoiceId: spec({ errors: [NME] }),
    /** "Set Voice ID": 3 of 3 wire NoMatchingError. */
    StartVoiceIdStream: spec({ errors: [NME] }),
    /** "Set flow attributes": 6 of 6 wire NoMatchingError (+CFN 20 of 20). Like UpdateContactAttributes,
     *  no customer interaction. */
    UpdateFlowAttributes: spec({ errors: [NME], setup: true }),
    /** "Set routing criteria": +CFN 4 of 4 wire NoMatchingError. The reference index names the page
     *  "UpdateRoutingCriteria" (flow-control-actions-updater…); real exports use this Type name. */
    UpdateContactRoutingCriteria: spec({ errors: [NME] }),
    /** "Wait" (chat). Reference: NoMatchingError; ParticipantNotFound only with the BotParticipantDisconnected
     *  event (Events is a list, so not expressible as a conditional). Corpus: 1 block, NoMatchingError only. */
    Wait: spec({ errors: [NME], optionalErrors: ['ParticipantNotFound'] }),
    /** Reference: Errors "NoMatchingCondition if no Condition matches" only. */
    DistributeByPercentage: spec({ errors: ['NoMatchingCondition'], referenceOnly: true }),
    /** Reference: Errors "NoMatchingError if no condition matches". */
    CheckOutboundCallStatus: spec({ errors: [NME], referenceOnly: true }),

    // ───────────────────────── Interactions ─────────────────────────
    /** "Invoke AWS Lambda function": 37 of 37 wire NoMatchingError. */
    InvokeLambdaFunction: spec({ errors: [NME] }),
    /** "Customer profiles: Get profile". Reference errors MultipleFoundError, NoneFoundError,
     *  NoMatchingError (7 of 7 wire all three). Success makes the requested ProfileResponseData fields and
     *  ProfileId readable under $.Customer. */
    GetCustomerProfile: spec({ errors: ['MultipleFoundError', 'NoneFoundError', NME], profile: 'loads' }),
    /** Reference: NoMatchingError only (4 of 4); "Newly created profile ID is persisted under
     *  $.Customer.ProfileId" and ProfileResponseData fields are readable: it loads the new profile. */
    CreateCustomerProfile: spec({ errors: [NME], profile: 'loads' }),
    /** Reference: NoMatchingError only (3 of 3); same ProfileResponseData contract as Get/Create. */
    UpdateCustomerProfile: spec({ errors: [NME], profile: 'loads' }),
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
    CreateCallbackContact: spec({ errors: [NME] }),
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
    // 'Loop', 'Wait', 'CheckHoursOfOperation' keep their names in the flow language: not listed.
    // Invented names seen in hand-written JSON (design note): no replacement.
    Trigger: null,
    EntryPoint: null,
    CheckCondition: 'Compare',
  }),
);

/** The block type that turns on flow logging (reference: flow-control-actions-updateflowloggingbehavior,
 *  "FlowLoggingBehavior": One of [Enabled, Disabled]; all 38 corpus blocks use "Enabled"). */
export const LOGGING_ENABLE: { type: 'UpdateFlowLoggingBehavior'; parameter: 'FlowLoggingBehavior'; value: 'Enabled' } =
  Object.freeze({ type: 'UpdateFlowLoggingBehavior', parameter: 'FlowLoggingBehavior', value: 'Enabled' } as const);

/** Own-property lookup only: "toString", "__proto__" and friends are never action types. */
export function actionSpec(type: string): ActionSpec | undefined {
  return Object.hasOwn(ACTIONS, type) ? ACTIONS[type] : undefined;
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
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
  const s = String(v).toLowerCase();
  if (!ce.when.equals.some((e) => e.toLowerCase() === s)) return false;
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
