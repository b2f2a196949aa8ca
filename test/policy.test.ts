import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../src/cli/main.js';
import { ROOT, rulePages, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  line: number;
  blockId: string | null;
  message: string;
}

const clean = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');

/** A repository with the organisation's policy package installed in its node_modules. */
function repoWithPolicy(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-policy-'));
  const pkg = join(dir, 'node_modules/@acme/connect-flow-policy');
  mkdirSync(pkg, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/org-policy'), pkg, { recursive: true });
  mkdirSync(join(dir, 'flows'));
  writeFileSync(join(dir, 'flows/inbound.json'), clean);
  writeFileSync(join(dir, '.connect-flow-lint.yaml'), config);
  // A git checkout where npm installed the package (untracked): only then is the package's JavaScript trusted.
  execFileSync('git', ['init', '-q'], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  return dir;
}

function lintJson(dir: string, ...args: string[]): { code: number | null; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['--format', 'json', ...args, 'flows'], dir);
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [], stderr: r.stderr };
}

describe('an organisation policy shared as an npm package', () => {
  it('extends the package, runs its custom function (with the routing graph), and applies its severities', () => {
    const dir = repoWithPolicy('extends: ["@acme/connect-flow-policy"]\n');
    const r = lintJson(dir);
    const flow = JSON.parse(clean) as { Actions: Array<{ Identifier: string; Type: string }> };
    const transfer = flow.Actions.find((a) => a.Type === 'TransferContactToQueue')!;
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.blockId])).toEqual([['queue-needs-lang', transfer.Identifier]]);
    expect(r.findings[0]!.message).toContain('"lang" contact attribute');

    // Setting the attribute on the way to the transfer satisfies the organisation's rule.
    const fixed = JSON.parse(clean) as { Actions: Array<{ Type: string; Parameters: { Attributes?: Record<string, string> } }> };
    for (const a of fixed.Actions) if (a.Type === 'UpdateContactAttributes' && a.Parameters.Attributes) a.Parameters.Attributes['lang'] = 'ja-JP';
    writeFileSync(join(dir, 'flows/inbound.json'), JSON.stringify(fixed, null, 2));
    expect(lintJson(dir).findings).toEqual([]);
  });

  it('extends a file inside the package (pkg/file.yaml), whose own relative extends stay inside the package', () => {
    const dir = repoWithPolicy('extends: ["@acme/connect-flow-policy/strict.yaml"]\nrules:\n  queue-needs-lang: warn\n');
    const r = lintJson(dir);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['queue-needs-lang', 'warn']]);
    const printed = runCli(['--print-config', 'flows/inbound.json'], dir);
    const cfg = JSON.parse(printed.stdout) as { configFiles: string[]; rules: Record<string, { severity: string; definedIn: string; setIn: string }> };
    expect(cfg.configFiles.map((f) => f.replace(/^.*node_modules\//, 'node_modules/'))).toEqual([
      'connect-flow-lint:recommended',
      'node_modules/@acme/connect-flow-policy/ruleset.yaml',
      'node_modules/@acme/connect-flow-policy/strict.yaml',
      `${dir}/.connect-flow-lint.yaml`,
    ]);
    expect(cfg.rules['no-hardcoded-arn']!.severity).toBe('error');
    expect(cfg.rules['no-hardcoded-arn']!.setIn).toMatch(/connect-flow-policy\/strict\.yaml:4:/);
    expect(cfg.rules['queue-needs-lang']!.definedIn).toMatch(/connect-flow-policy\/ruleset\.yaml:7:/);
    expect(cfg.rules['queue-needs-lang']!.setIn).toMatch(/\.connect-flow-lint\.yaml:3:/);
    expect(cfg.rules['logging-enabled']!.severity).toBe('off');
  });

  it('says how to install a package that is not installed', () => {
    const dir = repoWithPolicy('extends: ["@acme/other-policy"]\n');
    const r = lintJson(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.connect-flow-lint.yaml:1:11: cannot extend "@acme/other-policy": the package @acme/other-policy is not installed: run npm install --save-dev @acme/other-policy');
  });
});

describe('custom functions from the repository itself', () => {
  function repoWithLocalFunction(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-localfn-'));
    mkdirSync(join(dir, 'policy/functions'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/org-policy/functions/queueNeedsLang.js'), join(dir, 'policy/functions/queueNeedsLang.js'));
    writeFileSync(join(dir, 'policy/package.json'), '{"type": "module"}\n');
    writeFileSync(join(dir, 'policy/ruleset.yaml'), readFileSync(join(ROOT, 'test/fixtures/org-policy/ruleset.yaml'), 'utf8'));
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'flows/inbound.json'), clean);
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [./policy/ruleset.yaml]\n');
    return dir;
  }

  it('refuses to run them without --allow-functions, because a pull request can change them', () => {
    const r = lintJson(repoWithLocalFunction());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy\/ruleset\.yaml:3:13: function "queueNeedsLang": .*queueNeedsLang\.js is JavaScript from the repository, which a pull request can change: run with --allow-functions/);
  });

  it('runs them with --allow-functions', () => {
    const r = lintJson(repoWithLocalFunction(), '--allow-functions');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['queue-needs-lang']);
  });

  it('refuses an extends path that leaves the repository', () => {
    const dir = repoWithLocalFunction();
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [../../etc/passwd.yaml]\n');
    const r = lintJson(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot extend "\.\.\/\.\.\/etc\/passwd\.yaml": .*(does not exist|outside)/);
  });
});

