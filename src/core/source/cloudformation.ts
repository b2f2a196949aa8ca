import { isAlias, isMap, isScalar, isSeq, parseDocument, type CollectionTag, type Document, type ScalarTag } from 'yaml';
import { MODULE_FLOW_TYPE } from '../../connect/flow-types.js';
import { locatePaths } from '../json/locate.js';
import type { JsonPath, Range } from '../types.js';
import { TextLocator, type FlowDocument } from './document.js';
import { embeddedOffsetMapper } from './embedded.js';
import type { LineMap } from './line-map.js';
import { contentFlowType, isObject, looksLikeFlow, own, readEmbeddedFlow, str, type FileContents, type FileProblem, type Json } from './shape.js';
import { yamlScalarMapper, type ScalarStyle } from './yaml-scalar.js';
import { firstDuplicateKey, yamlMessage } from './yaml-unique.js';

/**
 * Flows in CloudFormation templates (hand-written YAML or JSON, and CDK's `cdk.out/*.template.json`): the
 * `Properties.Content` of each `AWS::Connect::ContactFlow` and `AWS::Connect::ContactFlowModule` resource,
 * a JSON string or an `Fn::Sub` of one. The flow's name is the resource's logical id.
 */

const FLOW_RESOURCE = 'AWS::Connect::ContactFlow';
const MODULE_RESOURCE = 'AWS::Connect::ContactFlowModule';

/** CloudFormation's short-form intrinsic functions (`!Sub`, `!Ref`...), each in scalar, list and map form. */
const INTRINSICS = [
  'Ref', 'Condition', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'FindInMap', 'ImportValue', 'Base64', 'Split', 'Equals',
  'And', 'Or', 'Not', 'GetAZs', 'Cidr', 'Transform', 'Length', 'ToJsonString', 'Contains', 'EachMemberEquals',
  'EachMemberIn', 'ValueOf', 'ValueOfAll', 'RefAll', 'ForEach',
];

export const CLOUDFORMATION_TAGS: ReadonlyArray<ScalarTag | CollectionTag> = INTRINSICS.flatMap((name): Array<ScalarTag | CollectionTag> => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq', resolve: (c) => c },
  { tag: `!${name}`, collection: 'map', resolve: (c) => c },
]);

/** The text looks like a template even though it does not parse: its syntax errors are then findings. */
function looksLikeTemplateText(text: string): boolean {
  return /^["']?(AWSTemplateFormatVersion|Resources)["']?\s*:/m.test(text);
}

/** A template: `AWSTemplateFormatVersion`, or a `Resources` map whose values have a `Type`. */
export function looksLikeTemplate(value: unknown): value is Json {
  if (!isObject(value)) return false;
  if (own(value, 'AWSTemplateFormatVersion') !== undefined) return true;
  const resources = own(value, 'Resources');
  return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof own(r, 'Type') === 'string');
}

/** One Connect flow resource, as far as the template's shape goes. */
type Candidate = {
  readonly id: string;
  readonly resourceType: string;
  readonly flowType: string | undefined;
} & (
  | { readonly kind: 'string'; readonly content: string; readonly toFile: (inner: readonly number[]) => number[]; readonly sub: boolean; readonly substitutions?: ReadonlyMap<string, string> }
  | { readonly kind: 'object'; readonly value: Json; readonly locator: TextLocator }
  | { readonly kind: 'unsupported'; readonly what: string; readonly at: number }
);

function describeResources(count: number, types: ReadonlySet<string>): string {
  const list = [...types].slice(0, 4).join(', ');
  return `it is a CloudFormation template with no ${FLOW_RESOURCE} or ${MODULE_RESOURCE} resource (${count} resource${count === 1 ? '' : 's'}${list ? `: ${list}${types.size > 4 ? ', ...' : ''}` : ''})`;
}

