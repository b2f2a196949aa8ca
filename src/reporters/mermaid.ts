import type { RoutingGraph } from '../core/graph/routing-graph.js';
import { blockLabel, type Flow } from '../core/model/flow.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';
import { visible } from './escape.js';

/**
 * Caps on one diagram. GitHub renders Mermaid with maxTextSize 50,000 characters and maxEdges 500; the
 * defaults stay well inside so a diagram always renders. Node and edge caps include the start marker.
 */
export interface MermaidLimits {
  readonly maxNodes: number;
  readonly maxEdges: number;
  readonly maxTextSize: number;
}

export const DEFAULT_MERMAID_LIMITS: MermaidLimits = { maxNodes: 120, maxEdges: 200, maxTextSize: 40_000 };

export interface Flowchart {
  /** The diagram source, starting `flowchart TD`. */
  readonly text: string;
  /** Block nodes drawn (a folded chain counts as one); the start marker is not counted. */
  readonly shownNodes: number;
  /** Routes drawn (one per distinct pair of nodes); the start marker's edge is not counted. */
  readonly shownEdges: number;
  /** Blocks neither drawn nor folded into a drawn chain. */
  readonly omittedNodes: number;
  /** Routes (distinct from→to block pairs) neither drawn nor inside a drawn chain. */
  readonly omittedEdges: number;
  /** What was left out or folded, when anything was. */
  readonly note?: string;
}

/** Longest block label and edge label, in characters before escaping. */
const MAX_LABEL = 60;
const MAX_EDGE_LABEL = 60;

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { error: 'sevError', warn: 'sevWarn', info: 'sevInfo' };
const CLASS_DEFS: Readonly<Record<string, string>> = {
  sevError: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328',
  sevWarn: 'fill:#fff8c5,stroke:#bf8700,stroke-width:3px,color:#1f2328',
  sevInfo: 'fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#1f2328',
  chain: 'fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
  startNode: 'fill:#1f2328,stroke:#1f2328,color:#ffffff',
};
const BY_RANK: readonly Severity[] = ['info', 'info', 'warn', 'error']; // index = SEVERITY_RANK

/** Characters that may appear in a label as they are; everything else becomes a Mermaid entity code. */
const SAFE = /[\p{L}\p{N} .,:_\-/'+=!?@*$]/u;

/**
 * Escapes user text for a double-quoted Mermaid label. Quotes, brackets, `;`, `%`, `#`, `<`, `>`, `&`,
 * braces, backticks, pipes and every other character outside a small safe set are written as Mermaid
 * entity codes (`#quot;`, `#60;`), which Mermaid decodes after parsing: the text cannot end the label,
 * start a statement (click, style, %%{init}%% directives), or reach the SVG as markup. Controls and bidi
 * characters are written out first (`\u202e`), since an entity code would bring them back once decoded.
 */
export function escapeLabel(text: string): string {
  let out = '';
  // Line breaks and tabs read as spaces in a one-line label; the other controls are written out.
  for (const ch of visible(text.replace(/[\r\n\t]/g, ' '))) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '#quot;';
    else if (SAFE.test(ch)) out += ch;
    else out += `#${code};`;
  }
  return out;
}

