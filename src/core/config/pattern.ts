import { RE2JS } from 're2js';

/**
 * Regular expressions from configs, matched by RE2 (re2js, pure JavaScript): its time is linear in the
 * input, so no pattern a pull request writes can backtrack catastrophically — no syntactic risk check is
 * needed, or could be complete. RE2 has no backreferences and no lookaround; those are config errors that
 * say what to write instead.
 */

/** Longest value a config's pattern is run on; longer values are matched on their first part. */
export const MAX_PATTERN_INPUT = 10_000;
export const MAX_PATTERN_LENGTH = 1000;

/** A compiled config pattern. Not a RegExp, so nothing can hand it to the backtracking engine by mistake. */
export class ConfigPattern {
  private constructor(
    readonly source: string,
    private readonly re: RE2JS,
  ) {}

  /** Compiles JavaScript regular-expression syntax; throws PatternError with an offset into `source`. */
  static compile(source: string): ConfigPattern {
    if (source.length > MAX_PATTERN_LENGTH) throw new PatternError(MAX_PATTERN_LENGTH, `the regular expression is longer than ${MAX_PATTERN_LENGTH} characters`);
    unsupported(source);
    let re: RE2JS;
    try {
      re = RE2JS.compile(RE2JS.translateRegExp(source));
    } catch (e) {
      throw new PatternError(0, `not a valid regular expression: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`);
    }
    return new ConfigPattern(source, re);
  }

  /** True when the pattern matches somewhere in `text` (its first MAX_PATTERN_INPUT characters). */
  test(text: string): boolean {
    return this.re.test(text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text);
  }

  toString(): string {
    return `/${this.source}/`;
  }

  /** --print-config shows the pattern as it was written. */
  toJSON(): string {
    return this.source;
  }
}

export class PatternError extends Error {
  constructor(
    /** 0-based offset in the pattern. */
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Finds what RE2 cannot do before translating: re2js's JavaScript translation would turn `\k<name>` into
 * the literal text "k<name>", silently changing what the pattern means.
 */
function unsupported(source: string): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(n) || (n === 'k' && source[i + 2] === '<'))) {
        throw new PatternError(i, `backreferences (${n === 'k' ? '\\k<name>' : `\\${n}`}) are not supported: config patterns run on RE2, which matches in linear time and has none. Write the repeated text out, e.g. (ab)ab instead of (ab)\\1`);
      }
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      // In JavaScript's syntax the first "]" always closes a class ([] matches nothing, [^] anything).
      inClass = true;
    } else if (c === '(' && source[i + 1] === '?') {
      const kind = source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 'lookahead' : source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 'lookbehind' : undefined;
      if (kind) {
        throw new PatternError(
          i,
          `${kind} (${source.slice(i, i + (kind === 'lookahead' ? 3 : 4))}…) is not supported: config patterns run on RE2, which matches in linear time and has no lookaround. ` +
            `Match the text itself (Hello world, not Hello(?= world)), or use the option "notMatch" for text that must not appear`,
        );
      }
    }
  }
}
