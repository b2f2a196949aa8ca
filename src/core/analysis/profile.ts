import { PROFILE_ALWAYS_PROVIDED } from '../../connect/actions.js';
import { StringWalker } from '../json/walk.js';
import type { Action } from '../model/flow.js';
import { components, memoIn, ShortestPaths, type Edge, type PathEnds, type RoutingGraph } from '../graph/routing-graph.js';
import type { JsonPath } from '../types.js';

/** A reference to profile data inside a block: `$.Customer.Province` → field "Province". */
export interface ProfileRead {
  readonly action: Action;
  /** Dotted field name below the namespace: "Province", "Attributes.tier". */
  readonly field: string;
  /** The reference as written, for messages. */
  readonly text: string;
  /** Where the string holding the reference sits. */
  readonly path: JsonPath;
}

/** One path segment, `.Name` or `['Name']`; `quote` is the number of the group that captures the quote. */
const segment = (quote: number): string =>
  String.raw`(?:\.([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)|\[\s*(['"])((?:(?!` + `\\${quote}).)+)` + `\\${quote}` + String.raw`\s*\])`;

function readPattern(namespace: string): RegExp {
  const ns = namespace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `$.Customer.X`, `$['Customer']['X']`, `$.Customer['X']`; the namespace must be a whole segment, so
  // `$.CustomerEndpoint.Address` is not a profile read.
  // Groups: 1 the namespace's quote, 2 all segments, 3-5 inside the repeated segment (4 is its quote).
  return new RegExp(String.raw`\$(?:\.${ns}(?![A-Za-z0-9_])|\[\s*(['"])${ns}\1\s*\])((?:${segment(4)})+)`, 'g');
}

const segmentPattern = new RegExp(segment(2), 'g');

const patterns = new Map<string, RegExp>();

const PARAMETERS: JsonPath = ['Parameters'];
const CONDITIONS: JsonPath = ['Transitions', 'Conditions'];

/**
 * Every profile read in the blocks' (or, with `only`, the marked blocks') parameters and condition operands (never an Identifier or a
 * NextAction). A block reads data only there; the rest of a block (Type, error routes) holds none.
 */
export function profileReads(actions: readonly Action[], namespace = 'Customer', only?: Uint8Array): ProfileRead[] {
  const reads: ProfileRead[] = [];
  let pattern = patterns.get(namespace);
  if (!pattern) patterns.set(namespace, (pattern = readPattern(namespace)));
  const re = pattern;
  let action: Action | undefined;
  const walker = new StringWalker((text, at, last) => {
    if (!text.includes(namespace)) return;
    if (last === 'Identifier' || last === 'NextAction') return;
    const path = at.path();
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const written = m[2] ?? '';
      let field = '';
      segmentPattern.lastIndex = 0;
      for (let s = segmentPattern.exec(written); s !== null; s = segmentPattern.exec(written)) field += (field === '' ? '' : '.') + (s[1] ?? s[3] ?? '');
      reads.push({ action: action!, field, text: m[0], path });
    }
  });
  for (let ai = 0, actionList = actions; ai < actionList.length; ai++) {
    const a = actionList[ai]!;
    if (only && !only[a.index]) continue;
    action = a;
    walker.walk(a.parameters, a.path, PARAMETERS);
    const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
    const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? (transitions as Record<string, unknown>)['Conditions'] : undefined;
    if (Array.isArray(conditions)) walker.walk(conditions, a.path, CONDITIONS);
  }
  return reads;
}

/** The field names a lookup block asks for: an array of names, or (some builders) an object of name → true. */
export function responseFields(action: Action): string[] {
  const data = Object.hasOwn(action.parameters, 'ProfileResponseData') ? action.parameters['ProfileResponseData'] : undefined;
  if (Array.isArray(data)) return data.filter((f): f is string => typeof f === 'string');
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).filter(([, v]) => v === true || v === 'true' || v === 'True').map(([k]) => k);
  }
  if (typeof data === 'string') return data.split(',').map((s) => s.trim()).filter(Boolean);
  return [];
}

export function isProfileLookup(action: Action): boolean {
  return action.spec?.profile === 'loads';
}

/** 1 for each node that is a profile lookup; worked out once per graph, since the data-flow asks per edge. */
function lookupNodes(graph: RoutingGraph): Uint8Array {
  return graph.memo('profileLookups', () => {
    const mask = new Uint8Array(graph.size);
    for (let n = 0; n < graph.size; n++) if (isProfileLookup(graph.flow.actions[n]!)) mask[n] = 1;
    return mask;
  });
}

