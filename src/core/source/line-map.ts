import type { Position } from '../types.js';

/**
 * Turns character offsets into 1-based line and column. A batch of offsets is placed in one pass that
 * stops at the largest of them, counting newlines with indexOf: no table of every line of a 17 MB file.
 */
export class LineMap {
  constructor(private readonly text: string) {}

  position(offset: number): Position {
    return this.positions([offset])[0]!;
  }

  positions(offsets: readonly number[]): Position[] {
    const text = this.text;
    const order = offsets.map((_, k) => k).sort((a, b) => offsets[a]! - offsets[b]!);
    const out = new Array<Position>(offsets.length);
    let line = 1;
    let lineStart = 0;
    for (const k of order) {
      const o = Math.max(0, Math.min(offsets[k]!, text.length));
      for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < o; nl = text.indexOf('\n', lineStart)) {
        line++;
        lineStart = nl + 1;
      }
      out[k] = { line, column: o - lineStart + 1 };
    }
    return out;
  }
}
