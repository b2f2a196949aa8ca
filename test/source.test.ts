import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repeatedKeys } from '../src/core/json/duplicate-keys.js';
import { parsedShallowKeys, scanStructure } from '../src/core/json/scan.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { lineOf, lintString, ROOT } from './helpers.js';

const clean = readFileSync(`${ROOT}/examples/clean-inbound.json`, 'utf8');

function syntaxError(text: string) {
  const r = readFlowFile('x.json', text);
  expect(r.flows).toEqual([]);
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
}

describe('reading flow files', () => {
  it('reports a trailing comma at its line and column, and says what to do', () => {
    const text = '{\n  "Version": "2019-10-30",\n  "Actions": [],\n}\n';
    const p = syntaxError(text);
    expect(p.ruleId).toBe('parse-error');
    expect(p.range.start).toEqual({ line: 4, column: 1 });
    expect(p.message).toContain('trailing comma');
  });

  it('reports a truncated file at its end', () => {
    const text = clean.slice(0, 500);
    const p = syntaxError(text);
    const lines = text.split('\n');
    expect(p.range.start.line).toBe(lines.length);
    expect(p.message).toMatch(/truncated|unterminated/);
  });

  it('reports a raw control character inside a string', () => {
    const p = syntaxError('{"Version": "2019\u0001-10-30"}');
    expect(p.range.start).toEqual({ line: 1, column: 18 });
    expect(p.message).toContain('U+0001');
  });

  it('reports an empty file', () => {
    expect(syntaxError('  \n').message).toContain('empty');
  });

  it('accepts a byte-order mark and keeps columns', () => {
    const findings = lintString('bom.json', `\ufeff${clean.replace('"FlowLoggingBehavior": "Enabled"', '"FlowLoggingBehavior": "Disabled"')}`);
    expect(findings.map((f) => f.ruleId)).toEqual(['logging-enabled']);
  });

  it('says why a JSON file is not a flow', () => {
    expect(readFlowFile('package.json', '{"name": "x", "version": "1.0.0"}').notAFlow).toContain('top-level keys: name, version');
    expect(readFlowFile('list.json', '[1, 2]').notAFlow).toContain('an array');
  });

  it('recognises a legacy-designer export and says how to re-export it', () => {
    const r = readFlowFile('old.json', '{"modules": [], "version": "1", "type": "contactFlow", "start": "x"}');
    expect(r.problems.map((p) => p.ruleId)).toEqual(['legacy-format']);
    expect(r.problems[0]!.message).toContain('export it again');
  });

  it('points findings inside a describe-contact-flow Content string at the exact line and column in the file', () => {
    const flow = JSON.parse(clean) as { Actions: Array<{ Identifier: string; Type: string; Transitions: { Errors?: unknown[] } }> };
    const compare = flow.Actions.find((a) => a.Type === 'Compare')!;
    compare.Transitions.Errors = [];
    const content = JSON.stringify(flow);
    const file = `{\n  "ContactFlow": {\n    "Name": "Hokkaido inbound",\n    "Type": "CONTACT_FLOW",\n    "Content": ${JSON.stringify(content)}\n  }\n}\n`;
    const findings = lintString('describe.json', file);
    expect(findings.map((f) => [f.ruleId, f.blockId])).toEqual([['error-branches-wired', compare.Identifier]]);
    const f = findings[0]!;
    expect(f.range.start.line).toBe(lineOf(file, '"Content"'));
    expect(f.flowName).toBe('Hokkaido inbound');
    const line = file.split('\n')[f.range.start.line - 1]!;
    // In the file the key's quotes are escaped: the finding starts at \"Identifier\" of the Compare block.
    expect(line.slice(f.range.start.column - 1)).toMatch(new RegExp(`^\\\\"Identifier\\\\":\\\\"${compare.Identifier}`));
  });

  it('reports an invalid escape inside a Content string at the escape, in file coordinates', () => {
    const file = `{"Name": "x",\n "Content": "{\\"Version\\": \\"it\\\\'s\\"}"}`;
    const p = syntaxError(file);
    expect(p.range.start.line).toBe(2);
    const line = file.split('\n')[1]!;
    expect(line.slice(p.range.start.column - 1, p.range.start.column + 2)).toBe("\\\\'");
  });

  it('models a flow whose fields have the wrong types as findings, and still lints the rest', () => {
    const text = JSON.stringify(
      {
        StartAction: 'a',
        Actions: [
          { Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: 'Hi $.Customer.FirstName' }, Transitions: { NextAction: 'b', Errors: { x: 1 } } },
          'not a block',
          { Identifier: 'b', Type: 'DisconnectParticipant', Transitions: {} },
        ],
      },
      null,
      2,
    );
    const findings = lintString('types.json', text);
    expect(findings.map((f) => [f.ruleId, f.range.start.line])).toEqual([
      ['logging-enabled', lineOf(text, '"Identifier": "a"')],
      ['profile-lookup-before-use', lineOf(text, '"Identifier": "a"')],
      ['flow-structure', lineOf(text, '"Errors"')],
      ['flow-structure', lineOf(text, '"not a block"')],
    ]);
  });
});

