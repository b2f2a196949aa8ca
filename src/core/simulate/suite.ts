/**
 * Runs scenario files against a world and gathers their results and branch coverage. Pure: the adapters
 * (CLI, Action) read the files and print the report.
 */
import type { FlowCoverageReport, ScenarioResult } from './results.js';
import type { Transition } from '../model/flow.js';
import { coverageOf } from './coverage.js';
import { checkExpectations } from './expect.js';
import { simulate, type World } from './run.js';
import type { ScenarioFile } from './scenario.js';

export interface SuiteEntry {
  /** The scenario file as reports name it. */
  readonly file: string;
  readonly scenarios: ScenarioFile;
  /** Index of the flow it tests in world.flows. */
  readonly entry: number;
}

export interface SuiteRun {
  readonly results: ScenarioResult[];
  /** Flows the scenarios entered, in world order, with the branches they took. */
  readonly coverage: FlowCoverageReport[];
  /** Blocks simulated, over all scenarios (for the benchmark). */
  readonly steps: number;
  /** Every transition some scenario took, and the world's indexes of the flows entered (for diagrams). */
  readonly taken: ReadonlySet<Transition>;
  readonly entered: readonly number[];
}

/** Steps one run may simulate over all its scenarios: scenario files come from pull requests. */
export const RUN_STEP_BUDGET = 2_000_000;

export function runSuite(world: World, entries: readonly SuiteEntry[], budget = RUN_STEP_BUDGET): SuiteRun {
  const results: ScenarioResult[] = [];
  const taken = new Set<Transition>();
  const entered = new Set<number>();
  let steps = 0;
  for (const e of entries) {
    entered.add(e.entry);
    for (const s of e.scenarios.scenarios) {
      const r = simulate(world, e.entry, s.given, Math.max(0, budget - steps));
      const verdict = checkExpectations(world, r, s.expect);
      for (const t of r.taken) taken.add(t);
      for (const st of r.steps) entered.add(st.flow);
      steps += r.steps.length;
      results.push({
        file: e.file,
        line: s.at.line,
        name: s.name,
        flow: world.flows[e.entry]!.file,
        passed: verdict.passed,
        failures: verdict.failures,
        notes: r.notes,
        path: r.steps.map((st) => st.blockId),
        trace: r.steps.map((st) => ({ flow: world.flows[st.flow]!.file, blockId: st.blockId, type: st.type, branch: st.branch })),
        prompts: r.prompts,
        attributes: r.attributes,
        ...(r.ends !== undefined ? { ends: r.ends } : {}),
        ...(r.queue !== undefined ? { queue: r.queue } : {}),
      });
    }
  }
  const coverage: FlowCoverageReport[] = [];
  for (let i = 0; i < world.flows.length; i++) {
    if (!entered.has(i)) continue;
    const f = world.flows[i]!;
    const c = coverageOf(f.flow, taken);
    const ranges = f.flow.doc.ranges(c.uncovered.map((u) => ({ path: u.transition.path })));
    coverage.push({
      file: f.file,
      ...(f.name !== undefined ? { name: f.name } : {}),
      branches: { covered: c.covered, total: c.total },
      uncovered: c.uncovered.map((u, k) => ({ blockId: u.blockId, type: u.type, branch: u.branch, line: ranges[k]!.start.line, column: ranges[k]!.start.column })),
    });
  }
  return { results, coverage, steps, taken, entered: [...entered].sort((a, b) => a - b) };
}
