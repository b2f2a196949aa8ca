/**
 * A lint run over a repository, pure: each file's flows are linted and summarised, the summaries are linked
 * into a call graph, the rules with a repository-level check run on it, and the flows other flows call are
 * linted again with the customer profile their callers hand over. Reading is the caller's (src/node): a
 * source is read when it is linted, one at a time, so a run over thousands of files keeps only findings and
 * summaries, never every text at once.
 */
import type { ActiveRule } from './config/resolve.js';
import { FILE_RULE_IDS } from './config/file-rules.js';
import { configProblemsOnce, lintText, type FileReport } from './lint.js';
import { linkRepository, summarizeFlow, type DeployBindings, type EntryProfile, type FlowSummary, type RepositoryLinks } from './repo/link.js';
import { compareFindings, SEVERITY_RANK, type Finding, type SeverityOrOff } from './types.js';

/** One file of the run. */
export interface FlowSource {
  /** The name findings carry (relative to the working directory, forward slashes). */
  readonly name: string;
  /** False for a file read only so that references to it resolve: it is linked, no rule runs on it, nothing of it is reported. */
  readonly reported: boolean;
  /** The rules that apply to the file. */
  readonly rules: readonly ActiveRule[];
  /** The file's text, or the findings that say why it could not be read (parse-error, file-too-large). */
  read(): { readonly text: string } | { readonly findings: readonly Finding[] };
}

export interface ProjectOptions {
  /** The config's `flows:` map (a reference's target by id or name → its file), file names as the sources'. */
  readonly aliases?: ReadonlyMap<string, { file: string; name?: string }>;
  /** Deploy-tool bindings (Terraform) that name flows by resource. */
  readonly bindings?: DeployBindings;
  /** Files whose reports keep their models (flows and graphs), for callers that use them (scenario tests). */
  readonly keepModels?: (name: string) => boolean;
  /** How a config problem names the config file (relative to the working directory). */
  readonly nameOf?: (file: string) => string;
}

export interface ProjectRun {
  /** Every finding of the reported files, sorted by file and position. */
  readonly findings: Finding[];
  /** One report per reported file that could be read. */
  readonly reports: FileReport[];
  readonly flows: number;
  /** Each flow's summary (context files' too) and how the flows call each other. */
  readonly summaries: readonly FlowSummary[];
  readonly links: RepositoryLinks;
}

/**
 * The option of profile-lookup-before-use that says a flow nobody in the run calls is entered with the
 * customer profile loaded: the start state of each flow's summary, so the callers' hand-over agrees with
 * what the rule assumes.
 */
const PROFILE_AT_ENTRY = { ruleId: 'profile-lookup-before-use', option: 'profileLoadedAtEntry' } as const;

export function lintProject(sources: readonly FlowSource[], options: ProjectOptions = {}): ProjectRun {
  const perFlow = new Map<string, Finding[]>();
  const reports = new Map<string, FileReport>();
  const summaries: FlowSummary[] = [];
  const byName = new Map<string, FlowSource>();
  const keep = (s: FlowSource): boolean => s.reported && options.keepModels?.(s.name) === true;
  for (const source of sources) {
    byName.set(source.name, source);
    const one = lintSource(source, keep(source));
    perFlow.set(source.name, one.findings);
    if (one.report) reports.set(source.name, one.report);
    for (const s of one.summaries) summaries.push(s);
  }

  const links = linkRepository(summaries, options.aliases, options.bindings);
  const perProject = projectFindings(summaries, links, (s) => byName.get(s.file)?.rules ?? []);

  // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
  const entriesByFile = new Map<string, Map<number, EntryProfile>>();
  for (const [i, entry] of links.entries) {
    const s = summaries[i]!;
    const m = entriesByFile.get(s.file) ?? new Map<number, EntryProfile>();
    m.set(s.index, entry);
    entriesByFile.set(s.file, m);
  }
  for (const [name, entries] of entriesByFile) {
    const source = byName.get(name)!;
    if (!source.reported) continue;
    const one = lintSource(source, keep(source), entries);
    if (!one.report) continue;
    perFlow.set(name, one.findings);
    reports.set(name, one.report);
  }

  const kept = sources.filter((s) => s.reported).map((s) => s.name);
  const findings = configProblemsOnce(
    kept.flatMap((name) => [...perFlow.get(name)!, ...(perProject.get(name) ?? [])]),
    options.nameOf,
  ).sort(compareFindings);
  const all = kept.flatMap((name) => reports.get(name) ?? []);
  return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}

