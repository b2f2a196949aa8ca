/**
 * Maps offsets inside the value of a YAML string scalar back to offsets in the file. A flow's JSON kept in
 * a CloudFormation template's `Content: |` (or a quoted or plain scalar) is decoded by YAML: indentation
 * stripped, lines folded, escapes resolved. This decodes the scalar's source again, recording where each
 * character of the value came from, and checks the result against the YAML library's own value: when they
 * agree the mapping is exact; when they do not (a construct not modelled here), every offset falls back to
 * the start of the value's first line, which is still the right place to look.
 */

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface ScalarMapping {
  /** Offsets in the decoded value → offsets in the file. */
  readonly toFile: (inner: readonly number[]) => number[];
  /** False when the fallback (everything at the value's start) is in use. */
  readonly exact: boolean;
}

/** Records decoded characters and their source offsets as runs, so a 200 KB value costs a few runs, not a table. */
class Recorder {
  readonly chars: string[] = [];
  private readonly runDecoded: number[] = [];
  private readonly runSource: number[] = [];
  private length = 0;

  emit(ch: string, source: number): void {
    const last = this.runDecoded.length - 1;
    if (last < 0 || this.runSource[last]! + (this.length - this.runDecoded[last]!) !== source) {
      this.runDecoded.push(this.length);
      this.runSource.push(source);
    }
    this.chars.push(ch);
    this.length += ch.length;
  }

  /** Removes the last `count` characters (trailing whitespace a fold drops). */
  drop(count: number): void {
    for (let k = 0; k < count; k++) {
      const ch = this.chars.pop()!;
      this.length -= ch.length;
      while (this.runDecoded.length > 0 && this.runDecoded[this.runDecoded.length - 1]! >= this.length) {
        this.runDecoded.pop();
        this.runSource.pop();
      }
    }
  }

  mapper(end: number): (inner: readonly number[]) => number[] {
    const d = this.runDecoded;
    const s = this.runSource;
    const total = this.length;
    return (inner) =>
      inner.map((o) => {
        if (o >= total || d.length === 0) return end;
        let lo = 0;
        let hi = d.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (d[mid]! <= o) lo = mid;
          else hi = mid - 1;
        }
        return s[lo]! + (o - d[lo]!);
      });
  }
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isWhite = (c: string | undefined): boolean => c === ' ' || c === '\t';

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

/** Skips one line break (\n or \r\n) at i; returns the index after it. */
function skipBreak(text: string, i: number): number {
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

/** Plain, single- and double-quoted scalars: line folding, and the escapes of the quoted styles. */
function decodeFlow(text: string, start: number, end: number, style: ScalarStyle, out: Recorder): void {
  let pendingWhite = 0; // whitespace emitted since the last non-white character: dropped if a break follows
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (isBreak(c)) {
      out.drop(pendingWhite);
      pendingWhite = 0;
      const first = i;
      let breaks = 0;
      const positions: number[] = [];
      while (i < end && isBreak(text[i])) {
        positions.push(i);
        i = skipBreak(text, i);
        breaks++;
        while (i < end && isWhite(text[i])) i++;
      }
      if (breaks === 1) out.emit(' ', first);
      else for (let k = 1; k < breaks; k++) out.emit('\n', positions[k]!);
      continue;
    }
    if (isWhite(c)) {
      out.emit(c, i);
      pendingWhite++;
      i++;
      continue;
    }
    pendingWhite = 0;
    if (style === 'QUOTE_DOUBLE' && c === '\\') {
      const e = text[i + 1] ?? '';
      if (isBreak(e)) {
        // An escaped line break joins the lines with nothing between them.
        i = skipBreak(text, i + 1);
        while (i < end && isWhite(text[i])) i++;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex > 0) {
        const code = Number.parseInt(text.slice(i + 2, i + 2 + hex), 16);
        out.emit(Number.isNaN(code) ? '' : String.fromCodePoint(code), i);
        i += 2 + hex;
        continue;
      }
      out.emit(Object.hasOwn(ESCAPES, e) ? ESCAPES[e]! : e, i);
      i += 2;
      continue;
    }
    if (style === 'QUOTE_SINGLE' && c === "'" && text[i + 1] === "'") {
      out.emit("'", i);
      i += 2;
      continue;
    }
    out.emit(c, i);
    i++;
  }
}

