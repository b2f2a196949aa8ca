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
import { MODULE_FLOW_TYPE, type FlowType } from './flow-types.js';
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
    when: {
        parameter: string;
        equals: readonly string[];
        requires?: readonly string[];
    };
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
export declare const ACTIONS: Readonly<Record<string, ActionSpec>>;
/**
 * Legacy-designer module types and invented names that the service rejects in a flow-language export,
 * with the flow-language Type to use instead (null when there is none / it is not an action).
 * Counts are legacy `modules[].type` occurrences in the corpus (14 legacy files).
 */
export declare const LEGACY_ACTION_TYPES: Readonly<Record<string, string | null>>;
/** The block type that turns on flow logging (reference: flow-control-actions-updateflowloggingbehavior,
 *  "FlowLoggingBehavior": One of [Enabled, Disabled]; all 38 corpus blocks use "Enabled"). */
export declare const LOGGING_ENABLE: {
    type: 'UpdateFlowLoggingBehavior';
    parameter: 'FlowLoggingBehavior';
    value: 'Enabled';
};
/** Own entries only: "toString", "__proto__" and friends are never action types. */
export declare function actionSpec(type: string): ActionSpec | undefined;
/** Whether the entry records how the table knows it (a reference page or real exports): rules raise nothing from one without. */
export declare function hasEvidence(spec: ActionSpec | undefined): spec is ActionSpec;
/**
 * Whether the entry was checked against real exports. The reference alone has been wrong both ways (it lists
 * no error for UpdateFlowAttributes, omits GetParticipantInput's InputTimeLimitExceeded, names Wait's
 * TimeoutSeconds where exports write TimeLimitSeconds), so what only the reference says is reported only
 * under `strict` (error branches) or not at all (required parameters and value shapes).
 */
export declare function checkedAgainstExports(spec: ActionSpec | undefined): boolean;
/**
 * Whether `type` may appear in a flow of `flowType` (an API flow type or MODULE_FLOW_TYPE).
 * undefined when unknown: the action type is not in the table or has no `flowTypes`, the flow type is not one
 * of FLOW_TYPES / MODULE, or it is CAMPAIGN and the action's list does not name it.
 */
export declare function allowedInFlowType(type: string, flowType: string): boolean | undefined;
/** Every parameter name known for `type` (required + optional + shaped); undefined when the type or its parameters are unknown. */
export declare function knownParameters(type: string): ReadonlySet<string> | undefined;
/** Whether a conditional error exists for a block with these Parameters (see {@link ConditionalError}). */
export declare function conditionalErrorApplies(ce: ConditionalError, params: unknown): boolean;
export declare const PROFILE_ALWAYS_PROVIDED: readonly string[];
/** Standard ProfileResponseData names from the GetCustomerProfile reference page (plus `Attributes.<x>`). */
export declare const PROFILE_STANDARD_FIELDS: readonly string[];
/** Object types GetCustomerProfileObject can load, read as $.Customer.<Type>.<Field>. */
export declare const PROFILE_OBJECT_TYPES: readonly string[];
