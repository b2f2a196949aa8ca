import { type Action, type Flow } from '../model/flow.js';
import type { JsonPath } from '../types.js';
export type ReferenceKind = 'flow' | 'module' | 'hook';
/** A block that sends the contact to another flow, runs a module, or sets a flow for a later event. */
export interface FlowReference {
    readonly kind: ReferenceKind;
    readonly block: Action;
    /** Where the reference's value sits in the flow document. */
    readonly path: JsonPath;
    readonly value: string;
    /** The target's name as the designer showed it (Metadata), when the export kept it. */
    readonly nameHint?: string;
    /** For event hooks: which event (CustomerQueue, AgentWhisper...). */
    readonly hook?: string;
}
/** Every reference from one flow to others: TransferToFlow, InvokeFlowModule and UpdateContactEventHooks. */
export declare function flowReferences(flow: Flow): FlowReference[];
/** What a reference's value is, before looking for its target. */
export type ReferenceShape = {
    readonly kind: 'dynamic';
} | {
    readonly kind: 'id';
    readonly id: string;
} | {
    readonly kind: 'template';
    /** The placeholder's expression, without its delimiters: `queue_flow_arn`, `contactFlows.Main.arn`. */
    readonly expression: string;
    /** Flow names the expression may stand for, most likely first. */
    readonly names: readonly string[];
    /** A CloudFormation `${Resource.Arn}`: it can only name a resource of the same template. */
    readonly cloudFormation: boolean;
} | {
    readonly kind: 'name';
    readonly name: string;
};
/** The id at the end of a flow or module ARN (…/contact-flow/<id>, …/flow-module/<id>), or the value if it is an id. */
export declare function idOf(value: string): string | undefined;
/**
 * The placeholder that names the target in a value, or undefined. A whole-value placeholder counts, and so
 * does one that stands for the last part of an ARN (`arn:aws:connect:${region}:…/contact-flow/${main_flow_id}`):
 * the instance and account before it are filled in the same way and say nothing about the flow.
 */
export declare function placeholderIn(value: string): string | undefined;
export declare function referenceShape(value: string): ReferenceShape;
