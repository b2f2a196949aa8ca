/**
 * RuleTester, in the manner of ESLint's: a rule's `valid` and `invalid` flows as a table, each run with that
 * rule alone through the real reader and engine (positions are the ones a user sees). Test-framework
 * agnostic: give it your `describe` and `it` (vitest's, node:test's, mocha's).
 */
import { compileOptions } from '../core/config/ruleset.js';
import type { ActiveRule } from '../core/config/resolve.js';
import { parseYamlTree, type ConfigProblem } from '../core/config/yaml-tree.js';
import { lintText } from '../core/lint.js';
import { lintProject, type FlowSource } from '../core/project.js';
import type { Finding } from '../core/types.js';
import type { Rule } from './api.js';
import { optionsCompiler } from '../core/config/options-compiler.js';
import { NO_OPTIONS } from '../core/rules/function.js';
import { BUILTIN_RULES } from '../generated/rules.js';
import { definitionOf, functionOf } from './adapter.js';

/** A flow: the exported JSON as an object (printed with 2-space indentation, so lines are predictable) or as text. */
export type FlowInput = string | Readonly<Record<string, unknown>>;

/**
 * One flow (`flow`), or several files linted as one repository (`files`, by name: a project rule's case,
 * references between them resolved as in a run over the repository).
 */
export type ValidCase = {
  readonly name?: string;
  readonly options?: Readonly<Record<string, unknown>>;
} & ({ readonly flow: FlowInput; readonly files?: undefined } | { readonly files: Readonly<Record<string, FlowInput>>; readonly flow?: undefined });

export interface ExpectedError {
  /** The message id of `meta.messages`: the template's fixed parts are compared, and each placeholder `data` gives. */
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly message?: string | RegExp;
  readonly blockId?: string;
  /** The file of a `files` case the finding is in. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity?: 'error' | 'warn' | 'info';
  readonly evidence?: readonly string[];
}

export type InvalidCase = ValidCase & {
  readonly errors: readonly ExpectedError[];
};

export interface TestFunctions {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}

export class RuleTester {
  constructor(private readonly framework: TestFunctions) {}

  run<O>(rule: Rule<O>, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    const { describe, it } = this.framework;
    describe(rule.meta.id, () => {
      describe('valid', () => {
        cases.valid.forEach((c, k) =>
          it(c.name ?? `valid #${k + 1}`, async () => {
            const found = await lintWith(rule, c);
            if (found.length > 0) throw new Error(`expected no finding, got ${found.length}:\n${found.map(show).join('\n')}`);
          }),
        );
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, k) =>
          it(c.name ?? `invalid #${k + 1}`, async () => {
            if (c.errors.length === 0) throw new Error('an invalid case must expect at least one error');
            const found = await lintWith(rule, c);
            if (found.length !== c.errors.length) throw new Error(`expected ${c.errors.length} finding(s), got ${found.length}:\n${found.map(show).join('\n')}`);
            c.errors.forEach((e, i) => compare(rule as unknown as Rule<never>, found[i]!, e, i));
          }),
        );
      });
    });
  }
}

/** Lints one flow with `rule` alone, its options checked and compiled as a config's would be. */
export async function lintWith<O>(rule: Rule<O>, c: ValidCase): Promise<Finding[]> {
  // A built-in rule's options are checked by the validator generated at build time; another rule's schema is
  // compiled here, as the config loader compiles a custom rule's when it loads it.
  const builtin = (BUILTIN_RULES as readonly unknown[]).includes(rule);
  const fn = builtin ? functionOf(rule) : { ...functionOf(rule), validateOptions: (await optionsCompiler())(rule.meta.options ?? NO_OPTIONS) };
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
  const textOf = (flow: FlowInput): string => (typeof flow === 'string' ? flow : JSON.stringify(flow, null, 2));
  // A rule with a project hook, or several files: the whole run (link, project rules, callers' entry profiles).
  if (c.files !== undefined || rule.checkProject) {
    const files: Record<string, FlowInput> = c.files ?? { 'flow.json': c.flow! };
    const sources: FlowSource[] = Object.entries(files).map(([name, flow]) => ({ name, reported: true, rules: [active], read: () => ({ text: textOf(flow) }) }));
    return lintProject(sources).findings;
  }
  return lintText('flow.json', textOf(c.flow!), [active]).findings;
}

function show(f: Finding): string {
  return `  ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.blockId ? ` [${f.blockId}]` : ''} ${f.message}`;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compare(rule: Rule<never>, f: Finding, e: ExpectedError, i: number): void {
  const fail = (what: string, want: unknown, got: unknown): never => {
    throw new Error(`finding ${i + 1}: ${what} should be ${JSON.stringify(want)}, is ${JSON.stringify(got)}\n${show(f)}`);
  };
  if (f.ruleId !== rule.meta.id) fail('rule', rule.meta.id, f.ruleId);
  if (e.file !== undefined && f.file !== e.file) fail('file', e.file, f.file);
  if (e.blockId !== undefined && f.blockId !== e.blockId) fail('blockId', e.blockId, f.blockId);
  if (e.line !== undefined && f.range.start.line !== e.line) fail('line', e.line, f.range.start.line);
  if (e.column !== undefined && f.range.start.column !== e.column) fail('column', e.column, f.range.start.column);
  if (e.severity !== undefined && f.severity !== e.severity) fail('severity', e.severity, f.severity);
  if (e.evidence !== undefined && JSON.stringify(f.evidence ?? []) !== JSON.stringify(e.evidence)) fail('evidence', e.evidence, f.evidence);
  if (e.message instanceof RegExp ? !e.message.test(f.message) : e.message !== undefined && f.message !== e.message) fail('message', String(e.message), f.message);
  if (e.messageId !== undefined) {
    const template = Object.hasOwn(rule.meta.messages, e.messageId) ? rule.meta.messages[e.messageId]! : fail('messageId (unknown to the rule)', Object.keys(rule.meta.messages), e.messageId);
    // A placeholder `data` gives must have that value; any other may hold anything.
    const data = e.data ?? {};
    const pattern = template
      .split(/(\{\{\s*\w+\s*\}\})/)
      .map((part, k) => {
        if (k % 2 === 0) return escapeRegExp(part);
        const name = part.slice(2, -2).trim();
        return Object.hasOwn(data, name) ? escapeRegExp(String(data[name])) : '[\\s\\S]*?';
      })
      .join('');
    if (!new RegExp(`^${pattern}$`).test(f.message)) fail(`message of "${e.messageId}"`, template, f.message);
  }
}
