/**
 * Finding, reading and resolving the config (and the baseline) for the CLI and the Action alike: what is
 * read from the repository, from where, and the errors a user sees when it cannot be.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { functionDeclarations } from '../core/config/function-declarations.js';
import { BUILTIN_PREFIX, resolveConfig, type ConfigLoader, type ConfigText, type ResolvedConfig } from '../core/config/resolve.js';
import { ConfigError } from '../core/config/yaml-tree.js';
import { builtinRuleset, createLoader, discoverConfig, readConfigFile } from './config-files.js';
import { loadCustomFunctions } from './custom-functions.js';
import { repositoryRoot } from './repository.js';
import { decodeUtf8, isWithin, readTrustedFile, realOrSelf, UnsafeFileError } from './safe-fs.js';

/** A mistake in how the linter was called or configured: said in one line, exit code 2. */
export class UsageError extends Error {}

export interface LoadOptions {
  /** Run custom functions from JavaScript files in the repository (functions from npm packages always run). */
  readonly allowFunctions?: boolean;
  /** An already-read entry config (the Action's remote config), instead of discovering or reading one. */
  readonly entry?: ConfigText;
  /** Resolves extends; defaults to files inside the repository, built-ins and installed packages. */
  readonly loader?: ConfigLoader;
}

/**
 * Finds, reads and resolves the config: --config, else the nearest .connect-flow-lint.yaml upward, else the
 * built-in recommended ruleset. Custom functions the rulesets declare are loaded first.
 */
export async function loadConfig(cwd: string, configPath: string | undefined, options: LoadOptions = {}): Promise<ResolvedConfig> {
  // The repository: nothing above it is read, looked up or trusted.
  const root = repositoryRoot(cwd);
  const entry =
    options.entry ??
    (configPath !== undefined
      ? readConfigArgument(cwd, root, configPath)
      : (() => {
          const found = discoverConfig(cwd, root);
          return found ? readDiscovered(found, root) : builtinRuleset(`${BUILTIN_PREFIX}recommended`);
        })());
  // Extends may not leave the repository: its root, or the folder of a config the user named outside it.
  const fence = entry.file.startsWith(BUILTIN_PREFIX) || entry.file.startsWith('github:') || isWithin(root, realOrSelf(entry.file)) || isInsideDir(cwd, entry.file) ? root : dirname(realOrSelf(entry.file));
  const loader = options.loader ?? createLoader(fence);
  const declarations = functionDeclarations(entry, loader);
  if (declarations.length === 0) return resolveConfig(entry, loader);
  const { registry, rules, problems } = await loadCustomFunctions(declarations, options.allowFunctions === true, fence);
  if (problems.length > 0) throw new ConfigError(problems);
  return resolveConfig(entry, loader, registry, rules);
}

function isInsideDir(dir: string, file: string): boolean {
  const r = relative(resolve(dir), file);
  return !r.startsWith('..') && !isAbsolute(r);
}

function readDiscovered(found: string, root: string) {
  try {
    return readConfigFile(found, { root });
  } catch (e) {
    throw new UsageError(`cannot read the config: ${(e as Error).message}`);
  }
}

function readConfigArgument(cwd: string, root: string, configPath: string) {
  if (configPath.startsWith(BUILTIN_PREFIX)) return builtinRuleset(configPath);
  try {
    return readConfigFile(resolve(cwd, configPath), { root, namedByUser: true });
  } catch (e) {
    throw new UsageError(`cannot read the config ${configPath}: ${e instanceof UnsafeFileError && e.reason === 'missing' ? 'no such file' : (e as Error).message}`);
  }
}

/** A baseline far larger than any real one is refused before it is read (a link to /dev/zero, a padded file). */
export const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/** The baseline's text: a regular file inside the repository (unless named outside it), at most 32 MiB, UTF-8. */
export function readBaseline(path: string, root: string, display: string): string {
  const decoded = decodeUtf8(readTrustedFile(path, { root, maxBytes: MAX_BASELINE_BYTES, what: 'the baseline', display, namedByUser: true }));
  if (!('text' in decoded)) throw new Error(`it is not valid UTF-8 at line ${decoded.line}, column ${decoded.column}`);
  return decoded.text;
}