/**
 * Reads and lints one file. A function of its own so that nothing of the file (its text, parsed value,
 * models) stays reachable from the loop's frame once it returns.
 */
function lintSource(source: FlowSource, keepModels: boolean, entries?: ReadonlyMap<number, EntryProfile>): { findings: Finding[]; report?: FileReport; summaries: FlowSummary[] } {
  const read = source.read();
  const fileRules = fileRuleSeverities(source.rules);
  if (!('text' in read)) return { findings: read.findings.flatMap((f) => withFileRuleSeverity(f, fileRules)), summaries: [] };
  // A file read only for linking runs no rule: its summary is all the repository pass needs of it.
  const report = lintText(source.name, read.text, source.reported ? source.rules : [], entries, fileRules);
  const summaries: FlowSummary[] = [];
  if (!entries) {
    const loadedByDefault = source.rules.find((r) => r.id === PROFILE_AT_ENTRY.ruleId)?.then[0]?.options[PROFILE_AT_ENTRY.option] === true;
    report.models.forEach((m, i) => summaries.push(summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
  }
  return { findings: report.findings, report: keepModels ? report : { ...report, models: [] }, summaries };
}

/**
 * The findings of the rules with a repository-level check (reference-exists), by file. Each such rule runs
 * once over every summary; a flow's file decides whether the rule is on for it, its severity and options.
 */
function projectFindings(summaries: readonly FlowSummary[], links: RepositoryLinks, rulesOf: (s: FlowSummary) => readonly ActiveRule[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const ruleSets = summaries.map(rulesOf);
  const ids = new Set<string>();
  for (const rules of new Set(ruleSets)) for (const r of rules) if (r.then.some((t) => t.fn.checkProject)) ids.add(r.id);
  for (const id of ids) {
    const activeIn = ruleSets.map((rules) => rules.find((r) => r.id === id));
    const check = activeIn.find((r) => r !== undefined)!.then.find((t) => t.fn.checkProject)!;
    const results = check.fn.checkProject!({
      summaries,
      links,
      optionsFor: (i) => activeIn[i]?.then.find((t) => t.fn === check.fn)?.options as never,
    });
    for (const r of results) {
      const s = summaries[r.summary]!;
      const rule = activeIn[r.summary];
      if (!rule) continue;
      const list = out.get(s.file) ?? [];
      list.push({
        ruleId: rule.id,
        // A result may ask for less than the rule's severity, never more.
        severity: r.severity !== undefined && SEVERITY_RANK[r.severity] < SEVERITY_RANK[rule.severity] ? r.severity : rule.severity,
        message: r.message,
        file: s.file,
        range: r.range,
        ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
        ...(s.name !== undefined ? { flowName: s.name } : {}),
        ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
        ...(r.subject !== undefined ? { subject: r.subject } : {}),
      });
      out.set(s.file, list);
    }
  }
  return out;
}

/** The severity of each reader rule (FILE_RULES) for a file: every config has them, so one not active is off. */
function fileRuleSeverities(rules: readonly ActiveRule[]): Map<string, SeverityOrOff> {
  return new Map([...FILE_RULE_IDS].map((id) => [id, rules.find((r) => r.id === id)?.severity ?? 'off']));
}

/** A finding of a reader rule (file-too-large) with the config's severity, or none when the rule is off; parse-error as it is. */
function withFileRuleSeverity(f: Finding, fileRules: ReadonlyMap<string, SeverityOrOff>): Finding[] {
  const severity = fileRules.get(f.ruleId);
  if (severity === undefined) return [f];
  return severity === 'off' ? [] : [{ ...f, severity }];
}