describe('baseline for rolling out on an existing repository', () => {
  it('writes the current findings, then reports only new ones, unmoved by edits elsewhere in the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-baseline-'));
    mkdirSync(join(dir, 'flows'));
    const missing = readFileSync(join(ROOT, 'examples/profile-lookup-missing.json'), 'utf8');
    writeFileSync(join(dir, 'flows/a.json'), missing);
    // Outside CI (the test may itself run under CI, where a missing baseline is not written).
    const first = runCli(['--baseline', 'baseline.json', 'flows'], dir, { CI: '', GITHUB_ACTIONS: '' });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('wrote the baseline baseline.json with 1 finding(s)');
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ ruleId: string; count: number }> };
    expect(baseline.findings.map((f) => [f.ruleId, f.count])).toEqual([['profile-lookup-before-use', 1]]);

    // An edit elsewhere moves the known finding down by many lines: still known.
    const shifted = JSON.parse(missing) as { Metadata: Record<string, unknown> };
    shifted.Metadata['notes'] = Array.from({ length: 40 }, (_, i) => `note ${i}`);
    writeFileSync(join(dir, 'flows/a.json'), JSON.stringify(shifted, null, 2));
    const second = runCli(['--format', 'json', '--baseline', 'baseline.json', 'flows'], dir);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual([]);
    expect(second.stderr).toContain('1 finding(s) already in the baseline');

    // A new defect is reported, and only it.
    writeFileSync(join(dir, 'flows/b.json'), readFileSync(join(ROOT, 'examples/error-branch-unwired.json'), 'utf8'));
    const third = runCli(['--format', 'json', '--baseline', 'baseline.json', 'flows'], dir);
    expect(third.code).toBe(1);
    expect((JSON.parse(third.stdout) as JsonFinding[]).map((f) => [f.file, f.ruleId])).toEqual([['flows/b.json', 'error-branches-wired']]);
  });

  it('rejects a broken baseline with what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-baseline-'));
    writeFileSync(join(dir, 'flow.json'), clean);
    writeFileSync(join(dir, 'baseline.json'), '{"version": 2}');
    const r = runCli(['--baseline', 'baseline.json', 'flow.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the baseline baseline.json is unusable: not a connect-flow-lint baseline');
  });
});

describe('editor support: the config JSON Schema and init', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  /** Every config the project ships or tests with: they must all satisfy the schema editors use. */
  function configs(): Array<[string, unknown]> {
    const out: Array<[string, unknown]> = [['init starter', parseYaml(STARTER_CONFIG)]];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        // Scenario files (connect-flow-lint test) are YAML too, but not configs.
        else if (/\.(ya?ml)$/.test(e.name) && !p.includes('/templates/') && !p.includes('/simulate/')) out.push([p.slice(ROOT.length + 1), parseYaml(readFileSync(p, 'utf8'))]);
      }
    };
    walk(join(ROOT, 'rules'));
    walk(join(ROOT, 'test/fixtures'));
    // The YAML examples in the rule docs and the README.
    for (const doc of [...rulePages().map(([, f]) => f), 'rules/docs/README.md', 'README.md']) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].forEach((m, i) => {
        const value = parseYaml(m[1]!) as unknown;
        if (value && typeof value === 'object' && !Array.isArray(value) && !('on' in value) && !('jobs' in value) && !('scenarios' in value)) out.push([`${doc} yaml block ${i + 1}`, value]);
      });
    }
    return out;
  }

  it('accepts every config the project ships, tests with, or shows in its docs', () => {
    const all = configs();
    expect(all.length).toBeGreaterThan(10);
    for (const [name, value] of all) {
      expect(validate(value) ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('rejects what the engine rejects: unknown keys, bad severities, parse-error', () => {
    expect(validate({ extend: ['connect-flow-lint:recommended'] })).toBe(false);
    expect(validate({ rules: { 'flow-ends': 'fatal' } })).toBe(false);
    expect(validate({ rules: { 'parse-error': 'off' } })).toBe(false);
    expect(validate({ rules: { r: { given: '$', then: { functon: 'truthy' } } } })).toBe(false);
  });

  it('init writes a starter config the CLI accepts, and never overwrites one without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-init-'));
    const first = runCli(['init'], dir);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, '.connect-flow-lint.yaml'), 'utf8')).toBe(STARTER_CONFIG);
    writeFileSync(join(dir, 'flow.json'), clean);
    expect(runCli(['flow.json'], dir).code).toBe(0);
    const again = runCli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(runCli(['init', '--force'], dir).code).toBe(0);
  });

  it('connect-flow-lint:strict makes unreachable blocks errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-strict-'));
    writeFileSync(join(dir, 'flow.json'), readFileSync(join(ROOT, 'src/rules/unreachable-block/bad.json'), 'utf8'));
    const rec = runCli(['--format', 'json', 'flow.json'], dir);
    const strict = runCli(['--format', 'json', '--config', 'connect-flow-lint:strict', 'flow.json'], dir);
    expect((JSON.parse(rec.stdout) as JsonFinding[]).map((f) => f.severity)).toEqual(['warn']);
    expect((JSON.parse(strict.stdout) as JsonFinding[]).map((f) => f.severity)).toEqual(['error']);
    expect(strict.code).toBe(1);
  });
});
