import { actionSpec, type ActionSpec } from '../../connect/actions.js';
import { resolveFlowType } from '../../connect/flow-types.js';
import type { FlowDocument } from '../source/document.js';
import { isObject, own, type Json } from '../source/shape.js';
import type { JsonPath } from '../types.js';

export type TransitionKind = 'next' | 'condition' | 'error';

/**
 * One outgoing route of a block, and the routing graph's edge when its target exists. Its label and JSON path
 * are worked out only when a message or a picture needs them: a large flow has tens of thousands of
 * transitions and almost none is ever reported.
 */
export class Transition {
  /** Node (action index) of the target block; -1 when no block has the target Identifier. Set by buildFlow. */
  to = -1;

  constructor(
    /** Node (action index) of the block the transition leaves. */
    readonly from: number,
    readonly kind: TransitionKind,
    readonly target: string,
    /** Path of the block in the flow document. */
    private readonly actionPath: JsonPath,
    /** Position in Transitions.Conditions / Transitions.Errors; -1 for NextAction. */
    private readonly listIndex: number,
    /** For errors, the ErrorType; for conditions, the raw Condition. */
    private readonly detail?: unknown,
  ) {
    this.errorType = kind === 'error' ? (typeof detail === 'string' ? detail : 'error') : undefined;
  }

  /** For errors, the ErrorType (rules compare it for every block, so it is worked out once). */
  readonly errorType: string | undefined;

  /** What a reviewer reads on the edge: "next", the condition ("Equals 1"), or the error type. */
  get label(): string {
    if (this.kind === 'next') return 'next';
    if (this.kind === 'error') return this.errorType!;
    return conditionLabel(this.detail);
  }

  /** Where the transition's NextAction sits in the flow document. */
  get path(): JsonPath {
    const t = [...this.actionPath, 'Transitions'];
    if (this.kind === 'next') return [...t, 'NextAction'];
    return [...t, this.kind === 'error' ? 'Errors' : 'Conditions', this.listIndex, 'NextAction'];
  }
}

export interface Action {
  /** Position in `Actions`; also the node number in the routing graph. */
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly transitions: readonly Transition[];
  /** Path of the action object in the flow document. */
  readonly path: JsonPath;
  /**
   * The flow's `Metadata.ActionMetadata` (shared by its blocks), if it is an object. A block's own entry is
   * looked up by blockMetadata() when a label needs it: in a large flow that object has a key per block, and
   * almost no block is ever named in a message.
   */
  readonly designer: Readonly<Record<string, unknown>> | undefined;
  /** The action object as exported, for rules that look at every field. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The action type's entry in the Amazon Connect table, looked up once here; undefined for unknown types. */
  readonly spec: ActionSpec | undefined;
}

export interface StructureProblem {
  readonly path: JsonPath;
  readonly message: string;
  readonly blockId?: string;
}

export interface Flow {
  readonly doc: FlowDocument;
  readonly startAction: string | undefined;
  readonly actions: readonly Action[];
  /** First action for each Identifier (duplicates are a finding, not a crash). */
  readonly byId: ReadonlyMap<string, Action>;
  readonly structureProblems: readonly StructureProblem[];
  /** CONTACT_FLOW, CUSTOMER_QUEUE...: from the wrapper, else from the designer's Metadata.type; undefined when neither says. */
  readonly flowType: string | undefined;
}


function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Real exports write operands as strings; hand-written IaC sometimes as numbers or booleans. */
function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v) ?? '';
}

function conditionLabel(condition: unknown): string {
  if (!isObject(condition)) return 'condition';
  const operator = scalarText(own(condition, 'Operator') ?? '');
  const operands = own(condition, 'Operands');
  const values = Array.isArray(operands) ? operands.map(scalarText).join(', ') : scalarText(operands ?? '');
  return `${operator} ${values}`.trim() || 'condition';
}

/**
 * Builds the flow model from a parsed export. Never throws: a field of the wrong type is recorded as a
 * structure problem with its path and the rest of the flow is still modelled.
 */
