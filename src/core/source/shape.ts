import { MODULE_FLOW_TYPE } from '../../connect/flow-types.js';
import { repeatedKeys } from '../json/duplicate-keys.js';
import { MAX_JSON_DEPTH, parsedShallowKeys, scanStructure } from '../json/scan.js';
import { syntaxError } from '../json/syntax-error.js';
import type { Range } from '../types.js';
import { TextLocator, type FlowDocument } from './document.js';
import type { LineMap } from './line-map.js';
import { standInPlaceholders } from './placeholders.js';

/** A problem with the file itself rather than with a flow's routing. */
export interface FileProblem {
  readonly ruleId: 'parse-error' | 'legacy-format' | 'flow-structure' | 'unsupported-content';
  readonly message: string;
  readonly range: Range;
}

export interface FileContents {
  readonly flows: FlowDocument[];
  readonly problems: FileProblem[];
  /** Why the file holds no flow, when it holds none and that is not a problem (package.json, say). */
  readonly notAFlow?: string;
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A flow-language export: the shape every Amazon Connect designer since 2020 writes. */
export function looksLikeFlow(v: unknown): v is Json {
  return isObject(v) && (Array.isArray(own(v, 'Actions')) || typeof own(v, 'StartAction') === 'string');
}

export function looksLikeLegacyFlow(v: unknown): boolean {
  return isObject(v) && Array.isArray(own(v, 'modules')) && (own(v, 'start') !== undefined || own(v, 'type') !== undefined);
}

/** A flow module's export: top-level `Settings` declaring its InputParameters/OutputParameters. */
export function looksLikeModule(v: unknown): boolean {
  const settings = isObject(v) ? own(v, 'Settings') : undefined;
  return isObject(settings) && (own(settings, 'InputParameters') !== undefined || own(settings, 'OutputParameters') !== undefined);
}

/** The flow type a flow's own content implies: MODULE for a module export, else nothing. */
export function contentFlowType(flow: unknown): string | undefined {
  return looksLikeModule(flow) ? MODULE_FLOW_TYPE : undefined;
}

export function flowName(flow: Json): string | undefined {
  const metadata = own(flow, 'Metadata');
  return isObject(metadata) ? str(own(metadata, 'name')) : undefined;
}

export function describeNonFlow(value: unknown): string {
  if (!isObject(value)) return `its top level is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not a flow object`;
  const keys = Object.keys(value).slice(0, 5);
  return `it has no "Actions" array or "StartAction" (top-level keys: ${keys.join(', ') || 'none'}) and no "Content" string holding a flow`;
}

export const LEGACY_MESSAGE =
  'this is a legacy flow-designer export ("modules"/"branches"), which the linter cannot check: open the flow in the current Amazon Connect designer and export it again';

export function syntaxErrorAt(text: string, parseError: unknown): { offset: number; message: string } {
  const found = syntaxError(text);
  if (found) return found;
  // The engine rejected what jsonc-parser accepts: keep the engine's words and, if it gives one, its position.
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  const m = /at position (\d+)/.exec(message);
  return { offset: m ? Number(m[1]) : 0, message: message.replace(/\s*in JSON at position.*$/, '') };
}

/**
 * Parses JSON text. When `placeholders` is set and the text does not parse as it is, template placeholders
 * (`${X}`) that break it are replaced with same-length stand-ins and the text is parsed again; the text that
 * parsed is returned, so paths are located in it (its offsets are those of the original).
 */
export function parseJson(text: string, placeholders: boolean): { ok: true; value: unknown; text: string; duplicates: Array<Array<string | number>>; blockStarts: Int32Array; blockLines: Int32Array } | { ok: false; offset: number; message: string } {
  // Hostile nesting is refused before any engine sees it: JSON.parse, jsonc-parser and JSONPath recurse once per level.
  const structure = scanStructure(text);
  if (structure.tooDeepAt !== -1) return { ok: false, offset: structure.tooDeepAt, message: `the JSON is nested deeper than ${MAX_JSON_DEPTH} levels (a flow nests about 10), so it was not linted` };
  // Repeated keys are counted, not compared: JSON.parse keeps one of each, so a shortfall in the parsed value
  // means a repeat, and only then is the text read again to name each one.
  const repeats = (value: unknown, source: string): Array<Array<string | number>> =>
    parsedShallowKeys(value) === structure.shallowKeys ? [] : repeatedKeys(source);
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value, text, duplicates: repeats(value, text), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
  } catch (e) {
    const substituted = placeholders ? standInPlaceholders(text) : undefined;
    if (substituted === undefined) return { ok: false, ...syntaxErrorAt(text, e) };
    try {
      // Stand-ins keep every offset, so the nesting and block starts found above still hold.
      const value: unknown = JSON.parse(substituted);
      return { ok: true, value, text: substituted, duplicates: repeats(value, substituted), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
    } catch (e2) {
      return { ok: false, ...syntaxErrorAt(substituted, e2) };
    }
  }
}

/**
 * What lets finding placement start at a block and stop early: only for text with no repeated key, and only
 * when every item of "Actions" is a block (the scan records containers, so a stray string would shift them).
 */
export function fastLookup(parsed: { duplicates: readonly unknown[]; blockStarts: Int32Array }, flow: unknown): { blockStarts: Int32Array } | undefined {
  if (parsed.duplicates.length > 0) return undefined;
  const actions = isObject(flow) ? own(flow, 'Actions') : undefined;
  return { blockStarts: Array.isArray(actions) && actions.length === parsed.blockStarts.length ? parsed.blockStarts : new Int32Array(0) };
}

/** A flow held in a string (a `Content` value): its decoded text and how its offsets map into the file. */
export interface EmbeddedFlowSource {
  readonly content: string;
  readonly toFile: (inner: readonly number[]) => number[];
  /** How messages name the string: `"ContactFlow.Content"`, `the Content of resource "Inbound"`. */
  readonly label: string;
  /** Template placeholders may break the JSON (Fn::Sub, templatefile). */
  readonly placeholders: boolean;
  readonly name?: string;
  readonly flowType?: string;
  readonly identifiers?: readonly string[];
  readonly substitutions?: ReadonlyMap<string, string>;
}

export type EmbeddedResult =
  | { readonly kind: 'flow'; readonly flow: FlowDocument }
  | { readonly kind: 'problem'; readonly problem: FileProblem }
  | { readonly kind: 'legacy'; readonly problem: FileProblem }
  | { readonly kind: 'not-a-flow'; readonly reason: string; readonly range: Range };

/** Parses a flow held in a string and points everything found in it back into the file. */
export function readEmbeddedFlow(file: string, lines: LineMap, src: EmbeddedFlowSource): EmbeddedResult {
  const rangeAt = (inner: number): Range => {
    const [o = 0] = src.toFile([inner]);
    return { start: lines.position(o), end: lines.position(o + 1) };
  };
  const parsed = parseJson(src.content, src.placeholders);
  if (!parsed.ok) {
    return { kind: 'problem', problem: { ruleId: 'parse-error', message: `the flow in ${src.label} is not valid JSON: ${parsed.message}`, range: rangeAt(parsed.offset) } };
  }
  const inner = parsed.value;
  if (!looksLikeFlow(inner)) {
    if (looksLikeLegacyFlow(inner)) return { kind: 'legacy', problem: { ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: rangeAt(parsed.text.search(/\S/)) } };
    return { kind: 'not-a-flow', reason: describeNonFlow(inner), range: rangeAt(parsed.text.search(/\S/)) };
  }
  const locator = new TextLocator(parsed.text, lines, src.toFile, [], fastLookup(parsed, inner));
  const flowType = src.flowType ?? contentFlowType(inner);
  return {
    kind: 'flow',
    flow: {
      file,
      value: inner,
      name: src.name ?? flowName(inner),
      ...(flowType !== undefined ? { flowType } : {}),
      ...(src.identifiers && src.identifiers.length > 0 ? { identifiers: src.identifiers } : {}),
      ...(src.substitutions ? { substitutions: src.substitutions } : {}),
      ...(parsed.duplicates.length > 0 ? { duplicateKeys: parsed.duplicates } : {}),
      ranges: (r) => locator.ranges(r),
    },
  };
}
