/**
 * A JSON scanner that records where every value sits in the text.
 *
 * Values themselves come from the engine's JSON.parse, which is several times faster than any parser
 * written in JavaScript; this scanner runs only when a position is needed (a finding to place, a
 * syntax error to explain), so clean files never pay for it. It is iterative, not recursive, so a
 * hostile file nested 100,000 deep cannot overflow the stack.
 */

export interface JsonNode {
  /** Offset of the value's first character. */
  readonly start: number;
  /** Offset just past the value's last character. */
  end: number;
  /** For an object member: the offset of its key's opening quote. */
  readonly keyStart?: number;
  readonly members?: Map<string, JsonNode>;
  readonly items?: JsonNode[];
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

interface Frame {
  readonly node: JsonNode;
  readonly isObject: boolean;
  key: string;
  keyStart: number;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return 'end of input';
  const ch = text[i] ?? '';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${ch}'`;
}

/** Scans `text` as one JSON value and returns its position tree; throws JsonSyntaxError at the first defect. */
export function indexJson(text: string): JsonNode {
  const len = text.length;
  const stack: Frame[] = [];
  let root: JsonNode | undefined;
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < len && isWhitespace(text.charCodeAt(i))) i++;
  };

  const scanString = (): string => {
    const start = i;
    i++;
    let escaped = false;
    for (;;) {
      if (i >= len) throw new JsonSyntaxError('unterminated string: add the closing "', start);
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            throw new JsonSyntaxError('invalid \\u escape: it needs exactly four hex digits', i);
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          throw new JsonSyntaxError(
            `invalid escape "\\${e ?? ''}" in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX` +
              (e === "'" ? " (write ' without the backslash)" : ''),
            i,
          );
        }
        i += 2;
        continue;
      }
      if (c < 0x20) throw new JsonSyntaxError(`${describeChar(text, i)} inside a string: escape it (e.g. \\n, \\t)`, i);
      i++;
    }
    i++;
    const raw = text.slice(start + 1, i - 1);
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };

  const scanNumber = (): void => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else throw new JsonSyntaxError(`invalid number: expected a digit after '-', found ${describeChar(text, i)}`, i);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) throw new JsonSyntaxError('invalid number: expected a digit after the decimal point', i);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) throw new JsonSyntaxError('invalid number: expected a digit in the exponent', i);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (i === start) throw new JsonSyntaxError('invalid number', start);
  };

  const attach = (node: JsonNode): void => {
    const top = stack[stack.length - 1];
    if (!top) root = node;
    else if (top.isObject) top.node.members!.set(top.key, node);
    else top.node.items!.push(node);
  };

  const readKey = (frame: Frame): void => {
    skipWhitespace();
    if (i >= len) throw new JsonSyntaxError("unexpected end of input: the JSON is truncated (missing '}')", i);
    if (text.charCodeAt(i) !== QUOTE) {
      throw new JsonSyntaxError(`expected a double-quoted property name, found ${describeChar(text, i)}` +
        (text[i] === '}' ? ' (remove the trailing comma before it)' : ''), i);
    }
    frame.keyStart = i;
    frame.key = scanString();
    skipWhitespace();
    if (i >= len) throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
    if (text[i] !== ':') throw new JsonSyntaxError(`expected ':' after the property name, found ${describeChar(text, i)}`, i);
    i++;
  };

  let expectValue = true;
  for (;;) {
    skipWhitespace();
    const top = stack[stack.length - 1];
    if (expectValue) {
      const c = text.charCodeAt(i);
      const start = i;
      const keyStart = top?.isObject ? top.keyStart : undefined;
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        const isObject = c === 0x7b;
        const node: JsonNode = isObject
          ? { start, end: -1, keyStart, members: new Map() }
          : { start, end: -1, keyStart, items: [] };
        attach(node);
        i++;
        skipWhitespace();
        if (text.charCodeAt(i) === (isObject ? 0x7d : 0x5d)) {
          i++;
          node.end = i;
          expectValue = false;
          continue;
        }
        const frame: Frame = { node, isObject, key: '', keyStart: -1 };
        stack.push(frame);
        if (isObject) readKey(frame);
        continue;
      }
      if (c === QUOTE) scanString();
      else if (c === 0x2d || isDigit(c)) scanNumber();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (i >= len) throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
      else throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} where a value was expected`, i);
      attach({ start, end: i, keyStart });
      expectValue = false;
      continue;
    }
    if (!top) {
      if (i < len) throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} after the end of the JSON value`, i);
      return root!;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2c /* , */) {
      i++;
      if (top.isObject) readKey(top);
      else {
        skipWhitespace();
        if (text[i] === ']') throw new JsonSyntaxError("unexpected ']': remove the trailing comma before it", i);
      }
      expectValue = true;
      continue;
    }
    if (c === (top.isObject ? 0x7d : 0x5d)) {
      i++;
      top.node.end = i;
      stack.pop();
      continue;
    }
    if (i >= len) throw new JsonSyntaxError(`unexpected end of input: the JSON is truncated (missing '${top.isObject ? '}' : ']'}')`, i);
    throw new JsonSyntaxError(`expected ',' or '${top.isObject ? '}' : ']'}', found ${describeChar(text, i)}`, i);
  }
}

