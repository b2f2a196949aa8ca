/**
 * Hostile input: files and configs from a pull request come from anyone who can open one. Each case runs the
 * built CLI (dist/cli/index.js; `npm run build` first) on a temp folder holding the hostile file next to a
 * flow with one known defect, and asserts both a clear finding or error (message, file, line) for the hostile
 * file and that the other flow was still linted. Prototype pollution is checked in process (lintFiles, the
 * code the CLI and the Action run), since a child process cannot show it.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSONPath } from 'jsonpath-plus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/node/lint-files.js';
import { MAX_PATTERN_INPUT } from '../src/core/config/ruleset.js';
import { ConfigError, parseYamlTree } from '../src/core/config/yaml-tree.js';
import { CLI, configFrom, lineOf, ROOT, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  evidence?: string[];
}

/** The flow with one known defect: GetCustomerProfile without a NoneFoundError branch. */
const KNOWN_TEXT = readFileSync(join(ROOT, 'examples/error-branch-unwired.json'), 'utf8');
const KNOWN_LINE = 160;
const CLEAN_TEXT = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cfl-hostile-'));
  temps.push(d);
  return d;
}
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before these tests`);
});
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  findings: JsonFinding[];
  stderr: string;
  ms: number;
  dir: string;
}

/** Lints a folder holding `files` and known.json; checks known.json's finding is there. */
function lintWith(files: Record<string, string | Buffer>, args: readonly string[] = [], dir = tempDir()): Run {
  writeFileSync(join(dir, 'known.json'), KNOWN_TEXT);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const t0 = performance.now();
  const r = runCli(['--format', 'json', ...args, '.'], dir);
  const ms = performance.now() - t0;
  expect(r.stdout, r.stderr).not.toBe('');
  const findings = JSON.parse(r.stdout) as JsonFinding[];
  expect(findings.filter((f) => f.file === 'known.json').map((f) => `${f.ruleId}@${f.line}`)).toContain(`error-branches-wired@${KNOWN_LINE}`);
  expect(r.stderr).not.toMatch(/Maximum call stack|TypeError|RangeError|at .*\.js:\d+/);
  return { code: r.code, findings, stderr: r.stderr, ms, dir };
}

const of = (run: Run, file: string): JsonFinding[] => run.findings.filter((f) => f.file === file);

/** Exactly one finding for `file`, with this rule, line and words. */
function expectOne(run: Run, file: string, ruleId: string, line: number, ...says: string[]): JsonFinding {
  const found = of(run, file);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const f = found[0]!;
  expect(f.ruleId).toBe(ruleId);
  expect(f.line).toBe(line);
  for (const s of says) expect(f.message).toContain(s);
  return f;
}

// A flow-language flow: `n` blocks in a chain ending in a Disconnect, and text padded to `pad` characters.
function chainFlow(n: number, pad = 1, dangling = false): string {
  const parts: string[] = [];
  const text = 'x'.repeat(pad);
  for (let i = 0; i < n; i++) {
    const next = i === n - 1 ? (dangling ? 'missing' : 'end') : `b${i + 1}`;
    parts.push(`{"Identifier":"b${i}","Type":"MessageParticipant","Parameters":{"Text":"${text}"},"Transitions":{"NextAction":"${next}","Errors":[{"NextAction":"end","ErrorType":"NoMatchingError"}]}}`);
  }
  parts.push('{"Identifier":"end","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}');
  return `{"Version":"2019-10-30","StartAction":"b0","Metadata":{"name":"big"},"Actions":[\n${parts.join(',\n')}\n]}\n`;
}

describe('hostile flow files: a clear finding for the file, the other files still linted', () => {
  it('malformed JSON: a parse-error at the stray comma', () => {
    const run = lintWith({ 'bad.json': '{\n  "StartAction": "a",\n  "Actions": [1,,2]\n}\n' });
    const f = expectOne(run, 'bad.json', 'parse-error', 3, "invalid JSON: unexpected ',' where a value was expected");
    expect(f.column).toBe(17);
    expect(run.code).toBe(1);
  });

  it('truncated JSON: a parse-error at the end saying the JSON is truncated', () => {
    const lines = KNOWN_TEXT.split('\n');
    const cut = lines.slice(0, 100).join('\n');
    const run = lintWith({ 'cut.json': cut });
    expectOne(run, 'cut.json', 'parse-error', 100, 'invalid JSON', 'truncated');
  });

  it('a UTF-8 byte-order mark: read as UTF-8, the flow linted with the same positions', () => {
    const run = lintWith({ 'bom.json': `\ufeff${KNOWN_TEXT}` });
    expectOne(run, 'bom.json', 'error-branches-wired', KNOWN_LINE, 'NoneFoundError');
  });

  // Decision: UTF-16 (what Windows PowerShell 5 writes for `aws connect describe-contact-flow > f.json`) is
  // decoded and linted, not refused: the same finding at the same line as the UTF-8 file.
  it('UTF-16 LE and BE, with a byte-order mark and without: decoded and linted like the UTF-8 file', () => {
    const le = Buffer.from(KNOWN_TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    const run = lintWith({
      'le.json': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'be.json': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'le-nobom.json': le,
      'be-nobom.json': be,
    });
    for (const file of ['le.json', 'be.json', 'le-nobom.json', 'be-nobom.json']) {
      const f = expectOne(run, file, 'error-branches-wired', KNOWN_LINE, 'NoneFoundError');
      expect(f.column).toBe(7);
    }
  });

  it('UTF-16 with an odd number of bytes: a parse-error saying to save it as UTF-8', () => {
    const run = lintWith({ 'odd.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN_TEXT, 'utf16le'), Buffer.from([0x20])]) });
    expectOne(run, 'odd.json', 'parse-error', 1, 'UTF-16LE', 'save it as UTF-8');
  });

  it('invalid UTF-8 (Latin-1 é, a lone 0xFF): a parse-error at its line and column, no replacement characters linted', () => {
    const latin1 = Buffer.concat([Buffer.from('{\n  "StartAction": "caf'), Buffer.from([0xe9]), Buffer.from('",\n  "Actions": []\n}\n')]);
    const run = lintWith({ 'latin1.json': latin1, 'ff.json': Buffer.concat([Buffer.from(CLEAN_TEXT.slice(0, 200)), Buffer.from([0xff]), Buffer.from(CLEAN_TEXT.slice(200))]) });
    const f = expectOne(run, 'latin1.json', 'parse-error', 2, 'not valid UTF-8', 'E9', 'save it as UTF-8');
    expect(f.column).toBe(22);
    expectOne(run, 'ff.json', 'parse-error', CLEAN_TEXT.slice(0, 200).split('\n').length, 'not valid UTF-8', 'FF');
    expect(run.findings.some((x) => x.message.includes('\ufffd'))).toBe(false);
  });

  it('a real U+FFFD in valid UTF-8 (a prompt that quotes one): linted as the text it is, not taken for a bad byte', () => {
    const withFffd = KNOWN_TEXT.replace('"Version"', '"Description": "caf\ufffd",\n  "Version"');
    expect(withFffd).not.toBe(KNOWN_TEXT);
    const run = lintWith({ 'fffd.json': withFffd });
    expect(run.findings.filter((x) => x.file === 'fffd.json' && x.ruleId === 'parse-error')).toEqual([]);
    expectOne(run, 'fffd.json', 'error-branches-wired', KNOWN_LINE + 1, 'NoneFoundError');
  });

  it('empty and blank files: "the file is empty" at 1:1', () => {
    const run = lintWith({ 'empty.json': '', 'blank.json': ' \n\t\n' });
    expectOne(run, 'empty.json', 'parse-error', 1, 'the file is empty');
    expectOne(run, 'blank.json', 'parse-error', 1, 'the file is empty');
  });

  it('a file over --max-file-size: the "too large" finding, the file never read', () => {
    const run = lintWith({ 'clean.json': CLEAN_TEXT }, ['--max-file-size', String(Buffer.byteLength(KNOWN_TEXT) + 1)]);
    expectOne(run, 'clean.json', 'file-too-large', 1, `the file is ${Buffer.byteLength(CLEAN_TEXT)} bytes, over the ${Buffer.byteLength(KNOWN_TEXT) + 1}-byte limit`, '--max-file-size');
  });

  describe('a 50 MB flow of 200,000 blocks', () => {
    // ~250 bytes a block: 200,000 blocks make a 50 MB file, its last block pointing at a missing one.
    const BIG = chainFlow(200_000, 83, true);
    it('is 50 MB', () => {
      const mib = Buffer.byteLength(BIG) / 2 ** 20;
      expect(mib).toBeGreaterThan(49);
      expect(mib).toBeLessThan(52);
    });

    it('over the default 20 MB limit: rejected with the "too large" finding, at once', () => {
      const run = lintWith({ 'big.json': BIG });
      expectOne(run, 'big.json', 'file-too-large', 1, 'over the 20971520-byte limit');
      expect(run.ms).toBeLessThan(10_000);
    });

    it('with the limit raised: linted in bounded time, the defect found at its line', () => {
      const run = lintWith({ 'big.json': BIG }, ['--max-file-size', String(100 * 2 ** 20)]);
      const found = of(run, 'big.json');
      expect(found.map((f) => f.ruleId).sort()).toEqual(['logging-enabled', 'transition-target-exists']);
      const dangling = found.find((f) => f.ruleId === 'transition-target-exists')!;
      expect(dangling.line).toBe(200_001);
      expect(dangling.message).toContain('"missing"');
      console.log(`200,000 blocks (${(Buffer.byteLength(BIG) / 2 ** 20).toFixed(1)} MiB) linted in ${run.ms.toFixed(0)} ms (whole CLI process)`);
      expect(run.ms).toBeLessThan(60_000);
    });

    it('the same under a 1 GiB heap cap', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'big.json'), BIG);
      const r = runCli(['--format', 'json', '--max-file-size', String(100 * 2 ** 20), 'big.json'], dir, { NODE_OPTIONS: '--max-old-space-size=1024' });
      expect(r.stderr).toBe('');
      expect((JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.ruleId)).toContain('transition-target-exists');
    });
  });

  it('nesting 100,000 deep (top level, inside Parameters, truncated): a parse-error "nested deeper than 1000 levels"', () => {
    const deepParams = CLEAN_TEXT.replace('"Parameters": {', `"Parameters": {"Deep": ${'['.repeat(100_000)}1${']'.repeat(100_000)},`);
    expect(deepParams).not.toBe(CLEAN_TEXT);
    const paramsLine = lineOf(deepParams, '"Deep"');
    const run = lintWith({
      'arrays.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'objects.json': `{"Actions":[],"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      'params.json': deepParams,
      'open.json': `{"StartAction":"a","Actions":${'['.repeat(100_000)}`,
    }, ['-c', join(ROOT, 'test/fixtures/hostile/every-string.yaml')]);
    for (const file of ['arrays.json', 'objects.json', 'open.json']) expectOne(run, file, 'parse-error', 1, 'nested deeper than 1000 levels');
    expectOne(run, 'params.json', 'parse-error', paramsLine, 'nested deeper than 1000 levels');
    expect(run.findings.some((f) => /call stack/i.test(f.message))).toBe(false);
  });

  it('duplicate keys (the last value counts, as in JSON.parse) and duplicate Identifiers', () => {
    const text = [
      '{',
      '  "StartAction": "a",',
      '  "StartAction": "gone",',
      '  "Actions": [',
      '    {"Identifier": "a", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}},',
      '    {"Identifier": "a", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}',
      '  ]',
      '}',
    ].join('\n');
    const run = lintWith({ 'dup.json': text });
    const found = of(run, 'dup.json');
    expect(found.map((f) => `${f.ruleId}@${f.line}`).sort()).toEqual(['flow-structure@3', 'start-action-exists@3', 'unique-identifiers@6']);
    expect(found.find((f) => f.ruleId === 'flow-structure')!.message).toContain('the key "StartAction" appears twice');
    expect(found.find((f) => f.ruleId === 'unique-identifiers')!.message).toContain('reuses the Identifier "a" of block 0');
  });

  const PROTO_FLOW = [
    '{',
    '  "__proto__": {"polluted": "top"},',
    '  "constructor": {"prototype": {"polluted": "ctor"}},',
    '  "StartAction": "__proto__",',
    '  "Actions": [',
    '    {"__proto__": {"polluted": "block"}, "Identifier": "__proto__", "Type": "MessageParticipant",',
    '     "Parameters": {"__proto__": {"polluted": "params"}, "constructor": {"prototype": {"polluted": "p"}}, "Text": "hi"},',
    '     "Transitions": {"__proto__": {"polluted": "t"}, "NextAction": "constructor",',
    '       "Errors": [{"__proto__": {"polluted": "e"}, "ErrorType": "__proto__", "NextAction": "hasOwnProperty"}],',
    '       "Conditions": [{"NextAction": "toString", "Condition": {"Operator": "__proto__", "Operands": ["constructor"]}}]}},',
    '    {"Identifier": "constructor", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}',
    '  ],',
    '  "Metadata": {"name": "__proto__", "ActionMetadata": {"__proto__": {"polluted": "meta"}, "constructor": {"position": {"x": 1}}}}',
    '}',
  ].join('\n');

  it('__proto__ and constructor keys and values in every position: plain names, targets that are not blocks reported', () => {
    const run = lintWith({ 'proto.json': PROTO_FLOW });
    const found = of(run, 'proto.json').filter((f) => f.ruleId === 'transition-target-exists');
    expect(found.map((f) => f.line)).toEqual([9, 10]);
    expect(found[0]!.message).toContain('"hasOwnProperty", which is not a block');
    expect(found[1]!.message).toContain('"toString", which is not a block');
    // "__proto__" is a real block here and StartAction names it: no start-action-exists.
    expect(of(run, 'proto.json').map((f) => f.ruleId)).not.toContain('start-action-exists');
  });

  it('... and no prototype is polluted by linting it in process, with a config full of __proto__ keys', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'proto.json'), PROTO_FLOW);
    writeFileSync(join(dir, 'known.json'), KNOWN_TEXT);
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    // Setting an unknown "__proto__" rule is a config error, not an assignment to a prototype.
    expect(() => configFrom('rules:\n  __proto__: warn\n')).toThrow(/unknown rule "__proto__"/);
    const rule = (id: string, field: string): string[] => [`  ${id}:`, '    given: $.Actions[*].Parameters', '    then:', '      function: truthy', `      field: ${field}`];
    const config = configFrom(
      ['extends: [connect-flow-lint:recommended]', 'rules:', ...rule('__proto__', '__proto__'), ...rule('constructor', 'constructor.prototype')].join('\n'),
    );
    expect(() => configFrom('extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: { severity: warn, options: { __proto__: { polluted: 1 } } }\n')).toThrow(/unknown option "__proto__"/);
    expect([...config.rules.keys()]).toContain('__proto__');
    const run = lintFiles([join(dir, 'known.json'), join(dir, 'proto.json')], config, dir);
    expect(run.findings.some((f) => f.file === 'proto.json' && f.ruleId === '__proto__')).toBe(true);
    expect(run.findings.some((f) => f.file === 'known.json' && f.ruleId === 'error-branches-wired')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('self-loops and cycles with no exit: linted, no hang', () => {
    const blocks = (ids: string[], next: (i: number) => string): unknown[] =>
      ids.map((id, i) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: id }, Transitions: { NextAction: next(i), Errors: [{ ErrorType: 'NoMatchingError', NextAction: next(i) }] } }));
    const self = { StartAction: 'a', Actions: blocks(['a'], () => 'a') };
    const ring = { StartAction: 'r0', Actions: blocks(Array.from({ length: 1000 }, (_, i) => `r${i}`), (i) => `r${(i + 1) % 1000}`) };
    const run = lintWith({ 'self.json': JSON.stringify(self, null, 2), 'ring.json': JSON.stringify(ring, null, 2) });
    // flow-ends reports where the contact enters a loop it can never leave; both finish at once.
    expect(of(run, 'self.json').map((f) => f.ruleId).sort()).toEqual(['flow-ends', 'logging-enabled']);
    expect(of(run, 'ring.json').map((f) => f.ruleId).sort()).toEqual(['flow-ends', 'logging-enabled']);
    const loop = of(run, 'ring.json').find((f) => f.ruleId === 'flow-ends')!;
    expect(loop.message).toContain('starts a loop with no way out');
    expect(loop.evidence?.slice(0, 3)).toEqual(['r0', 'r1', 'r2']);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('every field of the wrong type: flow-structure findings at each field, no crash', () => {
    const flow = {
      StartAction: 'a',
      Actions: [
        { Identifier: 5, Type: 'MessageParticipant' },
        { Identifier: 'a', Type: 'MessageParticipant', Parameters: [], Transitions: [] },
        { Identifier: 'b', Type: 7, Parameters: { Text: 'x' }, Transitions: { NextAction: 7, Conditions: 'x', Errors: {} } },
        { Identifier: 'c', Type: 'Compare', Parameters: {}, Transitions: { NextAction: 'a', Conditions: [5, { NextAction: [] }], Errors: [null] } },
      ],
    };
    const text = JSON.stringify(flow, null, 2);
    const run = lintWith({ 'types.json': text, 'actions.json': '{\n  "StartAction": "a",\n  "Actions": {}\n}\n', 'start.json': '{\n  "StartAction": 5,\n  "Actions": []\n}\n' });
    const structure = (file: string) => of(run, file).filter((f) => f.ruleId === 'flow-structure').map((f) => [f.line, f.message]);
    expect(structure('types.json')).toEqual([
      [lineOf(text, '"Identifier": 5'), 'block 0 of "Actions" has no "Identifier" string: every block needs a unique Identifier'],
      [lineOf(text, '"Parameters": []'), '"Parameters" of block "a" must be an object, not an array'],
      [lineOf(text, '"Transitions": []'), '"Transitions" of block "a" must be an object, not an array'],
      [lineOf(text, '"Type": 7'), 'block "b" has no "Type" string: set the action type, e.g. "MessageParticipant"'],
      [lineOf(text, '"NextAction": 7'), '"NextAction" of block "b" must be a string Identifier, not a number'],
      [lineOf(text, '"Conditions": "x"'), '"Transitions.Conditions" of block "b" must be an array, not a string'],
      [lineOf(text, '"Errors": {}'), '"Transitions.Errors" of block "b" must be an array, not an object'],
      [lineOf(text, '"Conditions": [') + 1, 'entry 0 of "Transitions.Conditions" of block "c" must be an object, not a number'],
      [lineOf(text, '"NextAction": []'), '"NextAction" of block "c" must be a string Identifier, not an array'],
      [lineOf(text, '"Errors": [') + 1, 'entry 0 of "Transitions.Errors" of block "c" must be an object, not null'],
    ]);
    expect(structure('actions.json')).toEqual([[3, '"Actions" must be an array of blocks, not an object']]);
    expect(structure('start.json')).toEqual([[2, '"StartAction" must be a string (the Identifier of the first block), not a number']]);
  });

  it('ProfileResponseData of the wrong shape: the fields it was meant to request are reported as not requested', () => {
    const text = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');
    const m = /"ProfileResponseData": \[[^\]]*\]/.exec(text);
    expect(m).not.toBeNull();
    const run = lintWith({ 'obj.json': text.replace(m![0], '"ProfileResponseData": {"FirstName": "yes", "x": {"__proto__": 1}}'), 'num.json': text.replace(m![0], '"ProfileResponseData": 5') });
    for (const file of ['obj.json', 'num.json']) {
      const found = of(run, file);
      expect(found.some((f) => f.ruleId === 'profile-response-fields' && f.message.includes('$.Customer.FirstName read by') && f.message.includes('does not request it')), JSON.stringify(found)).toBe(true);
    }
  });

  it('symbolic links out of the repository, to a file and to a folder: not followed, and --verbose says so', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.json'), KNOWN_TEXT.replace(/Hokkaido/g, 'Outside'));
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'inner.json'), KNOWN_TEXT);
    const dir = tempDir();
    symlinkSync(join(outside, 'secret.json'), join(dir, 'link.json'));
    symlinkSync(join(outside, 'folder'), join(dir, 'linked-folder'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.json'));
    const run = lintWith({}, ['--verbose'], dir);
    expect(run.findings.map((f) => f.file)).toEqual(run.findings.map(() => 'known.json'));
    expect(run.stderr).toContain('skipped link.json: symbolic link (not followed)');
    expect(run.stderr).toContain('skipped linked-folder: symbolic link (not followed)');
    expect(run.stderr).toContain('skipped passwd.json: symbolic link (not followed)');
    // Named on the command line, a link is not followed either, and is reported rather than passed over.
    const direct = runCli(['--verbose', '--format', 'json', 'link.json', 'known.json'], dir);
    const named = JSON.parse(direct.stdout) as JsonFinding[];
    expect(named.filter((f) => f.file !== 'known.json').map((f) => [f.file, f.ruleId])).toEqual([['link.json', 'parse-error']]);
    expect(named.find((f) => f.file === 'link.json')!.message).toContain('symbolic link, which is not followed');
    expect(direct.stdout + direct.stderr).not.toContain('Outside');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Configs
// ---------------------------------------------------------------------------------------------------------

/** Runs the CLI with `yaml` as its config; a config problem is exit 2 with file:line:column on stderr. */
function withConfig(yaml: string, extra: Record<string, string> = {}): { code: number | null; stderr: string; ms: number; dir: string; findings: JsonFinding[] } {
  const dir = tempDir();
  writeFileSync(join(dir, 'known.json'), KNOWN_TEXT);
  writeFileSync(join(dir, 'cfg.yaml'), yaml);
  for (const [name, text] of Object.entries(extra)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const t0 = performance.now();
  const r = runCli(['--format', 'json', '-c', 'cfg.yaml', 'known.json'], dir);
  return { code: r.code, stderr: r.stderr, ms: performance.now() - t0, dir, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [] };
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]}`).join(',')}]`),
  'rules:',
  '  unreachable-block: *i',
].join('\n');