export function buildFlow(doc: FlowDocument): Flow {
  const problems: StructureProblem[] = [];
  const value = doc.value as Json;
  const start = own(value, 'StartAction');
  if (start !== undefined && typeof start !== 'string') {
    problems.push({ path: ['StartAction'], message: `"StartAction" must be a string (the Identifier of the first block), not ${kindOf(start)}` });
  }
  const metadata = own(value, 'Metadata');
  const actionMetadata = isObject(metadata) ? own(metadata, 'ActionMetadata') : undefined;
  const designer = isObject(actionMetadata) ? actionMetadata : undefined;

  const rawActions = own(value, 'Actions');
  const actions: Action[] = [];
  const byId = new Map<string, Action>();
  if (rawActions !== undefined && !Array.isArray(rawActions)) {
    problems.push({ path: ['Actions'], message: `"Actions" must be an array of blocks, not ${kindOf(rawActions)}` });
  }
  const list = Array.isArray(rawActions) ? rawActions : [];
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i];
    const path: JsonPath = ['Actions', i];
    if (!isObject(raw)) {
      problems.push({ path, message: `block ${i} of "Actions" must be an object, not ${kindOf(raw)}` });
      continue;
    }
    const id = own(raw, 'Identifier');
    if (typeof id !== 'string' || id === '') {
      problems.push({ path: id === undefined ? path : [...path, 'Identifier'], message: `block ${i} of "Actions" has no "Identifier" string: every block needs a unique Identifier` });
      continue;
    }
    const type = own(raw, 'Type');
    if (typeof type !== 'string' || type === '') {
      problems.push({ path: type === undefined ? [...path, 'Identifier'] : [...path, 'Type'], blockId: id, message: `block "${id}" has no "Type" string: set the action type, e.g. "MessageParticipant"` });
    }
    const params = own(raw, 'Parameters');
    if (params !== undefined && !isObject(params)) {
      problems.push({ path: [...path, 'Parameters'], blockId: id, message: `"Parameters" of block "${id}" must be an object, not ${kindOf(params)}` });
    }
    const action: Action = {
      index: actions.length,
      id,
      type: typeof type === 'string' ? type : '',
      parameters: isObject(params) ? params : {},
      transitions: readTransitions(raw, actions.length, path, id, problems),
      path,
      raw,
      designer,
      spec: typeof type === 'string' ? actionSpec(type) : undefined,
    };
    actions.push(action);
    if (!byId.has(id)) byId.set(id, action);
  }
  // Targets resolve once every Identifier is known (a transition may lead to a later block).
  for (let a = 0; a < actions.length; a++) {
    const transitions = actions[a]!.transitions;
    for (let k = 0; k < transitions.length; k++) {
      const t = transitions[k]!;
      const target = byId.get(t.target);
      if (target) t.to = target.index;
    }
  }
  for (const path of doc.duplicateKeys ?? []) {
    const key = String(path[path.length - 1]);
    const where = path.length > 1 ? ` in ${path.slice(0, -1).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')}` : '';
    problems.push({ path, message: `the key "${key}"${where} appears twice: JSON keeps only the last value, so the first is silently ignored. Remove or rename one.` });
  }
  const flowType = resolveFlowType(doc.flowType, isObject(metadata) ? own(metadata, 'type') : undefined);
  return { doc, startAction: typeof start === 'string' ? start : undefined, actions, byId, structureProblems: problems, flowType };
}

/** A block's designer metadata (`Metadata.ActionMetadata[id]`), if any. */
export function blockMetadata(action: Action): Json | undefined {
  if (!action.designer) return undefined;
  const md = own(action.designer, action.id);
  return isObject(md) ? md : undefined;
}

const TRANSITION_LISTS = [
  ['Conditions', 'condition', 'Condition'],
  ['Errors', 'error', 'ErrorType'],
] as const;

