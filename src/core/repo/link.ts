import { isInboundFlow, queueUnsetAt } from '../analysis/path-facts.js';
import { ENTRY_PROFILE, profileStates, responseFields, type ProfileState } from '../analysis/profile.js';
import { PROFILE_ALWAYS_PROVIDED } from '../../connect/actions.js';
import type { RoutingGraph } from '../graph/routing-graph.js';
import { blockLabel, type Flow } from '../model/flow.js';
import type { Range } from '../types.js';
import { isDefaultFlowName } from '../../connect/default-flows.js';
import { flowReferences, idOf, referenceShape, type ReferenceKind } from './references.js';

/** Profile fields known to be loaded: a list, or 'any' (loaded by something we cannot see, fields unknown). */
export type Fields = readonly string[] | 'any';

/** The profile a flow starts with, merged over every caller; undefined for flows nobody in the repository calls. */
export interface EntryProfile {
  readonly loaded: boolean;
  readonly fields: Fields;
  readonly callers: ReadonlyArray<{ readonly flow: string; readonly blockId: string; readonly block: string; readonly loaded: boolean; readonly fields: Fields; readonly module?: boolean; readonly queueUnset?: boolean }>;
}

/**
 * What a module starts with, whatever its caller loaded: modules do not share the invoking flow's local
 * data (External, Lex, Customer Profiles attributes, stored customer input: administrator guide, "Flow
 * modules", Limitations). A TransferToFlow hands the contact on with its profile; an InvokeFlowModule
 * does not.
 */
const MODULE_ENTRY: TransferState = { loaded: false, fields: [], fromEntry: false };

/** The profile at a reference block, for each way the flow itself may have been entered. */
interface TransferState {
  readonly loaded: boolean;
  readonly fields: Fields;
  /** Whether the profile loaded before this flow can still be the one in use (no lookup in between on some path). */
  readonly fromEntry: boolean;
}

export interface ReferenceSummary {
  readonly kind: ReferenceKind;
  readonly blockId: string;
  readonly block: string;
  readonly value: string;
  readonly nameHint?: string;
  readonly hook?: string;
  readonly range: Range;
  readonly local: TransferState;
  readonly withEntry: TransferState;
  /** Some path from the start reaches the reference without passing a block that may set a working queue. */
  readonly queueUnset?: boolean;
}

/** What the repository pass keeps of each flow: who it is, what it calls, and the profile at each call. */
export interface FlowSummary {
  readonly file: string;
  /** Position of the flow among the file's flows. */
  readonly index: number;
  readonly name?: string;
  readonly ids: readonly string[];
  readonly flowType?: string;
  /** Fn::Sub variables that stand for other resources of the template. */
  readonly substitutions?: ReadonlyMap<string, string>;
  readonly references: readonly ReferenceSummary[];
  /** The per-file option: assume a profile at entry when no caller is known. */
  readonly loadedAtEntryByDefault: boolean;
  /** An inbound flow by its export (CONTACT_FLOW, not a module): entered from a phone number when nobody calls it. */
  readonly inbound?: boolean;
}

function fieldsOf(state: ProfileState | undefined, flow: Flow): TransferState {
  if (!state || !state.loaded) return { loaded: false, fields: [], fromEntry: false };
  let fields: Fields | undefined;
  for (const l of state.lookups) {
    if (l === ENTRY_PROFILE) continue;
    const f = [...responseFields(flow.actions[l]!), ...PROFILE_ALWAYS_PROVIDED];
    fields = intersect(fields ?? 'any', f);
  }
  return { loaded: true, fields: fields ?? 'any', fromEntry: state.lookups.includes(ENTRY_PROFILE) };
}

export function intersect(a: Fields, b: Fields): Fields {
  if (a === 'any') return b;
  if (b === 'any') return a;
  const lower = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => lower.has(x.toLowerCase()));
}

