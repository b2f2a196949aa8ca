/**
 * Maps offsets inside a decoded JSON string literal (a flow held in a `Content` string) back to offsets
 * in the file, so a finding inside the embedded flow lands on the right line and column of the file.
 */
export function embeddedOffsetMap(fileText: string, literalStart: number, literalEnd: number): (inner: number) => number {
  let map: Int32Array | undefined;
  const build = (): Int32Array => {
    const offsets: number[] = [];
    let i = literalStart + 1;
    const stop = literalEnd - 1;
    while (i < stop) {
      if (fileText.charCodeAt(i) === 0x5c) {
        // One escape decodes to one UTF-16 unit (\uXXXX included), so each maps to the escape's start.
        offsets.push(i);
        i += fileText[i + 1] === 'u' ? 6 : 2;
      } else {
        offsets.push(i);
        i++;
      }
    }
    offsets.push(stop);
    return Int32Array.from(offsets);
  };
  return (inner: number): number => {
    map ??= build();
    return map[Math.max(0, Math.min(inner, map.length - 1))] ?? literalStart;
  };
}
