/**
 * Turns what ajv reports against the config's schema (config-schema.ts) into the loader's problems: each at
 * the YAML line and column of the value (or of the key, for an unknown key), saying what is wrong and what
 * to write instead, with the closest valid name when there is one.
 */
import type { OptionSchema, OptionsSchema, SchemaError } from '../rules/function.js';
import { closest } from '../rules/describe.js';
import type { Position } from '../types.js';
import { SEVERITIES } from './config-schema.js';
import { describeKind, type ConfigProblem, type YNode } from './yaml-tree.js';

const SEVERITY_ALIASES: Readonly<Record<string, string>> = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off' };

interface Step {
  readonly node: YNode;
  /** The map key or list index that leads to `node` from the step before. */
  readonly key?: string;
  readonly keyAt?: Position;
}

/** Each mapping's entries by key, built once: a hostile config may have 100,000 keys, and as many errors. */
const index = new WeakMap<YNode, ReadonlyMap<string, { keyAt: Position; value: YNode }>>();
function entry(node: YNode, key: string): { keyAt: Position; value: YNode } | undefined {
  if (node.kind !== 'map') return undefined;
  let byKey = index.get(node);
  if (!byKey) {
    byKey = new Map(node.entries.map((e) => [e.key, e]));
    index.set(node, byKey);
  }
  return byKey.get(key);
}

/** The nodes along a JSON pointer (ajv's instancePath), root first; stops where the tree has no such node. */
function walk(tree: YNode, pointer: string): Step[] {
  const steps: Step[] = [{ node: tree }];
  if (pointer === '') return steps;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const here = steps[steps.length - 1]!.node;
    if (here.kind === 'map') {
      const e = entry(here, key);
      if (!e) break;
      steps.push({ node: e.value, key, keyAt: e.keyAt });
    } else if (here.kind === 'seq') {
      const item = here.items[Number(key)];
      if (!item) break;
      steps.push({ node: item, key });
    } else break;
  }
  return steps;
}

function keyOf(node: YNode, key: string): Position {
  return entry(node, key)?.keyAt ?? node.at;
}

/** The property names a definition of the schema (or the root, for "") allows: the candidates for "did you mean". */
function propertyNames(schema: unknown, definition: string): string[] {
  const root = schema as { properties?: object; definitions?: Record<string, { properties?: object }> };
  const props = definition === '' ? root.properties : root.definitions?.[definition]?.properties;
  return props ? Object.keys(props) : [];
}

const didYouMean = (word: string, candidates: Iterable<string>): string => {
  const near = closest(word, candidates);
  return near ? `: did you mean "${near}"?` : '';
};

export function severityProblem(node: YNode): string {
  const raw = node.kind === 'scalar' ? node.value : undefined;
  const alias = typeof raw === 'string' && Object.hasOwn(SEVERITY_ALIASES, raw) ? SEVERITY_ALIASES[raw] : undefined;
  return `invalid severity ${node.kind === 'scalar' ? JSON.stringify(node.value) : describeKind(node)}: use one of ${SEVERITIES.join(', ')}${alias ? ` (did you mean "${alias}"?)` : ''}`;
}

type Role = 'root' | 'rules' | 'severity' | 'set' | 'definition' | 'then' | 'override';

/** A mapping with "given" or "then" is a rule defined in full (as the schema's isDefinition says). */
function isDefinition(node: YNode): boolean {
  return node.kind === 'map' && node.entries.some((e) => e.key === 'given' || e.key === 'then');
}

/**
 * What part of the config an instancePath is in. (ajv's schemaPath cannot say: a $ref'd definition reports
 * paths relative to itself.) The layout is the schema's: rules at /rules and /overrides/<n>/rules.
 */
function roleOf(segments: readonly string[], steps: readonly Step[]): { role: Role; rulesAt?: number } {
  const rulesAt = segments[0] === 'rules' ? 0 : segments[0] === 'overrides' && segments[2] === 'rules' ? 2 : -1;
  if (rulesAt < 0) return { role: segments[0] === 'overrides' && segments.length >= 2 ? 'override' : 'root' };
  if (segments.length === rulesAt + 1) return { role: 'rules', rulesAt };
  const entry = steps[rulesAt + 2]?.node;
  const rest = segments.slice(rulesAt + 2);
  if (!entry) return { role: 'rules', rulesAt };
  if (isDefinition(entry)) {
    if (rest[0] === 'severity') return { role: 'severity', rulesAt };
    return { role: rest[0] === 'then' ? 'then' : 'definition', rulesAt };
  }
  if (entry.kind === 'scalar' || rest[0] === 'severity' || (entry.kind === 'seq' && rest[0] === '0')) return { role: 'severity', rulesAt };
  return { role: 'set', rulesAt };
}

