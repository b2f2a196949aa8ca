import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadMermaid, type MermaidApi } from './support/mermaid.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { rulesFor } from '../src/core/config/resolve.js';
import type { RoutingGraph } from '../src/core/graph/routing-graph.js';
import { lintText, type FileReport } from '../src/core/lint.js';
import type { Finding } from '../src/core/types.js';
import { diagramLabel, escapeLabel, flowchart, type Flowchart } from '../src/reporters/mermaid.js';
import { recommended, ROOT } from './helpers.js';

interface Vertex {
  id: string;
  text?: string;
  link?: string;
  haveCallback?: boolean;
  classes: string[];
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getEdges(): Array<{ start: string; end: string; text: string }>;
  getSubGraphs(): Array<{ id: string; title: string; nodes: string[] }>;
  funs: unknown[];
  tooltips: Map<string, string>;
}

let mermaid: MermaidApi;

beforeAll(async () => {
  mermaid = await loadMermaid();
});

/** Parses with Mermaid itself (throws on a syntax error) and returns what Mermaid understood. */
async function parsed(text: string): Promise<{ vertices: Vertex[]; edges: Array<{ start: string; end: string; text: string }>; db: FlowDb }> {
  await mermaid.parse(text);
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  const flowDb = db as FlowDb;
  return { vertices: [...flowDb.getVertices().values()], edges: flowDb.getEdges(), db: flowDb };
}

/** Mermaid's own placeholders for entity codes, turned back into characters. */
function decode(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? `&${name};`);
}

function lint(path: string, text = readFileSync(resolve(ROOT, path), 'utf8')): FileReport {
  return lintText(path, text, rulesFor(recommended, resolve(ROOT, path)));
}

function findingsOf(report: FileReport, flowName: string | undefined): Finding[] {
  return report.models.length === 1 ? report.findings : report.findings.filter((f) => f.flowName === flowName);
}

/** Distinct (from, to) pairs of the routing graph. */
function distinctPairs(graph: RoutingGraph): number {
  const set = new Set<string>();
  graph.out.forEach((edges) => edges.forEach((e) => set.add(`${e.from}>${e.to}`)));
  return set.size;
}

const files = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => `examples/${f}`),
  // The rules moved to their own folders keep their fixtures there.
  ...readdirSync(join(ROOT, 'src/rules')).filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json'))).map((d) => `src/rules/${d}/bad.json`),
];

