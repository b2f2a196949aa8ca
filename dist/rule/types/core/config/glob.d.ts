/**
 * Glob patterns for `overrides.files` and CLI arguments: `**`, `*`, `?`, `{a,b}` and `[...]`, matched
 * against forward-slash paths relative to the config's folder. A glob is translated to an RE2 pattern and
 * matched with re2js, whose time is linear in the path: `*a*a*a*a*a*a*a*a*b` cannot backtrack. An invalid
 * glob throws GlobError with the offset of the part that is wrong.
 */
export interface GlobMatcher {
    test(path: string): boolean;
}
export declare class GlobError extends Error {
    /** 0-based offset in the glob. */
    readonly offset: number;
    constructor(
    /** 0-based offset in the glob. */
    offset: number, message: string);
}
/** Compiles a glob matched against a whole path. */
export declare function compileGlob(glob: string): GlobMatcher;
/** True when the forward-slash path matches the glob. A glob without "/" matches the file name in any folder. */
export declare function matchesGlob(path: string, glob: string): boolean;
/** For CLI arguments: an invalid glob matches nothing, so the CLI reports it as matching no file. */
export declare function globMatcher(glob: string): GlobMatcher;
