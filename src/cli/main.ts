import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { describeOrigin, effectiveRules, type ResolvedConfig } from '../core/config/resolve.js';
import { ConfigError } from '../core/config/yaml-tree.js';
import { applyBaseline, createBaseline, parseBaseline } from '../core/baseline.js';
import { VERSION } from '../generated/builtin-rulesets.js';
import { formatGithubBudgeted } from '../reporters/github.js';
import { formatGitlab } from '../reporters/gitlab.js';
import { formatJson } from '../reporters/json.js';
import { formatJunit } from '../reporters/junit.js';
import { formatSarif, type RuleInfo } from '../reporters/sarif.js';
import { formatStylish } from '../reporters/stylish.js';
import { jsonSafe, terminalLines, terminalText } from '../reporters/escape.js';
import { discoverConfig } from '../node/config-files.js';
import { loadConfig, readBaseline, UsageError } from '../node/load-config.js';
import { repositoryRoot } from '../node/repository.js';
import { isWithin, present, realOrSelf, UnsafeFileError, writeOutputFile } from '../node/safe-fs.js';
import { collectFiles } from '../node/files.js';
import { readStdin } from './stdin.js';
import { repositoryFlows } from '../node/repository-flows.js';
import { unlinkedNote } from '../core/repo/unlinked-note.js';
import { graphCommand, GraphUsageError } from './graph-command.js';
import { callGraphDot, callGraphJson, callGraphMermaid } from '../reporters/call-graph.js';
import { DEFAULT_MAX_FILE_BYTES, lintFiles, relativeName } from '../node/lint-files.js';
import { applyRuleFlags, listRules, parseRuleFlags, RuleFlagError } from './rule-flags.js';
import { testCommand } from './test-command.js';
import { TestUsageError } from '../node/scenario-files.js';
import { repositoryPaths } from '../node/repository-paths.js';

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  write(text: string): void;
  error(text: string): void;
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];


const HELP = `Usage: connect-flow-lint [options] [paths or globs...]
       connect-flow-lint graph [OLD_FILE] FILE [--base REF] [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]
       connect-flow-lint init [--force]
       connect-flow-lint test [paths...] [--format stylish|json|junit] [--coverage]

Lints Amazon Connect contact flows (flow-language exports and describe-contact-flow output).
With no paths, lints the flows under the current folder: .json, .yaml/.yml (CloudFormation), .template and
.tftpl files (skipping node_modules, dist, .git).

Options:
  -c, --config FILE        config file (default: nearest .connect-flow-lint.yaml/.yml upward,
                           else the built-in connect-flow-lint:recommended)
  -f, --format NAME        stylish (default), json, sarif, github, junit, gitlab
  -o, --output-file FILE   write the report to FILE instead of standard output (its folders are created)
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule 'ID: SEVERITY'
                           set a rule's severity over the config (error, warn, info, off; repeatable)
      --list-rules         list the built-in rules: severity in each ruleset, documentation
      --print-config FILE  print the rules that apply to FILE, and where each was set
      --max-file-size N    skip files over N bytes with a finding (default ${DEFAULT_MAX_FILE_BYTES})
      --stdin              lint the flow on standard input (at most --max-file-size bytes)
      --stdin-filename FILE
                           the name standard input's findings carry; it picks the overrides that apply
                           (default <stdin>)
      --pass-on-no-flows   exit 0 when the paths hold no flow (default: say so and exit 2)
      --baseline FILE      report only findings not in FILE; writes FILE when it does not exist
                           (not under CI: there a missing baseline reports every finding)
      --update-baseline    rewrite the --baseline FILE with the current findings (under CI, the
                           findings the previous FILE did not hold are still reported)
      --allow-functions    run custom rule functions from JavaScript files in the repository
      --verbose            say which files were skipped and why
      --color              colour even when the output is not a terminal (also FORCE_COLOR=1)
      --no-color           plain output (also NO_COLOR=1 or FORCE_COLOR=0)
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or config error.
Docs: https://github.com/connect-flow-lint/connect-flow-lint#readme`;

