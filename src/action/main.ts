import * as core from '@actions/core';
import { context } from '@actions/github';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { loadConfig, readBaseline, UsageError } from '../node/load-config.js';
import { repositoryRoot } from '../node/repository.js';
import { present, UnsafeFileError, writeOutputFile } from '../node/safe-fs.js';
import { createLoader } from '../node/config-files.js';
import { repositoryFlows } from '../node/repository-flows.js';
import { changedButSkipped, collectFiles } from '../node/files.js';
import { applyBaseline, parseBaseline } from '../core/baseline.js';
import { lintFiles, relativeName } from '../node/lint-files.js';
import { repositoryPaths, sourceRoot } from '../node/repository-paths.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { ConfigError } from '../core/config/yaml-tree.js';
import { isConfigProblem } from '../core/lint.js';
import type { Finding } from '../core/types.js';
import { VERSION } from '../generated/builtin-rulesets.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatStylish } from '../reporters/stylish.js';
import { callGraphMermaid } from '../reporters/call-graph.js';
import { markdownSummary } from '../reporters/summary.js';
import { terminalLines, terminalText } from '../reporters/escape.js';
import type { FlowSummary, RepositoryLinks } from '../core/repo/link.js';
import { changedFromApi, changedFromGit, type ChangedFiles } from './changed-files.js';
import { GitRevisionError, isCommitId } from '../node/git.js';
import { checkRunText, postCheckRun } from './check-run.js';
import { configFailureLine, reportFailure } from './config-failure.js';
import { DEFAULT_RETRY, GitHubClient, type RetryPolicy } from './github-client.js';
import { InputError, readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { upsertComment, MAX_COMMENT_CHARS, type UpsertResult } from './sticky-comment.js';
import { tokenIdentity } from './token-identity.js';
import { fetchRemoteConfig, parseRemoteRef } from './remote-config.js';
import { routingChanges } from './routing-changes.js';
import { runScenarioStep } from './scenarios.js';
import { openBase } from './base-revision.js';
import { compareWithBase, type Comparison } from './new-vs-existing.js';
import { COMMAND_ANNOTATIONS_PER_TYPE, commandAnnotations } from './workflow-annotations.js';

interface PullRequest {
  number: number;
  head: { sha: string };
  base: { sha: string };
  /** How many files the pull request changes, all of them (the files API lists at most 3,000). */
  changed_files?: number;
}

/**
 * Warnings this step has printed: each is a workflow-command annotation, and GitHub shows only 10 of each
 * type per step, so the findings' fallback annotations must leave room for them.
 */
let warningsIssued = 0;
function warn(message: string): void {
  warningsIssued++;
  // Warnings quote file names and file contents (a broken baseline): no control character reaches the log.
  core.warning(terminalLines(message));
}

/** The job fails on our own findings and `fail-on`, never on whether a GitHub API call worked. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warn' && f.severity === 'warn'));
}

/** Retry timings; tests shorten them through the environment so a simulated outage takes milliseconds. */
function retryPolicy(env: NodeJS.ProcessEnv): RetryPolicy {
  const n = (name: string, fallback: number): number => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  return {
    attempts: n('CONNECT_FLOW_LINT_API_ATTEMPTS', DEFAULT_RETRY.attempts),
    budgetMs: n('CONNECT_FLOW_LINT_API_BUDGET_MS', DEFAULT_RETRY.budgetMs),
    baseDelayMs: n('CONNECT_FLOW_LINT_API_RETRY_MS', DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: n('CONNECT_FLOW_LINT_API_MAX_DELAY_MS', DEFAULT_RETRY.maxDelayMs),
    timeoutMs: n('CONNECT_FLOW_LINT_API_TIMEOUT_MS', DEFAULT_RETRY.timeoutMs),
  };
}

function reportConfigProblem(e: unknown, cwd: string): string {
  if (e instanceof ConfigError) {
    for (const p of e.problems) {
      core.error(terminalText(p.message), { file: terminalText(relativeName(cwd, p.file)), startLine: p.at.line, startColumn: p.at.column, title: 'connect-flow-lint config' });
    }
    return `the config has ${e.problems.length === 1 ? 'a problem' : `${e.problems.length} problems`} (annotated above)`;
  }
  return (e as Error).message;
}

/** The Action: a thin adapter that gathers files and inputs, runs the core, and reports where GitHub shows it. */
export async function run(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<void> {
  let inputs: ActionInputs;
  let config: ResolvedConfig;
  let client: GitHubClient | undefined;
  let read: ActionInputs | undefined;
  warningsIssued = 0;
  try {
    inputs = read = readInputs();
    client = inputs.token ? new GitHubClient(inputs.token, context.apiUrl, retryPolicy(env), (m) => core.info(m)) : undefined;
    config = await loadActionConfig(inputs, client, cwd);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError || e instanceof ConfigError || e instanceof RemoteConfigError) {
      core.setFailed(`connect-flow-lint: ${terminalLines(reportConfigProblem(e, cwd))}`);
      const checks = read?.annotations !== 'commands' && read?.annotations !== 'off';
      const headSha = (context.payload.pull_request as PullRequest | undefined)?.head.sha ?? context.sha;
      await reportFailure(configFailureLine(e, cwd), { summary: read?.summary ?? true, ...(client ? { client } : {}), repo: context.repo, ...(headSha ? { headSha } : {}), checks });
      return;
    }
    throw e;
  }

  const pr = context.payload.pull_request as PullRequest | undefined;
  const repo = context.repo;
  const changedOnly = inputs.changedOnly ?? pr !== undefined;
  const notes: string[] = [];

  const listed = collectFiles(inputs.paths, cwd);
  const { unmatched } = listed;
  let files = listed.files;
  for (const u of unmatched) warn(`input "paths": "${u}" matches no file`);

  // The commits reach git (the diff fallback, the routing changes): only full commit ids do.
  const badCommits = pr ? (['base', 'head'] as const).filter((side) => !isCommitId(String(pr[side]?.sha))) : [];
  for (const side of badCommits) warn(`the event's ${side} commit ${JSON.stringify(String(pr?.[side]?.sha)).slice(0, 90)} is not a commit id: git is not run with it${side === 'base' ? ', and routing changes are not drawn' : ''}.`);

  // In a pull request the changed files are listed even when every flow is linted: they say which findings
  // the pull request may have introduced.
  let prChanges: ChangedFiles | undefined;
  if (pr) {
    prChanges = await findChangedFiles(client, repo, pr, cwd, new Set(files.map((f) => relativeName(cwd, f))));
    if (!prChanges) notes.push(`The changed files could not be listed (API and git diff both failed): ${changedOnly ? 'every flow under "paths" was linted, and ' : ''}every finding counts as new.`);
  } else if (changedOnly) {
    core.info('changed-only applies to pull requests; linting every flow under "paths".');
  }
  const changed = changedOnly ? prChanges : undefined;
  // A changed link, or a changed flow under a folder skipped by default, is linted (a link is refused with a
  // finding): adding a flow that way must not pass in silence.
  if (changed) files = [...files, ...changedButSkipped(listed, changed.files, cwd)].sort();
  const selected = changed ? files.filter((f) => changed.files.has(relativeName(cwd, f))) : files;

  // Every flow under "paths" takes part in the repository pass (who calls whom, what profile they hand
  // over); findings are reported for the files the pull request changed.
  const changedNames = changed ? new Set(selected.map((f) => relativeName(cwd, f))) : undefined;
  const inScope = (file: string): boolean => !changedNames || changedNames.has(file);
  const root = repositoryRoot(cwd);
  // Flows of the workspace outside "paths" (another shard's) are read for linking only, as in the CLI.
  const workspaceFlows = repositoryFlows(cwd);
  const all = selected.length > 0 ? lintFiles(files, config, cwd, { keepReports: inScope, maxFileBytes: inputs.maxFileBytes, root, context: workspaceFlows }) : lintFiles([], config, cwd, { root });
  const result = { ...all, reports: all.reports.filter((r) => inScope(r.file)), flows: all.reports.filter((r) => inScope(r.file)).reduce((n, r) => n + r.flows, 0) };
  // A cap the config reached on a changed flow is reported although the config itself did not change: fail closed.
  const scoped = all.findings.filter((f) => inScope(f.file) || isConfigProblem(f));
  // The baseline, SARIF and the annotations name files from the repository root (git, else GITHUB_WORKSPACE).
  const paths = repositoryPaths(cwd, sourceRoot(cwd, env));
  const findings = inputs.baseline ? paths.fromRoot(withoutBaseline(paths.toRoot(scoped), resolve(cwd, inputs.baseline), root, notes)) : scoped;

  // New versus existing: the base revision of the changed flows is linted too. Outside pull requests, or when
  // the changes are unknown, every finding is new.
  const comparison = pr && prChanges && selected.length > 0 ? await compareBase(inputs, client, repo, pr, { cwd, root, config, reported: selected.map((f) => relativeName(cwd, f)), repository: [...new Set([...files, ...workspaceFlows])], changed: prChanges, findings, reports: result.reports }, notes) : undefined;
  const isNew = (f: Finding): boolean => !comparison || comparison.fresh.has(f);
  const fresh = findings.filter(isNew);
  const count = (list: readonly Finding[], s: Finding['severity']): number => list.filter((f) => f.severity === s).length;
  const errors = count(findings, 'error');
  const warnings = count(findings, 'warn');
  const newErrors = count(fresh, 'error');
  const newWarnings = count(fresh, 'warn');
  const failed = shouldFail(inputs.failOnScope === 'all' ? findings : fresh, inputs.failOn);
  const annotated = annotationsFor(inputs.annotations !== 'off', findings, inputs.filterMode, isNew, comparison, prChanges, notes);

  // Every finding goes to the log first, so none is lost whatever happens to the API calls below.
  const stylish = formatStylish(findings, { color: false });
  if (stylish) core.info(stylish);
  core.info(`connect-flow-lint ${VERSION}: ${errors} error(s), ${warnings} warning(s) in ${result.flows} flow(s) of ${selected.length} file(s)${changed ? ` changed by the pull request (from ${changed.source === 'api' ? 'the pull request files API' : 'git diff'})` : ''}.`);
  if (comparison) core.info(`Against the base ${pr?.base.sha}: ${fresh.length} new finding(s) (${newErrors} error(s), ${newWarnings} warning(s)), ${findings.length - fresh.length} existing.`);

  if (inputs.sarifFile) {
    const path = resolve(cwd, inputs.sarifFile);
    const rules = [...config.rules.values()].map((r) => ({ id: r.id, description: r.description, documentationUrl: r.documentationUrl, severity: r.severity }));
    // Never through a link, never outside the workspace through a linked folder: the checkout is the pull request's.
    try {
      writeOutputFile(path, formatSarif(paths.toRoot(findings), rules, { name: 'connect-flow-lint', version: VERSION, informationUri: 'https://github.com/connect-flow-lint/connect-flow-lint' }), { root, what: 'the SARIF file', makeFolders: true });
      core.setOutput('sarif-file', path.split(sep).join('/'));
    } catch (e) {
      if (!(e instanceof UnsafeFileError)) throw e;
      core.setFailed(`connect-flow-lint: sarif-file ${e.message}`);
    }
  }

  if (changed && selected.length === 0) {
    // A pull request that only deletes flows still changes routing: the deletions are said.
    const deleted = pr ? routingChanges([], pr.base.sha, cwd, notes, { ...changed, paths: inputs.paths }) : [];
    const line = deleted.length > 0 ? 'No flow left to lint: the pull request only deletes flows.' : 'No flow changed in this pull request: nothing to lint.';
    core.info(line);
    if (inputs.summary) await core.summary.addRaw(deleted.length > 0 ? markdownSummary({ reports: [], findings: [], notes, routingChanges: deleted }) : `### connect-flow-lint: ${line}\n`).write();
    setOutputs(0, 0, 0, 0, 0);
    return;
  }

  // A reviewer's question is what the change does to routing: draw it for each changed flow.
  const routing = pr && changed ? routingChanges(result.reports, pr.base.sha, cwd, notes, { ...changed, paths: inputs.paths, ...(comparison ? { baseOf: (file: string) => comparison.baseOf(file) } : {}) }) : [];
  const checkRun = await annotate(inputs, client, repo, pr, paths.toRoot(annotated), prChanges, notes, { errors, warnings, failed, fresh: fresh.length, all: findings.length, details: checkRunText(findings, routing) });
  const summaryInput = { reports: result.reports, findings, notes, routingChanges: routing, callGraph: callGraphFor(all, changedNames), fullListAt: checkRun ? 'the check run' : 'the log', ...(comparison ? { existing: new Set(findings.filter((f) => !isNew(f))) } : {}) };
  if (inputs.summary) await core.summary.addRaw(markdownSummary(summaryInput)).write();
  if (inputs.comment) {
    if (!pr) core.info('comment: true applies to pull requests; no comment posted.');
    else if (!client) warn('comment: true needs a token; no comment posted.');
    else {
      try {
        const c = await upsertComment(client, repo, pr.number, markdownSummary({ ...summaryInput, maxBytes: MAX_COMMENT_CHARS - 100 }), () => tokenIdentity(client));
        reportCommentOwners(c);
        core.info(`${c.created ? 'Posted' : 'Updated'} the summary comment ${c.id}.`);
      } catch (e) {
        warn(`${(e as Error).message}. The summary is in the job summary and the findings are in this log.`);
      }
    }
  }

  const scenarios = await runScenarioStep({ cwd, config, changed: changedNames, baseSha: pr?.base.sha, summary: inputs.summary, failOn: inputs.failOn });
  setOutputs(errors, warnings, selected.length, newErrors, newWarnings);
  if (failed) {
    // When some findings were already in the base, the line says which ones the failure counts.
    const split = comparison !== undefined && fresh.length < findings.length;
    const what = !split || inputs.failOnScope === 'all' ? `${errors} error(s) and ${warnings} warning(s)` : `${newErrors} new error(s) and ${newWarnings} new warning(s)`;
    core.setFailed(`connect-flow-lint: ${what} (fail-on: ${inputs.failOn}${split ? `, fail-on-scope: ${inputs.failOnScope}` : ''}).`);
  }
  if (scenarios.failed) core.setFailed(`connect-flow-lint test: ${scenarios.reason}.`);
}

/** Says which marked comments were not the Action's, so a reader knows why a new one was posted. */
function reportCommentOwners(c: UpsertResult): void {
  if (c.identity && c.identity.login === undefined) {
    warn(`cannot tell which account the token is (${c.identity.problem}), so no comment carrying the marker is edited (anyone can write it): posting a new comment.`);
  } else if (c.identity && c.leftAlone.length > 0) {
    core.info(`${c.leftAlone.length} comment(s) carrying the marker were not written by ${c.identity.login} (${c.leftAlone.join(', ')}): left alone.`);
  }
}

/** The flows around the changed ones, when a changed flow calls or is called by others. */
function callGraphFor(run: { summaries: readonly FlowSummary[]; links: RepositoryLinks }, changedNames: ReadonlySet<string> | undefined) {
  const changedFlows = new Set(run.summaries.flatMap((s, i) => (!changedNames || changedNames.has(s.file) ? [i] : [])));
  if (!run.links.calls.some((c) => changedFlows.has(c.to) || changedFlows.has(c.from))) return undefined;
  const chart = callGraphMermaid(run.summaries, run.links, { around: changedFlows, ...(changedNames ? { highlight: changedNames } : {}) });
  return { diagram: chart.text, ...(chart.note ? { note: chart.note } : {}) };
}

class RemoteConfigError extends Error {}

/**
 * The config input: a local path as for the CLI, or owner/repo/path@ref read through the API. A value of the
 * remote form is always fetched, never served by a file of that name in the checkout (a pull request could
 * commit one to replace the organisation's policy); `./owner/repo/…@ref` names such a local file.
 */
async function loadActionConfig(inputs: ActionInputs, client: GitHubClient | undefined, cwd: string): Promise<ResolvedConfig> {
  const remote = inputs.config ? parseRemoteRef(inputs.config) : undefined;
  if (!remote) return loadConfig(cwd, inputs.config, { allowFunctions: inputs.allowFunctions });
  if (!client) throw new RemoteConfigError(`config "${inputs.config}" is in another repository and needs a token (the "token" input)`);
  let fetched;
  try {
    fetched = await fetchRemoteConfig(client, remote, createLoader(cwd));
  } catch (e) {
    throw new RemoteConfigError(`cannot read the config ${inputs.config}: ${(e as Error).message}`);
  }
  core.info(`Using the config ${fetched.entry.file}.`);
  return loadConfig(cwd, undefined, { allowFunctions: inputs.allowFunctions, entry: fetched.entry, loader: fetched.loader });
}

/** Drops the findings the baseline already holds; a missing or broken baseline is said, not fatal. */
function withoutBaseline(findings: Finding[], path: string, root: string, notes: string[]): Finding[] {
  if (!present(path)) {
    warn(`baseline ${path} does not exist: every finding is reported. Create it with "npx connect-flow-lint --baseline <file>" and commit it.`);
    return findings;
  }
  try {
    const { fresh, known } = applyBaseline(findings, parseBaseline(readBaseline(path, root, relativeName(root, path))));
    if (known > 0) notes.push(`${known} finding(s) already in the baseline are not reported.`);
    return fresh;
  } catch (e) {
    warn(`baseline ${path} is unusable (${(e as Error).message}): every finding is reported.`);
    return findings;
  }
}


function setOutputs(errors: number, warnings: number, files: number, newErrors: number, newWarnings: number): void {
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('files', files);
  core.setOutput('new-errors', newErrors);
  core.setOutput('new-warnings', newWarnings);
}

/**
 * Reads the base revision (git, a fetch of the base commit, or the contents API) and lints it. A changed file
 * whose base cannot be read is never taken as added: the summary says so and its findings count as new.
 */
async function compareBase(
  inputs: ActionInputs,
  client: GitHubClient | undefined,
  repo: { owner: string; repo: string },
  pr: PullRequest,
  input: Omit<Parameters<typeof compareWithBase>[0], 'base' | 'maxFileBytes'>,
  notes: string[],
): Promise<Comparison> {
  const base = openBase({ cwd: input.cwd, sha: String(pr.base.sha), fetch: inputs.fetchBase, client, repo, maxBytes: inputs.maxFileBytes, log: (m) => core.info(m) });
  for (const n of base.notes) {
    core.info(n);
    notes.push(n);
  }
  const comparison = await compareWithBase({ ...input, maxFileBytes: inputs.maxFileBytes, base });
  if (comparison.unreadable.length > 0) {
    const list = comparison.unreadable.slice(0, 5).join('; ');
    const more = comparison.unreadable.length > 5 ? `; and ${comparison.unreadable.length - 5} more` : '';
    warn(`the base version of ${comparison.unreadable.length} changed file(s) could not be read, so all their findings count as new: ${list}${more}.`);
    notes.push(`The base version of ${comparison.unreadable.length} changed file(s) could not be read (${list}${more}): all their findings count as new.`);
  }
  return comparison;
}

/** The findings to annotate: with filter-mode "added", the new ones and those on blocks or lines the pull request changed. */
function annotationsFor(annotating: boolean, findings: readonly Finding[], mode: ActionInputs['filterMode'], isNew: (f: Finding) => boolean, comparison: Comparison | undefined, changes: ChangedFiles | undefined, notes: string[]): readonly Finding[] {
  if (mode === 'all' || !comparison) return findings;
  const onChangedLine = (f: Finding): boolean => {
    const lines = changes?.lines.get(f.file);
    if (!lines) return false;
    for (let l = f.range.start.line; l <= f.range.end.line; l++) if (lines.has(l)) return true;
    return false;
  };
  // A finding on a block is shown when that block changed (a comma added after it is no change); one that is
  // about no block (the file, the flow), when a line it covers changed.
  const kept = findings.filter((f) => isNew(f) || (f.blockId !== undefined ? comparison.onChangedBlock(f) : onChangedLine(f)));
  const left = findings.length - kept.length;
  if (left > 0 && annotating) notes.push(`${left} existing finding(s) on blocks this pull request did not change are not annotated (filter-mode: added); they are listed below and in the log.`);
  return kept;
}

/**
 * The files the pull request changes: the files API, else git diff, else undefined (every flow is linted).
 * A list the API cut short counts as a failure of the API, never as the whole pull request.
 */
async function findChangedFiles(client: GitHubClient | undefined, repo: { owner: string; repo: string }, pr: PullRequest, cwd: string, flows: ReadonlySet<string>): Promise<ChangedFiles | undefined> {
  const expected = typeof pr.changed_files === 'number' && Number.isInteger(pr.changed_files) && pr.changed_files >= 0 ? pr.changed_files : undefined;
  if (client) {
    try {
      return await changedFromApi(client, repo.owner, repo.repo, pr.number, expected);
    } catch (e) {
      warn(`${(e as Error).message}; falling back to git diff against the base commit.`);
    }
  }
  try {
    return changedFromGit(cwd, pr.base.sha, pr.head.sha, flows);
  } catch (e) {
    if (e instanceof GitRevisionError) {
      warn('without the commits git diff cannot say what changed: linting every flow under "paths".');
      return undefined;
    }
    const stderr = (e as { stderr?: string }).stderr?.trim();
    warn(`git diff ${pr.base.sha}...${pr.head.sha} failed (${stderr || (e as Error).message}); fetch the base commit (actions/checkout with fetch-depth: 0) for the fallback to work. Linting every flow under "paths".`);
    return undefined;
  }
}

async function annotate(
  inputs: ActionInputs,
  client: GitHubClient | undefined,
  repo: { owner: string; repo: string },
  pr: PullRequest | undefined,
  findings: readonly Finding[],
  changed: ChangedFiles | undefined,
  notes: string[],
  totals: { errors: number; warnings: number; failed: boolean; fresh: number; all: number; details: string },
): Promise<boolean> {
  if (inputs.annotations === 'off' || findings.length === 0) return false;
  const headSha = pr?.head.sha ?? context.sha;
  if (inputs.annotations !== 'commands' && client && headSha) {
    try {
      const title = `${totals.errors} error(s), ${totals.warnings} warning(s)`;
      const newText = totals.fresh !== totals.all ? ` ${totals.fresh} of ${totals.all} finding(s) are new in this pull request.` : '';
      const text = `connect-flow-lint found ${totals.all} finding(s).${newText} ${findings.length === totals.all ? 'Each is annotated on its line' : `${findings.length} are annotated on their lines (filter-mode: added)`}; the job summary has the routing graphs.`;
      const check = await postCheckRun(client, repo, headSha, findings, { title, text, details: totals.details, conclusion: totals.failed ? 'failure' : findings.length > 0 ? 'neutral' : 'success' });
      core.info(`Annotated all ${findings.length} finding(s) on check run ${check.id}${check.url ? ` (${check.url})` : ''} in ${check.requests} request(s).`);
      return true;
    } catch (e) {
      const status = (e as { status?: number }).status;
      const why = status === 403 || status === 404 ? 'the token cannot write checks (fork pull requests and read-only tokens cannot; grant `checks: write`)' : 'the Checks API failed';
      warn(`${(e as Error).message}. ${why}: falling back to workflow-command annotations.`);
      notes.push(`Annotations fell back to workflow commands because ${why}.`);
    }
  }
  // The step's own annotations share GitHub's 10 per type: the warnings printed so far, and the error
  // core.setFailed prints at the end when the job fails. One more warning slot is kept for the line that
  // counts the findings left out, when some are.
  const slots = { error: COMMAND_ANNOTATIONS_PER_TYPE - (totals.failed ? 1 : 0), warn: COMMAND_ANNOTATIONS_PER_TYPE - warningsIssued };
  let chosen = commandAnnotations(findings, changed?.lines ?? new Map(), slots);
  if (chosen.notShown > 0) chosen = commandAnnotations(findings, changed?.lines ?? new Map(), { ...slots, warn: slots.warn - 1 });
  process.stdout.write(chosen.text);
  if (chosen.notShown > 0) {
    const line = `${chosen.notShown} more finding(s) are not annotated (GitHub shows at most 10 annotations of each type per step from workflow commands); all ${totals.all} are listed in the log above and in the job summary.`;
    warn(line);
    notes.push(line);
  }
  return false;
}
