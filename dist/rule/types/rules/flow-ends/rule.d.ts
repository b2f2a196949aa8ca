/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
declare const _default: import("../api.js").Rule<{
    endlessLoopsAllowedIn?: string[];
}>;
export default _default;
