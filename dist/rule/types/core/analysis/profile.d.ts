import type { Action } from '../model/flow.js';
import { ShortestPaths, type PathEnds, type RoutingGraph } from '../graph/routing-graph.js';
import type { JsonPath } from '../types.js';
/** A reference to profile data inside a block: `$.Customer.Province` → field "Province". */
export interface ProfileRead {
    readonly action: Action;
    /** Dotted field name below the namespace: "Province", "Attributes.tier". */
    readonly field: string;
    /** The reference as written, for messages. */
    readonly text: string;
    /** Where the string holding the reference sits. */
    readonly path: JsonPath;
}
/**
 * Every profile read in the blocks' (or, with `only`, the marked blocks') parameters and condition operands (never an Identifier or a
 * NextAction). A block reads data only there; the rest of a block (Type, error routes) holds none.
 */
export declare function profileReads(actions: readonly Action[], namespace?: string, only?: Uint8Array): ProfileRead[];
/** The field names a lookup block asks for: an array of names, or (some builders) an object of name → true. */
export declare function responseFields(action: Action): string[];
export declare function isProfileLookup(action: Action): boolean;
/** True when `field` is readable after a lookup that requested `requested`. */
export declare function fieldProvided(field: string, requested: readonly string[]): boolean;
export declare const ENTRY_PROFILE = -1;
/**
 * Numbers the flow's lookups for bit sets: bit k is the k-th lookup block in flow order, and the last bit is
 * ENTRY_PROFILE ("loaded before this flow began").
 */
declare class LookupIndex {
    readonly nodes: Int32Array;
    readonly bitOf: Int32Array;
    readonly words: number;
    readonly entryBit: number;
    constructor(graph: RoutingGraph);
    single(bit: number): Uint32Array;
    /** The node numbers in a bit set, ascending, ENTRY_PROFILE first. */
    nodesOf(bits: Uint32Array): number[];
}
/**
 * The lookups that may have run last on some path to a block (a bit set, so joins cost a word per 32 lookups
 * however many there are), and whether every path ran one.
 */
export declare class ProfileState {
    readonly loaded: boolean;
    readonly bits: Uint32Array;
    private readonly index;
    private list;
    constructor(loaded: boolean, bits: Uint32Array, index: LookupIndex);
    /** Node numbers of the lookups, ascending; ENTRY_PROFILE (first) stands for "loaded before this flow began". */
    get lookups(): readonly number[];
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
export declare function profileStates(graph: RoutingGraph, loadedAtEntry: boolean): ReadonlyArray<ProfileState | undefined>;
/**
 * The lookups among those that may have run last before `state` that do not provide `field` (ENTRY_PROFILE
 * when `entryFields` is given and lacks it). A bit set of the lookups lacking each field is made once per
 * field, so checking a read costs a word per 32 lookups, not a look at every lookup.
 */
export declare function lookupsLacking(graph: RoutingGraph, state: ProfileState, field: string, entryFields: readonly string[] | undefined): number[];
/** Reads with their block's state; shared by the two profile policies so each flow is analysed once. */
export interface ProfileAnalysis {
    readonly reads: ProfileRead[];
    readonly states: ReadonlyArray<ProfileState | undefined>;
    /** Nodes of the flow's profile lookups. */
    readonly lookups: ReadonlySet<number>;
    /** Lazily: the breadth-first search from the entry that avoids successful lookups. */
    noProfileSearch?: ShortestPaths;
}
/**
 * The analysis is shared by the two profile policies (each flow is analysed once per option set). It is
 * kept on the graph itself rather than in a module-level WeakMap, so it dies with the flow's graph.
 */
export declare function analyseProfile(graph: RoutingGraph, options: {
    loadedAtEntry: boolean;
    namespace: string;
}): ProfileAnalysis;
/** A shortest path from the entry to `node` that passes no successful lookup, by its ends. */
export declare function pathWithoutProfile(analysis: ProfileAnalysis, graph: RoutingGraph, node: number): PathEnds | undefined;
export {};
