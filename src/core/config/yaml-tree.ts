import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { yamlMessage } from '../source/yaml-unique.js';
import type { Position } from '../types.js';

/** A YAML value with where it was written, so every config error can name its line and column. */
export type YNode =
  | { readonly kind: 'map'; readonly at: Position; readonly entries: ReadonlyArray<{ key: string; keyAt: Position; value: YNode }> }
  | { readonly kind: 'seq'; readonly at: Position; readonly items: readonly YNode[] }
  | {
      readonly kind: 'scalar';
      readonly at: Position;
      readonly value: string | number | boolean | null;
      /** Where the text of the value starts: after the opening quote of a quoted scalar. */
      readonly textAt?: Position;
    };

export interface ConfigProblem {
  readonly file: string;
  readonly at: Position;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.at.line}:${p.at.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

// Configs come from pull requests: cap what a hostile file can make us build.
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;
/** Configs are read from files (capped at 1 MiB there) and from the GitHub API: the same cap for both. */
export const MAX_CONFIG_CHARS = 1024 * 1024;

/** Parses a config file's YAML into a position-carrying tree; throws ConfigError with every problem found. */
export function parseYamlTree(file: string, text: string): YNode {
  if (text.length > MAX_CONFIG_CHARS) {
    throw new ConfigError([{ file, at: { line: 1, column: 1 }, message: `the config is ${text.length} characters, over the ${MAX_CONFIG_CHARS}-character limit: a config that large is not a config` }]);
  }
  const lineCounter = new LineCounter();
  // Unique keys are checked below in one pass; the yaml package's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const pos = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const problems: ConfigProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    problems.push({ file, at: pos(e.pos[0]), message: `invalid YAML: ${yamlMessage(e.message.split('\n')[0]!)}` });
  }
  if (problems.length > 0) throw new ConfigError(problems);

  let count = 0;
  const convert = (node: unknown, depth: number, fallback: Position): YNode => {
    if (++count > MAX_NODES) throw new ConfigError([{ file, at: fallback, message: `the config is too large (over ${MAX_NODES} values)` }]);
    if (depth > MAX_DEPTH) throw new ConfigError([{ file, at: fallback, message: `the config is nested deeper than ${MAX_DEPTH} levels` }]);
    if (isAlias(node)) {
      // Aliases are how "billion laughs" bombs grow; a linter config has no need for them.
      throw new ConfigError([{ file, at: pos(node.range?.[0]), message: 'YAML aliases (*name) are not allowed in a config: write the value out' }]);
    }
    const at = pos((node as YamlNode | null)?.range?.[0]) ?? fallback;
    if (isMap(node)) {
      const seen = new Set<string>();
      const entries = node.items.map((pair) => {
        const keyAt = isScalar(pair.key) ? pos(pair.key.range?.[0]) : at;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!isScalar(pair.key)) throw new ConfigError([{ file, at: keyAt, message: 'keys must be plain names' }]);
        if (key === '<<') throw new ConfigError([{ file, at: keyAt, message: 'YAML merge keys (<<) are not allowed in a config' }]);
        if (seen.has(key)) throw new ConfigError([{ file, at: keyAt, message: `invalid YAML: Map keys must be unique ("${key}" is repeated)` }]);
        seen.add(key);
        return { key, keyAt, value: pair.value === null ? ({ kind: 'scalar', at: keyAt, value: null } as YNode) : convert(pair.value, depth + 1, keyAt) };
      });
      return { kind: 'map', at, entries };
    }
    if (isSeq(node)) return { kind: 'seq', at, items: node.items.map((item) => convert(item, depth + 1, at)) };
    if (isScalar(node)) {
      const v = node.value;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      return quoted && node.range ? { kind: 'scalar', at, value, textAt: pos(node.range[0] + 1) } : { kind: 'scalar', at, value };
    }
    return { kind: 'scalar', at, value: null };
  };
  return convert(doc.contents, 0, { line: 1, column: 1 });
}

/** Plain JavaScript value of a tree (objects without a prototype, so "__proto__" is just a key). */
export function plain(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const e of node.entries) o[e.key] = plain(e.value);
  return o;
}

export function describeKind(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  return node.value === null ? 'empty' : `${typeof node.value} ${JSON.stringify(node.value)}`;
}