/** Summarises one linted flow for the repository pass (pure; the ranges come from one scan of the flow). */
export function summarizeFlow(flow: Flow, graph: RoutingGraph, index: number, loadedAtEntryByDefault: boolean): FlowSummary {
  const refs = flowReferences(flow);
  const doc = flow.doc;
  const ids = (doc.identifiers ?? []).flatMap((v) => {
    const id = idOf(v);
    return id ? [id] : [];
  });
  let references: ReferenceSummary[] = [];
  if (refs.length > 0) {
    const local = profileStates(graph, false);
    const withEntry = profileStates(graph, true);
    const ranges = doc.ranges(refs.map((r) => ({ path: r.path, part: 'value' as const })));
    // Blocks share states: each distinct state's fields are worked out once, however many references it reaches.
    const seen = new Map<ProfileState | undefined, TransferState>();
    const at = (state: ProfileState | undefined): TransferState => {
      let t = seen.get(state);
      if (!t) seen.set(state, (t = fieldsOf(state, flow)));
      return t;
    };
    references = refs.map((r, k) => ({
      kind: r.kind,
      blockId: r.block.id,
      block: blockLabel(r.block),
      value: r.value,
      ...(r.nameHint !== undefined ? { nameHint: r.nameHint } : {}),
      ...(r.hook !== undefined ? { hook: r.hook } : {}),
      range: ranges[k]!,
      local: at(local[r.block.index]),
      withEntry: at(withEntry[r.block.index]),
      ...(r.kind === 'flow' && queueUnsetAt(graph, r.block.index) ? { queueUnset: true } : {}),
    }));
  }
  return { file: doc.file, index, ...(doc.name !== undefined ? { name: doc.name } : {}), ...(doc.substitutions ? { substitutions: doc.substitutions } : {}), ids, ...(flow.flowType !== undefined ? { flowType: flow.flowType } : {}), references, loadedAtEntryByDefault, ...(isInboundFlow(flow) ? { inbound: true } : {}) };
}

export type Resolution =
  | { readonly status: 'resolved'; readonly target: number; readonly via: 'id' | 'name' | 'template' | 'map' }
  | { readonly status: 'dynamic' }
  | { readonly status: 'placeholder'; readonly name: string }
  /** One of the flows every instance has (Default customer queue…): never missing. */
  | { readonly status: 'builtin'; readonly name: string }
  | { readonly status: 'unresolved'; readonly why: string };

export interface RepositoryLinks {
  /** Per summary, per reference: where it leads. */
  readonly resolutions: ReadonlyArray<readonly Resolution[]>;
  /** Entry profiles of the flows that some flow of the repository calls. */
  readonly entries: ReadonlyMap<number, EntryProfile>;
  /** Caller → callee edges, for the call-graph picture. */
  readonly calls: ReadonlyArray<{ readonly from: number; readonly to: number; readonly kind: ReferenceKind; readonly blockId: string; readonly hook?: string }>;
}

export function flowTitle(s: FlowSummary): string {
  return s.name !== undefined ? `${s.name} (${s.file})` : s.file;
}

/**
 * Links the flows of a repository: resolves each reference (by the target's Id or ARN, by a template's
 * logical id, by flow name, or by the config's `flows` map), then carries the profile state at each call
 * into the callee's entry, merged over all callers, to a fixpoint (call cycles are fine: the states only
 * shrink). Pure.
 */
/**
 * What the deployment's templates say about the flows (Terraform's aws_connect_contact_flow resources):
 * the flow behind each resource address and declared name, and per flow file what its templatefile()
 * variables are filled with.
 */
