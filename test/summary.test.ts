import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../src/core/config/resolve.js';
import { lintText, type FileReport } from '../src/core/lint.js';
import type { Finding, Severity } from '../src/core/types.js';
import { markdownSummary } from '../src/reporters/summary.js';
import { recommended, ROOT } from './helpers.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function lint(path: string, text = readFileSync(resolve(ROOT, path), 'utf8')): FileReport {
  return lintText(path, text, rulesFor(recommended, resolve(ROOT, path)));
}

/** Table rows of the summary (after the header and delimiter rows). */
function tableRows(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf('| --- | --- | --- | --- |');
  expect(start).toBeGreaterThan(0);
  const rows: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i]!.startsWith('| '); i++) rows.push(lines[i]!);
  return rows;
}

/** Cells of a table row, splitting on pipes that are not backslash-escaped, as GFM does. */
function cells(rowText: string): string[] {
  return rowText.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

function finding(over: Partial<Finding> & { file: string }): Finding {
  return { ruleId: 'test-rule', severity: 'error', message: 'something is wrong', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } }, ...over };
}

const inputs = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => `examples/${f}`),
  // The rules moved to their own folders keep their fixtures there.
  ...readdirSync(join(ROOT, 'src/rules')).filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json'))).map((d) => `src/rules/${d}/bad.json`),
];

