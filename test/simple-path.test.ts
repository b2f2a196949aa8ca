import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { evaluateSimplePath, parseSimplePath } from '../src/core/json/simple-path.js';
import { ROOT } from './helpers.js';

const pointer = (path: ReadonlyArray<string | number>): string => path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

describe('the direct JSONPath walker agrees with jsonpath-plus', () => {
  const docs = ['examples/clean-inbound.json', 'examples/profile-lookup-missing.json', 'test/fixtures/rules/parameters-valid/bad.json'].map(
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
  ];
  for (const path of paths) {
    it(path, () => {
      const steps = parseSimplePath(path);
      expect(steps).toBeDefined();
      for (const doc of docs) {
        const ours = evaluateSimplePath(doc, steps!).map((h) => pointer(h.path)).sort();
        const theirs = (JSONPath({ path, json: doc, resultType: 'pointer', eval: 'safe' }) as string[]).sort();
        expect(ours).toEqual(theirs);
      }
    });
  }

  it('leaves filters, slices and unions to jsonpath-plus', () => {
    for (const p of ["$.Actions[?(@.Type == 'Compare')]", '$.Actions[0:2]', '$.Actions[0,1]', '$.Actions[-1:]', '$..[?(@.x)]']) expect(parseSimplePath(p)).toBeUndefined();
  });
});
