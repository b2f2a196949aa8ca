/**
 * The scenario files (`*.test.yaml`) of a repository, found, read and run against its flows, offline: the
 * part of `connect-flow-lint test` the Action's scenario step shares. Flows are read through the linter's
 * own reader (lintFiles); the simulation is the pure core in src/core/simulate.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { ConfigError, parseYamlTree, type ConfigProblem } from '../core/config/yaml-tree.js';
import type { Flow } from '../core/model/flow.js';
import type { World } from '../core/simulate/run.js';
import { parseScenarioFile, type ScenarioFile } from '../core/simulate/scenario.js';
import { runSuite, type SuiteEntry, type SuiteRun } from '../core/simulate/suite.js';
import { linkedWorld } from '../core/simulate/world.js';
import { collectFiles, isInside } from './files.js';
import { lintFiles, relativeName } from './lint-files.js';

export class TestUsageError extends Error {}

export const SCENARIO_FILE = /\.test\.ya?ml$/i;
const MAX_SCENARIO_BYTES = 1024 * 1024;
/** Everything a test run found: results, coverage, and the scenario files that could not be used. */
export interface TestRun extends SuiteRun {
  readonly problems: ConfigProblem[];
  readonly world: World;
  readonly scenarioFiles: number;
}

/**
 * Finds the scenario files under `paths` (or the repository and the config's `tests:`), reads the flows,
 * and runs every scenario. Bad scenario files become problems; the others still run.
 */
