import type { Finding } from '../core/types.js';

// Workflow-command escaping, as @actions/core does it: data escapes %, CR, LF; properties also : and ,.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** One `::error file=…,line=…::message` workflow command per finding. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      const doc = f.documentationUrl ? ` (${f.documentationUrl})` : '';
      return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message + doc)}\n`;
    })
    .join('');
}
