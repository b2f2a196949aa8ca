import type { JsonPath } from '../types.js';
/** Where a value sits in the text: its key (for object members) and the value itself. */
export interface Located {
    readonly keyStart: number | undefined;
    readonly start: number;
    readonly end: number;
}
/**
 * Finds many JSON paths in one pass over the text. Only the branches that lead to a requested path are
 * walked key by key; every other value is skipped with a scan that allocates nothing (strings are jumped
 * over with indexOf). So placing 100 findings in a 17 MB flow costs one fast scan, not a position tree of
 * the whole file. With `stopWhenFound` (for text known to repeat no key) the scan stops as soon as every
 * requested path has been found, so findings in the first blocks do not pay for the rest of the flow or its
 * Metadata. A path that does not exist resolves to its
 * deepest existing ancestor (which keeps the scan going to that ancestor's end).
 *
 * The text must be JSON that JSON.parse accepted; on anything else the scan still ends, without throwing.
 */
export declare function locatePaths(text: string, paths: readonly JsonPath[], options?: {
    stopWhenFound?: boolean;
    start?: number;
}): Located[];