/** Lints what was found: each string Content as a flow; the rest as findings naming the resource. */
function assemble(file: string, lines: LineMap, candidates: readonly Candidate[]): FileContents {
  const flows: FlowDocument[] = [];
  const problems: FileProblem[] = [];
  let legacyReported = false;
  const point = (offset: number): Range => ({ start: lines.position(offset), end: lines.position(offset + 1) });
  for (const c of candidates) {
    const label = `the Content of ${c.resourceType} "${c.id}"`;
    if (c.kind === 'unsupported') {
      problems.push({
        ruleId: 'unsupported-content',
        message: `${label} ${c.what}, which the linter cannot read, so this flow was not checked: write the flow as one JSON string (in Fn::Sub/!Sub when it needs placeholders)`,
        range: point(c.at),
      });
      continue;
    }
    if (c.kind === 'object') {
      flows.push({ file, value: c.value, name: c.id, ...(c.flowType ? { flowType: c.flowType } : {}), ranges: (r) => c.locator.ranges(r) });
      continue;
    }
    const result = readEmbeddedFlow(file, lines, { content: c.content, toFile: c.toFile, label, placeholders: c.sub, name: c.id, flowType: c.flowType, ...(c.substitutions ? { substitutions: c.substitutions } : {}) });
    if (result.kind === 'flow') flows.push(result.flow);
    else if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'legacy') {
      if (!legacyReported) problems.push(result.problem);
      legacyReported = true;
    } else problems.push({ ruleId: 'flow-structure', message: `${label} is JSON but not a flow: ${result.reason}`, range: result.range });
  }
  return { flows, problems };
}

function flowTypeOf(resourceType: string, declared: unknown, content: unknown): string | undefined {
  if (resourceType === MODULE_RESOURCE) return MODULE_FLOW_TYPE;
  return str(declared) ?? contentFlowType(content);
}

function intrinsicName(v: Json): string | undefined {
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0]!.startsWith('Fn::') || keys[0] === 'Ref') ? keys[0] : undefined;
}

/**
 * Fn::Sub's variable map, reduced to what links flows: each variable that is a `Fn::GetAtt` or `Ref` of a
 * resource, mapped to that resource's logical id (`{ SubFlowArn: { "Fn::GetAtt": ["SubFlow", "Arn"] } }`).
 */
function jsonSubstitutions(vars: unknown): Map<string, string> | undefined {
  if (!isObject(vars)) return undefined;
  const out = new Map<string, string>();
  for (const [name, v] of Object.entries(vars)) {
    if (!isObject(v)) continue;
    const getAtt = own(v, 'Fn::GetAtt');
    const ref = own(v, 'Ref');
    const target = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : ref;
    if (typeof target === 'string' && target !== '') out.set(name, target);
  }
  return out.size > 0 ? out : undefined;
}

/** The same for a YAML `!Sub [template, { Var: !GetAtt SubFlow.Arn }]`. */
function yamlSubstitutions(doc: Document, node: YNode): Map<string, string> | undefined {
  const form = deref(doc, node);
  const list = isSeq(form) ? form : isMap(form) && form.items.length === 1 ? deref(doc, form.items[0]!.value) : undefined;
  const vars = isSeq(list) ? deref(doc, list.items[1]) : undefined;
  if (!isMap(vars)) return undefined;
  const out = new Map<string, string>();
  for (const pair of vars.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const v = deref(doc, pair.value);
    let target: unknown;
    const tag = (v as { tag?: string } | null)?.tag;
    if (isScalar(v) && (tag === '!GetAtt' || tag === '!Ref') && typeof v.value === 'string') target = v.value.split('.')[0];
    else if (isSeq(v) && tag === '!GetAtt') target = (deref(doc, v.items[0]) as { value?: unknown } | null)?.value;
    else if (isMap(v) && v.items.length === 1) {
      const k = isScalar(v.items[0]!.key) ? v.items[0]!.key.value : undefined;
      const inner = deref(doc, v.items[0]!.value);
      if (k === 'Ref' && isScalar(inner)) target = inner.value;
      if (k === 'Fn::GetAtt') target = isSeq(inner) ? (deref(doc, inner.items[0]) as { value?: unknown } | null)?.value : isScalar(inner) && typeof inner.value === 'string' ? inner.value.split('.')[0] : undefined;
    }
    if (name && typeof target === 'string' && target !== '') out.set(name, target);
  }
  return out.size > 0 ? out : undefined;
}

