import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { BUILTIN_PREFIX, rulesFor, type ActiveRule, type ResolvedConfig } from '../core/config/resolve.js';
import { lintText, type FileReport } from '../core/lint.js';
import { linkRepository, summarizeFlow, type EntryProfile, type FlowSummary, type RepositoryLinks } from '../core/repo/link.js';
import { referenceFindings } from '../core/repo/reference-findings.js';
import { compareFindings, type Finding } from '../core/types.js';

/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LintRun {
  /** Every finding, sorted by file and position. */
  readonly findings: Finding[];
  /** One report per file that could be read. */
  readonly reports: FileReport[];
  readonly flows: number;
  /** The repository pass: each flow's summary and how the flows call each other. */
  readonly summaries: readonly FlowSummary[];
  readonly links: RepositoryLinks;
}

/** A path as findings name it: relative to the working directory, with forward slashes. */
export function relativeName(cwd: string, file: string): string {
  if (file.startsWith(BUILTIN_PREFIX)) return file;
  const r = relative(cwd, file);
  return (r.startsWith('..') ? file : r).split(sep).join('/');
}

const ruleUsing = (rules: readonly ActiveRule[], fn: string): ActiveRule | undefined => rules.find((r) => r.then.some((t) => t.functionName === fn));

/**
 * Reads and lints files (the adapter side of the core: it does the I/O), then links them as a repository:
 * references between flows are resolved, `reference-exists` reports those that lead nowhere, and flows that
 * other flows call are linted again with the customer profile their callers hand over. A file that cannot
 * be read or is over the size limit becomes a finding, and the run goes on.
 */
export function lintFiles(files: readonly string[], config: ResolvedConfig, cwd: string, options: { maxFileBytes?: number; keepReports?: boolean } = {}): LintRun {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const perFile = new Map<string, Finding[]>();
  const reports = new Map<string, FileReport>();
  const memo = new Map<string, ActiveRule[]>();
  const summaries: FlowSummary[] = [];
  const absOf = new Map<string, string>();
  const rulesOf = (abs: string): ActiveRule[] => rulesFor(config, abs.split(sep).join('/'), memo);
  const keep = (report: FileReport): FileReport => (options.keepReports ? report : { ...report, models: [] });

  for (const abs of files) {
    const name = relativeName(cwd, abs);
    absOf.set(name, abs);
    const problems: Finding[] = [];
    const text = readFlowText(abs, name, maxBytes, problems);
    if (text === undefined) {
      perFile.set(name, problems);
      continue;
    }
    const rules = rulesOf(abs);
    const report = lintText(name, text, rules);
    const loadedByDefault = ruleUsing(rules, 'profileLookupBeforeUse')?.then[0]?.options['profileLoadedAtEntry'] === true;
    report.models.forEach((m, i) => summaries.push(summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
    perFile.set(name, report.findings);
    reports.set(name, keep(report));
  }

  const aliases = new Map([...config.flows].map(([k, v]) => [k, { ...v, file: relativeName(cwd, v.file) }]));
  const links = linkRepository(summaries, aliases);
  for (const f of referenceFindings(summaries, links, (s) => ruleUsing(rulesOf(absOf.get(s.file) ?? s.file), 'referenceExists'))) perFile.get(f.file)?.push(f);

  // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
  const entriesByFile = new Map<string, Map<number, EntryProfile>>();
  for (const [i, entry] of links.entries) {
    const s = summaries[i]!;
    const m = entriesByFile.get(s.file) ?? new Map<number, EntryProfile>();
    m.set(s.index, entry);
    entriesByFile.set(s.file, m);
  }
  for (const [name, entries] of entriesByFile) {
    const abs = absOf.get(name)!;
    const text = readFlowText(abs, name, maxBytes, []);
    if (text === undefined) continue;
    const report = lintText(name, text, rulesOf(abs), entries);
    const refs = (perFile.get(name) ?? []).filter((f) => f.ruleId !== undefined && ruleUsing(rulesOf(abs), 'referenceExists')?.id === f.ruleId);
    perFile.set(name, [...report.findings, ...refs]);
    reports.set(name, keep(report));
  }

  const findings = [...perFile.values()].flat().sort(compareFindings);
  const all = [...reports.values()];
  return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}

function readFlowText(abs: string, name: string, maxBytes: number, findings: Finding[]): string | undefined {
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  try {
    const size = statSync(abs).size;
    if (size > maxBytes) {
      findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${size} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
      return undefined;
    }
    return readFileSync(abs, 'utf8');
  } catch (e) {
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  }
}
