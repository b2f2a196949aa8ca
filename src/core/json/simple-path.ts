import type { JsonPath } from '../types.js';

/**
 * A parsed JSONPath (see config/jsonpath-guard.ts, which builds these from a config's `given`), and the one
 * evaluator that runs them. Nothing else ever interprets a config's path: what runs is what was checked.
 */
export type Selector =
  | { readonly kind: 'key'; readonly key: string | number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'union'; readonly keys: ReadonlyArray<string | number> }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number; readonly step: number }
  | { readonly kind: 'filter'; readonly expr: Expr };

export type Step =
  /** `.x`, `[…]`; with `descend`, `..x`: the selector applied to the value and to every container below it. */
  | { readonly kind: 'select'; readonly descend: boolean; readonly selector: Selector }
  /** `^`: the parent of each value. */
  | { readonly kind: 'parent' }
  /** `~`: the property name (or index) of each value, instead of the value. */
  | { readonly kind: 'name' };

/** A filter expression: comparisons of the flow's values, nothing that can call or assign. */
export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null | undefined }
  /** `@…` (the value being filtered), `$…`/`@root…` (the document), `@parent…`, then member keys. */
  | { readonly kind: 'value'; readonly base: 'current' | 'root' | 'parent'; readonly keys: ReadonlyArray<string | number> }
  | { readonly kind: 'property' | 'parentProperty' }
  | { readonly kind: 'not' | 'negate'; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr };

export type BinaryOp = '==' | '!=' | '===' | '!==' | '<' | '<=' | '>' | '>=' | '&&' | '||';

/**
 * Caps per `given` per file. A document of a few MB has a few hundred thousand values; chains of descents
 * (`$..*..*..*`) grow with the nesting depth to a power, so past these a rule is reported as a config problem.
 */
export const MAX_MATCHES = 100_000;
/** Values visited, filters evaluated and path keys built. */
export const MAX_WORK = 5_000_000;

export interface Hit {
  readonly value: unknown;
  readonly path: JsonPath;
}

export type PathResult = { readonly hits: Hit[] } | { readonly exceeded: 'matches' | 'work' };

/** A value reached while walking: its key and parent node, so paths are built only for the final hits. */
interface Node {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Node | undefined;
  readonly depth: number;
}

class Exceeded extends Error {
  constructor(readonly what: 'matches' | 'work') {
    super(what);
  }
}

/** Evaluates parsed steps over a document: iterative, own properties only, within MAX_MATCHES and MAX_WORK. */
export function evaluatePath(document: unknown, steps: readonly Step[], limits: { matches?: number; work?: number } = {}): PathResult {
  const maxMatches = limits.matches ?? MAX_MATCHES;
  let work = limits.work ?? MAX_WORK;
  const spend = (n: number): void => {
    work -= n;
    if (work < 0) throw new Exceeded('work');
  };
  const root: Node = { value: document, key: undefined, parent: undefined, depth: 0 };
  let names = false;
  try {
    let current: Node[] = [root];
    for (const step of steps) {
      const next: Node[] = [];
      const add = (n: Node): void => {
        spend(1);
        next.push(n);
      };
      if (step.kind === 'parent') {
        for (const n of current) if (n.parent) add(n.parent);
      } else if (step.kind === 'name') {
        names = true;
        for (const n of current) if (n.parent) add(n);
      } else {
        for (const n of current) {
          if (!step.descend) select(n, step.selector, add, root, spend);
          else {
            // Descendant-or-self containers, in document order, with an explicit stack.
            const stack: Node[] = [n];
            while (stack.length > 0) {
              const c = stack.pop()!;
              spend(1);
              select(c, step.selector, add, root, spend);
              const kids: Node[] = [];
              children(c, (k) => {
                if (typeof k.value === 'object' && k.value !== null) kids.push(k);
              });
              for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
            }
          }
        }
      }
      if (next.length > maxMatches) throw new Exceeded('matches');
      current = next;
    }
    const hits: Hit[] = [];
    for (const n of current) {
      spend(n.depth);
      hits.push({ value: names ? n.key : n.value, path: pathOf(n) });
    }
    return { hits };
  } catch (e) {
    if (e instanceof Exceeded) return { exceeded: e.what };
    throw e;
  }
}

function pathOf(n: Node): JsonPath {
  const path: Array<string | number> = new Array<string | number>(n.depth);
  for (let c: Node | undefined = n; c && c.parent; c = c.parent) path[c.depth - 1] = c.key!;
  return path;
}

