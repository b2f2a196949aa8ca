import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { parseJsonPath } from '../src/core/config/jsonpath-guard.js';
import { rulesFor } from '../src/core/config/resolve.js';
import { evaluatePath, type Hit } from '../src/core/json/simple-path.js';
import { lintText } from '../src/core/lint.js';
import { configFrom, ROOT } from './helpers.js';

const pointer = (path: ReadonlyArray<string | number>): string => path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

describe('the JSONPath evaluator agrees with jsonpath-plus', () => {
  const docs = ['examples/clean-inbound.json', 'examples/profile-lookup-missing.json', 'src/rules/parameters-valid/bad.json'].map(
    (f) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as object,
  );
  const paths = [
    '$',
    '$.StartAction',
    '$.Actions[*]',
    '$.Actions[*].Identifier',
    '$.Actions.*.Type',
    '$.Actions[0].Parameters',
    "$['Actions'][*]['Transitions']",
    '$.Actions[*].Transitions.Errors[*]',
    '$.Actions[*].Parameters..*',
    '$..NextAction',
    '$..*',
    '$.Metadata..position',
    '$.Missing[*]',
    "$.Actions[?(@.Type == 'Compare')]",
    "$.Actions[?(@.Type == 'MessageParticipant' && @.Parameters.Text)].Parameters.Text",
    "$.Actions[?(@.Type != 'Compare' || !@.Transitions)].Identifier",
    '$.Actions[?(@.Transitions && @.Transitions.Errors && @.Transitions.Errors.length > 1)]',
    "$..[?(@.ErrorType === 'NoMatchingError')]",
    '$.Actions[0:2]',
    '$.Actions[-1:]',
    '$.Actions[1::2].Type',
    '$.Actions[0,1]',
    "$.Actions[*]['Type','Identifier']",
    "$.Actions[?(@property < 2)]",
    '$.Actions[*].Type^',
    "$.Actions[?(@.Type == 'Compare')].Parameters^^",
    // An array's length is an own property: the plain dotted form and the bracketed one select it alike.
    '$.Actions.length',
    "$['Actions']['length']",
    '$.Actions[*].Transitions.Errors.length',
  ];
  for (const path of paths) {
    it(path, () => {
      const parsed = parseJsonPath(path);
      expect('steps' in parsed, JSON.stringify(parsed)).toBe(true);
      for (const doc of docs) {
        const r = evaluatePath(doc, (parsed as { steps: never[] }).steps);
        const ours = ('hits' in r ? r.hits : []).map((h: Hit) => pointer(h.path)).sort();
        const theirs = (JSONPath({ path, json: doc, resultType: 'pointer', eval: 'safe' }) as string[]).sort();
        expect(ours).toEqual(theirs);
      }
    });
  }

  it('~ gives property names, as jsonpath-plus does', () => {
    for (const path of ['$.Actions[0].*~', '$.Actions[*].Transitions.*~']) {
      for (const doc of docs) {
        const r = evaluatePath(doc, (parseJsonPath(path) as { steps: never[] }).steps);
        const ours = ('hits' in r ? r.hits : []).map((h: Hit) => h.value);
        expect(ours).toEqual(JSONPath({ path, json: doc, eval: 'safe' }));
      }
    }
  });

  it('stops at its caps instead of running out of memory', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 800; i++) deep = { n: deep };
    const parsed = parseJsonPath('$..*..*..*') as { steps: never[] };
    expect(evaluatePath(deep, parsed.steps)).toHaveProperty('exceeded');
    expect(evaluatePath({ a: [1, 2, 3] }, parsed.steps, { matches: 2 })).toEqual({ exceeded: 'matches' });
  });
});

describe('a rule\'s "given" is parsed once, when the config is read', () => {
  const config = configFrom('rules:\n  ids:\n    given: $.Actions[*].Identifier\n    severity: error\n    then: { function: pattern, functionOptions: { match: "^none$" } }\n  start:\n    given: $.StartAction\n    severity: error\n    then: { function: falsy }\n');
  const text = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');
  const blocks = (JSON.parse(text) as { Actions: unknown[] }).Actions.length;

  it('the rule holds the parsed steps, and they are what runs: the text is not read again at lint time', () => {
    const rules = rulesFor(config, join(ROOT, 'flow.json'));
    const ids = rules.find((r) => r.id === 'ids')!;
    expect(ids.given[0]!.steps).toEqual((parseJsonPath('$.Actions[*].Identifier') as { steps: unknown }).steps);
    expect(lintText('flow.json', text, [ids]).findings).toHaveLength(blocks);
    // Same steps under another text: the findings follow the steps (the text only names the path in messages).
    const renamed = { ...ids, given: [{ ...ids.given[0]!, text: '$.Nothing' }] };
    expect(lintText('flow.json', text, [renamed]).findings).toHaveLength(blocks);
  });

  it('a plain dotted path is parsed and evaluated the same way (no second lookup of its own)', () => {
    const start = rulesFor(config, join(ROOT, 'flow.json')).find((r) => r.id === 'start')!;
    const found = lintText('flow.json', text, [start]).findings;
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([['start', expect.stringContaining('must not be set')]]);
    const over = evaluatePath(JSON.parse(text), start.given[0]!.steps, { work: 0 });
    expect(over).toEqual({ exceeded: 'work' });
  });
});
