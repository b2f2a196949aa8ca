/**
 * The one pass every file gets before JSON.parse: how deep it nests, how many keys its shallow objects have,
 * and where each block of a flow starts. Syntax errors, repeated keys and finding places are worked out
 * with jsonc-parser, and only when they are needed (see syntax-error.ts, duplicate-keys.ts, locate.ts).
 * This pass stays hand-written because it runs on every file: on the bench's 17 MiB flow it takes ~85 ms
 * of CPU where jsonc-parser's visitor takes ~240 ms and its scanner ~230 ms (JSON.parse: ~150 ms).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
export const MAX_JSON_DEPTH = 1000;


/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
export const DUPLICATE_CHECK_DEPTH = 4;

/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals the scan's shallowKeys exactly when no such object repeats a key: the
 * common case costs a count, and only a file with a repeat is read again (repeatedKeys) to name it.
 */
export function parsedShallowKeys(value: unknown): number {
  let count = 0;
  const stack: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    stack.push(value);
    depths.push(0);
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    const depth = depths.pop()!;
    const isArray = Array.isArray(v);
    const keys = isArray ? undefined : Object.keys(v);
    if (keys) count += keys.length;
    // The deepest counted level needs only its own keys: nothing below it is compared.
    if (depth + 1 >= DUPLICATE_CHECK_DEPTH) continue;
    const n = keys ? keys.length : (v as unknown[]).length;
    for (let k = 0; k < n; k++) {
      const child = keys ? (v as Record<string, unknown>)[keys[k]!] : (v as unknown[])[k];
      if (typeof child === 'object' && child !== null) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return count;
}

export interface Structure {
  /** Offset where nesting passes the limit, or -1. */
  readonly tooDeepAt: number;
  /** How many keys the objects nested less than DUPLICATE_CHECK_DEPTH deep have, repeats included. */
  readonly shallowKeys: number;
  /** Offset of each item of the top-level "Actions" array (a flow's blocks), so a lookup can start at a block. */
  readonly blockStarts: Int32Array;
  /** The 1-based line of each block start, so a position can be counted from the block rather than the top. */
  readonly blockLines: Int32Array;
}

/**
 * One pass over the text, before JSON.parse sees it. It runs on every file, so it allocates nothing per key
 * or value: strings are jumped over with indexOf and the container stack is two typed arrays. On text that
 * is not JSON it still ends, and what it returns is not used.
 */
export function scanStructure(text: string, limit = MAX_JSON_DEPTH): Structure {
  let shallowKeys = 0;
  let blockStarts = new Int32Array(64);
  let blockLines = new Int32Array(64);
  let blocks = 0;
  // JSON strings cannot hold a raw line break, so every one is whitespace between tokens, counted here.
  let line = 1;
  const result = (tooDeepAt: number): Structure => ({ tooDeepAt, shallowKeys, blockStarts: blockStarts.subarray(0, blocks), blockLines: blockLines.subarray(0, blocks) });
  // Per open container (index = depth - 1): object or array, and whether it expects a key next.
  const isObject = new Uint8Array(limit + 1);
  const expectKey = new Uint8Array(limit + 1);
  // The top-level object's last key (offsets of its text), to know when its "Actions" array opens.
  let keyStart = -1;
  let keyEnd = -1;
  let inActions = false;
  let depth = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    // Whitespace first: it is most of a pretty-printed export outside its strings.
    if (c <= 0x20) {
      i++;
      if (c === 0x0a) {
        line++;
        // A pretty-printed line's indentation, in a loop of its own: it tiers up early and runs tighter.
        while (i < len && text.charCodeAt(i) === 0x20) i++;
      }
      continue;
    }
    if (c === QUOTE) {
      const start = i;
      for (;;) {
        const q = text.indexOf('"', i + 1);
        if (q === -1) return result(-1);
        i = q;
        if (text.charCodeAt(q - 1) !== BACKSLASH) break;
        let backslashes = 1;
        while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      i++;
      const top = depth - 1;
      if (top >= 0 && expectKey[top] === 1) {
        expectKey[top] = 0;
        if (top < DUPLICATE_CHECK_DEPTH) shallowKeys++;
        if (top === 0) {
          keyStart = start + 1;
          keyEnd = i - 1;
        }
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth >= limit) return result(i);
      const obj = c === 0x7b ? 1 : 0;
      if (depth === 1) inActions = obj === 0 && isObject[0] === 1 && keyEnd - keyStart === 7 && text.startsWith('Actions', keyStart);
      else if (depth === 2 && inActions) {
        if (blocks === blockStarts.length) {
          const starts = new Int32Array(blocks * 2);
          starts.set(blockStarts);
          blockStarts = starts;
          const lines = new Int32Array(blocks * 2);
          lines.set(blockLines);
          blockLines = lines;
        }
        blockStarts[blocks] = i;
        blockLines[blocks++] = line;
      }
      isObject[depth] = obj;
      expectKey[depth] = obj;
      depth++;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth > 0 && isObject[depth - 1] === 1) expectKey[depth - 1] = 1;
    i++;
  }
  return result(-1);
}