/** `-`, /dev/stdin and its aliases: standard input named as a path (a link, or a pipe, never a flow file). */
function namesStdin(arg: string): boolean {
  return arg === '-' || /^\/(dev\/stdin|dev\/fd\/0|proc\/self\/fd\/0)$/.test(arg);
}

/**
 * Colour as Node and chalk read the environment: FORCE_COLOR wins over NO_COLOR (Node's rule). FORCE_COLOR=0
 * or "false" is off; empty, "true", 1, 2 or 3 is on. NO_COLOR set to anything but "" is off (no-color.org).
 * Undefined: neither says, so whether the output is a terminal decides. --color/--no-color win over both.
 */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>): boolean | undefined {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    const v = force.trim().toLowerCase();
    if (v === '0' || v === 'false') return false;
    if (v === '' || v === 'true' || /^[123]$/.test(v)) return true;
  }
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return undefined;
}

/** A CI run (CI set, as every CI service does, or GitHub Actions): no baseline is created or trusted blindly there. */
export function underCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = (env['CI'] ?? '').trim().toLowerCase();
  return (ci !== '' && ci !== 'false' && ci !== '0') || env['GITHUB_ACTIONS'] === 'true';
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'print-config': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'list-rules': { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'allow-functions': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'pass-on-no-flows': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\nRun connect-flow-lint --help for the options.`);
  }
}

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

function printConfig(config: ResolvedConfig, file: string): string {
  const rules: Record<string, unknown> = {};
  // Rules an override turns off are listed too, with the override as where they were set.
  for (const effective of effectiveRules(config, file).sort((a, b) => a.id.localeCompare(b.id))) {
    rules[effective.id] = {
      severity: effective.severity,
      given: effective.given.map((g) => g.text),
      then: effective.then.map((t) => ({
        ...(t.field !== undefined ? { field: t.field.join('.') } : {}),
        function: t.functionName,
        functionOptions: Object.fromEntries(Object.entries(t.options).map(([k, v]) => [k, v instanceof RegExp ? v.source : Array.isArray(v) ? v.map((x: unknown) => (x instanceof RegExp ? x.source : x)) : v])),
      })),
      definedIn: describeOrigin(effective.definedIn),
      setIn: describeOrigin(effective.setIn),
    };
  }
  return `${jsonSafe(JSON.stringify({ file, configFiles: config.files, rules }, null, 2))}\n`;
}

function ruleInfo(config: ResolvedConfig): RuleInfo[] {
  return [...config.rules.values()].map((r) => ({ id: r.id, description: r.description, documentationUrl: r.documentationUrl, severity: r.severity }));
}

/** The CLI: gathers files and options, calls the core, prints a report. Returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await runUnchecked(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RuleFlagError) {
      io.error(`connect-flow-lint: ${terminalLines(e.message)}\n`);
      return 2;
    }
    if (e instanceof UnsafeFileError) {
      io.error(`connect-flow-lint: ${terminalLines(e.message)}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.error(`connect-flow-lint: the config has ${e.problems.length === 1 ? 'a problem' : `${e.problems.length} problems`}:\n`);
      // Messages quote config text (an unknown rule's name): one line each, controls written out.
      // In file order, as a reader goes through them (extends are resolved depth first, options late).
      const sorted = [...e.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.at.line - b.at.line || a.at.column - b.at.column));
      for (const p of sorted) io.error(`  ${terminalText(relativeName(io.cwd, p.file))}:${p.at.line}:${p.at.column}: ${terminalText(p.message)}\n`);
      return 2;
    }
    io.error(`connect-flow-lint: internal error: ${terminalLines((e as Error).message)}\nPlease report it with the command you ran.\n`);
    return 2;
  }
}


