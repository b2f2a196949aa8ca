/**
 * locatePaths places findings: a batch of JSON paths resolved in one scan that stops once every path is found.
 * Property: for any batch of paths into a real flow (some of them missing), each path's span is exactly the
 * text of the value at that path (or of its deepest existing ancestor), whatever else the batch holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatePaths } from '../src/core/json/locate.js';
import { scanStructure } from '../src/core/json/scan.js';
import { LineMap } from '../src/core/source/line-map.js';
import type { JsonPath } from '../src/core/types.js';
import { ROOT } from './helpers.js';

const FILES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

/** Every path in a value, containers and leaves. */
function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

/** The deepest prefix of `path` that exists in `value`, and the value there. */
function deepest(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) break;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

describe('locatePaths (fast-check, fixed seed)', () => {
  it('each span is the text of the value at its path, or of its deepest existing ancestor, in any batch', () => {
    const cases = FILES.map((text) => ({ text, value: JSON.parse(text) as unknown, paths: allPaths(JSON.parse(text)) }));
    const arbitrary = fc.integer({ min: 0, max: cases.length - 1 }).chain((f) =>
      fc.record({
        f: fc.constant(f),
        picks: fc.array(
          fc.record({
            index: fc.nat({ max: cases[f]!.paths.length - 1 }),
            // A missing tail: a key no flow has, so the path resolves to an ancestor.
            missing: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      }),
    );
    fc.assert(
      fc.property(arbitrary, ({ f, picks }) => {
        const { text, value, paths } = cases[f]!;
        const batch = picks.map((p) => (p.missing ? [...paths[p.index]!, 'NoSuchKey'] : paths[p.index]!));
        const located = locatePaths(text, batch, { stopWhenFound: true });
        batch.forEach((path, k) => {
          const span = text.slice(located[k]!.start, located[k]!.end);
          expect(JSON.parse(span)).toEqual(deepest(value, path));
        });
      }),
      { seed: 20241125, numRuns: 300 },
    );
  });

  it('points at the key of an object member and stops early without losing a later path', () => {
    const text = FILES.find((t) => (JSON.parse(t) as { Actions: unknown[] }).Actions.length > 3)!;
    const [first, last] = locatePaths(text, [["Actions", 0, "Identifier"], ["Metadata"]], { stopWhenFound: true });
    expect(text.slice(first!.keyStart, first!.start)).toMatch(/^"Identifier"\s*:\s*$/);
    expect(JSON.parse(text.slice(last!.start, last!.end))).toEqual((JSON.parse(text) as { Metadata: unknown }).Metadata);
  });
});

describe('locatePaths with a repeated key', () => {
  it('without stopWhenFound the last copy of a repeated key counts, as in JSON.parse', () => {
    const text = '{"A": 1, "B": 2, "A": 3}';
    const [a] = locatePaths(text, [['A']]);
    expect(text.slice(a!.start, a!.end)).toBe('3');
  });
});

describe('locatePaths from a block', () => {
  it('paths relative to a block, looked up from its offset, give the same spans as from the top', () => {
    for (const text of FILES.filter((t) => Array.isArray((JSON.parse(t) as { Actions?: unknown }).Actions))) {
      const value = JSON.parse(text) as { Actions: unknown[] };
      const { blockStarts } = scanStructure(text);
      expect(blockStarts.length).toBe(value.Actions.length);
      value.Actions.forEach((_, k) => {
        const inside = allPaths(value.Actions[k]).slice(0, 12);
        const fromBlock = locatePaths(text, inside, { start: blockStarts[k]!, stopWhenFound: true });
        const fromTop = locatePaths(text, inside.map((p) => ['Actions', k, ...p]));
        expect(fromBlock).toEqual(fromTop);
      });
    }
  });
});

describe('line numbers counted from block starts', () => {
  it('LineMap with the scan’s block anchors gives the same positions as counting from the top', () => {
    for (const text of FILES) {
      const { blockStarts, blockLines } = scanStructure(text);
      const plain = new LineMap(text);
      const anchored = new LineMap(text);
      anchored.anchor(blockStarts, blockLines);
      // Offsets on every line, in a scrambled order, including each block start and the very end.
      const offsets = [...Array.from({ length: 60 }, (_, k) => Math.floor(((k * 7919) % 60) * (text.length / 60))), ...blockStarts, text.length];
      expect(anchored.positions(offsets)).toEqual(plain.positions(offsets));
    }
  });
});
