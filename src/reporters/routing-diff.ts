import type { RoutingDiff, Route } from '../core/graph/diff.js';
import { blockLabel, type Action, type Flow } from '../core/model/flow.js';
import { codeSpan, htmlCode } from './escape.js';
import { clip, diagramLabel, escapeLabel } from './mermaid.js';

export interface DiffDiagram {
  readonly text: string;
  /** Block nodes drawn (a folded run counts as one), not counting the start marker. */
  readonly shownNodes: number;
  /** Routes drawn, not counting the start marker's edge. */
  readonly shownEdges: number;
  /** Whether the start marker is drawn (only when the entry block is in the picture). */
  readonly startShown: boolean;
  readonly note?: string;
}

type Status = 'added' | 'removed' | 'changed' | 'context';
/** `broken`: a route of the new version into a block it no longer has (the change removed it). */
type EdgeStatus = 'added' | 'removed' | 'same' | 'broken';

const CLASS_DEFS: Readonly<Record<Status, string>> = {
  added: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#1f2328',
  removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4,color:#1f2328',
  changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328',
  context: 'fill:#f6f8fa,stroke:#d0d7de,color:#8c959f',
};
const LINK_STYLE: Readonly<Record<EdgeStatus, string>> = {
  added: 'stroke:#1a7f37,stroke-width:2px',
  removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
  same: 'stroke:#d0d7de',
  broken: 'stroke:#cf222e,stroke-width:3px',
};

export interface DiffLimits {
  readonly maxNodes: number;
  readonly maxEdges: number;
  /** How far (in routes) untouched context reaches from a change. */
  readonly contextDepth: number;
  /** Most untouched neighbours drawn around each block (a shared apology block has dozens): keeps a large flow's diff legible. */
  readonly contextPerBlock: number;
}

export const DEFAULT_DIFF_LIMITS: DiffLimits = { maxNodes: 100, maxEdges: 180, contextDepth: 1, contextPerBlock: 3 };


/**
 * Names blocks for a diff: their label, and where two blocks of the two versions would read the same, the
 * start of the Identifier to tell them apart.
 */
function namer(base: Flow, head: Flow, blockName: (a: Action) => string = blockLabel): (id: string) => string {
  const owners = new Map<string, Set<string>>();
  for (const flow of [base, head]) {
    for (const a of flow.actions) {
      const label = blockName(a);
      (owners.get(label) ?? owners.set(label, new Set()).get(label)!).add(a.id);
    }
  }
  return (id) => {
    const a = head.byId.get(id) ?? base.byId.get(id);
    if (!a) return id;
    const label = blockName(a);
    return (owners.get(label)?.size ?? 0) > 1 ? `${label} [${shortId(id)}]` : label;
  };
}

/** An Identifier short enough to read in a sentence: its first 8 characters (UUIDs are unique there). */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

interface DiffEdge {
  readonly from: string;
  readonly to: string;
  readonly branch: string;
  readonly status: EdgeStatus;
}

/**
 * The routing change between two versions of a flow as a Mermaid flowchart: added blocks and routes in
 * green, removed ones red and dashed, changed blocks amber, untouched context dimmed and limited to the
 * neighbourhood of the change. Long runs of added or removed blocks are folded into one node; caps keep the
 * diagram inside what GitHub renders, and the note says what was left out.
 */
