import type { JsonPath, Range } from '../types.js';
import type { LineMap } from './line-map.js';
export interface RangeRequest {
    readonly path: JsonPath;
    /** Point at the key (default) or at the value. */
    readonly part?: 'key' | 'value';
}
/** One flow found in a file, with what is needed to point findings back into that file. */
export interface FlowDocument {
    readonly file: string;
    /** The parsed flow-language export (the object with Version, StartAction, Actions...). */
    readonly value: unknown;
    /** A human name from the wrapper or the flow's Metadata, when the file has one. */
    readonly name?: string;
    /** The flow type (CONTACT_FLOW, CUSTOMER_QUEUE...) when a wrapper states it. */
    readonly flowType?: string;
    /** Ids and ARNs the file gives the flow (describe-contact-flow's Id and Arn), for resolving references to it. */
    readonly identifiers?: readonly string[];
    /** Paths of object keys that repeat an earlier key of the same object (the earlier value is lost). */
    readonly duplicateKeys?: ReadonlyArray<ReadonlyArray<string | number>>;
    /** In a CloudFormation Fn::Sub: variables that stand for another resource (`SubFlowArn` → `SubFlow`). */
    readonly substitutions?: ReadonlyMap<string, string>;
    /** File ranges of paths of the flow, resolved together in one pass over the text. */
    ranges(requests: readonly RangeRequest[]): Range[];
}
/**
 * Resolves JSON paths of a flow to file ranges. The flow's text is the file itself for a raw export, or
 * the decoded `Content` string for a wrapper; `toFileOffsets` maps the latter back into the file.
 */
export declare class TextLocator {
    private readonly flowText;
    private readonly lines;
    private readonly toFileOffsets;
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    private readonly prefix;
    /**
     * Given when no object key repeats where the structure scan looks (the flow, its blocks, their
     * Transitions and Parameters): a lookup may then start at the block a path is in, and stop once it has
     * found what it was asked for, instead of scanning on for a later, winning, copy of a key.
     */
    private readonly structure?;
    constructor(flowText: string, lines: LineMap, toFileOffsets?: (offsets: readonly number[]) => number[], 
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    prefix?: JsonPath, 
    /**
     * Given when no object key repeats where the structure scan looks (the flow, its blocks, their
     * Transitions and Parameters): a lookup may then start at the block a path is in, and stop once it has
     * found what it was asked for, instead of scanning on for a later, winning, copy of a key.
     */
    structure?: {
        readonly blockStarts: Int32Array;
    } | undefined);
    ranges(requests: readonly RangeRequest[]): Range[];
    /**
     * Paths inside a block are looked up from the block's own start (a finding in block 19,000 of a flow
     * does not scan the 18,999 before it); the others with one scan of the whole text.
     */
    private locateByBlock;
}
