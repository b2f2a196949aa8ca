/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
declare const _default: import("../api.js").Rule<{
    flowType?: string;
}>;
export default _default;