describe('markdownSummary', () => {
  it('lists every finding in the table, linked to its rule, with a diagram per flow with findings', () => {
    const reports = inputs.map((f) => lint(f));
    const findings = reports.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(5);
    const md = markdownSummary({ reports, findings });
    const c = { error: 0, warn: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    const flows = reports.reduce((n, r) => n + r.flows, 0);
    expect(md.split('\n')[0]).toBe(
      `### ❌ connect-flow-lint: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warn} warning${c.warn === 1 ? '' : 's'}, ${c.info} info in ${reports.length} files (${flows} flows)`,
    );
    const rows = tableRows(md);
    expect(rows.length).toBe(findings.length);
    findings.forEach((f, i) => {
      const [where, rule, severity] = cells(rows[i]!);
      expect(where).toBe(`${f.file.replace(/_/g, '\\_')}:${f.range.start.line}${f.flowName !== undefined ? ` (${f.flowName})` : ''}`);
      expect(rule).toBe(`[${f.ruleId}](${f.documentationUrl})`);
      expect(severity).toContain(f.severity === 'warn' ? 'warning' : f.severity);
    });
    const withFindings = new Set(findings.map((f) => f.file));
    expect(md.match(/```mermaid\n/g)?.length).toBeGreaterThanOrEqual(withFindings.size);
    expect(md).not.toMatch(/left out|cut short/);
    expect(bytes(md)).toBeLessThan(1_000_000);
    // Every fence is closed and every details element too.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('escapes pipes, newlines, HTML, links, mentions and references from flows and file names', () => {
    const hostile = 'a | b\nc <script>alert(1)</script> [x](javascript:alert(1)) ![i](https://evil.example/i.png) @octocat #12 https://evil.example www.evil.example me@evil.example `code` *b* _i_ $x$ <!-- c -->';
    const file = 'flows/we|ird<b>\n.json';
    const findings: Finding[] = [
      finding({ file, message: hostile, flowName: '<img src=x onerror=alert(1)>', documentationUrl: 'javascript:alert(1)' }),
      finding({ file, message: 'ok', ruleId: 'r2', documentationUrl: 'https://example.com/a)b' }),
      finding({ file, message: 'ok', ruleId: 'r3', documentationUrl: 'https://example.com/docs/r3.md' }),
    ];
    const report: FileReport = { file, findings, flows: 0, models: [] };
    const md = markdownSummary({ reports: [report], findings, title: 'lint <b>x</b>', notes: ['note | with <i>html</i> @someone'] });
    const rows = tableRows(md);
    expect(rows.length).toBe(3);
    for (const r of rows) expect(cells(r).length).toBe(4);
    const [where, rule, , message] = cells(rows[0]!);
    expect(where).toBe('flows/we\\|ird&lt;b&gt; .json:3 (&lt;img src=x onerror=alert(1)&gt;)');
    expect(rule).toBe('test-rule');
    expect(message).not.toMatch(/<|>/);
    expect(message).not.toMatch(/(?<!\\)\]\(/);
    expect(message).toContain('\\[x\\]');
    expect(message).toContain('\\!\\[i\\]');
    expect(message).not.toMatch(/@octocat|#12|https:\/\/|www\.evil|me@evil/);
    expect(message).toContain('@&#8203;octocat');
    expect(message).toContain('\\`code\\`');
    expect(message).toContain('\\$x\\$');
    // Only plain http(s) documentation links become links.
    expect(cells(rows[1]!)[1]).toBe('r2');
    expect(cells(rows[2]!)[1]).toBe('[r3](https://example.com/docs/r3.md)');
    // No HTML but ours, anywhere.
    const tags = md.match(/<\/?[a-z][^>]*>/gi) ?? [];
    for (const t of tags) expect(t).toMatch(/^<\/?(details|summary)( open)?>$/);
    expect(md).not.toContain('<!--');
    expect(md.split('\n')[0]).toBe('### ❌ lint &lt;b&gt;x&lt;/b&gt;: 3 errors, 0 warnings, 0 info in 1 file (0 flows)');
    expect(md).toContain('note \\| with &lt;i&gt;html&lt;/i&gt; @&#8203;someone');
  });

  it('escapes flow names in diagram summaries', () => {
    const text = JSON.stringify({
      Name: '</summary></details><script>alert(1)</script>',
      Type: 'CONTACT_FLOW',
      Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
    });
    const report = lintText('wrapped.json', text, []);
    expect(report.models.length).toBe(1);
    const findings = [finding({ file: 'wrapped.json', blockId: 'a', flowName: report.models[0]!.flow.doc.name })];
    const md = markdownSummary({ reports: [report], findings });
    expect(md).toContain('<summary>wrapped.json · &lt;/summary&gt;&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt; — 1 error</summary>');
    expect(md).not.toContain('<script');
  });

  it('stays under the byte cap with 300 findings and 50 large flows, dropping clean diagrams first, then those with fewer findings', () => {
    const blocks = 1_500;
    const reports: FileReport[] = [];
    const findings: Finding[] = [];
    const perFlow = new Map<string, number>();
    for (let k = 0; k < 50; k++) {
      const file = `flows/large-${String(k).padStart(2, '0')}.json`;
      const text = JSON.stringify({
        Version: '2019-10-30',
        StartAction: 'b0',
        Actions: Array.from({ length: blocks }, (_, i) => ({
          Identifier: `b${i}`,
          Type: 'MessageParticipant',
          // Multi-byte text and characters Mermaid needs escaped: long labels, large diagrams (~35 KB each).
          Parameters: { Text: `「${i}」${'「北海道」'.repeat(12)}` },
          Transitions: i + 1 < blocks ? { NextAction: `b${i + 1}`, Errors: i % 2 === 0 ? [{ NextAction: `b${(i * 17 + k) % blocks}`, ErrorType: 'NoMatchingError' }] : [] } : {},
        })),
      });
      const report = lintText(file, text, []);
      // Flows 0-9 are clean, 10-29 get 5 findings each, 30-49 get 10: 300 in all.
      const n = k < 10 ? 0 : k < 30 ? 5 : 10;
      perFlow.set(file, n);
      const sev: Severity[] = ['error', 'warn', 'info'];
      for (let j = 0; j < n; j++) {
        findings.push(finding({ file, blockId: `b${(j * 97 + k * 13) % blocks}`, severity: sev[(j + k) % 3]!, message: `finding ${j} in ${file}: ${'detail '.repeat(20)}`, range: { start: { line: 10 + j, column: 1 }, end: { line: 10 + j, column: 2 } } }));
      }
      reports.push({ ...report, findings: findings.filter((f) => f.file === file) });
    }
    expect(findings.length).toBe(300);
    // Diagrams of large flows are small now (drawn around their findings: issue 15), so a smaller cap makes them compete.
    const md = markdownSummary({ reports, findings, maxBytes: 110_000 });
    expect(bytes(md)).toBeLessThanOrEqual(110_000);
    expect(tableRows(md).length).toBe(300);
    expect(md).not.toMatch(/cut short|left out of the table/);
    const shown = [...md.matchAll(/<summary>(flows\/large-\d+\.json) — ([^<]+)<\/summary>/g)].map((m) => m[1]!);
    const fences = md.match(/```mermaid\n/g)?.length ?? 0;
    expect(fences).toBe(shown.length);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(50);
    expect(md).toMatch(/Diagrams left out to keep the summary under 110,000 bytes: 10 clean flows; \d+ flows with findings/);
    // No clean flow is drawn while a flow with findings is not, and never one with fewer findings than a dropped one.
    const shownSet = new Set(shown);
    const dropped = [...perFlow.keys()].filter((f) => !shownSet.has(f));
    const minShown = Math.min(...shown.map((f) => perFlow.get(f)!));
    const maxDropped = Math.max(...dropped.map((f) => perFlow.get(f)!));
    expect(minShown).toBeGreaterThan(0);
    expect(minShown).toBeGreaterThanOrEqual(maxDropped);
    // Each diagram is a large flow shown around its findings, with its note.
    expect(md).toMatch(/_showing [\d,]+ of 1,500 blocks/);
  });

  it('cuts long messages to 300 characters when needed, and says so', () => {
    const file = 'flows/a.json';
    const findings = Array.from({ length: 300 }, (_, i) => finding({ file, message: `${i}: ${'x'.repeat(5_000)}` }));
    const md = markdownSummary({ reports: [{ file, findings, flows: 1, models: [] }], findings });
    expect(bytes(md)).toBeLessThanOrEqual(1_000_000);
    const rows = tableRows(md);
    expect(rows.length).toBe(300);
    rows.forEach((r, i) => {
      const message = cells(r)[3]!;
      expect(message.startsWith(`${i}: xxx`)).toBe(true);
      expect([...message].length).toBe(300);
      expect(message.endsWith('…')).toBe(true);
    });
    expect(md).toContain('Messages longer than 300 characters are cut short');
  });

  it('lists what fits and says how many findings were left out when even the table cannot fit', () => {
    const file = 'flows/a.json';
    const findings = Array.from({ length: 300 }, (_, i) => finding({ file, message: `${i} ${'y'.repeat(400)}` }));
    const md = markdownSummary({ reports: [{ file, findings, flows: 1, models: [] }], findings, maxBytes: 20_000 });
    expect(bytes(md)).toBeLessThanOrEqual(20_000);
    const rows = tableRows(md);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(300);
    expect(md).toContain(`${300 - rows.length} more in the check run: the table lists ${rows.length} of 300 findings`);
  });

  it('gives one line when no flow changed, or no flow has findings', () => {
    expect(markdownSummary({ reports: [], findings: [] })).toBe('### connect-flow-lint: No flow changed\n');
    const reports = ['examples/clean-inbound.json', 'examples/describe-output.json'].map((f) => lint(f));
    const flows = reports.reduce((n, r) => n + r.flows, 0);
    const md = markdownSummary({ reports, findings: [] });
    expect(md).toBe(`### ✅ connect-flow-lint: No findings in ${flows} flow${flows === 1 ? '' : 's'} (2 files)\n`);
    expect(md.trimEnd().split('\n').length).toBe(1);
    const notAFlow: FileReport = { file: 'package.json', findings: [], flows: 0, models: [], notAFlow: 'not a flow' };
    expect(markdownSummary({ reports: [notAFlow], findings: [], title: 'Flow lint' })).toBe('### Flow lint: No flow changed\n');
  });
});
