/** Block types the flow language does not have: legacy designer names, typos, invented types. */
export declare const knownActionType: import("../function.js").RuleFunction<{
    allow?: string[];
}>;
