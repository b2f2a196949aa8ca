/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
export declare const actionAllowedInFlowType: import("../function.js").RuleFunction<{
    flowType?: string;
}>;
