import { locatePaths } from '../json/locate.js';
import { indexJson, JsonSyntaxError } from '../json/scan.js';
import type { Range } from '../types.js';
import { TextLocator, type FlowDocument } from './document.js';
import { embeddedOffsetMapper } from './embedded.js';
import { LineMap } from './line-map.js';

/** A problem with the file itself rather than with a flow's routing. */
export interface FileProblem {
  readonly ruleId: 'parse-error' | 'legacy-format' | 'flow-structure';
  readonly message: string;
  readonly range: Range;
}

export interface FileContents {
  readonly flows: FlowDocument[];
  readonly problems: FileProblem[];
  /** Why the file holds no flow, when it holds none and that is not a problem (package.json, say). */
  readonly notAFlow?: string;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A flow-language export: the shape every Amazon Connect designer since 2020 writes. */
export function looksLikeFlow(v: unknown): v is Json {
  return isObject(v) && (Array.isArray(own(v, 'Actions')) || typeof own(v, 'StartAction') === 'string');
}

function looksLikeLegacyFlow(v: unknown): boolean {
  return isObject(v) && Array.isArray(own(v, 'modules')) && (own(v, 'start') !== undefined || own(v, 'type') !== undefined);
}

/** Where the flow's JSON sits as a string: `aws connect describe-contact-flow(-module)` output and `{Name, Type, Content}` wrappers. */
const CONTENT_WRAPPERS: ReadonlyArray<readonly string[]> = [['ContactFlow'], ['ContactFlowModule'], []];

function syntaxErrorAt(text: string, parseError: unknown): { offset: number; message: string } {
  try {
    indexJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, message: e.message };
  }
  // The engine rejected what our scanner accepts: keep the engine's words and, if it gives one, its position.
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  const m = /at position (\d+)/.exec(message);
  return { offset: m ? Number(m[1]) : 0, message: message.replace(/\s*in JSON at position.*$/, '') };
}

/**
 * Finds the flows in one file's text. Pure: the caller reads the file. Never throws for any input;
 * every defect becomes a problem with a position.
 */
export function readFlowFile(file: string, rawText: string): FileContents {
  // A byte-order mark is not JSON whitespace; a space keeps every offset where it was.
  const text = rawText.charCodeAt(0) === 0xfeff ? ' ' + rawText.slice(1) : rawText;
  const lines = new LineMap(text);
  const at = (start: number, end = start): Range => ({ start: lines.position(start), end: lines.position(end) });

  if (text.trim() === '') {
    return { flows: [], problems: [{ ruleId: 'parse-error', message: 'the file is empty: a flow export is a JSON object', range: at(0) }] };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { offset, message } = syntaxErrorAt(text, e);
    return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid JSON: ${message}`, range: at(offset) }] };
  }

  if (looksLikeFlow(value)) {
    const metadata = own(value, 'Metadata');
    const name = isObject(metadata) ? str(own(metadata, 'name')) : undefined;
    const locator = new TextLocator(text, lines);
    return { flows: [{ file, value, name, ranges: (r) => locator.ranges(r) }], problems: [] };
  }

  for (const prefix of CONTENT_WRAPPERS) {
    let holder: unknown = value;
    for (const k of prefix) holder = isObject(holder) ? own(holder, k) : undefined;
    if (!isObject(holder)) continue;
    const content = own(holder, 'Content');
    if (typeof content === 'string') return readWrapped(file, text, lines, holder, [...prefix, 'Content'], content);
    if (looksLikeFlow(content)) {
      // Some tools write the flow as an object, not a string, under the same wrapper keys.
      const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content']);
      const metadata = own(content, 'Metadata');
      const name = str(own(holder, 'Name')) ?? (isObject(metadata) ? str(own(metadata, 'name')) : undefined);
      return { flows: [{ file, value: content, name, flowType: str(own(holder, 'Type')), ranges: (r) => locator.ranges(r) }], problems: [] };
    }
  }

  if (looksLikeLegacyFlow(value)) {
    return {
      flows: [],
      problems: [
        {
          ruleId: 'legacy-format',
          message:
            'this is a legacy flow-designer export ("modules"/"branches"), which the linter cannot check: open the flow in the current Amazon Connect flow designer and export it again (flow-language JSON with "Actions")',
          range: at(text.search(/\S/)),
        },
      ],
    };
  }

  return { flows: [], problems: [], notAFlow: describeNonFlow(value) };
}

function describeNonFlow(value: unknown): string {
  if (!isObject(value)) return `its top level is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not a flow object`;
  const keys = Object.keys(value).slice(0, 5);
  return `it has no "Actions" array or "StartAction" (top-level keys: ${keys.join(', ') || 'none'}) and no "Content" string holding a flow`;
}

function readWrapped(file: string, text: string, lines: LineMap, holder: Json, contentPath: string[], content: string): FileContents {
  const literal = locatePaths(text, [contentPath])[0]!;
  const toFile = embeddedOffsetMapper(text, literal.start, literal.end);
  const wrapperName = str(own(holder, 'Name'));
  const flowType = str(own(holder, 'Type'));
  let inner: unknown;
  try {
    inner = JSON.parse(content);
  } catch (e) {
    const { offset, message } = syntaxErrorAt(content, e);
    const [o = 0] = toFile([offset]);
    return {
      flows: [],
      problems: [
        {
          ruleId: 'parse-error',
          message: `the flow in "${contentPath.join('.')}" is not valid JSON: ${message}`,
          range: { start: lines.position(o), end: lines.position(o + 1) },
        },
      ],
    };
  }
  if (!looksLikeFlow(inner)) {
    return { flows: [], problems: [], notAFlow: `its "${contentPath.join('.')}" string is JSON but not a flow: ${describeNonFlow(inner)}` };
  }
  const metadata = own(inner, 'Metadata');
  const name = wrapperName ?? (isObject(metadata) ? str(own(metadata, 'name')) : undefined);
  const locator = new TextLocator(content, lines, toFile);
  return { flows: [{ file, value: inner, name, flowType, ranges: (r) => locator.ranges(r) }], problems: [] };
}
