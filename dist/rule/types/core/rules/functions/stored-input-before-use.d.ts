/** Reads of $.StoredCustomerInput on a path where no block stored customer input before them. */
export declare const storedInputBeforeUse: import("../function.js").RuleFunction<{
    storedAtEntry?: boolean;
}>;
