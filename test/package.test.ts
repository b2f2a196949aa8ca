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
    for (const f of ['dist/cli/index.js', 'dist/cli/package.json', 'dist/cli/licenses.txt', 'schema/config.schema.json', 'rules/recommended.yml', 'rules/docs/README.md', 'CHANGELOG.md']) {
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
