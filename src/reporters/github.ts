import type { Finding, Severity } from '../core/types.js';
import { commandData as escapeData, commandProperty as escapeProperty, terminalText } from './escape.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/**
 * GitHub shows at most this many annotations of each type (error, warning, notice) from one step's
 * workflow commands; the rest are dropped without a word. The Action and the CLI's `github` format share it.
 */
export const COMMAND_ANNOTATIONS_PER_TYPE = 10;

/**
 * One `::error file=…,line=…::message` workflow command per finding, escaped as @actions/core does (and every
 * other control written out), so each finding is exactly one line and one command.
 */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      const doc = f.documentationUrl ? ` (${f.documentationUrl})` : '';
      return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message + doc)}\n`;
    })
    .join('');
}

/**
 * Which findings spend the annotation slots: per severity, findings on lines the change touched first (when
 * the caller knows them), then the rest, each group in the order given (file order). `slots` are what is
 * left per severity when the step has printed annotations of its own.
 */
export function chooseAnnotations(
  findings: readonly Finding[],
  changedLines: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
  slots: Partial<Record<Severity, number>> = {},
): { shown: Finding[]; rest: Finding[] } {
  const onChangedLine = (f: Finding): boolean => {
    const lines = changedLines.get(f.file);
    if (!lines) return false;
    for (let l = f.range.start.line; l <= f.range.end.line; l++) if (lines.has(l)) return true;
    return false;
  };
  const chosen = new Set<Finding>();
  for (const severity of ['error', 'warn', 'info'] as Severity[]) {
    const group = findings.filter((f) => f.severity === severity);
    const ordered = [...group.filter(onChangedLine), ...group.filter((f) => !onChangedLine(f))];
    for (const f of ordered.slice(0, Math.max(0, slots[severity] ?? COMMAND_ANNOTATIONS_PER_TYPE))) chosen.add(f);
  }
  const shown: Finding[] = [];
  for (const severity of ['error', 'warn', 'info'] as Severity[]) for (const f of chosen) if (f.severity === severity) shown.push(f);
  return { shown, rest: findings.filter((f) => !chosen.has(f)) };
}

const SEVERITY_WORD = { error: 'error', warn: 'warning', info: 'info' } as const;

/** A finding as a plain log line (never a workflow command: every field is terminal text, the line indented). */
function plainLine(f: Finding): string {
  return `  ${terminalText(f.file)}:${f.range.start.line}:${f.range.start.column}: ${SEVERITY_WORD[f.severity]}: ${terminalText(f.message)} (${terminalText(f.ruleId)})\n`;
}

/**
 * The CLI's `github` format: workflow commands for as many findings as GitHub will show (10 per type per
 * step, changed lines first when known, else in file order), then one plain line saying how many were not
 * annotated, and those findings as plain log lines, so none is lost and none is silently dropped by GitHub.
 */
export function formatGithubBudgeted(findings: readonly Finding[], changedLines?: ReadonlyMap<string, ReadonlySet<number>>): string {
  const { shown, rest } = chooseAnnotations(findings, changedLines);
  if (rest.length === 0) return formatGithub(findings);
  // Printed in the order given (file order), whichever won the slots.
  const chosen = new Set(shown);
  shown.splice(0, shown.length, ...findings.filter((f) => chosen.has(f)));
  const line = `connect-flow-lint: ${rest.length} more finding${rest.length === 1 ? '' : 's'} not annotated (GitHub shows ${COMMAND_ANNOTATIONS_PER_TYPE} workflow-command annotations of each type per step): listed below; --format sarif reports them all.\n`;
  return formatGithub(shown) + line + rest.map(plainLine).join('');
}
