import type { BinaryOp, Expr, Selector, Step } from '../json/simple-path.js';

/**
 * Parses a `given` JSONPath from a config into steps (json/simple-path.ts), which are all that is ever
 * evaluated: no JSONPath engine re-reads the text, so a quoted segment is a name and never a filter, and a
 * filter can only compare the flow's values — it has no calls, assignments or names to reach code through.
 * Every refusal says where (0-based offset into the path) and what to write instead.
 */

export interface JsonPathProblem {
  /** 0-based offset in the expression. */
  readonly offset: number;
  readonly message: string;
}

const MAX_LENGTH = 2000;
/** Nesting of parentheses and `!` in a filter: the parser recurses once per level. */
const MAX_EXPR_DEPTH = 50;

class Refused extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
export function checkJsonPath(path: string): JsonPathProblem | undefined {
  const r = parseJsonPath(path);
  return 'offset' in r ? r : undefined;
}

const NAME = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?\d+/y;
// Names that lead from a value to code in a JavaScript engine: refused so a path means the same wherever it is read.
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype']);

export function parseJsonPath(path: string): { readonly steps: Step[] } | JsonPathProblem {
  if (path.length > MAX_LENGTH) return { offset: MAX_LENGTH, message: `the JSONPath is longer than ${MAX_LENGTH} characters` };
  if (!path.startsWith('$')) return { offset: 0, message: 'a JSONPath must start with "$" (the flow document)' };
  try {
    return { steps: new PathParser(path).parse() };
  } catch (e) {
    if (e instanceof Refused) return { offset: e.offset, message: e.message };
    throw e;
  }
}

class PathParser {
  private i = 1;
  constructor(private readonly s: string) {}

  private fail(at: number, message: string): never {
    throw new Refused(at, message);
  }

  private skipSpaces(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  parse(): Step[] {
    const steps: Step[] = [];
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '.') {
        const descend = s[this.i + 1] === '.';
        this.i += descend ? 2 : 1;
        if (s[this.i] === '[') {
          if (!descend) this.fail(this.i, 'write "[" straight after the name, without a "." before it');
          steps.push({ kind: 'select', descend, selector: this.bracket() });
          continue;
        }
        if (s[this.i] === '*') {
          this.i++;
          steps.push({ kind: 'select', descend, selector: { kind: 'wildcard' } });
          continue;
        }
        const at = this.i;
        const name = this.match(NAME) ?? this.match(/\d+/y);
        if (name === undefined) this.fail(at, `expected a property name, "*" or "[" after "${descend ? '..' : '.'}"`);
        if (FORBIDDEN.has(name)) this.fail(at, `"${name}" is not allowed in a JSONPath`);
        steps.push({ kind: 'select', descend, selector: { kind: 'key', key: name } });
      } else if (c === '[') steps.push({ kind: 'select', descend: false, selector: this.bracket() });
      else if (c === '^') {
        this.i++;
        steps.push({ kind: 'parent' });
      } else if (c === '~') {
        this.i++;
        if (this.i < s.length) this.fail(this.i, '"~" (the property name) must end the path');
        steps.push({ kind: 'name' });
      } else this.fail(this.i, `unexpected "${c}": continue the path with "." or "["`);
    }
    return steps;
  }

  /** `[...]` at this.i: an index, quoted names, `*`, a slice, a union, or a filter `?(...)`. */
  private bracket(): Selector {
    const open = this.i;
    this.i++;
    this.skipSpaces();
    const s = this.s;
    let selector: Selector;
    if (s[this.i] === '*') {
      this.i++;
      selector = { kind: 'wildcard' };
    } else if (s[this.i] === '?') {
      this.i++;
      this.skipSpaces();
      if (s[this.i] !== '(') this.fail(this.i, 'a filter is written [?(...)]');
      this.i++;
      const expr = new ExprParser(s, this.i).parseFilter();
      this.i = expr.end;
      selector = { kind: 'filter', expr: expr.expr };
    } else if (s[this.i] === '(') this.fail(this.i, 'script expressions [(...)] are not allowed: use an index, a quoted name, a slice or a filter ?(...)');
    else {
      const items: Array<string | number> = [];
      const slice = this.slice();
      if (slice) selector = slice;
      else {
        for (;;) {
          this.skipSpaces();
          if (this.i >= s.length) this.fail(open, 'unclosed "[": add the matching "]"');
          const at = this.i;
          const q = s[this.i];
          let key: string | number;
          if (q === "'" || q === '"') {
            key = this.quoted();
            // Other JSONPath engines (jsonpath-plus, Spectral's) run ['?(...)'] and ['(...)'] as scripts: refused,
            // so a path never means a name here and code elsewhere.
            if (/^\??\(/.test(key)) this.fail(at, `the quoted name ${q}${key}${q} would be run as a script by other JSONPath tools: write a filter without quotes, [?(@.Type == 'Compare')]`);
          }
          else {
            const n = this.match(NUMBER);
            if (n === undefined) {
              const name = this.match(NAME);
              if (name === undefined) this.fail(at, `"[${s.slice(open + 1, s.indexOf(']', open) === -1 ? undefined : s.indexOf(']', open))}]" is not a valid selector: use an index, a quoted name, "*", a slice or a filter ?(...)`);
              key = name;
            } else {
              if (n.startsWith('-')) this.fail(at, `negative index ${n}: use a slice such as [${n}:] for the last items`);
              key = Number(n);
            }
          }
          if (typeof key === 'string' && FORBIDDEN.has(key)) this.fail(at, `"${key}" is not allowed in a JSONPath`);
          items.push(key);
          this.skipSpaces();
          if (s[this.i] !== ',') break;
          this.i++;
        }
        selector = items.length === 1 ? { kind: 'key', key: items[0]! } : { kind: 'union', keys: items };
      }
    }
    this.skipSpaces();
    if (this.i >= s.length) this.fail(open, 'unclosed "[": add the matching "]"');
    if (s[this.i] !== ']') this.fail(this.i, `expected "]" to close the "[" at column ${open + 1}`);
    this.i++;
    return selector;
  }

  /** `start:end:step`, each part optional, or undefined (and nothing consumed) when this is not a slice. */
  private slice(): Selector | undefined {
    const m = /(-?\d+)?\s*:\s*(-?\d+)?(?:\s*:\s*(-?\d+)?)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.s);
    if (!r || !r[0].includes(':')) return undefined;
    const step = r[3] === undefined ? 1 : Number(r[3]);
    if (!(step >= 1)) this.fail(this.i, `a slice's step must be 1 or more, not ${r[3]}`);
    this.i += r[0].length;
    return { kind: 'slice', ...(r[1] !== undefined ? { start: Number(r[1]) } : {}), ...(r[2] !== undefined ? { end: Number(r[2]) } : {}), step };
  }

  /** A quoted name at this.i; `\` escapes the next character. */
  private quoted(): string {
    const s = this.s;
    const q = s[this.i]!;
    const at = this.i;
    let out = '';
    for (this.i++; this.i < s.length; this.i++) {
      const c = s[this.i]!;
      if (c === '\\' && this.i + 1 < s.length) out += s[++this.i];
      else if (c === q) {
        this.i++;
        return out;
      } else out += c;
    }
    this.fail(at, 'unterminated quoted name: add the closing quote');
  }
}

