/**
 * Syntax errors are explained with jsonc-parser (src/core/json/syntax-error.ts). The table pins the offset and
 * message of each kind of defect: they are what the hand-written scanner it replaced gave (the table was
 * recorded from it, and a differential run over 150,000 mutated texts found no difference), so a change of
 * jsonc-parser's error recovery cannot move or reword them silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntaxError } from '../src/core/json/syntax-error.js';
import { readFlowFile } from '../src/core/source/read-file.js';

const CASES: ReadonlyArray<readonly [string, number, string]> = [
  ["{\"a\": 1,}", 8, "expected a double-quoted property name, found '}' (remove the trailing comma before it)"],
  ["[1, 2,]", 6, "unexpected ']': remove the trailing comma before it"],
  ["{\"a\" 1}", 5, "expected ':' after the property name, found '1'"],
  ["{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}', found '\"'"],
  ["[1 2]", 3, "expected ',' or ']', found '2'"],
  ["{,}", 1, "expected a double-quoted property name, found ','"],
  ["[,1]", 1, "unexpected ',' where a value was expected"],
  ["{\"a\":}", 5, "unexpected '}' where a value was expected"],
  ["1 2", 2, "unexpected '2' after the end of the JSON value"],
  ["{\"a\": [1, 2}", 11, "expected ',' or ']', found '}'"],
  ["{", 1, "unexpected end of input: the JSON is truncated (missing '}')"],
  ["[", 1, "unexpected end of input: the JSON is truncated"],
  ["{\"a\"", 4, "unexpected end of input: the JSON is truncated"],
  ["{\"a\":", 5, "unexpected end of input: the JSON is truncated"],
  ["{\"a\": 1", 7, "unexpected end of input: the JSON is truncated (missing '}')"],
  ["{\"a\": [1", 8, "unexpected end of input: the JSON is truncated (missing ']')"],
  ["[{\"k\": \"v\"", 10, "unexpected end of input: the JSON is truncated (missing '}')"],
  ["[1,", 3, "unexpected end of input: the JSON is truncated"],
  ["{\"a\": 1,", 8, "unexpected end of input: the JSON is truncated (missing '}')"],
  ["\"abc", 0, "unterminated string: add the closing \""],
  ["{\"a\": \"x\\qy\"}", 8, "invalid escape \"\\q\" in a string: JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"],
  ["{\"a\": \"it\\'s\"}", 9, "invalid escape \"\\'\" in a string: JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write ' without the backslash)"],
  ["{\"a\": \"\\u12\"}", 7, "invalid \\u escape: it needs exactly four hex digits"],
  ["{\"a\": \"\\u12g4\"}", 7, "invalid \\u escape: it needs exactly four hex digits"],
  ["{\"a\": \"x\u0001y\"}", 8, "control character U+0001 inside a string: escape it (e.g. \\n, \\t)"],
  ["{\"a\": \"line\nbreak\"}", 11, "control character U+000A inside a string: escape it (e.g. \\n, \\t)"],
  ["{\"a\\x\": 1}", 3, "invalid escape \"\\x\" in a string: JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"],
  ["-", 1, "invalid number: expected a digit after '-', found end of input"],
  ["[-]", 2, "invalid number: expected a digit after '-', found ']'"],
  ["[-x]", 2, "invalid number: expected a digit after '-', found 'x'"],
  ["[1.]", 3, "invalid number: expected a digit after the decimal point"],
  ["[1.e5]", 3, "invalid number: expected a digit after the decimal point"],
  ["[1e]", 3, "invalid number: expected a digit in the exponent"],
  ["[1e+]", 4, "invalid number: expected a digit in the exponent"],
  ["[01]", 2, "expected ',' or ']', found '1'"],
  ["[.5]", 1, "unexpected '.' where a value was expected"],
  ["[1.5.3]", 4, "expected ',' or ']', found '.'"],
  ["[+1]", 1, "unexpected '+' where a value was expected"],
  ["[tru]", 1, "unexpected 't' where a value was expected"],
  ["[truex]", 5, "expected ',' or ']', found 'x'"],
  ["{\"a\": nullnull}", 10, "expected ',' or '}', found 'n'"],
  ["falsey", 5, "unexpected 'y' after the end of the JSON value"],
  ["[NaN]", 1, "unexpected 'N' where a value was expected"],
  ["{'a': 1}", 1, "expected a double-quoted property name, found '''"],
  ["{\"a\": 1} // c", 9, "unexpected '/' after the end of the JSON value"],
  ["/* c */ {}", 0, "unexpected '/' where a value was expected"],
  ["{\"a\": 1}\u000b", 8, "unexpected control character U+000B after the end of the JSON value"],
  ["[\u00a01]", 1, "unexpected '\u00a0' where a value was expected"],
  ["{\"a\": 1}}", 8, "unexpected '}' after the end of the JSON value"],
  ["[1]]", 3, "unexpected ']' after the end of the JSON value"],
];

describe('JSON syntax errors (jsonc-parser, then the exact character)', () => {
  it.each(CASES)('%j: offset %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(syntaxError(text)).toEqual({ offset, message });
  });

  it('a file with any defect gets exactly one parse-error inside the text, never a throw (mutated real flows)', () => {
    const base = '{"Version": "2019-10-30", "StartAction": "a", "Actions": [{"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "it is \\u00e9"}, "Transitions": {"NextAction": "b", "Errors": []}}]}';
    const chars = ['{', '}', '[', ']', ',', ':', '"', '\\', "'", '-', '.', 'e', '0', 't', ' ', '\n', '\u0001', '/', 'u'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: base.length }), fc.constantFrom(...chars), fc.boolean()), { minLength: 1, maxLength: 3 }), (edits) => {
        let text = base;
        for (const [at, ch, insert] of edits) text = text.slice(0, at) + ch + text.slice(insert ? at : at + 1);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) return;
        const r = readFlowFile('x.json', text);
        expect(r.flows).toEqual([]);
        expect(r.problems).toHaveLength(1);
        const found = syntaxError(text)!;
        expect(found.offset).toBeGreaterThanOrEqual(0);
        expect(found.offset).toBeLessThanOrEqual(text.length);
        expect(r.problems[0]!.message).toBe(`invalid JSON: ${found.message}`);
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });
});
