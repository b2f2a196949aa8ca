import type { RoutingGraph } from '../graph/routing-graph.js';
import { type Flow } from '../model/flow.js';
import type { Range } from '../types.js';
import { type ReferenceKind } from './references.js';
/** Profile fields known to be loaded: a list, or 'any' (loaded by something we cannot see, fields unknown). */
export type Fields = readonly string[] | 'any';
/** The profile a flow starts with, merged over every caller; undefined for flows nobody in the repository calls. */
export interface EntryProfile {
    readonly loaded: boolean;
    readonly fields: Fields;
    readonly callers: ReadonlyArray<{
        readonly flow: string;
        readonly blockId: string;
        readonly block: string;
        readonly loaded: boolean;
        readonly fields: Fields;
        readonly module?: boolean;
        readonly queueUnset?: boolean;
    }>;
}
/** The profile at a reference block, for each way the flow itself may have been entered. */
interface TransferState {
    readonly loaded: boolean;
    readonly fields: Fields;
    /** Whether the profile loaded before this flow can still be the one in use (no lookup in between on some path). */
    readonly fromEntry: boolean;
}
export interface ReferenceSummary {
    readonly kind: ReferenceKind;
    readonly blockId: string;
    readonly block: string;
    readonly value: string;
    readonly nameHint?: string;
    readonly hook?: string;
    readonly range: Range;
    readonly local: TransferState;
    readonly withEntry: TransferState;
    /** Some path from the start reaches the reference without passing a block that may set a working queue. */
    readonly queueUnset?: boolean;
}
/** What the repository pass keeps of each flow: who it is, what it calls, and the profile at each call. */
export interface FlowSummary {
    readonly file: string;
    /** Position of the flow among the file's flows. */
    readonly index: number;
    readonly name?: string;
    readonly ids: readonly string[];
    readonly flowType?: string;
    /** Fn::Sub variables that stand for other resources of the template. */
    readonly substitutions?: ReadonlyMap<string, string>;
    readonly references: readonly ReferenceSummary[];
    /** The per-file option: assume a profile at entry when no caller is known. */
    readonly loadedAtEntryByDefault: boolean;
    /** An inbound flow by its export (CONTACT_FLOW, not a module): entered from a phone number when nobody calls it. */
    readonly inbound?: boolean;
}
export declare function intersect(a: Fields, b: Fields): Fields;
/** Summarises one linted flow for the repository pass (pure; the ranges come from one scan of the flow). */
export declare function summarizeFlow(flow: Flow, graph: RoutingGraph, index: number, loadedAtEntryByDefault: boolean): FlowSummary;
export type Resolution = {
    readonly status: 'resolved';
    readonly target: number;
    readonly via: 'id' | 'name' | 'template' | 'map';
} | {
    readonly status: 'dynamic';
} | {
    readonly status: 'placeholder';
    readonly name: string;
}
/** One of the flows every instance has (Default customer queue…): never missing. */
 | {
    readonly status: 'builtin';
    readonly name: string;
} | {
    readonly status: 'unresolved';
    readonly why: string;
};
export interface RepositoryLinks {
    /** Per summary, per reference: where it leads. */
    readonly resolutions: ReadonlyArray<readonly Resolution[]>;
    /** Entry profiles of the flows that some flow of the repository calls. */
    readonly entries: ReadonlyMap<number, EntryProfile>;
    /** Caller → callee edges, for the call-graph picture. */
    readonly calls: ReadonlyArray<{
        readonly from: number;
        readonly to: number;
        readonly kind: ReferenceKind;
        readonly blockId: string;
        readonly hook?: string;
    }>;
}
export declare function flowTitle(s: FlowSummary): string;
/**
 * Links the flows of a repository: resolves each reference (by the target's Id or ARN, by a template's
 * logical id, by flow name, or by the config's `flows` map), then carries the profile state at each call
 * into the callee's entry, merged over all callers, to a fixpoint (call cycles are fine: the states only
 * shrink). Pure.
 */
/**
 * What the deployment's templates say about the flows (Terraform's aws_connect_contact_flow resources):
 * the flow behind each resource address and declared name, and per flow file what its templatefile()
 * variables are filled with.
 */
export interface DeployBindings {
    /** `aws_connect_contact_flow.main` or a declared flow name → the flow file. */
    readonly flows: ReadonlyMap<string, {
        readonly file: string;
    }>;
    /** Per flow file: templatefile() variable → the expression the .tf passes for it. */
    readonly variables: ReadonlyMap<string, ReadonlyMap<string, string>>;
}
export declare function linkRepository(summaries: readonly FlowSummary[], aliases?: ReadonlyMap<string, {
    file: string;
    name?: string;
}>, bindings?: DeployBindings): RepositoryLinks;
export {};
