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
  | {
      readonly kind: 'template';
      /** The placeholder's expression, without its delimiters: `queue_flow_arn`, `contactFlows.Main.arn`. */
      readonly expression: string;
      /** Flow names the expression may stand for, most likely first. */
      readonly names: readonly string[];
      /** A CloudFormation `${Resource.Arn}`: it can only name a resource of the same template. */
      readonly cloudFormation: boolean;
    }
  | { readonly kind: 'name'; readonly name: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id at the end of a flow or module ARN (…/contact-flow/<id>, …/flow-module/<id>), or the value if it is an id. */
export function idOf(value: string): string | undefined {
  const last = value.slice(value.lastIndexOf('/') + 1);
  return UUID.test(last) ? last.toLowerCase() : undefined;
}

/**
 * Deploy-time placeholders, as the templatings in use write them: `${…}` (Terraform templatefile,
 * CloudFormation Fn::Sub), `%%…%%` and `%…%` (deploy scripts, the SCV and CDK samples), `{{…}}` and
 * `{{{…}}}` (Mustache/Handlebars, e.g. `{{contactFlows.Main.arn}}`). Bounded bodies: no nesting.
 */
const PLACEHOLDER = /\$\{([^{}]{1,200})\}|%%([^%\s][^%]{0,199})%%|%([A-Za-z_][\w.-]{0,199})%|\{\{\{?\s*([^{}]{1,200}?)\s*\}?\}\}/g;

/** Parts of a placeholder expression that say what kind of thing it is, not which one. */
const NOT_A_NAME = new Set(
  ['arn', 'id', 'name', 'contactflowarn', 'contactflowmodulearn', 'contact_flow_id', 'contact_flow_module_id', 'flow_id', 'value', 'outputs',
    'contactflows', 'contactflow', 'flows', 'flow', 'modules', 'module', 'flowmodules', 'contactflowmodules',
    'aws_connect_contact_flow', 'aws_connect_contact_flow_module', 'var', 'local', 'data', 'each', 'self', 'this', 'path', 'aws'],
);

/** The flow names an expression can mean: itself, then its dotted parts that are not keywords, last first. */
function candidateNames(expression: string): string[] {
  const e = expression.trim();
  const names = [e];
  const parts = e.split('.').map((p) => p.trim().replace(/^\[|\]$/g, '').replace(/^["']|["']$/g, ''));
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (p !== '' && !NOT_A_NAME.has(p.toLowerCase()) && !names.includes(p)) names.push(p);
  }
  return names;
}

/**
 * The placeholder that names the target in a value, or undefined. A whole-value placeholder counts, and so
 * does one that stands for the last part of an ARN (`arn:aws:connect:${region}:…/contact-flow/${main_flow_id}`):
 * the instance and account before it are filled in the same way and say nothing about the flow.
 */
export function placeholderIn(value: string): string | undefined {
  PLACEHOLDER.lastIndex = 0;
  const all = [...value.matchAll(PLACEHOLDER)];
  if (all.length === 0) return undefined;
  const last = all[all.length - 1]!;
  const whole = all.length === 1 && last.index === 0 && last[0].length === value.length;
  const endsArn = value.startsWith('arn:') && last.index! + last[0].length === value.length && value.lastIndexOf('/') < last.index!;
  if (!whole && !endsArn) return undefined;
  return (last[1] ?? last[2] ?? last[3] ?? last[4])!.trim();
}

export function referenceShape(value: string): ReferenceShape {
  // A contact attribute chosen at run time: nothing to check before deploy.
  if (/^\$\.[A-Za-z]/.test(value)) return { kind: 'dynamic' };
  const expression = placeholderIn(value);
  if (expression !== undefined) {
    const cfn = /^([A-Za-z0-9]+)\.(?:Arn|ContactFlowArn|ContactFlowModuleArn|Id)$/.exec(expression);
    if (cfn && value.startsWith('${')) return { kind: 'template', expression, names: [cfn[1]!], cloudFormation: true };
    return { kind: 'template', expression, names: candidateNames(expression), cloudFormation: false };
  }
  const id = idOf(value);
  if (id) return { kind: 'id', id };
  return { kind: 'name', name: value };
}
