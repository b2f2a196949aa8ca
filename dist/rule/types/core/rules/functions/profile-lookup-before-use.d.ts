export interface ProfileOptions {
    profileLoadedAtEntry?: boolean;
    namespace?: string;
}
export declare const PROFILE_OPTIONS: {
    readonly profileLoadedAtEntry: {
        readonly type: "boolean";
        readonly description: "the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)";
    };
    readonly namespace: {
        readonly type: "string";
        readonly description: "attribute namespace that holds profile data (default \"Customer\")";
    };
};
/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
export declare const profileLookupBeforeUse: import("../function.js").RuleFunction<ProfileOptions>;
