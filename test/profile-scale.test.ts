/**
 * Issue 12 point 13: no super-linear work from a flow. The profile data-flow is solved over the components
 * of the graph without lookup successes (checked here against a plain fixpoint on random flows), finding
 * positions are counted in one pass even on a minified (one-line) flow, and 10,000-block adversarial flows
 * lint in seconds as a process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { generate } from '../bench/adversarial.mjs';
import { profileStates } from '../src/core/analysis/profile.js';
import { scanStructure } from '../src/core/json/scan.js';
import { RoutingGraph } from '../src/core/graph/routing-graph.js';
import { buildFlow } from '../src/core/model/flow.js';
import { LineMap } from '../src/core/source/line-map.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { CLI } from './helpers.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random flow of lookups (success and error edges), branches, loops and dead blocks. */
function randomFlowText(rand: () => number, n: number): string {
  const id = (i: number): string => `b${i}`;
  const pick = (): string => id(Math.floor(rand() * n));
  const actions = Array.from({ length: n }, (_, i) => {
    const r = rand();
    if (r < 0.3) return { Identifier: id(i), Type: 'GetCustomerProfile', Parameters: { ProfileResponseData: ['FirstName'] }, Transitions: { NextAction: pick(), Errors: [{ ErrorType: 'NoneFoundError', NextAction: pick() }] } };
    if (r < 0.55) return { Identifier: id(i), Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.x' }, Transitions: { NextAction: pick(), Conditions: [{ NextAction: pick(), Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: pick() }] } };
    if (r < 0.62) return { Identifier: id(i), Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
    return { Identifier: id(i), Type: 'MessageParticipant', Parameters: { Text: 'Hi' }, Transitions: { NextAction: pick() } };
  });
  return JSON.stringify({ Version: '2019-10-30', StartAction: id(0), Actions: actions });
}

/** The textbook fixpoint, with sets of node numbers (-1: loaded before the flow): what the solver must equal. */
function naiveStates(g: RoutingGraph, loadedAtEntry: boolean): Array<{ loaded: boolean; lookups: number[] } | undefined> {
  const state: Array<{ loaded: boolean; lookups: Set<number> } | undefined> = new Array(g.size);
  if (g.entry < 0) return [];
  state[g.entry] = { loaded: loadedAtEntry, lookups: new Set(loadedAtEntry ? [-1] : []) };
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = 0; n < g.size; n++) {
      const here = state[n];
      if (!here) continue;
      for (const e of g.out[n]!) {
        const success = e.kind !== 'error' && g.flow.actions[n]!.type === 'GetCustomerProfile';
        const leaving = success ? { loaded: true, lookups: new Set([n]) } : here;
        const old = state[e.to];
        const merged = old ? { loaded: old.loaded && leaving.loaded, lookups: new Set([...old.lookups, ...leaving.lookups]) } : { loaded: leaving.loaded, lookups: new Set(leaving.lookups) };
        if (!old || old.loaded !== merged.loaded || old.lookups.size !== merged.lookups.size) {
          state[e.to] = merged;
          changed = true;
        }
      }
    }
  }
  return state.map((s) => (s ? { loaded: s.loaded, lookups: [...s.lookups].sort((a, b) => a - b) } : undefined));
}

describe('profile data-flow over components', () => {
  it('gives exactly the states of the plain fixpoint on random flows with loops, both entry assumptions', () => {
    const rand = prng(2026);
    for (let round = 0; round < 300; round++) {
      const text = randomFlowText(rand, 3 + Math.floor(rand() * 40));
      const g = new RoutingGraph(buildFlow(readFlowFile('t.json', text).flows[0]!));
      for (const loadedAtEntry of [false, true]) {
        const got = profileStates(g, loadedAtEntry).map((s) => (s ? { loaded: s.loaded, lookups: [...s.lookups] } : undefined));
        const want = naiveStates(g, loadedAtEntry);
        for (let n = 0; n < g.size; n++) expect(got[n], `round ${round}, b${n}, loadedAtEntry ${loadedAtEntry}`).toEqual(want[n]);
      }
    }
  });
});

describe('positions on a one-line (minified) flow', () => {
  it('equal counting from the top, and 20,000 of them on a 4 MB line take well under a second', () => {
    const text = JSON.stringify(generate(10_000, 3, 'mixed'));
    expect(text.includes('\n')).toBe(false);
    const { blockStarts, blockLines } = scanStructure(text);
    const anchored = new LineMap(text);
    anchored.anchor(blockStarts, blockLines);
    const offsets = Array.from({ length: 20_000 }, (_, k) => Math.floor(((k * 7919) % 20_000) * (text.length / 20_000)));
    const started = performance.now();
    const got = anchored.positions(offsets);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(got).toEqual(offsets.map((o) => ({ line: 1, column: o + 1 })));
    // And on a text with lines, the one-pass count still agrees with counting from the top.
    const lines = 'a\n'.repeat(50) + text.slice(0, 5000) + '\n' + text.slice(5000, 9000);
    const some = [0, 1, 2, 99, 100, 101, 3000, 5100, lines.length];
    expect(new LineMap(lines).positions(some)).toEqual(some.map((o) => {
      const before = lines.slice(0, o);
      return { line: before.split('\n').length, column: o - (before.lastIndexOf('\n') + 1) + 1 };
    }));
  });
});

describe('LineMap, one pass with anchors, against counting from the top', () => {
  it('agrees on random texts (long and empty lines), random true anchors and random offsets', () => {
    const rand = prng(99);
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => 'x'.repeat(rand() < 0.2 ? Math.floor(rand() * 400) : Math.floor(rand() * 6)));
      const text = lines.join('\n');
      const naive = (o: number) => {
        const before = text.slice(0, o);
        return { line: before.split('\n').length, column: o - (before.lastIndexOf('\n') + 1) + 1 };
      };
      const anchorOffsets = [...new Set(Array.from({ length: Math.floor(rand() * 6) }, () => Math.floor(rand() * (text.length + 1))))].sort((a, b) => a - b);
      const map = new LineMap(text);
      map.anchor(Int32Array.from(anchorOffsets), Int32Array.from(anchorOffsets.map((o) => naive(o).line)));
      const offsets = Array.from({ length: 1 + Math.floor(rand() * 20) }, () => Math.floor(rand() * (text.length + 1)));
      expect(map.positions(offsets), `round ${round}`).toEqual(offsets.map(naive));
    }
  });
});

describe('10,000-block adversarial flows lint in seconds (the bundled CLI, as a process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The machine running the tests may be busy: the budget is the child's own CPU time, reported at exit.
  const cpuHook = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms='+Math.round((u.user+u.system)/1000)+'\\n')})`;

  for (const shape of ['backchain', 'lookups', 'mixed', 'ladder']) {
    it(`${shape}: exit 1 with its findings, under 6 s of CPU (minutes before)`, () => {
      const file = join(dir, `${shape}.json`);
      writeFileSync(file, JSON.stringify(generate(10_000, 7, shape)));
      const out = join(dir, `${shape}.report.json`);
      const r = spawnSync(process.execPath, ['--import', cpuHook, CLI, '--format', 'json', '-o', out, file], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(1);
      const cpu = Number(/cpu-ms=(\d+)/.exec(r.stderr)?.[1]);
      expect(cpu).toBeGreaterThan(0);
      expect(cpu).toBeLessThan(6000);
    }, 130_000);
  }
});
