/** Error types a block's action type can raise that the block leaves without a transition. */
declare const _default: import("../api.js").Rule<{
    strict?: boolean;
    ignoreTypes?: string[];
}>;
export default _default;
