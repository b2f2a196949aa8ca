import { designerName } from '../connect/designer-names.js';
import { focusView } from '../core/graph/focus.js';
import type { RoutingGraph } from '../core/graph/routing-graph.js';
import { blockDetail, type Action, type Flow } from '../core/model/flow.js';
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

/** How a flow is drawn; every field is optional (the limits above, and what to show a large flow around). */
export interface FlowchartOptions extends Partial<MermaidLimits> {
  /** Identifiers of the blocks a change touched: a large flow is shown around them as well as its findings. */
  readonly changed?: readonly string[];
  /** Every block and route, however large the flow (the CLI's `graph --all`); the caps do not apply. */
  readonly all?: boolean;
  /** Flows of at most this many blocks are drawn whole, as they are. */
  readonly wholeUpTo?: number;
  /** Most nodes (blocks and "… N blocks" folds) in the picture of a larger flow. */
  readonly focusNodes?: number;
  /** Most neighbours kept around each block that matters; the rest of a hub's neighbours fold. */
  readonly focusNeighbours?: number;
  /** How scenarios covered the routes between two blocks (by block index), drawn as each route's colour. */
  readonly coverage?: (from: number, to: number) => EdgeCoverage | undefined;
}

/**
 * Measured in Chromium at the job summary's 1000 px (test/render.test.ts): a whole drawing of the corpus's
 * 93-block flow renders its text at 1.7 px, of a 150-block one at 0.7 px. A focused picture starts at 20
 * nodes and loses nodes until its estimated layout width fits (layoutWidth): 11-15 px in those tests.
 */
export const DEFAULT_WHOLE_UP_TO = 30;
export const DEFAULT_FOCUS_NODES = 20;
export const DEFAULT_FOCUS_NEIGHBOURS = 2;
/** Edge labels of a focused picture are shorter: dagre lays each out as wide as a node. */
const MAX_FOCUS_EDGE_LABEL = 24;

/** A block as a diagram labels it: the designer's name for its type and what it is about ("Play prompt: Welcome"). */
export function diagramLabel(action: Action): string {
  const detail = blockDetail(action);
  const name = action.type ? designerName(action.type) : action.id;
  return detail ? `${name}: ${detail}` : name;
}

