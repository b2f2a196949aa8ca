/**
 * Issue 12, trust of code and files: nothing a repository (a pull request) contains may run code without
 * --allow-functions, make the linter read or quote a file outside the repository, hang it on a FIFO or a
 * device, or make it write outside the repository through a link; and a flow added as a link or under a
 * skipped folder is never a silent green. Every case runs the built bundles as processes (dist/cli/index.js,
 * and dist/index.js against the test API server): `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, git, happyRoutes, makeRepo, runAction, startServer, type Files } from './support/action-harness.js';
import { CLI, ROOT } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
}

/** The flow with one known defect (error-branches-wired on its GetCustomerProfile block). */
const KNOWN_TEXT = readFileSync(join(ROOT, 'examples/error-branch-unwired.json'), 'utf8');
const KNOWN_RULE = 'error-branches-wired';
/** A value that must never appear in any output: planted in files outside the repository and in the environment. */
const SECRET = 'S3CRET-9f1c2e7a-do-not-print';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cfl-secfs-'));
  temps.push(d);
  return d;
}
beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build before these tests');
});
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' };
}

/** A git checkout holding `files`, every one committed (tracked), as a pull request's checkout is. */
function committedRepo(files: Record<string, string | Buffer>, parent = tempDir()): string {
  const dir = join(parent, 'repo');
  mkdirSync(dir, { recursive: true });
  write(dir, files);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: gitEnv() });
  execFileSync('git', ['add', '-A', '-f'], { cwd: dir, env: gitEnv() });
  execFileSync('git', ['commit', '-q', '-m', 'pr'], { cwd: dir, env: gitEnv() });
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  findings: JsonFinding[];
}

/** The CLI with a hard 15 s limit: a hang is a failure (code null), not a stuck test run. */
function cli(dir: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 15_000, maxBuffer: 64 * 1024 * 1024 });
  let findings: JsonFinding[] = [];
  try {
    findings = JSON.parse(r.stdout) as JsonFinding[];
  } catch {
    findings = [];
  }
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - t0, findings };
}