/** The call graph between the flows under `paths`, linked the way a lint run links them. */
async function repoGraph(paths: readonly string[], format: string, io: Io): Promise<string> {
  const config = await loadConfig(io.cwd, undefined);
  const { files, unmatched } = collectFiles(paths, io.cwd);
  if (unmatched.length > 0) throw new UsageError(`no such file or no match: ${unmatched.join(', ')}`);
  const { summaries, links } = lintFiles(files, config, io.cwd);
  if (format === 'json') return `${jsonSafe(JSON.stringify(callGraphJson(summaries, links), null, 2))}\n`;
  if (format === 'dot') return callGraphDot(summaries, links);
  const chart = callGraphMermaid(summaries, links);
  return chart.text + (chart.note ? `%% ${chart.note}\n` : '');
}

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/connect-flow-lint/schema/config.schema.json
# connect-flow-lint config: https://github.com/connect-flow-lint/connect-flow-lint#configuration
extends: [connect-flow-lint:recommended]

rules:
  # logging-enabled: warn                     # error | warn | info | off
  # error-branches-wired: [error, { strict: true }]

overrides:
  # Flows entered from another flow may arrive with a customer profile already loaded.
  # - files: ["flows/modules/**"]
  #   rules:
  #     profile-lookup-before-use: { options: { profileLoadedAtEntry: true } }
  #     profile-response-fields: { options: { profileLoadedAtEntry: true } }