/** The node at `path`, or the deepest existing ancestor when part of the path is missing. */
export function nodeAt(root: JsonNode, path: ReadonlyArray<string | number>): JsonNode {
  let node = root;
  for (const key of path) {
    const next = typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
    if (!next) break;
    node = next;
  }
  return node;
}

/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
export const MAX_JSON_DEPTH = 1000;


/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
const DUPLICATE_CHECK_DEPTH = 4;

/** Keys an object may have before they go into a hash table rather than being compared one by one. */
const FEW_KEYS = 16;

/**
 * One pass over valid JSON text: the offset where nesting passes `limit` (or -1), and the paths of object
 * keys that repeat an earlier key of the same object (JSON.parse keeps the last one silently).
 *
 * It runs on every file, so in the common case it allocates nothing per key: strings are jumped over with
 * indexOf, the container stack is typed arrays, and a key is kept as its offsets in the text and compared
 * there. Only an object with many keys (Metadata.ActionMetadata has one per block) gets a hash table, and
 * only a repeated key is ever turned into a string.
 */
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals a 'count' scan's shallowKeys exactly when no such object repeats a key:
 * the common case costs a count, and only a file with a repeat is scanned again to name it.
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
  /** Paths of object keys that repeat an earlier key of the same object ('exact' scans only; 'count' leaves it empty). */
  readonly duplicates: Array<Array<string | number>>;
  /** How many keys the objects nested less than DUPLICATE_CHECK_DEPTH deep have, repeats included. */
  readonly shallowKeys: number;
  /** Offset of each item of the top-level "Actions" array (a flow's blocks), so a lookup can start at a block. */
  readonly blockStarts: Int32Array;
  /** The 1-based line of each block start, so a position can be counted from the block rather than the top. */
  readonly blockLines: Int32Array;
}

