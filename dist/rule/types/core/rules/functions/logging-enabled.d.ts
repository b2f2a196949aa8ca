/** The first block that does real work is reached before flow logging is turned on. */
export declare const loggingEnabled: import("../function.js").RuleFunction<{
    ignoreModules?: boolean;
    flowTypes?: string[];
}>;
