/**
 * --rule 'id: severity' and --list-rules, on the built CLI bundle run as a process (run `npm run build` first).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docPagePath, docUrl, recommendedIds, ROOT, runCli } from './helpers.js';

/** The built-in rules in the order every config holds them: the rule modules (by folder), then those recommended.yml defines. */
function builtinOrder(): string[] {
  const modules = readdirSync(join(ROOT, 'src/rules'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src/rules', d.name, 'rule.ts')))
    .map((d) => d.name)
    .sort();
  return [...modules, ...recommendedIds().filter((id) => !modules.includes(id))];
}

interface JsonFinding {
  ruleId: string;
  severity: string;
}
const json = (args: readonly string[], cwd = ROOT) => {
  const r = runCli(['--format', 'json', ...args], cwd);
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [], stderr: r.stderr };
};

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** warn-only.json (two unreachable blocks) under a config whose override turns unreachable-block off. */
function overriddenDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-ruleflag-'));
  temps.push(dir);
  copyFileSync(join(ROOT, 'test/fixtures/cli/warn-only.json'), join(dir, 'warn-only.json'));
  writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["*.json"]\n    rules:\n      unreachable-block: off\n');
  return dir;
}

describe("--rule 'id: severity'", () => {
  it('sets a severity over the config: an error turned off, a warning made an error', () => {
    const base = json(['examples/error-branch-unwired.json']);
    expect(base.code).toBe(1);
    expect(base.findings.map((f) => f.ruleId)).toEqual(['error-branches-wired']);
    const off = json(['--rule', 'error-branches-wired: off', 'examples/error-branch-unwired.json']);
    expect(off.code).toBe(0);
    expect(off.findings).toEqual([]);

    const warned = json(['test/fixtures/cli/warn-only.json']);
    expect(warned.code).toBe(0);
    expect(warned.findings.map((f) => f.severity)).toEqual(['warn', 'warn']);
    const errors = json(['--rule', 'unreachable-block: error', 'test/fixtures/cli/warn-only.json']);
    expect(errors.code).toBe(1);
    expect(errors.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['unreachable-block:error', 'unreachable-block:error']);
  });

  it('wins over an override of the config, and the last flag for a rule wins', () => {
    const dir = overriddenDir();
    expect(json([], dir).findings).toEqual([]);
    const on = json(['--rule', 'unreachable-block: error'], dir);
    expect(on.code).toBe(1);
    expect(on.findings.map((f) => f.severity)).toEqual(['error', 'error']);
    const last = json(['--rule', 'unreachable-block: error', '--rule', 'unreachable-block: info'], dir);
    expect(last.code).toBe(0);
    expect(last.findings.map((f) => f.severity)).toEqual(['info', 'info']);
    // Several in one flag, comma-separated.
    const both = json(['--rule', 'unreachable-block: warn, logging-enabled: off'], dir);
    expect(both.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['unreachable-block:warn', 'unreachable-block:warn']);
  });

  it('shows in --print-config as where the severity was set', () => {
    const r = runCli(['--rule', 'logging-enabled: error', '--print-config', 'examples/clean-inbound.json']);
    expect(r.code).toBe(0);
    const rule = (JSON.parse(r.stdout) as { rules: Record<string, { severity: string; setIn: string }> }).rules['logging-enabled']!;
    expect(rule.severity).toBe('error');
    expect(rule.setIn).toBe("--rule 'logging-enabled: error':1:1");
  });

  it('refuses an unknown rule with the closest id, a bad severity with the right one, and options: exit 2', () => {
    const unknown = runCli(['--rule', 'loging-enabled: off', 'examples']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('connect-flow-lint: --rule "loging-enabled: off": unknown rule "loging-enabled": did you mean "logging-enabled"? (connect-flow-lint --list-rules lists the built-in rules)\n');
    const severity = runCli(['--rule', 'unreachable-block: warning', 'examples']);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toBe('connect-flow-lint: --rule "unreachable-block: warning": invalid severity "warning": use one of error, warn, info, off (did you mean "warn"?)\n');
    const eslintNumber = runCli(['--rule', 'unreachable-block: 2', 'examples']);
    expect(eslintNumber.code).toBe(2);
    expect(eslintNumber.stderr).toContain('(did you mean "error"?)');
    const shape = runCli(['--rule', 'unreachable-block', 'examples']);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toBe(`connect-flow-lint: --rule "unreachable-block": write it as 'rule-id: severity', e.g. --rule 'unreachable-block: error'\n`);
    const parseError = runCli(['--rule', 'parse-error: off', 'examples']);
    expect(parseError.code).toBe(2);
    expect(parseError.stderr).toBe('connect-flow-lint: --rule "parse-error: off": "parse-error" cannot be configured: a file that is not valid JSON is always an error\n');
    const options = runCli(['--rule', 'error-branches-wired: [error, { strict: true }]', 'examples']);
    expect(options.code).toBe(2);
    expect(options.stderr).toContain('only a severity can be set on the command line; set options in the config file');
  });
});

describe('--list-rules', () => {
  it("lists every rule of the built-in rulesets with its severity in each and a doc link to an existing page", () => {
    const r = runCli(['--list-rules']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['rule', 'recommended', 'strict', 'documentation']);
        // The reader's rules come first (every config has them), parse-error (always on) last.
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['legacy-format', 'unsupported-content', 'file-too-large', ...builtinOrder(), 'parse-error']);
    for (const row of rows) {
      const [id, recommended, strict, url] = row.split(/\s+/) as [string, string, string, string];
      expect(['error', 'warn', 'info']).toContain(recommended);
      expect(['error', 'warn', 'info']).toContain(strict);
      expect(url).toBe(docUrl(id));
      expect(existsSync(join(ROOT, docPagePath(id)))).toBe(true);
    }
    // strict.yml's own settings show up in its column.
    expect(rows.find((l) => l.startsWith('unreachable-block '))!.split(/\s+/).slice(1, 3)).toEqual(['warn', 'error']);
  });

  it('matches the README verbatim', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```\n\$ npx connect-flow-lint --list-rules\n([\s\S]*?)```/.exec(readme);
    expect(block, 'README has a ```$ npx connect-flow-lint --list-rules``` block').not.toBeNull();
    expect(block![1]).toBe(runCli(['--list-rules']).stdout);
  });
});
