import * as core from '@actions/core';
import { relativeName } from '../node/lint-files.js';
import { ConfigError } from '../core/config/yaml-tree.js';
import { markdownText } from '../reporters/escape.js';
import { postCheckRun } from './check-run.js';
import type { GitHubClient } from './github-client.js';

/**
 * Why the Action could not lint, in one line of plain text: a config's first problem with its file and
 * position (the others are annotated in the log), or the input or usage error as it was raised.
 */
export function configFailureLine(e: unknown, cwd: string): string {
  if (e instanceof ConfigError && e.problems.length > 0) {
    const [p] = e.problems;
    const more = e.problems.length - 1;
    return `the config is broken: ${relativeName(cwd, p!.file)}:${p!.at.line}:${p!.at.column}: ${p!.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}, annotated in the log)` : ''}`;
  }
  return `it could not start: ${(e as Error).message}`;
}

export interface FailureTargets {
  /** Whether to write the job summary (the input, or its default when the inputs could not be read). */
  readonly summary: boolean;
  /** A failed check run is posted when there is a client, a commit, and annotations may use the Checks API. */
  readonly client?: GitHubClient;
  readonly repo: { owner: string; repo: string };
  readonly headSha?: string;
  readonly checks: boolean;
}

/**
 * A run that cannot lint must not look like one that found nothing: the reason is one line in the job
 * summary and a failed check run, as well as the failed step. A check run that cannot be posted is said in
 * the log; the step fails either way.
 */
export async function reportFailure(line: string, to: FailureTargets): Promise<void> {
  // Config messages quote the config, which the pull request may have written: escaped as prose.
  if (to.summary) await core.summary.addRaw(`### ❌ connect-flow-lint: ${markdownText(line)}\n`).write();
  if (!to.client || !to.headSha || !to.checks) return;
  try {
    const title = line.startsWith('the config is broken') ? 'The config is broken' : 'connect-flow-lint could not run';
    await postCheckRun(to.client, to.repo, to.headSha, [], { title, text: markdownText(line.slice(0, 1_000)), conclusion: 'failure' });
  } catch (e) {
    core.info(`The failed check run could not be posted (${(e as Error).message}).`);
  }
}
