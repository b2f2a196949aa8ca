import { findingIdentity, fingerprintOf } from '../core/identity.js';
import type { Finding, Severity } from '../core/types.js';
import { jsonSafe, uriPath } from './escape.js';

export interface RuleInfo {
  readonly id: string;
  readonly description?: string;
  readonly documentationUrl?: string;
  readonly severity: Severity | 'off';
}

/**
 * Where a finding is, as SARIF wants it: a relative URI against the source root, each path segment
 * percent-encoded (a `#`, `%` or `?` in a file name is part of the name, not a fragment, an escape or a
 * query); a file outside the working directory (an absolute path) as a file: URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const drive = /^[A-Za-z]:\//.exec(file);
  if (drive) return { uri: `file:///${file.slice(0, 2)}${uriPath(file.slice(2))}` };
  if (file.startsWith('/')) return { uri: `file://${uriPath(file)}` };
  return { uri: uriPath(file), uriBaseId: '%SRCROOT%' };
}

const LEVEL: Readonly<Record<Severity | 'off', string>> = { error: 'error', warn: 'warning', info: 'note', off: 'none' };

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules with help links, a result per finding. */
export function formatSarif(findings: readonly Finding[], rules: readonly RuleInfo[], tool: { name: string; version: string; informationUri: string }): string {
  const known = new Map(rules.map((r) => [r.id, r]));
  // Findings from file-level checks (parse-error) have no configured rule; describe them too.
  for (const f of findings) if (!known.has(f.ruleId)) known.set(f.ruleId, { id: f.ruleId, severity: f.severity, documentationUrl: f.documentationUrl });
  const ruleList = [...known.values()].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: ruleList.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description ?? r.id },
              ...(r.documentationUrl ? { helpUri: r.documentationUrl, help: { text: `See ${r.documentationUrl}` } } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.file),
                region: { startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column },
              },
              ...(f.blockId !== undefined
                ? { logicalLocations: [{ name: f.blockId, fullyQualifiedName: `${f.flowName ?? f.file}/${f.blockId}`, kind: 'element' }] }
                : {}),
            },
          ],
          // The finding's identity (file, rule, flow, block, subject), never its message: alerts survive unrelated edits.
          partialFingerprints: { 'connectFlowLint/v2': fingerprintOf(findingIdentity(f)) },
        })),
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(sarif, null, 2))}\n`;
}
