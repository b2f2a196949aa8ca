import type { Edge, PathEnds, RoutingGraph } from '../graph/routing-graph.js';
import { blockLabel, type Action } from '../model/flow.js';

/** The longest first line of a finding's message: one sentence, what is wrong, where, how to fix it. */
export const MESSAGE_MAX = 200;

/** A user-controlled string cut to `max` characters with an ellipsis, so a long name cannot blow a message. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * An Identifier as a message shows it: a UUID by its first 8 characters (enough to find it in the file and
 * in the evidence, which keeps the whole one), any other by at most `max` characters.
 */
export function shortId(id: string, max = 12): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : clip(id, max);
}

/** How much of each name a message shows; fitMessage tries them in turn until the sentence fits. */
interface Detail {
  /** Characters of a block's label (0: none, the block is named by its type). */
  readonly label: number;
  /** Characters of other quoted strings (a field, a flow name, a parameter). */
  readonly text: number;
  /** Characters of an Identifier that is not a UUID (a name like "Get profile"). */
  readonly id: number;
}

const DETAIL: readonly Detail[] = [
  { label: 30, text: 40, id: 20 },
  { label: 16, text: 20, id: 12 },
  { label: 0, text: 12, id: 12 },
];

/** Names as a message writes them, at one level of detail. */
export interface Names {
  /** 0 at full detail; higher as fitMessage cuts names (a message may leave out a detail past 0). */
  readonly level: number;
  /** A block: `"Label" (1a2b3c4d)`. */
  ref(action: Action): string;
  /** A block with its type when its label does not already say it: `CreateCustomerProfile "New customer" (1a2b3c4d)`. */
  typed(action: Action): string;
  /** A user-controlled string, cut (`share` scales the level's length for strings that matter less). */
  text(value: string, share?: number): string;
}

function names(d: Detail, level: number): Names {
  const ref = (a: Action): string => {
    const label = d.label > 0 ? blockLabel(a) : a.type;
    if (label === '' || label === a.id) return `"${shortId(a.id, d.id)}"`;
    return `"${clip(label, d.label > 0 ? d.label : 16)}" (${shortId(a.id, d.id)})`;
  };
  return {
    level,
    ref,
    typed: (a) => (d.label === 0 || blockLabel(a).startsWith(a.type) ? ref(a) : `${clip(a.type, 30)} ${ref(a)}`),
    text: (value, share = 1) => clip(value, Math.max(8, Math.round(d.text * share))),
  };
}

/**
 * A message built at the most detail that keeps it within MESSAGE_MAX: block labels and quoted strings are
 * cut shorter, then labels left out, until the sentence fits (real flows fit at the first level; the others
 * are for names long enough to crowd out what the message must say).
 */
export function fitMessage(build: (n: Names) => string): string {
  let message = '';
  for (let level = 0; level < DETAIL.length; level++) {
    message = build(names(DETAIL[level]!, level));
    if (message.length <= MESSAGE_MAX) return message;
  }
  return message;
}

const FULL = names(DETAIL[0]!, 0);

/** How messages name a block: its label (cut) and a short form of its Identifier; the evidence keeps the whole one. */
export function blockRef(action: Action): string {
  return FULL.ref(action);
}

/** A block named with its type when its label does not already say it: `CreateCustomerProfile "New customer" (id)`. */
export function typedBlockRef(action: Action): string {
  return FULL.typed(action);
}

/** The Identifiers along a path, for the finding's evidence. */
export function pathIds(graph: RoutingGraph, path: readonly Edge[] | PathEnds, from = graph.entry): string[] {
  const { head, skipped, tail } = ends(path);
  const id = (e: Edge): string => graph.flow.actions[e.to]!.id;
  // Evidence is for reading, not for replaying: keep the ends of a very long path.
  if (skipped === 0) {
    const ids = [graph.flow.actions[from]!.id, ...head.map(id), ...tail.map(id)];
    return ids.length <= MAX_EVIDENCE ? ids : [...ids.slice(0, MAX_EVIDENCE / 2), '…', ...ids.slice(-MAX_EVIDENCE / 2)];
  }
  // The ends were kept for this: at least MAX_EVIDENCE / 2 edges each side (ShortestPaths' keep).
  const first = [graph.flow.actions[from]!.id, ...head.map(id)].slice(0, MAX_EVIDENCE / 2);
  return [...first, '…', ...tail.map(id).slice(-MAX_EVIDENCE / 2)];
}

function ends(path: readonly Edge[] | PathEnds): PathEnds {
  return Array.isArray(path) ? { head: path as readonly Edge[], skipped: 0, tail: [] } : (path as PathEnds);
}

const MAX_EVIDENCE = 100;

const MAX_CANDIDATES = 2000;

/**
 * Edits within which a missing block Identifier is taken for a typo of an existing one. Identifiers are
 * mostly UUIDs: a third of their length (closest()'s default, 12 edits) would offer an unrelated block and
 * costs a full edit-distance table per block, while a typo or a few cut-off characters are a few edits.
 */
export const IDENTIFIER_TYPO_EDITS = 4;

/** Levenshtein distance, capped: used to suggest the closest known name in messages. */
export function closest(word: string, candidates: Iterable<string>, maxDistance = Math.max(3, Math.floor(word.length / 3))): string | undefined {
  // A real flow has at most 250 blocks and a config a few dozen rules; past a few thousand candidates a
  // suggestion costs more than it helps (each is an edit-distance computation), so none is offered.
  const list = Array.isArray(candidates) ? (candidates as string[]) : [...candidates];
  if (list.length > MAX_CANDIDATES) return undefined;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = word.toLowerCase();
  for (const c of list) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const other = c.toLowerCase();
    // A bound of the edit distance from the characters the two do not share costs one pass, not a table:
    // most candidates (other UUIDs) are ruled out here.
    if (bagDistance(lower, other) >= bestDistance) continue;
    const d = distance(lower, other, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Character counts by UTF-16 code unit, zero between uses: bagDistance counts up, then back down. */
let bag: Int32Array | undefined;

/**
 * max(characters of `a` not in `b`, characters of `b` not in `a`), as multisets: each edit fixes at most one
 * of each, so no edit sequence shorter than this turns one string into the other.
 */
function bagDistance(a: string, b: string): number {
  bag ??= new Int32Array(0x10000);
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i)]!++;
  let extra = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (bag[c]! > 0) bag[c]!--;
    else extra++;
  }
  // What is left of `a`'s counts is what `b` lacks; reading it also puts the table back to zero.
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    missing += bag[c]!;
    bag[c] = 0;
  }
  return Math.max(extra, missing);
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance with two reused rows; stops as soon as every entry of a row reaches `cap`. */
function distance(a: string, b: string, cap: number): number {
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
