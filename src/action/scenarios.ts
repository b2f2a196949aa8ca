/**
 * The Action's scenario step: when the repository has scenario files, runs them (as `connect-flow-lint test`
 * does), logs and annotates failing scenarios on their scenario file, adds results and the branch coverage
 * of the changed flows to the job summary, and checks that every branch the pull request added is taken by
 * some scenario (`require-branch-coverage`, off by default, makes that fail the job). Self-contained: main.ts
 * only calls runScenarioStep.
 */
import * as core from '@actions/core';
import { git, isCommitId } from '../node/git.js';
import { runScenarioFiles, type TestRun } from '../node/scenario-files.js';
import { discoverConfig } from '../node/config-files.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { buildFlow, type Flow } from '../core/model/flow.js';
import { branchesOf, coverageOf } from '../core/simulate/coverage.js';
import { readFlowFile } from '../core/source/read-file.js';
import { htmlCode, markdownText, terminalText } from '../reporters/escape.js';
import { formatScenarioStylish } from '../reporters/scenario-stylish.js';
import { percent, shortBlockId, type FlowCoverageReport } from '../core/simulate/results.js';

export interface ScenarioStepOptions {
  readonly cwd: string;
  readonly config: ResolvedConfig;
  /** Files the pull request changed (undefined: not a pull request, every flow counts as changed). */
  readonly changed: ReadonlySet<string> | undefined;
  readonly baseSha: string | undefined;
  readonly summary: boolean;
  /** fail-on: never keeps the job green whatever the scenarios say. */
  readonly failOn: 'error' | 'warn' | 'never';
}

export interface ScenarioStepResult {
  /** Whether the scenarios (or the coverage check) should fail the job; with why. */
  readonly failed: boolean;
  readonly reason?: string;
}

/** GitHub shows at most 10 error annotations from workflow commands per step; main.ts's findings use check runs. */
const MAX_ANNOTATIONS = 10;

function readBool(name: string): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '' || ['false', 'no', '0', 'off'].includes(raw)) return false;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  throw new Error(`input "${name}" is "${core.getInput(name)}": use true or false`);
}


/** The file at the base commit, through the one git helper (no shell, options ended before the revision); only a full commit id reaches git. */
function baseText(cwd: string, baseSha: string, file: string): string | undefined {
  if (!isCommitId(baseSha)) return undefined;
  try {
    return git(cwd, ['show'], [`${baseSha}:${file}`]);
  } catch {
    return undefined;
  }
}

const branchKey = (blockId: string, kind: string, branch: string): string => `${blockId}\u0000${kind}\u0000${branch}`;

/** The branches of `head` that its base version did not have (all of them for a new file). */
function addedBranches(head: Flow, file: string, cwd: string, baseSha: string | undefined): Set<string> {
  const headKeys = branchesOf(head).map((b) => branchKey(b.blockId, b.transition.kind, b.branch));
  const text = baseSha ? baseText(cwd, baseSha, file) : undefined;
  if (!baseSha) return new Set();
  if (text === undefined) return new Set(headKeys);
  const baseFlows = readFlowFile(file, text).flows.map(buildFlow);
  const base = baseFlows.length === 1 ? baseFlows[0] : baseFlows.find((f) => f.doc.name !== undefined && f.doc.name === head.doc.name);
  const before = new Set((base ? branchesOf(base) : []).map((b) => branchKey(b.blockId, b.transition.kind, b.branch)));
  return new Set(headKeys.filter((k) => !before.has(k)));
}

export async function runScenarioStep(o: ScenarioStepOptions): Promise<ScenarioStepResult> {
  try {
    return await scenarioStep(o);
  } catch (e) {
    // Never a stack trace, never a silent pass: the step says what went wrong and the job fails.
    core.error(`connect-flow-lint test: ${(e as Error).message}`);
    return { failed: true, reason: `the scenarios could not be run (${(e as Error).message})` };
  }
}

