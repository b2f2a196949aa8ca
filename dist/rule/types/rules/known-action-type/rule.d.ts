/** Block types the flow language does not have: legacy designer names, typos, invented types. */
declare const _default: import("../api.js").Rule<{
    allow?: string[];
}>;
export default _default;