/**
 * Whether `edge` provides the profile: a successful lookup is left by its NextAction and conditions; its error
 * branches load nothing. `lookups` is lookupNodes(graph), looked up once by the caller's loop.
 */
function isLookupSuccess(edge: Edge, lookups: Uint8Array): boolean {
  return edge.kind !== 'error' && lookups[edge.from] === 1;
}

/** True when `field` is readable after a lookup that requested `requested`. */
export function fieldProvided(field: string, requested: readonly string[]): boolean {
  if (PROFILE_ALWAYS_PROVIDED.includes(field)) return true;
  const f = field.toLowerCase();
  return requested.some((r) => {
    const q = r.toLowerCase();
    return f === q || f.startsWith(`${q}.`) || q.startsWith(`${f}.`);
  });
}

export const ENTRY_PROFILE = -1;

/**
 * Numbers the flow's lookups for bit sets: bit k is the k-th lookup block in flow order, and the last bit is
 * ENTRY_PROFILE ("loaded before this flow began").
 */
class LookupIndex {
  readonly nodes: Int32Array;
  readonly bitOf: Int32Array;
  readonly words: number;
  readonly entryBit: number;

  constructor(graph: RoutingGraph) {
    const mask = lookupNodes(graph);
    this.bitOf = new Int32Array(graph.size).fill(-1);
    const nodes: number[] = [];
    for (let n = 0; n < graph.size; n++) if (mask[n]) this.bitOf[n] = nodes.push(n) - 1;
    this.nodes = Int32Array.from(nodes);
    this.entryBit = nodes.length;
    this.words = (nodes.length >> 5) + 1;
  }

  single(bit: number): Uint32Array {
    const bits = new Uint32Array(this.words);
    bits[bit >> 5] = 1 << (bit & 31);
    return bits;
  }

  /** The node numbers in a bit set, ascending, ENTRY_PROFILE first. */
  nodesOf(bits: Uint32Array): number[] {
    const out: number[] = [];
    if (bits[this.entryBit >> 5]! & (1 << (this.entryBit & 31))) out.push(ENTRY_PROFILE);
    for (let w = 0; w < bits.length; w++) {
      for (let word = bits[w]!; word !== 0; word &= word - 1) {
        const bit = (w << 5) + (31 - Math.clz32(word & -word));
        if (bit !== this.entryBit) out.push(this.nodes[bit]!);
      }
    }
    return out;
  }
}

/**
 * The lookups that may have run last on some path to a block (a bit set, so joins cost a word per 32 lookups
 * however many there are), and whether every path ran one.
 */
export class ProfileState {
  private list: readonly number[] | undefined;

  constructor(
    readonly loaded: boolean,
    readonly bits: Uint32Array,
    private readonly index: LookupIndex,
  ) {}

  /** Node numbers of the lookups, ascending; ENTRY_PROFILE (first) stands for "loaded before this flow began". */
  get lookups(): readonly number[] {
    return (this.list ??= this.index.nodesOf(this.bits));
  }
}

function isSubset(small: Uint32Array, big: Uint32Array): boolean {
  for (let w = 0; w < small.length; w++) if ((small[w]! & ~big[w]!) !== 0) return false;
  return true;
}

function sameBits(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  for (let w = 0; w < a.length; w++) if (a[w] !== b[w]) return false;
  return true;
}

/**
 * The profile state on entry to each block: "loaded" is a must-property (every path passed a successful
 * lookup), "lookups" a may-property (which lookup can be the last one). Together they answer both profile
 * policies.
 *
 * A successful lookup replaces whatever was loaded, and every other edge hands its state on unchanged. So
 * blocks that reach each other without passing a successful lookup share one state, and the state of such
 * a group (a strongly connected component of the graph without lookup successes) is the join of what enters
 * it: the successful lookups whose success edges lead into it, and the states of the groups before it. One
 * pass over the groups in topological order solves it exactly: no fixpoint, no re-visits, a word per 32
 * lookups per group (a worklist that re-ran a loop's body for each new lookup reaching its head was
 * quadratic in rounds: minutes on a 10,000-block flow).
 */
