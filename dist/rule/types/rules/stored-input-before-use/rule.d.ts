/** Reads of $.StoredCustomerInput on a path where no block stored customer input before them. */
declare const _default: import("../api.js").Rule<{
    storedAtEntry?: boolean;
}>;
export default _default;
