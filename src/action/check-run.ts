import type { Finding } from '../core/types.js';
import type { GitHubClient } from './github-client.js';
import { visibleLines } from '../reporters/escape.js';

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = { error: 'failure', warn: 'warning', info: 'notice' } as const;
const MAX_SUMMARY = 60_000;

export function toAnnotation(f: Finding) {
  const sameLine = f.range.start.line === f.range.end.line;
  return {
    path: f.file,
    start_line: f.range.start.line,
    end_line: f.range.end.line,
    // Columns are only allowed on single-line annotations.
    ...(sameLine ? { start_column: f.range.start.column, end_column: Math.max(f.range.end.column, f.range.start.column) } : {}),
    annotation_level: LEVEL[f.severity],
    title: f.ruleId,
    // GitHub shows the message as plain text beside the diff: no bidi or control character from a flow there.
    message: visibleLines(f.documentationUrl ? `${f.message}\n\n${f.documentationUrl}` : f.message).slice(0, 64_000),
    ...(f.blockId !== undefined ? { raw_details: `block ${f.blockId}${f.evidence ? `\npath: ${f.evidence.join(' → ')}` : ''}`.slice(0, 64_000) } : {}),
  };
}

export interface CheckRunResult {
  readonly id: number;
  readonly url: string | undefined;
  readonly requests: number;
}

/**
 * Posts every finding as an annotation of one check run: created in progress with the first 50, updated
 * with each further 50, then completed with the conclusion. All findings reach the pull request this way,
 * unlike workflow commands, of which GitHub shows ten per type.
 */
export async function postCheckRun(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  headSha: string,
  findings: readonly Finding[],
  summary: { title: string; text: string; conclusion: 'success' | 'failure' | 'neutral' },
): Promise<CheckRunResult> {
  const annotations = findings.map(toAnnotation);
  const batches: Array<typeof annotations> = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: typeof annotations) => ({ title: summary.title, summary: summary.text.slice(0, MAX_SUMMARY), annotations: batch });
  const created = await client.call('creating the check run', (o) =>
    o.rest.checks.create({ ...repo, name: 'connect-flow-lint', head_sha: headSha, status: 'in_progress', output: output(batches[0] ?? []) }),
  );
  const id = created.data.id;
  let requests = 1;
  for (const batch of batches.slice(1)) {
    await client.call(`adding annotations to check run ${id}`, (o) => o.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) }));
    requests++;
  }
  await client.call(`completing check run ${id}`, (o) =>
    o.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: summary.conclusion, output: { title: summary.title, summary: summary.text.slice(0, MAX_SUMMARY) } }),
  );
  requests++;
  return { id, url: created.data.html_url ?? undefined, requests };
}