describe('flowchart on the examples and rule fixtures', () => {
  it.each(files)('%s parses, with a node per block and an edge per distinct route', async (file) => {
    const report = lint(file);
    expect(report.models.length).toBeGreaterThan(0);
    for (const { flow, graph } of report.models) {
      const findings = findingsOf(report, flow.doc.name);
      const chart = flowchart(flow, graph, findings);
      expect(chart.text.startsWith('flowchart TD\n')).toBe(true);
      const { vertices, edges } = await parsed(chart.text);
      // Small flows are drawn whole: every block, every distinct pair, plus the start marker and its edge.
      expect(chart.omittedNodes).toBe(0);
      expect(chart.omittedEdges).toBe(0);
      expect(chart.note).toBeUndefined();
      expect(chart.shownNodes).toBe(graph.size);
      expect(vertices.length).toBe(graph.size + 1);
      expect(chart.shownEdges).toBe(distinctPairs(graph));
      expect(edges.length).toBe(distinctPairs(graph) + (graph.entry >= 0 ? 1 : 0));
      // Node ids are generated, never Identifiers.
      for (const v of vertices) expect(v.id).toMatch(/^(st|n\d+)$/);
      // Every block with a finding is highlighted by its worst severity.
      for (const f of findings) {
        const action = f.blockId === undefined ? undefined : flow.byId.get(f.blockId);
        if (!action) continue;
        const v = vertices.find((x) => x.id === `n${action.index}`);
        expect(v?.classes.some((c) => c.startsWith('sev'))).toBe(true);
      }
    }
  });

  it('draws examples/clean-inbound.json exactly as the graph says', async () => {
    const report = lint('examples/clean-inbound.json');
    const { flow, graph } = report.models[0]!;
    const chart = flowchart(flow, graph, report.findings);
    const { vertices, edges } = await parsed(chart.text);
    expect(vertices.map((v) => v.id).sort()).toEqual(['st', ...flow.actions.map((a) => `n${a.index}`)].sort());
    const expected = new Set<string>([`st>n${graph.entry}`]);
    graph.out.forEach((es) => es.forEach((e) => expected.add(`n${e.from}>n${e.to}`)));
    expect(new Set(edges.map((e) => `${e.start}>${e.end}`))).toEqual(expected);
    expect(edges.length).toBe(expected.size);
    for (const a of flow.actions) {
      const v = vertices.find((x) => x.id === `n${a.index}`)!;
      expect(decode(v.text ?? '')).toContain(diagramLabel(a).slice(0, 30));
    }
  });

  it('highlights findings with counts, and puts unreachable blocks in their own subgraph', async () => {
    const report = lint('src/rules/unreachable-block/bad.json');
    const { flow, graph } = report.models[0]!;
    const chart = flowchart(flow, graph, report.findings);
    const { vertices, db } = await parsed(chart.text);
    const sub = db.getSubGraphs().find((s) => s.id === 'unreachable');
    expect(sub?.title).toBe('Unreachable blocks');
    const reach = graph.reachable();
    const unreachable = flow.actions.filter((a) => !reach[a.index]).map((a) => `n${a.index}`);
    expect(unreachable.length).toBeGreaterThan(0);
    expect([...(sub?.nodes ?? [])].sort()).toEqual(unreachable.sort());
    const block = flow.byId.get(report.findings.find((f) => f.ruleId === 'unreachable-block')!.blockId!)!;
    const v = vertices.find((x) => x.id === `n${block.index}`)!;
    expect(v.classes).toContain('sevWarn');
    expect(decode(v.text ?? '')).toMatch(/1 warning/);
    expect(chart.text).toMatch(/^classDef sevWarn /m);
  });

  it('merges parallel edges and labels branches with conditions and error types', async () => {
    const text = JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.region' }, Transitions: { NextAction: 'c', Conditions: [{ NextAction: 'b', Condition: { Operator: 'Equals', Operands: ['Hokkaidō'] } }], Errors: [{ NextAction: 'c', ErrorType: 'NoMatchingCondition' }] } },
        { Identifier: 'b', Type: 'GetCustomerProfile', Parameters: {}, Transitions: { NextAction: 'd', Errors: [{ NextAction: 'c', ErrorType: 'NoneFoundError' }, { NextAction: 'c', ErrorType: 'MultipleFoundError' }] } },
        { Identifier: 'c', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
        { Identifier: 'd', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    });
    const report = lint('merge.json', text);
    const { flow, graph } = report.models[0]!;
    const chart = flowchart(flow, graph, []);
    const { edges } = await parsed(chart.text);
    const label = (from: number, to: number): string | undefined => edges.find((e) => e.start === `n${from}` && e.end === `n${to}`)?.text;
    expect(edges.length).toBe(5); // start, a→b, a→c, b→d, b→c
    expect(decode(label(0, 1) ?? '')).toBe('Equals Hokkaidō');
    expect(decode(label(0, 2) ?? '')).toBe('NoMatchingCondition, next');
    expect(decode(label(1, 2) ?? '')).toBe('NoneFoundError, MultipleFoundError');
    expect(label(1, 3)).toBe('');
  });
});

