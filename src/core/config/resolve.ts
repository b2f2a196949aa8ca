import { posix } from 'node:path';
import { closest } from '../rules/describe.js';
import type { Severity } from '../types.js';
import { RULE_DEFINITIONS } from '../../rules/index.js';
import { FILE_RULES } from './file-rules.js';
import { compileOptions, readRuleset, type FunctionRegistry, type Origin, type Override, type RuleDefinition, type RuleEntry, type RulesetFile } from './ruleset.js';
import { ConfigError, parseYamlTree, type ConfigProblem, type YNode } from './yaml-tree.js';

/** A config source the adapter has read: a file's text, or a built-in ruleset's. */
export interface ConfigText {
  /** Absolute path with forward slashes, or "connect-flow-lint:<name>" for a built-in. */
  readonly file: string;
  readonly text: string;
  /** `text` already parsed: the built-in rulesets are parsed at build time. */
  readonly tree?: YNode;
}

/** Reads what an `extends` entry names; throws an Error whose message says what went wrong. */
export type ConfigLoader = (ref: string, fromFile: string) => ConfigText;

export interface ResolvedConfig {
  /** The config files that make it up, base first. */
  readonly files: readonly string[];
  readonly rules: ReadonlyMap<string, RuleDefinition>;
  readonly overrides: readonly Override[];
  /** The `flows` maps of every config file, later files winning: absolute file paths. */
  readonly flows: ReadonlyMap<string, { readonly file: string; readonly name?: string }>;
}

export const BUILTIN_PREFIX = 'connect-flow-lint:';

/** Applies one config's rule entries onto the rules so far; ids must already exist unless defined here. */
function applyEntries(rules: Map<string, RuleDefinition>, entries: ReadonlyMap<string, RuleEntry>, known: ReadonlySet<string>, problems: ConfigProblem[]): void {
  for (const [id, entry] of entries) {
    if (entry.kind === 'define') {
      rules.set(id, entry.rule);
      continue;
    }
    const rule = rules.get(id);
    if (!rule) {
      const near = closest(id, known);
      problems.push({
        file: entry.origin.file,
        at: entry.origin.at,
        message: `unknown rule "${id}"${near ? `: did you mean "${near}"?` : ''} — extend a ruleset that defines it, or define it here with "given" and "then"`,
      });
      continue;
    }
    let then = rule.then;
    if (entry.options !== undefined) {
      if (then.length !== 1) {
        problems.push({ file: entry.origin.file, at: entry.options.at, message: `rule "${id}" has ${then.length} functions: set options in its full definition instead` });
        continue;
      }
      const t = then[0]!;
      const options = compileOptions(t.fn, entry.options, entry.origin.at, entry.origin.file, problems, t.options);
      if (!options) continue;
      then = [{ ...t, options }];
    }
    rules.set(id, { ...rule, severity: entry.severity ?? rule.severity, then, setIn: entry.origin });
  }
}

/**
 * Resolves a config and everything it extends. Pure: `load` does the reading. Throws ConfigError with every
 * problem found, each with file, line and column.
 */