/** A JSON template (hand-written or from CDK), or undefined when the value is not one. */
export function readJsonTemplate(file: string, text: string, lines: LineMap, value: unknown): FileContents | undefined {
  if (!looksLikeTemplate(value)) return undefined;
  const resources = own(value, 'Resources');
  const entries = isObject(resources) ? Object.entries(resources) : [];
  const types = new Set<string>();
  type Pending = { id: string; resourceType: string; props: Json | undefined; content: unknown; path: JsonPath; kind: 'string' | 'sub' | 'object' | 'unsupported'; what?: string; substitutions?: Map<string, string> };
  const pending: Pending[] = [];
  for (const [id, r] of entries) {
    const resourceType = isObject(r) ? own(r, 'Type') : undefined;
    if (typeof resourceType === 'string') types.add(resourceType);
    if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE) continue;
    const props = own(r as Json, 'Properties');
    const base: JsonPath = ['Resources', id];
    if (!isObject(props) || !Object.hasOwn(props, 'Content')) {
      pending.push({ id, resourceType, props: isObject(props) ? props : undefined, content: undefined, path: base, kind: 'unsupported', what: 'is missing' });
      continue;
    }
    const content = props['Content'];
    const contentPath = [...base, 'Properties', 'Content'];
    const sub = isObject(content) ? own(content, 'Fn::Sub') : undefined;
    if (typeof content === 'string') pending.push({ id, resourceType, props, content, path: contentPath, kind: 'string' });
    else if (typeof sub === 'string') pending.push({ id, resourceType, props, content: sub, path: [...contentPath, 'Fn::Sub'], kind: 'sub' });
    else if (Array.isArray(sub) && typeof sub[0] === 'string') pending.push({ id, resourceType, props, content: sub[0], path: [...contentPath, 'Fn::Sub', 0], kind: 'sub', substitutions: jsonSubstitutions(sub[1]) });
    else if (looksLikeFlow(content)) pending.push({ id, resourceType, props, content, path: contentPath, kind: 'object' });
    else {
      const fn = isObject(content) ? intrinsicName(content) : undefined;
      const what = fn ? `is built with ${fn}` : `is ${content === null ? 'null' : Array.isArray(content) ? 'an array' : isObject(content) ? 'an object' : `a ${typeof content}`}, not a JSON string`;
      pending.push({ id, resourceType, props, content, path: contentPath, kind: 'unsupported', what });
    }
  }
  if (pending.length === 0) return { flows: [], problems: [], notAFlow: describeResources(entries.length, types) };
  const located = locatePaths(text, pending.map((p) => p.path));
  const candidates = pending.map((p, k): Candidate => {
    const l = located[k]!;
    const flowType = flowTypeOf(p.resourceType, p.props ? own(p.props, 'Type') : undefined, p.kind === 'object' ? p.content : undefined);
    const common = { id: p.id, resourceType: p.resourceType, flowType };
    if (p.kind === 'unsupported') return { ...common, kind: 'unsupported', what: p.what!, at: l.keyStart ?? l.start };
    if (p.kind === 'object') return { ...common, kind: 'object', value: p.content as Json, locator: new TextLocator(text, lines, undefined, p.path) };
    return { ...common, kind: 'string', content: p.content as string, toFile: embeddedOffsetMapper(text, l.start, l.end), sub: p.kind === 'sub', ...(p.substitutions ? { substitutions: p.substitutions } : {}) };
  });
  return assemble(file, lines, candidates);
}

// --- YAML ---------------------------------------------------------------------------------------------

type YNode = unknown;

/** Looks a key up in a YAML map node, following aliases. */
function pairOf(doc: Document, map: YNode, key: string): { key: YNode; value: YNode } | undefined {
  const m = deref(doc, map);
  if (!isMap(m)) return undefined;
  for (const pair of m.items) {
    if (isScalar(pair.key) && pair.key.value === key) return { key: pair.key, value: deref(doc, pair.value) };
  }
  return undefined;
}

function deref(doc: Document, node: YNode): YNode {
  // Aliases resolve to their anchor's node: its source range is where the text really is.
  for (let k = 0; k < 16 && isAlias(node); k++) node = node.resolve(doc);
  return node;
}

/** A scalar written without a tag (or with `!!str`), holding a string. */
function plainString(node: YNode): string | undefined {
  return isScalar(node) && (node.tag === undefined || node.tag === 'tag:yaml.org,2002:str') && typeof node.value === 'string' ? node.value : undefined;
}

function startOf(node: YNode, fallback: number): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : fallback;
}