describe('hostile configs: rejected at load with file, line and column; nothing runs', () => {
  it('YAML alias bombs (billion laughs): rejected at the first alias, at once', () => {
    const r = withConfig(BILLION_LAUGHS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:2:8: YAML aliases \(\*name\) are not allowed in a config/);
    expect(r.ms).toBeLessThan(5_000);
  });

  it('a 5 MB config: rejected before it is parsed (file; and at 1:1 when it comes from the Action\'s API)', () => {
    const huge = `rules:\n${Array.from({ length: 350_000 }, (_, k) => `  r${k}: warn`).join('\n')}\n`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const r = withConfig(huge);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml: the config is \d+ bytes, over its 1048576-byte limit, so it was not read/);
    expect(r.ms).toBeLessThan(5_000);
    const t0 = performance.now();
    expect(() => parseYamlTree('remote.yaml', huge)).toThrow(/^remote\.yaml:1:1: the config is \d+ characters, over the 1048576-character limit/);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('a config of 60,000 keys (under 1 MiB): read in linear time, not the yaml package\'s quadratic duplicate check', () => {
    const many = `rules:\n${Array.from({ length: 60_000 }, (_, k) => `  r${k}: warn`).join('\n')}\n`;
    expect(many.length).toBeLessThan(1024 * 1024);
    const t0 = performance.now();
    const tree = parseYamlTree('c.yaml', many);
    expect(tree.kind === 'map' && tree.entries[0]!.value.kind === 'map' && tree.entries[0]!.value.entries.length).toBe(60_000);
    expect(performance.now() - t0).toBeLessThan(3_000);
    // A repeated key is still found, at the repeat.
    expect(() => parseYamlTree('c.yaml', `${many}  r59999: off\n`)).toThrow(/^c\.yaml:60002:3: invalid YAML: Map keys must be unique \("r59999" is repeated\)/);
  });

  it('deeply nested YAML: rejected with its position, never a stack overflow', () => {
    const flowDeep = withConfig(`rules:\n  x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(flowDeep.code).toBe(2);
    expect(flowDeep.stderr).toMatch(/cfg\.yaml:2:\d+: invalid YAML: the YAML is nested too deeply/);
    expect(flowDeep.stderr).not.toContain('call stack');
    const moderate = withConfig(`rules:\n  x: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    expect(moderate.code).toBe(2);
    expect(moderate.stderr).toMatch(/cfg\.yaml:2:\d+: the config is nested deeper than 64 levels/);
    let block = 'rules:\n';
    for (let k = 1; k < 1000; k++) block += `${' '.repeat(k)}k${k}:\n`;
    const blockDeep = withConfig(block);
    expect(blockDeep.code).toBe(2);
    expect(blockDeep.stderr).toMatch(/cfg\.yaml:\d+:\d+: (invalid YAML: the YAML is nested too deeply|the config is nested deeper than 64 levels)/);
  });

  // Each would set globalThis.pwned (or worse) if any engine evaluated it.
  const CODE_PATHS = [
    "$..[?(@.constructor.constructor('return process')())]",
    "$..[?(@.constructor.constructor('globalThis.pwned=1')())]",
    "$..[?(@['constructor']['constructor']('globalThis.pwned=1')())]",
    "$..[?(Function('globalThis.pwned=1')())]",
    "$..[?(eval('globalThis.pwned=1'))]",
    "$..[?(new Function('globalThis.pwned=1'))]",
    "$..[?(require('child_process').execSync('touch /tmp/cfl-pwned'))]",
    "$..[?(process.mainModule.require('fs').writeFileSync('/tmp/cfl-pwned','x'))]",
    "$..[?(import('fs'))]",
    '$..[?(`${globalThis.pwned=1}`)]',
    '$..[?(@.Type == "x" || (globalThis.pwned = 1))]',
    '$..[(globalThis.pwned=1)]',
    '$..[?(@.__proto__.pwned = 1)]',
    '$..[?(this.pwned)]',
  ];

  it(`JSONPath that tries to run code (${CODE_PATHS.length} shapes): each rejected at its line and column, and the canary never set`, () => {
    const g = globalThis as Record<string, unknown>;
    delete g['pwned'];
    for (const given of CODE_PATHS) {
      const yaml = `rules:\n  evil:\n    given: ${JSON.stringify(given)}\n    then: { function: truthy }\n`;
      let error: unknown;
      try {
        configFrom(yaml);
      } catch (e) {
        error = e;
      }
      expect(error, given).toBeInstanceOf(ConfigError);
      const p = (error as ConfigError).problems[0]!;
      expect(p.at.line, given).toBe(3);
      expect(p.at.column, given).toBeGreaterThan(12);
      expect(p.message, given).toContain('invalid JSONPath in "given"');
      // The second wall: even passed straight to jsonpath-plus in the mode lint.ts uses, nothing runs.
      try {
        JSONPath({ path: given, json: { Actions: [{ Type: 'x' }] }, eval: 'safe', wrap: true });
      } catch {
        // refused by the safe evaluator: fine
      }
    }
    expect(g['pwned']).toBeUndefined();
    expect(({} as Record<string, unknown>)['pwned']).toBeUndefined();
    expect(existsSync('/tmp/cfl-pwned')).toBe(false);
    // And through the CLI: exit 2 naming the position.
    const r = withConfig(`rules:\n  evil:\n    given: "${CODE_PATHS[0]}"\n    then: { function: truthy }\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:3:\d+: invalid JSONPath in "given"/);
  });

  const rule = (pattern: string): string =>
    `extends: [connect-flow-lint:recommended]\nrules:\n  text-style:\n    given: "$.Actions[*].Parameters.Text"\n    then:\n      function: pattern\n      functionOptions:\n        notMatch: ${JSON.stringify(pattern)}\n`;

  // Config patterns run on RE2 (linear time): what backtracks catastrophically in JavaScript's engine is accepted
  // and matched quickly. test/security-config.test.ts has the cases RE2 refuses (backreferences, lookaround).
  it.each(['(a+)+$', '(a|aa)*c', '(.*a){20}', '((a+)b)*', '^(\\w+\\s?)*$', '.*.*x', '\\w+\\w*='])('a regex that backtracks catastrophically in JavaScript (%s): matched in linear time', (pattern) => {
    const flow = KNOWN_TEXT.replace(/"Text": "[^"]*"/, `"Text": "${'a'.repeat(50_000)}!"`);
    const dir = withConfig(rule(pattern), { 'long.json': flow }).dir;
    const run = runCli(['--format', 'json', '-c', 'cfg.yaml', 'long.json', 'known.json'], dir);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as JsonFinding[]).some((f) => f.file === 'known.json' && f.ruleId === 'error-branches-wired')).toBe(true);
  });

  it('a*x, .*x: no hang on a 50,000-character value', () => {
    const long = 'a'.repeat(50_000);
    const flow = KNOWN_TEXT.replace(/"Text": "[^"]*"/, `"Text": "${long}"`);
    for (const pattern of ['a*x', '.*x', '^(ab)+x']) {
      const r = withConfig(rule(pattern), { 'long.json': flow });
      const run = runCli(['--format', 'json', '-c', 'cfg.yaml', 'long.json', 'known.json'], r.dir);
      expect(run.stderr).toBe('');
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      expect(findings.some((f) => f.file === 'known.json' && f.ruleId === 'error-branches-wired')).toBe(true);
    }
    // Only the first MAX_PATTERN_INPUT characters are matched (RE2 is linear; the bound keeps its constant small).
    expect(MAX_PATTERN_INPUT).toBe(10_000);
    const t0 = performance.now();
    const cfg = configFrom(rule('a*x'));
    const re = cfg.rules.get('text-style')!.then[0]!.options['notMatch'] as { test(s: string): boolean };
    expect(re.test(long)).toBe(false);
    expect(re.test(`${'b'.repeat(20)}ax`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('extends loops: an error naming the cycle', () => {
    const r = withConfig('extends: [./b.yaml]\n', { 'b.yaml': 'extends: [./c.yaml]\n', 'c.yaml': 'extends: [./cfg.yaml]\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.yaml:1:\d+: "extends" makes a cycle: .*cfg\.yaml → .*b\.yaml → .*c\.yaml → .*cfg\.yaml/);
  });

  it('extends paths escaping the repository (../, absolute, a link out): refused at their position', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'policy.yaml'), 'rules:\n  unreachable-block: off\n');
    for (const ref of ['../policy.yaml', join(outside, 'policy.yaml'), '/etc/passwd', './out.yaml']) {
      const dir = tempDir();
      const repo = join(dir, 'repo');
      mkdirSync(repo);
      copyFileSync(join(outside, 'policy.yaml'), join(dir, 'policy.yaml'));
      symlinkSync(join(outside, 'policy.yaml'), join(repo, 'out.yaml'));
      writeFileSync(join(repo, '.connect-flow-lint.yaml'), `extends:\n  - ${JSON.stringify(ref)}\n`);
      writeFileSync(join(repo, 'known.json'), KNOWN_TEXT);
      const r = runCli(['known.json'], repo);
      expect(r.code, ref).toBe(2);
      expect(r.stderr, ref).toMatch(/\.connect-flow-lint\.yaml:2:5: cannot extend ".*": .*(outside|does not exist)/);
    }
  });
});
