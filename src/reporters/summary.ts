import type { FileReport } from '../core/lint.js';
import type { Finding, Severity } from '../core/types.js';
import { htmlText as escapeHtml, markdownText as escapeMd } from './escape.js';
import { flowchart } from './mermaid.js';

export interface SummaryInput {
  /** Heading text; "connect-flow-lint" unless given. Plain text: it is escaped. */
  readonly title?: string;
  readonly reports: readonly FileReport[];
  /** The findings to report (all of them, or the ones the caller kept); diagrams highlight these. */
  readonly findings: readonly Finding[];
  /** Extra lines under the heading, as plain text (escaped). */
  readonly notes?: string[];
  /** Size cap of the whole body in UTF-8 bytes; GitHub's job-summary limit is 1 MiB. Default 1,000,000. */
  readonly maxBytes?: number;
  /**
   * What the change does to routing, per changed flow: a Mermaid diff diagram and the changes in words.
   * The words must already be safe Markdown (routing-diff's markdownChanges escapes every name from a flow
   * as `<code>`); the diagram text is Mermaid with escaped labels.
   */
  readonly routingChanges?: ReadonlyArray<{
    /** The section's heading. */
    readonly file: string;
    /** The file and flow the findings name (default: `file`, any flow of it), to put flows with errors first. */
    readonly path?: string;
    readonly flowName?: string;
    /** Mermaid text, or '' when there is nothing to draw (a deleted flow). */
    readonly diagram: string;
    readonly note?: string;
    readonly changes: readonly string[];
    /** The linted file and flow this change is of, and the blocks it touched: the flow's diagram is drawn around them. */
    readonly source?: { readonly file: string; readonly flowName?: string; readonly changedBlocks: readonly string[] };
  }>;
  /** Where every finding is listed when the table is cut ("N more in …"); "the check run" unless given. */
  readonly fullListAt?: string;
  /** Which flows call the changed ones (and which they call): a Mermaid diagram with escaped labels. */
  readonly callGraph?: { readonly diagram: string; readonly note?: string };
  /**
   * In a pull request: the findings of `findings` the base revision already had. Given, the heading counts
   * the new ones, the table lists them first, and the existing ones follow collapsed, with their count.
   */
  readonly existing?: ReadonlySet<Finding>;
}

type RoutingChangeInput = NonNullable<SummaryInput['routingChanges']>[number];

/** One flow's routing change: the words always, the diagram when asked (and when there is one: a deleted flow has none). */
function routingSection(r: RoutingChangeInput, withDiagram: boolean): string {
  const words = r.changes.length > 0 ? r.changes.map((c) => `- ${c}\n`).join('') : '- No routing change (only metadata or layout).\n';
  const drawn = withDiagram && r.diagram !== '';
  const diagram = drawn ? `\`\`\`mermaid\n${r.diagram}\`\`\`\n\n${r.note ? `${escapeMd(r.note)}\n\n` : ''}` : '';
  const cut = !drawn && r.diagram !== '' ? `_Diagram left out to keep the summary within its size limit._\n\n` : '';
  return `<details open><summary>${escapeHtml(r.file)}</summary>\n\n${diagram}${cut}${words}\n</details>\n`;
}

const ROUTING_HEAD = '\n#### Routing changes\n\n';

/**
 * What fits of the routing changes, in the order a reviewer needs them: the words of the flows with errors,
 * then their diagrams, then (after the findings table has taken its share) the other flows' words and
 * diagrams, then the call graph. Renders the sections in reading order, flows with errors first.
 */
class RoutingPlan {
  private readonly list: readonly RoutingChangeInput[];
  private readonly words = new Set<number>();
  private readonly diagrams = new Set<number>();
  private callGraph = false;
  used = 0;

  constructor(
    private readonly input: SummaryInput,
    private readonly hasErrors: (r: RoutingChangeInput) => boolean,
  ) {
    const all = input.routingChanges ?? [];
    this.list = [...all.filter(hasErrors), ...all.filter((r) => !hasErrors(r))];
  }