`;

/** \`connect-flow-lint init\`: writes a starter config, never over an existing one unless --force. */
function init(argv: readonly string[], io: Io): number {
  const force = argv.includes('--force');
  const unknown = argv.filter((a) => a !== '--force');
  if (unknown.length > 0) throw new UsageError(`init takes only --force, not ${unknown.join(' ')}`);
  const path = resolve(io.cwd, '.connect-flow-lint.yaml');
  if (present(path) && !force) throw new UsageError(`${path} already exists: edit it, or run init --force to replace it`);
  // Another config (the .yml spelling here, or one in a folder above) would be silently shadowed by the new
  // file: the team's policy would stop applying with no word. --force replaces only the file init writes.
  const other = discoverConfig(io.cwd, repositoryRoot(io.cwd));
  if (other !== undefined && realOrSelf(other) !== realOrSelf(path)) {
    throw new UsageError(`${relativeName(io.cwd, other)} already configures this folder: a new .connect-flow-lint.yaml here would take its place, so nothing was written. Edit ${relativeName(io.cwd, other)} instead`);
  }
  // Never through a link: a committed .connect-flow-lint.yaml could be one pointing anywhere.
  writeOutputFile(path, STARTER_CONFIG, { root: repositoryRoot(io.cwd), what: 'the starter config', exclusive: !force });
  io.write(`Wrote ${relativeName(io.cwd, path)}: it extends connect-flow-lint:recommended. Editors with the YAML extension check it against the schema named on its first line.\n`);
  return 0;
}


async function runUnchecked(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'init') return init(argv.slice(1), io);
  if (argv[0] === 'test') return testCommand(argv.slice(1), io, (c) => loadConfig(io.cwd, c)).catch((e: unknown) => { throw e instanceof TestUsageError ? new UsageError(e.message) : e; });
  if (argv[0] === 'graph') {
    try {
      io.write(await graphCommand(argv.slice(1), io.cwd, (paths, format) => repoGraph(paths, format, io), (line) => io.error(`connect-flow-lint: ${line}\n`)));
      return 0;
    } catch (e) {
      if (e instanceof GraphUsageError) throw new UsageError(e.message);
      throw e;
    }
  }
  const { values: opts, positionals } = parse(argv);
  if (opts.help) {
    io.write(`${HELP}\n`);
    return 0;
  }
  if (opts.version) {
    io.write(`${VERSION}\n`);
    return 0;
  }
  if (opts['list-rules']) {
    io.write(listRules());
    return 0;
  }
  const ruleFlags = parseRuleFlags(opts.rule ?? []);
  const format = opts.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${opts.format}": use one of ${FORMATS.join(', ')}`);
  const maxWarnings = nonNegativeInt('max-warnings', opts['max-warnings']);
  const maxFileBytes = nonNegativeInt('max-file-size', opts['max-file-size']) ?? DEFAULT_MAX_FILE_BYTES;
  const color = opts['no-color'] ? false : opts.color ?? colorFromEnv(io.env) ?? (io.stdoutIsTTY && opts['output-file'] === undefined);

  const config = applyRuleFlags(await loadConfig(io.cwd, opts.config, { allowFunctions: opts['allow-functions'] }), ruleFlags);
  if (opts['print-config'] !== undefined) {
    io.write(printConfig(config, resolve(io.cwd, opts['print-config']).split(sep).join('/')));
    return 0;
  }

  if (opts['stdin-filename'] !== undefined && !opts.stdin) throw new UsageError('--stdin-filename names standard input: give --stdin too');
  if (opts.stdin && positionals.length > 0) throw new UsageError(`--stdin lints standard input only, not ${positionals.join(' ')}: drop the paths, or drop --stdin`);
  const stdinArg = positionals.find(namesStdin);
  if (stdinArg !== undefined) throw new UsageError(`${stdinArg} is standard input, which is not read as a file: use --stdin (and --stdin-filename FILE to name it)`);
  const stdin = opts.stdin ? resolve(io.cwd, opts['stdin-filename'] ?? '<stdin>') : undefined;

  const { files, skipped, unmatched } = stdin ? { files: [stdin], skipped: [], unmatched: [] } : collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
  if (unmatched.length > 0) throw new UsageError(`no such file or no match: ${unmatched.join(', ')}`);
  if (opts.verbose) for (const s of skipped) io.error(`skipped ${terminalText(s.path)}: ${terminalText(s.reason)}\n`);

  // Named files are linted in their repository: its other flows are read for linking, not reported.
  const root = repositoryRoot(io.cwd);
  // Only files inside the working directory have a repository here to be linked with (a folder named elsewhere
  // is linted on its own), and a run over the whole working directory is its own context.
  const here = resolve(io.cwd);
  const linksOut = stdin !== undefined || (positionals.length > 0 && !positionals.some((p) => resolve(here, p) === here) && files.some((f) => isWithin(here, f)));
  const context = linksOut ? repositoryFlows(io.cwd) : undefined;
  const sources = stdin ? new Map([[stdin, readStdin(maxFileBytes)]]) : undefined;
  const { findings: all, reports, flows, summaries, links } = lintFiles(files, config, io.cwd, { maxFileBytes, root, ...(context ? { context } : {}), ...(sources ? { sources } : {}) });
  // A file named on its own that is not a flow is said even without --verbose: naming it and seeing nothing would read as a pass.
  const named = new Set(stdin ? [relativeName(io.cwd, stdin)] : positionals.map((p) => relativeName(io.cwd, resolve(io.cwd, p))));
  for (const r of reports) if (r.notAFlow && (opts.verbose || named.has(r.file))) io.error(`${opts.verbose ? 'skipped' : 'connect-flow-lint: not linted:'} ${terminalText(r.file)}: not a flow: ${terminalText(r.notAFlow)}\n`);
  // No flow and no finding: as ESLint's "no files matching", a usage error, never a green run that checked nothing.
  if (flows === 0 && all.length === 0 && !opts['pass-on-no-flows']) {
    const where = stdin ? 'standard input holds' : positionals.length > 0 ? `${positionals.map(terminalText).join(', ')} ${positionals.length === 1 ? 'holds' : 'hold'}` : 'the current folder holds';
    throw new UsageError(`no flow was linted: ${where} no flow export, describe-contact-flow output or template with a flow (--verbose says what was passed over; --pass-on-no-flows exits 0)`);
  }
  const unlinked = unlinkedNote(summaries, links);
  if (unlinked && !opts.quiet) io.error(`connect-flow-lint: ${unlinked}\n`);

  let findings = all;
  // SARIF, the github and gitlab formats and the baseline name files from the repository root; the others from here.
  const paths = repositoryPaths(io.cwd, root);
  if (opts.baseline !== undefined) {
    const path = resolve(io.cwd, opts.baseline);
    // Under CI a pull request could delete the baseline: writing a fresh one there would be a green run.
    const ci = underCi(io.env);
    if (!ci && (!present(path) || opts['update-baseline'])) {
      writeOutputFile(path, `${JSON.stringify(createBaseline(paths.toRoot(all)), null, 2)}\n`, { root, what: 'the baseline' });
      io.error(`connect-flow-lint: wrote the baseline ${opts.baseline} with ${all.length} finding(s); later runs with --baseline report only new findings.\n`);
      return 0;
    }
    let baseline;
    try {
      baseline = present(path) ? parseBaseline(readBaseline(path, root, opts.baseline)) : undefined;
    } catch (e) {
      throw new UsageError(`the baseline ${opts.baseline} is unusable: ${(e as Error).message}. ${ci ? 'Write a new one with --baseline outside CI and commit it.' : 'Delete it and run again to write a new one.'}`);
    }
    if (!baseline && !opts['update-baseline']) io.error(`connect-flow-lint: the baseline ${opts.baseline} does not exist; under CI it is not created: every finding is reported. Write it with --baseline outside CI and commit it.\n`);
    const { fresh: freshRooted, known } = baseline ? applyBaseline(paths.toRoot(all), baseline) : { fresh: paths.toRoot(all), known: 0 };
    const fresh = paths.fromRoot(freshRooted);
    if (opts['update-baseline']) {
      writeOutputFile(path, `${JSON.stringify(createBaseline(paths.toRoot(all)), null, 2)}\n`, { root, what: 'the baseline' });
      io.error(`connect-flow-lint: wrote the baseline ${opts.baseline} with ${all.length} finding(s); under CI the ${fresh.length} finding(s) the previous baseline did not hold are still reported.\n`);
    }
    findings = fresh;
    if (known > 0) io.error(`connect-flow-lint: ${known} finding(s) already in the baseline ${opts.baseline} are not reported.\n`);
  } else if (opts['update-baseline']) throw new UsageError('--update-baseline needs --baseline FILE');
  // Every format names files from the repository root, as the baseline does: a run from a subfolder (or a
  // step's working-directory) points at the same files as a run from the root.
  const shown = paths.toRoot(opts.quiet ? findings.filter((f) => f.severity === 'error') : findings);
  if (opts.verbose) io.error(`linted ${flows} flow${flows === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);

  let output: string;
  switch (format) {
    case 'json':
      output = formatJson(shown);
      break;
    case 'sarif':
      output = formatSarif(shown, ruleInfo(config), { name: 'connect-flow-lint', version: VERSION, informationUri: 'https://github.com/connect-flow-lint/connect-flow-lint' });
      break;
    case 'github':
      // GitHub shows 10 annotations of each type per step: the rest are said and listed as plain lines.
      output = formatGithubBudgeted(shown);
      break;
    case 'junit':
      output = formatJunit(shown, reports.filter((r) => !r.notAFlow).map((r) => paths.file(r.file)));
      break;
    case 'gitlab':
      output = formatGitlab(shown);
      break;
    default:
      output = formatStylish(shown, { color });
  }
  if (opts['output-file'] !== undefined) {
    // Missing folders are made (inside the repository, or under the folder the user named outside it).
    writeOutputFile(resolve(io.cwd, opts['output-file']), output, { root, what: 'the report', makeFolders: true });
  } else io.write(output);

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.error(`connect-flow-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
