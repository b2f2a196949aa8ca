/** The flow's StartAction is missing or names no block. */
export declare const startActionExists: import("../function.js").RuleFunction<Record<string, never>>;
