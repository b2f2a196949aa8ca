import type { Step } from '../json/simple-path.js';
import { BUILTIN_FUNCTIONS } from '../rules/functions/index.js';
import type { OptionSpec, RuleFunction } from '../rules/function.js';
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

export const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warn', 'info', 'off'];
const SEVERITY_ALIASES: Readonly<Record<string, SeverityOrOff>> = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off' };

function entriesOf(node: YNode): ReadonlyArray<{ key: string; keyAt: Position; value: YNode }> {
  return node.kind === 'map' ? node.entries : [];
}

/** Reads and checks one config file's tree. Problems are collected, not thrown, so the user sees them all. */
/** Functions a config may call: the built-ins, plus custom ones loaded by the adapter (see functions.ts). */
export type FunctionRegistry = ReadonlyMap<string, RuleFunction<never>>;

export function readRuleset(file: string, baseDir: string, tree: YNode, problems: ConfigProblem[], functions: FunctionRegistry = BUILTIN_FUNCTIONS): RulesetFile {
  const at = (node: { at: Position } | Position): Origin => ({ file, at: 'at' in node ? node.at : node });
  const problem = (where: Position, message: string): void => {
    problems.push({ file, at: where, message });
  };
  const result = { file, extends: [] as Array<{ ref: string; origin: Origin }>, rules: new Map<string, RuleEntry>(), overrides: [] as Override[], flows: new Map<string, { file: string; name?: string }>() };
  if (tree.kind === 'scalar' && tree.value === null) return result;
  if (tree.kind !== 'map') {
    problem(tree.at, `a config must be a mapping with "extends", "rules" and "overrides", not ${describeKind(tree)}`);
    return result;
  }
  for (const { key, keyAt, value } of tree.entries) {
    // A key left empty (its entries commented out, as in the starter config) means "none".
    if (value.kind === 'scalar' && value.value === null && ['extends', 'rules', 'overrides', 'functions'].includes(key)) continue;
    if (key === 'extends') {
      const items = value.kind === 'seq' ? value.items : [value];
      for (const item of items) {
        if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') result.extends.push({ ref: item.value, origin: at(item) });
        else problem(item.at, `"extends" takes ruleset names ("connect-flow-lint:recommended") or relative paths, not ${describeKind(item)}`);
      }
    } else if (key === 'rules') {
      readRules(value, result.rules);
    } else if (key === 'overrides') {
      if (value.kind !== 'seq') {
        problem(value.at, `"overrides" must be a list of { files, rules }, not ${describeKind(value)}`);
        continue;
      }
      for (const item of value.items) {
        const files: GlobMatcher[] = [];
        const rules = new Map<string, RuleEntry>();
        if (item.kind !== 'map') {
          problem(item.at, `each override must be a mapping with "files" and "rules", not ${describeKind(item)}`);
          continue;
        }
        for (const e of item.entries) {
          if (e.key === 'files') {
            const globs = e.value.kind === 'seq' ? e.value.items : [e.value];
            for (const g of globs) {
              if (g.kind === 'scalar' && typeof g.value === 'string' && g.value !== '') {
                try {
                  files.push(compileFilesGlob(g.value));
                } catch (e) {
                  if (!(e instanceof GlobError)) throw e;
                  const textAt = g.textAt ?? g.at;
                  const shift = g.value.startsWith('./') ? 2 : 0;
                  problem({ line: textAt.line, column: textAt.column + e.offset + shift }, `invalid glob in "files" (${JSON.stringify(g.value)}): ${e.message}`);
                }
              } else problem(g.at, `"files" takes glob patterns such as "flows/modules/**", not ${describeKind(g)}`);
            }
          } else if (e.key === 'rules') readRules(e.value, rules);
          else problem(e.keyAt, `unknown key "${e.key}" in an override: use "files" and "rules"`);
        }
        if (files.length === 0) problem(item.at, 'this override has no "files": say which files its rules apply to');
        result.overrides.push({ files, baseDir, rules, origin: at(item) });
      }
    } else if (key === 'flows') {
      if (value.kind !== 'map') {
        problem(value.at, `"flows" must map references (an ARN, an id or a name) to files, e.g. "arn:aws:connect:…/contact-flow/abc": flows/sub.json, not ${describeKind(value)}`);
        continue;
      }
      for (const e of value.entries) {
        if (e.value.kind !== 'scalar' || typeof e.value.value !== 'string' || e.value.value === '') {
          problem(e.value.at, `the flows entry "${e.key}" must be a file path (optionally with #FlowName), not ${describeKind(e.value)}`);
          continue;
        }
        const [path, name] = e.value.value.split('#', 2) as [string, string | undefined];
        result.flows.set(e.key, { file: baseDir === '' ? path : `${baseDir}/${path}`.replace(/\/\.\//g, '/'), ...(name ? { name } : {}) });
      }
    } else if (key === 'tests') {
      // Scenario files for `connect-flow-lint test`, read there (src/cli/test-command.ts); checked here so a typo is a config error.
      if (!(value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && typeof i.value === 'string' && i.value !== ''))) problem(value.at, '"tests" must be a list of scenario files or globs relative to this file (tests: ["flows/**/*.test.yaml"])');
    } else if (key === 'functions' || key === 'functionsDir') {
      // Read by the adapter before resolution (functions.ts), which loads the modules they name.
      const ok = key === 'functionsDir' ? value.kind === 'scalar' && typeof value.value === 'string' : value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && typeof i.value === 'string' && /^[A-Za-z_$][\w$]*$/.test(i.value));
      if (!ok) problem(value.at, key === 'functionsDir' ? '"functionsDir" must be a folder path relative to this file' : '"functions" must be a list of function names (each a JavaScript identifier, loaded from functions/<name>.js next to this file)');
    } else {
      const near = closest(key, ['extends', 'rules', 'overrides', 'functions', 'functionsDir', 'flows', 'tests']);
      problem(keyAt, `unknown key "${key}"${near ? `: did you mean "${near}"?` : ': a config has "extends", "rules", "overrides" and "functions"'}`);
    }
  }
  return result;

  function readRules(node: YNode, into: Map<string, RuleEntry>): void {
    if (node.kind !== 'map') {
      problem(node.at, `"rules" must be a mapping of rule ids to a severity or a rule, not ${describeKind(node)}`);
      return;
    }
    for (const { key, keyAt, value } of node.entries) {
      const entry = readRuleEntry(key, keyAt, value);
      if (entry) into.set(key, entry);
    }
  }

  function readSeverity(node: YNode): SeverityOrOff | undefined {
    const raw = node.kind === 'scalar' ? node.value : undefined;
    if (typeof raw === 'string' && (SEVERITIES as readonly string[]).includes(raw)) return raw as SeverityOrOff;
    if (raw === false) return 'off';
    const alias = typeof raw === 'string' && Object.hasOwn(SEVERITY_ALIASES, raw) ? SEVERITY_ALIASES[raw] : undefined;
    problem(node.at, `invalid severity ${node.kind === 'scalar' ? JSON.stringify(node.value) : describeKind(node)}: use one of ${SEVERITIES.join(', ')}${alias ? ` (did you mean "${alias}"?)` : ''}`);
    return undefined;
  }

  function readRuleEntry(id: string, keyAt: Position, value: YNode): RuleEntry | undefined {
    if (id === 'parse-error') {
      problem(keyAt, '"parse-error" cannot be configured: a file that is not valid JSON is always an error');
      return undefined;
    }
    if (value.kind === 'scalar') {
      const severity = readSeverity(value);
      return severity ? { kind: 'set', origin: at(value), severity } : undefined;
    }
    if (value.kind === 'seq') {
      // ESLint's form: [severity, options]
      const [sev, opts, ...rest] = value.items;
      if (!sev || rest.length > 0) {
        problem(value.at, 'a rule given as a list must be [severity] or [severity, options]');
        return undefined;
      }
      const severity = readSeverity(sev);
      return severity ? { kind: 'set', origin: at(value), severity, options: opts } : undefined;
    }
    const has = (k: string): boolean => value.entries.some((e) => e.key === k);
    if (!has('given') && !has('then')) {
      let severity: SeverityOrOff | undefined;
      let options: YNode | undefined;
      for (const e of value.entries) {
        if (e.key === 'severity') severity = readSeverity(e.value);
        else if (e.key === 'options' || e.key === 'functionOptions') options = e.value;
        else problem(e.keyAt, `unknown key "${e.key}" for rule "${id}": set "severity" and "options", or define the rule in full with "given" and "then"`);
      }
      return { kind: 'set', origin: at(value), severity, options };
    }
    const rule = readRuleDefinition(id, keyAt, value);
    return rule ? { kind: 'define', rule } : undefined;
  }

  function readRuleDefinition(id: string, keyAt: Position, node: YNode): RuleDefinition | undefined {
    const before = problems.length;
    let description: string | undefined;
    let message: string | undefined;
    let documentationUrl: string | undefined;
    let severity: SeverityOrOff = 'warn';
    const given: GivenPath[] = [];
    const then: Then[] = [];
    const text = (e: { key: string; value: YNode }): string | undefined => {
      if (e.value.kind === 'scalar' && typeof e.value.value === 'string') return e.value.value;
      problem(e.value.at, `"${e.key}" must be a string, not ${describeKind(e.value)}`);
      return undefined;
    };
    for (const e of entriesOf(node)) {
      switch (e.key) {
        case 'description':
          description = text(e);
          break;
        case 'message':
          message = text(e);
          break;
        case 'documentationUrl':
          documentationUrl = text(e);
          break;
        case 'severity':
          severity = readSeverity(e.value) ?? severity;
          break;
        case 'recommended':
        case 'formats':
          break;
        case 'given': {
          const items = e.value.kind === 'seq' ? e.value.items : [e.value];
          for (const item of items) {
            if (item.kind !== 'scalar' || typeof item.value !== 'string') {
              problem(item.at, `"given" must be a JSONPath string such as "$.Actions[*]", not ${describeKind(item)}`);
              continue;
            }
            const parsed = parseJsonPath(item.value);
            const textAt = item.textAt ?? item.at;
            if ('offset' in parsed) problem({ line: textAt.line, column: textAt.column + parsed.offset }, `invalid JSONPath in "given" (${JSON.stringify(item.value)}): ${parsed.message}`);
            else given.push({ text: item.value, steps: parsed.steps, at: at(textAt) });
          }
          break;
        }
        case 'then': {
          const items = e.value.kind === 'seq' ? e.value.items : [e.value];
          for (const item of items) {
            const t = readThen(item);
            if (t) then.push(t);
          }
          break;
        }
        default: {
          const near = closest(e.key, ['description', 'message', 'severity', 'given', 'then', 'documentationUrl']);
          problem(e.keyAt, `unknown key "${e.key}" in rule "${id}"${near ? `: did you mean "${near}"?` : ''}`);
        }
      }
    }
    if (!entriesOf(node).some((e) => e.key === 'given')) problem(keyAt, `rule "${id}" has "then" but no "given": add the JSONPath it applies to ("$" for the whole flow)`);
    if (!entriesOf(node).some((e) => e.key === 'then')) problem(keyAt, `rule "${id}" has "given" but no "then": add { function: ..., functionOptions: ... }`);
    if (problems.length > before) return undefined;
    const origin = at(keyAt);
    return { id, description, message, severity, given, then, documentationUrl, definedIn: origin, setIn: origin };
  }

  function readThen(node: YNode): Then | undefined {
    if (node.kind !== 'map') {
      problem(node.at, `"then" must be a mapping with "function" (and "field", "functionOptions"), not ${describeKind(node)}`);
      return undefined;
    }
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
      else problem(e.keyAt, `unexpected "${e.key}" in "then": it takes "field" (a string), "function" (a string) and "functionOptions"`);
    }
    if (!fnName) {
      problem(node.at, `"then" needs a "function": one of ${[...functions.keys()].join(', ')}`);
      return undefined;
    }
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

/** Checks options against the function's declared options and compiles regex strings to ConfigPatterns (RE2). */
export function compileOptions(
  fn: RuleFunction<never>,
  node: YNode | undefined,
  fallback: Position,
  file: string,
  problems: ConfigProblem[],
  base: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> | undefined {
  const before = problems.length;
  const out: Record<string, unknown> = { ...base };
  const problem = (where: Position, message: string): void => {
    problems.push({ file, at: where, message });
  };
  if (node !== undefined && !(node.kind === 'scalar' && node.value === null)) {
    if (node.kind !== 'map') problem(node.at, `options of "${fn.name}" must be a mapping, not ${describeKind(node)}`);
    else if (fn.anyOptions) Object.assign(out, plain(node));
    else {
      for (const { key, keyAt, value } of node.entries) {
        const spec = Object.hasOwn(fn.options, key) ? fn.options[key] : undefined;
        if (!spec) {
          const names = Object.keys(fn.options);
          const near = closest(key, names);
          problem(keyAt, `unknown option "${key}" for function "${fn.name}"${near ? `: did you mean "${near}"?` : ''} (${names.length ? `its options: ${names.join(', ')}` : 'it takes no options'})`);
          continue;
        }
        const compiled = compileOption(key, spec, value, problem);
        if (compiled !== undefined) out[key] = compiled;
      }
    }
  }
  for (const [name, spec] of Object.entries(fn.options)) {
    if (spec.required && out[name] === undefined) problem(node?.at ?? fallback, `function "${fn.name}" needs the option "${name}" (${spec.description})`);
  }
  if (problems.length === before && fn.validate) {
    const error = (fn.validate as (o: Record<string, unknown>) => string | undefined)(out);
    if (error) problem(node?.at ?? fallback, `options of "${fn.name}": ${error}`);
  }
  return problems.length > before ? undefined : out;
}

export { MAX_PATTERN_INPUT } from './pattern.js';

function compileOption(key: string, spec: OptionSpec, node: YNode, problem: (at: Position, m: string) => void): unknown {
  const value = plain(node);
  const wrong = (expected: string): undefined => {
    problem(node.at, `option "${key}" must be ${expected}, not ${describeKind(node)}`);
    return undefined;
  };
  const regex = (v: unknown, at: Position): ConfigPattern | undefined => {
    if (typeof v !== 'string') return wrong('a regular expression string');
    try {
      return ConfigPattern.compile(v);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problem(at, `option "${key}": /${v}/ is ${e.message.startsWith('not a valid') ? '' : 'not accepted: '}${e.message}`);
      return undefined;
    }
  };
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong('true or false');
    case 'string':
      return typeof value === 'string' ? value : wrong('a string');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : wrong('a number');
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : wrong('a list of strings');
    case 'scalar[]':
      return Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)) ? value : wrong('a list of values');
    case 'regex':
      return regex(value, node.at);
    case 'regex[]': {
      if (node.kind !== 'seq') return wrong('a list of regular expressions');
      const out = node.items.map((item) => regex(plain(item), item.at));
      return out.every((r) => r !== undefined) ? out : undefined;
    }
  }
}
