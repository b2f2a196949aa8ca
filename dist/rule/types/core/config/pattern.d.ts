/**
 * Regular expressions from configs, matched by RE2 (re2js, pure JavaScript): its time is linear in the
 * input, so no pattern a pull request writes can backtrack catastrophically — no syntactic risk check is
 * needed, or could be complete. RE2 has no backreferences and no lookaround; those are config errors that
 * say what to write instead.
 */
/** Longest value a config's pattern is run on; longer values are matched on their first part. */
export declare const MAX_PATTERN_INPUT = 10000;
export declare const MAX_PATTERN_LENGTH = 1000;
/**
 * RE2's time is linear in the input, times up to the size of the compiled program (its NFA may be in every
 * state at once: `(?:x?){500}x{500}` takes about a second on 10,000 characters). Programs are capped, and so is
 * the work one rule may do on one flow: characters matched times program size (lint.ts sets the budget).
 */
export declare const MAX_PROGRAM_SIZE = 500;
/** About 3 s in the worst case measured (a 500-instruction program whose every state is live), far less typically. */
export declare const MAX_PATTERN_WORK = 500000000;
/**
 * Runs `run` with a budget of pattern work; returns undefined when the patterns it matched went over it.
 * Outside such a call patterns are not metered (the repository pass matches short references only).
 */
export declare function withPatternBudget<T>(units: number, run: () => T): {
    readonly value: T;
} | undefined;
/** A compiled config pattern. Not a RegExp, so nothing can hand it to the backtracking engine by mistake. */
export declare class ConfigPattern {
    readonly source: string;
    private readonly re;
    private readonly size;
    private constructor();
    /** Compiles JavaScript regular-expression syntax; throws PatternError with an offset into `source`. */
    static compile(source: string): ConfigPattern;
    /** True when the pattern matches somewhere in `text` (its first MAX_PATTERN_INPUT characters). */
    test(text: string): boolean;
    toString(): string;
    /** --print-config shows the pattern as it was written. */
    toJSON(): string;
}
export declare class PatternError extends Error {
    /** 0-based offset in the pattern. */
    readonly offset: number;
    constructor(
    /** 0-based offset in the pattern. */
    offset: number, message: string);
}
