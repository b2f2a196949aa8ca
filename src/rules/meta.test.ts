import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from './index.js';

const ROOT = join(import.meta.dirname, '../..');
const recommended = (parse(readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8')) as { rules: Record<string, unknown> }).rules;

describe('every built-in rule module', () => {
  it('lives in the folder of its id, with its page and its RuleTester table', () => {
    const folders = readdirSync(join(ROOT, 'src/rules'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src/rules', d.name, 'rule.ts')));
    expect(BUILTIN_RULES.map((r) => r.meta.id).sort()).toEqual(folders.map((d) => d.name).sort());
    for (const { name } of folders) {
      expect(existsSync(join(ROOT, 'src/rules', name, 'README.md')), `${name}/README.md`).toBe(true);
      expect(existsSync(join(ROOT, 'src/rules', name, 'rule.test.ts')), `${name}/rule.test.ts`).toBe(true);
    }
  });

  it('has the severity connect-flow-lint:recommended gives it (meta.severity is the rule\'s default)', () => {
    for (const rule of BUILTIN_RULES) {
      const entry = recommended[rule.meta.id];
      const severity = Array.isArray(entry) ? entry[0] : typeof entry === 'string' ? entry : (entry as { severity?: string } | undefined)?.severity;
      expect(severity, rule.meta.id).toBe(rule.meta.severity);
    }
  });

  it('says what it checks in one sentence and names each message it reports', () => {
    for (const rule of BUILTIN_RULES) {
      expect(rule.meta.description, rule.meta.id).toMatch(/^[A-Z$"].*\.$/);
      for (const [id, template] of Object.entries(rule.meta.messages)) expect(template.length, `${rule.meta.id}.${id}`).toBeGreaterThan(20);
    }
  });
});