export function profileStates(graph: RoutingGraph, loadedAtEntry: boolean): ReadonlyArray<ProfileState | undefined> {
  // The policies and the repository pass ask for the same states: solved once per graph.
  const byEntry = graph.memo('profileStates', () => new Map<boolean, ReadonlyArray<ProfileState | undefined>>());
  return memoIn(byEntry, loadedAtEntry, () => solveProfileStates(graph, loadedAtEntry));
}

function lookupIndex(graph: RoutingGraph): LookupIndex {
  return graph.memo('lookupIndex', () => new LookupIndex(graph));
}

/** States are shared, never changed: a join returns an input when it adds nothing. */
function join(a: ProfileState | undefined, b: ProfileState, index: LookupIndex): ProfileState {
  if (a === undefined || a === b) return b;
  const loaded = a.loaded && b.loaded;
  if (isSubset(b.bits, a.bits)) return loaded === a.loaded ? a : new ProfileState(loaded, a.bits, index);
  if (isSubset(a.bits, b.bits)) return loaded === b.loaded ? b : new ProfileState(loaded, b.bits, index);
  const bits = new Uint32Array(a.bits.length);
  for (let w = 0; w < bits.length; w++) bits[w] = a.bits[w]! | b.bits[w]!;
  return new ProfileState(loaded, bits, index);
}

function solveProfileStates(graph: RoutingGraph, loadedAtEntry: boolean): Array<ProfileState | undefined> {
  const state: Array<ProfileState | undefined> = new Array(graph.size);
  if (graph.entry < 0) return state;
  const index = lookupIndex(graph);
  const lookups = lookupNodes(graph);
  const reachable = graph.reachable();
  const groups = components(graph, reachable, (e) => !isLookupSuccess(e, lookups));
  // Group numbers are topological: listing each group's members in order lets one pass visit them in order.
  const first = new Int32Array(groups.count + 1);
  for (let n = 0; n < graph.size; n++) if (groups.of[n]! >= 0) first[groups.of[n]! + 1]!++;
  for (let g = 0; g < groups.count; g++) first[g + 1]! += first[g]!;
  const members = new Int32Array(first[groups.count]!);
  const fill = first.slice(0, groups.count);
  for (let n = 0; n < graph.size; n++) if (groups.of[n]! >= 0) members[fill[groups.of[n]!]!++] = n;
  const afterLookup: Array<ProfileState | undefined> = [];
  const groupState: Array<ProfileState | undefined> = new Array(groups.count);
  const entry = loadedAtEntry ? new ProfileState(true, index.single(index.entryBit), index) : new ProfileState(false, new Uint32Array(index.words), index);
  const incoming = graph.in;
  for (let g = 0; g < groups.count; g++) {
    let s: ProfileState | undefined;
    for (let i = first[g]!; i < first[g + 1]!; i++) {
      const n = members[i]!;
      if (n === graph.entry) s = join(s, entry, index);
      for (let k = 0, edges = incoming[n]!; k < edges.length; k++) {
        const e = edges[k]!;
        if (!reachable[e.from]) continue;
        if (isLookupSuccess(e, lookups)) s = join(s, (afterLookup[e.from] ??= new ProfileState(true, index.single(index.bitOf[e.from]!), index)), index);
        else if (groups.of[e.from] !== g) s = join(s, groupState[groups.of[e.from]!]!, index);
      }
    }
    groupState[g] = s;
    for (let i = first[g]!; i < first[g + 1]!; i++) state[members[i]!] = s;
  }
  return state;
}

/**
 * Which lookups request which names, lower-cased: `exact` by the name requested, `below` by each dotted
 * prefix of a requested name ("Attributes" for "Attributes.tier"). Built once per graph, so a field's lacking
 * set costs the lookups that name it, not a look at every lookup's list.
 */
function requestIndex(graph: RoutingGraph, index: LookupIndex): { exact: Map<string, number[]>; below: Map<string, number[]> } {
  return graph.memo('requestIndex', () => {
    const exact = new Map<string, number[]>();
    const below = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, bit: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [bit]);
      else if (list[list.length - 1] !== bit) list.push(bit);
    };
    index.nodes.forEach((node, bit) => {
      for (const r of responseFields(graph.flow.actions[node]!)) {
        const q = r.toLowerCase();
        add(exact, q, bit);
        for (let dot = q.indexOf('.'); dot !== -1; dot = q.indexOf('.', dot + 1)) add(below, q.slice(0, dot), bit);
      }
    });
    return { exact, below };
  });
}

