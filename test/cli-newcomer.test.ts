/**
 * Issue 16, the CLI part: what a newcomer with ESLint habits meets. Every test runs the bundled CLI
 * (dist/cli/index.js) as a process, in a git checkout of its own (run `npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A fresh git checkout holding `files` (path → text). */
function repo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-newcomer-'));
  temps.push(dir);
  spawnSync('git', ['init', '-q', dir]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const example = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');
const CLEAN = example('clean-inbound.json');
const LEGACY = '{"modules": [], "version": "1", "type": "contactFlow", "start": "x"}\n';
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's ``` block that starts with `$ COMMAND`: the lines after it. */
function readmeOutput(command: string): string {
  const start = README.indexOf(`\`\`\`\n$ ${command}\n`);
  expect(start, `README shows $ ${command}`).toBeGreaterThan(-1);
  const body = README.slice(start + `\`\`\`\n$ ${command}\n`.length);
  return body.slice(0, body.indexOf('```'));
}

/** Standard input fed to the bundled CLI. */
function runWithStdin(args: readonly string[], cwd: string, input: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  evidence: string[];
}
const findings = (stdout: string): JsonFinding[] => JSON.parse(stdout) as JsonFinding[];

describe('no false green', () => {
  it('a named file that is not a flow is said, and a run that lints no flow exits 2 (README text verbatim)', () => {
    const dir = repo({ 'package.json': '{"name": "x", "version": "1.0.0"}\n' });
    const r = runCli(['package.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(readmeOutput('npx connect-flow-lint package.json'));
    // With the hook's flag it passes, and still names the file.
    const pass = runCli(['--pass-on-no-flows', 'package.json'], dir);
    expect(pass.code).toBe(0);
    expect(pass.stderr).toContain('not linted: package.json: not a flow');
  });

  it('an empty folder, or a working directory without flows, exits 2 with the message', () => {
    const dir = repo({ 'notes/readme.txt': 'hello\n' });
    mkdirSync(join(dir, 'empty'));
    const named = runCli(['empty'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('connect-flow-lint: no flow was linted: empty holds no flow export, describe-contact-flow output or template with a flow (--verbose says what was passed over; --pass-on-no-flows exits 0)\n');
    const none = runCli([], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no flow was linted: the current folder holds no flow export');
    // A folder with a flow next to a non-flow file lints the flow and is quiet about the other (not named on its own).
    writeFileSync(join(dir, 'notes', 'flow.json'), CLEAN);
    expect(runCli(['notes'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('a named link is a parse-error finding; - and /dev/stdin point to --stdin', () => {
    const dir = repo({ 'a.json': CLEAN });
    symlinkSync('a.json', join(dir, 'link.json'));
    const link = runCli(['--format', 'json', 'link.json'], dir);
    expect(link.code).toBe(1);
    expect(findings(link.stdout).map((f) => f.ruleId)).toEqual(['parse-error']);
    for (const arg of ['/dev/stdin', '-']) {
      const r = runWithStdin([arg], dir, CLEAN);
      expect(r.code, arg).toBe(2);
      expect(r.stderr).toBe(`connect-flow-lint: ${arg} is standard input, which is not read as a file: use --stdin (and --stdin-filename FILE to name it)\n`);
    }
  });
});

describe('--stdin', () => {
  it('lints standard input under the --stdin-filename, whose overrides apply; <stdin> without it', () => {
    const dir = repo({
      '.connect-flow-lint.yaml': 'extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["legacy/**"]\n    rules:\n      profile-lookup-before-use: off\n',
    });
    const bad = example('profile-lookup-missing.json');
    const named = runWithStdin(['--stdin', '--stdin-filename', 'flows/inbound.json', '-f', 'json'], dir, bad);
    expect(named.code).toBe(1);
    expect(findings(named.stdout).map((f) => [f.file, f.ruleId])).toEqual([['flows/inbound.json', 'profile-lookup-before-use']]);
    // The override for legacy/** turns the rule off for a name there.
    const overridden = runWithStdin(['--stdin', '--stdin-filename', 'legacy/inbound.json', '-f', 'json'], dir, bad);
    expect(overridden).toMatchObject({ code: 0, stdout: '[]\n' });
    const unnamed = runWithStdin(['--stdin', '-f', 'json'], dir, bad);
    expect(findings(unnamed.stdout).map((f) => f.file)).toEqual(['<stdin>']);
  });

  it('is bounded by --max-file-size, and not a flow on stdin exits 2', () => {
    const dir = repo();
    const big = runWithStdin(['--stdin', '--max-file-size', '100', '-f', 'json'], dir, Buffer.alloc(5_000_000, 0x20));
    expect(big.code).toBe(1);
    expect(findings(big.stdout).map((f) => [f.file, f.ruleId])).toEqual([['<stdin>', 'file-too-large']]);
    const notFlow = runWithStdin(['--stdin'], dir, '{"name": "x"}');
    expect(notFlow.code).toBe(2);
    expect(notFlow.stderr).toContain('no flow was linted: standard input holds no flow export');
    expect(runWithStdin(['--stdin', 'a.json'], dir, CLEAN).code).toBe(2);
    expect(runWithStdin(['--stdin-filename', 'a.json'], dir, CLEAN).stderr).toBe('connect-flow-lint: --stdin-filename names standard input: give --stdin too\n');
  });

  it("links standard input with the repository's flows, as a named file", () => {
    const dir = repo({ 'flows/inbound.json': CLEAN });
    const r = runWithStdin(['--stdin', '--stdin-filename', 'flows/inbound.json', '-f', 'json'], dir, CLEAN);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n' });
  });
});

describe('small breakages', () => {
  it('-o into a folder that does not exist creates it and writes the report', () => {
    const dir = repo({ 'flows/a.json': example('profile-lookup-missing.json') });
    const r = runCli(['-f', 'json', '-o', 'reports/lint/out.json', 'flows'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(findings(readFileSync(join(dir, 'reports/lint/out.json'), 'utf8')).map((f) => f.ruleId)).toEqual(['profile-lookup-before-use']);
  });

  it('init refuses to write .connect-flow-lint.yaml next to a .yml, or under a folder whose config applies', () => {
    const dir = repo({ '.connect-flow-lint.yml': 'extends: [connect-flow-lint:strict]\n' });
    for (const args of [['init'], ['init', '--force']]) {
      const r = runCli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('connect-flow-lint: .connect-flow-lint.yml already configures this folder: a new .connect-flow-lint.yaml here would take its place, so nothing was written. Edit .connect-flow-lint.yml instead\n');
      expect(existsSync(join(dir, '.connect-flow-lint.yaml'))).toBe(false);
    }
    mkdirSync(join(dir, 'flows'));
    const below = runCli(['init'], join(dir, 'flows'));
    expect(below.code).toBe(2);
    expect(below.stderr).toContain(`${join(dir, '.connect-flow-lint.yml')} already configures this folder`);
    // Without another config, init still writes its starter.
    expect(runCli(['init'], repo()).code).toBe(0);
  });

  it('the reader rules take a severity or off from the config, an override and --rule; parse-error cannot be turned off', () => {
    const dir = repo({ 'old/flow.json': LEGACY, 'flows/a.json': CLEAN, 'big/b.json': CLEAN });
    const base = runCli(['-f', 'json', '.'], dir);
    expect(findings(base.stdout).map((f) => [f.ruleId, f.severity])).toEqual([['legacy-format', 'warn']]);
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [connect-flow-lint:recommended]\nrules:\n  legacy-format: error\n');
    expect(runCli(['-f', 'json', '.'], dir)).toMatchObject({ code: 1 });
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["old/**"]\n    rules: { legacy-format: off }\n');
    expect(runCli(['-f', 'json', '.'], dir)).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(findings(runCli(['-f', 'json', '--rule', 'legacy-format: error', '.'], dir).stdout).map((f) => f.severity)).toEqual(['error']);
    const tooLarge = runCli(['-f', 'json', '--max-file-size', '10', '--rule', 'file-too-large: warn', 'flows', 'big'], dir);
    expect(tooLarge.code).toBe(0);
    expect(findings(tooLarge.stdout).map((f) => [f.ruleId, f.severity])).toEqual([
      ['file-too-large', 'warn'],
      ['file-too-large', 'warn'],
    ]);
    expect(runCli(['--rule', 'parse-error: off', '.'], dir).code).toBe(2);
  });

  it('--list-rules lists the reader rules and parse-error', () => {
    const ids = runCli(['--list-rules']).stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);
    for (const id of ['legacy-format', 'unsupported-content', 'file-too-large', 'parse-error']) expect(ids).toContain(id);
  });

  it('connect-flow-lint:strict leaves no warning where its doc says none: logging and legacy exports are errors', () => {
    const dir = repo({
      'flows/no-logging.json': readFileSync(join(ROOT, 'src/rules/logging-enabled/bad.json'), 'utf8'),
      'flows/unreachable.json': readFileSync(join(ROOT, 'test/fixtures/cli/warn-only.json'), 'utf8'),
      'old/flow.json': LEGACY,
    });
    const r = runCli(['-f', 'json', '-c', 'connect-flow-lint:strict', '.'], dir);
    const found = findings(r.stdout);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['logging-enabled', 'legacy-format', 'unreachable-block']));
    expect(found.filter((f) => f.severity === 'warn')).toEqual([]);
  });

  it('config problems are printed in file order, and a custom function problem points at its functions: entry', () => {
    const dir = repo({
      'flows/a.json': CLEAN,
      // Found in this order: the severity while reading, base.yaml's rule when it is applied, then this file's rule.
      '.connect-flow-lint.yaml': 'extends: [./base.yaml]\nrules:\n  unreachable-blok: error\n  logging-enabled: loud\n',
      'base.yaml': 'rules:\n  flow-endz: off\n',
    });
    const r = runCli(['flows'], dir);
    expect(r.code).toBe(2);
    const places = r.stderr.trimEnd().split('\n').slice(1).map((l) => /^ {2}(\S+?):(\d+):(\d+):/.exec(l)!.slice(1, 4).join(':'));
    expect(places).toEqual(['.connect-flow-lint.yaml:3:21', '.connect-flow-lint.yaml:4:20', 'base.yaml:2:14']);

    const fn = repo({ 'flows/a.json': CLEAN, '.connect-flow-lint.yaml': 'extends: [connect-flow-lint:recommended]\nfunctions:\n  - myCheck\n', 'functions/myCheck.js': 'export default () => [];\n' });
    const refused = runCli(['flows'], fn);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\n {2}\.connect-flow-lint\.yaml:3:5: function "myCheck": /);
  });

  it('FORCE_COLOR is read as Node reads it: 0 off, empty/1/2/3 on (over NO_COLOR); --no-color wins', () => {
    const dir = repo({ 'a.json': example('profile-lookup-missing.json') });
    const esc = '\u001b[';
    for (const v of ['1', '2', '3', '', 'true']) expect(runCli(['a.json'], dir, { FORCE_COLOR: v, NO_COLOR: '1' }).stdout, `FORCE_COLOR=${v}`).toContain(esc);
    for (const v of ['0', 'false']) expect(runCli(['a.json'], dir, { FORCE_COLOR: v }).stdout).not.toContain(esc);
    expect(runCli(['--no-color', 'a.json'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain(esc);
    expect(runCli(['a.json'], dir, { NO_COLOR: '1' }).stdout).not.toContain(esc);
  });
});

describe('graph', () => {
  const base = JSON.parse(CLEAN) as { Actions: Array<Record<string, unknown>> };
  const withExtra = JSON.stringify({ ...base, Actions: [...base.Actions, { Identifier: 'Extra goodbye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }, null, 2);

  it('graph --help prints the usage and exits 0', () => {
    const r = runCli(['graph', '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: connect-flow-lint graph FILE/);
    expect(r.stdout).toContain('graph OLD_FILE NEW_FILE');
  });

  it('takes OLD then NEW, as diff does, or --old/--new; says "No routing changes" (README verbatim)', () => {
    const dir = repo({ 'old/inbound.json': CLEAN, 'flows/inbound.json': withExtra });
    const positional = runCli(['graph', 'old/inbound.json', 'flows/inbound.json'], dir);
    expect(positional.code).toBe(0);
    expect(positional.stdout).toContain('%% Added `DisconnectParticipant` block');
    expect(positional.stdout).not.toContain('Removed');
    expect(runCli(['graph', '--old', 'old/inbound.json', '--new', 'flows/inbound.json'], dir).stdout).toBe(positional.stdout);
    expect(runCli(['graph', '--old', 'old/inbound.json'], dir).code).toBe(2);
    writeFileSync(join(dir, 'flows/inbound.json'), CLEAN);
    const same = runCli(['graph', 'old/inbound.json', 'flows/inbound.json'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(readmeOutput('npx connect-flow-lint graph old/inbound.json flows/inbound.json'));
  });

  it('a flow that is new since --base is drawn as all added', () => {
    const dir = repo({ 'README.md': 'x\n' });
    spawnSync('git', ['-C', dir, 'add', '.']);
    spawnSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init']);
    mkdirSync(join(dir, 'flows'));
    copyFileSync(join(ROOT, 'examples/clean-inbound.json'), join(dir, 'flows/inbound.json'));
    const r = runCli(['graph', 'flows/inbound.json', '--base', 'HEAD'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('%% flows/inbound.json is new since HEAD: every block is added');
    expect(r.stdout).not.toContain('Removed');
    expect((r.stdout.match(/%% Added /g) ?? []).length).toBe(base.Actions.length);
  });
});

describe('messages', () => {
  it('the profile path is evidence, shown as a second line in stylish output, not in the sentence (README verbatim)', () => {
    const json = findings(runCli(['-f', 'json', 'examples/profile-lookup-missing.json']).stdout);
    expect(json).toHaveLength(1);
    expect(json[0]!.message).not.toContain('→');
    expect(json[0]!.evidence.length).toBeGreaterThan(1);
    const stylish = runCli(['examples/profile-lookup-missing.json']).stdout;
    expect(stylish).toContain(`\n                   path: ${json[0]!.evidence.join(' → ')}\n`);
    const block = /```\n(examples\/profile-lookup-missing\.json\n[\s\S]*?)```/.exec(README);
    expect(block).not.toBeNull();
    expect(stylish).toContain(block![1]!);
  });
});

describe('hooks', () => {
  it('the pre-commit hook and the README examples pass --pass-on-no-flows, so a commit of package.json alone passes', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ args?: string[] }>;
    expect(hooks[0]!.args).toEqual(['--pass-on-no-flows']);
    expect(README).toContain("'connect-flow-lint --pass-on-no-flows'");
    const dir = repo({ 'package.json': '{"name": "x"}\n' });
    expect(runCli([...hooks[0]!.args!, 'package.json'], dir).code).toBe(0);
  });
});
