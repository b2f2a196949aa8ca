import type { JsonPath } from '../types.js';

/**
 * Visits every string value under `value` (object values and array items). The path is built only for the
 * strings the visitor asks about (`pathOf()`), and the work stack is three flat arrays, so walking every
 * parameter of a large flow allocates next to nothing. Iterative, so nesting depth cannot exhaust the
 * stack; keys come from Object.keys, never the prototype chain.
 */
export function walkStrings(value: unknown, basePath: JsonPath, visit: (text: string, pathOf: () => JsonPath, lastKey: string | number | undefined) => void): void {
  const values: unknown[] = [value];
  const keysOf: Array<string | number | undefined> = [undefined];
  const depths: number[] = [0];
  // The keys from `value` down to the entry being visited.
  const branch: Array<string | number> = [];
  const pathOf = (): JsonPath => [...basePath, ...branch];
  while (values.length > 0) {
    const v = values.pop();
    const key = keysOf.pop();
    const depth = depths.pop()!;
    branch.length = Math.max(0, depth - 1);
    if (key !== undefined) branch.push(key);
    if (typeof v === 'string') visit(v, pathOf, key);
    else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        values.push(v[i]);
        keysOf.push(i);
        depths.push(depth + 1);
      }
    } else if (typeof v === 'object' && v !== null) {
      const ks = Object.keys(v);
      for (let i = ks.length - 1; i >= 0; i--) {
        values.push((v as Record<string, unknown>)[ks[i]!]);
        keysOf.push(ks[i]!);
        depths.push(depth + 1);
      }
    }
  }
}