export function scanStructure(text: string, limit = MAX_JSON_DEPTH, keys: 'exact' | 'count' = 'exact'): Structure {
  const exact = keys === 'exact';
  let shallowKeys = 0;
  const duplicates: Array<Array<string | number>> = [];
  let blockStarts = new Int32Array(64);
  let blockLines = new Int32Array(64);
  let blocks = 0;
  // JSON strings cannot hold a raw line break, so every one is whitespace between tokens, counted here.
  let line = 1;
  let inActions = false;
  const result = (tooDeepAt: number): Structure => ({ tooDeepAt, duplicates, shallowKeys, blockStarts: blockStarts.subarray(0, blocks), blockLines: blockLines.subarray(0, blocks) });
  // Per open container (index = depth - 1): object or array, expecting a key, and its item index.
  const isObject = new Uint8Array(limit + 1);
  const expectKey = new Uint8Array(limit + 1);
  const index = new Int32Array(limit + 1);
  // Per open shallow object: its keys so far (offsets of their text, between the quotes), its last key, and
  // where the object sits in its parent (a key's offsets, or an item index with atEnd = -1).
  const table = new KeyTable(text);
  const keyStart = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
  const keyEnd = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
  const keyEscaped = new Uint8Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
  const keyCount = new Int32Array(DUPLICATE_CHECK_DEPTH);
  const tableOf = new Int32Array(DUPLICATE_CHECK_DEPTH).fill(-1);
  const lastStart = new Int32Array(DUPLICATE_CHECK_DEPTH);
  const lastEnd = new Int32Array(DUPLICATE_CHECK_DEPTH);
  const atStart = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
  const atEnd = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
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
        if (top < DUPLICATE_CHECK_DEPTH) {
          const s = start + 1;
          const e = i - 1;
          shallowKeys++;
          if (!exact) {
            lastStart[top] = s;
            lastEnd[top] = e;
            continue;
          }
          let repeated = false;
          const n = keyCount[top]!;
          const esc = table.escaped(s, e);
          if (tableOf[top]! >= 0) repeated = !table.add(tableOf[top]!, s, e, esc);
          else {
            const base = top * FEW_KEYS;
            for (let k = 0; k < n && !repeated; k++) repeated = table.equal(keyStart[base + k]!, keyEnd[base + k]!, keyEscaped[base + k] === 1, s, e, esc);
            if (!repeated) {
              if (n < FEW_KEYS) {
                keyStart[base + n] = s;
                keyEnd[base + n] = e;
                keyEscaped[base + n] = esc ? 1 : 0;
              } else {
                const handle = table.open();
                for (let k = 0; k < n; k++) table.add(handle, keyStart[base + k]!, keyEnd[base + k]!, keyEscaped[base + k] === 1);
                table.add(handle, s, e, esc);
                tableOf[top] = handle;
              }
            }
          }
          if (!repeated) keyCount[top] = n + 1;
          else {
            const path: Array<string | number> = [];
            for (let d = 1; d < depth; d++) path.push(atEnd[d]! < 0 ? atStart[d]! : table.text(atStart[d]!, atEnd[d]!));
            path.push(table.text(s, e));
            duplicates.push(path);
          }
          lastStart[top] = s;
          lastEnd[top] = e;
        }
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth >= limit) return result(i);
      const parent = depth - 1;
      if (depth <= DUPLICATE_CHECK_DEPTH && parent >= 0) {
        atStart[depth] = isObject[parent] ? lastStart[parent]! : index[parent]!;
        atEnd[depth] = isObject[parent] ? lastEnd[parent]! : -1;
      }
      const obj = c === 0x7b ? 1 : 0;
      isObject[depth] = obj;
      expectKey[depth] = obj;
      index[depth] = 0;
      if (depth < DUPLICATE_CHECK_DEPTH) {
        keyCount[depth] = 0;
        if (tableOf[depth]! >= 0) table.close(tableOf[depth]!);
        tableOf[depth] = -1;
      }
      if (depth === 1) inActions = obj === 0 && isObject[0] === 1 && atEnd[1]! - atStart[1]! === 7 && text.startsWith('Actions', atStart[1]!);
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
      depth++;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth > 0) {
      if (isObject[depth - 1] === 1) expectKey[depth - 1] = 1;
      else index[depth - 1]!++;
    }
    i++;
  }
  return result(-1);
}

/**
 * Sets of object keys held as offsets into the text: open-addressing hash tables over typed arrays, so an
 * object of 20,000 keys costs a few array allocations, not 20,000 strings. Keys compare by their text; a
 * key written with escapes ("T\u0065xt") is decoded first, so it equals the plain spelling.
 */
class KeyTable {
  private readonly tables: Array<Table | undefined> = [];

  constructor(private readonly source: string) {}

