import type { JsonPath } from '../types.js';

/** Where a value sits in the text: its key (for object members) and the value itself. */
export interface Located {
  readonly keyStart: number | undefined;
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  readonly children: Map<string | number, TrieNode>;
  /** Some requested path ends here. */
  wanted?: boolean;
  at?: { keyStart: number | undefined; start: number; end: number };
}

/**
 * Finds many JSON paths in one pass over the text. Only the branches that lead to a requested path are
 * walked key by key; every other value is skipped with a scan that allocates nothing (strings are jumped
 * over with indexOf). So placing 100 findings in a 17 MB flow costs one fast scan, not a position tree of
 * the whole file. With `stopWhenFound` (for text known to repeat no key) the scan stops as soon as every
 * requested path has been found, so findings in the first blocks do not pay for the rest of the flow or its
 * Metadata. A path that does not exist resolves to its
 * deepest existing ancestor (which keeps the scan going to that ancestor's end).
 *
 * The text must be JSON that JSON.parse accepted; on anything else the scan still ends, without throwing.
 */
export function locatePaths(text: string, paths: readonly JsonPath[], options: { stopWhenFound?: boolean; start?: number } = {}): Located[] {
  const root: TrieNode = { children: new Map() };
  // Requested nodes not yet found; at zero the rest of the text is of no interest, unless a key may repeat
  // later in the text (the last value counts, as in JSON.parse), which only the caller can rule out.
  let pending = 0;
  const stop = options.stopWhenFound === true;
  for (const path of paths) {
    let node = root;
    for (const key of path) {
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { children: new Map() }));
      node = next;
    }
    if (!node.wanted) {
      node.wanted = true;
      pending++;
    }
  }
  const len = text.length;
  // `start`: the offset of the value the paths are relative to (a block of the flow), else the whole text.
  let i = options.start ?? 0;

  const skipWhitespace = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };
  /** i at an opening quote → i just past the closing quote. */
  const skipString = (): void => {
    let j = i + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q === -1) {
        i = len;
        return;
      }
      let backslashes = 0;
      while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) {
        i = q + 1;
        return;
      }
      j = q + 1;
    }
  };
  const readString = (): string => {
    const start = i;
    skipString();
    const raw = text.slice(start + 1, i - 1);
    if (!raw.includes('\\')) return raw;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return raw;
    }
  };
  const skipValue = (): void => {
    const c = text.charCodeAt(i);
    if (c === 0x22) return skipString();
    if (c !== 0x7b && c !== 0x5b) {
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
        i++;
      }
      return;
    }
    let depth = 0;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 0x22) {
        skipString();
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      }
      i++;
    }
  };

  // Recursion follows only the trie, whose depth is that of the longest requested path.
  const visit = (node: TrieNode, keyStart: number | undefined): void => {
    const start = i;
    const c = text.charCodeAt(i);
    if (node.children.size > 0 && (c === 0x7b || c === 0x5b)) {
      const isObject = c === 0x7b;
      const close = isObject ? 0x7d : 0x5d;
      i++;
      for (let index = 0; i < len; index++) {
        skipWhitespace();
        if (text.charCodeAt(i) === close) break;
        let memberKeyStart: number | undefined;
        let child: TrieNode | undefined;
        if (isObject) {
          memberKeyStart = i;
          const key = readString();
          skipWhitespace();
          i++; // ':'
          skipWhitespace();
          child = node.children.get(key);
        } else child = node.children.get(index);
        if (child) visit(child, memberKeyStart);
        else skipValue();
        if (pending === 0 && stop) break;
        skipWhitespace();
        if (text.charCodeAt(i) === 0x2c) i++;
        else break;
      }
      i++; // the closing bracket
    } else skipValue();
    // Once nothing is pending, the containers being left were not scanned to their end; no request
    // resolves to them (every requested path was found below them), so their `end` is never read.
    if (node.wanted && node.at === undefined) pending--;
    node.at = { keyStart, start, end: Math.min(i, len) };
  };

  skipWhitespace();
  if (i < len) visit(root, undefined);

  return paths.map((path) => {
    let node = root;
    let found = root.at ?? { keyStart: undefined, start: 0, end: 0 };
    for (const key of path) {
      const next = node.children.get(key);
      if (!next?.at) break;
      node = next;
      found = next.at;
    }
    return found;
  });
}
