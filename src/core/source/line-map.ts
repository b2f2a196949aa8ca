import type { Position } from '../types.js';

/**
 * Turns character offsets into 1-based line and column. A batch of offsets is placed in one pass that
 * stops at the largest of them, counting newlines with indexOf: no table of every line of a 17 MB file.
 */
export class LineMap {
  private anchorOffsets: Int32Array | undefined;
  private anchorLines: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /**
   * Known (offset, line) pairs in ascending order, e.g. where each block of the flow starts: a position past
   * one is counted from it, not from the last position placed. The caller vouches that they are right.
   */
  anchor(offsets: Int32Array, lines: Int32Array): void {
    this.anchorOffsets = offsets;
    this.anchorLines = lines;
  }

  position(offset: number): Position {
    return this.positions([offset])[0]!;
  }

  positions(offsets: readonly number[]): Position[] {
    const text = this.text;
    const order = offsets.map((_, k) => k).sort((a, b) => offsets[a]! - offsets[b]!);
    const out = new Array<Position>(offsets.length);
    let line = 1;
    let lineStart = 0;
    // The next line break after lineStart, found once per line: searching again for every offset on a long
    // line (a minified flow is one line) would scan the rest of the file each time.
    let nextBreak = text.indexOf('\n');
    for (const k of order) {
      const o = Math.max(0, Math.min(offsets[k]!, text.length));
      const a = this.anchorBefore(o);
      // Only an anchor on a later line moves the count; one on the current line adds nothing.
      if (a >= 0 && this.anchorLines![a]! > line) {
        line = this.anchorLines![a]!;
        lineStart = text.lastIndexOf('\n', this.anchorOffsets![a]! - 1) + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      while (nextBreak !== -1 && nextBreak < o) {
        line++;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      out[k] = { line, column: o - lineStart + 1 };
    }
    return out;
  }

  /** Index of the last anchor at or before `offset`, or -1. */
  private anchorBefore(offset: number): number {
    const offsets = this.anchorOffsets;
    if (!offsets || offsets.length === 0 || offsets[0]! > offset) return -1;
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
