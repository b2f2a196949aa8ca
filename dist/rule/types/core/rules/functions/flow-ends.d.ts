/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
export declare const flowEnds: import("../function.js").RuleFunction<{
    endlessLoopsAllowedIn?: string[];
}>;
