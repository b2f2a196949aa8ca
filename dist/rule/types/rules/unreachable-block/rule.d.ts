/** Blocks no path from StartAction reaches. */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