/**
 * The problems of one config file, from its validation against the structural schema. `functionNames` are
 * the functions a `then` may name here (for "needs a function: one of ...").
 */
export function configProblems(file: string, tree: YNode, errors: readonly SchemaError[], schema: unknown, functionNames: readonly string[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Set<string>();
  const add = (at: Position, message: string): void => {
    const k = `${at.line}:${at.column}:${message}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ file, at, message });
  };
  for (const e of errors) {
    // if/then/else only says which branch failed; the branch's own errors say why. The subschema of
    // propertyNames reports without a position of its own; its propertyNames error has the name.
    if (e.keyword === 'if' || (e as { propertyName?: string }).propertyName !== undefined) continue;
    const steps = walk(tree, e.instancePath);
    const last = steps[steps.length - 1]!;
    const node = last.node;
    const segments = e.instancePath.split('/').slice(1);
    const { role, rulesAt = -1 } = roleOf(segments, steps);
    // The rule an error is inside: the segment after "rules".
    const ruleId = rulesAt >= 0 ? segments[rulesAt + 1] : undefined;
    const ruleStep = rulesAt >= 0 ? steps[rulesAt + 2] : undefined;
    const extra = e.keyword === 'additionalProperties' ? String(e.params['additionalProperty']) : '';
    const extraAt = keyOf(node, extra);
    const field = segments[segments.length - 1] ?? '';
    const kind = describeKind(node);

    if (e.keyword === 'propertyNames') {
      const name = String(e.params['propertyName']);
      add(keyOf(node, name), `"${name}" cannot be configured: a file that is not valid JSON is always an error`);
    } else if (role === 'severity') {
      add(node.at, severityProblem(node));
    } else if (role === 'root') {
      const top = segments[0];
      if (segments.length === 0 && e.keyword === 'type') add(node.at, `a config must be a mapping with "extends", "rules" and "overrides", not ${kind}`);
      else if (segments.length === 0 && e.keyword === 'additionalProperties') {
        const near = closest(extra, propertyNames(schema, ''));
        add(extraAt, `unknown key "${extra}"${near ? `: did you mean "${near}"?` : ': a config has "extends", "rules", "overrides" and "functions"'}`);
      } else if (top === 'extends') add(node.at, `"extends" takes ruleset names ("connect-flow-lint:recommended") or relative paths, not ${kind}`);
      else if (top === 'overrides') add(node.at, `"overrides" must be a list of { files, rules }, not ${kind}`);
      else if (top === 'flows' && segments.length === 1) add(node.at, `"flows" must map references (an ARN, an id or a name) to files, e.g. "arn:aws:connect:…/contact-flow/abc": flows/sub.json, not ${kind}`);
      else if (top === 'flows') add(node.at, `the flows entry "${field}" must be a file path (optionally with #FlowName), not ${kind}`);
      else if (top === 'tests') add(steps[1]?.node.at ?? node.at, '"tests" must be a list of scenario files or globs relative to this file (tests: ["flows/**/*.test.yaml"])');
      else if (top === 'functionsDir') add(node.at, '"functionsDir" must be a folder path relative to this file');
      else if (top === 'functions') add(steps[1]?.node.at ?? node.at, '"functions" must be a list of function names (each a JavaScript identifier, loaded from functions/<name>.js next to this file)');
      else add(node.at, `${top ? `"${top}" ` : ''}${e.message ?? 'is not valid'}`);
    } else if (role === 'rules') {
      if (e.keyword === 'type') add(node.at, `"rules" must be a mapping of rule ids to a severity or a rule, not ${kind}`);
      else add(node.at, `"rules": ${e.message ?? 'is not valid'}`);
    } else if (role === 'set') {
      if (e.keyword === 'additionalProperties') add(extraAt, `unknown key "${extra}" for rule "${ruleId}": set "severity" and "options", or define the rule in full with "given" and "then"`);
      else add(node.at, 'a rule given as a list must be [severity] or [severity, options]');
    } else if (role === 'definition') {
      if (e.keyword === 'additionalProperties') add(extraAt, `unknown key "${extra}" in rule "${ruleId}"${didYouMean(extra, propertyNames(schema, 'definition').filter((k) => k !== 'recommended' && k !== 'formats'))}`);
      else if (e.keyword === 'required') {
        const at = ruleStep?.keyAt ?? node.at;
        if (e.params['missingProperty'] === 'given') add(at, `rule "${ruleId}" has "then" but no "given": add the JSONPath it applies to ("$" for the whole flow)`);
        else add(at, `rule "${ruleId}" has "given" but no "then": add { function: ..., functionOptions: ... }`);
      } else if (segments.includes('given')) add(node.at, `"given" must be a JSONPath string such as "$.Actions[*]", not ${kind}`);
      else add(node.at, `"${field}" must be a string, not ${kind}`);
    } else if (role === 'then') {
      if (e.keyword === 'additionalProperties') add(extraAt, `unexpected "${extra}" in "then": it takes "field" (a string), "function" (a string) and "functionOptions"`);
      else if (e.keyword === 'required') add(node.at, `"then" needs a "function": one of ${functionNames.join(', ')}`);
      else if (field === 'function') add(node.at, `"function" must be the name of a function, not ${kind}`);
      else if (field === 'field') add(node.at, `"field" must be a string, not ${kind}`);
      else add(node.at, `"then" must be a mapping with "function" (and "field", "functionOptions"), not ${kind}`);
    } else if (role === 'override') {
      if (e.keyword === 'additionalProperties') add(extraAt, `unknown key "${extra}" in an override: use "files" and "rules"`);
      else if (e.keyword === 'required' || e.keyword === 'minItems') add((e.keyword === 'minItems' ? steps[steps.length - 2]?.node.at : undefined) ?? node.at, 'this override has no "files": say which files its rules apply to');
      else if (segments.includes('files')) add(node.at, `"files" takes glob patterns such as "flows/modules/**", not ${kind}`);
      else add(node.at, `each override must be a mapping with "files" and "rules", not ${kind}`);
    } else {
      add(node.at, `${e.instancePath || 'the config'}: ${e.message ?? 'is not valid'}`);
    }
  }
  return byPosition(out);
}

/** Problems in the order they are written in the file (ajv reports in the order of its checks). */
function byPosition(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/** What an option of this schema must be, in words ("a list of strings"). */
function expected(s: OptionSchema | undefined): string {
  if (!s) return 'valid';
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (s.type) {
    case 'boolean':
      return 'true or false';
    case 'string':
      return s.format === 'regex' ? 'a regular expression string' : 'a string';
    case 'number':
      return 'a number';
    case 'integer':
      return 'a whole number';
    case 'object':
      return 'a mapping';
    case 'array': {
      const items = s.items;
      if (items?.format === 'regex') return 'a list of regular expressions';
      if (items?.type === 'string') return 'a list of strings';
      if (Array.isArray(items?.type)) return 'a list of values';
      return 'a list';
    }
    default:
      return 'valid';
  }
}

/**
 * The problems of one options value (`options`, `functionOptions`, a list's second item), from its function's
 * validator. `node` is the value as written (undefined when the options come only from the rule's own);
 * `fallback` where to point then.
 */
export function optionProblems(file: string, fnName: string, schema: OptionsSchema, node: YNode | undefined, fallback: Position, errors: readonly SchemaError[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Set<string>();
  const add = (at: Position, message: string): void => {
    if (seen.has(message)) return;
    seen.add(message);
    out.push({ file, at, message });
  };
  const names = Object.keys(schema.properties);
  const here = node?.at ?? fallback;
  for (const e of errors) {
    const segments = e.instancePath.split('/').slice(1);
    if (segments.length === 0) {
      if (e.keyword === 'type') add(here, `options of "${fnName}" must be a mapping, not ${node ? describeKind(node) : 'empty'}`);
      else if (e.keyword === 'additionalProperties') {
        const key = String(e.params['additionalProperty']);
        add(node ? keyOf(node, key) : here, `unknown option "${key}" for function "${fnName}"${didYouMean(key, names)} (${names.length ? `its options: ${names.join(', ')}` : 'it takes no options'})`);
      } else if (e.keyword === 'required' && !/\/anyOf\//.test(e.schemaPath)) {
        const key = String(e.params['missingProperty']);
        const description = schema.properties[key]?.description;
        add(here, `function "${fnName}" needs the option "${key}"${description ? ` (${description})` : ''}`);
      } else if (e.keyword === 'anyOf') {
        const any = (schema.anyOf ?? []).flatMap((b) => b.required).map((k) => `"${k}"`);
        add(here, `options of "${fnName}": give ${any.length === 2 ? `${any[0]}, ${any[1]} or both` : `at least one of ${any.join(', ')}`}`);
      } else if (e.keyword !== 'required') add(here, `options of "${fnName}": ${e.message ?? 'are not valid'}`);
      continue;
    }
    // An error inside an option (a list's item) is reported at the option: "must be a list of strings".
    const key = segments[0]!;
    const spec = schema.properties[key];
    const value = node ? walk(node, `/${segments[0]}`) : [];
    const optionNode = value.length === 2 ? value[1]!.node : undefined;
    if (e.keyword === 'type' || e.keyword === 'enum') add(optionNode?.at ?? here, `option "${key}" must be ${expected(spec)}, not ${optionNode ? describeKind(optionNode) : 'this'}`);
    else add(optionNode?.at ?? here, `option "${key}" ${e.message ?? 'is not valid'}`);
  }
  return byPosition(out);
}
