import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILTIN_PREFIX, type ConfigLoader, type ConfigText } from '../core/config/resolve.js';
import { BUILTIN_RULESETS } from '../generated/builtin-rulesets.js';
import { BUILTIN_TREES } from '../generated/builtin-trees.js';
import { isTracked } from './repository.js';
import { decodeUtf8, isWithin, present, readTrustedFile, realOrSelf, UnsafeFileError } from './safe-fs.js';

export const CONFIG_NAMES = ['.connect-flow-lint.yaml', '.connect-flow-lint.yml'];
export const MAX_CONFIG_BYTES = 1024 * 1024;

const toPosix = (p: string): string => p.replace(/\\/g, '/');

/** The nearest config from `cwd` upward, as ESLint and Spectral find theirs — but never above `root`. */
export function discoverConfig(cwd: string, root: string = cwd): string | undefined {
  const realRoot = realOrSelf(root);
  for (let dir = realOrSelf(cwd); isWithin(realRoot, dir); dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (present(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
  return undefined;
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}


export interface ConfigReadOptions {
  /** The repository root: the config's real path must be inside it (or inside `alsoWithin`). */
  readonly root: string;
  /** The user typed the path (--config, the config input): it may name a file outside the repository. */
  readonly namedByUser?: boolean;
  /** An installed package's real folder outside the repository (npm link). */
  readonly alsoWithin?: string;
}

/**
 * Reads a config file through the repository fence: a regular file, inside the repository, at most 1 MiB,
 * valid UTF-8. A refusal says which file and why, and never quotes it.
 */
export function readConfigFile(path: string, options: ConfigReadOptions = { root: dirname(resolve(path)) }): ConfigText {
  const bytes = readTrustedFile(path, { root: options.root, maxBytes: MAX_CONFIG_BYTES, what: 'the config', display: path, ...(options.namedByUser ? { namedByUser: true } : {}), ...(options.alsoWithin ? { alsoWithin: options.alsoWithin } : {}) });
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    throw new UnsafeFileError(path, 'io', `${path}:${decoded.line}:${decoded.column}: the config is not valid UTF-8 (byte ${decoded.offset} is not a UTF-8 character): save it as UTF-8`);
  }
  return { file: toPosix(resolve(options.root, path)), text: decoded.text };
}

export function builtinRuleset(ref: string): ConfigText {
  const name = ref.slice(BUILTIN_PREFIX.length);
  const text = Object.hasOwn(BUILTIN_RULESETS, name) ? BUILTIN_RULESETS[name] : undefined;
  if (text === undefined) throw new Error(`there is no built-in ruleset "${ref}" (built-in: ${Object.keys(BUILTIN_RULESETS).map((n) => BUILTIN_PREFIX + n).join(', ')})`);
  return { file: ref, text, tree: BUILTIN_TREES[name] };
}

/** A package reference: `@scope/name`, `name`, optionally followed by a path inside the package. */
const PACKAGE_REF = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.+))?$/i;

const isInside = (dir: string, file: string): boolean => file !== dir && isWithin(dir, file);

/** A package found in a node_modules folder of the repository. */
interface FoundPackage {
  /** Real path of its folder. */
  readonly dir: string;
  /**
   * Installed, not committed: git tracks nothing at its path nor at its real path. Only an installed
   * package's JavaScript runs without --allow-functions, and only it may live outside the repository.
   */
  readonly installed: boolean;
  /** Why it is not installed, for the message that refuses its functions. */
  readonly why?: string;
}

/** Real folders of the installed packages a loader has found: the only place code runs from without the opt-in. */
const installedPackages = new Set<string>();

/** Why a package a loader found is not trusted as installed, by its real folder. */
const distrusted = new Map<string, string>();

/** The installed package folder holding `realFile`, if any loader found one. */
export function installedPackageOf(realFile: string): string | undefined {
  return [...installedPackages].find((p) => isInside(p, realFile));
}

/** Why the package holding `realFile` is not trusted as installed, when a loader found one there. */
export function whyNotInstalled(realFile: string): string | undefined {
  for (const [dir, why] of distrusted) if (isInside(dir, realFile)) return why;
  return undefined;
}

/**
 * Resolves `extends` entries: built-in names, paths relative to the config that names them, and installed
 * npm packages (`@acme/policy` or `@acme/policy/strict.yaml`). Configs come from pull requests, so a path may
 * not leave `root` (the repository being linted) — or, inside a package, the package's own folder — once
 * links are resolved; packages are looked up in node_modules folders from the config's folder up to `root`,
 * never above it.
 */
