import { readSync } from 'node:fs';

/**
 * Standard input, read to its end but never more than `maxBytes + 1` bytes: an endless stream (`< /dev/zero`)
 * cannot exhaust memory; a result longer than `maxBytes` tells the caller the input is over the limit.
 */
export function readStdin(maxBytes: number, fd = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (total <= maxBytes) {
    const buf = Buffer.alloc(Math.min(65536, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing in it yet: wait a little, as a blocking read would.
      if (code === 'EAGAIN') {
        Atomics.wait(wait, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new Error(`cannot read standard input: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}
