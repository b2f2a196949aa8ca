/**
 * scripts/compare-findings.mjs, the "no behaviour change" check: the built CLI against itself is identical, and
 * a copy of the bundle with one message reworded is caught, finding by finding. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SCRIPT = join(ROOT, 'scripts', 'compare-findings.mjs');
const DIST = join(ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'cfl-compare-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function compare(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('compare-findings', () => {
  it('finds the same build identical under both rulesets', () => {
    const r = compare(DIST, DIST, join(ROOT, 'examples'));
    expect(r.stderr).toContain('recommended');
    expect(r.stderr).toContain('strict');
    expect(r.stderr).toMatch(/: 3 findings before, 3 after, identical/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports a finding whose message changed, as the old and the new finding, and exits 1', () => {
    const OLD = 'on a path where no profile lookup succeeds';
    const NEW = 'on a path where no lookup succeeds';
    const changed = join(work, 'dist');
    cpSync(join(DIST, 'cli'), join(changed, 'cli'), { recursive: true });
    let replaced = 0;
    for (const name of readdirSync(join(changed, 'cli')).filter((n) => n.endsWith('.js'))) {
      const path = join(changed, 'cli', name);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(OLD)) continue;
      writeFileSync(path, text.split(OLD).join(NEW));
      replaced++;
    }
    expect(replaced).toBeGreaterThan(0);
    const r = compare(DIST, changed, join(ROOT, 'examples'));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    // One finding of examples/ reads the profile without a lookup, under each of the two rulesets.
    expect(lines.filter((l) => l.startsWith('- ') && l.includes(OLD) && l.includes('examples/profile-lookup-missing.json'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('+ ') && l.includes(NEW) && l.includes('examples/profile-lookup-missing.json'))).toHaveLength(2);
    expect(lines).toHaveLength(4);
    expect(r.stderr).toContain('4 findings differ');
  });

  it('says what is wrong with a folder that is not a build, and exits 2', () => {
    const r = compare(join(work, 'nothing-here'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing-here.*cli.*index\.js does not exist/);
  });
});
