/** Error types a block's action type can raise that the block leaves without a transition. */
export declare const errorBranchesWired: import("../function.js").RuleFunction<{
    strict?: boolean;
    ignoreTypes?: string[];
}>;