export function createLoader(root: string): ConfigLoader {
  const realRoot = realOrSelf(root);
  const packages: FoundPackage[] = [];
  const packageOf = (file: string): FoundPackage | undefined => packages.find((p) => isInside(p.dir, file));

  /** node_modules folders from `fromDir` up to the repository root (or up to the package it is in, then the root). */
  const lookupDirs = (fromDir: string): string[] => {
    const out: string[] = [];
    const stop = packageOf(join(fromDir, 'x'))?.dir;
    const fence = isWithin(realRoot, fromDir) ? realRoot : stop;
    if (fence) for (let dir = fromDir; isWithin(fence, dir); dir = dirname(dir)) {
      out.push(dir);
      if (dirname(dir) === dir) break;
    }
    if (!out.includes(realRoot)) out.push(realRoot);
    return out;
  };

  const findPackage = (name: string, fromDir: string): FoundPackage | undefined => {
    for (const dir of lookupDirs(realOrSelf(fromDir))) {
      const candidate = join(dir, 'node_modules', name);
      if (!existsSync(join(candidate, 'package.json'))) continue;
      const real = realpathSync(candidate);
      // A committed link on the way (node_modules itself, or the @scope folder) would lead git's answer
      // elsewhere: each link between the lookup folder and the package is asked about too.
      const linksOnTheWay = [join(dir, 'node_modules'), ...(name.includes('/') ? [join(dir, 'node_modules', name.split('/')[0]!)] : [])].filter(isLink);
      const answers = [candidate, real, ...linksOnTheWay].map((p) => isTracked(realRoot, p));
      const trackedAt = answers.includes(undefined) ? undefined : answers.includes(true);
      const installed = trackedAt === false;
      const why =
        trackedAt === undefined
          ? `git cannot say whether ${name} was installed or committed (${realRoot} is not a git checkout)`
          : installed
            ? undefined
            : `${name} is committed to the repository (git tracks it), not installed`;
      if (!installed && !isWithin(realRoot, real)) {
        throw new Error(`the package ${name} is a link out of the repository that ${why ?? 'is not installed'}: it is not read; install the package (npm install) instead of committing it`);
      }
      if (installed) installedPackages.add(real);
      else if (why) distrusted.set(real, why);
      const found = { dir: real, installed, ...(why ? { why } : {}) };
      packages.push(found);
      return found;
    }
    return undefined;
  };

  const read = (file: string, pkg: FoundPackage | undefined): ConfigText =>
    readConfigFile(file, pkg ? { root: realRoot, alsoWithin: pkg.dir } : { root: realRoot });

  return (ref, fromFile) => {
    if (ref.startsWith(BUILTIN_PREFIX)) return builtinRuleset(ref);
    if (fromFile.startsWith(BUILTIN_PREFIX)) throw new Error('a built-in ruleset cannot extend a file');
    if (ref.startsWith('.') || ref.startsWith('/')) {
      const path = resolve(dirname(fromFile), ref);
      const pkg = packageOf(fromFile);
      const fence = pkg?.dir ?? realRoot;
      if (!existsSync(path)) throw new Error(`${path} does not exist`);
      // The real path is what is read, so it is what the fence checks.
      const real = realpathSync(path);
      if (!isInside(fence, real)) throw new Error(`${ref} resolves (links followed) to a file outside ${fence}, so it was not read: a config may only extend files inside the repository (or inside its own package)`);
      return read(real, pkg);
    }
    const m = PACKAGE_REF.exec(ref);
    if (!m) throw new Error(`"${ref}" is neither a built-in ruleset (${BUILTIN_PREFIX}recommended), a relative path (./policy.yaml) nor a package name (@acme/connect-flow-policy)`);
    const [, name, sub] = m;
    const pkg = findPackage(name!, dirname(fromFile));
    if (!pkg) throw new Error(`the package ${name} is not installed: run npm install --save-dev ${name}`);
    const file = sub ? resolve(pkg.dir, sub) : packageRuleset(pkg, name!, realRoot);
    if (!isInside(pkg.dir, file)) throw new Error(`${ref} points outside the package ${name}`);
    if (!existsSync(file)) throw new Error(`${file} does not exist in the package ${name}`);
    const real = realpathSync(file);
    if (!isInside(pkg.dir, real)) throw new Error(`${ref} is a link that resolves outside the package ${name}, so it was not read`);
    return read(real, pkg);
  };
}

/** The ruleset a package offers: its package.json "connect-flow-lint" field, else ruleset.yaml/.yml. */
function packageRuleset(pkg: FoundPackage, name: string, realRoot: string): string {
  let declared: unknown;
  try {
    const bytes = readTrustedFile(join(pkg.dir, 'package.json'), { root: realRoot, alsoWithin: pkg.dir, maxBytes: MAX_CONFIG_BYTES, what: `the package.json of ${name}` });
    declared = (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>)['connect-flow-lint'];
  } catch (e) {
    throw new Error(e instanceof UnsafeFileError ? e.message : `the package.json of ${name} cannot be read: ${(e as Error).message}`);
  }
  if (typeof declared === 'string') return resolve(pkg.dir, declared);
  for (const f of ['ruleset.yaml', 'ruleset.yml', '.connect-flow-lint.yaml']) if (existsSync(join(pkg.dir, f))) return join(pkg.dir, f);
  throw new Error(`the package ${name} names no ruleset: add "connect-flow-lint": "./ruleset.yaml" to its package.json, or extend "${name}/<file>.yaml"`);
}

/** A loader without a repository fence, for trusted callers (tests, print-config of built-ins). */
export const loadExtends: ConfigLoader = createLoader('/');