describe('duplicate keys', () => {
  it('reports a key repeated inside a block, at the repeat, because JSON keeps only the last value', () => {
    const text = [
      '{',
      '  "Version": "2019-10-30",',
      '  "StartAction": "greet",',
      '  "Actions": [',
      '    {',
      '      "Identifier": "greet",',
      '      "Type": "MessageParticipant",',
      '      "Parameters": { "Text": "Hello" },',
      '      "Transitions": { "NextAction": "bye", "Errors": [], "NextAction": "greet" }',
      '    },',
      '    { "Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }',
      '  ]',
      '}',
    ].join('\n');
    const found = lintString('dup.json', text).filter((f) => f.ruleId === 'flow-structure');
    expect(found.map((f) => [f.range.start.line, f.message])).toEqual([[9, 'the key "NextAction" in Actions[0].Transitions appears twice: JSON keeps only the last value, so the first is silently ignored. Remove or rename one.']]);
  });

  it('finds repeats among many keys, escaped keys, and keys of sibling objects kept apart', () => {
    const many = Array.from({ length: 40 }, (_, i) => `"id-${i}": {}`);
    const text = JSON.stringify({ Actions: [{ Identifier: 'a', Parameters: { Text: 'x' } }, { Identifier: 'b', Parameters: { Text: 'y' } }] }).replace(
      '"Text":"y"',
      '"Text":"y","T\\u0065xt":"z"',
    );
    const withMetadata = text.replace(/}$/, `,"Metadata":{"ActionMetadata":{${[...many, '"id-7": {}', '"id-39": {}'].join(',')}}}}`);
    expect(repeatedKeys(withMetadata)).toEqual([
      ['Actions', 1, 'Parameters', 'Text'],
      ['Metadata', 'ActionMetadata', 'id-7'],
      ['Metadata', 'ActionMetadata', 'id-39'],
    ]);
    // Keys deeper than a block's Parameters are not compared; sibling blocks never share a key list.
    expect(repeatedKeys('{"A":[{"P":{"Q":{"k":1,"k":2}}}]}')).toEqual([]);
    expect(repeatedKeys('[{"k":1},{"k":2}]')).toEqual([]);
    expect(repeatedKeys('[{"k":1},{"k":2,"k":3}]')).toEqual([[1, 'k']]);
  });

  it('counting keys finds a repeat exactly when comparing them does (random objects with repeated, escaped and special keys)', () => {
    type Tree = { obj: Array<[string, Tree]> } | { arr: Tree[] } | { leaf: string };
    const key = fc.constantFrom('"a"', '"b"', '"\\u0061"', '"__proto__"', '"0"', '"1"', '"Actions"', '"a\\"b"');
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('1', '"x"', 'null', 'true').map((leaf) => ({ leaf })),
        fc.array(fc.tuple(key, tie('t')), { maxLength: 4 }).map((obj) => ({ obj })),
        fc.array(tie('t'), { maxLength: 3 }).map((arr) => ({ arr })),
      ),
    })).t;
    const write = (t: Tree): string =>
      'leaf' in t ? t.leaf : 'arr' in t ? `[${t.arr.map(write).join(',')}]` : `{${t.obj.map(([k, v]) => `${k}:${write(v)}`).join(',')}}`;
    fc.assert(
      fc.property(tree, (t) => {
        const text = write(t);
        const counted = scanStructure(text);
        expect(counted.shallowKeys !== parsedShallowKeys(JSON.parse(text))).toBe(repeatedKeys(text).length > 0);
        expect(counted.tooDeepAt).toBe(-1);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('names repeats among 5,000 distinct keys exactly: early, middle and late ones, one spelled with an escape', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `"${(i * 2654435761 >>> 0).toString(16)}-${i}": {}`);
    // Repeats of early, middle and late keys, one spelled with an escape.
    const repeats = [keys[0]!, keys[2500]!.replace('-', '\\u002d'), keys[4999]!];
    const text = `{"Metadata":{"ActionMetadata":{${[...keys, ...repeats].join(',')}}}}`;
    const name = (k: string): string => Object.keys(JSON.parse(`{${k}}`) as object)[0]!;
    expect(repeatedKeys(text)).toEqual(repeats.map((k) => ['Metadata', 'ActionMetadata', name(k)]));
  });
});