/** A module that, when imported, proves it ran by writing `marker`. */
const pwn = (marker: string): string => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default () => [];\n`;
const ruleUsing = (fn: string): string => `functions: [${fn}]\nrules:\n  custom-rule:\n    given: "$.Actions[*]"\n    then: { function: ${fn} }\n`;

describe('code execution without --allow-functions', () => {
  it('a functionsDir named policy/node_modules in the repository: the JavaScript does not run', () => {
    const marker = join(tempDir(), 'marker');
    const dir = committedRepo({
      'known.json': KNOWN_TEXT,
      '.connect-flow-lint.yaml': `functionsDir: policy/node_modules\n${ruleUsing('pwn')}`,
      'policy/node_modules/pwn.js': pwn(marker),
    });
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/function "pwn": .*JavaScript from the repository.*--allow-functions/);
  });

  it('a committed node_modules/evil package named in extends: its JavaScript does not run', () => {
    const marker = join(tempDir(), 'marker');
    const dir = committedRepo({
      'known.json': KNOWN_TEXT,
      '.connect-flow-lint.yaml': 'extends: [evil]\n',
      'node_modules/evil/package.json': '{"name": "evil", "type": "module", "connect-flow-lint": "./ruleset.yaml"}\n',
      'node_modules/evil/ruleset.yaml': ruleUsing('pwn'),
      'node_modules/evil/functions/pwn.js': pwn(marker),
    });
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/function "pwn": .*--allow-functions/);
  });

  it('a committed node_modules that is a link out of the repository: not an installed package, nothing read there', () => {
    const outside = tempDir();
    const marker = join(tempDir(), 'marker');
    write(outside, {
      'evil/package.json': '{"name": "evil", "type": "module", "connect-flow-lint": "./ruleset.yaml"}\n',
      'evil/ruleset.yaml': ruleUsing('pwn'),
      'evil/functions/pwn.js': pwn(marker),
    });
    const parent = tempDir();
    mkdirSync(join(parent, 'repo'));
    symlinkSync(outside, join(parent, 'repo', 'node_modules'));
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': 'extends: [evil]\n' }, parent);
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the package evil is a link out of the repository/);
  });

  it('the same package installed (not tracked by git): its function runs, as an installed policy should', () => {
    const marker = join(tempDir(), 'marker');
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': 'extends: [good]\n', '.gitignore': 'node_modules/\n' });
    write(dir, {
      'node_modules/good/package.json': '{"name": "good", "type": "module", "connect-flow-lint": "./ruleset.yaml"}\n',
      'node_modules/good/ruleset.yaml': ruleUsing('ok'),
      'node_modules/good/functions/ok.js': pwn(marker),
    });
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(r.stderr).toBe('');
    expect(existsSync(marker)).toBe(true);
  });

  it('outside a git checkout nobody can tell installed from committed: node_modules code does not run', () => {
    const marker = join(tempDir(), 'marker');
    const dir = tempDir();
    write(dir, {
      'known.json': KNOWN_TEXT,
      '.connect-flow-lint.yaml': 'extends: [evil]\n',
      'node_modules/evil/package.json': '{"name": "evil", "type": "module"}\n',
      'node_modules/evil/ruleset.yaml': ruleUsing('pwn'),
      'node_modules/evil/functions/pwn.js': pwn(marker),
    });
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
  });

  it('with --allow-functions, a function outside the repository (an absolute functionsDir) still does not run', () => {
    const outside = tempDir();
    const marker = join(outside, 'marker');
    write(outside, { 'fns/pwn.js': pwn(marker) });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': `functionsDir: ${join(outside, 'fns')}\n${ruleUsing('pwn')}` });
    const r = cli(dir, ['--format', 'json', '--allow-functions', 'known.json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the repository');
  });
});

describe('files outside the repository are neither read nor quoted', () => {
  it('a package whose ruleset.yaml is a link to a file outside: refused, its text never printed', () => {
    const outside = tempDir();
    write(outside, { 'secret.txt': `token: [${SECRET}\n` });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': 'extends: [evil]\n', '.gitignore': 'node_modules/\n' });
    write(dir, { 'node_modules/evil/package.json': '{"name": "evil"}\n' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'node_modules/evil/ruleset.yaml'));
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout + r.stderr).not.toContain('token:');
    expect(r.stderr).toMatch(/cannot extend "evil": .*outside/);
  });

  it('a package above the repository root is not looked up', () => {
    const parent = tempDir();
    write(parent, { 'node_modules/above/package.json': '{"name": "above"}\n', 'node_modules/above/ruleset.yaml': `rules: [${SECRET}\n` });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': 'extends: [above]\n' }, parent);
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the package above is not installed');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a config above the repository root is not discovered', () => {
    const parent = tempDir();
    write(parent, { '.connect-flow-lint.yaml': `rules: [${SECRET}\n` });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT }, parent);
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(r.code).toBe(1);
    expect(r.findings.some((f) => f.ruleId === KNOWN_RULE)).toBe(true);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a config that is a link to /proc/self/environ: refused, no environment variable printed', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    symlinkSync('/proc/self/environ', join(dir, '.connect-flow-lint.yaml'));
    const r = cli(dir, ['--format', 'json', 'known.json'], { CFL_TEST_SECRET: SECRET });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout + r.stderr).not.toContain('CFL_TEST_SECRET');
    expect(r.stderr).toMatch(/\.connect-flow-lint\.yaml: the config is a link .*resolves outside the repository/);
  });

  it('a config or an extends that is a link to /dev/zero: refused within seconds', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, 'base.yaml': 'extends: [./zero.yaml]\n' });
    symlinkSync('/dev/zero', join(dir, '.connect-flow-lint.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    const r = cli(dir, ['--format', 'json', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(10_000);
    const e = cli(dir, ['--format', 'json', '-c', 'base.yaml', 'known.json']);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/cannot extend "\.\/zero\.yaml": .*outside/);
  });

  it('-c naming a FIFO or a device: refused as not a regular file, no hang', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const r = cli(dir, ['--format', 'json', '-c', 'fifo.yaml', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
    const z = cli(dir, ['--format', 'json', '-c', '/dev/zero', 'known.json']);
    expect(z.code).toBe(2);
    expect(z.stderr).toContain('not a regular file');
  });

  it('a baseline that is a link to /dev/zero or /proc/self/environ: refused within seconds, nothing quoted', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    symlinkSync('/dev/zero', join(dir, 'zero-baseline.json'));
    symlinkSync('/proc/self/environ', join(dir, 'env-baseline.json'));
    for (const b of ['zero-baseline.json', 'env-baseline.json']) {
      const r = cli(dir, ['--format', 'json', '--baseline', b, 'known.json'], { CFL_TEST_SECRET: SECRET });
      expect(r.code).toBe(2);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.stderr).toMatch(/the baseline .* is unusable: .*outside the repository/);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it('a config that is not valid UTF-8: an error at its line and column, not replacement characters', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT, 'cfg.yaml': Buffer.concat([Buffer.from('rules:\n  logging-enabled: off # caf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
    const r = cli(dir, ['--format', 'json', '-c', 'cfg.yaml', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:2:29: the config is not valid UTF-8/);
  });
});

describe('flow files the command line names', () => {
  it('a FIFO: reported as not a regular file, the other file still linted, no hang', () => {
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const r = cli(dir, ['--format', 'json', 'fifo.json', 'known.json']);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === 'fifo.json').map((f) => [f.ruleId, f.message])).toEqual([['parse-error', expect.stringContaining('not a regular file')]]);
    expect(r.findings.some((f) => f.file === 'known.json' && f.ruleId === KNOWN_RULE)).toBe(true);
  });

  it('graph on a FIFO, /dev/zero or a link out of the repository: a usage error within seconds, nothing read', () => {
    const outside = tempDir();
    write(outside, { 'secret.json': `{"Actions": [], "${SECRET}": 1` });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    symlinkSync(join(outside, 'secret.json'), join(dir, 'link.json'));
    for (const target of ['fifo.json', '/dev/zero', 'link.json']) {
      const r = cli(dir, ['graph', target]);
      expect(r.code, target).toBe(2);
      expect(r.ms, target).toBeLessThan(10_000);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it('a link to a flow outside: a finding that says so, its text never read', () => {
    const outside = tempDir();
    write(outside, { 'secret.json': `{"Actions": [], "${SECRET}": 1` });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    symlinkSync(join(outside, 'secret.json'), join(dir, 'link.json'));
    const r = cli(dir, ['--format', 'json', 'link.json', 'known.json']);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === 'link.json').map((f) => f.message)).toEqual([expect.stringContaining('symbolic link')]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a flow in a linked folder: refused as outside the repository', () => {
    const outside = tempDir();
    write(outside, { 'inner.json': KNOWN_TEXT.replace('"Version"', `"${SECRET}": 1, "Version"`) });
    const dir = committedRepo({ 'known.json': KNOWN_TEXT });
    symlinkSync(outside, join(dir, 'linked'));
    const r = cli(dir, ['--format', 'json', 'linked/inner.json', 'known.json']);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === 'linked/inner.json').map((f) => f.message)).toEqual([expect.stringContaining('outside the repository')]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a flow wrapped twice in Content (string in string, and object in string): linted', () => {
    const flow = JSON.parse(KNOWN_TEXT) as unknown;
    const dir = committedRepo({
      'twice.json': JSON.stringify({ Name: 'Twice', Content: JSON.stringify({ Content: JSON.stringify(flow) }) }, null, 2),
      'object.json': JSON.stringify({ Content: JSON.stringify({ Name: 'Obj', Content: flow }) }),
      'thrice.json': JSON.stringify({ Content: JSON.stringify({ Content: JSON.stringify({ Content: JSON.stringify(flow) }) }) }),
      'in-object.json': JSON.stringify({ Name: 'Outer', Content: { Name: 'Inner', Content: JSON.stringify(flow) } }),
      'object-object.json': JSON.stringify({ Content: { Content: flow } }, null, 2),
    });
    const r = cli(dir, ['--format', 'json', '.']);
    expect(r.code).toBe(1);
    // Positions are kept: in the pretty-printed object form the finding is on the block's own line.
    const pretty = JSON.stringify({ Content: { Content: flow } }, null, 2).split('\n');
    const onLine = r.findings.find((f) => f.file === 'object-object.json' && f.ruleId === KNOWN_RULE)!;
    expect(pretty[onLine.line - 1]).toContain('"Identifier": "d61ceffb-d69a-43f5-a741-c1d07a146b20"');
    for (const file of ['twice.json', 'object.json', 'in-object.json', 'object-object.json']) expect(r.findings.some((f) => f.file === file && f.ruleId === KNOWN_RULE), file).toBe(true);
    expect(r.findings.filter((f) => f.file === 'thrice.json').map((f) => [f.ruleId, f.message])).toEqual([['parse-error', expect.stringContaining('more than 2 levels deep')]]);
  });
});

describe('files the CLI writes never follow a link out of the repository', () => {
  function setup(): { dir: string; outside: string } {
    const outside = tempDir();
    write(outside, { 'victim.txt': 'original\n' });
    return { dir: committedRepo({ 'known.json': KNOWN_TEXT }), outside };
  }
  const untouched = (outside: string): void => {
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('original\n');
    expect(readdirSync(outside).sort()).toEqual(['victim.txt']);
  };

  it('-o through a link to a file outside: refused, the file outside untouched', () => {
    const { dir, outside } = setup();
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'report.json'));
    const r = cli(dir, ['--format', 'json', '-o', 'report.json', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    untouched(outside);
  });

  it('-o into a linked folder: refused, nothing written outside', () => {
    const { dir, outside } = setup();
    symlinkSync(outside, join(dir, 'reports'));
    const r = cli(dir, ['--format', 'json', '-o', 'reports/r.json', 'known.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the repository');
    untouched(outside);
  });

  it('--update-baseline through a link, and a baseline written through a dangling link: refused', () => {
    const { dir, outside } = setup();
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'baseline.json'));
    expect(cli(dir, ['--baseline', 'baseline.json', '--update-baseline', 'known.json']).code).toBe(2);
    symlinkSync(join(outside, 'new.json'), join(dir, 'dangling.json'));
    expect(cli(dir, ['--baseline', 'dangling.json', 'known.json']).code).toBe(2);
    untouched(outside);
  });

  it('init --force over a committed config that is a link: refused, nothing written outside', () => {
    const { dir, outside } = setup();
    symlinkSync(join(outside, 'victim.txt'), join(dir, '.connect-flow-lint.yaml'));
    const r = cli(dir, ['init', '--force']);
    expect(r.code).toBe(2);
    untouched(outside);
  });

  it('a plain -o and a plain init still write the file', () => {
    const { dir } = setup();
    expect(cli(dir, ['--format', 'json', '-o', 'out/../report.json', 'known.json']).code).toBe(1);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as JsonFinding[]).some((f) => f.ruleId === KNOWN_RULE)).toBe(true);
    expect(cli(dir, ['init']).code).toBe(0);
    expect(readFileSync(join(dir, '.connect-flow-lint.yaml'), 'utf8')).toContain('connect-flow-lint:recommended');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The Action: dist/index.js against the test API server.
// ---------------------------------------------------------------------------------------------------------

/** A pull request whose head commit adds `head` (with `links` as committed symbolic links). */
function prRepo(head: Files, links: Record<string, string> = {}) {
  const repo = makeRepo({ 'README.md': 'base\n' }, head);
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(dirname(join(repo.dir, name)), { recursive: true });
    symlinkSync(target, join(repo.dir, name));
  }
  if (Object.keys(links).length > 0) {
    git(repo.dir, 'add', '-A', '-f');
    git(repo.dir, 'commit', '-q', '--amend', '-m', 'head');
    repo.head = git(repo.dir, 'rev-parse', 'HEAD').trim();
  }
  return repo;
}

describe('the Action', () => {
  it('allow-functions: false and a committed policy/node_modules function: the JavaScript does not run', async () => {
    const marker = join(tempDir(), 'marker');
    const repo = prRepo({ 'flows/known.json': KNOWN_TEXT, '.connect-flow-lint.yaml': `functionsDir: policy/node_modules\n${ruleUsing('pwn')}`, 'policy/node_modules/pwn.js': pwn(marker) });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { 'allow-functions': 'false' } });
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error.*function "pwn"/);
  });

  it('a config committed as a link to /proc/self/environ: the token and the environment are never printed', async () => {
    const repo = prRepo({ 'flows/known.json': KNOWN_TEXT }, { '.connect-flow-lint.yaml': '/proc/self/environ' });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { env: { CFL_TEST_SECRET: SECRET } });
    expect(r.code).toBe(1);
    for (const out of [r.stdout, r.stderr, r.summary]) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain('CFL_TEST_SECRET');
    }
    expect(r.stdout).toMatch(/::error::connect-flow-lint: cannot read the config: .*outside the repository/);
  });

  it('a baseline committed as a link to /dev/zero: ends within seconds, every finding still reported', async () => {
    const repo = prRepo({ 'flows/known.json': KNOWN_TEXT }, { 'baseline.json': '/dev/zero' });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { baseline: 'baseline.json', annotations: 'commands' } });
    expect(r.elapsedMs).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::baseline .* is unusable .*outside the repository/);
    expect(r.stdout).toContain(KNOWN_RULE);
  });

  it('sarif-file through a committed link, or into a linked folder: nothing written outside the workspace', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'victim.txt'), 'original\n');
    const repo = prRepo({ 'flows/known.json': KNOWN_TEXT }, { 'results.sarif': join(outside, 'victim.txt'), out: outside });
    const server = await startServer(happyRoutes(repo));
    for (const sarif of ['results.sarif', 'out/a/b.sarif']) {
      const r = await runAction(repo, server, { inputs: { 'sarif-file': sarif } });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::connect-flow-lint: sarif-file /);
    }
    expect(readdirSync(outside)).toEqual(['victim.txt']);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('original\n');
  });

  it('a flow added as a link, or under dist/ or node_modules/: reported, never a silent green', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'flow.json'), KNOWN_TEXT);
    const repo = prRepo({ 'dist/flow.json': KNOWN_TEXT, 'flows/node_modules/x/flow.json': KNOWN_TEXT }, { 'flows/linked.json': join(outside, 'flow.json') });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { annotations: 'commands' } });
    expect(r.code).toBe(1);
    expect(r.outputs['files']).toBe('3');
    expect(r.stdout).toMatch(/::error file=flows\/linked\.json.*symbolic link/);
    expect(r.stdout).toMatch(new RegExp(`::error file=dist/flow\\.json.*`));
    expect(r.stdout).toMatch(new RegExp(`::error file=flows/node_modules/x/flow\\.json.*`));
  });
});
