/** Two blocks that share an Identifier. */
export declare const uniqueIdentifiers: import("../function.js").RuleFunction<Record<string, never>>;
