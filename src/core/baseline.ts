import type { Finding } from './types.js';

/**
 * A baseline: the findings a repository already had when it adopted the linter, so a later run reports only
 * new ones. Findings are matched by file, rule, block Identifier and message — not by line, so an edit
 * elsewhere in the file does not bring them back — and counted, so a second identical defect is new.
 */
export interface Baseline {
  readonly version: 1;
  readonly findings: ReadonlyArray<{ readonly file: string; readonly ruleId: string; readonly blockId: string | null; readonly message: string; readonly count: number }>;
}

const keyOf = (f: { file: string; ruleId: string; blockId?: string | null; message: string }): string => JSON.stringify([f.file, f.ruleId, f.blockId ?? null, f.message]);

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, { file: string; ruleId: string; blockId: string | null; message: string; count: number }>();
  for (const f of findings) {
    const k = keyOf(f);
    const e = counts.get(k);
    if (e) e.count++;
    else counts.set(k, { file: f.file, ruleId: f.ruleId, blockId: f.blockId ?? null, message: f.message, count: 1 });
  }
  return { version: 1, findings: [...counts.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)) };
}

/** Reads a baseline file's text; throws an Error saying what is wrong with it. */
export function parseBaseline(text: string): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  const o = v as Partial<Baseline>;
  if (typeof v !== 'object' || v === null || o.version !== 1 || !Array.isArray(o.findings)) throw new Error('not a connect-flow-lint baseline (expected {"version": 1, "findings": [...]})');
  for (const f of o.findings) {
    if (typeof f?.file !== 'string' || typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !(typeof f.blockId === 'string' || f.blockId === null) || !Number.isInteger(f.count)) {
      throw new Error(`a baseline entry is malformed: ${JSON.stringify(f).slice(0, 200)}`);
    }
  }
  return o as Baseline;
}

/** Splits findings into the new ones and those the baseline already knows. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { fresh: Finding[]; known: number } {
  const remaining = new Map(baseline.findings.map((f) => [keyOf(f), f.count]));
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
