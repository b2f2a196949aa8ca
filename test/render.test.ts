import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFlows } from '../src/core/graph/diff.js';
import { RoutingGraph } from '../src/core/graph/routing-graph.js';
import { buildFlow, type Flow } from '../src/core/model/flow.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { flowchart } from '../src/reporters/mermaid.js';
import { diffDiagram } from '../src/reporters/routing-diff.js';
import { lintFile, ROOT } from './helpers.js';
import { launchChromium } from './support/browser.js';

/**
 * Renders the diagrams the summary embeds in a real headless Chromium (driven by playwright-core; the binary
 * comes from the npm package @sparticuz/chromium, or Debian's when installed: test/support/browser.ts) with the
 * mermaid package, as GitHub does, and counts what was drawn. Screenshots go to test-output/screenshots, which
 * CI keeps.
 */
const SHOTS = join(ROOT, 'test-output/screenshots');
const MERMAID = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

let browser: Browser;
let page: Page;

function flowOf(path: string): Flow {
  const doc = readFlowFile(path, readFileSync(join(ROOT, path), 'utf8')).flows[0]!;
  return buildFlow(doc);
}

interface Drawn {
  nodes: number;
  edges: number;
  error?: string;
}

async function render(text: string, shot: string): Promise<Drawn> {
  const result = await page.evaluate(async (src: string) => {
    const w = window as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } };
    const out = document.getElementById('out')!;
    out.innerHTML = '';
    try {
      const { svg } = await w.mermaid.render(`g${Math.random().toString(36).slice(2)}`, src);
      out.innerHTML = svg;
    } catch (e) {
      return { nodes: 0, edges: 0, error: String((e as Error).message ?? e) };
    }
    return { nodes: out.querySelectorAll('g.node').length, edges: out.querySelectorAll('path.flowchart-link').length };
  }, text);
  const el = await page.$('#out svg');
  if (el) await el.screenshot({ path: join(SHOTS, `${shot}.png`) });
  return result;
}

describe('diagrams render in a real browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.setContent('<!doctype html><html><body style="background:#fff"><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID });
    // GitHub's limits: the diagrams must render within them.
    await page.evaluate(() => {
      (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid.initialize({ startOnLoad: false, maxTextSize: 50_000, maxEdges: 500, securityLevel: 'strict' });
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const examples = ['clean-inbound', 'profile-lookup-missing', 'profile-field-not-requested', 'error-branch-unwired'];
  for (const name of examples) {
    it(`draws every block and route of examples/${name}.json`, async () => {
      const path = `examples/${name}.json`;
      const flow = flowOf(path);
      const graph = new RoutingGraph(flow);
      const chart = flowchart(flow, graph, lintFile(path));
      const drawn = await render(chart.text, `flow-${name}`);
      expect(drawn.error).toBeUndefined();
      // Small flows are drawn whole: one node per block plus the start marker, one edge per distinct pair.
      const pairs = new Set(graph.out.flatMap((edges) => edges.map((e) => `${e.from}>${e.to}`)));
      expect(chart.shownNodes).toBe(flow.actions.length);
      expect(chart.shownEdges).toBe(pairs.size);
      expect(drawn.nodes).toBe(chart.shownNodes + 1);
      expect(drawn.edges).toBe(chart.shownEdges + 1);
    });
  }

  it('draws a 2,000-block flow around its findings, within the caps, as many nodes and edges as it says', async () => {
    const n = 2000;
    const actions = Array.from({ length: n }, (_, i) => ({
      Identifier: `b${i}`,
      Type: i === n - 1 ? 'DisconnectParticipant' : i % 50 === 7 ? 'Compare' : 'MessageParticipant',
      Parameters: i % 50 === 7 ? { ComparisonValue: '$.Attributes.choice' } : { Text: `Step ${i}` },
      Transitions:
        i === n - 1
          ? {}
          : i % 50 === 7
            ? { NextAction: `b${i + 1}`, Conditions: [{ NextAction: `b${Math.min(n - 1, i + 20)}`, Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: i === 1007 ? [] : [{ NextAction: `b${i + 1}`, ErrorType: 'NoMatchingCondition' }] }
            : { NextAction: `b${i + 1}`, Errors: [] },
    }));
    const text = JSON.stringify({ Version: '2019-10-30', StartAction: 'b0', Actions: actions });
    const doc = readFlowFile('big.json', text).flows[0]!;
    const flow = buildFlow(doc);
    const graph = new RoutingGraph(flow);
    const findings = [{ ruleId: 'error-branches-wired', severity: 'error' as const, message: 'x', file: 'big.json', blockId: 'b1007', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }];
    const chart = flowchart(flow, graph, findings);
    expect(chart.note).toMatch(/left out|folded/);
    expect(chart.text).toContain('b1007'.replace('b', 'n'));
    const drawn = await render(chart.text, 'flow-2000-blocks');
    expect(drawn.error).toBeUndefined();
    expect(drawn.nodes).toBe(chart.shownNodes + 1);
    expect(drawn.edges).toBe(chart.shownEdges + 1);
    expect(drawn.nodes).toBeLessThanOrEqual(121);
  });

  it('draws a routing diff: added, removed and re-targeted routes', async () => {
    const base = flowOf('examples/clean-inbound.json');
    const changed = JSON.parse(readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8')) as { Actions: Array<{ Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: { NextAction?: string; Conditions?: Array<{ NextAction: string }>; Errors?: Array<{ NextAction: string }> } }> };
    const compare = changed.Actions.find((a) => a.Type === 'Compare')!;
    compare.Transitions.Conditions![0]!.NextAction = compare.Transitions.Errors![0]!.NextAction;
    changed.Actions.push({ Identifier: 'vip-message', Type: 'MessageParticipant', Parameters: { Text: 'Welcome, gold member' }, Transitions: { NextAction: compare.Identifier, Errors: [] } });
    const head = buildFlow(readFlowFile('head.json', JSON.stringify(changed, null, 2)).flows[0]!);
    const diff = diffFlows(base, head);
    const diagram = diffDiagram(base, head, diff);
    const drawn = await render(diagram.text, 'routing-diff');
    expect(drawn.error).toBeUndefined();
    const start = diagram.startShown ? 1 : 0;
    expect(drawn.nodes).toBe(diagram.shownNodes + start);
    expect(drawn.edges).toBe(diagram.shownEdges + start);
    expect(diagram.shownNodes).toBeGreaterThanOrEqual(4);
    expect(diff.retargetedRoutes).toHaveLength(1);
    expect(diff.addedBlocks.map((a) => a.id)).toEqual(['vip-message']);
  });

  it('reports a render error for a broken diagram (the check is real)', async () => {
    const drawn = await render('flowchart TD\n  a["x" -->|y b\n', 'broken');
    expect(drawn.error).toBeDefined();
  });
});
