import { JSDOM } from 'jsdom';

/** The parts of the mermaid package the tests use. */
export interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

/**
 * Loads the mermaid package in Node: it needs a DOM (DOMPurify reads `window` when it loads), so a JSDOM
 * window is installed first. Diagrams are then checked by Mermaid's own parser, not by string matching.
 */
export async function loadMermaid(): Promise<MermaidApi> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g['window'] = dom.window;
  g['document'] = dom.window.document;
  return (await import('mermaid')).default as unknown as MermaidApi;
}
