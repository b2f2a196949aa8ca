import { resolveConfig, BUILTIN_PREFIX, type ResolvedConfig } from '../core/config/resolve.js';
import { SEVERITIES, type Override, type RuleDefinition, type RuleEntry } from '../core/config/ruleset.js';
import { closest } from '../core/rules/describe.js';
import type { SeverityOrOff } from '../core/types.js';
import { builtinRuleset, loadExtends } from '../node/config-files.js';

/** A bad --rule value: the CLI prints it and exits 2, as for a config error. */
export class RuleFlagError extends Error {}

export interface RuleFlag {
  readonly id: string;
  readonly severity: SeverityOrOff;
  /** The flag as given, for messages and for --print-config's "setIn". */
  readonly text: string;
}

// The config's aliases (ruleset.ts refuses them with the same hint), and ESLint's numbers.
const HINTS: Readonly<Record<string, SeverityOrOff>> = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off', '0': 'off', '1': 'warn', '2': 'error' };

/**
 * Parses ESLint-style `--rule 'id: severity'` values; one flag may hold several, comma-separated
 * (`'a: off, b: error'`). Options stay in the config file: a flag that gives them is refused with that advice.
 */
export function parseRuleFlags(values: readonly string[]): RuleFlag[] {
  const flags: RuleFlag[] = [];
  for (const value of values) {
    if (/[[{]/.test(value)) throw new RuleFlagError(`--rule "${value}": only a severity can be set on the command line; set options in the config file`);
    for (const part of value.split(',')) {
      const text = part.trim();
      const m = /^([^:\s]+)\s*:\s*(\S+)$/.exec(text);
      if (!m) throw new RuleFlagError(`--rule "${value}": write it as 'rule-id: severity', e.g. --rule 'unreachable-block: error'`);
      const [, id, raw] = m as unknown as [string, string, string];
      if (!(SEVERITIES as readonly string[]).includes(raw)) {
        const hint = Object.hasOwn(HINTS, raw) ? ` (did you mean "${HINTS[raw]}"?)` : '';
        throw new RuleFlagError(`--rule "${text}": invalid severity "${raw}": use one of ${SEVERITIES.join(', ')}${hint}`);
      }
      flags.push({ id, severity: raw as SeverityOrOff, text });
    }
  }
  return flags;
}

/**
 * The config with the flags' severities over everything it says, overrides included (the command line has the
 * highest precedence, as in ESLint). An id the config does not know is refused with the closest known one.
 */
export function applyRuleFlags(config: ResolvedConfig, flags: readonly RuleFlag[]): ResolvedConfig {
  if (flags.length === 0) return config;
  const definedInOverrides = config.overrides.flatMap((o) => [...o.rules].filter(([, e]) => e.kind === 'define').map(([id]) => id));
  const known = new Set([...config.rules.keys(), ...definedInOverrides]);
  const bySeverity = new Map<string, RuleFlag>();
  for (const flag of flags) {
    // As in a config file (ruleset.ts says the same).
    if (flag.id === 'parse-error') throw new RuleFlagError(`--rule "${flag.text}": "parse-error" cannot be configured: a file that is not valid JSON is always an error`);
    if (!known.has(flag.id)) {
      const near = closest(flag.id, known);
      throw new RuleFlagError(`--rule "${flag.text}": unknown rule "${flag.id}"${near ? `: did you mean "${near}"?` : ''} (connect-flow-lint --list-rules lists the built-in rules)`);
    }
    bySeverity.set(flag.id, flag); // the last flag for an id wins
  }
  const origin = (flag: RuleFlag) => ({ file: `--rule '${flag.text}'`, at: { line: 1, column: 1 } });
  const set = (rule: RuleDefinition): RuleDefinition => {
    const flag = bySeverity.get(rule.id);
    return flag ? { ...rule, severity: flag.severity, setIn: origin(flag) } : rule;
  };
  const rules = new Map([...config.rules].map(([id, rule]) => [id, set(rule)]));
  // In overrides: a rule defined there takes the flag's severity; a severity set there gives way to the flag
  // (its options still apply).
  const overrides: Override[] = config.overrides.map((o) => ({
    ...o,
    rules: new Map(
      [...o.rules].map(([id, e]): [string, RuleEntry] => {
        if (!bySeverity.has(id)) return [id, e];
        if (e.kind === 'define') return [id, { kind: 'define', rule: set(e.rule) }];
        const { severity: _dropped, ...rest } = e;
        return [id, rest];
      }),
    ),
  }));
  return { ...config, rules, overrides };
}

/**
 * `--list-rules`: every rule of the built-in rulesets, with its severity in each and its documentation,
 * read from the rulesets themselves (so the list cannot drift from them).
 */
export function listRules(): string {
  const names = ['recommended', 'strict'];
  const configs = names.map((n) => resolveConfig(builtinRuleset(`${BUILTIN_PREFIX}${n}`), loadExtends));
  const ids = [...new Set(configs.flatMap((c) => [...c.rules.keys()]))];
  const rows = [['rule', ...names, 'documentation'], ...ids.map((id) => [id, ...configs.map((c) => c.rules.get(id)?.severity ?? '-'), configs.map((c) => c.rules.get(id)?.documentationUrl).find((u) => u !== undefined) ?? ''])];
  // parse-error is no configurable rule (a file that cannot be read was never linted) but it is a finding's rule id.
  rows.push(['parse-error', ...names.map(() => 'error'), 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/parse-error.md (always on)']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
