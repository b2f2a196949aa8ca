/** The flow's StartAction is missing or names no block. */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
