import { MODULE_FLOW_TYPE } from '../../connect/flow-types.js';
import { locatePaths } from '../json/locate.js';
import type { Range } from '../types.js';
import { readJsonTemplate, readYamlFile } from './cloudformation.js';
import { TextLocator } from './document.js';
import { embeddedOffsetMapper } from './embedded.js';
import { LineMap } from './line-map.js';
import {
  contentFlowType,
  describeNonFlow,
  fastLookup,
  flowName,
  isObject,
  LEGACY_MESSAGE,
  looksLikeFlow,
  looksLikeLegacyFlow,
  own,
  parseJson,
  readEmbeddedFlow,
  str,
  type FileContents,
  type Json,
} from './shape.js';

export { looksLikeFlow, type FileContents, type FileProblem } from './shape.js';

/** Where the flow's JSON sits as a string: `aws connect describe-contact-flow(-module)` output and `{Name, Type, Content}` wrappers. */
const CONTENT_WRAPPERS: ReadonlyArray<readonly string[]> = [['ContactFlow'], ['ContactFlowModule'], []];

/** Files read as YAML when they are not JSON: CloudFormation templates. */
const YAML_FILE = /\.(ya?ml|template)$/i;

/**
 * Finds the flows in one file's text. Pure: the caller reads the file. Never throws for any input;
 * every defect becomes a problem with a position.
 */