function children(n: Node, f: (child: Node) => void): void {
  const v = n.value;
  const depth = n.depth + 1;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) f({ value: v[i], key: i, parent: n, depth });
  else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) f({ value: (v as Record<string, unknown>)[k], key: k, parent: n, depth });
}

/**
 * The member `key` of a node's value: array items by index, object members by name; own properties only, so
 * an array's `length` too, as in jsonpath-plus (`$.Actions.length`).
 */
function member(n: Node, key: string | number): Node | undefined {
  const v = n.value;
  if (Array.isArray(v)) {
    if (key === 'length') return { value: v.length, key, parent: n, depth: n.depth + 1 };
    const i = typeof key === 'number' ? key : /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
    return i >= 0 && i < v.length ? { value: v[i], key: i, parent: n, depth: n.depth + 1 } : undefined;
  }
  if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key))) return { value: (v as Record<string, unknown>)[String(key)], key: String(key), parent: n, depth: n.depth + 1 };
  return undefined;
}

function select(n: Node, s: Selector, add: (n: Node) => void, root: Node, spend: (n: number) => void): void {
  switch (s.kind) {
    case 'key': {
      const m = member(n, s.key);
      if (m) add(m);
      return;
    }
    case 'union':
      for (const k of s.keys) {
        const m = member(n, k);
        if (m) add(m);
      }
      return;
    case 'wildcard':
      children(n, add);
      return;
    case 'slice': {
      const v = n.value;
      if (!Array.isArray(v)) return;
      const len = v.length;
      const clamp = (x: number): number => Math.min(len, Math.max(0, x < 0 ? x + len : x));
      const start = clamp(s.start ?? 0);
      const end = clamp(s.end ?? len);
      for (let i = start; i < end; i += s.step) add({ value: v[i], key: i, parent: n, depth: n.depth + 1 });
      return;
    }
    case 'filter':
      children(n, (c) => {
        spend(1);
        if (truthy(evaluate(s.expr, c, root, spend))) add(c);
      });
  }
}

function truthy(v: unknown): boolean {
  return Boolean(v);
}

/** A member of a value in a filter: own properties, and the length of arrays and strings. */
function memberValue(v: unknown, key: string | number): unknown {
  if (typeof v === 'string') return key === 'length' ? v.length : undefined;
  if (Array.isArray(v)) return key === 'length' ? v.length : typeof key === 'number' ? v[key] : /^(?:0|[1-9]\d*)$/.test(key) ? v[Number(key)] : undefined;
  if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key))) return (v as Record<string, unknown>)[String(key)];
  return undefined;
}

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;

function evaluate(e: Expr, at: Node, root: Node, spend: (n: number) => void): unknown {
  spend(1);
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'property':
      return at.key;
    case 'parentProperty':
      return at.parent?.key;
    case 'value': {
      let v = e.base === 'current' ? at.value : e.base === 'root' ? root.value : at.parent?.value;
      for (const k of e.keys) v = memberValue(v, k);
      return v;
    }
    case 'not':
      return !truthy(evaluate(e.operand, at, root, spend));
    case 'negate': {
      const v = evaluate(e.operand, at, root, spend);
      return typeof v === 'number' ? -v : undefined;
    }
    case 'binary': {
      if (e.op === '&&') return truthy(evaluate(e.left, at, root, spend)) && truthy(evaluate(e.right, at, root, spend));
      if (e.op === '||') return truthy(evaluate(e.left, at, root, spend)) || truthy(evaluate(e.right, at, root, spend));
      const l = evaluate(e.left, at, root, spend);
      const r = evaluate(e.right, at, root, spend);
      // Objects and arrays compare by identity only: converting them to text would cost their whole size.
      if (isObject(l) || isObject(r)) {
        if (e.op === '==' || e.op === '===') return l === r;
        if (e.op === '!=' || e.op === '!==') return l !== r;
        return false;
      }
      const a = l as string | number | boolean | null | undefined;
      const b = r as string | number | boolean | null | undefined;
      switch (e.op) {
        case '==':
          return a == b;
        case '!=':
          return a != b;
        case '===':
          return a === b;
        case '!==':
          return a !== b;
        case '<':
          return (a as number) < (b as number);
        case '<=':
          return (a as number) <= (b as number);
        case '>':
          return (a as number) > (b as number);
        case '>=':
          return (a as number) >= (b as number);
      }
    }
  }
}
