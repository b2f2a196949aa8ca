/**
 * RuleTester, in the manner of ESLint's: a rule's `valid` and `invalid` flows as a table, each run with that
 * rule alone through the real reader and engine (positions are the ones a user sees). Test-framework
 * agnostic: give it your `describe` and `it` (vitest's, node:test's, mocha's).
 */
import { compileOptions } from '../core/config/ruleset.js';
import type { ActiveRule } from '../core/config/resolve.js';
import { parseYamlTree, type ConfigProblem } from '../core/config/yaml-tree.js';
import { lintText } from '../core/lint.js';
import type { Finding } from '../core/types.js';
import type { Rule } from './api.js';
import { definitionOf, functionOf } from './adapter.js';

/** A flow: the exported JSON as an object (printed with 2-space indentation, so lines are predictable) or as text. */
export type FlowInput = string | Readonly<Record<string, unknown>>;

export interface ValidCase {
  readonly name?: string;
  readonly flow: FlowInput;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface ExpectedError {
  /** The message id of `meta.messages`; with `data` the whole text is compared, without it the template's fixed parts. */
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly message?: string | RegExp;
  readonly blockId?: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity?: 'error' | 'warn' | 'info';
  readonly evidence?: readonly string[];
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
}

export interface TestFunctions {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => void): unknown;
}

export class RuleTester {
  constructor(private readonly framework: TestFunctions) {}

  run<O>(rule: Rule<O>, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    const { describe, it } = this.framework;
    describe(rule.meta.id, () => {
      describe('valid', () => {
        cases.valid.forEach((c, k) =>
          it(c.name ?? `valid #${k + 1}`, () => {
            const found = lintWith(rule, c);
            if (found.length > 0) throw new Error(`expected no finding, got ${found.length}:\n${found.map(show).join('\n')}`);
          }),
        );
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, k) =>
          it(c.name ?? `invalid #${k + 1}`, () => {
            if (c.errors.length === 0) throw new Error('an invalid case must expect at least one error');
            const found = lintWith(rule, c);
            if (found.length !== c.errors.length) throw new Error(`expected ${c.errors.length} finding(s), got ${found.length}:\n${found.map(show).join('\n')}`);
            c.errors.forEach((e, i) => compare(rule as unknown as Rule<never>, found[i]!, e, i));
          }),
        );
      });
    });
  }
}

/** Lints one flow with `rule` alone, its options checked and compiled as a config's would be. */
export function lintWith<O>(rule: Rule<O>, c: ValidCase): Finding[] {
  const fn = functionOf(rule);
  const definition = definitionOf(rule as unknown as Rule<never>, fn);
  const problems: ConfigProblem[] = [];
  const node = c.options === undefined ? undefined : parseYamlTree('options', JSON.stringify(c.options));
  const options = compileOptions(fn, node, { line: 1, column: 1 }, 'options', problems, definition.then[0]!.options);
  if (!options) throw new Error(`options rejected: ${problems.map((p) => p.message).join('; ')}`);
  const active: ActiveRule = {
    ...definition,
    severity: rule.meta.severity === 'off' ? 'error' : rule.meta.severity,
    then: [{ ...definition.then[0]!, options }],
  };
  const text = typeof c.flow === 'string' ? c.flow : JSON.stringify(c.flow, null, 2);
  return lintText('flow.json', text, [active]).findings;
}

function show(f: Finding): string {
  return `  ${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.blockId ? ` [${f.blockId}]` : ''} ${f.message}`;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compare(rule: Rule<never>, f: Finding, e: ExpectedError, i: number): void {
  const fail = (what: string, want: unknown, got: unknown): never => {
    throw new Error(`finding ${i + 1}: ${what} should be ${JSON.stringify(want)}, is ${JSON.stringify(got)}\n${show(f)}`);
  };
  if (f.ruleId !== rule.meta.id) fail('rule', rule.meta.id, f.ruleId);
  if (e.blockId !== undefined && f.blockId !== e.blockId) fail('blockId', e.blockId, f.blockId);
  if (e.line !== undefined && f.range.start.line !== e.line) fail('line', e.line, f.range.start.line);
  if (e.column !== undefined && f.range.start.column !== e.column) fail('column', e.column, f.range.start.column);
  if (e.severity !== undefined && f.severity !== e.severity) fail('severity', e.severity, f.severity);
  if (e.evidence !== undefined && JSON.stringify(f.evidence ?? []) !== JSON.stringify(e.evidence)) fail('evidence', e.evidence, f.evidence);
  if (e.message instanceof RegExp ? !e.message.test(f.message) : e.message !== undefined && f.message !== e.message) fail('message', String(e.message), f.message);
  if (e.messageId !== undefined) {
    const template = Object.hasOwn(rule.meta.messages, e.messageId) ? rule.meta.messages[e.messageId]! : fail('messageId (unknown to the rule)', Object.keys(rule.meta.messages), e.messageId);
    const pattern = e.data
      ? escapeRegExp(template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (Object.hasOwn(e.data!, k) ? String(e.data![k]) : m)))
      : template.split(/\{\{\s*\w+\s*\}\}/).map(escapeRegExp).join('[\\s\\S]*?');
    if (!new RegExp(`^${pattern}$`).test(f.message)) fail(`message of "${e.messageId}"`, template, f.message);
  }
}
