import type { ConfigPattern } from '../../config/pattern.js';
/**
 * References to other flows can only be checked once every flow of the run is known, so this function finds
 * nothing on its own: the repository pass (src/core/repo/reference-findings.ts) reports unresolved
 * references for each file whose rules include it, with this rule's severity and options. Declaring it here
 * is what makes `reference-exists` configurable like any other rule.
 */
export declare const referenceExists: import("../function.js").RuleFunction<{
    external?: ConfigPattern[];
}>;
