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
/**
 * RE2's time is linear in the input, times up to the size of the compiled program (its NFA may be in every
 * state at once: `(?:x?){500}x{500}` takes about a second on 10,000 characters). Programs are capped, and so is
 * the work one rule may do on one flow: characters matched times program size (lint.ts sets the budget).
 */
export const MAX_PROGRAM_SIZE = 500;
/** About 3 s in the worst case measured (a 500-instruction program whose every state is live), far less typically. */
export const MAX_PATTERN_WORK = 500_000_000;

class PatternBudgetExceeded extends Error {}

let budget: { remaining: number } | undefined;

/**
 * Runs `run` with a budget of pattern work; returns undefined when the patterns it matched went over it.
 * Outside such a call patterns are not metered (the repository pass matches short references only).
 */
export function withPatternBudget<T>(units: number, run: () => T): { readonly value: T } | undefined {
  const outer = budget;
  budget = { remaining: units };
  try {
    return { value: run() };
  } catch (e) {
    if (e instanceof PatternBudgetExceeded) return undefined;
    throw e;
  } finally {
    budget = outer;
  }
}

/** A compiled config pattern. Not a RegExp, so nothing can hand it to the backtracking engine by mistake. */
export class ConfigPattern {
  private constructor(
    readonly source: string,
    private readonly re: RE2JS,
    private readonly size: number,
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
    const size = re.programSize();
    if (size > MAX_PROGRAM_SIZE) throw new PatternError(0, `the regular expression is too large: it compiles to ${size} steps, more than ${MAX_PROGRAM_SIZE}. Use + or * instead of large counted repeats ({100}), or split it into several rules`);
    return new ConfigPattern(source, re, size);
  }

  /** True when the pattern matches somewhere in `text` (its first MAX_PATTERN_INPUT characters). */
  test(text: string): boolean {
    const input = text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text;
    if (budget) {
      budget.remaining -= (input.length + 1) * this.size;
      if (budget.remaining < 0) throw new PatternBudgetExceeded();
    }
    return this.re.test(input);
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
