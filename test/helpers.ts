import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, rulesFor, type ResolvedConfig } from '../src/core/config/resolve.js';
import { lintText } from '../src/core/lint.js';
import type { Finding } from '../src/core/types.js';
import { builtinRuleset, loadExtends } from '../src/cli/config-files.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist/cli/index.js');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const HAS_CORPUS = existsSync(CORPUS);

export const recommended: ResolvedConfig = resolveConfig(builtinRuleset('connect-flow-lint:recommended'), loadExtends);

/** Resolves a config given as YAML text, as if it were the file `file`. */
export function configFrom(text: string, file = `${ROOT}/.connect-flow-lint.yaml`): ResolvedConfig {
  return resolveConfig({ file, text }, loadExtends);
}

export function lintFile(path: string, config: ResolvedConfig = recommended): Finding[] {
  const abs = resolve(ROOT, path);
  return lintText(path, readFileSync(abs, 'utf8'), rulesFor(config, abs)).findings;
}

export function lintString(name: string, text: string, config: ResolvedConfig = recommended): Finding[] {
  return lintText(name, text, rulesFor(config, resolve(ROOT, name))).findings;
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI bundle as a user would. */
export function runCli(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Line (1-based) of the first line in `text` that contains every one of `needles`. */
export function lineOf(text: string, ...needles: string[]): number {
  const i = text.split('\n').findIndex((l) => needles.every((n) => l.includes(n)));
  if (i < 0) throw new Error(`no line contains ${needles.join(' + ')}`);
  return i + 1;
}
