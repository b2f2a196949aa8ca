import { type ActionSpec } from '../../connect/actions.js';
import type { FlowDocument } from '../source/document.js';
import { type Json } from '../source/shape.js';
import type { JsonPath } from '../types.js';
export type TransitionKind = 'next' | 'condition' | 'error';
/**
 * One outgoing route of a block, and the routing graph's edge when its target exists. Its label and JSON path
 * are worked out only when a message or a picture needs them: a large flow has tens of thousands of
 * transitions and almost none is ever reported.
 */
export declare class Transition {
    /** Node (action index) of the block the transition leaves. */
    readonly from: number;
    readonly kind: TransitionKind;
    readonly target: string;
    /** Path of the block in the flow document. */
    private readonly actionPath;
    /** Position in Transitions.Conditions / Transitions.Errors; -1 for NextAction. */
    private readonly listIndex;
    /** For errors, the ErrorType; for conditions, the raw Condition. */
    private readonly detail?;
    /** Node (action index) of the target block; -1 when no block has the target Identifier. Set by buildFlow. */
    to: number;
    constructor(
    /** Node (action index) of the block the transition leaves. */
    from: number, kind: TransitionKind, target: string, 
    /** Path of the block in the flow document. */
    actionPath: JsonPath, 
    /** Position in Transitions.Conditions / Transitions.Errors; -1 for NextAction. */
    listIndex: number, 
    /** For errors, the ErrorType; for conditions, the raw Condition. */
    detail?: unknown | undefined);
    /** For errors, the ErrorType (rules compare it for every block, so it is worked out once). */
    readonly errorType: string | undefined;
    /** What a reviewer reads on the edge: "next", the condition ("Equals 1"), or the error type. */
    get label(): string;
    /** Where the transition's NextAction sits in the flow document. */
    get path(): JsonPath;
}
export interface Action {
    /** Position in `Actions`; also the node number in the routing graph. */
    readonly index: number;
    readonly id: string;
    readonly type: string;
    readonly parameters: Readonly<Record<string, unknown>>;
    readonly transitions: readonly Transition[];
    /** Path of the action object in the flow document. */
    readonly path: JsonPath;
    /**
     * The flow's `Metadata.ActionMetadata` (shared by its blocks), if it is an object. A block's own entry is
     * looked up by blockMetadata() when a label needs it: in a large flow that object has a key per block, and
     * almost no block is ever named in a message.
     */
    readonly designer: Readonly<Record<string, unknown>> | undefined;
    /** The action object as exported, for rules that look at every field. */
    readonly raw: Readonly<Record<string, unknown>>;
    /** The action type's entry in the Amazon Connect table, looked up once here; undefined for unknown types. */
    readonly spec: ActionSpec | undefined;
}
export interface StructureProblem {
    readonly path: JsonPath;
    readonly message: string;
    readonly blockId?: string;
}
export interface Flow {
    readonly doc: FlowDocument;
    readonly startAction: string | undefined;
    readonly actions: readonly Action[];
    /** First action for each Identifier (duplicates are a finding, not a crash). */
    readonly byId: ReadonlyMap<string, Action>;
    readonly structureProblems: readonly StructureProblem[];
    /** CONTACT_FLOW, CUSTOMER_QUEUE...: from the wrapper, else from the designer's Metadata.type; undefined when neither says. */
    readonly flowType: string | undefined;
}
/**
 * Builds the flow model from a parsed export. Never throws: a field of the wrong type is recorded as a
 * structure problem with its path and the rest of the flow is still modelled.
 */
export declare function buildFlow(doc: FlowDocument): Flow;
/** A block's designer metadata (`Metadata.ActionMetadata[id]`), if any. */
export declare function blockMetadata(action: Action): Json | undefined;
/** A short human label for a block: what a reviewer would call it in the designer. */
export declare function blockLabel(action: Action): string;
/** What a block is about in a few words (its text, compared value, attributes, queue, flow…), or undefined. */
export declare function blockDetail(action: Action): string | undefined;
