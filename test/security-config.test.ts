// Security, config-controlled evaluation (issue 12, points 3-6): a config from a pull request chooses JSONPaths,
// regular expressions and globs. None of them may run code, exhaust memory or hang the linter: each hostile
// config either is a config error at its file:line:column, or the run ends within seconds with the other
// rules' findings reported. The CLI bundle (dist/cli/index.js) runs as a process, with a timeout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesFor } from '../src/core/config/resolve.js';
import { ConfigError } from '../src/core/config/yaml-tree.js';
import { lintText } from '../src/core/lint.js';
import { CLI, configFrom, lineOf, ROOT } from './helpers.js';
import { readFileSync } from 'node:fs';
import { happyRoutes, makeRepo, runAction, startServer } from './support/action-harness.js';

const KNOWN_TEXT = readFileSync(join(ROOT, 'examples/error-branch-unwired.json'), 'utf8');
const KNOWN = 'error-branches-wired';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly findings: JsonFinding[];
}

/** Runs the CLI in a folder holding cfg.yaml, known.json and `files`, with a hard time limit. */
function lint(config: string, files: Record<string, string> = {}, args: readonly string[] = ['.'], nodeArgs: readonly string[] = []): Run {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-sec-config-'));
  temps.push(dir);
  writeFileSync(join(dir, 'cfg.yaml'), config);
  writeFileSync(join(dir, 'known.json'), KNOWN_TEXT);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, '--format', 'json', '-c', 'cfg.yaml', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  let findings: JsonFinding[] = [];
  try {
    findings = JSON.parse(r.stdout) as JsonFinding[];
  } catch {
    // not JSON: the assertions below say what came out
  }
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms, findings };
}

/** The run ended by itself, in time, with an exit code of the CLI's own (0 clean, 1 findings, 2 config/usage). */
function expectEnded(r: Run, limitMs = 20_000): void {
  expect(r.signal, `killed after ${Math.round(r.ms)} ms; stderr: ${r.stderr.slice(0, 500)}`).toBeNull();
  expect([0, 1, 2], r.stderr.slice(0, 500)).toContain(r.code);
  expect(r.ms).toBeLessThan(limitMs);
  expect(r.stderr).not.toMatch(/FATAL ERROR|heap out of memory|internal error|Maximum call stack|\n\s+at .*\.js:\d+/);
}

/** The other rules still ran: known.json's finding is in the report. */
function expectKnownFinding(r: Run): void {
  expect(r.findings.some((f) => f.file === 'known.json' && f.ruleId === KNOWN), r.stdout.slice(0, 500) + r.stderr.slice(0, 500)).toBe(true);
}

const customRule = (given: string, extra = ''): string =>
  `extends: [connect-flow-lint:recommended]\nrules:\n  hostile:\n    severity: warn\n    given: ${JSON.stringify(given)}\n    then:\n      function: truthy\n${extra}`;

const patternRule = (option: 'match' | 'notMatch', pattern: string): string =>
  `extends: [connect-flow-lint:recommended]\nrules:\n  text-style:\n    severity: warn\n    given: "$.Actions[*].Parameters.Text"\n    then:\n      function: pattern\n      functionOptions:\n        ${option}: ${JSON.stringify(pattern)}\n`;

/** known.json with a value nested `depth` levels deep inside its first block's parameters. */
function deepFlow(depth: number): string {
  const doc = JSON.parse(KNOWN_TEXT) as { Actions: Array<{ Parameters: Record<string, unknown> }> };
  let nested: unknown = 'leaf';
  for (let i = 0; i < depth; i++) nested = { n: nested, m: i };
  doc.Actions[0]!.Parameters['Deep'] = nested;
  return JSON.stringify(doc);
}

