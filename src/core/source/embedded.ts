/**
 * Maps offsets inside a decoded JSON string literal (a flow held in a `Content` string) back to offsets in
 * the file, so a finding inside the embedded flow lands on the right line and column of the file. One pass
 * over the literal per batch of offsets, and no table as long as the literal.
 */
export function embeddedOffsetMapper(fileText: string, literalStart: number, literalEnd: number): (inner: readonly number[]) => number[] {
  return (inner) => {
    const order = inner.map((_, k) => k).sort((a, b) => inner[a]! - inner[b]!);
    const out = new Array<number>(inner.length);
    const stop = literalEnd - 1;
    let outer = literalStart + 1;
    let decoded = 0;
    for (const k of order) {
      const target = inner[k]!;
      while (decoded < target && outer < stop) {
        // One escape decodes to one UTF-16 unit (\uXXXX included).
        outer += fileText.charCodeAt(outer) === 0x5c ? (fileText[outer + 1] === 'u' ? 6 : 2) : 1;
        decoded++;
      }
      out[k] = Math.min(outer, stop);
    }
    return out;
  };
}
