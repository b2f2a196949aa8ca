import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BUILTIN_PREFIX, type ConfigLoader, type ConfigText } from '../core/config/resolve.js';
import { BUILTIN_RULESETS } from '../generated/builtin-rulesets.js';
import { BUILTIN_TREES } from '../generated/builtin-trees.js';

export const CONFIG_NAMES = ['.connect-flow-lint.yaml', '.connect-flow-lint.yml'];
const MAX_CONFIG_BYTES = 1024 * 1024;

const toPosix = (p: string): string => p.replace(/\\/g, '/');

/** The nearest config from `cwd` upward, as ESLint and Spectral find theirs. */
export function discoverConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export function readConfigFile(path: string): ConfigText {
  const text = readFileSync(path, 'utf8');
  if (text.length > MAX_CONFIG_BYTES) throw new Error(`${path} is larger than 1 MiB: a config that large is not a config`);
  return { file: toPosix(resolve(path)), text };
}

export function builtinRuleset(ref: string): ConfigText {
  const name = ref.slice(BUILTIN_PREFIX.length);
  const text = Object.hasOwn(BUILTIN_RULESETS, name) ? BUILTIN_RULESETS[name] : undefined;
  if (text === undefined) throw new Error(`there is no built-in ruleset "${ref}" (built-in: ${Object.keys(BUILTIN_RULESETS).map((n) => BUILTIN_PREFIX + n).join(', ')})`);
  return { file: ref, text, tree: BUILTIN_TREES[name] };
}

/** A package reference: `@scope/name`, `name`, optionally followed by a path inside the package. */
const PACKAGE_REF = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.+))?$/i;

function isInside(dir: string, file: string): boolean {
  const r = relative(dir, file);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/** The folder of an installed package, looked up in node_modules from `fromDir` upward as Node does. */
function packageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The ruleset a package offers: its package.json "connect-flow-lint" field, else ruleset.yaml/.yml. */
function packageRuleset(dir: string, name: string): string {
  let declared: unknown;
  try {
    declared = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>)['connect-flow-lint'];
  } catch (e) {
    throw new Error(`the package.json of ${name} cannot be read: ${(e as Error).message}`);
  }
  if (typeof declared === 'string') return resolve(dir, declared);
  for (const f of ['ruleset.yaml', 'ruleset.yml', '.connect-flow-lint.yaml']) if (existsSync(join(dir, f))) return join(dir, f);
  throw new Error(`the package ${name} names no ruleset: add "connect-flow-lint": "./ruleset.yaml" to its package.json, or extend "${name}/<file>.yaml"`);
}

/**
 * Resolves `extends` entries: built-in names, paths relative to the config that names them, and installed
 * npm packages (`@acme/policy` or `@acme/policy/strict.yaml`). Configs come from pull requests, so a path may
 * not leave `root` (the repository being linted) — or, inside a package, the package's own folder.
 */
export function createLoader(root: string): ConfigLoader {
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  const packages: string[] = [];
  return (ref, fromFile) => {
    if (ref.startsWith(BUILTIN_PREFIX)) return builtinRuleset(ref);
    if (fromFile.startsWith(BUILTIN_PREFIX)) throw new Error('a built-in ruleset cannot extend a file');
    if (ref.startsWith('.') || ref.startsWith('/')) {
      const path = resolve(dirname(fromFile), ref);
      const fence = packages.find((p) => isInside(p, fromFile)) ?? realRoot;
      if (!existsSync(path)) throw new Error(`${path} does not exist`);
      const real = realpathSync(path);
      if (!isInside(fence, real)) throw new Error(`${ref} resolves to ${real}, outside ${fence}: a config may only extend files inside the repository (or inside its own package)`);
      return readConfigFile(real);
    }
    const m = PACKAGE_REF.exec(ref);
    if (!m) throw new Error(`"${ref}" is neither a built-in ruleset (${BUILTIN_PREFIX}recommended), a relative path (./policy.yaml) nor a package name (@acme/connect-flow-policy)`);
    const [, name, sub] = m;
    const dir = packageDir(name!, dirname(fromFile)) ?? packageDir(name!, realRoot);
    if (!dir) throw new Error(`the package ${name} is not installed: run npm install --save-dev ${name}`);
    packages.push(dir);
    const file = sub ? resolve(dir, sub) : packageRuleset(dir, name!);
    if (!isInside(dir, file)) throw new Error(`${ref} points outside the package ${name}`);
    if (!existsSync(file)) throw new Error(`${file} does not exist in the package ${name}`);
    return readConfigFile(realpathSync(file));
  };
}

/** A loader without a repository fence, for trusted callers (tests, print-config of built-ins). */
export const loadExtends: ConfigLoader = createLoader('/');
