/** Two blocks that share an Identifier. */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
