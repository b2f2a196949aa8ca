import type { ConfigPattern } from '../../config/pattern.js';
/** Account- or instance-specific ARNs in block parameters. */
export declare const noHardcodedArn: import("../function.js").RuleFunction<{
    allow?: ConfigPattern[];
}>;