export function diffDiagram(base: Flow, head: Flow, diff: RoutingDiff, limits: Partial<DiffLimits> = {}): DiffDiagram {
  const lim = { ...DEFAULT_DIFF_LIMITS, ...limits };
  // The picture names blocks as the designer does ("Play prompt: …"); the words keep the flow-language types.
  const name = namer(base, head, diagramLabel);
  const status = new Map<string, Status>();
  for (const a of diff.addedBlocks) status.set(a.id, 'added');
  for (const a of diff.removedBlocks) status.set(a.id, 'removed');
  for (const c of diff.changedBlocks) status.set(c.head.id, 'changed');

  // Every route of either version, marked by which version has it.
  const edges: DiffEdge[] = [];
  const seen = new Set<string>();
  const key = (r: { from: string; to: string; branch: string }): string => `${r.from}\u0000${r.to}\u0000${r.branch}`;
  const removedKeys = new Set([...diff.removedRoutes, ...diff.retargetedRoutes.map((r) => ({ ...r, to: r.was }))].map(key));
  const addedKeys = new Set([...diff.addedRoutes, ...diff.retargetedRoutes].map(key));
  const brokenKeys = new Set(diff.brokenRoutes.map(key));
  for (const [flow, fallback] of [[head, 'same'], [base, 'same']] as const) {
    for (const a of flow.actions) {
      for (const t of a.transitions) {
        const e = { from: a.id, to: t.target, branch: t.kind === 'next' ? '' : t.label };
        const k = key({ ...e, branch: t.label });
        if (seen.has(k)) continue;
        seen.add(k);
        const s: EdgeStatus = flow === head && brokenKeys.has(k) ? 'broken' : addedKeys.has(k) ? 'added' : removedKeys.has(k) ? 'removed' : fallback;
        edges.push({ ...e, status: s });
      }
    }
  }

  // The change's neighbourhood: touched blocks, then context within contextDepth routes of them.
  const touched = new Set<string>(status.keys());
  for (const e of edges) if (e.status !== 'same') touched.add(e.from).add(e.to);
  if (diff.entry?.now) touched.add(diff.entry.now);
  if (diff.entry?.was) touched.add(diff.entry.was);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from)!).push(e.to);
    (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to)!).push(e.from);
  }
  const shown: string[] = [];
  const inShown = new Set<string>();
  // A route broken to an Identifier neither version has still gets a node to point at: the missing block.
  const missing = new Set(diff.brokenRoutes.filter((r) => r.target === 'missing').map((r) => r.to));
  const add = (id: string): boolean => {
    if (inShown.has(id) || shown.length >= lim.maxNodes) return false;
    if (!head.byId.has(id) && !base.byId.has(id) && !missing.has(id)) return false;
    inShown.add(id);
    shown.push(id);
    return true;
  };
  for (const id of touched) add(id);
  let frontier = [...shown];
  for (let d = 0; d < lim.contextDepth; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      let added = 0;
      for (const n of neighbours.get(id) ?? []) {
        if (added >= lim.contextPerBlock) break;
        if (add(n)) {
          next.push(n);
          added++;
        }
      }
    }
    frontier = next;
  }
  for (const id of inShown) if (!status.has(id)) status.set(id, missing.has(id) ? 'removed' : 'context');

  // Fold runs of added (or removed) blocks that are a straight chain: one route in, one route out.
  const drawnEdges = edges.filter((e) => inShown.has(e.from) && inShown.has(e.to));
  const outOf = new Map<string, DiffEdge[]>();
  const into = new Map<string, DiffEdge[]>();
  for (const e of drawnEdges) {
    (outOf.get(e.from) ?? outOf.set(e.from, []).get(e.from)!).push(e);
    (into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e);
  }
  const foldable = (id: string): boolean => {
    const s = status.get(id);
    return (s === 'added' || s === 'removed') && (outOf.get(id)?.length ?? 0) === 1 && (into.get(id)?.length ?? 0) === 1;
  };
  const rep = new Map<string, string>(); // block → the node that stands for it
  const folded = new Map<string, string[]>(); // representative → blocks folded into it
  for (const id of shown) {
    if (rep.has(id) || !foldable(id)) continue;
    const run = [id];
    for (let cur = outOf.get(id)![0]!.to; foldable(cur) && !rep.has(cur) && status.get(cur) === status.get(id) && !run.includes(cur); cur = outOf.get(cur)![0]!.to) run.push(cur);
    if (run.length < 3) continue;
    for (const b of run) rep.set(b, id);
    folded.set(id, run);
  }

  const nodeId = new Map<string, string>();
  const lines: string[] = ['flowchart TD'];
  let n = 0;
  for (const id of shown) {
    if (rep.has(id) && rep.get(id) !== id) continue;
    const nid = `n${n++}`;
    nodeId.set(id, nid);
    const run = folded.get(id);
    const s = status.get(id)!;
    const label = run ? `… ${run.length} ${s} blocks …` : missing.has(id) ? `missing block ${shortId(id)}` : `${s === 'context' ? '' : `${s}: `}${name(id)}`;
    lines.push(`  ${nid}["${escapeLabel(clip(label, 70))}"]:::${s}`);
  }
  const idOf = (block: string): string | undefined => nodeId.get(rep.get(block) ?? block);
  if (head.startAction && idOf(head.startAction)) lines.push(`  start(("start")) --> ${idOf(head.startAction)}`);
  const linkStyles: string[] = [];
  let linkIndex = head.startAction && idOf(head.startAction) ? 1 : 0;
  // Parallel routes between the same two nodes with the same status are drawn once, their branches joined.
  const merged = new Map<string, { a: string; b: string; status: EdgeStatus; branches: string[]; next: boolean }>();
  for (const e of drawnEdges) {
    const a = idOf(e.from);
    const b = idOf(e.to);
    if (!a || !b) continue;
    // Routes inside a folded run are the run itself.
    if (rep.has(e.from) && rep.get(e.from) === rep.get(e.to)) continue;
    const k = `${a}\u0000${b}\u0000${e.status}`;
    let m = merged.get(k);
    if (!m) merged.set(k, (m = { a, b, status: e.status, branches: [], next: false }));
    if (e.branch === '') m.next = true;
    else if (!m.branches.includes(e.branch)) m.branches.push(e.branch);
  }
  let drawn = 0;
  let leftOut = 0;
  for (const m of merged.values()) {
    if (drawn >= lim.maxEdges) {
      leftOut++;
      continue;
    }
    const arrow = m.status === 'removed' ? '-.->' : '-->';
    const branches = m.branches.length === 0 ? '' : [...m.branches, ...(m.next ? ['next'] : [])].join(', ');
    // A broken route says so on the arrow: colour alone is lost to a colour-blind reader and in plain text.
    const label = m.status === 'broken' ? `broken: ${branches || 'next'}` : branches;
    lines.push(label ? `  ${m.a} ${arrow}|"${escapeLabel(clip(label, 60))}"| ${m.b}` : `  ${m.a} ${arrow} ${m.b}`);
    linkStyles.push(`  linkStyle ${linkIndex++} ${LINK_STYLE[m.status]}`);
    drawn++;
  }
  lines.push(...linkStyles);
  for (const [cls, style] of Object.entries(CLASS_DEFS)) lines.push(`  classDef ${cls} ${style}`);

  const all = new Set([...head.byId.keys(), ...base.byId.keys()]);
  const notes: string[] = [];
  if (inShown.size < all.size) notes.push(`showing ${inShown.size} of ${all.size} blocks: the changed ones and their neighbours`);
  if (touched.size > inShown.size) notes.push(`${touched.size - [...touched].filter((t) => inShown.has(t)).length} changed blocks left out (over ${lim.maxNodes} nodes)`);
  if (leftOut > 0) notes.push(`${leftOut} routes left out (over ${lim.maxEdges})`);
  if (folded.size > 0) notes.push(`${[...folded.values()].reduce((s, r) => s + r.length, 0)} blocks folded into ${folded.size} chain node(s)`);
  const startShown = head.startAction !== undefined && idOf(head.startAction) !== undefined;
  return { text: `${lines.join('\n')}\n`, shownNodes: nodeId.size, shownEdges: drawn, startShown, ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}