/**
 * The lookups among those that may have run last before `state` that do not provide `field` (ENTRY_PROFILE
 * when `entryFields` is given and lacks it). A bit set of the lookups lacking each field is made once per
 * field, so checking a read costs a word per 32 lookups, not a look at every lookup.
 */
export function lookupsLacking(graph: RoutingGraph, state: ProfileState, field: string, entryFields: readonly string[] | undefined): number[] {
  const index = lookupIndex(graph);
  // Per field, per entryFields list (the same list object for every read of one rule on one flow).
  const byField = graph.memo('lookupsLacking', () => new Map<string, Map<readonly string[] | undefined, Uint32Array>>());
  const lacking = memoIn(memoIn(byField, field, () => new Map()), entryFields, () => {
    const bits = new Uint32Array(index.words);
    if (PROFILE_ALWAYS_PROVIDED.includes(field)) return bits;
    for (let bit = 0; bit < index.nodes.length; bit++) bits[bit >> 5]! |= 1 << (bit & 31);
    // Clear the lookups that provide it (fieldProvided's rule, read off an index of requested names).
    const providers = requestIndex(graph, index);
    const f = field.toLowerCase();
    const clear = (list: readonly number[] | undefined): void => {
      if (list) for (const bit of list) bits[bit >> 5]! &= ~(1 << (bit & 31));
    };
    clear(providers.exact.get(f));
    clear(providers.below.get(f));
    for (let dot = f.indexOf('.'); dot !== -1; dot = f.indexOf('.', dot + 1)) clear(providers.exact.get(f.slice(0, dot)));
    if (entryFields !== undefined && !fieldProvided(field, entryFields)) bits[index.entryBit >> 5]! |= 1 << (index.entryBit & 31);
    return bits;
  });
  let any = 0;
  for (let w = 0; w < lacking.length; w++) any |= state.bits[w]! & lacking[w]!;
  if (any === 0) return [];
  const both = new Uint32Array(lacking.length);
  for (let w = 0; w < both.length; w++) both[w] = state.bits[w]! & lacking[w]!;
  return index.nodesOf(both);
}

/** Reads with their block's state; shared by the two profile policies so each flow is analysed once. */
export interface ProfileAnalysis {
  readonly reads: ProfileRead[];
  readonly states: ReadonlyArray<ProfileState | undefined>;
  /** Nodes of the flow's profile lookups. */
  readonly lookups: ReadonlySet<number>;
  /** Lazily: the breadth-first search from the entry that avoids successful lookups. */
  noProfileSearch?: ShortestPaths;
}

/**
 * The analysis is shared by the two profile policies (each flow is analysed once per option set). It is
 * kept on the graph itself rather than in a module-level WeakMap, so it dies with the flow's graph.
 */
export function analyseProfile(graph: RoutingGraph, options: { loadedAtEntry: boolean; namespace: string }): ProfileAnalysis {
  const byEntry = graph.memo('profileAnalysis', () => new Map<boolean, Map<string, ProfileAnalysis>>());
  const byNamespace = memoIn(byEntry, options.loadedAtEntry, () => new Map());
  return memoIn(byNamespace, options.namespace, () => computeProfileAnalysis(graph, options));
}

function computeProfileAnalysis(graph: RoutingGraph, options: { loadedAtEntry: boolean; namespace: string }): ProfileAnalysis {
  const reachable = graph.reachable();
  const actions = graph.flow.actions;
  const reads = profileReads(actions, options.namespace, reachable);
  const lookups = new Set(lookupIndex(graph).nodes);
  return { reads, lookups, states: reads.length > 0 ? profileStates(graph, options.loadedAtEntry) : [] };
}

/** Edges kept at each end of a long evidence path (the evidence shows 100 Identifiers at most). */
const PATH_KEEP = 50;

/** A shortest path from the entry to `node` that passes no successful lookup, by its ends. */
export function pathWithoutProfile(analysis: ProfileAnalysis, graph: RoutingGraph, node: number): PathEnds | undefined {
  if (graph.entry < 0) return undefined;
  const lookups = lookupNodes(graph);
  analysis.noProfileSearch ??= new ShortestPaths(graph, graph.entry, (e) => !isLookupSuccess(e, lookups), PATH_KEEP);
  if (!analysis.noProfileSearch.reached(node)) return undefined;
  return analysis.noProfileSearch.ends(node);
}