interface BlockLine {
  /** Source offset of the first content character (after the indentation). */
  readonly at: number;
  readonly content: string;
  /** Source offset of the line break ending the line (or the end). */
  readonly breakAt: number;
  readonly empty: boolean;
}

/** Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`) and an explicit indentation digit. */
function decodeBlock(text: string, start: number, end: number, style: ScalarStyle, out: Recorder): boolean {
  let i = start + 1;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  let explicit = 0;
  while (i < end && /[-+0-9]/.test(text[i]!)) {
    const c = text[i]!;
    if (c === '-') chomp = 'strip';
    else if (c === '+') chomp = 'keep';
    else explicit = Number(c);
    i++;
  }
  const headerLineStart = text.lastIndexOf('\n', start) + 1;
  let nl = text.indexOf('\n', i);
  if (nl === -1 || nl >= end) return true; // header only: an empty value
  const raw: Array<{ from: number; to: number }> = [];
  for (let from = nl + 1; from < end; ) {
    let to = text.indexOf('\n', from);
    if (to === -1 || to > end) to = end;
    raw.push({ from, to: text[to - 1] === '\r' ? to - 1 : to });
    from = to + 1;
  }
  let indent: number;
  if (explicit > 0) {
    let parent = 0;
    while (text[headerLineStart + parent] === ' ') parent++;
    indent = parent + explicit;
  } else {
    const firstText = raw.find((l) => /[^ ]/.test(text.slice(l.from, l.to)));
    if (!firstText) indent = 0;
    else {
      indent = 0;
      while (text[firstText.from + indent] === ' ') indent++;
    }
  }
  const lines: BlockLine[] = raw.map(({ from, to }) => {
    const line = text.slice(from, to);
    const isEmpty = line.length <= indent && line.trim() === '';
    return { at: from + Math.min(indent, line.length), content: isEmpty ? '' : line.slice(indent), breakAt: to, empty: isEmpty };
  });
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.empty) last--;
  const moreIndented = (l: BlockLine): boolean => isWhite(l.content[0]);
  const emitContent = (l: BlockLine): void => {
    for (let k = 0; k < l.content.length; k++) out.emit(l.content[k]!, l.at + k);
  };
  if (style === 'BLOCK_LITERAL') {
    for (let k = 0; k <= last; k++) {
      emitContent(lines[k]!);
      if (k < last || chomp !== 'strip') out.emit('\n', lines[k]!.breakAt);
    }
  } else {
    let k = 0;
    for (; k <= last && lines[k]!.empty; k++) out.emit('\n', lines[k]!.breakAt);
    let previous = -1;
    for (; k <= last; k++) {
      const line = lines[k]!;
      if (line.empty) continue;
      if (previous >= 0) {
        // The break after the previous text line folds to a space between two plain text lines; next to a
        // more-indented line it is kept. Each empty line between is a line break.
        const before = lines[previous]!;
        const plain = !moreIndented(before) && !moreIndented(line);
        if (plain && k === previous + 1) out.emit(' ', before.breakAt);
        else if (!plain) out.emit('\n', before.breakAt);
        for (let j = previous + 1; j < k; j++) out.emit('\n', lines[j]!.breakAt);
      }
      emitContent(line);
      previous = k;
    }
    if (previous >= 0 && chomp !== 'strip') out.emit('\n', lines[previous]!.breakAt);
  }
  if (chomp === 'keep') for (let k = last + 1; k < lines.length; k++) out.emit('\n', lines[k]!.breakAt);
  return true;
}

/**
 * The mapping for a string scalar whose source runs from `range[0]` to `range[1]` in `text` (the YAML
 * library's node range) and whose decoded value is `value`.
 */
export function yamlScalarMapper(text: string, range: readonly [number, number, ...number[]], style: ScalarStyle | undefined, value: string): ScalarMapping {
  const [start, end] = range;
  const out = new Recorder();
  try {
    if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') decodeBlock(text, start, end, style, out);
    else if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE') decodeFlow(text, start + 1, end - 1, style, out);
    else if (style === 'PLAIN' || style === undefined) decodeFlow(text, start, end, 'PLAIN', out);
    if (out.chars.join('') === value) return { toFile: out.mapper(end), exact: true };
  } catch {
    // fall through to the fallback
  }
  let first = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? text.indexOf('\n', start) + 1 : start;
  if (first <= 0 || first > end) first = start;
  while (first < end && text[first] === ' ') first++;
  return { toFile: (inner) => inner.map(() => first), exact: false };
}
