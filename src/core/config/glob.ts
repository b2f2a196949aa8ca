import { RE2JS } from 're2js';

/**
 * Glob patterns for `overrides.files` and CLI arguments: `**`, `*`, `?`, `{a,b}` and `[...]`, matched
 * against forward-slash paths relative to the config's folder. A glob is translated to an RE2 pattern and
 * matched with re2js, whose time is linear in the path: `*a*a*a*a*a*a*a*a*b` cannot backtrack. An invalid
 * glob throws GlobError with the offset of the part that is wrong.
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
const cache = new Map<string, GlobMatcher>();

/** Compiles a glob matched against a whole path. */
export function compileGlob(glob: string): GlobMatcher {
  const hit = cache.get(glob);
  if (hit) return hit;
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(MAX_GLOB_LENGTH, `the glob is longer than ${MAX_GLOB_LENGTH} characters`);
  let re: RE2JS;
  try {
    re = RE2JS.compile(`^${globToRe2(glob)}$`, RE2JS.DOTALL);
  } catch (e) {
    if (e instanceof GlobError) throw e;
    throw new GlobError(0, `invalid glob: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`);
  }
  const matcher: GlobMatcher = { test: (path) => re.testExact(path) };
  if (cache.size < 1000) cache.set(glob, matcher);
  return matcher;
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
      const end = glob.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        re += charClass(glob.slice(i + 1, end), i);
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += RE2JS.quote(glob[++i]!);
    else re += RE2JS.quote(c);
  }
  while (inGroup-- > 0) re += ')';
  return re;
}

/** `[abc]`, `[a-z]`, `[!a]`/`[^a]`: the class body as RE2, each range checked. `at` is the offset of "[". */
function charClass(body: string, at: number): string {
  let out = '';
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    out += '^';
    i = 1;
  }
  const chars = [...body.slice(i)];
  for (let k = 0; k < chars.length; k++) {
    const a = chars[k]!;
    if (chars[k + 1] === '-' && k + 2 < chars.length) {
      const b = chars[k + 2]!;
      if (a.codePointAt(0)! > b.codePointAt(0)!) throw new GlobError(at, `invalid range "${a}-${b}" in "[${body}]": a range goes from the lower character to the higher, e.g. [${b}-${a}]`);
      out += `${escapeClassChar(a)}-${escapeClassChar(b)}`;
      k += 2;
    } else out += escapeClassChar(a);
  }
  // A class never matches "/": a glob matches within one folder name.
  return out.startsWith('^') ? `[${out}/]` : `(?:[${out}])`;
}

function escapeClassChar(c: string): string {
  return /[\w]/.test(c) ? c : `\\x{${c.codePointAt(0)!.toString(16)}}`;
}

/** True when the forward-slash path matches the glob. A glob without "/" matches the file name in any folder. */
export function matchesGlob(path: string, glob: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const g = glob.replace(/^\.\//, '');
  // A pattern without a slash matches the file name in any folder, as in .gitignore and ESLint.
  if (!g.includes('/')) return compileGlob(g).test(normalized.slice(normalized.lastIndexOf('/') + 1));
  return compileGlob(g).test(normalized);
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
