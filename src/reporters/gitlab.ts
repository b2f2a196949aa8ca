import { createRequire } from 'node:module';
import type { Finding } from '../core/types.js';

/**
 * SHA-256 in hex. node:crypto is loaded here, when a GitLab report is written, not at start-up: loaded with
 * the CLI it costs every run, and its allocations grew the young generation the batch heap settings keep at
 * its first size (test/heap.test.ts failed with a top-level import).
 */
function sha256(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/** GitLab's code quality severities (info, minor, major, critical, blocker), as ESLint's GitLab formatters map. */
const SEVERITY = { error: 'major', warn: 'minor', info: 'info' } as const;

/** The finding's identity without its line: GitLab matches findings between the branch and its base by it. */
function identity(f: Finding): string {
  return JSON.stringify([f.file, f.ruleId, f.flowName ?? null, f.blockId ?? null, f.message]);
}

/**
 * A GitLab Code Quality report (artifacts:reports:codequality): a JSON array with, per finding, description,
 * check_name, fingerprint, severity and location.path / location.lines.begin. Paths are as the findings name
 * them (relative to the working directory): run from the repository root. The fingerprint leaves the line out,
 * so an edit above a finding does not make it look new; findings alike in all else are numbered apart, since
 * GitLab keeps one finding per fingerprint. JSON.stringify escapes control characters in messages.
 */
export function formatGitlab(findings: readonly Finding[]): string {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const id = identity(f);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return {
      type: 'issue',
      description: `${f.message} (${f.ruleId})`,
      check_name: f.ruleId,
      fingerprint: sha256(`${id}#${n}`),
      severity: SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.range.start.line, end: f.range.end.line } },
      ...(f.documentationUrl ? { content: { body: `See ${f.documentationUrl}` } } : {}),
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