/** A flow-language flow of `n` blocks in a chain. */
function wideFlow(n: number): string {
  const actions = Array.from({ length: n }, (_, i) => ({
    Identifier: `b${i}`,
    Type: i === n - 1 ? 'DisconnectParticipant' : 'MessageParticipant',
    Parameters: i === n - 1 ? {} : { Text: `Step ${i}` },
    Transitions: i === n - 1 ? {} : { NextAction: `b${i + 1}`, Errors: [{ NextAction: `b${n - 1}`, ErrorType: 'NoMatchingError' }] },
  }));
  return JSON.stringify({ Version: '2019-10-30', StartAction: 'b0', Metadata: {}, Actions: actions });
}

describe('JSONPath: what runs is what was checked (point 3)', () => {
  it.each([
    // A quoted segment that the old guard read as a name and jsonpath-plus ran as a filter calling methods.
    "$.Actions[0:]['?(@.Type.repeat(100000000).split(``).length)']",
    "$.Actions[0:]['?(@.Type.repeat(100000000).split(\"\").length)']",
    "$.Actions[0:]['?(@.constructor)']",
    "$.Actions['(@.length-1)']",
    "$.Actions[*]['?(@.Type)']",
  ])('%s: a config error at its position, and nothing runs out of memory', (given) => {
    const r = lint(customRule(given), {}, ['.'], ['--max-old-space-size=200']);
    expectEnded(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:5:\d+: invalid JSONPath in "given"/);
  });

  it('a filter that calls a method, in any spelling: refused at the column of the call', () => {
    for (const given of ["$.Actions[?(@.Type.startsWith('M'))]", "$.Actions[?(@['Type']['repeat'](9))]", '$..[?(@.Text.length.toString())]', "$.Actions[?((@.Type).trim() == 'x')]"]) {
      let error: unknown;
      try {
        configFrom(customRule(given));
      } catch (e) {
        error = e;
      }
      expect(error, given).toBeInstanceOf(ConfigError);
      const p = (error as ConfigError).problems[0]!;
      expect(p.at.line, given).toBe(5);
      expect(p.message, given).toMatch(/invalid JSONPath in "given".*(call|method)/);
    }
  });

  it('filters that only compare values still work: the same findings as before', () => {
    const config = configFrom(customRule("$.Actions[?(@.Type == 'MessageParticipant' && @.Parameters.Text != 'x')].Parameters.Text", ''));
    const found = lintText('known.json', KNOWN_TEXT, rulesFor(config, join(ROOT, 'known.json'))).findings;
    expect(found.some((f) => f.ruleId === KNOWN)).toBe(true);
    const falsy = configFrom(customRule("$.Actions[?(@.Type == 'MessageParticipant')].Parameters.Text").replace('truthy', 'falsy'));
    const hits = lintText('known.json', KNOWN_TEXT, rulesFor(falsy, join(ROOT, 'known.json'))).findings.filter((f) => f.ruleId === 'hostile');
    expect(hits.length).toBe((KNOWN_TEXT.match(/"Type": "MessageParticipant"/g) ?? []).length);
  });
});

describe('JSONPath: matches and work are capped per given and file (point 4)', () => {
  it('$..*..*..* on a small, deeply nested flow: the rule is reported once, at the config line, and every other rule and file is linted', () => {
    const config = customRule('$..*..*..*');
    const r = lint(config, { 'deep.json': deepFlow(600), 'deep2.json': deepFlow(600) });
    expectEnded(r);
    expectKnownFinding(r);
    const limit = r.findings.filter((f) => f.file === 'cfg.yaml');
    expect(limit, JSON.stringify(limit)).toHaveLength(1);
    expect(limit[0]!.line).toBe(lineOf(config, 'given:'));
    expect(limit[0]!.message).toMatch(/"hostile".*more than/);
    // The built-in rules still ran on the deep files too.
    expect(r.findings.some((f) => f.file === 'deep.json' && f.ruleId !== 'hostile')).toBe(true);
  });

  it('in the Action, a cap reached on a changed flow is reported although the config did not change (fail closed)', async () => {
    const config = customRule('$..*..*..*');
    const repo = makeRepo({ '.connect-flow-lint.yaml': config, 'flows/known.json': KNOWN_TEXT }, { 'flows/deep.json': deepFlow(600) });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server);
    expect(r.elapsedMs).toBeLessThan(30_000);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('.connect-flow-lint.yaml');
    expect(r.stdout).toMatch(/"given" path "\$\.\.\*\.\.\*\.\.\*" of rule "hostile"/);
    // deep.json's own defect (a copy of known.json's) is reported too.
    expect(r.stdout).toContain(KNOWN);
  });

  it('a chain of descents on a 20,000-block flow ends within seconds', () => {
    const r = lint(customRule('$..*..*..*..*'), { 'wide.json': wideFlow(20_000) });
    expectEnded(r);
    expectKnownFinding(r);
    expect(r.findings.filter((f) => f.file === 'cfg.yaml')).toHaveLength(1);
  });

  it('a filter under a descent chain is capped as well', () => {
    const r = lint(customRule("$..*..*..[?(@ != 'x')]"), { 'deep.json': deepFlow(600) });
    expectEnded(r);
    expectKnownFinding(r);
    expect(r.findings.filter((f) => f.file === 'cfg.yaml')).toHaveLength(1);
  });
});

