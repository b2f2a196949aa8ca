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
import { CORPUS, HAS_CORPUS, lintFile, lintString, ROOT } from './helpers.js';
import { launchChromium } from './support/browser.js';
import { largeFlow } from './support/large-flow.js';
import { renderAndMeasure, SUMMARY_WIDTH } from './support/legibility.js';

/**
 * Renders the diagrams the summary embeds in a real headless Chromium (driven by playwright-core; the binary
 * comes from the npm package @sparticuz/chromium, or Debian's when installed: test/support/browser.ts) with the
 * mermaid package, as GitHub does, and counts what was drawn. Screenshots go to test-output/screenshots, which
 * CI keeps.
 */
const SHOTS = join(ROOT, 'test-output/screenshots');
/** Smallest node-label text a reader can read on the page, in CSS px (font size × how much the page shrank the SVG). */
const LEGIBLE_PX = 10;
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

  describe(`large flows at the job summary's ${SUMMARY_WIDTH} px`, () => {
    let summaryPage: Page;
    beforeAll(async () => {
      // The summary's width: the SVG is 100 % of it with its natural width as max-width, as on GitHub.
      summaryPage = await browser.newPage({ viewport: { width: SUMMARY_WIDTH, height: 1000 } });
      await summaryPage.setContent(`<!doctype html><html><body style="margin:0;background:#fff"><div id="out" style="width:${SUMMARY_WIDTH}px"></div></body></html>`);
      await summaryPage.addScriptTag({ path: MERMAID });
      await summaryPage.evaluate(() => {
        (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid.initialize({ startOnLoad: false, maxTextSize: 50_000, maxEdges: 500, securityLevel: 'strict' });
      });
    });

    async function legible(name: string, flow: Flow, findings: ReturnType<typeof lintString>, changed: readonly string[] = []): Promise<void> {
      const graph = new RoutingGraph(flow);
      const chart = flowchart(flow, graph, findings, { changed });
      const m = await renderAndMeasure(summaryPage, chart.text);
      await (await summaryPage.$('#out svg'))!.screenshot({ path: join(SHOTS, `${name}.png`) });
      expect(m.error).toBeUndefined();
      // A control: the whole flow at this width is the unreadable strip the summary used to show.
      const whole = await renderAndMeasure(summaryPage, flowchart(flow, graph, findings, { all: true }).text);
      expect(whole.minLabelPx).toBeLessThan(LEGIBLE_PX);
      if (process.env['SHOW_SIZES']) console.log(`${name}: ${flow.actions.length} blocks, ${chart.shownNodes} nodes, labels ${m.minLabelPx.toFixed(1)} px (scale ${m.scale.toFixed(2)}, ${Math.round(m.width)}x${Math.round(m.height)}); whole flow ${whole.minLabelPx.toFixed(1)} px (scale ${whole.scale.toFixed(2)})`);
      expect(m.nodes).toBe(chart.shownNodes + 1);
      expect(m.minLabelPx, `${name}: labels at ${m.minLabelPx.toFixed(1)} px (scale ${m.scale.toFixed(2)}; whole flow ${whole.minLabelPx.toFixed(1)} px)`).toBeGreaterThanOrEqual(LEGIBLE_PX);
      // What was folded is said, and every block is accounted for: drawn, or inside a "… N blocks" node.
      expect(chart.note).toMatch(/^showing \d+ of [\d,]+ blocks/);
      const folded = [...chart.text.matchAll(/^c\d+\["#8230; ([\d,]+) blocks?/gm)].reduce((s, x) => s + Number(x[1]!.replace(/,/g, '')), 0);
      expect(chart.shownNodes - [...chart.text.matchAll(/^c\d+\[/gm)].length + folded).toBe(flow.actions.length);
      // Every block with an error is drawn as itself, and so is every changed block.
      for (const f of findings.filter((x) => x.severity === 'error' && x.blockId !== undefined)) expect(chart.text).toMatch(new RegExp(`^n${flow.byId.get(f.blockId!)!.index}\\[`, 'm'));
      for (const id of changed) expect(chart.text).toMatch(new RegExp(`^n${flow.byId.get(id)!.index}\\[.*:::changed$`, 'm'));
    }

    const generated = (n: number): { flow: Flow; text: string; ids: string[] } => {
      const { text, ids } = largeFlow(n);
      return { flow: buildFlow(readFlowFile(`large-${n}.json`, text).flows[0]!), text, ids };
    };

    it('a 150-block flow with findings: its summary diagram keeps node labels at 10 px or more', async () => {
      const { flow, text } = generated(150);
      const findings = lintString('large-150.json', text);
      expect(findings.filter((f) => f.severity === 'error' && f.blockId !== undefined).length).toBeGreaterThanOrEqual(2);
      await legible('large-150-blocks', flow, findings);
    });

    it('a 94-block flow with findings and a changed block: legible too', async () => {
      const { flow, text, ids } = generated(94);
      await legible('large-94-blocks', flow, lintString('large-94.json', text), [ids[40]!]);
    });

    const REAL = join(CORPUS, 'ccarrylab+terraform-aws-amazonconnect/examples__complete__contact_flows.tf__aws_connect_contact_flow.GTS-Partner-Assessment-Update-Address.json');
    it.skipIf(!HAS_CORPUS)('the largest real flow of the corpus (93 blocks, 28 findings): legible too', async () => {
      const text = readFileSync(REAL, 'utf8');
      const flow = buildFlow(readFlowFile('real.json', text).flows[0]!);
      expect(flow.actions.length).toBe(93);
      await legible('real-93-blocks', flow, lintString('real.json', text));
    });

    it('the routing diff of a 150-block flow (a branch re-targeted, a block added) is legible', async () => {
      const { text } = generated(150);
      const base = buildFlow(readFlowFile('base.json', text).flows[0]!);
      const doc = JSON.parse(text) as { Actions: Array<{ Identifier: string; Type: string; Parameters: object; Transitions: { NextAction?: string; Conditions?: Array<{ NextAction: string }> } }> };
      const menu = doc.Actions.find((a) => a.Type === 'GetParticipantInput')!;
      const was = menu.Transitions.Conditions![1]!.NextAction;
      menu.Transitions.Conditions![1]!.NextAction = 'outage-notice';
      doc.Actions.push({ Identifier: 'outage-notice', Type: 'MessageParticipant', Parameters: { Text: 'There is an outage in your area.' }, Transitions: { NextAction: was } });
      const head = buildFlow(readFlowFile('head.json', JSON.stringify(doc)).flows[0]!);
      const diff = diffFlows(base, head);
      const diagram = diffDiagram(base, head, diff);
      const m = await renderAndMeasure(summaryPage, diagram.text);
      await (await summaryPage.$('#out svg'))!.screenshot({ path: join(SHOTS, 'large-150-routing-diff.png') });
      expect(m.error).toBeUndefined();
      if (process.env['SHOW_SIZES']) console.log(`routing diff: ${diagram.shownNodes} nodes, labels ${m.minLabelPx.toFixed(1)} px (scale ${m.scale.toFixed(2)})`);
      expect(m.minLabelPx).toBeGreaterThanOrEqual(LEGIBLE_PX);
      expect(diagram.text).toContain('added: Play prompt: There is an outage in your area.');
      // The same change as the flow's diagram sees it: around the changed blocks.
      const changed = [...diff.addedBlocks.map((a) => a.id), ...diff.retargetedRoutes.map((r) => r.from)];
      await legible('large-150-changed', head, lintString('head.json', JSON.stringify(doc)), changed);
    });
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