export function readFlowFile(file: string, rawText: string): FileContents {
  // A byte-order mark is not JSON whitespace; a space keeps every offset where it was.
  const original = rawText.charCodeAt(0) === 0xfeff ? ' ' + rawText.slice(1) : rawText;
  const lines = new LineMap(original);
  const at = (start: number, end = start): Range => ({ start: lines.position(start), end: lines.position(end) });
  const yamlName = YAML_FILE.test(file);

  if (original.trim() === '') {
    if (yamlName) return { flows: [], problems: [], notAFlow: 'the file is empty' };
    return { flows: [], problems: [{ ruleId: 'parse-error', message: 'the file is empty: a flow export is a JSON object', range: at(0) }] };
  }

  // A `.template` that starts like JSON is a JSON template: its syntax errors are JSON errors.
  const jsonLike = /^\s*[[{]/.test(original);
  // Terraform `.tpl` templates hold all kinds of text (user data scripts, policies): only JSON ones can be flows.
  if (!jsonLike && /(?<!\.json)\.tpl$/i.test(file)) return { flows: [], problems: [], notAFlow: 'a .tpl template that is not JSON' };
  // Terraform templatefile() flows may hold `${...}` where a value belongs; a stand-in keeps offsets.
  const parsed = parseJson(original, true);
  if (!parsed.ok) {
    if (yamlName && !(jsonLike && /\.template$/i.test(file))) return readYamlFile(file, original, lines);
    return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid JSON: ${parsed.message}`, range: at(parsed.offset) }] };
  }
  const { value, text, duplicates } = parsed;

  if (looksLikeFlow(value)) {
    // The block lines were counted over this very text (valid JSON: every line break is between tokens).
    if (text === original) lines.anchor(parsed.blockStarts, parsed.blockLines);
    const locator = new TextLocator(text, lines, undefined, [], fastLookup(parsed, value));
    const flowType = contentFlowType(value);
    return { flows: [{ file, value, name: flowName(value), ...(flowType ? { flowType } : {}), ...(duplicates.length > 0 ? { duplicateKeys: duplicates } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
  }

  for (const prefix of CONTENT_WRAPPERS) {
    let holder: unknown = value;
    for (const k of prefix) holder = isObject(holder) ? own(holder, k) : undefined;
    if (!isObject(holder)) continue;
    const content = own(holder, 'Content');
    const moduleWrapper = prefix[0] === 'ContactFlowModule';
    if (typeof content === 'string') return readWrapped(file, text, lines, holder, [...prefix, 'Content'], content, moduleWrapper);
    // A wrapper as the value of Content (`{"Content": {"Content": ...}}`): wrapped twice, read one level down.
    const nested = isObject(content) && !looksLikeFlow(content) ? own(content, 'Content') : undefined;
    if (isObject(content) && typeof nested === 'string') return readWrapped(file, text, lines, { ...content, ...pick(holder) }, [...prefix, 'Content', 'Content'], nested, moduleWrapper);
    if (isObject(content) && looksLikeFlow(nested)) {
      const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content', 'Content']);
      const flowType = str(own(holder, 'Type')) ?? str(own(content, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(nested));
      const name = str(own(holder, 'Name')) ?? str(own(content, 'Name')) ?? flowName(nested);
      const identifiers = [...wrapperIdentifiers(holder), ...wrapperIdentifiers(content)];
      return { flows: [{ file, value: nested as Json, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
    }
    if (looksLikeFlow(content)) {
      // Some tools write the flow as an object, not a string, under the same wrapper keys.
      const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content']);
      const flowType = str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(content));
      const name = str(own(holder, 'Name')) ?? flowName(content);
      const identifiers = wrapperIdentifiers(holder);
      return { flows: [{ file, value: content, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
    }
  }

  const template = readJsonTemplate(file, text, lines, value);
  if (template) return template;

  if (looksLikeLegacyFlow(value)) {
    return { flows: [], problems: [{ ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: at(text.search(/\S/)) }] };
  }

  return { flows: [], problems: [], notAFlow: describeNonFlow(value) };
}

/** The outer wrapper's Name and Type, which win over the inner wrapper's. */
function pick(holder: Json): Json {
  const out: Record<string, unknown> = {};
  for (const k of ['Name', 'Type']) if (str(own(holder, k)) !== undefined) out[k] = own(holder, k);
  return out as Json;
}

/** describe-contact-flow's Id and Arn (and an Id/Arn some wrappers carry): what other flows call it by. */
function wrapperIdentifiers(holder: Json): string[] {
  return ['Id', 'Arn', 'ContactFlowId', 'ContactFlowArn'].flatMap((k) => {
    const v = str(own(holder, k));
    return v ? [v] : [];
  });
}

/** Wrappers inside wrappers: one more `Content` level is unwrapped (some pipelines wrap an export again); past that, a problem. */
const MAX_CONTENT_LEVELS = 2;

function readWrapped(file: string, text: string, lines: LineMap, holder: Json, contentPath: string[], content: string, moduleWrapper: boolean): FileContents {
  const literal = locatePaths(text, [contentPath])[0]!;
  const label = `"${contentPath.join('.')}"`;
  const outer = {
    name: str(own(holder, 'Name')),
    flowType: str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : undefined),
    identifiers: wrapperIdentifiers(holder),
  };
  return readContentString(file, lines, content, embeddedOffsetMapper(text, literal.start, literal.end), label, outer, 1);
}

/**
 * The flow in a `Content` string whose offsets `toFile` maps to the file. A string that is itself a wrapper
 * (`{"Content": "..."}` or `{"Content": {flow}}`) is unwrapped once more, its offsets mapped through both
 * levels, so a flow wrapped twice is linted, not passed over as "not a flow".
 */
function readContentString(
  file: string,
  lines: LineMap,
  content: string,
  toFile: (inner: readonly number[]) => number[],
  label: string,
  outer: { name: string | undefined; flowType: string | undefined; identifiers: string[] },
  level: number,
): FileContents {
  const result = readEmbeddedFlow(file, lines, { content, toFile, label, placeholders: false, name: outer.name, flowType: outer.flowType, identifiers: outer.identifiers });
  switch (result.kind) {
    case 'flow':
      return { flows: [result.flow], problems: [] };
    case 'problem':
    case 'legacy':
      return { flows: [], problems: [result.problem] };
    case 'not-a-flow': {
      const parsed = parseJson(content, false);
      const inner = parsed.ok && isObject(parsed.value) ? parsed.value : undefined;
      const wrapped = inner ? own(inner, 'Content') : undefined;
      if (inner && parsed.ok && (typeof wrapped === 'string' || looksLikeFlow(wrapped))) {
        const innerLabel = `${label.slice(0, -1)}.Content"`;
        if (level >= MAX_CONTENT_LEVELS) {
          return { flows: [], problems: [{ ruleId: 'parse-error', message: `the flow is wrapped in ${innerLabel} strings more than ${MAX_CONTENT_LEVELS} levels deep, so it was not linted: export it again (aws connect describe-contact-flow, or the designer's export) and commit that`, range: result.range }] };
        }
        const at = locatePaths(parsed.text, [['Content']])[0]!;
        const inOuter = (xs: readonly number[]): number[] => toFile(xs);
        const next = { name: outer.name ?? str(own(inner, 'Name')), flowType: outer.flowType ?? str(own(inner, 'Type')), identifiers: [...outer.identifiers, ...wrapperIdentifiers(inner)] };
        if (typeof wrapped === 'string') {
          const innerMap = embeddedOffsetMapper(parsed.text, at.start, at.end);
          return readContentString(file, lines, wrapped, (xs) => inOuter(innerMap(xs)), innerLabel, next, level + 1);
        }
        // `{"Content": {flow}}` inside the string: the flow sits under "Content" in the decoded text.
        const locator = new TextLocator(parsed.text, lines, inOuter, ['Content']);
        const flowType = next.flowType ?? contentFlowType(wrapped);
        return {
          flows: [{ file, value: wrapped as Json, name: next.name ?? flowName(wrapped), ...(flowType ? { flowType } : {}), ...(next.identifiers.length > 0 ? { identifiers: next.identifiers } : {}), ranges: (r) => locator.ranges(r) }],
          problems: [],
        };
      }
      return { flows: [], problems: [], notAFlow: `its ${label} string is JSON but not a flow: ${result.reason}` };
    }
  }
}
