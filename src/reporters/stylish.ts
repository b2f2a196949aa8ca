import type { Finding } from '../core/types.js';
import { terminalText } from './escape.js';

export interface StylishOptions {
  readonly color: boolean;
}

const SEVERITY_LABEL = { error: 'error', warn: 'warning', info: 'info' } as const;

/**
 * ESLint's "stylish" layout: findings grouped by file, then a count. File names, messages and flow names are
 * written with their controls made visible (terminalText): this is what the Action prints to its log, where a
 * line from a flow must not become a workflow command, and what a terminal shows.
 */
export function formatStylish(findings: readonly Finding[], options: StylishOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push('', paint('4', terminalText(file)));
    for (const f of list) {
      const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(8);
      const sev = SEVERITY_LABEL[f.severity];
      const sevText = f.severity === 'error' ? paint('31', sev.padEnd(7)) : f.severity === 'warn' ? paint('33', sev.padEnd(7)) : paint('36', sev.padEnd(7));
      const flow = f.flowName ? ` [${terminalText(f.flowName)}]` : '';
      lines.push(`  ${paint('2', where)} ${sevText} ${terminalText(f.message)}${flow}  ${paint('2', terminalText(f.ruleId))}`);
      // The evidence under the message, so the message stays one sentence: a path in order, or a set of blocks.
      if (f.evidence && f.evidence.length > 0) {
        const evidence = f.evidenceKind === 'blocks' ? `blocks: ${f.evidence.map(terminalText).join(', ')}` : `path: ${f.evidence.map(terminalText).join(' → ')}`;
        lines.push(`  ${' '.repeat(8)} ${' '.repeat(7)} ${paint('2', evidence)}`);
      }
    }
  }
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  if (findings.length > 0) {
    const [e, w, i] = [count('error'), count('warn'), count('info')];
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = `✖ ${plural(findings.length, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)`;
    lines.push('', paint(e > 0 ? '31;1' : '33;1', summary));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
