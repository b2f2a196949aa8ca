import { RE2JS } from 're2js';

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

export class GlobError extends Error {
  constructor(
    /** 0-based offset in the glob. */
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_GLOB_LENGTH = 1000;

/** Compiles a glob matched against a whole path. */
export function compileGlob(glob: string): GlobMatcher {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(MAX_GLOB_LENGTH, `the glob is longer than ${MAX_GLOB_LENGTH} characters`);
  let re: RE2JS;
  try {
    re = RE2JS.compile(globToRe2(glob), RE2JS.DOTALL);
  } catch (e) {
    if (e instanceof GlobError) throw e;
    throw new GlobError(0, `invalid glob: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`);
  }
  // testExact: the whole path must match, as if anchored at both ends.
  return { test: (path) => re.testExact(path) };
}

/**
 * Compiles a glob of `overrides.files`, matched against paths relative to the config's folder (a leading
 * "./" on either is ignored). A glob without "/" matches the file name in any folder, as in .gitignore and ESLint.
 */
export function compileFilesGlob(glob: string): GlobMatcher {
  const g = glob.replace(/^\.\//, '');
  const matcher = compileGlob(g);
  const nameOnly = !g.includes('/');
  return {
    test: (path) => {
      const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
      return matcher.test(nameOnly ? p.slice(p.lastIndexOf('/') + 1) : p);
    },
  };
}

/** The glob as an RE2 pattern (no anchors). */
function globToRe2(glob: string): string {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything below.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      // A "]" straight after "[" (or "[!") is a member, as in bash; an unclosed "[" is a literal.
      const end = glob.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        re += charClass(glob.slice(i + 1, end), i);
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += RE2JS.quote(glob[++i]!);
    else re += RE2JS.quote(c);
  }
  // An unclosed "{" groups to the end of the glob.
  while (inGroup-- > 0) re += ')';
  return re;
}

/** `[abc]`, `[a-z]`, `[!a]`/`[^a]`: the class body as RE2, each range checked. `at` is the offset of "[". */
function charClass(body: string, at: number): string {
  const negated = body[0] === '!' || body[0] === '^';
  const chars = [...body.slice(negated ? 1 : 0)];
  let out = '';
  for (let k = 0; k < chars.length; k++) {
    const a = chars[k]!;
    if (chars[k + 1] === '-' && k + 2 < chars.length) {
      const b = chars[k + 2]!;
      if (a.codePointAt(0)! > b.codePointAt(0)!) throw new GlobError(at, `invalid range "${a}-${b}" in "[${body}]": a range goes from the lower character to the higher, e.g. [${b}-${a}]`);
      out += `${escapeClassChar(a)}-${escapeClassChar(b)}`;
      k += 2;
    } else out += escapeClassChar(a);
  }
  // A negated class never matches "/": a glob matches within one folder name.
  return negated ? `[^${out}/]` : `[${out}]`;
}

function escapeClassChar(c: string): string {
  return /\w/.test(c) ? c : `\\x{${c.codePointAt(0)!.toString(16)}}`;
}

/** For CLI arguments: an invalid glob matches nothing, so the CLI reports it as matching no file. */
export function globMatcher(glob: string): GlobMatcher {
  try {
    return compileGlob(glob);
  } catch (e) {
    if (e instanceof GlobError) return { test: () => false };
    throw e;
  }
}
