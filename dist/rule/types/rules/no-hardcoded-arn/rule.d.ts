import type { ConfigPattern } from '../../core/config/pattern.js';
/** Account- or instance-specific ARNs in block parameters. */
declare const _default: import("../api.js").Rule<{
    allow?: ConfigPattern[];
}>;
export default _default;