/** Text on one line, cut to `max` characters (whole characters, not UTF-16 halves) with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A distinct from→to pair of blocks, with the branch labels of the transitions it merges. */
interface Pair {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/** A diagram node: one block, or a straight chain of blocks folded into one. */
interface Unit {
  readonly blocks: readonly number[];
  readonly chain: boolean;
  /** Indexes into `pairs` of the routes between this unit and another (or itself). */
  readonly edges: number[];
}

function pairLabel(labels: readonly string[], hasNext: boolean): string {
  if (labels.length === 0) return '';
  return clip([...labels, ...(hasNext ? ['next'] : [])].join(', '), MAX_EDGE_LABEL);
}

/** Distinct (from, to) pairs in block order, parallel transitions merged into one labelled edge. */
function buildPairs(graph: RoutingGraph): Pair[] {
  const pairs: Pair[] = [];
  for (let n = 0; n < graph.size; n++) {
    const byTarget = new Map<number, { labels: string[]; seen: Set<string>; next: boolean }>();
    for (const edge of graph.out[n]!) {
      let entry = byTarget.get(edge.to);
      if (!entry) byTarget.set(edge.to, (entry = { labels: [], seen: new Set(), next: false }));
      if (edge.kind === 'next') entry.next = true;
      else if (!entry.seen.has(edge.label)) {
        entry.seen.add(edge.label);
        entry.labels.push(edge.label);
      }
    }
    for (const [to, e] of byTarget) pairs.push({ from: n, to, label: pairLabel(e.labels, e.next) });
  }
  return pairs;
}

interface Selection {
  readonly units: readonly number[];
  readonly edges: readonly number[];
}

/**
 * Draws the routing graph of one flow as a Mermaid flowchart: a node per block labelled with its type and
 * short name, an edge per distinct pair of blocks labelled with its branches, a start marker, blocks with
 * findings coloured by severity, unreachable blocks in their own subgraph. A flow too large for the limits
 * is shown around its findings and entry, with straight chains folded, and `note` says what was left out.
 * Linear in blocks + transitions (a few passes when labels are long enough to hit the text cap).
 */
/** How scenarios covered the branches between two blocks (connect-flow-lint test --coverage): drawn as the edge's colour. */
export type EdgeCoverage = 'covered' | 'partial' | 'uncovered';
const LINK_STYLE: Readonly<Record<EdgeCoverage, string>> = {
  covered: 'stroke:#1a7f37,stroke-width:3px',
  partial: 'stroke:#bf8700,stroke-width:2px',
  uncovered: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
};

export function flowchart(flow: Flow, graph: RoutingGraph, findings: readonly Finding[], limits?: Partial<MermaidLimits>, coverage?: (from: number, to: number) => EdgeCoverage | undefined): Flowchart {
  const lim: MermaidLimits = { ...DEFAULT_MERMAID_LIMITS, ...limits };
  const maxNodes = Math.max(2, Math.floor(lim.maxNodes));
  const maxEdges = Math.max(1, Math.floor(lim.maxEdges));
  const size = graph.size;

  // Findings per block (worst severity, count); the rest are about the flow as a whole.
  const rank = new Uint8Array(size);
  const count = new Uint32Array(size);
  const sevCount = Array.from({ length: size }, () => ({ error: 0, warn: 0, info: 0 }));
  let flowLevel = 0;
  let onBlocks = 0;
  for (const f of findings) {
    const action = f.blockId === undefined ? undefined : flow.byId.get(f.blockId);
    if (!action || action.index >= size) {
      flowLevel++;
      continue;
    }
    const i = action.index;
    onBlocks++;
    count[i]!++;
    sevCount[i]![f.severity]++;
    rank[i] = Math.max(rank[i]!, SEVERITY_RANK[f.severity]);
  }

  const pairs = buildPairs(graph);
  const reach = graph.reachable();
  const hasEntry = graph.entry >= 0;
  const labels: string[] = flow.actions.map((a) => clip(blockLabel(a), MAX_LABEL));

  // Every block its own unit: the plain, complete diagram.
  const plainUnits: Unit[] = Array.from({ length: size }, (_, i) => ({ blocks: [i], chain: false, edges: [] }));
  const plainUnitOf = Int32Array.from({ length: size }, (_, i) => i);
  pairs.forEach((p, k) => {
    plainUnits[p.from]!.edges.push(k);
    if (p.to !== p.from) plainUnits[p.to]!.edges.push(k);
  });

  const render = (units: readonly Unit[], unitOf: Int32Array, sel: Selection): string => {
    const lines: string[] = ['flowchart TD'];
    const used = new Set<string>(['startNode']);
    const unitId = (u: number): string => {
      const unit = units[u]!;
      return `${unit.chain ? 'c' : 'n'}${unit.blocks[0]!}`;
    };
    const drawn = new Set(sel.edges);
    const selected = new Uint8Array(units.length);
    for (const u of sel.units) selected[u] = 1;
    const startText = hasEntry ? 'Start' : 'Start: StartAction names no block';
    const startLabel = flowLevel > 0 ? `${startText} — ${plural(flowLevel, 'flow finding')}` : startText;
    lines.push(`st(["${escapeLabel(startLabel)}"]):::startNode`);
    const nodeLine = (u: number): string => {
      const unit = units[u]!;
      let hidden = 0;
      for (const k of unit.edges) if (!drawn.has(k)) hidden++;
      const more = hidden > 0 ? ` (+${plural(hidden, 'route')} not shown)` : '';
      if (unit.chain) {
        used.add('chain');
        return `${unitId(u)}["${escapeLabel(`… ${unit.blocks.length.toLocaleString('en-US')} blocks …${more}`)}"]:::chain`;
      }
      const b = unit.blocks[0]!;
      let text = labels[b]!;
      if (count[b]! > 0) {
        const c = sevCount[b]!;
        const parts = [c.error > 0 ? plural(c.error, 'error') : '', c.warn > 0 ? plural(c.warn, 'warning') : '', c.info > 0 ? `${c.info} info` : ''];
        text += ` — ${parts.filter((s) => s !== '').join(', ')}`;
      }
      const cls = rank[b]! > 0 ? SEVERITY_CLASS[BY_RANK[rank[b]!]!] : undefined;
      if (cls) used.add(cls);
      return `${unitId(u)}["${escapeLabel(text + more)}"]${cls ? `:::${cls}` : ''}`;
    };
    const isReachable = (u: number): boolean => !hasEntry || reach[units[u]!.blocks[0]!] === 1;
    const unreachable: number[] = [];
    for (const u of sel.units) {
      if (isReachable(u)) lines.push(nodeLine(u));
      else unreachable.push(u);
    }
    if (unreachable.length > 0) {
      lines.push('subgraph unreachable["Unreachable blocks"]');
      for (const u of unreachable) lines.push(`  ${nodeLine(u)}`);
      lines.push('end');
    }
    // linkStyle counts every edge drawn, the start marker's included.
    let link = 0;
    const linkStyles: string[] = [];
    if (hasEntry && selected[unitOf[graph.entry]!]) {
      lines.push(`st --> ${unitId(unitOf[graph.entry]!)}`);
      link++;
    }
    for (const k of sel.edges) {
      const p = pairs[k]!;
      const a = unitId(unitOf[p.from]!);
      const b = unitId(unitOf[p.to]!);
      lines.push(p.label === '' ? `${a} --> ${b}` : `${a} -->|"${escapeLabel(p.label)}"| ${b}`);
      const c = coverage?.(p.from, p.to);
      if (c) linkStyles.push(`linkStyle ${link} ${LINK_STYLE[c]}`);
      link++;
    }
    lines.push(...linkStyles);
    for (const cls of Object.keys(CLASS_DEFS)) if (used.has(cls)) lines.push(`classDef ${cls} ${CLASS_DEFS[cls]!}`);
    return `${lines.join('\n')}\n`;
  };

  const startEdges = hasEntry ? 1 : 0;
  // Small enough: everything, one node per block.
  if (size + 1 <= maxNodes && pairs.length + startEdges <= maxEdges) {
    const all: Selection = { units: plainUnits.map((_, i) => i), edges: pairs.map((_, k) => k) };
    const text = render(plainUnits, plainUnitOf, all);
    if (text.length <= lim.maxTextSize) return { text, shownNodes: size, shownEdges: pairs.length, omittedNodes: 0, omittedEdges: 0 };
  }

  // Too large: fold straight chains (one route in, one out, no finding, not the entry) into one node.
  const inPairs = new Uint32Array(size);
  const outPairs = new Uint32Array(size);
  const succ = new Int32Array(size).fill(-1);
  for (const p of pairs) {
    outPairs[p.from]!++;
    inPairs[p.to]!++;
    succ[p.from] = p.to;
  }
  const chainable = new Uint8Array(size);
  for (let n = 0; n < size; n++) {
    chainable[n] = inPairs[n] === 1 && outPairs[n] === 1 && succ[n] !== n && count[n] === 0 && n !== graph.entry ? 1 : 0;
  }
  const pred = new Int32Array(size).fill(-1);
  for (const p of pairs) if (chainable[p.to]) pred[p.to] = p.from;
  const unitOf = new Int32Array(size).fill(-1);
  const units: Unit[] = [];
  const addUnit = (blocks: number[]): void => {
    const u = units.length;
    units.push({ blocks, chain: blocks.length > 1, edges: [] });
    for (const b of blocks) unitOf[b] = u;
  };
  const walk = (start: number): void => {
    const blocks: number[] = [];
    for (let n = start; n >= 0 && chainable[n] && unitOf[n] === -1; n = succ[n]!) {
      blocks.push(n);
      unitOf[n] = -2; // taken
    }
    addUnit(blocks);
  };
  for (let n = 0; n < size; n++) {
    if (unitOf[n] !== -1) continue;
    if (!chainable[n]) addUnit([n]);
    else if (!chainable[pred[n]!]) walk(n);
  }
  for (let n = 0; n < size; n++) if (unitOf[n] === -1) walk(n); // chains that are pure cycles
  pairs.forEach((p, k) => {
    const a = unitOf[p.from]!;
    const b = unitOf[p.to]!;
    if (a === b && units[a]!.chain) return; // a route inside a folded chain
    units[a]!.edges.push(k);
    if (b !== a) units[b]!.edges.push(k);
  });

  // Seeds: the entry, then blocks with findings, worst first.
  const seeds: number[] = [];
  if (hasEntry) seeds.push(unitOf[graph.entry]!);
  const withFindings: number[] = [];
  for (let n = 0; n < size; n++) if (count[n]! > 0 && n !== graph.entry) withFindings.push(n);
  withFindings.sort((a, b) => rank[b]! - rank[a]! || count[b]! - count[a]! || a - b);
  for (const n of withFindings) seeds.push(unitOf[n]!);

  const select = (nodeCap: number, edgeCap: number): Selection => {
    const chosen = new Uint8Array(units.length);
    const visited = new Uint8Array(units.length);
    const order: number[] = [];
    const edges: number[] = [];
    const tryAdd = (u: number, force: boolean): boolean => {
      if (order.length >= nodeCap) return false;
      let added = 0;
      for (const k of units[u]!.edges) {
        const p = pairs[k]!;
        const other = unitOf[p.from] === u ? unitOf[p.to]! : unitOf[p.from]!;
        if (other === u || chosen[other]) added++;
      }
      if (!force && edges.length + added > edgeCap) return false;
      chosen[u] = 1;
      order.push(u);
      for (const k of units[u]!.edges) {
        if (edges.length >= edgeCap) break;
        const p = pairs[k]!;
        const other = unitOf[p.from] === u ? unitOf[p.to]! : unitOf[p.from]!;
        if (other === u || chosen[other]) edges.push(k);
      }
      return true;
    };
    const queue: number[] = [];
    for (const s of seeds) {
      if (visited[s]) continue;
      visited[s] = 1;
      if (tryAdd(s, true)) queue.push(s);
    }
    // Breadth-first in both directions from all seeds at once, so each finding gets its neighbourhood;
    // when that runs dry (a clean flow, another component) carry on from the next block not yet seen.
    let next = 0;
    for (let head = 0; order.length < nodeCap; ) {
      if (head === queue.length) {
        while (next < units.length && visited[next]) next++;
        if (next === units.length) break;
        visited[next] = 1;
        if (tryAdd(next, false)) queue.push(next);
        continue;
      }
      const u = queue[head++]!;
      for (const k of units[u]!.edges) {
        const p = pairs[k]!;
        const other = unitOf[p.from] === u ? unitOf[p.to]! : unitOf[p.from]!;
        if (visited[other]) continue;
        visited[other] = 1;
        if (tryAdd(other, false)) queue.push(other);
        if (order.length >= nodeCap) break;
      }
    }
    // Declare nodes in block order: Mermaid lays them out more like the designer does.
    order.sort((a, b) => units[a]!.blocks[0]! - units[b]!.blocks[0]!);
    edges.sort((a, b) => a - b);
    return { units: order, edges };
  };

  let nodeCap = maxNodes - 1;
  let edgeCap = maxEdges - startEdges;
  for (;;) {
    const sel = select(nodeCap, edgeCap);
    const text = render(units, unitOf, sel);
    if (text.length > lim.maxTextSize && nodeCap > 1) {
      const shrink = (lim.maxTextSize / text.length) * 0.9;
      nodeCap = Math.max(1, Math.min(nodeCap - 1, Math.floor(nodeCap * shrink)));
      edgeCap = Math.max(0, Math.min(edgeCap, Math.floor(edgeCap * shrink)));
      continue;
    }
    let shownBlocks = 0;
    let folded = 0;
    let chains = 0;
    let chainRoutes = 0;
    let seedsShown = 0;
    const chosen = new Uint8Array(units.length);
    for (const u of sel.units) {
      chosen[u] = 1;
      const unit = units[u]!;
      shownBlocks += unit.blocks.length;
      if (unit.chain) {
        folded += unit.blocks.length;
        chains++;
        chainRoutes += unit.blocks.length - 1;
      }
    }
    for (const n of withFindings) if (chosen[unitOf[n]!]) seedsShown++;
    const omittedNodes = size - shownBlocks;
    const omittedEdges = pairs.length - sel.edges.length - chainRoutes;
    const parts: string[] = [];
    const around = onBlocks > 0 ? `around ${plural(onBlocks, 'finding')}` : hasEntry ? 'from the start' : '';
    parts.push(`showing ${shownBlocks.toLocaleString('en-US')} of ${plural(size, 'block')}${folded > 0 ? ` (${folded.toLocaleString('en-US')} of them folded into ${plural(chains, 'chain')} of straight-line blocks)` : ''}${around ? ` ${around}` : ''}`);
    if (omittedNodes > 0 || omittedEdges > 0) {
      parts.push(`${plural(omittedNodes, 'block')} and ${plural(omittedEdges, 'route')} left out`);
    }
    if (seedsShown < withFindings.length) {
      parts.push(`${plural(withFindings.length - seedsShown, 'block')} with findings not drawn (see the findings table)`);
    }
    return { text, shownNodes: sel.units.length, shownEdges: sel.edges.length, omittedNodes, omittedEdges, note: parts.join('; ') };
  }
}