/** `customRules`: the rules of the rule modules the rulesets load (`functions:`), defined like the built-in ones. */
export function resolveConfig(entry: ConfigText, load: ConfigLoader, functions?: FunctionRegistry, customRules: readonly RuleDefinition[] = []): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  // The reader's rules and the built-in rules are in every config, off until a ruleset sets them, so a config
  // can set their severity and options (connect-flow-lint:recommended sets every one).
  const rules = new Map<string, RuleDefinition>([...FILE_RULES, ...RULE_DEFINITIONS, ...customRules].map((r) => [r.id, r]));
  const overrides: Override[] = [];
  const files: string[] = [];
  const flows = new Map<string, { file: string; name?: string }>();
  const loaded = new Set<string>();

  const visit = (source: ConfigText, chain: readonly string[]): void => {
    if (loaded.has(source.file)) return;
    let tree;
    try {
      tree = source.tree ?? parseYamlTree(source.file, source.text);
    } catch (e) {
      if (e instanceof ConfigError) problems.push(...e.problems);
      else throw e;
      return;
    }
    const baseDir = source.file.startsWith(BUILTIN_PREFIX) ? '' : posix.dirname(source.file);
    const ruleset: RulesetFile = readRuleset(source.file, baseDir, tree, problems, functions);
    for (const ext of ruleset.extends) {
      let base: ConfigText;
      try {
        base = load(ext.ref, source.file);
      } catch (e) {
        problems.push({ file: source.file, at: ext.origin.at, message: `cannot extend "${ext.ref}": ${(e as Error).message}` });
        continue;
      }
      if (chain.includes(base.file) || base.file === source.file) {
        problems.push({ file: source.file, at: ext.origin.at, message: `"extends" makes a cycle: ${[...chain, source.file, base.file].join(' → ')}. Remove one of these extends.` });
        continue;
      }
      visit(base, [...chain, source.file]);
    }
    loaded.add(source.file);
    files.push(source.file);
    // Candidates for "did you mean": rules that exist or are defined here, never the unknown ids being set.
    const definedHere = (m: ReadonlyMap<string, RuleEntry>): string[] => [...m].filter(([, e]) => e.kind === 'define').map(([id]) => id);
    const known = new Set([...rules.keys(), ...definedHere(ruleset.rules), ...ruleset.overrides.flatMap((o) => definedHere(o.rules))]);
    applyEntries(rules, ruleset.rules, known, problems);
    overrides.push(...ruleset.overrides);
    for (const [k, v] of ruleset.flows) flows.set(k, { ...v, file: posix.normalize(v.file) });
  };
  visit(entry, []);

  // Overrides may only name rules that exist somewhere in the config (or that they define themselves).
  const all = new Set([...rules.keys(), ...overrides.flatMap((o) => [...o.rules].filter(([, e]) => e.kind === 'define').map(([id]) => id))]);
  for (const o of overrides) {
    for (const [id, e] of o.rules) {
      if (e.kind === 'set' && !all.has(id)) {
        const near = closest(id, all);
        problems.push({ file: e.origin.file, at: e.origin.at, message: `unknown rule "${id}"${near ? `: did you mean "${near}"?` : ''}` });
      } else if (e.kind === 'set' && e.options !== undefined) {
        // Check the options now so a bad option fails the run, not just the files it matches.
        const rule = rules.get(id);
        if (rule && rule.then.length === 1) compileOptions(rule.then[0]!.fn, e.options, e.origin.at, e.origin.file, problems, rule.then[0]!.options);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { files, rules, overrides, flows };
}

export interface ActiveRule extends RuleDefinition {
  readonly severity: Severity;
}

/**
 * The rules that apply to one file (absolute, forward slashes): the config's rules with every matching
 * override applied in order. Memoised by the set of matching overrides, which is what determines the result.
 */
export function rulesFor(config: ResolvedConfig, file: string, memo = new Map<string, ActiveRule[]>()): ActiveRule[] {
  const matching = matchingOverrides(config, file);
  const key = matching.map((o) => config.overrides.indexOf(o)).join(',');
  const hit = memo.get(key);
  if (hit) return hit;
  const active = applyOverrides(config, matching).filter((r): r is ActiveRule => r.severity !== 'off');
  memo.set(key, active);
  return active;
}

/** Every rule as it stands for one file once its overrides are applied, including the rules they turn off. */
export function effectiveRules(config: ResolvedConfig, file: string): RuleDefinition[] {
  return applyOverrides(config, matchingOverrides(config, file));
}

function matchingOverrides(config: ResolvedConfig, file: string): Override[] {
  return config.overrides.filter((o) => {
    const rel = o.baseDir === '' ? file : posix.relative(o.baseDir, file);
    return !rel.startsWith('../') && o.files.some((g) => g.test(rel));
  });
}

function applyOverrides(config: ResolvedConfig, matching: readonly Override[]): RuleDefinition[] {
  const rules = new Map(config.rules);
  const problems: ConfigProblem[] = [];
  for (const o of matching) applyEntries(rules, o.rules, new Set(rules.keys()), problems);
  // Problems here were already reported by resolveConfig; they cannot occur for a resolved config.
  return [...rules.values()];
}

export function describeOrigin(o: Origin): string {
  return `${o.file}:${o.at.line}:${o.at.column}`;
}
