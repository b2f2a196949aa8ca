/** Transitions whose NextAction names no block of the flow. */
export declare const transitionTargetExists: import("../function.js").RuleFunction<Record<string, never>>;
