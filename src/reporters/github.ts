import type { Finding } from '../core/types.js';
import { commandData as escapeData, commandProperty as escapeProperty } from './escape.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/**
 * One `::error file=…,line=…::message` workflow command per finding, escaped as @actions/core does (and every
 * other control written out), so each finding is exactly one line and one command.
 */
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
