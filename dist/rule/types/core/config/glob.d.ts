/**
 * Glob patterns for `overrides.files` and CLI arguments: `**`, `*`, `?`, `{a,b}` and `[...]`, matched
 * against forward-slash paths. `*` and `?` match dotfiles too, and never "/". A glob is translated to an RE2
 * pattern and matched with re2js, whose time is linear in the path: `*a*a*a*a*a*a*a*a*b` cannot backtrack.
 * An invalid glob throws GlobError with the offset of the part that is wrong.
 *
 * Why a translation of our own rather than a library (measured for issue 14): picomatch's and minimatch's
 * `makeRe` put lookaheads (`(?!\.)`) in every pattern with a `*`, dotfiles matched or not, which RE2 cannot
 * compile; and they and Node's `path.matchesGlob` (minimatch inside) match with backtracking JavaScript
 * regular expressions — `path.matchesGlob('a'.repeat(50), '*a*a*a*a*a*a*b')` took 1.8 s on Node 24, 100
 * characters over 20 s. A config comes from a pull request, so its globs must not be able to do that.
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
/**
 * Compiles a glob of `overrides.files`, matched against paths relative to the config's folder (a leading
 * "./" on either is ignored). A glob without "/" matches the file name in any folder, as in .gitignore and ESLint.
 */
export declare function compileFilesGlob(glob: string): GlobMatcher;
/** For CLI arguments: an invalid glob matches nothing, so the CLI reports it as matching no file. */
export declare function globMatcher(glob: string): GlobMatcher;
