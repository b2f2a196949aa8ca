/**
 * The options both profile rules take (profile-lookup-before-use, profile-response-fields), as JSON Schema
 * properties: what the flow starts with and where profile data lives. Shared, so the two rules agree.
 */
export interface ProfileOptions {
    profileLoadedAtEntry?: boolean;
    namespace?: string;
}
export declare const PROFILE_OPTIONS: {
    readonly profileLoadedAtEntry: {
        readonly type: "boolean";
        readonly description: "the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)";
        readonly default: false;
    };
    readonly namespace: {
        readonly type: "string";
        readonly description: "attribute namespace that holds profile data (default \"Customer\")";
    };
};
