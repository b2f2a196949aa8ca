import type { Position } from '../types.js';

/** Turns character offsets into 1-based line and column, computing the line starts once and only when asked. */
export class LineMap {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const starts: number[] = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Int32Array.from(starts);
    return this.starts;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
  }
}
