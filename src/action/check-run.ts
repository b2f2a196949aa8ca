import type { Finding } from '../core/types.js';
import type { GitHubClient } from './github-client.js';
import { htmlText, markdownText, visibleLines } from '../reporters/escape.js';
import { flowHasErrors } from '../reporters/summary.js';

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = { error: 'failure', warn: 'warning', info: 'notice' } as const;
const MAX_SUMMARY = 60_000;
/** GitHub's cap on a check run's `output.text`, in characters. */
export const MAX_CHECK_TEXT = 65_535;

/** A flow's routing change in words, as routing-changes gives it (lines already safe Markdown). */
export interface RoutingWords {
  readonly file: string;
  readonly path?: string;
  readonly flowName?: string;
  readonly changes: readonly string[];
}

/**
 * The check run's `output.text`: the findings counted by rule (and severity), then each changed flow's
 * routing changes in words, so the result is on the pull request's Checks tab even when the job summary is
 * not read. Cut at whole lines to GitHub's 65,535 characters, with a note saying so: a line is never cut
 * in the middle (it could leave a `<code>` open).
 */
export function checkRunText(findings: readonly Finding[], routing: readonly RoutingWords[], max = MAX_CHECK_TEXT): string {
  const byRule = new Map<string, { error: number; warn: number; info: number }>();
  for (const f of findings) {
    const c = byRule.get(f.ruleId) ?? byRule.set(f.ruleId, { error: 0, warn: 0, info: 0 }).get(f.ruleId)!;
    c[f.severity]++;
  }
  const lines: string[] = [];
  if (byRule.size > 0) {
    lines.push('### Findings by rule', '', '| Rule | Errors | Warnings | Info |', '| --- | --- | --- | --- |');
    const total = (c: { error: number; warn: number; info: number }): number => c.error + c.warn + c.info;
    const rules = [...byRule].sort(([a, x], [b, y]) => y.error - x.error || total(y) - total(x) || (a < b ? -1 : a > b ? 1 : 0));
    for (const [rule, c] of rules) lines.push(`| ${markdownText(rule)} | ${c.error} | ${c.warn} | ${c.info} |`);
  }
  if (routing.length > 0) {
    lines.push('', '### Routing changes');
    // The flows with errors first: if the text is cut, it is the others' changes that go.
    const hasErrors = flowHasErrors(findings);
    for (const r of [...routing.filter(hasErrors), ...routing.filter((x) => !hasErrors(x))]) {
      lines.push('', `**${markdownText(r.file)}**`, '');
      for (const c of r.changes.length > 0 ? r.changes : ['No routing change (only metadata or layout).']) lines.push(`- ${c}`);
    }
  }
  const note = (left: number): string => `\n> ${left} more line(s) cut here: GitHub keeps ${MAX_CHECK_TEXT.toLocaleString('en-US')} characters of a check run's text. The job summary and the log have the rest.\n`;
  const full = `${lines.join('\n')}\n`;
  if (full.length <= max) return lines.length > 0 ? full : '';
  let text = '';
  let kept = 0;
  // Room for the note, whatever the count it shows.
  const room = max - note(lines.length).length;
  for (const line of lines) {
    if (text.length + line.length + 1 > room) break;
    text += `${line}\n`;
    kept++;
  }
  return text + note(lines.length - kept);
}

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
    ...(f.blockId !== undefined ? { raw_details: `block ${f.blockId}${f.evidence ? f.evidenceKind === 'blocks' ? `\nblocks: ${f.evidence.join(', ')}` : `\npath: ${f.evidence.join(' → ')}` : ''}`.slice(0, 64_000) } : {}),
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
  summary: { title: string; text: string; conclusion: 'success' | 'failure' | 'neutral'; details?: string },
): Promise<CheckRunResult> {
  const annotations = findings.map(toAnnotation);
  const batches: Array<typeof annotations> = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const details = summary.details ? { text: summary.details.slice(0, MAX_CHECK_TEXT) } : {};
  const output = (batch: typeof annotations) => ({ title: summary.title, summary: summary.text.slice(0, MAX_SUMMARY), ...details, annotations: batch });
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
    o.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: summary.conclusion, output: { title: summary.title, summary: summary.text.slice(0, MAX_SUMMARY), ...details } }),
  );
  requests++;
  return { id, url: created.data.html_url ?? undefined, requests };
}
