import { readTrustedFile, UnsafeFileError } from '../node/safe-fs.js';
import { repositoryRoot } from '../node/repository.js';
import { DEFAULT_MAX_FILE_BYTES } from '../node/lint-files.js';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffFlows } from '../core/graph/diff.js';
import { RoutingGraph } from '../core/graph/routing-graph.js';
import { buildFlow, type Flow } from '../core/model/flow.js';
import { readFlowFile } from '../core/source/read-file.js';
import { diffDot } from '../reporters/diff-dot.js';
import { diffJson, graphDot, graphJson } from '../reporters/graph-formats.js';
import { flowchart } from '../reporters/mermaid.js';
import { describeChanges, diffDiagram } from '../reporters/routing-diff.js';
import { git, GitRevisionError, resolveCommit, revisionProblem } from '../node/git.js';
import { jsonSafe, terminalText } from '../reporters/escape.js';

export const GRAPH_HELP = `Usage: connect-flow-lint graph FILE [--format mermaid|dot|json]
       connect-flow-lint graph OLD_FILE NEW_FILE [--format mermaid|dot|json]
       connect-flow-lint graph --old OLD_FILE --new NEW_FILE [--format mermaid|dot|json]
       connect-flow-lint graph FILE --base REF [--format mermaid|dot|json]
       connect-flow-lint graph --repo [paths...] [--format mermaid|dot|json]

Prints the routing graph of the flow in FILE. With two files (old first, as in diff and git diff) or --base REF
(a git revision: FILE as it was there is the old version), prints what changed in routing instead: blocks
added, removed and changed, routes added, removed and re-targeted, and a moved entry point. Blocks are matched
by Identifier. A FILE that did not exist at REF is shown as all added.
With --repo, prints which flows of the repository transfer to, invoke, or set as event flows which others.`;

export class GraphUsageError extends Error {}

interface Loaded {
  readonly flows: Flow[];
  readonly problem?: string;
}

function load(name: string, text: string): Loaded {
  const contents = readFlowFile(name, text);
  // Only a file that cannot be read stops a graph; warnings (a template resource we cannot read) do not.
  const problem = contents.problems.find((p) => p.ruleId === 'parse-error') ?? (contents.flows.length === 0 ? contents.problems[0] : undefined);
  if (problem) return { flows: [], problem: `${name}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}` };
  if (contents.flows.length === 0) return { flows: [], problem: `${name} is not a flow: ${contents.notAFlow ?? 'no flow found'}` };
  return { flows: contents.flows.map(buildFlow) };
}

/**
 * The file's text at a git revision, found from the file's own folder so any working directory works. The
 * revision is checked and resolved to a commit id first, so nothing the user typed reaches `git show`.
 */
function gitShow(file: string, ref: string): string | undefined {
  const dir = dirname(file);
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch (e) {
    throw new GraphUsageError(`cannot read ${file} at ${ref}: ${firstLine(e)}`);
  }
  let commit: string;
  try {
    commit = resolveCommit(top, ref, '--base');
  } catch (e) {
    if (e instanceof GitRevisionError) throw new GraphUsageError(`cannot read ${file} at that revision: ${e.message}`);
    throw e;
  }
  const path = relative(top, file).split('\\').join('/');
  try {
    git(top, ['cat-file', '-e'], [`${commit}:${path}`]);
  } catch {
    return undefined; // not in that commit: the file is new since it
  }
  try {
    return git(top, ['show'], [`${commit}:${path}`]);
  } catch (e) {
    throw new GraphUsageError(`cannot read ${file} at ${ref}: ${firstLine(e)}`);
  }
}

