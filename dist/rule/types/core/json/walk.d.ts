import type { JsonPath } from '../types.js';
export type StringVisitor = (text: string, walker: StringWalker, lastKey: string | number | undefined) => void;
/**
 * Visits every string value under a value (object values and array items), in document order.
 *
 * Rules walk every parameter of every block, so one walker is made per flow and reused for each block: its
 * work stacks are kept between walks, keys are read with for-in (the engine's enum cache, no key array per
 * object), and the path of a string is built only when the visitor asks for it (`path()`). Iterative, so
 * nesting depth cannot exhaust the stack. A visitor must not start another walk on the same walker.
 */
export declare class StringWalker {
    private readonly visit;
    private readonly values;
    private readonly keys;
    private readonly depths;
    /** The keys from the walked value down to the string being visited: branch[0 .. branchLength). */
    private readonly branch;
    private branchLength;
    private base;
    private sub;
    constructor(visit: StringVisitor);
    /** The JSON path of the string being visited: `base`, then `sub`, then the keys below the walked value. */
    path(): JsonPath;
    /** Walks `value`, which sits at `base` + `sub` in the document (two parts, so callers need not join them). */
    walk(value: unknown, base: JsonPath, sub: JsonPath): void;
}
