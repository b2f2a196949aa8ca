import { blockMetadata, type Action, type Flow } from '../model/flow.js';
import type { JsonPath } from '../types.js';

export type ReferenceKind = 'flow' | 'module' | 'hook';

/** A block that sends the contact to another flow, runs a module, or sets a flow for a later event. */
export interface FlowReference {
  readonly kind: ReferenceKind;
  readonly block: Action;
  /** Where the reference's value sits in the flow document. */
  readonly path: JsonPath;
  readonly value: string;
  /** The target's name as the designer showed it (Metadata), when the export kept it. */
  readonly nameHint?: string;
  /** For event hooks: which event (CustomerQueue, AgentWhisper...). */
  readonly hook?: string;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['text'] === 'string') return (v as Record<string, string>)['text'];
  return undefined;
}

function metadataName(action: Action, keys: readonly string[]): string | undefined {
  const md = blockMetadata(action);
  if (!md) return undefined;
  for (const k of keys) {
    const v = Object.hasOwn(md, k) ? text(md[k]) : undefined;
    if (v) return v;
  }
  return undefined;
}

/** Every reference from one flow to others: TransferToFlow, InvokeFlowModule and UpdateContactEventHooks. */
export function flowReferences(flow: Flow): FlowReference[] {
  const refs: FlowReference[] = [];
  for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
    const a = actionList[ai]!;
    const p = a.parameters;
    const param = (k: string): string | undefined => (Object.hasOwn(p, k) && typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : undefined);
    if (a.type === 'TransferToFlow') {
      const value = param('ContactFlowId');
      if (value) refs.push({ kind: 'flow', block: a, path: [...a.path, 'Parameters', 'ContactFlowId'], value, nameHint: metadataName(a, ['ContactFlow', 'contactFlow']) });
    } else if (a.type === 'InvokeFlowModule') {
      const value = param('FlowModuleId');
      if (value) refs.push({ kind: 'module', block: a, path: [...a.path, 'Parameters', 'FlowModuleId'], value, nameHint: metadataName(a, ['contactFlowModuleName', 'FlowModule', 'flowModule']) });
    } else if (a.type === 'UpdateContactEventHooks') {
      const hooks = Object.hasOwn(p, 'EventHooks') ? p['EventHooks'] : undefined;
      if (typeof hooks !== 'object' || hooks === null) continue;
      for (const [hook, v] of Object.entries(hooks)) {
        if (typeof v !== 'string' || v === '') continue;
        refs.push({ kind: 'hook', block: a, path: [...a.path, 'Parameters', 'EventHooks', hook], value: v, hook, nameHint: metadataName(a, ['contactFlow', 'ContactFlow']) });
      }
    }
  }
  return refs;
}

/** What a reference's value is, before looking for its target. */
export type ReferenceShape =
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'template'; readonly name: string; readonly cloudFormation: boolean }
  | { readonly kind: 'name'; readonly name: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id at the end of a flow or module ARN (…/contact-flow/<id>, …/flow-module/<id>), or the value if it is an id. */
export function idOf(value: string): string | undefined {
  const last = value.slice(value.lastIndexOf('/') + 1);
  return UUID.test(last) ? last.toLowerCase() : undefined;
}

export function referenceShape(value: string): ReferenceShape {
  // A contact attribute chosen at run time: nothing to check before deploy.
  if (/^\$\.[A-Za-z]/.test(value)) return { kind: 'dynamic' };
  const cfn = /^\$\{([A-Za-z0-9]+)(?:\.(?:Arn|ContactFlowArn|ContactFlowModuleArn|Id))?\}$/.exec(value);
  if (cfn) return { kind: 'template', name: cfn[1]!, cloudFormation: /\.\w+\}$/.test(value) };
  const placeholder = /^(?:\$\{([\w.-]+)\}|%%([\w.-]+)%%|\{\{\s*([\w.-]+)\s*\}\})$/.exec(value);
  if (placeholder) return { kind: 'template', name: (placeholder[1] ?? placeholder[2] ?? placeholder[3])!, cloudFormation: false };
  const id = idOf(value);
  if (id) return { kind: 'id', id };
  return { kind: 'name', name: value };
}