export interface DeployBindings {
  /** `aws_connect_contact_flow.main` or a declared flow name → the flow file. */
  readonly flows: ReadonlyMap<string, { readonly file: string }>;
  /** Per flow file: templatefile() variable → the expression the .tf passes for it. */
  readonly variables: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const NO_BINDINGS: DeployBindings = { flows: new Map(), variables: new Map() };

/** `aws_connect_contact_flow.main.arn` → `aws_connect_contact_flow.main`; undefined for other expressions. */
function resourceAddress(expression: string): string | undefined {
  const m = /^(aws_connect_contact_flow(?:_module)?\.[A-Za-z_][\w-]*)(?:\.(?:arn|id|contact_flow_id|contact_flow_module_id))?$/.exec(expression.trim());
  return m ? m[1] : undefined;
}

export function linkRepository(summaries: readonly FlowSummary[], aliases: ReadonlyMap<string, { file: string; name?: string }> = new Map(), bindings: DeployBindings = NO_BINDINGS): RepositoryLinks {
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  summaries.forEach((s, i) => {
    for (const id of s.ids) byId.set(id, i);
    if (s.name !== undefined) byName.set(s.name, [...(byName.get(s.name) ?? []), i]);
  });
  const byFile = (file: string, name?: string): number | undefined => {
    const found = summaries.findIndex((s) => s.file === file && (name === undefined || s.name === name));
    return found === -1 ? undefined : found;
  };
  // Files named after their flow (flows/Billing.json, Terraform's <name>.json): the stem is a name too.
  const stems = summaries.map((s) => s.file.slice(s.file.lastIndexOf('/') + 1).replace(/(\.json|\.tftpl|\.tpl|\.ya?ml|\.template)+$/i, ''));
  const declared = (key: string): number | undefined => {
    const b = bindings.flows.get(key);
    return b ? byFile(b.file) : undefined;
  };
  const named = (name: string, fromFile: string): number | undefined => {
    const candidates = byName.get(name) ?? [];
    // A template's logical ids are names within that template first.
    const found = candidates.find((c) => summaries[c]!.file === fromFile) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (found !== undefined) return found;
    const byStem = stems.flatMap((stem, i) => (stem === name || stem.endsWith(`.${name}`) ? [i] : []));
    if (byStem.length === 1) return byStem[0];
    return declared(name);
  };

  const resolve = (s: FlowSummary, value: string, nameHint: string | undefined): Resolution => {
    const alias = aliases.get(value) ?? (nameHint !== undefined ? aliases.get(nameHint) : undefined);
    if (alias) {
      const t = byFile(alias.file, alias.name);
      return t !== undefined ? { status: 'resolved', target: t, via: 'map' } : { status: 'unresolved', why: `the config's flows map points it at ${alias.file}${alias.name ? `#${alias.name}` : ''}, which holds no such flow` };
    }
    const shape = referenceShape(value);
    switch (shape.kind) {
      case 'dynamic':
        return { status: 'dynamic' };
      case 'template': {
        // An Fn::Sub variable that is a GetAtt/Ref of another resource means that resource.
        const logical = s.substitutions?.get(shape.names[0]!);
        if (logical !== undefined) {
          const t = named(logical, s.file);
          return t !== undefined ? { status: 'resolved', target: t, via: 'template' } : { status: 'unresolved', why: `no flow resource "${logical}" (named by the Fn::Sub variable ${shape.names[0]}) in this template` };
        }
        // A templatefile() variable: what the .tf passes for it says which flow it is.
        const passed = bindings.variables.get(s.file)?.get(shape.expression);
        const address = resourceAddress(passed ?? shape.expression);
        if (address !== undefined) {
          const t = declared(address);
          if (t !== undefined) return { status: 'resolved', target: t, via: 'template' };
          return { status: 'placeholder', name: address };
        }
        const literal = passed !== undefined ? /^"([^"\\$]*)"$/.exec(passed.trim())?.[1] : undefined;
        if (literal) return resolve(s, literal, nameHint);
        for (const name of shape.names) {
          const t = named(name, s.file);
          if (t !== undefined) return { status: 'resolved', target: t, via: 'template' };
        }
        if (shape.cloudFormation) return { status: 'unresolved', why: `no flow resource "${shape.names[0]}" in this template` };
        // Filled in at deploy time with something outside the repository: not a missing flow.
        return { status: 'placeholder', name: shape.expression };
      }
      case 'id': {
        const t = byId.get(shape.id);
        if (t !== undefined) return { status: 'resolved', target: t, via: 'id' };
        const n = nameHint !== undefined ? named(nameHint, s.file) : undefined;
        if (n !== undefined) return { status: 'resolved', target: n, via: 'name' };
        if (nameHint !== undefined && isDefaultFlowName(nameHint)) return { status: 'builtin', name: nameHint };
        return { status: 'unresolved', why: `no flow in the repository has its id${nameHint ? ' or name' : ''}` };
      }
      case 'name': {
        const t = named(shape.name, s.file);
        if (t !== undefined) return { status: 'resolved', target: t, via: 'name' };
        if (isDefaultFlowName(shape.name)) return { status: 'builtin', name: shape.name };
        return { status: 'unresolved', why: `no flow in the repository is named "${shape.name}"` };
      }
    }
  };