describe('regular expressions run on a linear-time engine (point 5)', () => {
  it.each(['.*a.*a.*a.*a.*b', '(x+x+)+y', '^(a|a?)+$', '(\\w*)*@', 'a*a*a*a*a*a*b'])('%s on a 50,000-character value ends within seconds', (pattern) => {
    const flow = KNOWN_TEXT.replace(/"Text": "[^"]*"/, `"Text": "${'a'.repeat(50_000)}"`);
    const r = lint(patternRule('notMatch', pattern), { 'long.json': flow });
    expectEnded(r);
    expectKnownFinding(r);
  });

  it('harmless alternation such as (Hello|Welcome)+ is accepted and matches', () => {
    const r = lint(patternRule('match', '^(Hello|Thank you|All|We)+'));
    expectEnded(r);
    expectKnownFinding(r);
    expect(r.stderr).toBe('');
    // Each of the four texts starts with one of these: no text-style finding.
    expect(r.findings.filter((f) => f.ruleId === 'text-style')).toEqual([]);
    const miss = lint(patternRule('match', '^(Hello|Welcome)+'));
    expect(miss.findings.filter((f) => f.ruleId === 'text-style')).toHaveLength(3);
  });

  it.each([
    ['(a)\\1', /backreference/],
    ['(?<w>a)\\k<w>', /backreference/],
    ['Hello(?= world)', /lookahead/],
    ['(?!Hello)', /lookahead/],
    ['(?<=Hello) world', /lookbehind/],
    ['[z-a]', /not a valid regular expression/],
  ])('%s: a config error at its line saying what to write instead', (pattern, why) => {
    const config = patternRule('notMatch', pattern);
    const r = lint(config);
    expectEnded(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`cfg\\.yaml:${lineOf(config, 'notMatch:')}:\\d+: option "notMatch"`));
    expect(r.stderr).toMatch(why);
  });

  it('a pattern whose every NFA state stays live, over many long values: capped per rule and flow, reported once at the config', () => {
    const doc = JSON.parse(KNOWN_TEXT) as { Actions: Array<{ Parameters: Record<string, unknown> }> };
    doc.Actions[0]!.Parameters['Many'] = Array.from({ length: 400 }, () => 'x'.repeat(10_000));
    const config = `extends: [connect-flow-lint:recommended]\nrules:\n  slow:\n    severity: warn\n    given: "$..*"\n    then:\n      function: pattern\n      functionOptions:\n        notMatch: "(?:x?){150}x{150}!"\n`;
    const r = lint(config, { 'many.json': JSON.stringify(doc) });
    expectEnded(r);
    expectKnownFinding(r);
    const limit = r.findings.filter((f) => f.file === 'cfg.yaml');
    expect(limit, JSON.stringify(limit)).toHaveLength(1);
    expect(limit[0]!.message).toMatch(/regular expressions of rule "slow"/);
  });

  it('a pattern that compiles to a very large program: a config error saying how to shorten it', () => {
    const config = patternRule('notMatch', '(?:x?){400}x{400}!');
    const r = lint(config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`cfg\\.yaml:${lineOf(config, 'notMatch:')}:\\d+: option "notMatch": .*too large`));
  });

  it('noHardcodedArn allow patterns and reference-exists externals use the same engine', () => {
    const config = 'extends: [connect-flow-lint:recommended]\nrules:\n  no-hardcoded-arn: [warn, { allow: ["(a)\\\\1"] }]\n';
    const r = lint(config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:3:\d+: option "allow".*backreference/);
    const slow = lint('extends: [connect-flow-lint:recommended]\nrules:\n  no-hardcoded-arn: [warn, { allow: [".*:.*:.*:.*:.*:.*:.*!"] }]\n', {
      'arn.json': KNOWN_TEXT.replace(/"Text": "[^"]*"/, `"Text": "arn:aws:connect:us-east-1:123456789012:${':'.repeat(9000)}"`),
    });
    expectEnded(slow);
    expectKnownFinding(slow);
  });
});

