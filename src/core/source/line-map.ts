import type { Position } from '../types.js';

/**
 * Turns character offsets into 1-based line and column: a table of where each line starts, built on the
 * first request (a file with no finding never pays for it), then a binary search per offset. Lines end at
 * '\n' only, so a '\r' before it counts as the last column of its line.
 */
export class LineMap {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = this.lineStarts();
    const o = Math.max(0, Math.min(offset, this.text.length));
    // The last line that starts at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  }

  positions(offsets: readonly number[]): Position[] {
    return offsets.map((o) => this.position(o));
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }
}
