import type { JsonPath } from '../types.js';

/**
 * Visits every string value under `value` (object values and array items), with its path. Iterative, so
 * nesting depth cannot exhaust the stack; object keys are read with Object.keys, never the prototype chain.
 */
export function walkStrings(value: unknown, basePath: JsonPath, visit: (text: string, path: JsonPath) => void): void {
  const stack: Array<[unknown, JsonPath]> = [[value, basePath]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') visit(v, path);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push([(v as Record<string, unknown>)[k], [...path, k]]);
      }
    }
  }
}
