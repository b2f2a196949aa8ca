/**
 * `connect-flow-lint test [paths]`: runs the scenario files (`*.test.yaml`) against the repository's flows,
 * offline. The adapter: options and the report; finding and reading the files is src/node/scenario-files.ts
 * (shared with the Action), the simulation is the pure core in src/core/simulate.
 * Exit codes: 0 every scenario passed, 1 one failed, 2 a scenario file is bad (the others still run).
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { formatScenarioJunit } from '../reporters/scenario-junit.js';
import { formatCoverageMarkdown } from '../reporters/scenario-mermaid.js';
import { formatScenarioStylish } from '../reporters/scenario-stylish.js';
import { discoverConfig } from '../node/config-files.js';
import { relativeName } from '../node/lint-files.js';
import { runScenarioFiles, TestUsageError } from '../node/scenario-files.js';


export interface TestIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  write(text: string): void;
  error(text: string): void;
}

const FORMATS = ['stylish', 'json', 'junit', 'markdown'] as const;

export const TEST_HELP = `Usage: connect-flow-lint test [paths...] [--format stylish|json|junit|markdown] [--coverage]

Runs the scenario files (*.test.yaml, and those listed under "tests:" in .connect-flow-lint.yaml) against
the flows of the repository, offline: where each caller goes, what they hear, which queue they reach.

Options:
  -f, --format NAME        stylish (default), json, junit, or markdown (a Mermaid diagram per flow:
                           green routes taken, red dashed routes no scenario took)
      --coverage           report the branches of each flow the scenarios took, and those they did not
  -o, --output-file FILE   write the report to FILE instead of standard output
  -c, --config FILE        config file (default: nearest .connect-flow-lint.yaml upward)
      --color / --no-color
  -h, --help               this help

Exit codes: 0 every scenario passed, 1 a scenario failed, 2 a scenario file is bad or a usage error.`;

/** The command: options, the run, the report, the exit code. */
export async function testCommand(argv: readonly string[], io: TestIo, loadConfig: (configPath: string | undefined) => Promise<ResolvedConfig>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        coverage: { type: 'boolean', default: false },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new TestUsageError(`${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\nRun connect-flow-lint test --help for the options.`);
  }
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    io.write(`${TEST_HELP}\n`);
    return 0;
  }
  const format = opts.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new TestUsageError(`unknown format "${opts.format}" for test: use one of ${FORMATS.join(', ')}`);
  const config = await loadConfig(opts.config);
  const configFile = opts.config !== undefined ? resolve(io.cwd, opts.config) : discoverConfig(io.cwd);
  const run = runScenarioFiles(io.cwd, positionals, config, configFile);

  const problems = [...run.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column));
  for (const p of problems) io.error(`connect-flow-lint: ${isAbsolute(p.file) ? relativeName(io.cwd, p.file) : p.file}:${p.at.line}:${p.at.column}: ${p.message}\n`);
  if (run.scenarioFiles === 0) {
    io.error(`connect-flow-lint: no scenario files found${positionals.length > 0 ? ` in ${positionals.join(', ')}` : ''}: write a *.test.yaml next to a flow (see the README, "Scenario tests")\n`);
    return 2;
  }
  const color = opts['no-color'] ? false : opts.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR'] && opts['output-file'] === undefined);
  let output: string;
  if (format === 'json') output = `${JSON.stringify(opts.coverage ? { results: run.results, coverage: run.coverage } : run.results, null, 2)}\n`;
  else if (format === 'junit') output = formatScenarioJunit(run.results);
  else if (format === 'markdown') output = formatCoverageMarkdown(run.entered.map((i) => run.world.flows[i]!), run.taken);
  else output = formatScenarioStylish(run.results, opts.coverage ? run.coverage : undefined, { color });
  if (opts['output-file'] !== undefined) writeFileSync(resolve(io.cwd, opts['output-file']), output);
  else io.write(output);

  if (run.problems.length > 0) return 2;
  return run.results.some((r) => !r.passed) ? 1 : 0;
}
