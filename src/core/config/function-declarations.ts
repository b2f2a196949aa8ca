import { posix } from 'node:path';
import { BUILTIN_PREFIX, type ConfigLoader, type ConfigText } from './resolve.js';
import { parseYamlTree } from './yaml-tree.js';
import type { Position } from '../types.js';

/** A ruleset's `functions`: names to load from `<dir>/<functionsDir>/<name>.js`. */
export interface FunctionDeclaration {
  readonly rulesetFile: string;
  readonly names: readonly string[];
  /** Absolute folder the modules are in. */
  readonly dir: string;
  /** Where each name is written in the ruleset, so a problem with a function points at its entry. */
  readonly at?: ReadonlyMap<string, Position>;
}

/**
 * Walks a config and everything it extends for `functions` declarations, so the adapter can load those
 * modules before the config is resolved (resolution itself stays synchronous and pure). Problems are left
 * to resolveConfig, which reports them with positions.
 */
export function functionDeclarations(entry: ConfigText, load: ConfigLoader): FunctionDeclaration[] {
  const out: FunctionDeclaration[] = [];
  const seen = new Set<string>();
  const visit = (source: ConfigText): void => {
    if (seen.has(source.file)) return;
    seen.add(source.file);
    let tree;
    try {
      tree = source.tree ?? parseYamlTree(source.file, source.text);
    } catch {
      return;
    }
    if (tree.kind !== 'map') return;
    const get = (k: string) => tree.entries.find((e) => e.key === k)?.value;
    const ext = get('extends');
    for (const item of ext ? (ext.kind === 'seq' ? ext.items : [ext]) : []) {
      if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
      try {
        visit(load(item.value, source.file));
      } catch {
        // resolveConfig reports the failing extends with its position.
      }
    }
    const fns = get('functions');
    if (fns?.kind === 'seq' && !source.file.startsWith(BUILTIN_PREFIX)) {
      const names = fns.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
      const dirNode = get('functionsDir');
      const sub = dirNode?.kind === 'scalar' && typeof dirNode.value === 'string' ? dirNode.value : 'functions';
      const at = new Map(fns.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [[i.value, i.at] as const] : [])));
      out.push({ rulesetFile: source.file, names, dir: posix.resolve(posix.dirname(source.file), sub), at });
    }
  };
  visit(entry);
  return out;
}
