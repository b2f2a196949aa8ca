import { existsSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FunctionDeclaration } from '../core/config/function-declarations.js';
import type { FunctionRegistry, RuleDefinition } from '../core/config/ruleset.js';
import type { Rule } from '../rules/api.js';
import { definitionOf, functionOf } from '../rules/adapter.js';
import { RULE_DEFINITIONS } from '../rules/index.js';
import type { ConfigProblem } from '../core/config/yaml-tree.js';
import { optionsCompiler } from '../core/config/options-compiler.js';
import { NO_OPTIONS, optionsSchemaOf, type OptionsSchema, type OptionsValidator, type RuleFunction } from '../core/rules/function.js';
import { BUILTIN_FUNCTIONS } from '../core/rules/functions/index.js';
import { isWithin } from './safe-fs.js';
import { installedPackageOf, whyNotInstalled } from './config-files.js';


/** Compiles a custom function's options schema (ajv, loaded only when a ruleset brings functions). */
type Compile = (schema: OptionsSchema) => OptionsValidator;

/** A module written with defineRule (connect-flow-lint/rule): `meta` with an id and messages, and `check`. */
function isRule(exported: unknown): exported is Rule<never> {
  if (typeof exported !== 'object' || exported === null) return false;
  const { meta, check } = exported as { meta?: { id?: unknown; messages?: unknown }; check?: unknown };
  return typeof check === 'function' && typeof meta === 'object' && meta !== null && typeof meta.id === 'string' && typeof meta.messages === 'object' && meta.messages !== null;
}

function asRuleFunction(name: string, exported: unknown, compile: Compile): RuleFunction<never> | string {
  if (isRule(exported)) {
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(exported.meta.id)) return `its rule id "${exported.meta.id}" must be kebab-case (greeting-names-company)`;
    let validateOptions: OptionsValidator;
    try {
      validateOptions = compile(exported.meta.options ?? NO_OPTIONS);
    } catch (err) {
      return `its meta.options is not a valid JSON Schema: ${(err as Error).message}`;
    }
    // Named as the ruleset declares it, so `then.function` finds it under that name too.
    return { ...functionOf(exported), name, validateOptions };
  }
  if (typeof exported === 'function') {
    // A bare function, Spectral style: options are passed through unchecked.
    const fn = exported as (t: unknown, o: unknown, c: unknown) => unknown;
    return { name, options: NO_OPTIONS, anyOptions: true, run: (t, o, c) => normalise(name, fn(t, o, c)) };
  }
  if (typeof exported === 'object' && exported !== null && typeof (exported as { run?: unknown }).run === 'function') {
    const e = exported as { options?: unknown; validate?: RuleFunction<never>['validate']; run: (t: unknown, o: unknown, c: unknown) => unknown };
    // Options declared as JSON Schema, or in the short format ({ name: { type, description, required } }).
    const options = optionsSchemaOf(e.options);
    if (typeof options === 'string') return options;
    let validateOptions: OptionsValidator;
    try {
      validateOptions = compile(options);
    } catch (err) {
      return `its options are not a valid JSON Schema: ${(err as Error).message}`;
    }
    return { name, options, validateOptions, ...(e.validate ? { validate: e.validate } : {}), run: (t, o, c) => normalise(name, e.run(t, o, c)) };
  }
  return `its default export must be a rule (defineRule from connect-flow-lint/rule), a function (target, options, context) => results, or { options, run }`;
}

function normalise(name: string, results: unknown): ReturnType<RuleFunction['run']> {
  if (results === undefined || results === null) return [];
  if (!Array.isArray(results) || !results.every((r) => typeof r === 'object' && r !== null && typeof (r as { message?: unknown }).message === 'string')) {
    throw new Error(`custom function "${name}" must return an array of { message, path? } (or nothing)`);
  }
  return results as ReturnType<RuleFunction['run']>;
}

