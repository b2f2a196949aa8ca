/**
 * A JSON scanner that records where every value sits in the text.
 *
 * Values themselves come from the engine's JSON.parse, which is several times faster than any parser
 * written in JavaScript; this scanner runs only when a position is needed (a finding to place, a
 * syntax error to explain), so clean files never pay for it. It is iterative, not recursive, so a
 * hostile file nested 100,000 deep cannot overflow the stack.
 */
export interface JsonNode {
    /** Offset of the value's first character. */
    readonly start: number;
    /** Offset just past the value's last character. */
    end: number;
    /** For an object member: the offset of its key's opening quote. */
    readonly keyStart?: number;
    readonly members?: Map<string, JsonNode>;
    readonly items?: JsonNode[];
}
export declare class JsonSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** Scans `text` as one JSON value and returns its position tree; throws JsonSyntaxError at the first defect. */
export declare function indexJson(text: string): JsonNode;
/** The node at `path`, or the deepest existing ancestor when part of the path is missing. */
export declare function nodeAt(root: JsonNode, path: ReadonlyArray<string | number>): JsonNode;
/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
export declare const MAX_JSON_DEPTH = 1000;
/**
 * One pass over valid JSON text: the offset where nesting passes `limit` (or -1), and the paths of object
 * keys that repeat an earlier key of the same object (JSON.parse keeps the last one silently).
 *
 * It runs on every file, so in the common case it allocates nothing per key: strings are jumped over with
 * indexOf, the container stack is typed arrays, and a key is kept as its offsets in the text and compared
 * there. Only an object with many keys (Metadata.ActionMetadata has one per block) gets a hash table, and
 * only a repeated key is ever turned into a string.
 */
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals a 'count' scan's shallowKeys exactly when no such object repeats a key:
 * the common case costs a count, and only a file with a repeat is scanned again to name it.
 */
export declare function parsedShallowKeys(value: unknown): number;
export interface Structure {
    /** Offset where nesting passes the limit, or -1. */
    readonly tooDeepAt: number;
    /** Paths of object keys that repeat an earlier key of the same object ('exact' scans only; 'count' leaves it empty). */
    readonly duplicates: Array<Array<string | number>>;
    /** How many keys the objects nested less than DUPLICATE_CHECK_DEPTH deep have, repeats included. */
    readonly shallowKeys: number;
    /** Offset of each item of the top-level "Actions" array (a flow's blocks), so a lookup can start at a block. */
    readonly blockStarts: Int32Array;
    /** The 1-based line of each block start, so a position can be counted from the block rather than the top. */
    readonly blockLines: Int32Array;
}
export declare function scanStructure(text: string, limit?: number, keys?: 'exact' | 'count'): Structure;
