import { visit } from 'jsonc-parser';

/**
 * Explains why text is not JSON: where the first defect is and what to do about it. Runs only on text the
 * engine's JSON.parse rejected. jsonc-parser finds the first defect and says what the parser was expecting
 * there (it reports an error at the token it could not use); this module turns that into a message a
 * person can act on, and points into a string or number at the exact character that is wrong. The caller
 * has already refused text nested past MAX_JSON_DEPTH (jsonc-parser recurses once per level).
 */

/** What the parser expects at a token: from jsonc-parser's callbacks up to the first error. */
type Expecting =
  | 'value' // at the start, after ':', after '[' or after ',' in an array
  | 'key' // after '{' or after ',' in an object
  | 'colon' // after a property name
  | 'next' // after a value inside an object or array: ',' or the closing bracket
  | 'end'; // after the top-level value

/** jsonc-parser's ParseErrorCode values used here (a `const enum` in its typings, so not importable). */
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function describeChar(text: string, i: number): string {
  if (i >= text.length) return 'end of input';
  const ch = text[i] ?? '';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${ch}'`;
}

export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/** The first defect of `text` as JSON, or undefined when jsonc-parser finds none. */
export function syntaxError(text: string): SyntaxProblem | undefined {
  // Per open container, whether it is an object; and whether the last separator was a comma (a trailing one).
  const open: boolean[] = [];
  let expecting: Expecting = 'value';
  let afterComma = false;
  // At the end of the input jsonc-parser closes the open containers before it reports the missing bracket:
  // what the innermost one was expecting is kept from just before it closed.
  let beforeClose: { expecting: Expecting; inObject: boolean } = { expecting, inObject: false };
  let first: { offset: number; code: number; expecting: Expecting; afterComma: boolean; inObject: boolean; nested: boolean; beforeClose: typeof beforeClose } | undefined;
  const valueDone = (): void => {
    expecting = open.length === 0 ? 'end' : 'next';
    afterComma = false;
  };
  const close = (): void => {
    beforeClose = { expecting, inObject: open.pop() === true };
    valueDone();
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(true);
        expecting = 'key';
        afterComma = false;
      },
      onArrayBegin: () => {
        open.push(false);
        expecting = 'value';
        afterComma = false;
      },
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: () => {
        expecting = 'colon';
      },
      onLiteralValue: valueDone,
      onSeparator: (sep) => {
        afterComma = sep === ',';
        expecting = sep === ':' || !open[open.length - 1] ? 'value' : 'key';
      },
      onError: (code, offset) => {
        first ??= { offset, code, expecting, afterComma, inObject: open[open.length - 1] === true, nested: open.length > 0, beforeClose };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (!first) return undefined;
  const { offset, expecting: at, afterComma: comma, inObject, nested } = first;
  if (first.code === CLOSE_BRACE_EXPECTED || first.code === CLOSE_BRACKET_EXPECTED) return truncated(text.length, first.beforeClose.expecting, first.beforeClose.inObject);
  if (offset >= text.length) return truncated(text.length, at, inObject);
  const c = text.charCodeAt(offset);
  if (at === 'value' || at === 'key') {
    // A token that may stand here but is itself malformed: the defect is inside it.
    if (c === QUOTE) return stringDefect(text, offset) ?? { offset, message: `invalid string` };
    if (at === 'value') {
      const number = c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberDefect(text, offset) : undefined;
      if (number) return number;
      // jsonc-parser reads `truex` as one unknown word; the value `true` is fine, the `x` after it is not.
      const word = /^(true|false|null)/.exec(text.slice(offset, offset + 5));
      if (word) return unexpected(text, offset + word[1]!.length, nested ? 'next' : 'end', false, inObject);
    }
  }
  return unexpected(text, offset, at, comma, inObject);
}

function truncated(offset: number, at: Expecting, inObject: boolean): SyntaxProblem {
  if (at === 'key') return { offset, message: "unexpected end of input: the JSON is truncated (missing '}')" };
  if (at === 'next') return { offset, message: `unexpected end of input: the JSON is truncated (missing '${inObject ? '}' : ']'}')` };
  return { offset, message: 'unexpected end of input: the JSON is truncated' };
}

/** A token that cannot stand where it is. */
function unexpected(text: string, offset: number, at: Expecting, afterComma: boolean, inObject: boolean): SyntaxProblem {
  if (offset >= text.length) return truncated(offset, at, inObject);
  const found = describeChar(text, offset);
  const ch = text[offset];
  switch (at) {
    case 'value':
      if (afterComma && ch === ']') return { offset, message: "unexpected ']': remove the trailing comma before it" };
      return { offset, message: `unexpected ${found} where a value was expected` };
    case 'key':
      return { offset, message: `expected a double-quoted property name, found ${found}` + (ch === '}' ? ' (remove the trailing comma before it)' : '') };
    case 'colon':
      return { offset, message: `expected ':' after the property name, found ${found}` };
    case 'next':
      return { offset, message: `expected ',' or '${inObject ? '}' : ']'}', found ${found}` };
    case 'end':
      return { offset, message: `unexpected ${found} after the end of the JSON value` };
  }
}

/** The first defect of the string literal opening at `start`: a bad escape, a raw control character, no closing quote. */
function stringDefect(text: string, start: number): SyntaxProblem | undefined {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return undefined;
    if (c === BACKSLASH) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'invalid \\u escape: it needs exactly four hex digits' };
        i += 5;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) {
        return {
          offset: i,
          message:
            `invalid escape "\\${e ?? ''}" in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX` +
            (e === "'" ? " (write ' without the backslash)" : ''),
        };
      }
      i++;
      continue;
    }
    if (c < 0x20) return { offset: i, message: `${describeChar(text, i)} inside a string: escape it (e.g. \\n, \\t)` };
  }
  return { offset: start, message: 'unterminated string: add the closing "' };
}

/** The first defect of the number starting at `start` (jsonc-parser reports the number's start), if any. */
function numberDefect(text: string, start: number): SyntaxProblem | undefined {
  let i = start;
  const digit = (): boolean => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  if (text[i] === '-') i++;
  if (!digit()) return { offset: i, message: `invalid number: expected a digit after '-', found ${describeChar(text, i)}` };
  while (digit()) i++;
  if (text[i] === '.') {
    i++;
    if (!digit()) return { offset: i, message: 'invalid number: expected a digit after the decimal point' };
    while (digit()) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digit()) return { offset: i, message: 'invalid number: expected a digit in the exponent' };
  }
  return undefined;
}
