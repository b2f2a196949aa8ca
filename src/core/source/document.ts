import { locatePaths, type Located } from '../json/locate.js';
import type { JsonPath, Range } from '../types.js';
import type { LineMap } from './line-map.js';

export interface RangeRequest {
  readonly path: JsonPath;
  /** Point at the key (default) or at the value. */
  readonly part?: 'key' | 'value';
}

/** One flow found in a file, with what is needed to point findings back into that file. */
export interface FlowDocument {
  readonly file: string;
  /** The parsed flow-language export (the object with Version, StartAction, Actions...). */
  readonly value: unknown;
  /** A human name from the wrapper or the flow's Metadata, when the file has one. */
  readonly name?: string;
  /** The flow type (CONTACT_FLOW, CUSTOMER_QUEUE...) when a wrapper states it. */
  readonly flowType?: string;
  /** Ids and ARNs the file gives the flow (describe-contact-flow's Id and Arn), for resolving references to it. */
  readonly identifiers?: readonly string[];
  /** Paths of object keys that repeat an earlier key of the same object (the earlier value is lost). */
  readonly duplicateKeys?: ReadonlyArray<ReadonlyArray<string | number>>;
  /** In a CloudFormation Fn::Sub: variables that stand for another resource (`SubFlowArn` → `SubFlow`). */
  readonly substitutions?: ReadonlyMap<string, string>;
  /** File ranges of paths of the flow, resolved together in one pass over the text. */
  ranges(requests: readonly RangeRequest[]): Range[];
}

/**
 * Resolves JSON paths of a flow to file ranges. The flow's text is the file itself for a raw export, or
 * the decoded `Content` string for a wrapper; `toFileOffsets` maps the latter back into the file.
 */
export class TextLocator {
  constructor(
    private readonly flowText: string,
    private readonly lines: LineMap,
    private readonly toFileOffsets: (offsets: readonly number[]) => number[] = (o) => [...o],
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    private readonly prefix: JsonPath = [],
    /**
     * Given when no object key repeats where the structure scan looks (the flow, its blocks, their
     * Transitions and Parameters): a lookup may then start at the block a path is in, and stop once it has
     * found what it was asked for, instead of scanning on for a later, winning, copy of a key.
     */
    private readonly structure?: { readonly blockStarts: Int32Array },
  ) {}

  ranges(requests: readonly RangeRequest[]): Range[] {
    if (requests.length === 0) return [];
    const located = this.structure && this.prefix.length === 0 ? this.locateByBlock(requests.map((r) => r.path), this.structure.blockStarts) : locatePaths(
      this.flowText,
      requests.map((r) => (this.prefix.length > 0 ? [...this.prefix, ...r.path] : r.path)),
      { stopWhenFound: this.structure !== undefined },
    );
    const offsets: number[] = [];
    located.forEach((l, k) => {
      offsets.push(requests[k]!.part !== 'value' && l.keyStart !== undefined ? l.keyStart : l.start, l.end);
    });
    const positions = this.lines.positions(this.toFileOffsets(offsets));
    return requests.map((_, k) => ({ start: positions[2 * k]!, end: positions[2 * k + 1]! }));
  }

  /**
   * Paths inside a block are looked up from the block's own start (a finding in block 19,000 of a flow
   * does not scan the 18,999 before it); the others with one scan of the whole text.
   */
  private locateByBlock(paths: readonly JsonPath[], blockStarts: Int32Array): Located[] {
    const out: Located[] = new Array(paths.length);
    const byBlock = new Map<number, number[]>();
    const rest: number[] = [];
    paths.forEach((p, k) => {
      const block = p[1];
      if (p[0] === 'Actions' && typeof block === 'number' && block >= 0 && block < blockStarts.length) {
        const list = byBlock.get(block);
        if (list) list.push(k);
        else byBlock.set(block, [k]);
      } else rest.push(k);
    });
    for (const [block, ks] of byBlock) {
      const found = locatePaths(this.flowText, ks.map((k) => paths[k]!.slice(2)), { stopWhenFound: true, start: blockStarts[block]! });
      ks.forEach((k, n) => (out[k] = found[n]!));
    }
    if (rest.length > 0) {
      const found = locatePaths(this.flowText, rest.map((k) => paths[k]!), { stopWhenFound: true });
      rest.forEach((k, n) => (out[k] = found[n]!));
    }
    return out;
  }
}
