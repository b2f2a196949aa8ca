/**
 * A "Get customer input" block used as a menu (GetParticipantInput that does not store the input) with no
 * conditions: every key press is "no matching condition", so it takes that error branch. A menu is known by
 * its prompt offering keys; silent when the key press cannot change the route (the no-match branch goes
 * where the timeout goes: "press 1 to skip"), and for blocks no path reaches.
 */
declare const _default: import("../api.js").Rule<Record<string, never>>;
export default _default;