  const resolutions = summaries.map((s) => s.references.map((r) => resolve(s, r.value, r.nameHint)));
  const calls: Array<RepositoryLinks['calls'][number]> = [];
  const callers = new Map<number, Array<{ from: number; ref: ReferenceSummary }>>();
  summaries.forEach((s, i) =>
    s.references.forEach((r, k) => {
      const res = resolutions[i]![k]!;
      if (res.status !== 'resolved') return;
      calls.push({ from: i, to: res.target, kind: r.kind, blockId: r.blockId, ...(r.hook !== undefined ? { hook: r.hook } : {}) });
      callers.set(res.target, [...(callers.get(res.target) ?? []), { from: i, ref: r }]);
    }),
  );

  // Fixpoint: a flow's entry is the meet of the states its callers hand over; unknown callers count as top.
  const entries = new Map<number, EntryProfile>();
  const entryOf = (i: number): { loaded: boolean; fields: Fields } | undefined =>
    callers.has(i) ? entries.get(i) : { loaded: summaries[i]!.loadedAtEntryByDefault, fields: 'any' };
  const work = [...callers.keys()];
  const queued = new Set(work);
  let steps = 0;
  while (work.length > 0 && steps++ < 100_000) {
    const t = work.shift()!;
    queued.delete(t);
    let loaded = true;
    let fields: Fields = 'any';
    const seen: Array<EntryProfile['callers'][number]> = [];
    let known = false;
    for (const { from, ref } of callers.get(t)!) {
      const module = ref.kind === 'module';
      const e = entryOf(from);
      // A module's start does not depend on its caller's: it is known as soon as the call is.
      if (!e && !module) continue;
      known = true;
      const at = module ? MODULE_ENTRY : e!.loaded ? ref.withEntry : ref.local;
      const f = at.loaded ? (at.fromEntry ? intersect(at.fields, e!.fields) : at.fields) : [];
      // The working queue: unset at the call only when the caller is entered from a phone number (nobody
      // calls it) and some path to its TransferToFlow sets none. Anything else may have set one.
      const queueUnset = ref.queueUnset === true && summaries[from]!.inbound === true && !callers.has(from);
      seen.push({ flow: flowTitle(summaries[from]!), blockId: ref.blockId, block: ref.block, loaded: at.loaded, fields: f, ...(module ? { module } : {}), ...(queueUnset ? { queueUnset } : {}) });
      loaded &&= at.loaded;
      fields = intersect(fields, f);
    }
    if (!known) continue;
    const next: EntryProfile = { loaded, fields: loaded ? fields : [], callers: seen };
    const old = entries.get(t);
    const same = old && old.loaded === next.loaded && (old.fields === 'any' ? next.fields === 'any' : next.fields !== 'any' && old.fields.length === next.fields.length) && old.callers.length === next.callers.length;
    entries.set(t, next);
    if (same) continue;
    for (const c of calls) if (c.from === t && callers.has(c.to) && !queued.has(c.to)) {
      queued.add(c.to);
      work.push(c.to);
    }
  }
  return { resolutions, entries, calls };
}
