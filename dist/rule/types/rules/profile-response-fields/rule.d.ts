import { type ProfileOptions } from '../../core/rules/profile-options.js';
/** Reads of profile fields that the last lookup on some path did not request. */
declare const _default: import("../api.js").Rule<ProfileOptions & {
    entryFields?: string[];
}>;
export default _default;