/** What a YAML Content node holds: the string scalar with the flow, or why there is none. */
function yamlContent(doc: Document, node: YNode): { scalar: YNode; sub: boolean } | { what: string } {
  const templateOf = (form: YNode): YNode | undefined => {
    const first = isSeq(form) ? deref(doc, form.items[0]) : form;
    return isScalar(first) && typeof first.value === 'string' ? first : undefined;
  };
  if (isScalar(node)) {
    if (node.tag === '!Sub') return typeof node.value === 'string' ? { scalar: node, sub: true } : { what: 'is a !Sub of a non-string' };
    if (node.tag?.startsWith('!') && !node.tag.startsWith('!!')) return { what: `is built with ${node.tag}` };
    if (typeof node.value === 'string') return { scalar: node, sub: false };
    return { what: `is ${node.value === null ? 'empty' : `a ${typeof node.value}`}, not a JSON string` };
  }
  if (isSeq(node) && node.tag === '!Sub') {
    const t = templateOf(node);
    return t ? { scalar: t, sub: true } : { what: 'is a !Sub whose template is not a string' };
  }
  if (isMap(node) && node.items.length === 1) {
    const key = isScalar(node.items[0]!.key) ? node.items[0]!.key.value : undefined;
    if (key === 'Fn::Sub') {
      const t = templateOf(deref(doc, node.items[0]!.value));
      return t ? { scalar: t, sub: true } : { what: 'is an Fn::Sub whose template is not a string' };
    }
    if (typeof key === 'string' && (key.startsWith('Fn::') || key === 'Ref')) return { what: `is built with ${key}` };
  }
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag?.startsWith('!') && !tag.startsWith('!!')) return { what: `is built with ${tag}` };
  return { what: `is a YAML ${isMap(node) ? 'mapping' : isSeq(node) ? 'list' : 'value'}, not a JSON string` };
}

/** A YAML file: a CloudFormation template's flows, or "not a flow" (with the reason) for any other YAML. */
export function readYamlFile(file: string, text: string, lines: LineMap): FileContents {
  const doc = parseDocument(text, { customTags: [...CLOUDFORMATION_TAGS], prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
  const duplicate = doc.errors.length > 0 ? undefined : firstDuplicateKey(doc);
  if (doc.errors.length > 0 || duplicate) {
    const e = doc.errors[0] ?? { message: `Map keys must be unique ("${duplicate!.key}" is repeated)`, pos: [duplicate!.offset, duplicate!.offset + 1] };
    const message = yamlMessage(e.message.split('\n')[0]!);
    if (looksLikeTemplateText(text)) {
      return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid YAML in this CloudFormation template: ${message}`, range: { start: lines.position(e.pos[0]), end: lines.position(e.pos[1]) } }] };
    }
    return { flows: [], problems: [], notAFlow: `it is neither JSON nor valid YAML (${message}), and does not look like a CloudFormation template` };
  }
  const root = deref(doc, doc.contents);
  const resources = pairOf(doc, root, 'Resources')?.value;
  const isTemplate =
    pairOf(doc, root, 'AWSTemplateFormatVersion') !== undefined ||
    (isMap(resources) && resources.items.some((p) => plainString(pairOf(doc, p.value, 'Type')?.value) !== undefined));
  if (!isTemplate) {
    return {
      flows: [],
      problems: [],
      notAFlow: 'it is YAML but not a CloudFormation template (no AWSTemplateFormatVersion, no Resources with a Type): flows are read from YAML only in CloudFormation templates',
    };
  }
  const candidates: Candidate[] = [];
  const types = new Set<string>();
  const items = isMap(resources) ? resources.items : [];
  for (const pair of items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const resourceType = plainString(pairOf(doc, pair.value, 'Type')?.value);
    if (resourceType !== undefined) types.add(resourceType);
    if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE) continue;
    const props = pairOf(doc, pair.value, 'Properties')?.value;
    const declared = plainString(pairOf(doc, props, 'Type')?.value);
    const contentPair = pairOf(doc, props, 'Content');
    const flowType = flowTypeOf(resourceType, declared, undefined);
    const common = { id, resourceType, flowType };
    if (!contentPair) {
      candidates.push({ ...common, kind: 'unsupported', what: 'is missing', at: startOf(pair.key, 0) });
      continue;
    }
    const found = yamlContent(doc, contentPair.value);
    if ('what' in found) {
      candidates.push({ ...common, kind: 'unsupported', what: found.what, at: startOf(contentPair.key, 0) });
      continue;
    }
    const scalar = found.scalar as { range: [number, number, number]; type?: ScalarStyle; value: string };
    const { toFile } = yamlScalarMapper(text, scalar.range, scalar.type, scalar.value);
    const substitutions = found.sub ? yamlSubstitutions(doc, contentPair.value) : undefined;
    candidates.push({ ...common, kind: 'string', content: scalar.value, toFile, sub: found.sub, ...(substitutions ? { substitutions } : {}) });
  }
  if (candidates.length === 0) return { flows: [], problems: [], notAFlow: describeResources(items.length, types) };
  return assemble(file, lines, candidates);
}