/**
 * The blocks of the new version a change touched: added and changed blocks, blocks whose routes were added,
 * removed or re-targeted, and a new entry. The flow's own diagram is drawn around them (flowchart's `changed`).
 */
export function changedBlocks(head: Flow, diff: RoutingDiff): string[] {
  const ids = new Set<string>();
  for (const a of diff.addedBlocks) ids.add(a.id);
  for (const c of diff.changedBlocks) ids.add(c.head.id);
  for (const r of [...diff.addedRoutes, ...diff.removedRoutes, ...diff.retargetedRoutes]) ids.add(r.from);
  if (diff.entry?.now) ids.add(diff.entry.now);
  return [...ids].filter((id) => head.byId.has(id));
}

/**
 * The routing changes in words, one line each, for reviewers who read rather than look. Every name from a
 * flow goes through `quote`: by default a one-line code span (codeSpan) for the terminal and for Markdown
 * readers; markdownChanges gives the form for a GitHub comment.
 */
export function describeChanges(base: Flow, head: Flow, diff: RoutingDiff, quote: (text: string) => string = codeSpan): string[] {
  const q = quote;
  const name = namer(base, head);
  const nameIn = (id: string): string => q(name(id));
  const branch = (r: Route): string => (r.kind === 'next' ? 'its next route' : r.kind === 'error' ? `its ${q(r.branch)} error branch` : `branch ${q(r.branch)}`);
  const lines: string[] = [];
  if (diff.entry) lines.push(`The flow now starts at ${diff.entry.now ? nameIn(diff.entry.now) : 'nothing'} (was ${diff.entry.was ? nameIn(diff.entry.was) : 'nothing'}).`);
  // A branch into a block that is gone is the change most likely to strand callers: said first.
  const of = (r: Route): string => (r.kind === 'next' ? 'the next route' : r.kind === 'error' ? `error branch ${q(r.branch)}` : `branch ${q(r.branch)}`);
  for (const r of diff.brokenRoutes) {
    const where = r.target === 'removed' ? `a removed block, ${nameIn(r.to)} (${q(shortId(r.to))})` : `a block that does not exist (${q(shortId(r.to))})`;
    lines.push(`Broken: ${of(r)} of ${nameIn(r.from)} now leads to ${where}.`);
  }
  for (const r of diff.retargetedRoutes) lines.push(`${nameIn(r.from)} → ${branch(r)} now goes to ${nameIn(r.to)} (was ${nameIn(r.was)}).`);
  for (const a of diff.addedBlocks) lines.push(`Added ${q(a.type)} block ${nameIn(a.id)}.`);
  for (const a of diff.removedBlocks) lines.push(`Removed ${q(a.type)} block ${nameIn(a.id)}.`);
  for (const c of diff.changedBlocks) {
    const what = [c.typeChanged ? `type ${q(c.base.type)} → ${q(c.head.type)}` : '', c.parametersChanged.length ? `parameters ${c.parametersChanged.map(q).join(', ')}` : ''].filter(Boolean).join('; ');
    lines.push(`Changed ${nameIn(c.head.id)}: ${what}.`);
  }
  const addedFrom = new Set(diff.addedBlocks.map((a) => a.id));
  const removedFrom = new Set(diff.removedBlocks.map((a) => a.id));
  for (const r of diff.addedRoutes) if (!addedFrom.has(r.from)) lines.push(`${nameIn(r.from)} → new ${branch(r)} to ${nameIn(r.to)}.`);
  for (const r of diff.removedRoutes) if (!removedFrom.has(r.from)) lines.push(`${nameIn(r.from)} → ${branch(r)} to ${nameIn(r.to)} was removed.`);
  return lines;
}

/**
 * The routing changes for the job summary and the pull-request comment: names as `<code>` with their text
 * escaped (htmlCode), so not even inside a code span does a flow's `</details>` or `@team` reach the page.
 */
export function markdownChanges(base: Flow, head: Flow, diff: RoutingDiff): string[] {
  return describeChanges(base, head, diff, htmlCode);
}

/** The routing change of a flow file the change deletes: it is gone, with how many blocks it had. */
export function deletedFlowLine(file: string, blocks: number, quote: (text: string) => string = htmlCode): string {
  return `Deleted: ${quote(file)} (${blocks} block${blocks === 1 ? '' : 's'}).`;
}

/** The line that opens the changes of a renamed flow file: it is compared with its old version, under its old name. */
export function renamedFlowLine(from: string, quote: (text: string) => string = htmlCode): string {
  return `Renamed from ${quote(from)}.`;
}