  /** A new, empty table; returns its handle. */
  open(): number {
    const handle = this.tables.findIndex((t) => t === undefined);
    const table = newTable(64);
    if (handle >= 0) {
      this.tables[handle] = table;
      return handle;
    }
    this.tables.push(table);
    return this.tables.length - 1;
  }

  close(handle: number): void {
    this.tables[handle] = undefined;
  }

  /** Adds the key at [start, end); false when the table already holds an equal key. */
  add(handle: number, start: number, end: number, escaped: boolean): boolean {
    let t = this.tables[handle]!;
    if ((t.size + 1) * 2 > t.slots.length) t = this.grow(handle);
    const mask = t.slots.length - 1;
    const h = this.hash(start, end, escaped);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = t.slots[slot]!;
      if (k < 0) {
        t.slots[slot] = t.size;
        t.starts[t.size] = start;
        t.ends[t.size] = end;
        t.escaped[t.size] = escaped ? 1 : 0;
        t.hashes[t.size] = h;
        t.size++;
        return true;
      }
      if (t.hashes[k] === h && this.equal(t.starts[k]!, t.ends[k]!, t.escaped[k] === 1, start, end, escaped)) return false;
    }
  }

  /** Whether the keys at [aStart, aEnd) and [bStart, bEnd) (with their `escaped` flags) are the same string once decoded. */
  equal(aStart: number, aEnd: number, aEscaped: boolean, bStart: number, bEnd: number, bEscaped: boolean): boolean {
    const text = this.source;
    if (aEscaped || bEscaped) return this.text(aStart, aEnd) === this.text(bStart, bEnd);
    if (aEnd - aStart !== bEnd - bStart) return false;
    for (let k = 0; k < aEnd - aStart; k++) if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k)) return false;
    return true;
  }

  /** The key at [start, end) as a string, escapes decoded. */
  text(start: number, end: number): string {
    const raw = this.source.slice(start, end);
    if (!this.escaped(start, end)) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  /** Whether the key at [start, end) is written with escapes. */
  escaped(start: number, end: number): boolean {
    // A loop over the key, not indexOf: that would run on to the end of the text when the key has none.
    for (let k = start; k < end; k++) if (this.source.charCodeAt(k) === BACKSLASH) return true;
    return false;
  }

  /** FNV-1a over the decoded key's UTF-16 code units. */
  private hash(start: number, end: number, escaped: boolean): number {
    let h = 0x811c9dc5;
    if (escaped) {
      const key = this.text(start, end);
      for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    } else for (let k = start; k < end; k++) h = Math.imul(h ^ this.source.charCodeAt(k), 0x01000193);
    return h >>> 0;
  }

  /** Twice the slots; the keys are re-placed by their kept hashes (they are known distinct: no compares). */
  private grow(handle: number): Table {
    const old = this.tables[handle]!;
    const t = newTable(old.slots.length * 2);
    const mask = t.slots.length - 1;
    t.starts.set(old.starts);
    t.ends.set(old.ends);
    t.escaped.set(old.escaped);
    t.hashes.set(old.hashes);
    for (let k = 0; k < old.size; k++) {
      let slot = old.hashes[k]! & mask;
      while (t.slots[slot]! >= 0) slot = (slot + 1) & mask;
      t.slots[slot] = k;
    }
    t.size = old.size;
    this.tables[handle] = t;
    return t;
  }
}

interface Table {
  /** Open addressing: each slot holds -1 or the number of a key below. */
  readonly slots: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly escaped: Uint8Array;
  /** Each key's hash: probes compare it before the text, and growing re-places keys without rehashing. */
  readonly hashes: Uint32Array;
  size: number;
}

function newTable(slots: number): Table {
  return { slots: new Int32Array(slots).fill(-1), starts: new Int32Array(slots / 2), ends: new Int32Array(slots / 2), escaped: new Uint8Array(slots / 2), hashes: new Uint32Array(slots / 2), size: 0 };
}
