import { findingIdentity, fingerprintOf } from '../core/identity.js';
import type { Finding } from '../core/types.js';
import { jsonSafe } from './escape.js';

/** One JSON array of findings, flat fields first so `jq` one-liners stay short. */
export function formatJson(findings: readonly Finding[]): string {
  return `${jsonSafe(JSON.stringify(
    findings.map((f) => ({
      file: f.file,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      blockId: f.blockId ?? null,
      flowName: f.flowName ?? null,
      documentationUrl: f.documentationUrl ?? null,
      evidence: f.evidence ?? [],
      fingerprint: fingerprintOf(findingIdentity(f)),
    })),
    null,
    2,
  ))}\n`;
}
