import { type ProfileOptions } from '../../core/rules/profile-options.js';
/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
declare const _default: import("../api.js").Rule<ProfileOptions>;
export default _default;