describe('globs cannot backtrack, and a bad one is reported at its position (point 6)', () => {
  const longName = `${'a'.repeat(120)}.json`;
  const override = (glob: string): string => `extends: [connect-flow-lint:recommended]\noverrides:\n  - files: [${JSON.stringify(glob)}]\n    rules:\n      unreachable-block: off\n`;

  it('*a*a*a*a*a*a*a*a*b against a long file name ends within seconds', () => {
    const r = lint(override('*a*a*a*a*a*a*a*a*b'), { [longName]: KNOWN_TEXT });
    expectEnded(r);
    expectKnownFinding(r);
  });

  it.each(['[z-a]', 'flows/[', '{a,b', '**/x/**/[b-a].json'])('%s: a config error at its line and column', (glob) => {
    const config = override(glob);
    const r = lint(config);
    expectEnded(r);
    if (glob === 'flows/[' || glob === '{a,b') {
      // Unclosed brackets and braces are literal characters, as in picomatch and bash: no error, just no match.
      expectKnownFinding(r);
      return;
    }
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:3:\d+: .*glob/);
  });

  it('globs still mean what they meant', () => {
    const config = override('known.json');
    const r = lint(config);
    expectEnded(r);
    expect(r.findings.some((f) => f.ruleId === 'unreachable-block')).toBe(false);
  });

  it('the CLI glob argument uses the same matcher: no hang', () => {
    const r = lint('extends: [connect-flow-lint:recommended]\n', { [longName]: KNOWN_TEXT }, ['*a*a*a*a*a*a*a*a*b', 'known.json']);
    expectEnded(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or no match: \*a\*a/);
    const hit = lint('extends: [connect-flow-lint:recommended]\n', { [longName]: KNOWN_TEXT }, ['*a*a*a*a*a*a*a*a*.json', 'known.json']);
    expectEnded(hit);
    expectKnownFinding(hit);
    expect(hit.findings.some((f) => f.file === longName)).toBe(true);
  });
});

