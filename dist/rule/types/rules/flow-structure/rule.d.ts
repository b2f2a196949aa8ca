/**
 * Fields of the export whose type the flow language does not accept. The model finds them while it reads the
 * flow (src/core/model/flow.ts: it must read around them anyway, and start-action-exists looks at them too), so
 * the messages are written there; this rule reports them.
 */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
