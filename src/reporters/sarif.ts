import { findingIdentity, fingerprintOf } from '../core/identity.js';
import type { BlockPlace, Finding, Severity } from '../core/types.js';
import { jsonSafe, markdownText, uriPath } from './escape.js';
import { builtinDocUrl, builtinRuleHelp, pascalName } from './rule-help.js';

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

/** Reported for every file whatever the config says (properties of the file, not rules one configures). */
const ALWAYS_ON: readonly RuleInfo[] = [
  { id: 'parse-error', severity: 'error' },
  { id: 'file-too-large', severity: 'error' },
  { id: 'legacy-format', severity: 'warn' },
  { id: 'unsupported-content', severity: 'warn' },
];

/**
 * A rule as code scanning shows it: a name apart from the id, a short and a full description, and help as
 * text and Markdown — a built-in rule's from its page in rules/docs, a repository's own rule's from its
 * description and documentation link.
 */
function descriptor(r: RuleInfo) {
  const builtin = r.documentationUrl === undefined || r.documentationUrl === builtinDocUrl(r.id) ? builtinRuleHelp(r.id) : undefined;
  // SARIF wants an absolute URI; a config's documentationUrl that is not one is left out rather than made one.
  const helpUri = absoluteUrl(r.documentationUrl) ?? (builtin ? builtinDocUrl(r.id) : undefined);
  const summary = r.description ?? builtin?.fullDescription ?? `The rule ${r.id} of the connect-flow-lint config.`;
  const name = pascalName(r.id);
  return {
    id: r.id,
    ...(name ? { name } : {}),
    shortDescription: { text: summary },
    fullDescription: { text: builtin?.fullDescription ?? summary },
    help: builtin
      ? { text: builtin.text, markdown: builtin.markdown }
      : { text: helpUri ? `${summary}\n\nSee ${helpUri}` : summary, markdown: helpUri ? `${markdownText(summary)}\n\n[Documentation](<${helpUri}>)` : markdownText(summary) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
  };
}

function absoluteUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s<>]+$/.test(url)) return undefined;
  return URL.canParse(url) ? url : undefined;
}

function physicalLocation(file: string, range: Finding['range']) {
  return {
    artifactLocation: artifactLocation(file),
    region: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column },
  };
}

/** The evidence path as a code flow: one thread of locations, a block at each step. */
function codeFlows(f: Finding & { trace: readonly BlockPlace[] }) {
  return [
    {
      message: { text: `the path that shows it (${f.trace.length} block${f.trace.length === 1 ? '' : 's'})` },
      threadFlows: [{ locations: f.trace.map((step) => ({ location: { physicalLocation: physicalLocation(f.file, step.range), message: { text: step.label ? `"${step.label}" (${step.blockId})` : `block ${step.blockId}` } } })) }],
    },
  ];
}

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule with its help, a result per finding. */
export function formatSarif(findings: readonly Finding[], rules: readonly RuleInfo[], tool: { name: string; version: string; informationUri: string }): string {
  const known = new Map([...ALWAYS_ON, ...rules].map((r) => [r.id, r]));
  // Findings from rules the config does not list (a file-level flow-structure, a rule that failed); describe them too.
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
            rules: ruleList.map(descriptor),
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
              physicalLocation: physicalLocation(f.file, f.range),
              ...(f.blockId !== undefined
                ? { logicalLocations: [{ name: f.blockId, fullyQualifiedName: `${f.flowName ?? f.file}/${f.blockId}`, kind: 'element' }] }
                : {}),
            },
          ],
          ...(f.trace && f.trace.length > 0 ? { codeFlows: codeFlows({ ...f, trace: f.trace }) } : {}),
          ...(f.related && f.related.length > 0
            ? { relatedLocations: f.related.map((r, k) => ({ id: k + 1, physicalLocation: physicalLocation(f.file, r.range), message: { text: r.message } })) }
            : {}),
          // The finding's identity (file, rule, flow, block, subject), never its message: alerts survive unrelated edits.
          partialFingerprints: { 'connectFlowLint/v2': fingerprintOf(findingIdentity(f)) },
        })),
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(sarif, null, 2))}\n`;
}