const CALL = 'function calls are not allowed in a filter, nor method calls: compare values with ==, !=, <, >, &&, || instead';

/** A filter's expression: literals, `@`/`$` values and their members, comparisons, `&&`, `||`, `!`, parentheses. */
class ExprParser {
  private depth = 0;
  /** The first forbidden member name: reported once the filter parses, so a call after it is named first. */
  private forbidden: { at: number; name: string } | undefined;
  constructor(
    private readonly s: string,
    private i: number,
  ) {}

  private fail(at: number, message: string): never {
    throw new Refused(at, message);
  }

  private spaces(): void {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  /** Parses up to the `)` that closes the filter, returning the offset after it. */
  parseFilter(): { expr: Expr; end: number } {
    const expr = this.or();
    this.spaces();
    if (this.i >= this.s.length) this.fail(this.i, 'unclosed filter: add ")]"');
    if (this.s[this.i] !== ')') this.unexpected();
    if (this.forbidden) this.fail(this.forbidden.at, `"${this.forbidden.name}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
    return { expr, end: this.i + 1 };
  }

  private unexpected(): never {
    const c = this.s[this.i] ?? '';
    if (c === '(') this.fail(this.i, CALL);
    if (c === '=') this.fail(this.i, 'assignment is not allowed in a filter: use == or === to compare');
    if (c === '`') this.fail(this.i, 'template literals are not allowed in a filter');
    this.fail(this.i, `unexpected "${c}" in the filter: filters compare values of the flow, such as @.Type == 'Compare'`);
  }

  private op(...ops: string[]): string | undefined {
    this.spaces();
    for (const o of ops) {
      if (this.s.startsWith(o, this.i)) {
        // "=" alone is assignment, not a comparison.
        const next = this.s[this.i + o.length];
        if ((o === '<' || o === '>') && next === '=') continue;
        if ((o === '==' || o === '!=') && next === '=') continue;
        if (o === '!' && next === '=') continue;
        this.i += o.length;
        return o;
      }
    }
    return undefined;
  }

  private binary(next: () => Expr, ops: BinaryOp[]): Expr {
    let left = next();
    for (let o = this.op(...ops); o !== undefined; o = this.op(...ops)) left = { kind: 'binary', op: o as BinaryOp, left, right: next() };
    return left;
  }

  private or = (): Expr => this.binary(this.and, ['||']);
  private and = (): Expr => this.binary(this.equality, ['&&']);
  private equality = (): Expr => this.binary(this.relation, ['===', '!==', '==', '!=']);
  private relation = (): Expr => this.binary(this.unary, ['<=', '>=', '<', '>']);

  private unary = (): Expr => {
    if (++this.depth > MAX_EXPR_DEPTH) this.fail(this.i, `the filter is nested deeper than ${MAX_EXPR_DEPTH} levels`);
    try {
      if (this.op('!')) return { kind: 'not', operand: this.unary() };
      this.spaces();
      if (this.s[this.i] === '-' && !/\d/.test(this.s[this.i + 1] ?? '')) {
        this.i++;
        return { kind: 'negate', operand: this.unary() };
      }
      return this.primary();
    } finally {
      this.depth--;
    }
  };

  private primary(): Expr {
    this.spaces();
    const s = this.s;
    const c = s[this.i];
    const start = this.i;
    let expr: Expr;
    if (c === '(') {
      this.i++;
      expr = this.or();
      this.spaces();
      if (s[this.i] !== ')') this.i >= s.length ? this.fail(start, 'unclosed "(" in the filter') : this.unexpected();
      this.i++;
    } else if (c === "'" || c === '"') expr = { kind: 'literal', value: this.string() };
    else if (c !== undefined && /[-\d.]/.test(c) && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.test(s.slice(this.i, this.i + 40))) {
      const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 40))!;
      this.i += m[0].length;
      expr = { kind: 'literal', value: Number(m[0]) };
    } else if (c === '@' || c === '$') {
      const word = /^(?:@root|@parentProperty|@parent|@property|@|\$)(?![\w$])/.exec(s.slice(this.i, this.i + 20));
      if (!word) this.fail(this.i, `unknown name "${/^@?[\w$]*/.exec(s.slice(this.i))![0]}": a filter can use @ (the value), @.name, @property, @parent, @parentProperty and $ (the document)`);
      this.i += word[0].length;
      if (word[0] === '@property' || word[0] === '@parentProperty') expr = { kind: word[0] === '@property' ? 'property' : 'parentProperty' };
      else expr = { kind: 'value', base: word[0] === '@' ? 'current' : word[0] === '@parent' ? 'parent' : 'root', keys: this.members() };
    } else {
      const word = /^[A-Za-z_$][\w$]*/.exec(s.slice(this.i));
      const literals: Record<string, string | number | boolean | null | undefined> = { true: true, false: false, null: null, undefined: undefined };
      if (word && Object.hasOwn(literals, word[0])) {
        this.i += word[0].length;
        expr = { kind: 'literal', value: literals[word[0]] };
      } else if (word) this.fail(this.i, `"${word[0]}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
      else if (this.i >= s.length) this.fail(this.i, 'unclosed filter: add ")]"');
      else this.unexpected();
    }
    this.spaces();
    if (s[this.i] === '(') this.fail(this.i, CALL);
    if (s[this.i] === '.' || s[this.i] === '[') this.fail(this.i, 'members and methods are only allowed on @ and $ in a filter: write @.Name, not (@.Name).trim() or "x".length');
    return expr;
  }

  /** `.name`, `['name']`, `[0]` after @ or $. */
  private members(): Array<string | number> {
    const keys: Array<string | number> = [];
    const s = this.s;
    for (;;) {
      if (s[this.i] === '.') {
        this.i++;
        const m = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(s.slice(this.i));
        if (!m) this.fail(this.i, 'expected a property name after "."');
        if (FORBIDDEN.has(m[0])) this.forbidden ??= { at: this.i, name: m[0] };
        this.i += m[0].length;
        keys.push(/^\d/.test(m[0]) ? Number(m[0]) : m[0]);
      } else if (s[this.i] === '[') {
        this.i++;
        this.spaces();
        const at = this.i;
        let key: string | number;
        if (s[this.i] === "'" || s[this.i] === '"') key = this.string();
        else {
          const m = /^\d+/.exec(s.slice(this.i));
          if (!m) this.fail(at, 'a member in a filter is a quoted name or an index: @[\'name\'], @[0]');
          this.i += m[0].length;
          key = Number(m[0]);
        }
        if (typeof key === 'string' && FORBIDDEN.has(key)) this.forbidden ??= { at, name: key };
        this.spaces();
        if (s[this.i] !== ']') this.fail(this.i, 'expected "]"');
        this.i++;
        keys.push(key);
      } else return keys;
    }
  }

  private string(): string {
    const s = this.s;
    const q = s[this.i]!;
    const at = this.i;
    let out = '';
    for (this.i++; this.i < s.length; this.i++) {
      const c = s[this.i]!;
      if (c === '\\' && this.i + 1 < s.length) {
        const n = s[++this.i]!;
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      } else if (c === q) {
        this.i++;
        return out;
      } else out += c;
    }
    this.fail(at, 'unterminated string in the filter');
  }
}
