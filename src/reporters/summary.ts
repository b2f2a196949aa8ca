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
  readonly routingChanges?: ReadonlyArray<{ readonly file: string; readonly diagram: string; readonly note?: string; readonly changes: readonly string[]; readonly source?: { readonly file: string; readonly flowName?: string; readonly changedBlocks: readonly string[] } }>;
  /** Which flows call the changed ones (and which they call): a Mermaid diagram with escaped labels. */
  readonly callGraph?: { readonly diagram: string; readonly note?: string };
  /**
   * In a pull request: the findings of `findings` the base revision already had. Given, the heading counts
   * the new ones, the table lists them first, and the existing ones follow collapsed, with their count.
   */
  readonly existing?: ReadonlySet<Finding>;
}

/** The routing-change sections, as many as fit in `budget` bytes, and how many did not. */
function routingSections(input: SummaryInput, budget: number): { text: string; left: number } {
  const list = input.routingChanges ?? [];
  let text = '';
  let used = 0;
  let left = 0;
  if (input.callGraph) {
    const section = `\n#### Flows that call or are called by the changed flows\n\n\`\`\`mermaid\n${input.callGraph.diagram}\`\`\`\n${input.callGraph.note ? `\n${escapeMd(input.callGraph.note)}\n` : ''}`;
    if (bytes(section) <= budget) {
      text += section;
      used += bytes(section);
    } else left++;
  }
  if (list.length === 0) return { text, left };
  text += '\n#### Routing changes\n\n';
  used += bytes('\n#### Routing changes\n\n');
  for (const r of list) {
    const words = r.changes.length > 0 ? r.changes.map((c) => `- ${c}\n`).join('') : '- No routing change (only metadata or layout).\n';
    const section = `<details open><summary>${escapeHtml(r.file)}</summary>\n\n\`\`\`mermaid\n${r.diagram}\`\`\`\n\n${r.note ? `${escapeMd(r.note)}\n\n` : ''}${words}\n</details>\n`;
    if (used + bytes(section) > budget) {
      left++;
      continue;
    }
    text += section;
    used += bytes(section);
  }
  return { text, left };
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
 * room). Stays under `maxBytes`: diagrams of clean flows go first, then those of flows with fewer findings;
 * the table keeps every finding, with messages cut to 300 characters if needed, and only when even that
 * cannot fit does it stop early and say how many findings it left out. All text from flows and files is
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
    const line = flows === 0 ? `### ${title}: No flow changed\n` : `### ✅ ${title}: No findings in ${plural(flows, 'flow')} (${plural(files, 'file')})\n`;
    const routing = routingSections(input, maxBytes - bytes(line) - bytes(notes) - 200);
    return (notes ? `${line}\n${notes}` : line) + routing.text + (routing.left > 0 ? `\n> ${plural(routing.left, 'routing diagram')} left out to keep the summary under ${num(maxBytes)} bytes.\n` : '');
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
  if (bytes(head) + bytes(table) + reserve > maxBytes) {
    const rows = ordered.map((f) => row(f, TABLE_MESSAGE_LIMIT));
    table = assemble(rows);
    remarks.push(`Messages longer than ${num(TABLE_MESSAGE_LIMIT)} characters are cut short in the table to keep the summary under ${num(maxBytes)} bytes.`);
    if (bytes(head) + bytes(table) + reserve > maxBytes) {
      let used = bytes(head) + bytes(tableHead) + reserve;
      let listed = 0;
      for (const r of rows) {
        const b = bytes(r);
        if (used + b > maxBytes) break;
        used += b;
        listed++;
      }
      table = assemble(rows.slice(0, listed));
      remarks.push(`${plural(findings.length - listed, 'finding')} of ${num(findings.length)} left out of the table to keep the summary under ${num(maxBytes)} bytes; the check's annotations and the other reports list them all.`);
    }
  }

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

  let budget = maxBytes - bytes(head) - bytes(table) - reserve;
  // Routing changes come before the per-flow diagrams: they are what a reviewer of the change looks for.
  const routing = routingSections(input, budget);
  budget -= bytes(routing.text);
  if (routing.left > 0) remarks.push(`${plural(routing.left, 'routing diagram')} left out to keep the summary under ${num(maxBytes)} bytes.`);
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