describe('property: random hostile JSONPaths, patterns and globs (fast-check, fixed seed)', () => {
  const pathAtom = fc.constantFrom(
    '$', '.', '..', '*', '[', ']', "'", '"', '(', ')', '?(', '@', '@.', '.Type', '..*', '[*]', '[0:]', '[-1:]', '[0,1]', "['?(@.x)']", '"(@.length)"',
    '.constructor', '__proto__', '(', '.repeat(1e9)', '==', '=', '&&', '||', '!', '`', '${', 'this', 'process', "'x'", '1e9', '~', '^', ',', ':', ' ',
    '\\', '\u0000', '\u2028', 'Actions', "[?(@.Type == 'Compare')]", '@property', '.length',
  );
  const reAtom = fc.constantFrom('a', '.', '*', '+', '?', '|', '(', ')', '[', ']', '{', '}', '{1000}', '{2,}', '\\', '\\1', '\\k<x>', '(?=', '(?!', '(?<=', '(?<x>', '^', '$', '\\w', '\\d', '\\u{1F600}', '\\p{L}', '[^]', '-', 'z-a', '\u0000');
  const globAtom = fc.constantFrom('*', '**', '?', '/', '[', ']', '!', '^', '{', '}', ',', 'a', '.json', '..', '\\', 'z-a', '[[:alpha:]]', '@(', '+(', '!(', ')', '|', '\u0000');
  // Random text, and random compositions of pieces that are each valid but hostile together: descent chains,
  // script-like quoted names, method calls; nested and overlapping quantifiers, backreferences, lookaround;
  // globs of many stars.
  const pathPiece = fc.constantFrom('..*', '.*', '[*]', '..Text', '..n', '[?(@.m > 3)]', "[?(@ != 'x')]", "['?(@.x)']", '[0:]', '.Actions', '[0,1]', '^', '[?(@.Type.trim())]', "[?(@.Type == 'Compare')]");
  const rePiece = fc.constantFrom('.*a', 'a*', '(a|a?)+', '(a+)+', 'x?', '\\w*', '(.*a){9}', '(?=a)', '\\1', '[z-a]', '(Hello|Welcome)+', 'a{2,}');
  const globPiece = fc.constantFrom('*a', '*', '?', '**/', '[a-c]', '{a,b}', '[z-a]', 'a');
  const hostile = fc.record({
    given: fc.oneof(fc.array(pathAtom, { maxLength: 14 }).map((a) => a.join('')), fc.array(pathPiece, { minLength: 1, maxLength: 5 }).map((a) => `$${a.join('')}`)),
    pattern: fc.oneof(fc.array(reAtom, { maxLength: 14 }).map((a) => a.join('')), fc.array(rePiece, { minLength: 1, maxLength: 6 }).map((a) => `${a.join('')}b`)),
    glob: fc.oneof(fc.array(globAtom, { maxLength: 12 }).map((a) => a.join('')), fc.array(globPiece, { minLength: 1, maxLength: 10 }).map((a) => `${a.join('')}b`)),
  });
  const long = KNOWN_TEXT.replace(/"Text": "[^"]*"/, `"Text": "${'a'.repeat(20_000)}"`);
  const deep = deepFlow(120);
  const wide = wideFlow(800);

  it('config loading and evaluation: a config error with a position, or a normal lint, each within the time budget', () => {
    fc.assert(
      fc.property(hostile, ({ given, pattern, glob }) => {
        const yaml = [
          'extends: [connect-flow-lint:recommended]',
          'rules:',
          '  hostile:',
          `    given: ${JSON.stringify(given)}`,
          '    then:',
          '      function: pattern',
          `      functionOptions: { notMatch: ${JSON.stringify(pattern)} }`,
          'overrides:',
          `  - files: [${JSON.stringify(glob)}]`,
          '    rules: { unreachable-block: off }',
          '',
        ].join('\n');
        const t0 = performance.now();
        let config;
        try {
          config = configFrom(yaml, `${ROOT}/fuzz/.connect-flow-lint.yaml`);
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          for (const p of (e as ConfigError).problems) {
            expect(p.at.line).toBeGreaterThanOrEqual(1);
            expect(p.at.column).toBeGreaterThanOrEqual(1);
            expect(p.message).not.toMatch(/internal error/);
          }
          expect(performance.now() - t0).toBeLessThan(1_000);
          return;
        }
        for (const [name, text] of [['fuzz/deep.json', deep], ['fuzz/wide.json', wide], [`fuzz/${'a'.repeat(100)}.json`, long]] as const) {
          const report = lintText(name, text, rulesFor(config, `${ROOT}/${name}`));
          // The built-in rules are never lost to a hostile custom rule (the wide flow has no defect to find).
          if (text !== wide) expect(report.findings.some((f) => f.ruleId === KNOWN)).toBe(true);
          for (const f of report.findings) expect(f.message).not.toMatch(/failed on this flow/);
        }
        expect(performance.now() - t0).toBeLessThan(5_000);
      }),
      { seed: 12, numRuns: 300 },
    );
  }, 120_000);
});
