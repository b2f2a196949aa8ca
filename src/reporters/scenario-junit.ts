import type { ScenarioResult } from '../core/simulate/results.js';

const xml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot hold at all (a flow's text could carry them): replaced, never emitted.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

/** JUnit XML, one testsuite per scenario file, for CI dashboards. */
export function formatScenarioJunit(results: readonly ScenarioResult[]): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const failed = results.filter((r) => !r.passed).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="connect-flow-lint test" tests="${results.length}" failures="${failed}">`];
  for (const [file, list] of byFile) {
    out.push(`  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.filter((r) => !r.passed).length}">`);
    for (const r of list) {
      const head = `    <testcase classname="${xml(file)}" name="${xml(r.name)}" file="${xml(file)}" line="${r.line}"`;
      if (r.passed) {
        out.push(`${head}/>`);
        continue;
      }
      const body = [...r.failures, `path: ${r.path.join(' → ')}`].join('\n');
      out.push(`${head}>`, `      <failure message="${xml(r.failures[0] ?? 'failed')}">${xml(body)}</failure>`, '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
