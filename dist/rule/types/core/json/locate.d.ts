import type { JsonPath } from '../types.js';
/** Where a value sits in the text: its key (for object members) and the value itself. */
export interface Located {
    readonly keyStart: number | undefined;
    readonly start: number;
    readonly end: number;
}
/**
 * Finds many JSON paths in one pass over the text, with jsonc-parser's scanner: only the branches that
 * lead to a requested path are walked key by key, every other value is skipped token by token. With
 * `start` (the offset of a flow's block) the pass begins there and the paths are relative to that value,
 * so a finding in block 19,000 does not read the 18,999 before it. With `stopWhenFound` (for text known to
 * repeat no key) the pass stops as soon as every requested path has been found; otherwise it reads on, as
 * a later copy of a key is the one JSON.parse keeps. A path that does not exist resolves to its deepest
 * existing ancestor.
 *
 * The text must be JSON that JSON.parse accepted; on anything else the pass still ends, without throwing.
 */
export declare function locatePaths(text: string, paths: readonly JsonPath[], options?: {
    stopWhenFound?: boolean;
    start?: number;
}): Located[];
