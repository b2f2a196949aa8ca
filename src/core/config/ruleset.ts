import type { Step } from '../json/simple-path.js';
import { BUILTIN_FUNCTIONS } from '../rules/functions/index.js';
import type { OptionSchema, RuleFunction } from '../rules/function.js';
import { CONFIG_SCHEMA, OPTION_VALIDATORS, validateConfig } from '../../generated/config-validators.js';
import { SEVERITIES } from './config-schema.js';
import { configProblems, optionProblems } from './schema-errors.js';
import { closest } from '../rules/describe.js';
import type { Position, SeverityOrOff } from '../types.js';
import { compileFilesGlob, GlobError, type GlobMatcher } from './glob.js';
import { parseJsonPath } from './jsonpath-guard.js';
import { ConfigPattern, PatternError } from './pattern.js';
import { describeKind, plain, type ConfigProblem, type YNode } from './yaml-tree.js';

/** One `then` clause of a rule, with its function looked up and its options checked and compiled. */
export interface Then {
  /** Spectral's `field`, a dotted member path below each `given` value: split once when the config is read. */
  readonly field?: readonly string[];
  readonly functionName: string;
  readonly fn: RuleFunction<never>;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Origin {
  readonly file: string;
  readonly at: Position;
}

export interface RuleDefinition {
  readonly id: string;
  readonly description?: string;
  readonly message?: string;
  readonly severity: SeverityOrOff;
  readonly given: readonly GivenPath[];
  readonly then: readonly Then[];
  readonly documentationUrl?: string;
  /** Where the rule was defined, and where its severity/options were last set. */
  readonly definedIn: Origin;
  readonly setIn: Origin;
}

/** A `given` JSONPath, parsed once when the config is read: the steps are all that is ever evaluated. */
export interface GivenPath {
  /** As written in the config, for messages and --print-config. */
  readonly text: string;
  readonly steps: readonly Step[];
  /** Where it was written, for problems found while linting (a path over its caps). */
  readonly at: Origin;
}

/** What a config says about one rule id. */
export type RuleEntry =
  | { readonly kind: 'set'; readonly origin: Origin; readonly severity?: SeverityOrOff; readonly options?: YNode }
  | { readonly kind: 'define'; readonly rule: RuleDefinition };

export interface Override {
  /** The `files` globs, compiled when the config is read. */
  readonly files: readonly GlobMatcher[];
  /** Folder the globs are relative to: the config file's folder. */
  readonly baseDir: string;
  readonly rules: ReadonlyMap<string, RuleEntry>;
  readonly origin: Origin;
}

export interface RulesetFile {
  readonly file: string;
  /** `flows`: references (ARN, id, name) mapped to the repository file (and flow name) they mean. */
  readonly flows: ReadonlyMap<string, { readonly file: string; readonly name?: string }>;
  readonly extends: ReadonlyArray<{ readonly ref: string; readonly origin: Origin }>;
  readonly rules: ReadonlyMap<string, RuleEntry>;
  readonly overrides: readonly Override[];
}

export { SEVERITIES };

function entriesOf(node: YNode): ReadonlyArray<{ key: string; keyAt: Position; value: YNode }> {
  return node.kind === 'map' ? node.entries : [];
}

/** Functions a config may call: the built-ins, plus custom ones loaded by the adapter (see functions.ts). */
export type FunctionRegistry = ReadonlyMap<string, RuleFunction<never>>;

/**
 * Reads and checks one config file's tree. Problems are collected, not thrown, so the user sees them all.
 * The shape is checked by the config's schema (config-schema.ts, compiled at build time); the reading below
 * skips what the schema reported and checks what a schema cannot: JSONPaths (parsed by the guard), globs,
 * regular expressions (compiled by RE2), function names and each function's options (against the function a
 * rule really runs, which may come from an extended file or a custom function).
 */
export function readRuleset(file: string, baseDir: string, tree: YNode, problems: ConfigProblem[], functions: FunctionRegistry = BUILTIN_FUNCTIONS): RulesetFile {
  const at = (node: { at: Position } | Position): Origin => ({ file, at: 'at' in node ? node.at : node });
  const problem = (where: Position, message: string): void => {
    problems.push({ file, at: where, message });
  };
  const result = { file, extends: [] as Array<{ ref: string; origin: Origin }>, rules: new Map<string, RuleEntry>(), overrides: [] as Override[], flows: new Map<string, { file: string; name?: string }>() };
  if (tree.kind === 'scalar' && tree.value === null) return result;
  if (!validateConfig(plain(tree))) problems.push(...configProblems(file, tree, validateConfig.errors ?? [], CONFIG_SCHEMA, [...functions.keys()]));
  if (tree.kind !== 'map') return result;
  const text = (n: YNode): string | undefined => (n.kind === 'scalar' && typeof n.value === 'string' && n.value !== '' ? n.value : undefined);
  const oneOrMany = (n: YNode): readonly YNode[] => (n.kind === 'seq' ? n.items : [n]);
  for (const { key, value } of tree.entries) {
    if (key === 'extends') {
      for (const item of value.kind === 'scalar' && value.value === null ? [] : oneOrMany(value)) {
        const ref = text(item);
        if (ref !== undefined) result.extends.push({ ref, origin: at(item) });
      }
    } else if (key === 'rules') {
      readRules(value, result.rules);
    } else if (key === 'overrides' && value.kind === 'seq') {
      for (const item of value.items) {
        if (item.kind !== 'map') continue;
        const files: GlobMatcher[] = [];
        const rules = new Map<string, RuleEntry>();
        for (const e of item.entries) {
          if (e.key === 'files') {
            for (const g of oneOrMany(e.value)) {
              const glob = text(g);
              if (glob === undefined) continue;
              try {
                files.push(compileFilesGlob(glob));
              } catch (err) {
                if (!(err instanceof GlobError)) throw err;
                const textAt = (g.kind === 'scalar' ? g.textAt : undefined) ?? g.at;
                const shift = glob.startsWith('./') ? 2 : 0;
                problem({ line: textAt.line, column: textAt.column + err.offset + shift }, `invalid glob in "files" (${JSON.stringify(glob)}): ${err.message}`);
              }
            }
          } else if (e.key === 'rules') readRules(e.value, rules);
        }
        result.overrides.push({ files, baseDir, rules, origin: at(item) });
      }
    } else if (key === 'flows' && value.kind === 'map') {
      for (const e of value.entries) {
        const target = text(e.value);
        if (target === undefined) continue;
        const [path, name] = target.split('#', 2) as [string, string | undefined];
        result.flows.set(e.key, { file: baseDir === '' ? path : `${baseDir}/${path}`.replace(/\/\.\//g, '/'), ...(name ? { name } : {}) });
      }
    }
    // `tests` (read by src/cli/test-command.ts) and `functions`/`functionsDir` (read by the adapter before
    // resolution, function-declarations.ts) have nothing to check beyond their shape.
  }
  return result;

  function readRules(node: YNode, into: Map<string, RuleEntry>): void {
    for (const { key, keyAt, value } of entriesOf(node)) {
      const entry = readRuleEntry(key, keyAt, value);
      if (entry) into.set(key, entry);
    }
  }

  function severityOf(node: YNode): SeverityOrOff | undefined {
    const raw = node.kind === 'scalar' ? node.value : undefined;
    if (typeof raw === 'string' && (SEVERITIES as readonly string[]).includes(raw)) return raw as SeverityOrOff;
    return raw === false ? 'off' : undefined;
  }

  function readRuleEntry(id: string, keyAt: Position, value: YNode): RuleEntry | undefined {
    if (id === 'parse-error') return undefined;
    if (value.kind === 'scalar') {
      const severity = severityOf(value);
      return severity ? { kind: 'set', origin: at(value), severity } : undefined;
    }
    if (value.kind === 'seq') {
      // ESLint's form: [severity, options]
      const [sev, opts, ...rest] = value.items;
      const severity = sev && rest.length === 0 ? severityOf(sev) : undefined;
      return severity ? { kind: 'set', origin: at(value), severity, options: opts } : undefined;
    }
    const has = (k: string): boolean => value.entries.some((e) => e.key === k);
    if (!has('given') && !has('then')) {
      let severity: SeverityOrOff | undefined;
      let options: YNode | undefined;
      for (const e of value.entries) {
        if (e.key === 'severity') severity = severityOf(e.value);
        else if (e.key === 'options' || e.key === 'functionOptions') options = e.value;
      }
      return { kind: 'set', origin: at(value), severity, options };
    }
    const rule = readRuleDefinition(id, keyAt, value);
    return rule ? { kind: 'define', rule } : undefined;
  }

  function readRuleDefinition(id: string, keyAt: Position, node: YNode): RuleDefinition | undefined {
    const before = problems.length;
    const str = (n: YNode): string | undefined => (n.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined);
    let description: string | undefined;
    let message: string | undefined;
    let documentationUrl: string | undefined;
    let severity: SeverityOrOff = 'warn';
    const given: GivenPath[] = [];
    const then: Then[] = [];
    let complete = 0;
    for (const e of entriesOf(node)) {
      if (e.key === 'description') description = str(e.value);
      else if (e.key === 'message') message = str(e.value);
      else if (e.key === 'documentationUrl') documentationUrl = str(e.value);
      else if (e.key === 'severity') severity = severityOf(e.value) ?? severity;
      else if (e.key === 'given') {
        complete++;
        for (const item of oneOrMany(e.value)) {
          const path = str(item);
          if (path === undefined) continue;
          const parsed = parseJsonPath(path);
          const textAt = (item.kind === 'scalar' ? item.textAt : undefined) ?? item.at;
          if ('offset' in parsed) problem({ line: textAt.line, column: textAt.column + parsed.offset }, `invalid JSONPath in "given" (${JSON.stringify(path)}): ${parsed.message}`);
          else {
            given.push({ text: path, steps: parsed.steps, at: at(textAt) });
          }
        }
      } else if (e.key === 'then') {
        complete++;
        for (const item of oneOrMany(e.value)) {
          const t = readThen(item);
          if (t) then.push(t);
        }
      }
    }
    // A rule with a problem is left undefined: its id then stays unknown rather than half defined.
    if (complete < 2 || problems.length > before) return undefined;
    const origin = at(keyAt);
    return { id, description, message, severity, given, then, documentationUrl, definedIn: origin, setIn: origin };
  }

  function readThen(node: YNode): Then | undefined {
    if (node.kind !== 'map') return undefined;
    let field: string | undefined;
    let fnName: string | undefined;
    let fnAt: Position = node.at;
    let optionsNode: YNode | undefined;
    for (const e of node.entries) {
      if (e.key === 'field' && e.value.kind === 'scalar' && typeof e.value.value === 'string') field = e.value.value;
      else if (e.key === 'function' && e.value.kind === 'scalar' && typeof e.value.value === 'string') {
        fnName = e.value.value;
        fnAt = e.value.at;
      } else if (e.key === 'functionOptions') optionsNode = e.value;
    }
    if (fnName === undefined) return undefined;
    const fn = functions.get(fnName);
    if (!fn) {
      const near = closest(fnName, functions.keys());
      problem(fnAt, `unknown function "${fnName}"${near ? `: did you mean "${near}"?` : ''} (built-in functions: ${[...BUILTIN_FUNCTIONS.keys()].join(', ')}; a ruleset adds its own with "functions: [name]")`);
      return undefined;
    }
    const options = compileOptions(fn, optionsNode, node.at, file, problems);
    return options ? { ...(field !== undefined ? { field: field.split('.') } : {}), functionName: fnName, fn, options } : undefined;
  }
}

/** The value an option had in the config, for checking options set over a rule's own (compiled) ones. */
function written(v: unknown): unknown {
  if (v instanceof ConfigPattern) return v.source;
  return Array.isArray(v) ? v.map(written) : v;
}

/**
 * Checks options against the function's schema (its validator: generated at build time for the built-in
 * functions, compiled when loaded for a custom one) and compiles regex strings to ConfigPatterns (RE2).
 * `base`: the rule's own options, which `node` is set over.
 */
export function compileOptions(
  fn: RuleFunction<never>,
  node: YNode | undefined,
  fallback: Position,
  file: string,
  problems: ConfigProblem[],
  base: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> | undefined {
  const given = node === undefined || (node.kind === 'scalar' && node.value === null) ? undefined : node;
  if (fn.anyOptions) {
    if (given && given.kind !== 'map') {
      problems.push({ file, at: given.at, message: `options of "${fn.name}" must be a mapping, not ${describeKind(given)}` });
      return undefined;
    }
    return { ...base, ...(given ? (plain(given) as Record<string, unknown>) : {}) };
  }
  const validate = fn.validateOptions ?? (Object.hasOwn(OPTION_VALIDATORS, fn.name) ? OPTION_VALIDATORS[fn.name] : undefined);
  if (!validate) throw new Error(`function "${fn.name}" has no options validator`);
  const data = given && given.kind !== 'map' ? plain(given) : { ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, written(v)])), ...(given ? (plain(given) as object) : {}) };
  if (!validate(data)) {
    problems.push(...optionProblems(file, fn.name, fn.options, given, node?.at ?? fallback, validate.errors ?? []));
    return undefined;
  }
  const before = problems.length;
  const out: Record<string, unknown> = { ...base };
  for (const { key, value } of entriesOf(given ?? { kind: 'scalar', at: fallback, value: null })) {
    const compiled = compileOption(key, Object.hasOwn(fn.options.properties, key) ? fn.options.properties[key] : undefined, value, (where, message) => problems.push({ file, at: where, message }));
    if (compiled !== undefined) out[key] = compiled;
  }
  if (problems.length === before && fn.validate) {
    const error = fn.validate(out as never);
    if (error) problems.push({ file, at: node?.at ?? fallback, message: `options of "${fn.name}": ${error}` });
  }
  return problems.length > before ? undefined : out;
}

export { MAX_PATTERN_INPUT } from './pattern.js';

/** What the schema cannot check of one valid option: its regular expressions compile on RE2, its numbers are finite. */
function compileOption(key: string, spec: OptionSchema | undefined, node: YNode, problem: (at: Position, m: string) => void): unknown {
  const regex = (n: YNode): ConfigPattern | undefined => {
    const v = plain(n) as string;
    try {
      return ConfigPattern.compile(v);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problem(n.at, `option "${key}": /${v}/ is ${e.message.startsWith('not a valid') ? '' : 'not accepted: '}${e.message}`);
      return undefined;
    }
  };
  if (spec?.format === 'regex') return regex(node);
  if (spec?.type === 'array' && spec.items?.format === 'regex' && node.kind === 'seq') {
    const out = node.items.map(regex);
    return out.every((r) => r !== undefined) ? out : undefined;
  }
  const value = plain(node);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    problem(node.at, `option "${key}" must be a number, not ${describeKind(node)}`);
    return undefined;
  }
  return value;
}