async function scenarioStep(o: ScenarioStepOptions): Promise<ScenarioStepResult> {
  const requireCoverage = readBool('require-branch-coverage');
  const run: TestRun = runScenarioFiles(o.cwd, [], o.config, discoverConfig(o.cwd));
  if (run.scenarioFiles === 0) return { failed: false };

  for (const p of run.problems) core.error(p.message, { file: p.file, startLine: p.at.line, startColumn: p.at.column, title: 'connect-flow-lint: bad scenario file' });
  core.info(formatScenarioStylish(run.results, run.coverage, { color: false }));
  const failedScenarios = run.results.filter((r) => !r.passed);
  failedScenarios.slice(0, Math.max(0, MAX_ANNOTATIONS - run.problems.length)).forEach((r) => {
    core.error(r.failures.join('\n'), { file: r.file, startLine: r.line, title: `scenario failed: ${r.name}` });
  });

  // Coverage of the flows the pull request changed, and the branches it added that no scenario took.
  const changedCoverage = run.coverage.filter((c) => !o.changed || o.changed.has(c.file));
  const uncoveredAdded: Array<{ flow: FlowCoverageReport; blockId: string; type: string; branch: string; line: number }> = [];
  const addedCount = new Map<FlowCoverageReport, number>();
  for (const c of changedCoverage) {
    const f = run.world.flows.find((w) => w.file === c.file && w.name === c.name);
    if (!f) continue;
    const added = addedBranches(f.flow, c.file, o.cwd, o.changed ? o.baseSha : undefined);
    addedCount.set(c, added.size);
    // The same branches, in the same order, as the report's uncovered list (suite.ts builds it with coverageOf).
    coverageOf(f.flow, run.taken).uncovered.forEach((b, k) => {
      if (added.has(branchKey(b.blockId, b.transition.kind, b.branch))) uncoveredAdded.push({ flow: c, blockId: b.blockId, type: b.type, branch: b.branch, line: c.uncovered[k]!.line });
    });
  }
  for (const u of uncoveredAdded) core.info(terminalText(`${u.flow.file}:${u.line}: branch ${u.branch} of ${u.type} ${shortBlockId(u.blockId)} was added by this pull request and no scenario takes it`));

  if (o.summary) {
    const lines: string[] = [`### Scenario tests: ${run.results.length - failedScenarios.length} passed, ${failedScenarios.length} failed`, ''];
    if (run.problems.length > 0) {
      lines.push(`${run.problems.length} problem(s) in scenario files:`, '');
      for (const p of run.problems) lines.push(`- ${htmlCode(`${p.file}:${p.at.line}:${p.at.column}`)} ${markdownText(p.message)}`);
      lines.push('');
    }
    if (failedScenarios.length > 0) {
      lines.push('| Scenario | Where | What happened |', '| --- | --- | --- |');
      for (const r of failedScenarios) lines.push(`| ✗ ${markdownText(r.name)} | ${htmlCode(`${r.file}:${r.line}`)} | ${markdownText(r.failures.join('; '))} |`);
      lines.push('');
    }
    if (changedCoverage.length > 0) {
      lines.push(`#### Branch coverage of the ${o.changed ? 'changed ' : ''}flows`, '', '| Flow | Branches covered | Added by this pull request | Added, not covered |', '| --- | --- | --- | --- |');
      for (const c of changedCoverage) {
        const added = addedCount.get(c) ?? 0;
        const missing = uncoveredAdded.filter((u) => u.flow === c).length;
        lines.push(`| ${htmlCode(c.file)}${c.name ? ` ${markdownText(c.name)}` : ''} | ${c.branches.covered}/${c.branches.total} (${percent(c.branches)}) | ${o.changed ? added : '–'} | ${o.changed ? missing : '–'} |`);
      }
      lines.push('');
      if (uncoveredAdded.length > 0) {
        lines.push(`Branches this pull request added that no scenario takes${requireCoverage ? ' (require-branch-coverage: the job fails)' : ''}:`, '');
        for (const u of uncoveredAdded) lines.push(`- ${htmlCode(`${u.flow.file}:${u.line}`)} ${markdownText(`${u.type} ${shortBlockId(u.blockId)}: ${u.branch}`)}`);
        lines.push('');
      }
    }
    await core.summary.addRaw(`${lines.join('\n')}\n`).write();
  }

  const reasons: string[] = [];
  if (run.problems.length > 0) reasons.push(`${run.problems.length} problem(s) in scenario files`);
  if (failedScenarios.length > 0) reasons.push(`${failedScenarios.length} scenario(s) failed`);
  if (requireCoverage && uncoveredAdded.length > 0) reasons.push(`${uncoveredAdded.length} branch(es) added by the pull request are not covered by any scenario (require-branch-coverage)`);
  return reasons.length > 0 && o.failOn !== 'never' ? { failed: true, reason: reasons.join('; ') } : { failed: false };
}
