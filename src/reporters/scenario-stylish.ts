import { percent, shortBlockId, type FlowCoverageReport, type ScenarioResult } from '../core/simulate/results.js';
import { terminalText as t } from './escape.js';

/**
 * Scenario results grouped by file: a tick or a cross per scenario; under a failed one, each expectation it
 * missed and the path the contact took. Then the totals and, with --coverage, branches per flow with the
 * uncovered ones at their line. Every text from a flow or a scenario file has its controls written out
 * (terminalText): the Action prints this to its log, where a line from a pull request must not become a
 * workflow command.
 */
export function formatScenarioStylish(results: readonly ScenarioResult[], coverage: readonly FlowCoverageReport[] | undefined, options: { color: boolean }): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let file: string | undefined;
  for (const r of results) {
    if (r.file !== file) {
      file = r.file;
      lines.push('', paint('4', t(r.file)));
    }
    if (r.passed) {
      lines.push(`  ${paint('32', '✓')} ${t(r.name)}`);
      continue;
    }
    lines.push(`  ${paint('31', '✗')} ${t(r.name)}  ${paint('2', `${t(r.file)}:${r.line}`)}`);
    for (const f of r.failures) lines.push(`      ${f.startsWith('note: ') ? paint('2', t(f)) : paint('31', t(f))}`);
    const path = r.trace.map((s) => t(`${shortBlockId(s.blockId)} ${s.type} (${s.branch})`));
    lines.push(`      ${paint('2', `path: ${path.length === 0 ? '(no block ran)' : path.join(' → ')}`)}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push('', paint(failed > 0 ? '31;1' : '32;1', `${plural(results.length, 'scenario')}: ${results.length - failed} passed, ${failed} failed`));
  if (coverage) {
    lines.push('', paint('1', 'Branch coverage'));
    for (const c of coverage) {
      lines.push(`  ${t(c.file)}${c.name ? ` [${t(c.name)}]` : ''}  ${c.branches.covered}/${c.branches.total} branches (${percent(c.branches)})`);
      for (const u of c.uncovered) lines.push(`    ${paint('2', `${t(c.file)}:${u.line}:${u.column}`)}  ${t(`${u.type} ${shortBlockId(u.blockId)}  ${u.branch}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
