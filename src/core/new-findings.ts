import { applyBaseline, createBaseline } from './baseline.js';
import type { Flow } from './model/flow.js';
import type { Finding } from './types.js';

/**
 * Which findings a pull request introduced: those of the head that the base revision does not have, matched
 * by identity (core/identity.ts) and counted, as a baseline is — a second identical defect is new.
 * `base` holds the base's findings under the head's file names (a renamed file's under its new name).
 */
export function newFindings(head: readonly Finding[], base: readonly Finding[]): Set<Finding> {
  return new Set(applyBaseline(head, createBaseline(base)).fresh);
}

/** Object keys sorted, so two exports of the same block compare equal whatever order their keys were saved in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * The Identifiers of the head flow's blocks that the pull request added or changed (their exported object
 * differs from the base's block of the same Identifier). Layout (the designer's Metadata) is not a change.
 * Without a base flow every block counts as changed.
 */
export function changedBlocks(base: Flow | undefined, head: Flow): Set<string> {
  const out = new Set<string>();
  for (const a of head.actions) {
    const before = base?.byId.get(a.id);
    if (!before || canonical(before.raw) !== canonical(a.raw)) out.add(a.id);
  }
  return out;
}