const firstLine = (e: unknown): string => String((e as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || (e as Error).message;

/** `connect-flow-lint graph --repo`: the call graph between the flows of the given paths. */
export type RepoGraph = (paths: readonly string[], format: string) => Promise<string>;

/** `connect-flow-lint graph`: returns the text to print, or throws GraphUsageError. */
export async function graphCommand(argv: readonly string[], cwd: string, repoGraph: RepoGraph, notice: (line: string) => void = () => {}): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'mermaid' },
        base: { type: 'string' },
        old: { type: 'string' },
        new: { type: 'string' },
        repo: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new GraphUsageError(`${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\n${GRAPH_HELP}`);
  }
  const { values } = parsed;
  if (values.help) return `${GRAPH_HELP}\n`;
  // --old/--new name the versions explicitly; otherwise two files are OLD NEW, as diff and git diff take them.
  if ((values.old === undefined) !== (values.new === undefined)) throw new GraphUsageError('give --old and --new together (or two files: OLD_FILE NEW_FILE)');
  if (values.old !== undefined && (parsed.positionals.length > 0 || values.base !== undefined)) throw new GraphUsageError('--old and --new name both versions: give no other file and no --base');
  const positionals = values.old !== undefined ? [values.new!, values.old] : parsed.positionals.length === 2 ? [parsed.positionals[1]!, parsed.positionals[0]!] : parsed.positionals;
  const format = values.format ?? 'mermaid';
  if (!['mermaid', 'dot', 'json'].includes(format)) throw new GraphUsageError(`unknown format "${format}": use mermaid, dot or json`);
  if (values.repo) {
    if (values.base !== undefined) throw new GraphUsageError('--repo draws the call graph of the current files; it takes no --base');
    return repoGraph(positionals.length > 0 ? positionals : ['.'], format);
  }
  if (positionals.length === 0 || positionals.length > 2) throw new GraphUsageError(GRAPH_HELP);
  if (positionals.length === 2 && values.base !== undefined) throw new GraphUsageError('give either two files or one file and --base REF, not both');
  // Checked before anything runs: a branch name passed through from a pull request may look like an option.
  const refProblem = values.base !== undefined ? revisionProblem(values.base) : undefined;
  if (refProblem) throw new GraphUsageError(`--base ${JSON.stringify(values.base)} is not a git revision: ${refProblem}`);
  const file = resolve(cwd, positionals[0]!);
  // Read as the linter reads flows: a regular file (a FIFO or /dev/zero named here cannot hang or flood it).
  const read = (f: string): string => {
    try {
      return readTrustedFile(f, { root: repositoryRoot(cwd), maxBytes: DEFAULT_MAX_FILE_BYTES, what: 'the flow', display: f, namedByUser: true }).toString('utf8');
    } catch (e) {
      if (e instanceof UnsafeFileError) throw new GraphUsageError(e.message);
      throw new GraphUsageError(`cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  const head = load(positionals[0]!, read(file));
  if (head.problem) throw new GraphUsageError(head.problem);

  if (positionals.length === 1 && values.base === undefined) {
    const out = head.flows.map((flow) => {
      const graph = new RoutingGraph(flow);
      if (format === 'json') return jsonSafe(JSON.stringify(graphJson(flow, graph), null, 2)) + '\n';
      if (format === 'dot') return graphDot(flow, graph);
      // A large flow is drawn around its start with runs of blocks folded, unless --all: said in the output and on stderr.
      const chart = flowchart(flow, graph, [], { all: values.all });
      if (chart.note) notice(`${terminalText(flow.doc.name ?? positionals[0]!)}: ${chart.note} (--all draws every block)`);
      return chart.text + (chart.note ? `%% ${chart.note} (--all draws every block)\n` : '');
    });
    return out.join('\n');
  }

  const baseName = positionals[1] ?? `${positionals[0]}@${values.base}`;
  const baseText = positionals[1] !== undefined ? read(resolve(cwd, positionals[1])) : gitShow(file, values.base!);
  // A file new since REF: its old version is an empty flow, so every block and route shows as added.
  const base: Loaded = baseText === undefined ? { flows: [] } : load(baseName, baseText);
  if (base.problem) throw new GraphUsageError(base.problem);
  const newSince = baseText === undefined ? `${format === 'dot' ? '//' : '%%'} ${terminalText(positionals[0]!)} is new since ${terminalText(values.base!)}: every block is added\n` : '';
  // Flows are paired by name (a template's logical id, a wrapper's Name); a single flow pairs with a single flow.
  const pairs: Array<{ name: string; base: Flow; head: Flow }> = [];
  if (head.flows.length === 1 && base.flows.length === 1) pairs.push({ name: head.flows[0]!.doc.name ?? positionals[0]!, head: head.flows[0]!, base: base.flows[0]! });
  else {
    for (const h of head.flows) {
      const b = base.flows.find((f) => f.doc.name !== undefined && f.doc.name === h.doc.name) ?? EMPTY;
      pairs.push({ name: h.doc.name ?? '(unnamed flow)', head: h, base: b });
    }
    for (const b of base.flows) if (!head.flows.some((h) => h.doc.name === b.doc.name)) pairs.push({ name: b.doc.name ?? '(unnamed flow)', head: EMPTY, base: b });
  }
  if (format === 'json') {
    const out = pairs.map((p) => {
      const diff = diffFlows(p.base, p.head);
      return { flow: p.name, ...diffJson(diff), changes: describeChanges(p.base, p.head, diff) };
    });
    return jsonSafe(JSON.stringify(out.length === 1 ? out[0] : out, null, 2)) + '\n';
  }
  const changed = pairs.some((p) => describeChanges(p.base, p.head, diffFlows(p.base, p.head)).length > 0);
  const oldName = terminalText(baseName);
  const newName = terminalText(positionals[0]!);
  // An unchanged flow would draw as a chart with nothing marked: say it in words instead.
  if (!changed) return `No routing changes: ${oldName} and ${newName} have the same blocks, routes and entry point.\n`;
  return newSince + pairs
    .map((p) => {
      const diff = diffFlows(p.base, p.head);
      const title = pairs.length > 1 ? `%% flow: ${terminalText(p.name)}\n` : '';
      if (format === 'dot') return title.replace('%%', '//') + diffDot(p.base, p.head, diff);
      const every = p.base.actions.length + p.head.actions.length;
      const diagram = diffDiagram(p.base, p.head, diff, values.all ? { maxNodes: every, maxEdges: Number.MAX_SAFE_INTEGER, contextDepth: every, contextPerBlock: every } : {});
      if (diagram.note) notice(`${terminalText(p.name)}: ${diagram.note}${values.all ? '' : ' (--all draws every block)'}`);
      return title + diagram.text + (diagram.note ? `%% ${diagram.note}\n` : '') + describeChanges(p.base, p.head, diff).map((w) => `%% ${w}\n`).join('');
    })
    .join('\n');
}

const EMPTY: Flow = buildFlow({ file: '', value: { Actions: [] }, ranges: () => [] });
