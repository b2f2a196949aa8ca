/** Transitions whose NextAction names no block of the flow. */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