  /** Takes what fits of one tier within `budget` bytes; returns the bytes it took. */
  fill(budget: number, tier: 'error-words' | 'error-diagrams' | 'other' | 'call-graph'): number {
    const before = this.used;
    let size = before;
    // Each section is measured by itself (plus the heading once): linear in the number of sections.
    const tryAdd = (extra: number, apply: () => void): void => {
      if (size - before + extra <= budget) {
        apply();
        size += extra;
      }
    };
    const headCost = (): number => (this.words.size === 0 ? bytes(ROUTING_HEAD) : 0);
    if (tier === 'call-graph') {
      const g = this.callGraphText();
      if (g) tryAdd(bytes(g), () => (this.callGraph = true));
    } else {
      this.list.forEach((r, i) => {
        const errors = this.hasErrors(r);
        const addWords = (): void => tryAdd(headCost() + bytes(routingSection(r, false)), () => this.words.add(i));
        const addDiagram = (): void => {
          if (r.diagram !== '' && this.words.has(i)) tryAdd(bytes(routingSection(r, true)) - bytes(routingSection(r, false)), () => this.diagrams.add(i));
        };
        if (tier === 'error-words' && errors) addWords();
        if (tier === 'error-diagrams' && errors) addDiagram();
        if (tier === 'other' && !errors) {
          addWords();
          addDiagram();
        }
      });
    }
    this.used = size;
    return size - before;
  }

  private callGraphText(): string {
    const g = this.input.callGraph;
    return g ? `\n#### Flows that call or are called by the changed flows\n\n\`\`\`mermaid\n${g.diagram}\`\`\`\n${g.note ? `\n${escapeMd(g.note)}\n` : ''}` : '';
  }

  render(): { text: string; left: number; undrawn: number } {
    let text = this.callGraph ? this.callGraphText() : '';
    const shown = this.list.flatMap((r, i) => (this.words.has(i) ? [routingSection(r, this.diagrams.has(i))] : []));
    if (shown.length > 0) text += ROUTING_HEAD + shown.join('');
    const left = this.list.length - this.words.size + (this.input.callGraph && !this.callGraph ? 1 : 0);
    const undrawn = this.list.filter((r, i) => this.words.has(i) && !this.diagrams.has(i) && r.diagram !== '').length;
    return { text, left, undrawn };
  }
}

/**
 * Whether a routing change is of a flow with errors: its file (`path`, else the heading) has an error, or,
 * in a file of several flows, its flow has one. The summary and the check run put those changes first.
 */
export function flowHasErrors(findings: readonly Finding[]): (r: { readonly file: string; readonly path?: string; readonly flowName?: string }) => boolean {
  const errors = findings.filter((f) => f.severity === 'error');
  const inFlow = new Set(errors.map((f) => `${f.file}\u0000${f.flowName ?? ''}`));
  const inFile = new Set(errors.map((f) => f.file));
  return (r) => {
    const path = r.path ?? r.file;
    return r.flowName === undefined ? inFile.has(path) : inFlow.has(`${path}\u0000${r.flowName}`);
  };
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
/** Table messages are cut to this many characters when the full table would not fit. */
export const TABLE_MESSAGE_LIMIT = 300;

const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { error: '🔴 error', warn: '🟠 warning', info: '🔵 info' };
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warn: 1, info: 2 };

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const num = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${num(n)} ${word}${n === 1 ? '' : 's'}`;

/** A documentation link only when it is a plain http(s) URL that cannot break out of `(…)`. */
function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>()[\]|`"'\\]+$/i.test(url) ? url : undefined;
}

function clipChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warn: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function countText(c: Record<Severity, number>): string {
  return `${plural(c.error, 'error')}, ${plural(c.warn, 'warning')}, ${num(c.info)} info`;
}

function row(f: Finding, maxMessage: number | undefined): string {
  const where = `${f.file}:${f.range.start.line}${f.flowName !== undefined ? ` (${f.flowName})` : ''}`;
  const url = safeUrl(f.documentationUrl);
  const rule = url ? `[${escapeMd(f.ruleId)}](${url})` : escapeMd(f.ruleId);
  const message = maxMessage === undefined ? f.message : clipChars(f.message, maxMessage);
  return `| ${escapeMd(where)} | ${rule} | ${SEVERITY_TEXT[f.severity]} | ${escapeMd(message)} |\n`;
}

interface FlowEntry {
  readonly report: FileReport;
  readonly model: FileReport['models'][number];
  readonly findings: readonly Finding[];
  readonly order: number;
}

/**
 * A job-summary / pull-request comment body in GitHub-flavoured Markdown: a heading with counts, a table of
 * every finding, then a collapsible Mermaid diagram per flow with findings (and clean flows, if there is
 * room). Stays under `maxBytes`, keeping what matters most: the routing changes of the flows with errors
 * (words, then diagrams) come first; then the table, with messages cut to 300 characters if needed and, when
 * even that cannot fit, cut early with "N more in the check run"; then the other routing changes; diagrams
 * of clean flows are dropped first, then those of flows with fewer findings. All text from flows and files is
 * escaped: it cannot add HTML, links, mentions or Mermaid statements.
 */
