import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, rulesFor, type ResolvedConfig } from '../src/core/config/resolve.js';
import { lintText } from '../src/core/lint.js';
import type { Finding } from '../src/core/types.js';
import { ConfigError } from '../src/core/config/yaml-tree.js';
import { builtinRuleset, loadExtends } from '../src/node/config-files.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist/cli/index.js');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const HAS_CORPUS = existsSync(CORPUS);

export const recommended: ResolvedConfig = resolveConfig(builtinRuleset('connect-flow-lint:recommended'), loadExtends);

/** Resolves a config given as YAML text, as if it were the file `file`. */
export function configFrom(text: string, file = `${ROOT}/.connect-flow-lint.yaml`): ResolvedConfig {
  return resolveConfig({ file, text }, loadExtends);
}

/** The problems a config raises, as "line:column message" (none: an empty list). */
export function configProblems(yaml: string): string[] {
  try {
    configFrom(yaml);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.at.line}:${p.at.column} ${p.message}`);
    throw e;
  }
  return [];
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

/** A built-in rule's page, from the repository root: its folder's README.md, or rules/docs/<id>.md for the reader's rules. */
export function docPagePath(id: string): string {
  return existsSync(join(ROOT, 'src/rules', id, 'README.md')) ? `src/rules/${id}/README.md` : `rules/docs/${id}.md`;
}

/** The published address of a built-in rule's page. */
export const docUrl = (id: string): string => `https://github.com/connect-flow-lint/connect-flow-lint/blob/main/${docPagePath(id)}`;

/** Every rule page: [id, path from the repository root]. */
export function rulePages(): Array<[string, string]> {
  const pages = new Map<string, string>();
  for (const f of readdirSync(join(ROOT, 'rules/docs'))) if (f.endsWith('.md') && f !== 'README.md') pages.set(f.replace(/\.md$/, ''), `rules/docs/${f}`);
  for (const d of readdirSync(join(ROOT, 'src/rules'), { withFileTypes: true })) if (d.isDirectory() && existsSync(join(ROOT, 'src/rules', d.name, 'README.md'))) pages.set(d.name, `src/rules/${d.name}/README.md`);
  return [...pages].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The rule ids connect-flow-lint:recommended sets, in its order (`id:` with a definition, or `id: severity`). */
export const recommendedIds = (): string[] => [...readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8').matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]!);
