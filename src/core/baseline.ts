import { findingIdentity } from './identity.js';
import type { Finding } from './types.js';

/**
 * A baseline: the findings a repository already had when it adopted the linter, so a later run reports only
 * new ones. Findings are matched by identity — file, rule, flow, block Identifier and what the finding is
 * about (core/identity.ts) — never by line, message or path, so edits elsewhere in the flow do not bring them
 * back; and counted, so a second identical defect is new. The message is kept for people reading the file.
 */
export interface BaselineEntry {
  readonly file: string;
  readonly ruleId: string;
  readonly flowName?: string | null;
  readonly blockId: string | null;
  readonly subject?: string | null;
  readonly message: string;
  readonly count: number;
}

export interface Baseline {
  /** 1: matched by message (older baselines, still read); 2: matched by identity. */
  readonly version: 1 | 2;
  readonly findings: readonly BaselineEntry[];
}

const v1Key = (f: { file: string; ruleId: string; blockId?: string | null; message: string }): string => JSON.stringify([f.file, f.ruleId, f.blockId ?? null, f.message]);
const v2Key = (f: { file: string; ruleId: string; flowName?: string | null; blockId?: string | null; subject?: string | null }): string =>
  findingIdentity({ file: f.file, ruleId: f.ruleId, ...(f.flowName ? { flowName: f.flowName } : {}), ...(f.blockId ? { blockId: f.blockId } : {}), ...(f.subject ? { subject: f.subject } : {}) });

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, { file: string; ruleId: string; flowName: string | null; blockId: string | null; subject: string | null; message: string; count: number }>();
  for (const f of findings) {
    const k = v2Key(f);
    const e = counts.get(k);
    if (e) e.count++;
    else counts.set(k, { file: f.file, ruleId: f.ruleId, flowName: f.flowName ?? null, blockId: f.blockId ?? null, subject: f.subject ?? null, message: f.message, count: 1 });
  }
  return { version: 2, findings: [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, e]) => e) };
}

const optionalString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/** Reads a baseline file's text; throws an Error saying what is wrong with it. */
export function parseBaseline(text: string): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  const o = v as Partial<Baseline>;
  if (typeof v !== 'object' || v === null || (o.version !== 1 && o.version !== 2) || !Array.isArray(o.findings)) throw new Error('not a connect-flow-lint baseline (expected {"version": 2, "findings": [...]})');
  for (const f of o.findings) {
    if (typeof f?.file !== 'string' || typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !(typeof f.blockId === 'string' || f.blockId === null) || !Number.isInteger(f.count) || !optionalString(f.subject) || !optionalString(f.flowName)) {
      throw new Error(`entry ${o.findings.indexOf(f) + 1} of the baseline is malformed (each needs file, ruleId, blockId, message and count)`);
    }
  }
  return o as Baseline;
}

/** Splits findings into the new ones and those the baseline already knows. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { fresh: Finding[]; known: number } {
  const keyOf = baseline.version === 1 ? v1Key : v2Key;
  const remaining = new Map<string, number>();
  for (const f of baseline.findings) remaining.set(keyOf(f), (remaining.get(keyOf(f)) ?? 0) + f.count);
  const fresh: Finding[] = [];
  let known = 0;
  for (const f of findings) {
    const k = keyOf(f);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      known++;
    } else fresh.push(f);
  }
  return { fresh, known };
}
