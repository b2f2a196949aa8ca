/**
 * The one pass every file gets before JSON.parse: how deep it nests, how many keys its shallow objects have,
 * and where each block of a flow starts. Syntax errors, repeated keys and finding places are worked out
 * with jsonc-parser, and only when they are needed (see syntax-error.ts, duplicate-keys.ts, locate.ts).
 * This pass stays hand-written because it runs on every file: on the bench's 17 MiB flow it takes ~85 ms
 * of CPU where jsonc-parser's visitor takes ~240 ms and its scanner ~230 ms (JSON.parse: ~150 ms).
 */
/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
export declare const MAX_JSON_DEPTH = 1000;
/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
export declare const DUPLICATE_CHECK_DEPTH = 4;
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals the scan's shallowKeys exactly when no such object repeats a key: the
 * common case costs a count, and only a file with a repeat is read again (repeatedKeys) to name it.
 */
export declare function parsedShallowKeys(value: unknown): number;
export interface Structure {
    /** Offset where nesting passes the limit, or -1. */
    readonly tooDeepAt: number;
    /** How many keys the objects nested less than DUPLICATE_CHECK_DEPTH deep have, repeats included. */
    readonly shallowKeys: number;
    /** Offset of each item of the top-level "Actions" array (a flow's blocks), so a lookup can start at a block. */
    readonly blockStarts: Int32Array;
    /** The 1-based line of each block start, so a position can be counted from the block rather than the top. */
    readonly blockLines: Int32Array;
}
/**
 * One pass over the text, before JSON.parse sees it. It runs on every file, so it allocates nothing per key
 * or value: strings are jumped over with indexOf and the container stack is two typed arrays. On text that
 * is not JSON it still ends, and what it returns is not used.
 */
export declare function scanStructure(text: string, limit?: number): Structure;
