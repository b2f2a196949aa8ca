import type { Page } from 'playwright-core';

/** What a diagram looks like once the page has laid it out at the summary's width. */
export interface Measured {
  readonly error?: string;
  /** g.node elements drawn (blocks, folds and the start marker). */
  readonly nodes: number;
  readonly edges: number;
  /** The SVG's rendered width over its viewBox width: how much the page shrank the drawing. */
  readonly scale: number;
  /** Smallest node-label font size as seen on the page: its computed font size times `scale`. */
  readonly minLabelPx: number;
  /** The median of the same, over all node labels. */
  readonly medianLabelPx: number;
  readonly width: number;
  readonly height: number;
}

/** The job summary's content width (GitHub's, with a wide browser window). */
export const SUMMARY_WIDTH = 1000;

/**
 * Renders Mermaid text with the page's mermaid into a box SUMMARY_WIDTH px wide, as GitHub does (the SVG is
 * 100 % wide with its natural width as max-width), and measures the text as a reader would see it.
 */
export async function renderAndMeasure(page: Page, text: string): Promise<Measured> {
  return page.evaluate(async (src: string) => {
    const w = window as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } };
    const out = document.getElementById('out')!;
    out.innerHTML = '';
    try {
      const { svg } = await w.mermaid.render(`g${Math.random().toString(36).slice(2)}`, src);
      out.innerHTML = svg;
    } catch (e) {
      return { nodes: 0, edges: 0, scale: 0, minLabelPx: 0, medianLabelPx: 0, width: 0, height: 0, error: String((e as Error).message ?? e) };
    }
    const el = out.querySelector('svg')!;
    const box = el.getBoundingClientRect();
    const scale = box.width / el.viewBox.baseVal.width;
    const sizes = [...out.querySelectorAll('g.node')].map((n) => {
      const label = n.querySelector('.nodeLabel, foreignObject div, text') ?? n;
      return parseFloat(getComputedStyle(label).fontSize) * scale;
    });
    sizes.sort((a, b) => a - b);
    return {
      nodes: out.querySelectorAll('g.node').length,
      edges: out.querySelectorAll('path.flowchart-link').length,
      scale,
      minLabelPx: sizes[0] ?? 0,
      medianLabelPx: sizes[Math.floor(sizes.length / 2)] ?? 0,
      width: box.width,
      height: box.height,
    };
  }, text);
}
