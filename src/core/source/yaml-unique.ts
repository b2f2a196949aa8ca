import { isMap, isScalar, isSeq, type Document } from 'yaml';

/**
 * The first repeated key in any mapping of `doc`, found in one linear pass. The yaml package's own check
 * (`uniqueKeys: true`) compares every key with every other: a hostile 20 MB mapping would take hours.
 * Parse with `uniqueKeys: false` and call this instead. Iterative, so nesting cannot exhaust the stack.
 */
export function firstDuplicateKey(doc: Document): { key: string; offset: number } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      // Scalar keys by value: 1 and "1" stay apart, as they are different keys in YAML.
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k)) {
          if (seen.has(k.value)) return { key: String(k.value), offset: k.range?.[0] ?? 0 };
          seen.add(k.value);
        } else if (k !== null) stack.push(k);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return undefined;
}

/** The yaml package reports hostile nesting as the engine's stack overflow: say what it means. */
export function yamlMessage(message: string): string {
  return /Maximum call stack/i.test(message) ? 'the YAML is nested too deeply to read (a real file nests a few dozen levels at most)' : message;
}