export function runScenarioFiles(cwd: string, paths: readonly string[], config: ResolvedConfig, configFile: string | undefined): TestRun {
  const problems: ConfigProblem[] = [];
  const scenarioPaths = findScenarioFiles(cwd, paths, configFile, problems);
  if (scenarioPaths.length === 0) {
    const world: World = { flows: [], callee: () => undefined };
    return { results: [], coverage: [], steps: 0, taken: new Set(), entered: [], problems, world, scenarioFiles: 0 };
  }
  const parsed: Array<{ abs: string; name: string; file: ScenarioFile }> = [];
  for (const abs of scenarioPaths) {
    const name = relativeName(cwd, abs);
    try {
      const size = statSync(abs).size;
      if (size > MAX_SCENARIO_BYTES) throw new ConfigError([{ file: name, at: { line: 1, column: 1 }, message: `the scenario file is ${size} bytes, over the ${MAX_SCENARIO_BYTES}-byte limit` }]);
      parsed.push({ abs, name, file: parseScenarioFile(name, readFileSync(abs, 'utf8')) });
    } catch (e) {
      if (e instanceof ConfigError) problems.push(...e.problems);
      else problems.push({ file: name, at: { line: 1, column: 1 }, message: `cannot read the scenario file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  }

  // The flows: every flow file of the repository (a TransferToFlow may lead to any of them), read and linked
  // by the linter itself, plus flow files the scenarios name outside the searched folders.
  const flowFiles = new Set(collectFiles(['.'], cwd).files.filter((f) => !SCENARIO_FILE.test(f)));
  for (const p of parsed) {
    const target = resolve(dirname(p.abs), p.file.flow.split('#')[0]!);
    if (!SCENARIO_FILE.test(target) && isInside(cwd, target)) flowFiles.add(target);
  }
  const lint = lintFiles([...flowFiles].sort(), config, cwd, { keepReports: true });
  const reports = new Map(lint.reports.map((r) => [r.file, r]));
  const world: World = linkedWorld(lint.summaries, lint.links, (s): Flow | undefined => reports.get(s.file)?.models[s.index]?.flow);
  const parseErrors = new Map<string, string>();
  for (const f of lint.findings) if (f.ruleId === 'parse-error' && !parseErrors.has(f.file)) parseErrors.set(f.file, `${f.range.start.line}:${f.range.start.column}: ${f.message}`);

  const entries: SuiteEntry[] = [];
  for (const p of parsed) {
    const entry = resolveFlow(cwd, p.abs, p.file.flow, world, parseErrors);
    if (typeof entry === 'string') problems.push({ file: p.name, at: p.file.flowAt, message: entry });
    else entries.push({ file: p.name, scenarios: p.file, entry });
  }
  return { ...runSuite(world, entries), problems, world, scenarioFiles: scenarioPaths.length };
}

function findScenarioFiles(cwd: string, paths: readonly string[], configFile: string | undefined, problems: ConfigProblem[]): string[] {
  if (paths.length > 0) {
    const { files, unmatched } = collectFiles(paths, cwd);
    if (unmatched.length > 0) throw new TestUsageError(`no such file or no match: ${unmatched.join(', ')}`);
    // A file named on the command line is a scenario file whatever its name; folders are searched for *.test.yaml.
    const named = new Set(paths.map((p) => resolve(cwd, p)));
    const flowNamed = [...named].find((f) => /\.json$/i.test(f) && files.includes(f));
    if (flowNamed) throw new TestUsageError(`${relativeName(cwd, flowNamed)} is a flow, not a scenario file: name its *.test.yaml (or a folder), whose "flow:" says which flow it tests`);
    return files.filter((f) => SCENARIO_FILE.test(f) || named.has(f));
  }
  const found = new Set(collectFiles(['.'], cwd).files.filter((f) => SCENARIO_FILE.test(f)));
  for (const glob of configTests(configFile, problems)) {
    const base = dirname(configFile!);
    const { files } = collectFiles([glob.value], base);
    if (files.length === 0) problems.push({ file: relativeName(cwd, configFile!), at: glob.at, message: `"tests" entry ${JSON.stringify(glob.value)} matches no file` });
    for (const f of files) if (isInside(cwd, f)) found.add(f);
  }
  return [...found].sort();
}

/** The `tests:` entries of the config file (validated by the config loader; read here). */
function configTests(configFile: string | undefined, problems: ConfigProblem[]): Array<{ value: string; at: { line: number; column: number } }> {
  if (!configFile) return [];
  let tree;
  try {
    tree = parseYamlTree(configFile, readFileSync(configFile, 'utf8'));
  } catch (e) {
    if (e instanceof ConfigError) problems.push(...e.problems);
    return [];
  }
  if (tree.kind !== 'map') return [];
  const tests = tree.entries.find((e) => e.key === 'tests')?.value;
  if (!tests || tests.kind !== 'seq') return [];
  return tests.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [{ value: i.value, at: i.at }] : []));
}

/** The world index of the flow a scenario file names: a path relative to it (optionally #Name), or a flow name. */
function resolveFlow(cwd: string, scenarioAbs: string, flow: string, world: World, parseErrors: ReadonlyMap<string, string>): number | string {
  const [path, name] = flow.split('#', 2) as [string, string | undefined];
  const abs = resolve(dirname(scenarioAbs), path);
  const file = relativeName(cwd, abs);
  const inFile = world.flows.flatMap((f, i) => (f.file === file ? [i] : []));
  if (inFile.length > 0) {
    if (name !== undefined) {
      const named = inFile.find((i) => world.flows[i]!.name === name);
      return named ?? `"flow": ${file} holds no flow named "${name}" (it holds ${inFile.map((i) => JSON.stringify(world.flows[i]!.name ?? '(unnamed)')).join(', ')})`;
    }
    if (inFile.length > 1) return `"flow": ${file} holds ${inFile.length} flows: name one with flow: ${path}#<FlowName> (${inFile.map((i) => world.flows[i]!.name ?? '(unnamed)').join(', ')})`;
    return inFile[0]!;
  }
  if (relative(cwd, abs).startsWith('..') || (existsQuiet(abs) && !isInside(cwd, abs))) return `"flow": ${path} is outside the repository (${cwd}): a scenario may only test flows inside it`;
  const broken = parseErrors.get(file);
  if (broken) return `"flow": ${file} could not be read as a flow: ${broken}`;
  const byName = world.flows.flatMap((f, i) => (f.name === flow ? [i] : []));
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) return `"flow": ${byName.length} flows are named "${flow}" (${byName.map((i) => world.flows[i]!.file).join(', ')}): name the file instead`;
  if (existsQuiet(abs)) return `"flow": ${file} holds no flow`;
  const looksLikePath = /[/\\]|\.(json|ya?ml|template|tftpl)$/i.test(path);
  return `"flow": no file ${file} (paths are relative to the scenario file)${looksLikePath ? '' : `, and no flow in the repository is named "${flow}"`}`;
}

function existsQuiet(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