export function markdownSummary(input: SummaryInput): string {
  const title = escapeHtml(input.title ?? 'connect-flow-lint');
  const maxBytes = input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const findings = input.findings;
  const flows = input.reports.reduce((n, r) => n + r.flows, 0);
  const files = input.reports.length;
  const notes = (input.notes ?? []).map((n) => `${escapeMd(n)}\n`).join('');

  if (findings.length === 0) {
    const onlyDeleted = flows === 0 && (input.routingChanges?.length ?? 0) > 0;
    const line = onlyDeleted ? `### ${title}: No flow left to lint (the change deletes flows)\n` : flows === 0 ? `### ${title}: No flow changed\n` : `### ✅ ${title}: No findings in ${plural(flows, 'flow')} (${plural(files, 'file')})\n`;
    const plan = new RoutingPlan(input, () => false);
    const room = maxBytes - bytes(line) - bytes(notes) - 200;
    plan.fill(room, 'other');
    plan.fill(room - plan.used, 'call-graph');
    const routing = plan.render();
    return (notes ? `${line}\n${notes}` : line) + routing.text + routingRemark(routing, maxBytes, '\n> ');
  }

  // New findings first; the existing ones (a pull request's base had them) after them, collapsed.
  const existing = input.existing;
  const ordered = existing ? [...findings.filter((f) => !existing.has(f)), ...findings.filter((f) => existing.has(f))] : findings;
  const oldCount = existing ? findings.filter((f) => existing.has(f)).length : 0;
  const newCount = findings.length - oldCount;
  const counts = severityCounts(existing ? ordered.slice(0, newCount) : findings);
  const icon = counts.error > 0 ? '❌' : counts.warn > 0 ? '⚠️' : counts.info > 0 ? 'ℹ️' : '✅';
  const what = existing ? `${plural(newCount, 'new finding')} (${countText(counts)}) and ${num(oldCount)} existing` : countText(counts);
  const head = `### ${icon} ${title}: ${what} in ${plural(files, 'file')} (${plural(flows, 'flow')})\n\n${notes ? `${notes}\n` : ''}`;

  // Room kept for the closing remarks (what was cut), so they always fit.
  const reserve = 1_200;
  // What matters most goes in first: the routing changes of the flows with errors (their words, then their
  // diagrams); then the findings table, cut with a pointer to the full list; then the other flows' changes.
  const hasErrors = flowHasErrors(findings);
  const plan = new RoutingPlan(input, hasErrors);
  let budget = maxBytes - bytes(head) - reserve;
  budget -= plan.fill(budget, 'error-words');
  budget -= plan.fill(budget, 'error-diagrams');

  const tableHead = '| Location | Rule | Severity | Message |\n| --- | --- | --- | --- |\n';
  const remarks: string[] = [];
  const assemble = (rows: readonly string[]): string => {
    if (!existing) return tableHead + rows.join('');
    const newRows = rows.slice(0, newCount);
    const oldRows = rows.slice(newCount);
    let t = newCount === 0 ? '_No new findings: every finding below was already in the base._\n' : newRows.length > 0 ? tableHead + newRows.join('') : '';
    if (oldRows.length > 0) t += `\n<details><summary>${plural(oldCount, 'existing finding')} (already in the base)</summary>\n\n${tableHead}${oldRows.join('')}\n</details>\n`;
    return t;
  };
  let table = assemble(ordered.map((f) => row(f, undefined)));
  if (bytes(table) > budget) {
    const rows = ordered.map((f) => row(f, TABLE_MESSAGE_LIMIT));
    table = assemble(rows);
    remarks.push(`Messages longer than ${num(TABLE_MESSAGE_LIMIT)} characters are cut short in the table to keep the summary under ${num(maxBytes)} bytes.`);
    if (bytes(table) > budget) {
      let used = bytes(tableHead);
      let listed = 0;
      for (const r of rows) {
        const b = bytes(r);
        if (used + b > budget) break;
        used += b;
        listed++;
      }
      table = assemble(rows.slice(0, listed));
      remarks.push(`${num(findings.length - listed)} more in ${input.fullListAt ?? 'the check run'}: the table lists ${num(listed)} of ${plural(findings.length, 'finding')} to keep the summary under ${num(maxBytes)} bytes.`);
    }
  }
  budget -= bytes(table);
  budget -= plan.fill(budget, 'other');
  budget -= plan.fill(budget, 'call-graph');

  // Findings per flow: by file, then by flow name when a file holds several flows.
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const entries: FlowEntry[] = [];
  for (const report of input.reports) {
    const inFile = byFile.get(report.file) ?? [];
    for (const model of report.models) {
      const own = report.models.length === 1 ? inFile : inFile.filter((f) => f.flowName === model.flow.doc.name);
      entries.push({ report, model, findings: own, order: entries.length });
    }
  }
  const score = (e: FlowEntry): [number, number, number] => {
    const c = severityCounts(e.findings);
    return [c.error, c.warn, e.findings.length];
  };
  const priority = [...entries].sort((a, b) => {
    const [ae, aw, an] = score(a);
    const [be, bw, bn] = score(b);
    return be - ae || bw - aw || bn - an || a.order - b.order;
  });

  // Routing changes come before the per-flow diagrams: they are what a reviewer of the change looks for.
  const routing = plan.render();
  const routingNote = routingRemark(routing, maxBytes, '');
  if (routingNote) remarks.push(routingNote.trim());
  const sectionsHead = '\n#### Flow diagrams\n\n';
  budget -= bytes(sectionsHead);
  const sections: string[] = [];
  const dropped: FlowEntry[] = [];
  for (const e of priority) {
    const section = diagramSection(e, priority.length, input);
    const b = bytes(section);
    if (b <= budget) {
      sections.push(section);
      budget -= b;
    } else dropped.push(e);
  }
  if (dropped.length > 0) {
    const withFindings = dropped.filter((e) => e.findings.length > 0);
    const clean = dropped.length - withFindings.length;
    const names = withFindings.slice(0, 5).map((e) => flowName(e));
    const more = withFindings.length > names.length ? ` and ${num(withFindings.length - names.length)} more` : '';
    const parts: string[] = [];
    if (clean > 0) parts.push(`${plural(clean, 'clean flow')}`);
    if (withFindings.length > 0) parts.push(`${plural(withFindings.length, 'flow')} with findings (${names.join(', ')}${more})`);
    remarks.push(`Diagrams left out to keep the summary under ${num(maxBytes)} bytes: ${parts.join('; ')}.`);
  }

  let out = head + table;
  if (remarks.length > 0) out += `\n${remarks.map((r) => `> ${escapeMd(r)}\n`).join('>\n')}`;
  out += routing.text;
  if (sections.length > 0) out += sectionsHead + sections.join('\n');
  // The reserve covers the remarks; this is a last guard, never expected to cut.
  return bytes(out) <= maxBytes ? out : Buffer.from(out, 'utf8').subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
}

