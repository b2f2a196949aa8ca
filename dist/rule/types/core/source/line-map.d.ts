import type { Position } from '../types.js';
/**
 * Turns character offsets into 1-based line and column. A batch of offsets is placed in one pass that
 * stops at the largest of them, counting newlines with indexOf: no table of every line of a 17 MB file.
 */
export declare class LineMap {
    private readonly text;
    private anchorOffsets;
    private anchorLines;
    constructor(text: string);
    /**
     * Known (offset, line) pairs in ascending order, e.g. where each block of the flow starts: a position past
     * one is counted from it, not from the last position placed. The caller vouches that they are right.
     */
    anchor(offsets: Int32Array, lines: Int32Array): void;
    position(offset: number): Position;
    positions(offsets: readonly number[]): Position[];
    /** Index of the last anchor at or before `offset`, or -1. */
    private anchorBefore;
}
