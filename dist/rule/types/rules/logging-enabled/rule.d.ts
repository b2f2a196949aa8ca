/** The first block that does real work is reached before flow logging is turned on. */
declare const _default: import("../api.js").Rule<{
    ignoreModules?: boolean;
    flowTypes?: string[];
}>;
export default _default;
