import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, ROOT } from './helpers.js';

interface Expected {
  ruleId: string;
  blockId: string | null;
  line: number;
  messageIncludes: string[];
}

const FIXTURES = join(ROOT, 'test/fixtures/rules');
const ruleIds = readdirSync(FIXTURES).sort();

describe('each recommended rule on its bad and good flow', () => {
  it('has a fixture folder and a doc page for every rule of the recommended ruleset', () => {
    const yml = readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8');
    const ids = [...yml.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    for (const id of ids) expect(readdirSync(join(ROOT, 'rules/docs'))).toContain(`${id}.md`);
    // flow-structure is tested in source.test.ts, reference-exists (a repository rule) in repository.test.ts.
    for (const id of ids.filter((i) => i !== 'flow-structure' && i !== 'reference-exists')) expect(ruleIds).toContain(id);
  });

  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, ruleId, 'expected.json'), 'utf8')) as Expected[];

      it('reports exactly the expected findings on bad.json, at the expected lines', () => {
        const findings = lintFile(`test/fixtures/rules/${ruleId}/bad.json`);
        expect(findings.map((f) => ({ ruleId: f.ruleId, blockId: f.blockId ?? null, line: f.range.start.line }))).toEqual(
          expected.map((e) => ({ ruleId: e.ruleId, blockId: e.blockId, line: e.line })),
        );
        findings.forEach((f, i) => {
          for (const needle of expected[i]!.messageIncludes) expect(f.message).toContain(needle);
          expect(f.documentationUrl).toMatch(new RegExp(`rules/docs/${ruleId}\\.md$`));
        });
      });

      it('reports nothing on good.json', () => {
        expect(lintFile(`test/fixtures/rules/${ruleId}/good.json`)).toEqual([]);
      });
    });
  }
});
