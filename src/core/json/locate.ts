import { createScanner } from 'jsonc-parser';
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

// jsonc-parser's SyntaxKind values (a `const enum` in its typings, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const STRING = 10;
const EOF = 17;

/**
 * Finds many JSON paths in one pass over the text, with jsonc-parser's scanner: only the branches that
 * lead to a requested path are walked key by key, every other value is skipped token by token. With
 * `start` (the offset of a flow's block) the pass begins there and the paths are relative to that value,
 * so a finding in block 19,000 does not read the 18,999 before it. With `stopWhenFound` (for text known to
 * repeat no key) the pass stops as soon as every requested path has been found; otherwise it reads on, as
 * a later copy of a key is the one JSON.parse keeps. A path that does not exist resolves to its deepest
 * existing ancestor.
 *
 * The text must be JSON that JSON.parse accepted; on anything else the pass still ends, without throwing.
 */
export function locatePaths(text: string, paths: readonly JsonPath[], options: { stopWhenFound?: boolean; start?: number } = {}): Located[] {
  const root: TrieNode = { children: new Map() };
  // Requested nodes not yet found; at zero the rest of the text is of no interest (with stopWhenFound).
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
  const scanner = createScanner(text, true);
  scanner.setPosition(options.start ?? 0);
  scanner.scan();
  const token = (): number => scanner.getToken();
  /** Moves to the next token; returns the offset just past the one it leaves. */
  const advance = (): number => {
    const end = scanner.getTokenOffset() + scanner.getTokenLength();
    scanner.scan();
    return end;
  };
  /** Skips the value at the current token; returns the offset just past it. */
  const skipValue = (): number => {
    if (token() !== OPEN_BRACE && token() !== OPEN_BRACKET) return advance();
    let depth = 0;
    for (;;) {
      if (token() === OPEN_BRACE || token() === OPEN_BRACKET) depth++;
      else if (token() === CLOSE_BRACE || token() === CLOSE_BRACKET) depth--;
      else if (token() === EOF) return text.length;
      const end = advance();
      if (depth === 0) return end;
    }
  };

  // Recursion follows only the trie, whose depth is that of the longest requested path.
  const visit = (node: TrieNode, keyStart: number | undefined): void => {
    const start = scanner.getTokenOffset();
    let end: number;
    if (node.children.size > 0 && (token() === OPEN_BRACE || token() === OPEN_BRACKET)) {
      const isObject = token() === OPEN_BRACE;
      const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET;
      advance();
      for (let index = 0; token() !== close && token() !== EOF; index++) {
        let memberKeyStart: number | undefined;
        let child: TrieNode | undefined;
        if (isObject) {
          if (token() !== STRING) break;
          memberKeyStart = scanner.getTokenOffset();
          child = node.children.get(scanner.getTokenValue());
          advance();
          if (token() === COLON) advance();
        } else child = node.children.get(index);
        if (child) visit(child, memberKeyStart);
        else skipValue();
        if (pending === 0 && stop) break;
        if (token() === COMMA) advance();
        else break;
      }
      // Once nothing is pending, the containers being left were not read to their end; no request
      // resolves to them (every requested path was found below them), so their `end` is never read.
      end = token() === close ? advance() : scanner.getTokenOffset();
    } else end = skipValue();
    if (node.wanted && node.at === undefined) pending--;
    node.at = { keyStart, start, end };
  };

  if (token() !== EOF) visit(root, undefined);

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