export interface Flowchart {
  /** The diagram source, starting `flowchart TD`. */
  readonly text: string;
  /** Nodes drawn (a "… N blocks" fold counts as one); the start marker is not counted. */
  readonly shownNodes: number;
  /** Edges drawn (one per distinct pair of nodes); the start marker's edge is not counted. */
  readonly shownEdges: number;
  /** Blocks not drawn as themselves (folded into a "… N blocks" node). */
  readonly omittedNodes: number;
  /** Routes (distinct from→to block pairs) not drawn as themselves (into, out of or inside a fold, or over the edge cap). */
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
  changed: 'fill:#fbefff,stroke:#8250df,stroke-width:2px,color:#1f2328',
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

/** A diagram node: one block, or a run of left-out blocks folded into one "… N blocks" node. */
interface Unit {
  readonly blocks: readonly number[];
  readonly fold: boolean;
}

/** A diagram edge between two units, with the pairs it stands for. */
interface UnitEdge {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

function pairLabel(labels: readonly string[], hasNext: boolean): string {
  if (labels.length === 0) return '';
  return clip([...labels, ...(hasNext ? ['next'] : [])].join(', '), MAX_EDGE_LABEL);
}

/**
 * The widest layer of the picture in px, roughly as Mermaid's dagre layout will draw it: a longest-path
 * layering after dropping the routes back (loops), each node as wide as its label wrapped at 200 px, each
 * edge label as wide as its text in the layer below its source. At 16 px text and 1000 px width, a drawing
 * up to 1,600 px wide keeps its text at 10 px or more; the budget leaves room for dagre's own choices.
 */
const MAX_LAYOUT_WIDTH = 1_300;
function layoutWidth(labelChars: readonly number[], edges: readonly UnitEdge[], root: number): number {
  const n = labelChars.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) if (e.from !== e.to) out[e.from]!.push(e.to);
  // Depth-first from the root, then from every node not yet seen: an edge to a node still on the stack is a loop back.
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const forward: number[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  for (const s of [root, ...Array.from({ length: n }, (_, i) => i)]) {
    if (s < 0 || s >= n || state[s]) continue;
    const stack: Array<[number, number]> = [[s, 0]];
    state[s] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [u, i] = top;
      if (i < out[u]!.length) {
        top[1]++;
        const v = out[u]![i]!;
        if (state[v] === 0) {
          forward[u]!.push(v);
          state[v] = 1;
          stack.push([v, 0]);
        } else if (state[v] === 2) forward[u]!.push(v);
      } else {
        state[u] = 2;
        order.push(u);
        stack.pop();
      }
    }
  }
  const layer = new Int32Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const u = order[k]!;
    for (const v of forward[u]!) layer[v] = Math.max(layer[v]!, layer[u]! + 1);
  }
  const width = new Map<number, number>();
  const add = (l: number, px: number): void => void width.set(l, (width.get(l) ?? 0) + px);
  const px = (chars: number): number => Math.min(200, chars * 8) + 80; // label, padding, node spacing
  for (let u = 0; u < n; u++) add(layer[u]!, px(labelChars[u]!));
  for (const e of edges) if (e.label !== '') add(Math.min(layer[e.from]!, layer[e.to]!) + 0.5, px([...e.label].length) - 30);
  return Math.max(0, ...width.values());
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

/**
 * Draws the routing graph of one flow as a Mermaid flowchart: a node per block labelled with the designer's
 * name for its type and its short name, an edge per distinct pair of blocks labelled with its branches, a
 * start marker, blocks with findings coloured by severity, unreachable blocks in their own subgraph.
 *
 * A flow of more than `wholeUpTo` blocks is shown around what matters, so its text stays legible at the
 * width of a job summary: the blocks the change touched (`changed`) and the blocks with findings, each with
 * a few neighbours, and the entry; every connected run of the other blocks is one "… N blocks" node where
 * it sits (src/core/graph/focus.ts). `note` says what was folded; `all` draws everything.
 */
/** How scenarios covered the branches between two blocks (connect-flow-lint test --coverage): drawn as the edge's colour. */
export type EdgeCoverage = 'covered' | 'partial' | 'uncovered';
const LINK_STYLE: Readonly<Record<EdgeCoverage, string>> = {
  covered: 'stroke:#1a7f37,stroke-width:3px',
  partial: 'stroke:#bf8700,stroke-width:2px',
  uncovered: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
};

export function flowchart(flow: Flow, graph: RoutingGraph, findings: readonly Finding[], options: FlowchartOptions = {}): Flowchart {
  const lim: MermaidLimits = {
    maxNodes: options.maxNodes ?? DEFAULT_MERMAID_LIMITS.maxNodes,
    maxEdges: options.maxEdges ?? DEFAULT_MERMAID_LIMITS.maxEdges,
    maxTextSize: options.maxTextSize ?? DEFAULT_MERMAID_LIMITS.maxTextSize,
  };
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
  const changed = new Uint8Array(size);
  for (const id of options.changed ?? []) {
    const a = flow.byId.get(id);
    if (a && a.index < size) changed[a.index] = 1;
  }

  const pairs = buildPairs(graph);
  const reach = graph.reachable();
  const hasEntry = graph.entry >= 0;
  const labels: string[] = flow.actions.map((a) => clip(diagramLabel(a), MAX_LABEL));
  const startEdges = hasEntry ? 1 : 0;

  const render = (units: readonly Unit[], unitOf: Int32Array, edges: readonly UnitEdge[], hidden: Uint32Array): string => {
    const lines: string[] = ['flowchart TD'];
    const used = new Set<string>(['startNode']);
    const unitId = (u: number): string => `${units[u]!.fold ? 'c' : 'n'}${units[u]!.blocks[0]!}`;
    const startText = hasEntry ? 'Start' : 'Start: StartAction names no block';
    const startLabel = flowLevel > 0 ? `${startText} — ${plural(flowLevel, 'flow finding')}` : startText;
    lines.push(`st(["${escapeLabel(startLabel)}"]):::startNode`);
    const nodeLine = (u: number): string => {
      const unit = units[u]!;
      const more = hidden[u]! > 0 ? ` (+${plural(hidden[u]!, 'route')} not shown)` : '';
      if (unit.fold) {
        used.add('chain');
        let withFindings = 0;
        for (const b of unit.blocks) if (count[b]! > 0) withFindings++;
        const inside = withFindings > 0 ? `, ${withFindings.toLocaleString('en-US')} with findings` : '';
        return `${unitId(u)}["${escapeLabel(`… ${plural(unit.blocks.length, 'block')}${inside}${more}`)}"]:::chain`;
      }
      const b = unit.blocks[0]!;
      let text = labels[b]!;
      if (count[b]! > 0) {
        const c = sevCount[b]!;
        const parts = [c.error > 0 ? plural(c.error, 'error') : '', c.warn > 0 ? plural(c.warn, 'warning') : '', c.info > 0 ? `${c.info} info` : ''];
        text += ` — ${parts.filter((s) => s !== '').join(', ')}`;
      }
      const cls = rank[b]! > 0 ? SEVERITY_CLASS[BY_RANK[rank[b]!]!] : changed[b] ? 'changed' : undefined;
      if (cls) used.add(cls);
      return `${unitId(u)}["${escapeLabel(text + more)}"]${cls ? `:::${cls}` : ''}`;
    };
    const isReachable = (u: number): boolean => !hasEntry || units[u]!.blocks.some((b) => reach[b] === 1);
    const unreachable: number[] = [];
    for (let u = 0; u < units.length; u++) {
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
    if (hasEntry) {
      lines.push(`st --> ${unitId(unitOf[graph.entry]!)}`);
      link++;
    }
    for (const e of edges) {
      const a = unitId(e.from);
      const b = unitId(e.to);
      lines.push(e.label === '' ? `${a} --> ${b}` : `${a} -->|"${escapeLabel(e.label)}"| ${b}`);
      // Coverage is drawn on routes between two blocks shown as themselves (a fold stands for many routes).
      const from = units[e.from]!;
      const to = units[e.to]!;
      const c = options.coverage && !from.fold && !to.fold ? options.coverage(from.blocks[0]!, to.blocks[0]!) : undefined;
      if (c) linkStyles.push(`linkStyle ${link} ${LINK_STYLE[c]}`);
      link++;
    }
    lines.push(...linkStyles);
    for (const cls of Object.keys(CLASS_DEFS)) if (used.has(cls)) lines.push(`classDef ${cls} ${CLASS_DEFS[cls]!}`);
    return `${lines.join('\n')}\n`;
  };

  // Small enough, or asked for: everything, one node per block.
  const whole = options.all === true || (size <= (options.wholeUpTo ?? DEFAULT_WHOLE_UP_TO) && size + 1 <= maxNodes && pairs.length + startEdges <= maxEdges);
  if (whole) {
    const units: Unit[] = Array.from({ length: size }, (_, i) => ({ blocks: [i], fold: false }));
    const unitOf = Int32Array.from({ length: size }, (_, i) => i);
    const text = render(units, unitOf, pairs, new Uint32Array(size));
    if (options.all === true || text.length <= lim.maxTextSize) return { text, shownNodes: size, shownEdges: pairs.length, omittedNodes: 0, omittedEdges: 0 };
  }

  // What matters, most first: errors, changed blocks, then warnings and info, worst and most findings first.
  const focus: number[] = [];
  for (let n = 0; n < size; n++) if (count[n]! > 0 || changed[n]) focus.push(n);
  const key = (n: number): number => (rank[n] === SEVERITY_RANK.error ? 4 : changed[n] ? 3 : rank[n]!);
  focus.sort((a, b) => key(b) - key(a) || count[b]! - count[a]! || a - b);

  let nodeCap = Math.min(Math.max(2, Math.floor(options.focusNodes ?? DEFAULT_FOCUS_NODES)), maxNodes - 1);
  for (;;) {
    const view = focusView(size, pairs, { focus, entry: graph.entry, maxNodes: nodeCap, maxNeighbours: options.focusNeighbours ?? DEFAULT_FOCUS_NEIGHBOURS });
    const units: Unit[] = [];
    const unitOf = new Int32Array(size);
    // Units in block order (a fold at its first block): Mermaid lays them out more like the designer does.
    const firsts = [...view.kept.map((b) => ({ at: b, blocks: [b], fold: false })), ...view.folds.map((f) => ({ at: f[0]!, blocks: [...f], fold: true }))].sort((a, b) => a.at - b.at);
    for (const f of firsts) {
      for (const b of f.blocks) unitOf[b] = units.length;
      units.push({ blocks: f.blocks, fold: f.fold });
    }
    // Pairs between units, merged; a route into a fold keeps its branch label, one out of a fold does not
    // (the branch of a block not shown says nothing).
    const merged = new Map<string, { from: number; to: number; labels: string[] }>();
    for (const p of pairs) {
      const a = unitOf[p.from]!;
      const b = unitOf[p.to]!;
      if (a === b && units[a]!.fold) continue;
      const k = `${a}>${b}`;
      let m = merged.get(k);
      if (!m) merged.set(k, (m = { from: a, to: b, labels: [] }));
      if (!units[a]!.fold && p.label !== '' && !m.labels.includes(p.label)) m.labels.push(p.label);
    }
    const all = [...merged.values()];
    const edgeCap = maxEdges - startEdges;
    const hidden = new Uint32Array(units.length);
    const drawn: UnitEdge[] = [];
    let drawnDirect = 0;
    for (const m of all) {
      if (drawn.length >= edgeCap) {
        hidden[m.from]!++;
        if (m.to !== m.from) hidden[m.to]!++;
        continue;
      }
      drawn.push({ from: m.from, to: m.to, label: clip(m.labels.join(', '), MAX_FOCUS_EDGE_LABEL) });
      if (!units[m.from]!.fold && !units[m.to]!.fold) drawnDirect++;
    }
    const text = render(units, unitOf, drawn, hidden);
    const widths = units.map((u) => (u.fold ? 12 : [...labels[u.blocks[0]!]!].length + (count[u.blocks[0]!]! > 0 ? 12 : 0)));
    if (nodeCap > 3 && layoutWidth(widths, drawn, hasEntry ? unitOf[graph.entry]! : 0) > MAX_LAYOUT_WIDTH) {
      nodeCap--;
      continue;
    }
    if (text.length > lim.maxTextSize && nodeCap > 2) {
      nodeCap = Math.max(2, Math.min(nodeCap - 1, Math.floor(nodeCap * (lim.maxTextSize / text.length) * 0.9)));
      continue;
    }

    const shownBlocks = view.kept.length;
    const omittedNodes = size - shownBlocks;
    const omittedEdges = pairs.length - drawnDirect;
    const changedCount = changed.reduce((s, c) => s + c, 0);
    const about = [onBlocks > 0 ? plural(onBlocks, 'finding') : '', changedCount > 0 ? plural(changedCount, 'changed block') : ''].filter((s) => s !== '');
    const around = about.length > 0 ? ` around ${about.join(' and ')}` : hasEntry ? ' from the start' : '';
    const parts: string[] = [`showing ${shownBlocks.toLocaleString('en-US')} of ${plural(size, 'block')}${around}`];
    if (omittedNodes > 0 || omittedEdges > 0) {
      parts.push(`${plural(omittedNodes, 'block')} and ${plural(omittedEdges, 'route')} left out, drawn as ${plural(view.folds.length, '“… N blocks” node')}`);
    }
    const hiddenEdges = all.length - drawn.length;
    if (hiddenEdges > 0) parts.push(`${plural(hiddenEdges, 'edge')} over the cap of ${maxEdges.toLocaleString('en-US')} not drawn`);
    let findingsOut = 0;
    let changedOut = 0;
    for (const n of focus) {
      if (units[unitOf[n]!]!.fold) {
        if (count[n]! > 0) findingsOut++;
        else changedOut++;
      }
    }
    if (findingsOut > 0) parts.push(`${plural(findingsOut, 'block')} with findings not drawn (see the findings table)`);
    if (changedOut > 0) parts.push(`${plural(changedOut, 'changed block')} not drawn`);
    return { text, shownNodes: units.length, shownEdges: drawn.length, omittedNodes, omittedEdges, note: parts.join('; ') };
  }
}
