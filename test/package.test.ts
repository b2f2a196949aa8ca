/**
 * The published package as a user gets it: `npm pack`, then the tarball installed into an empty folder with
 * --offline (so any dependency it declared would fail to install), and its bin run on Node 24 (the test's own
 * Node) and Node 22 (the oldest in `engines`; the npm package node@22, installed once into
 * node_modules/.cache/connect-flow-lint/node22). Run `npm run build` first: the tarball packs dist/cli.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; files: string[]; dependencies?: object; optionalDependencies?: object; peerDependencies?: object };
const NODE22_DIR = join(ROOT, 'node_modules/.cache/connect-flow-lint/node22');

/** Environment without the npm_* variables `npm test` sets, so nested npm runs see only the user's config. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 170_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.error ? String(r.error) : ''}`);
  return r;
}

let work: string;
let app: string;
let tarball: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before these tests`);
  work = mkdtempSync(join(tmpdir(), 'cfl-package-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT).stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, packed[0]!.filename);
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  npm(['install', '--offline', tarball], app);
  cpSync(join(ROOT, 'examples'), join(app, 'examples'), { recursive: true });
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('declares no dependency and installs none: node_modules holds only connect-flow-lint', () => {
    expect(PKG.dependencies ?? {}).toEqual({});
    expect(PKG.optionalDependencies ?? {}).toEqual({});
    expect(PKG.peerDependencies ?? {}).toEqual({});
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([PKG.name]);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).filter((k) => k !== '')).toEqual([`node_modules/${PKG.name}`]);
  });

  it('holds what the bin needs and users reference: the CLI bundle, the schema init names, the rule docs', () => {
    const installed = join(app, 'node_modules', PKG.name);
    for (const f of ['dist/cli/index.js', 'dist/cli/package.json', 'dist/cli/licenses.txt', 'dist/rule/index.js', 'dist/rule/types/rules/public.d.ts', 'LICENSE', 'schema/config.schema.json', 'rules/recommended.yml', 'rules/docs/README.md', 'CHANGELOG.md']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    // The Action's bundle and the sources are not published.
    expect(existsSync(join(installed, 'dist/index.js'))).toBe(false);
    expect(existsSync(join(installed, 'src'))).toBe(false);
  });

  it('runs on Node 24: npx connect-flow-lint --version, and a lint of the examples with the repository build\'s output', () => {
    // The test's own Node (the node dev dependency, 24) first on PATH, as for the Node 22 case below.
    const env = cleanEnv({ PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` });
    expect(spawnSync('node', ['--version'], { encoding: 'utf8', env }).stdout).toMatch(/^v24\./);
    const version = spawnSync('npx', ['--offline', 'connect-flow-lint', '--version'], { cwd: app, encoding: 'utf8', env });
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${PKG.version}\n`);
    const lint = spawnSync('npx', ['--offline', 'connect-flow-lint', 'examples'], { cwd: app, encoding: 'utf8', env });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('✖ 3 problems (3 errors, 0 warnings, 0 info)');
    expect(lint.stdout).toBe(runCli(['examples']).stdout);
  });

  it('runs on Node 22 (the oldest Node in engines)', () => {
    if (!existsSync(join(NODE22_DIR, 'node_modules/.bin/node'))) {
      mkdirSync(NODE22_DIR, { recursive: true });
      writeFileSync(join(NODE22_DIR, 'package.json'), '{ "name": "node22", "private": true }\n');
      npm(['install', 'node@22'], NODE22_DIR);
    }
    const bin = join(NODE22_DIR, 'node_modules/.bin');
    // The bin's shebang is `env node`: the first node on PATH is the one npx runs it with.
    const env = cleanEnv({ PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` });
    const node = spawnSync('node', ['--version'], { cwd: app, encoding: 'utf8', env });
    expect(node.stdout).toMatch(/^v22\./);
    const cli = join(app, 'node_modules/.bin/connect-flow-lint');
    const version = spawnSync(cli, ['--version'], { cwd: app, encoding: 'utf8', env });
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${PKG.version}\n`);
    const lint = spawnSync(cli, ['examples'], { cwd: app, encoding: 'utf8', env });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toBe(runCli(['examples']).stdout);
  }, 180_000);
});

/** The code blocks of the README's "Writing a rule" section, in order. */
function writingARule(): { rule: string; config: string; test: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Writing a rule'), readme.indexOf('\n## ', readme.indexOf('## Writing a rule') + 5));
  const blocks = [...section.matchAll(/```(?:js|yaml)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBe(3);
  return { rule: blocks[0]!, config: blocks[1]!, test: blocks[2]! };
}

describe("the README's custom rule, written against the installed package (connect-flow-lint/rule)", () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  // The rule file alone, checked as an editor with // @ts-check would: against the installed package's declarations.
  const typecheck = (file: string) => {
    const compilerOptions = { noEmit: true, allowJs: true, checkJs: true, strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', types: [] };
    writeFileSync(join(app, 'tsconfig.check.json'), JSON.stringify({ compilerOptions, files: [file] }));
    return spawnSync(process.execPath, [tsc, '-p', 'tsconfig.check.json'], { cwd: app, encoding: 'utf8' });
  };

  beforeAll(() => {
    const { rule, config, test } = writingARule();
    mkdirSync(join(app, 'functions'), { recursive: true });
    writeFileSync(join(app, 'functions/promptNamesCompany.js'), rule);
    writeFileSync(join(app, 'functions/promptNamesCompany.test.js'), test);
    writeFileSync(join(app, '.connect-flow-lint.yaml'), config);
    // The package's own ESM marker: the functions are ES modules.
    writeFileSync(join(app, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')), type: 'module' }));
  });

  it('type-checks against the published declarations, and a misspelt report field is a type error', () => {
    const ok = typecheck('functions/promptNamesCompany.js');
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = readFileSync(join(app, 'functions/promptNamesCompany.js'), 'utf8').replace("report({ messageId: 'missing'", "report({ messageid: 'missing'").replace('options.company)) {', 'options.compnay)) {');
    writeFileSync(join(app, 'functions/bad-rule.js'), bad);
    const failed = typecheck('functions/bad-rule.js');
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toMatch(/messageid/);
    expect(failed.stdout).toMatch(/compnay/);
    rmSync(join(app, 'functions/bad-rule.js'));
  }, 120_000);

  it('its RuleTester table passes under node --test, and fails when an expected line is wrong', () => {
    const pass = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'functions/*.test.js'], { cwd: app, encoding: 'utf8', env: cleanEnv() });
    expect(pass.status, pass.stdout + pass.stderr).toBe(0);
    expect(pass.stdout).toMatch(/# pass 2/);
    const test = readFileSync(join(app, 'functions/promptNamesCompany.test.js'), 'utf8');
    writeFileSync(join(app, 'functions/promptNamesCompany.test.js'), test.replace("blockId: 'hello', line: 6", "blockId: 'hello', line: 7"));
    const fail = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'functions/*.test.js'], { cwd: app, encoding: 'utf8', env: cleanEnv() });
    writeFileSync(join(app, 'functions/promptNamesCompany.test.js'), test);
    expect(fail.status).not.toBe(0);
    expect(fail.stdout).toContain('line should be 7, is 6');
  }, 60_000);

  it('the linter loads it from the ruleset (with --allow-functions: it is the repository\'s own code) and reports with its message', () => {
    writeFileSync(join(app, 'greeting.json'), JSON.stringify({ Version: '2019-10-30', StartAction: 'hello', Actions: [{ Identifier: 'hello', Type: 'MessageParticipant', Parameters: { Text: 'Welcome.' }, Transitions: {} }] }, null, 2));
    const cli = join(app, 'node_modules/.bin/connect-flow-lint');
    const refused = spawnSync(cli, ['--format', 'json', 'greeting.json'], { cwd: app, encoding: 'utf8', env: cleanEnv() });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--allow-functions');
    const r = spawnSync(cli, ['--format', 'json', '--allow-functions', 'greeting.json'], { cwd: app, encoding: 'utf8', env: cleanEnv() });
    const findings = JSON.parse(r.stdout) as Array<{ ruleId: string; severity: string; message: string; line: number }>;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'prompt-names-company', severity: 'warn', message: 'block "hello" plays a prompt without "Hokkaido Air": name the company in its text.', line: 6 })]);
    rmSync(join(app, 'greeting.json'));
  }, 60_000);
});
