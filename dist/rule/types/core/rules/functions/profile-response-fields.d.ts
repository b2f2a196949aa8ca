import { type ProfileOptions } from './profile-lookup-before-use.js';
/** Reads of profile fields that the last lookup on some path did not request. */
export declare const profileResponseFields: import("../function.js").RuleFunction<ProfileOptions & {
    entryFields?: string[];
}>;