/** A NextAction's target; "" is how transfer blocks say "no next block". Anything but a string is a problem. */
function targetOf(v: unknown, id: string, problems: StructureProblem[], actionPath: JsonPath, list?: string, entry?: number): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'string') return v;
  const path = list === undefined ? [...actionPath, 'Transitions', 'NextAction'] : [...actionPath, 'Transitions', list, entry!, 'NextAction'];
  problems.push({ path, blockId: id, message: `"NextAction" of block "${id}" must be a string Identifier, not ${kindOf(v)}` });
  return undefined;
}

/** Reads a block's Transitions. Runs once per block of every flow, so the clean path allocates only the Transitions. */
function readTransitions(raw: Json, index: number, actionPath: JsonPath, id: string, problems: StructureProblem[]): Transition[] {
  const out: Transition[] = [];
  const t = own(raw, 'Transitions');
  if (t === undefined) return out;
  if (!isObject(t)) {
    problems.push({ path: [...actionPath, 'Transitions'], blockId: id, message: `"Transitions" of block "${id}" must be an object, not ${kindOf(t)}` });
    return out;
  }
  const nextRaw = own(t, 'NextAction');
  const next = typeof nextRaw === 'string' && nextRaw !== '' ? nextRaw : targetOf(nextRaw, id, problems, actionPath);
  if (next !== undefined) out.push(new Transition(index, 'next', next, actionPath, -1));

  for (let n = 0; n < TRANSITION_LISTS.length; n++) {
    const spec = TRANSITION_LISTS[n]!;
    const key = spec[0];
    const kind = spec[1];
    const detail = spec[2];
    const list = own(t, key);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ path: [...actionPath, 'Transitions', key], blockId: id, message: `"Transitions.${key}" of block "${id}" must be an array, not ${kindOf(list)}` });
      continue;
    }
    for (let j = 0; j < list.length; j++) {
      const entry: unknown = list[j];
      if (!isObject(entry)) {
        problems.push({ path: [...actionPath, 'Transitions', key, j], blockId: id, message: `entry ${j} of "Transitions.${key}" of block "${id}" must be an object, not ${kindOf(entry)}` });
        continue;
      }
      const raw = own(entry, 'NextAction');
      const to = typeof raw === 'string' && raw !== '' ? raw : targetOf(raw, id, problems, actionPath, key, j);
      if (to === undefined) continue;
      out.push(new Transition(index, kind, to, actionPath, j, own(entry, detail)));
    }
  }
  return out;
}

/** A short human label for a block: what a reviewer would call it in the designer. */
export function blockLabel(action: Action): string {
  const detail = blockDetail(action);
  return detail ? `${action.type}: ${detail}` : action.type || action.id;
}

/** What a block is about in a few words (its text, compared value, attributes, queue, flow…), or undefined. */
export function blockDetail(action: Action): string | undefined {
  const p = action.parameters;
  const pick = (k: string): string | undefined => {
    const v = Object.hasOwn(p, k) ? p[k] : undefined;
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const md = blockMetadata(action);
  const mdText = (k: string): string | undefined => {
    const v = md && Object.hasOwn(md, k) ? md[k] : undefined;
    if (typeof v === 'string') return v;
    if (isObject(v) && typeof v['text'] === 'string') return v['text'];
    return undefined;
  };
  const attributes = Object.hasOwn(p, 'Attributes') && isObject(p['Attributes']) ? Object.keys(p['Attributes']).join(', ') : undefined;
  const detail =
    pick('Text') ?? pick('ComparisonValue') ?? (attributes || undefined) ?? mdText('queue') ?? mdText('ContactFlow') ?? mdText('contactFlowModuleName') ??
    pick('QueueId') ?? pick('ContactFlowId') ?? pick('FlowModuleId') ?? pick('LambdaFunctionARN') ?? pick('FlowLoggingBehavior') ?? undefined;
  if (!detail) return undefined;
  return detail.length > 40 ? `${detail.slice(0, 37)}...` : detail;
}
