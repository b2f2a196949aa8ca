import type { ConfigPattern } from '../../core/config/pattern.js';
/**
 * References to other flows that should lead to a flow of the repository and do not. Only the whole run
 * knows which flows exist, so the rule finds nothing in one flow: its project hook reads the linked
 * summaries (src/core/repo/link.ts resolves each reference) and reports the unresolved ones.
 */
declare const _default: import("../api.js").Rule<{
    external?: ConfigPattern[];
}>;
export default _default;
