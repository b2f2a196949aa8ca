import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchHeapApplies } from '../src/runtime/heap.js';
import { lintFiles } from '../src/cli/lint-files.js';
import { CLI, recommended, ROOT } from './helpers.js';

describe('batch heap settings', () => {
  it('apply on the V8 majors they were measured on, unless turned off', () => {
    expect(batchHeapApplies({}, '13.6.233.17-node.53')).toBe(true); // Node 24
    expect(batchHeapApplies({}, '12.4.254.21-node.33')).toBe(true); // Node 22
    expect(batchHeapApplies({}, '11.3.244.8-node.38')).toBe(false); // Node 20: not measured
    expect(batchHeapApplies({}, '14.1.146.11-node.14')).toBe(false); // Node 25: not measured, may clamp the factor
    expect(batchHeapApplies({}, '15.0.1')).toBe(false); // a future V8 may not know the flags
    expect(batchHeapApplies({ CONNECT_FLOW_LINT_HEAP: 'default' }, '13.6.233.17-node.53')).toBe(false);
  });

  // 300 small flows: enough allocation that V8's default doubles the young generation during the run.
  const dir = mkdtempSync(join(tmpdir(), 'cfl-heap-'));
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json'));
  for (let k = 0; k < 60; k++) {
    mkdirSync(join(dir, `copy-${k}`));
    for (const f of examples) copyFileSync(join(ROOT, 'examples', f), join(dir, `copy-${k}`, f));
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** This process's environment without the opt-out, plus `extra`: the tuned runs must not inherit it. */
  const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
    if (!('CONNECT_FLOW_LINT_HEAP' in extra)) delete env['CONNECT_FLOW_LINT_HEAP'];
    return env;
  };
  // The settings apply on the V8 versions they were made for; on others the CLI keeps V8's defaults.
  const applies = batchHeapApplies({}, process.versions.v8);

  /** Runs the bundled CLI with V8's GC trace; returns the young generation's capacities and the findings. */
  const traced = (env: Record<string, string>): { capacities: Set<number>; stderr: string; findings: unknown[] } => {
    const out = join(dir, `report-${env['CONNECT_FLOW_LINT_HEAP'] ?? 'batch'}.json`);
    const r = spawnSync(process.execPath, ['--trace-gc-nvp', CLI, '--format', 'json', '-o', out, dir], { encoding: 'utf8', env: childEnv(env), timeout: 60_000 });
    expect(r.status).toBe(1);
    const capacities = new Set([...r.stdout.matchAll(/new_space_capacity=(\d+)/g)].map((m) => Number(m[1])));
    const findings = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    return { capacities, stderr: r.stderr, findings };
  };

  it.skipIf(!applies)('keep the young generation at its first size in the bundled CLI, silently, with the same findings', () => {
    const tuned = traced({});
    const untuned = traced({ CONNECT_FLOW_LINT_HEAP: 'default' });
    // The trace shows the settings at work: V8's default grows the young generation over this run, ours does not.
    expect(untuned.capacities.size).toBeGreaterThan(1);
    expect(tuned.capacities.size).toBe(1);
    expect(Math.max(...tuned.capacities)).toBeLessThan(Math.max(...untuned.capacities));
    // V8 reports a flag it does not know on stderr; the run must not.
    expect(tuned.stderr).not.toMatch(/flag/i);
    expect(tuned.findings.length).toBeGreaterThan(0);
    expect(tuned.findings).toEqual(untuned.findings);
  });

  /** A 4.3 MB flow: a chain of 20,000 blocks. */
  const bigFlow = (): string => {
    const blocks = Array.from({ length: 20_000 }, (_, i) =>
      `{"Identifier":"b${i}","Type":"MessageParticipant","Parameters":{"Text":"${'x'.repeat(40)}"},"Transitions":{"NextAction":"${i === 19_999 ? 'end' : `b${i + 1}`}","Errors":[{"NextAction":"end","ErrorType":"NoMatchingError"}]}}`,
    );
    blocks.push('{"Identifier":"end","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}');
    const text = `{"Version":"2019-10-30","StartAction":"b0","Actions":[\n${blocks.join(',\n')}\n]}\n`;
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    return text;
  };

  it.skipIf(!applies)('let the young generation grow for a file of 4 MiB or more, linted after the small files', () => {
    // "a-big.json" sorts before the 300 small flows; it is linted last all the same.
    writeFileSync(join(dir, 'a-big.json'), bigFlow());
    try {
      const out = join(dir, 'report-big.json');
      const r = spawnSync(process.execPath, ['--trace-gc-nvp', CLI, '--format', 'json', '-o', out, dir], { encoding: 'utf8', env: childEnv({}), timeout: 60_000 });
      expect(r.status).toBe(1);
      const capacities = [...r.stdout.matchAll(/new_space_capacity=(\d+)/g)].map((m) => Number(m[1]));
      const first = Math.min(...capacities);
      // It grows (the large file's model lives through its lint)...
      expect(capacities.some((c) => c > first)).toBe(true);
      // ...and only at the end: the small files' collections all ran at the first size. Linted in name order,
      // the large file would come first and every later collection would run grown.
      const lastSmall = capacities.lastIndexOf(first);
      expect(capacities.slice(0, lastSmall + 1).every((c) => c === first)).toBe(true);
      expect(lastSmall + 1).toBeGreaterThan(capacities.length - lastSmall - 1);
      // The report does not show the order: the large file's findings sort first, as its name does.
      const findings = JSON.parse(readFileSync(out, 'utf8')) as Array<{ file: string }>;
      expect(findings.map((f) => f.file)).toEqual([...findings.map((f) => f.file)].sort());
    } finally {
      rmSync(join(dir, 'a-big.json'), { force: true });
    }
  });

  it('keeps the files\' order in reports and flow summaries when a large file is linted last', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cfl-order-'));
    try {
      writeFileSync(join(tmp, 'a-big.json'), bigFlow());
      for (const f of examples) copyFileSync(join(ROOT, 'examples', f), join(tmp, f));
      const files = [join(tmp, 'a-big.json'), ...examples.map((f) => join(tmp, f))];
      const run = lintFiles(files, recommended, tmp);
      expect(run.reports.map((r) => r.file)).toEqual(['a-big.json', ...examples]);
      expect([...new Set(run.summaries.map((s) => s.file))]).toEqual(['a-big.json', ...examples]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
