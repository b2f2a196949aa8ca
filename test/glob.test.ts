import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFilesGlob, compileGlob, GlobError, globMatcher } from '../src/core/config/glob.js';
import { rulesFor } from '../src/core/config/resolve.js';
import { configFrom, ROOT } from './helpers.js';

const matches = (glob: string, path: string): boolean => compileGlob(glob).test(path);

describe('globs (overrides.files, CLI arguments)', () => {
  it.each([
    ['flows/modules/**', 'flows/modules/m.json', true],
    ['flows/modules/**', 'flows/modules/deep/m.json', true],
    ['flows/modules/**', 'flows/other/m.json', false],
    ['flows/modules/**', 'x/flows/modules/m.json', false],
    ['**/*.json', 'a.json', true],
    ['**/*.json', 'a/b/c.json', true],
    ['a/**/b.json', 'a/b.json', true],
    ['a/**/b.json', 'a/x/y/b.json', true],
    ['{a,b}.json', 'b.json', true],
    ['{a,b}.json', 'c.json', false],
    ['flows/{in,out}bound/*.{json,yaml}', 'flows/outbound/x.yaml', true],
    ['x/[a-c]*.json', 'x/apple.json', true],
    ['x/[a-c]*.json', 'x/dog.json', false],
    ['x/[!a]*.json', 'x/b.json', true],
    ['x/[!a]*.json', 'x/a.json', false],
    ['x[!a]y', 'x/y', false],
    ['a/?.json', 'a/1.json', true],
    ['a/?.json', 'a/12.json', false],
    ['*', 'a/b', false],
    // Dotfiles and dot folders are matched like any other name.
    ['*.json', '.hidden.json', true],
    ['**/*.json', '.github/x.json', true],
    // Escapes and an unclosed "[" are literal characters.
    ['a\\*.json', 'a*.json', true],
    ['a\\*.json', 'ab.json', false],
    ['flows/[', 'flows/[', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });

  it("means what Node's path.matchesGlob (minimatch) means, for ordinary globs and paths without dotfiles", () => {
    const globs = ['flows/modules/**', '*.json', '{a,b}.json', 'x/[a-c]*.json', 'x/[!a]*.json', '**/*.json', 'a/**/b.json', 'a/?.json', 'flows/{in,out}bound/**/*.{json,yaml}', 'a/**', '**', '*', 'a/*/c.json', 'a/b*', '[ab]/x'];
    const paths = ['a.json', 'b.json', 'c.json', 'a/b.json', 'a/x/b.json', 'a/x/y/b.json', 'flows/modules/m.json', 'flows/modules/x/m.json', 'flows/modules', 'flows/inbound/q/x.json', 'flows/outbound/x.yaml', 'x/apple.json', 'x/dog.json', 'x/a.json', 'a/1.json', 'a/12.json', 'a', 'a/b/c.json', 'a/bc', 'b/x'];
    for (const g of globs) for (const p of paths) expect(matches(g, p), `${g} against ${p}`).toBe(matchesGlob(p, g));
  });

  it('overrides.files: a glob without "/" matches the file name in any folder; "./" and backslashes are ignored', () => {
    expect(compileFilesGlob('*.json').test('deep/down/a.json')).toBe(true);
    expect(compileFilesGlob('*.json').test('a.json/b.yaml')).toBe(false);
    expect(compileFilesGlob('./flows/*.json').test('./flows/a.json')).toBe(true);
    expect(compileFilesGlob('flows/*.json').test('flows\\a.json')).toBe(true);
    expect(compileFilesGlob('flows/*.json').test('x/flows/a.json')).toBe(false);
  });

  it('an override applies by its compiled globs', () => {
    const config = configFrom('extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["flows/modules/**", "*.template.json"]\n    rules:\n      unreachable-block: off\n');
    const has = (file: string): boolean => rulesFor(config, `${ROOT}/${file}`).some((r) => r.id === 'unreachable-block');
    expect(has('flows/modules/m.json')).toBe(false);
    expect(has('other/x.template.json')).toBe(false);
    expect(has('flows/main.json')).toBe(true);
  });

  it.each([
    ['[z-a]', '[z-a]', 0],
    ['x/[b-a].json', 'x/[b-a].json', 2],
    ['**/x/**/[b-a].json', '**/x/**/[b-a].json', 8],
    ['1,001 characters', 'a'.repeat(1001), 1000],
  ])('%s: GlobError at the offset of the wrong part', (_name, glob, offset) => {
    let error: unknown;
    try {
      compileGlob(glob);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GlobError);
    expect((error as GlobError).offset).toBe(offset);
    // A CLI argument that is not a valid glob matches nothing.
    expect(globMatcher(glob).test('x/a.json')).toBe(false);
  });

  it('linear time on hostile globs: *a*a*a*a*a*a*a*a*b over a name of 1,000,000 characters', () => {
    // Node's path.matchesGlob takes seconds on this glob at 50 characters (backtracking); RE2 does not backtrack.
    const m = compileGlob('*a*a*a*a*a*a*a*a*b');
    const t0 = performance.now();
    expect(m.test('a'.repeat(1_000_000))).toBe(false);
    expect(m.test(`${'a'.repeat(1_000_000)}b`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
