import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILTIN_PREFIX, type ConfigLoader, type ConfigText } from '../core/config/resolve.js';
import { BUILTIN_RULESETS } from '../generated/builtin-rulesets.js';

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
  return { file: ref, text };
}

/** Resolves `extends` entries: built-in names, or paths relative to the config that names them. */
export const loadExtends: ConfigLoader = (ref, fromFile) => {
  if (ref.startsWith(BUILTIN_PREFIX)) return builtinRuleset(ref);
  if (fromFile.startsWith(BUILTIN_PREFIX)) throw new Error('a built-in ruleset cannot extend a file');
  if (!ref.startsWith('.') && !ref.startsWith('/')) {
    throw new Error(`"${ref}" is neither a built-in ruleset (${BUILTIN_PREFIX}recommended) nor a relative path (./policy.yaml)`);
  }
  const path = resolve(dirname(fromFile), ref);
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  return readConfigFile(path);
};