describe('hostile labels', () => {
  const hostile = [
    '"]; click a call alert(1); %%{init: {"securityLevel":"loose"}}%%',
    '<img src=x onerror=alert(1)>',
    '`${x}` | ] ) } --> n0 & #quot; #lt; ;; \\ \n end\nsubgraph x',
    'style n0 fill:#f00; classDef x color:#fff;',
    '%%{ init: { "theme": "dark" } }%%\nclick n0 href "javascript:alert(1)"',
    '<script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    'Hokkaidō 北海道 🚀 \u202eevil\u0000',
  ];

  function hostileFlow(): string {
    return JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'x0',
      Actions: hostile.map((h, i) => ({
        Identifier: `x${i}"]; click x${i} alert`,
        Type: i % 2 ? `Message${h}` : 'MessageParticipant',
        Parameters: { Text: h },
        Transitions: {
          NextAction: i + 1 < hostile.length ? `x${i + 1}"]; click x${i + 1} alert` : undefined,
          Conditions: [{ NextAction: `x0"]; click x0 alert`, Condition: { Operator: h, Operands: [h] } }],
          Errors: [{ NextAction: `x0"]; click x0 alert`, ErrorType: h }],
        },
      })),
    }).replace(/"StartAction":"x0"/, `"StartAction":${JSON.stringify('x0"]; click x0 alert')}`);
  }

  let baselineFuns = 0;
  beforeAll(async () => {
    baselineFuns = (await parsed('flowchart TD\nn0["a"]\n')).db.funs.length;
    // The checks below would see an injected click: a positive control.
    const injected = await parsed('flowchart TD\nn0["a"]\nclick n0 call alert()\nclick n0 href "https://example.com" "tip"\n');
    expect(injected.vertices[0]!.link).toMatch(/^https:\/\/example\.com/);
    expect(injected.db.tooltips.size).toBe(1);
  });

  function check(chart: Flowchart): void {
    expect(chart.text).not.toContain('%%');
    expect(chart.text).not.toContain('<');
    expect(chart.text).not.toContain('>"');
    expect(chart.text).not.toContain('`');
    expect(chart.text).not.toMatch(/^\s*(click|style|classDef x|subgraph x|%%)/m);
    // Statements are only the ones we write.
    for (const line of chart.text.trimEnd().split('\n').slice(1)) {
      expect(line).toMatch(/^(\s*(st|n\d+|c\d+)(\(\[|\[)"[^"]*"(\]\)|\])(:::\w+)?|(st|n\d+|c\d+) -->(\|"[^"]*"\|)? (n\d+|c\d+)|subgraph unreachable\["Unreachable blocks"\]|end|classDef \w+ [\w:#,\- .]+)$/);
    }
  }

  it('cannot break out of labels, add statements or reach the SVG as HTML', async () => {
    const report = lint('hostile.json', hostileFlow());
    const { flow, graph } = report.models[0]!;
    expect(graph.size).toBe(hostile.length);
    const findings: Finding[] = flow.actions.map((a) => ({ ruleId: 'x', severity: 'error', message: hostile[0]!, file: 'hostile.json', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, blockId: a.id }));
    const chart = flowchart(flow, graph, findings);
    check(chart);
    const { vertices, edges, db } = await parsed(chart.text);
    expect(vertices.length).toBe(hostile.length + 1);
    expect(edges.length).toBe(distinctPairs(graph) + 1);
    expect(db.funs.length).toBe(baselineFuns); // Mermaid's own tooltip setup only: no click callback
    expect(db.tooltips.size).toBe(0);
    for (const v of vertices) {
      expect(v.link).toBeUndefined();
      expect(v.haveCallback).toBeFalsy();
      expect(v.id).toMatch(/^(st|n\d+)$/);
    }
    // The text survives as text: Mermaid decodes it back to what the flow says (flattened and clipped).
    const v0 = vertices.find((v) => v.id === 'n0')!;
    expect(decode(v0.text ?? '')).toContain('Play prompt: "]; click a call alert(1); %%{init:');
    const v1 = vertices.find((v) => v.id === 'n1')!;
    expect(decode(v1.text ?? '')).toContain('<img src=x onerror=alert(1)>');
  });

  it('stays safe when the flow is large and folded', async () => {
    const n = 400;
    const text = JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'b0',
      Actions: Array.from({ length: n }, (_, i) => ({
        Identifier: `b${i}`,
        Type: 'MessageParticipant',
        Parameters: { Text: hostile[i % hostile.length]!.repeat(5) },
        Transitions: i + 1 < n ? { NextAction: `b${i + 1}`, Errors: i % 3 === 0 ? [{ NextAction: `b${(i * 7) % n}`, ErrorType: hostile[(i + 1) % hostile.length]! }] : [] } : {},
      })),
    });
    const report = lint('big-hostile.json', text);
    const { flow, graph } = report.models[0]!;
    const chart = flowchart(flow, graph, [], { maxTextSize: 8_000 });
    check(chart);
    expect(chart.text.length).toBeLessThanOrEqual(8_000);
    const { db, vertices } = await parsed(chart.text);
    expect(db.funs.length).toBe(baselineFuns);
    for (const v of vertices) expect(v.link ?? v.haveCallback).toBeFalsy();
    expect(chart.note).toMatch(/left out/);
  });

  it('escapes everything outside a small safe set', () => {
    expect(escapeLabel('a"b')).toBe('a#quot;b');
    expect(escapeLabel('<>#%;[]{}()|`&')).toBe('#60;#62;#35;#37;#59;#91;#93;#123;#125;#40;#41;#124;#96;#38;');
    expect(escapeLabel('line\nbreak')).toBe('line break');
    expect(escapeLabel('Hokkaidō = 1')).toBe('Hokkaidō = 1');
  });
});

describe('large flows', () => {
  const N = 2000;
  const lambdas = new Set([500, 1200, 1900]);
  const unreachableAt = N - 1;

  /** 2,000 blocks: compare blocks every 50 that fan out, error branches, straight chains between them. */
  function bigFlow(): string {
    const id = (i: number): string => `block-${i}`;
    const actions = Array.from({ length: N }, (_, i) => {
      const next = i + 1 < unreachableAt ? id(i + 1) : undefined;
      if (i === unreachableAt - 1 || i === unreachableAt) return { Identifier: id(i), Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
      if (lambdas.has(i)) {
        return { Identifier: id(i), Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:ap-northeast-1:123456789012:function:lookup' }, Transitions: { NextAction: next } };
      }
      if (i % 50 === 0) {
        return {
          Identifier: id(i),
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.region' },
          Transitions: {
            NextAction: next,
            Conditions: [1, 2, 3].map((k) => ({ NextAction: id(Math.min(unreachableAt - 1, i + 10 * k)), Condition: { Operator: 'Equals', Operands: [String(k)] } })),
            Errors: [{ NextAction: next, ErrorType: 'NoMatchingCondition' }],
          },
        };
      }
      return {
        Identifier: id(i),
        Type: 'MessageParticipant',
        Parameters: { Text: `Message ${i}` },
        Transitions: { NextAction: next, Errors: i % 7 === 0 ? [{ NextAction: id(Math.min(unreachableAt - 1, i + 3)), ErrorType: 'NoMatchingError' }] : [] },
      };
    });
    return JSON.stringify({ Version: '2019-10-30', StartAction: id(0), Actions: actions });
  }

  it('keeps a 2,000-block flow inside the caps, around its findings, and says what it left out', async () => {
    const report = lint('big.json', bigFlow());
    const { flow, graph } = report.models[0]!;
    expect(graph.size).toBe(N);
    const onBlocks = report.findings.filter((f) => f.blockId !== undefined && flow.byId.has(f.blockId));
    expect(onBlocks.length).toBeGreaterThanOrEqual(4);
    const t0 = performance.now();
    const chart = flowchart(flow, graph, report.findings);
    expect(performance.now() - t0).toBeLessThan(2_000);
    const { vertices, edges, db } = await parsed(chart.text);
    expect(vertices.length).toBeLessThanOrEqual(120);
    expect(edges.length).toBeLessThanOrEqual(200);
    expect(chart.text.length).toBeLessThanOrEqual(40_000);
    expect(vertices.length).toBe(chart.shownNodes + 1);
    expect(edges.length).toBe(chart.shownEdges + 1);
    // Every block with a finding is in the diagram, highlighted; so is the entry.
    const ids = new Set(vertices.map((v) => v.id));
    for (const f of onBlocks) {
      const i = flow.byId.get(f.blockId!)!.index;
      expect(ids.has(`n${i}`)).toBe(true);
      expect(vertices.find((v) => v.id === `n${i}`)!.classes.some((c) => c.startsWith('sev'))).toBe(true);
    }
    expect(ids.has(`n${graph.entry}`)).toBe(true);
    expect(db.getSubGraphs().find((s) => s.id === 'unreachable')?.nodes).toContain(`n${unreachableAt}`);
    // Straight chains are folded.
    expect(vertices.some((v) => /^c\d+$/.test(v.id) && /blocks/.test(decode(v.text ?? '')))).toBe(true);
    // The note accounts for every block and route.
    expect(chart.note).toMatch(new RegExp(`^showing [\\d,]+ of 2,000 blocks .*around ${onBlocks.length} findings; [\\d,]+ blocks and [\\d,]+ routes left out`));
    const shown = Number(/showing ([\d,]+) of/.exec(chart.note!)![1]!.replace(/,/g, ''));
    expect(shown + chart.omittedNodes).toBe(N);
    expect(chart.note).toContain(`${chart.omittedNodes.toLocaleString('en-US')} blocks and ${chart.omittedEdges.toLocaleString('en-US')} routes left out`);
    expect(chart.omittedNodes).toBeGreaterThan(0);
    expect(chart.omittedEdges).toBeGreaterThan(0);
  });

  it('honours tighter caps and says when blocks with findings could not be drawn', async () => {
    const report = lint('big.json', bigFlow());
    const { flow, graph } = report.models[0]!;
    // A finding on every 40th block: more than a 20-node diagram can hold.
    const many: Finding[] = flow.actions
      .filter((a) => a.index % 40 === 5)
      .map((a) => ({ ruleId: 'r', severity: 'info', message: 'm', file: 'big.json', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, blockId: a.id }));
    const chart = flowchart(flow, graph, many, { maxNodes: 20, maxEdges: 25 });
    const { vertices, edges } = await parsed(chart.text);
    expect(vertices.length).toBeLessThanOrEqual(20);
    expect(edges.length).toBeLessThanOrEqual(25);
    expect(chart.note).toMatch(/blocks with findings not drawn/);
  });

  it('scales linearly: a 20,000-block flow takes well under a second or two', () => {
    const n = 20_000;
    const text = JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'b0',
      Actions: Array.from({ length: n }, (_, i) => ({
        Identifier: `b${i}`,
        Type: 'MessageParticipant',
        Parameters: { Text: `m${i}` },
        Transitions: i + 1 < n ? { NextAction: `b${i + 1}`, Errors: i % 5 === 0 ? [{ NextAction: `b${(i * 13) % n}`, ErrorType: 'NoMatchingError' }] : [] } : {},
      })),
    });
    const report = lint('huge.json', text);
    const { flow, graph } = report.models[0]!;
    const t0 = performance.now();
    const chart = flowchart(flow, graph, report.findings);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(chart.shownNodes).toBeLessThanOrEqual(119);
    expect(chart.text.length).toBeLessThanOrEqual(40_000);
  });
});
