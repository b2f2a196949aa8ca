import type { Origin, RuleDefinition } from '../core/config/ruleset.js';
import { NO_OPTIONS, type ProjectResult, type RuleFunction, type RuleResult } from '../core/rules/function.js';
import { parseJsonPath } from '../core/config/jsonpath-guard.js';
import { fitMessage } from '../core/rules/describe.js';
import type { FlowSummary, OptionsSchema, ProjectReport, Report, Rule } from './api.js';

/** Where built-in rule pages live: each rule's folder, whose README.md GitHub shows beside its code. */
export const RULE_DOCS_BASE = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/src/rules/';

/** A rule's page: its meta.docs, else (a built-in rule) its folder's README.md. */
export function docsUrl(rule: Rule<never>, builtin = true): string | undefined {
  return rule.meta.docs ?? (builtin ? `${RULE_DOCS_BASE}${rule.meta.id}/README.md` : undefined);
}

/** Fills {{name}} placeholders; an unknown one is left as written, so a typo shows in the message. */
function fill(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (data && Object.hasOwn(data, k) ? String(data[k]) : m));
}

/** The text of a report: its message id's template filled in, or its own message. */
export function messageOf(rule: Rule<never>, report: Pick<Report, 'messageId' | 'data' | 'message'>): string {
  if (report.messageId !== undefined) {
    const template = Object.hasOwn(rule.meta.messages, report.messageId) ? rule.meta.messages[report.messageId] : undefined;
    if (template === undefined) throw new Error(`rule "${rule.meta.id}" reported an unknown messageId "${report.messageId}"`);
    const data = report.data;
    return typeof data === 'function' ? fitMessage((names) => fill(template, data(names))) : fill(template, data);
  }
  if (report.message === undefined) throw new Error(`rule "${rule.meta.id}" reported neither a messageId nor a message`);
  return report.message;
}

export function resultOf(rule: Rule<never>, report: Report & { readonly blockId?: string }): RuleResult {
  const path = report.path ?? (report.block ? [...report.block.path, 'Identifier'] : undefined);
  const blockId = report.block?.id ?? report.blockId;
  return {
    message: messageOf(rule, report),
    ...(path ? { path } : {}),
    ...(report.part ? { part: report.part } : {}),
    ...(blockId !== undefined ? { blockId } : {}),
    ...(report.evidence ? { evidence: report.evidence } : {}),
    ...(report.evidenceKind ? { evidenceKind: report.evidenceKind } : {}),
    ...(report.related ? { related: report.related } : {}),
    ...(report.severity ? { severity: report.severity } : {}),
    ...(report.facts ? { values: report.facts } : {}),
  };
}

/** The rule as a function of the engine: what a `then.function` runs. */
export function functionOf<O>(rule: Rule<O>): RuleFunction<O> {
  const asAny = rule as unknown as Rule<never>;
  return {
    name: rule.meta.functionName ?? rule.meta.id,
    options: rule.meta.options ?? NO_OPTIONS,
    run: (target, opts, context) => {
      const results: RuleResult[] = [];
      rule.check({
        flow: context.flow,
        graph: context.graph,
        options: opts,
        path: context.path,
        target,
        ...(context.entry ? { entry: context.entry } : {}),
        report: (r) => results.push(resultOf(asAny, r)),
      });
      return results;
    },
    ...(rule.checkProject ? { checkProject: (context) => projectResults(rule, context) } : {}),
  };
}

/** `$`: a built-in rule runs once per flow, on the whole document. */
const WHOLE_FLOW = (() => {
  const parsed = parseJsonPath('$');
  if (!('steps' in parsed)) throw new Error('"$" must parse');
  return parsed.steps;
})();

/** Runs a rule's project hook; its reports name summaries, the engine's results their index. */
function projectResults<O>(rule: Rule<O>, context: Parameters<NonNullable<RuleFunction<O>['checkProject']>>[0]): ProjectResult[] {
  const index = new Map<FlowSummary, number>(context.summaries.map((s, i) => [s, i]));
  const indexOf = (s: FlowSummary): number => {
    const i = index.get(s);
    if (i === undefined) throw new Error(`rule "${rule.meta.id}" reported on a flow summary that is not one of the run's`);
    return i;
  };
  const results: ProjectResult[] = [];
  rule.checkProject!({
    summaries: context.summaries,
    links: context.links,
    optionsFor: (s) => context.optionsFor(indexOf(s)),
    report: (s: FlowSummary, r: ProjectReport) =>
      results.push({
        summary: indexOf(s),
        message: messageOf(rule as unknown as Rule<never>, r),
        range: r.range,
        ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
        ...(r.severity ? { severity: r.severity } : {}),
        ...(r.subject !== undefined ? { subject: r.subject } : {}),
      }),
  });
  return results;
}

/** The rule as every config sees it before a ruleset turns it on: defined, with `$` as its target, off. */
export function definitionOf(rule: Rule<never>, fn: RuleFunction<never>, builtin = true): RuleDefinition {
  const origin: Origin = { file: `connect-flow-lint:rule/${rule.meta.id}`, at: { line: 1, column: 1 } };
  const docs = docsUrl(rule, builtin);
  const defaults: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(rule.meta.options?.properties ?? {})) if (s.default !== undefined) defaults[name] = s.default;
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: 'off',
    given: [{ text: '$', steps: WHOLE_FLOW, at: origin }],
    then: [{ fn, functionName: fn.name, options: defaults }],
    ...(docs !== undefined ? { documentationUrl: docs } : {}),
    definedIn: origin,
    setIn: origin,
  };
}