/** What of the routing changes was left out, as a remark (with `lead` before it), or '' when nothing was. */
function routingRemark(routing: { left: number; undrawn: number }, maxBytes: number, lead: string): string {
  const parts: string[] = [];
  if (routing.left > 0) parts.push(`${plural(routing.left, 'routing change')} left out`);
  if (routing.undrawn > 0) parts.push(`${plural(routing.undrawn, 'routing diagram')} left out (the changes are in words)`);
  return parts.length > 0 ? `${lead}${parts.join('; ')} to keep the summary under ${num(maxBytes)} bytes.\n` : '';
}

function flowName(e: FlowEntry): string {
  const name = e.model.flow.doc.name;
  return e.report.models.length > 1 || name !== undefined ? `${e.report.file} · ${name ?? '(unnamed flow)'}` : e.report.file;
}

function diagramSection(e: FlowEntry, total: number, input: SummaryInput): string {
  // A large flow is drawn around its findings and the blocks the pull request changed.
  const change = input.routingChanges?.find((r) => r.source?.file === e.report.file && r.source.flowName === e.model.flow.doc.name);
  const chart = flowchart(e.model.flow, e.model.graph, e.findings, { changed: change?.source?.changedBlocks ?? [] });
  const c = severityCounts(e.findings);
  const what =
    e.findings.length === 0
      ? 'no findings'
      : [c.error > 0 ? plural(c.error, 'error') : '', c.warn > 0 ? plural(c.warn, 'warning') : '', c.info > 0 ? `${num(c.info)} info` : ''].filter((s) => s !== '').join(', ');
  const open = e.findings.length > 0 && total <= 3 ? ' open' : '';
  const note = chart.note ? `_${escapeMd(chart.note)}_\n\n` : '';
  return `<details${open}><summary>${escapeHtml(flowName(e))} — ${what}</summary>\n\n${note}\`\`\`mermaid\n${chart.text}\`\`\`\n\n</details>\n`;
}
