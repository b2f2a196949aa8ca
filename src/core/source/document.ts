import { indexJson, nodeAt, type JsonNode } from '../json/scan.js';
import type { JsonPath, Range } from '../types.js';
import { LineMap } from './line-map.js';

/** One flow found in a file, with what is needed to point findings back into that file. */
export interface FlowDocument {
  readonly file: string;
  /** The parsed flow-language export (the object with Version, StartAction, Actions...). */
  readonly value: unknown;
  /** A human name from the wrapper or the flow's Metadata, when the file has one. */
  readonly name?: string;
  /** The flow type (CONTACT_FLOW, CUSTOMER_QUEUE...) when a wrapper states it. */
  readonly flowType?: string;
  /** The range in the file of the key (`part: 'key'`, the default) or the value at `path` of the flow. */
  range(path: JsonPath, part?: 'key' | 'value'): Range;
}

/**
 * Resolves JSON paths of a flow to file ranges. The flow's text is the file itself for a raw export, or
 * the decoded `Content` string for a wrapper; `toFileOffset` maps the latter back into the file.
 */
export class TextLocator {
  private index: JsonNode | null | undefined;

  constructor(
    private readonly flowText: string,
    private readonly lines: LineMap,
    private readonly toFileOffset: (offset: number) => number = (o) => o,
    /** Where to point when the flow text cannot be indexed: the whole Content string, say. */
    private readonly fallback?: { start: number; end: number },
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    private readonly prefix: JsonPath = [],
  ) {}

  range(path: JsonPath, part: 'key' | 'value' = 'key'): Range {
    if (this.index === undefined) {
      try {
        this.index = indexJson(this.flowText);
      } catch {
        this.index = null;
      }
    }
    if (this.index === null) {
      const fb = this.fallback ?? { start: 0, end: 0 };
      return { start: this.lines.position(fb.start), end: this.lines.position(fb.end) };
    }
    const node = nodeAt(this.index, this.prefix.length > 0 ? [...this.prefix, ...path] : path);
    const start = part === 'key' && node.keyStart !== undefined ? node.keyStart : node.start;
    return {
      start: this.lines.position(this.toFileOffset(start)),
      end: this.lines.position(this.toFileOffset(node.end)),
    };
  }
}
