/**
 * Missing or empty required parameters and values of the wrong shape (errors, only for entries checked against
 * real exports); parameter names that are a near miss of a known name or a known earlier name (warnings); with
 * `unseenParameters`, names the table has never seen (info).
 */
declare const _default: import("../api.js").Rule<{
    unknownParameters?: boolean;
    unseenParameters?: boolean;
    ignoreTypes?: string[];
}>;
export default _default;
