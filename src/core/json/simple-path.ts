import type { JsonPath } from '../types.js';

/** One step of a JSONPath this walker understands; anything richer goes to jsonpath-plus. */
type Step = { kind: 'child'; key: string | number } | { kind: 'children' } | { kind: 'descendants'; key?: string };

/**
 * Parses JSONPaths made only of `.name`, `['name']`, `[n]`, `[*]`, `.*`, `..name` and `..*` — the shapes most
 * rules use — or returns undefined. Filters, slices and unions are left to jsonpath-plus.
 */
export function parseSimplePath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\.\.\*/.exec(rest))) steps.push({ kind: 'descendants' });
    else if ((m = /^\.\.([A-Za-z_$][\w$-]*)/.exec(rest))) steps.push({ kind: 'descendants', key: m[1]! });
    else if ((m = /^\.\*|^\[\*\]/.exec(rest))) steps.push({ kind: 'children' });
    else if ((m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest))) steps.push({ kind: 'child', key: m[1]! });
    else if ((m = /^\[(\d+)\]/.exec(rest))) steps.push({ kind: 'child', key: Number(m[1]) });
    else if ((m = /^\[\s*'([^'\\]*)'\s*\]|^\[\s*"([^"\\]*)"\s*\]/.exec(rest))) steps.push({ kind: 'child', key: (m[1] ?? m[2])! });
    else return undefined;
    i += m[0].length;
  }
  return steps;
}

interface Hit {
  readonly value: unknown;
  readonly path: JsonPath;
}

function childrenOf(value: unknown, path: JsonPath, out: Hit[]): void {
  if (Array.isArray(value)) value.forEach((v, k) => out.push({ value: v, path: [...path, k] }));
  else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) out.push({ value: (value as Record<string, unknown>)[k], path: [...path, k] });
}

/** Evaluates parsed steps over a document: iterative, own properties only. */
export function evaluateSimplePath(document: unknown, steps: readonly Step[]): Hit[] {
  let current: Hit[] = [{ value: document, path: [] }];
  for (const step of steps) {
    const next: Hit[] = [];
    for (const hit of current) {
      if (step.kind === 'child') {
        const v = hit.value;
        const key = step.key;
        if (typeof key === 'number' ? Array.isArray(v) && key < v.length : typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, key)) {
          next.push({ value: (v as Record<string | number, unknown>)[key], path: [...hit.path, key] });
        }
      } else if (step.kind === 'children') childrenOf(hit.value, hit.path, next);
      else {
        // Every descendant (or every descendant member named key), depth-first, with an explicit stack.
        const stack: Hit[] = [];
        childrenOf(hit.value, hit.path, stack);
        stack.reverse();
        while (stack.length > 0) {
          const h = stack.pop()!;
          if (step.key === undefined || h.path[h.path.length - 1] === step.key) next.push(h);
          const kids: Hit[] = [];
          childrenOf(h.value, h.path, kids);
          for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
        }
      }
    }
    current = next;
  }
  return current;
}
