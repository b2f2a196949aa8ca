import { formatGithub } from '../reporters/github.js';
import type { Finding, Severity } from '../core/types.js';

/** GitHub shows at most this many annotations of each type from one step's workflow commands. */
export const COMMAND_ANNOTATIONS_PER_TYPE = 10;

export interface CommandAnnotations {
  /** The workflow commands to print. */
  readonly text: string;
  readonly shown: readonly Finding[];
  readonly notShown: number;
}

/**
 * Chooses which findings spend the few annotation slots GitHub gives workflow commands: per severity,
 * findings on lines the pull request changed first, then the rest, each group in file order.
 */
export function commandAnnotations(
  findings: readonly Finding[],
  changedLines: ReadonlyMap<string, ReadonlySet<number>>,
  /** Slots left per severity, when the step has already printed annotations of its own. */
  slots: Partial<Record<Severity, number>> = {},
): CommandAnnotations {
  const onChangedLine = (f: Finding): boolean => {
    const lines = changedLines.get(f.file);
    if (!lines) return false;
    for (let l = f.range.start.line; l <= f.range.end.line; l++) if (lines.has(l)) return true;
    return false;
  };
  const shown: Finding[] = [];
  for (const severity of ['error', 'warn', 'info'] as Severity[]) {
    const group = findings.filter((f) => f.severity === severity);
    const ordered = [...group.filter(onChangedLine), ...group.filter((f) => !onChangedLine(f))];
    shown.push(...ordered.slice(0, Math.max(0, slots[severity] ?? COMMAND_ANNOTATIONS_PER_TYPE)));
  }
  return { text: formatGithub(shown), shown, notShown: findings.length - shown.length };
}
