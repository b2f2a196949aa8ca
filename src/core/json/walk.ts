import type { JsonPath } from '../types.js';

export type StringVisitor = (text: string, walker: StringWalker, lastKey: string | number | undefined) => void;

/**
 * Visits every string value under a value (object values and array items), in document order.
 *
 * Rules walk every parameter of every block, so one walker is made per flow and reused for each block: its
 * work stacks are kept between walks, keys are read with for-in (the engine's enum cache, no key array per
 * object), and the path of a string is built only when the visitor asks for it (`path()`). Iterative, so
 * nesting depth cannot exhaust the stack. A visitor must not start another walk on the same walker.
 */
export class StringWalker {
  // The work stacks and the branch are used up to their `top`/`depth` marks and never shortened: setting an
  // array's length makes the engine drop its storage, which would then be grown again on every walk.
  private readonly values: unknown[] = [];
  private readonly keys: Array<string | number | undefined> = [];
  private readonly depths: number[] = [];
  /** The keys from the walked value down to the string being visited: branch[0 .. branchLength). */
  private readonly branch: Array<string | number> = [];
  private branchLength = 0;
  private base: JsonPath = [];
  private sub: JsonPath = [];

  constructor(private readonly visit: StringVisitor) {}

  /** The JSON path of the string being visited: `base`, then `sub`, then the keys below the walked value. */
  path(): JsonPath {
    const path: Array<string | number> = [];
    for (let i = 0; i < this.base.length; i++) path.push(this.base[i]!);
    for (let i = 0; i < this.sub.length; i++) path.push(this.sub[i]!);
    for (let i = 0; i < this.branchLength; i++) path.push(this.branch[i]!);
    return path;
  }

  /** Walks `value`, which sits at `base` + `sub` in the document (two parts, so callers need not join them). */
  walk(value: unknown, base: JsonPath, sub: JsonPath): void {
    const { values, keys, depths, branch } = this;
    this.base = base;
    this.sub = sub;
    values[0] = value;
    keys[0] = undefined;
    depths[0] = 0;
    let top = 1;
    while (top > 0) {
      top--;
      const v = values[top];
      const key = keys[top];
      const depth = depths[top]!;
      values[top] = undefined;
      if (depth > 0) {
        branch[depth - 1] = key!;
        this.branchLength = depth;
      } else this.branchLength = 0;
      if (typeof v === 'string') this.visit(v, this, key);
      else if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) {
          values[top] = v[i];
          keys[top] = i;
          depths[top] = depth + 1;
          top++;
        }
      } else if (typeof v === 'object' && v !== null) {
        const from = top;
        const o = v as Record<string, unknown>;
        for (const k in o) {
          if (!Object.hasOwn(o, k)) continue;
          values[top] = o[k];
          keys[top] = k;
          depths[top] = depth + 1;
          top++;
        }
        // for-in gives keys first to last; the stack must pop them in that order.
        reverse(values, from, top);
        reverse(keys, from, top);
      }
    }
  }
}

function reverse<T>(list: T[], from: number, to: number): void {
  for (let a = from, b = to - 1; a < b; a++, b--) {
    const t = list[a]!;
    list[a] = list[b]!;
    list[b] = t;
  }
}
