import { chooseAnnotations, COMMAND_ANNOTATIONS_PER_TYPE, formatGithub } from '../reporters/github.js';
import type { Finding, Severity } from '../core/types.js';

/** GitHub shows at most this many annotations of each type from one step's workflow commands (shared with the CLI's `github` format). */
export { COMMAND_ANNOTATIONS_PER_TYPE };

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
  const { shown, rest } = chooseAnnotations(findings, changedLines, slots);
  return { text: formatGithub(shown), shown, notShown: rest.length };
}