/**
 * Loads the custom functions rulesets declare, as ES modules. Only a function of an installed package runs
 * without `allowLocal` (--allow-functions): a package the loader found in node_modules and that git does not
 * track (npm installed it; a pull request can only add tracked files), declared by a ruleset of that same
 * package. Everything else in the repository — whatever its folder is called, node_modules included — may come
 * from a stranger's pull request. With `allowLocal`, functions still must be inside the repository (`root`).
 * Problems are returned with the ruleset file they come from.
 */
export async function loadCustomFunctions(
  declarations: readonly FunctionDeclaration[],
  allowLocal: boolean,
  root: string = process.cwd(),
): Promise<{ registry: FunctionRegistry; rules: RuleDefinition[]; problems: ConfigProblem[] }> {
  const registry = new Map(BUILTIN_FUNCTIONS);
  // Rule modules define their rule (off, like the built-in ones) for every config that loads them.
  const rules: RuleDefinition[] = [];
  const builtinIds = new Set(RULE_DEFINITIONS.map((r) => r.id));
  const problems: ConfigProblem[] = [];
  const at = { line: 1, column: 1 };
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  for (const d of declarations) {
    for (const name of d.names) {
      const file = join(d.dir, `${name}.js`);
      const problem = (message: string): void => {
        problems.push({ file: d.rulesetFile, at: d.at?.get(name) ?? at, message: `function "${name}": ${message}` });
      };
      if (BUILTIN_FUNCTIONS.has(name)) {
        problem('is the name of a built-in function: give yours another name');
        continue;
      }
      if (!existsSync(file)) {
        problem(`${file} does not exist (functions are loaded from <functionsDir>/<name>.js, functionsDir defaulting to "functions")`);
        continue;
      }
      const real = realpathSync(file);
      if (relative(realpathSync(d.dir), real).startsWith('..')) {
        problem(`${file} resolves outside its functions folder`);
        continue;
      }
      const pkg = installedPackageOf(real);
      const trusted = pkg !== undefined && installedPackageOf(realOrSelfPath(d.rulesetFile)) === pkg;
      if (!trusted && !allowLocal) {
        const why = whyNotInstalled(real);
        problem(`${relative(process.cwd(), real)} is JavaScript from the repository${why ? ` (${why})` : ''}, which a pull request can change: run with --allow-functions (Action input allow-functions: true) to trust it, or publish the ruleset as an npm package (only an installed package, which git does not track, runs without it; a folder's name, node_modules included, does not count)`);
        continue;
      }
      if (!trusted && !isWithin(realRoot, real)) {
        problem(`${file} is outside the repository (${realRoot}): --allow-functions trusts the repository's own files, not other files on this machine`);
        continue;
      }
      try {
        // webpackIgnore keeps the bundler from rewriting this into its own module table: the file is loaded at run time.
        const mod = (await import(/* webpackIgnore: true */ pathToFileURL(real).href)) as { default?: unknown };
        const exported = mod.default ?? (mod as Record<string, unknown>)[name];
        const fn = asRuleFunction(name, exported, await optionsCompiler());
        if (typeof fn === 'string') problem(fn);
        else if (isRule(exported) && (builtinIds.has(exported.meta.id) || rules.some((r) => r.id === exported.meta.id))) problem(`its rule id "${exported.meta.id}" is already defined${builtinIds.has(exported.meta.id) ? ' by a built-in rule' : ''}: give it another id`);
        else {
          registry.set(name, fn);
          if (isRule(exported)) rules.push({ ...definitionOf(exported, fn, false), definedIn: { file: d.rulesetFile, at: d.at?.get(name) ?? at }, setIn: { file: d.rulesetFile, at: d.at?.get(name) ?? at } });
        }
      } catch (e) {
        problem(`cannot be loaded: ${(e as Error).message}`);
      }
    }
  }
  return { registry, rules, problems };
}

function realOrSelfPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
