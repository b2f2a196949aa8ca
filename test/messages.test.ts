import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, HAS_CORPUS, ROOT, runCli } from './helpers.js';

/**
 * Every finding's message is one sentence of at most 200 characters (what is wrong, where, how to fix);
 * the path of blocks that shows a defect is the finding's evidence: a second line in stylish output,
 * codeFlows in SARIF. Run through the bundled CLI, as a user runs it.
 */
const LIMIT = 200;

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  message: string;
  evidence: string[];
}

const tmp = mkdtempSync(join(tmpdir(), 'cfl-messages-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const configs = ['recommended', 'strict'].map((ruleset) => {
  const file = join(tmp, `${ruleset}.yaml`);
  writeFileSync(file, `extends: [connect-flow-lint:${ruleset}]\n`);
  return { ruleset, file };
});

function lintJson(paths: string[], config: string, cwd = ROOT): JsonFinding[] {
  const r = runCli(['--format', 'json', '--config', config, '--pass-on-no-flows', ...paths], cwd);
  expect([0, 1], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout) as JsonFinding[];
}

/** The findings whose first line is over the limit, as `rule file:line (length): message` for a readable failure. */
function overLimit(findings: readonly JsonFinding[]): string[] {
  return findings
    .map((f) => ({ f, first: f.message.split('\n')[0]! }))
    .filter(({ first }) => first.length > LIMIT)
    .map(({ f, first }) => `${f.ruleId} ${f.file}:${f.line} (${first.length}): ${first}`);
}

/** The bad flows of the rules that live in their own folder (src/rules/<id>/bad.json). */
const MOVED_FIXTURES = readdirSync(join(ROOT, 'src/rules'))
  .filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json')))
  .map((d) => `src/rules/${d}/bad.json`);

describe('every message is one sentence of at most 200 characters', () => {
  for (const { ruleset, file } of configs) {
    it(`on the examples and the test fixtures, under ${ruleset}`, () => {
      const findings = lintJson(['examples', 'test/fixtures', ...MOVED_FIXTURES], file);
      // The fixtures hold every rule's bad flow: the path rules among them.
      for (const id of ['stored-input-before-use', 'queue-set-before-transfer', 'profile-lookup-before-use', 'profile-response-fields', 'error-branches-wired']) {
        expect(findings.map((f) => f.ruleId)).toContain(id);
      }
      expect(overLimit(findings)).toEqual([]);
    });

    it.skipIf(!HAS_CORPUS)(`on the real-flow corpus, under ${ruleset} (${HAS_CORPUS ? CORPUS : 'skipped: ../shared/corpus is not present on this machine'})`, () => {
      const findings = lintJson(['.'], file, CORPUS);
      expect(findings.length).toBeGreaterThan(100);
      expect(overLimit(findings)).toEqual([]);
    });
  }

  it('when the names in a flow are long: labels, Identifiers, types, parameters, fields and targets are cut with an ellipsis', () => {
    const long = (s: string): string => s.repeat(Math.ceil(400 / s.length));
    const id = (n: number): string => `${long('block-with-a-very-long-identifier-')}${n}`;
    const flow = {
      Version: '2019-10-30',
      StartAction: id(1),
      Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {} },
      Actions: [
        {
          Identifier: id(1),
          Type: 'MessageParticipant',
          Parameters: { Text: `Hello $.Customer.${long('Field')} and $.StoredCustomerInput ${long('words ')}`, [long('UnseenParameter')]: 'x' },
          Transitions: { NextAction: id(2), Errors: [{ NextAction: long('missing-target-'), ErrorType: 'NoMatchingError' }] },
        },
        {
          Identifier: id(2),
          Type: 'InvokeLambdaFunction',
          Parameters: { LambdaFunctionARN: `arn:aws:lambda:us-east-1:123456789012:function:${long('fn')}`, InvocationTimeLimitSeconds: long('9'), [long('Key')]: 'arn:aws:lambda:us-east-1:123456789012:function:f' },
          Transitions: { NextAction: id(3), Errors: [] },
        },
        { Identifier: id(3), Type: long('NoSuchType'), Parameters: {}, Transitions: { NextAction: id(4) } },
        { Identifier: id(4), Type: 'TransferContactToQueue', Parameters: {}, Transitions: {} },
        { Identifier: id(5), Type: 'MessageParticipant', Parameters: { Text: long('unreachable ') }, Transitions: { NextAction: id(4) } },
        { Identifier: id(5), Type: 'MessageParticipant', Parameters: { Text: long('duplicate ') }, Transitions: { NextAction: id(4) } },
      ],
    };
    writeFileSync(join(tmp, 'long-names.json'), JSON.stringify(flow, null, 2));
    for (const { file } of configs) {
      const findings = lintJson([join(tmp, 'long-names.json')], file, tmp);
      const rules = new Set(findings.map((f) => f.ruleId));
      for (const id of ['logging-enabled', 'profile-lookup-before-use', 'stored-input-before-use', 'transition-target-exists', 'no-hardcoded-arn', 'known-action-type', 'unreachable-block', 'unique-identifiers']) {
        expect([...rules]).toContain(id);
      }
      expect(overLimit(findings)).toEqual([]);
      expect(findings.every((f) => f.message.includes('…'))).toBe(true);
    }
  });
});

describe('the evidence path is shown apart from the message', () => {
  const bad = 'src/rules/stored-input-before-use/bad.json';
  const path = ['0c4b7ad2-2d8e-4a3c-9a41-6f0e2b7d5a10', '5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07', 'b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46'];

  it('stylish: a second, indented line under a stored-input-before-use finding, labelled "path"', () => {
    const json = lintJson([bad], configs[0]!.file).filter((f) => f.ruleId === 'stored-input-before-use');
    expect(json.map((f) => f.evidence)).toEqual([path]);
    expect(json[0]!.message).not.toContain('→');
    const lines = runCli(['--config', configs[0]!.file, bad]).stdout.split('\n');
    const at = lines.findIndex((l) => l.endsWith('  stored-input-before-use'));
    expect(lines[at]).toContain(json[0]!.message);
    expect(lines[at + 1]).toBe(`${' '.repeat(18)} path: ${path.join(' → ')}`);
  });

  it('stylish: the lookups of profile-response-fields are labelled "blocks", not "path"', () => {
    const file = 'src/rules/profile-response-fields/bad.json';
    const json = lintJson([file], configs[0]!.file).filter((f) => f.ruleId === 'profile-response-fields');
    expect(json.length).toBeGreaterThan(0);
    const lines = runCli(['--config', configs[0]!.file, file]).stdout.split('\n');
    const at = lines.findIndex((l) => l.endsWith('  profile-response-fields'));
    expect(lines[at + 1]).toBe(`${' '.repeat(18)} blocks: ${json[0]!.evidence.join(', ')}`);
  });

  it('SARIF: the short message, and the path as codeFlows, one location per block at its Identifier', () => {
    const r = runCli(['--format', 'sarif', '--config', configs[0]!.file, bad]);
    const sarif = JSON.parse(r.stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; codeFlows?: Array<{ threadFlows: Array<{ locations: Array<{ location: { physicalLocation: { region: { startLine: number } }; message: { text: string } } }> }> }> }> }>;
    };
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'stored-input-before-use')!;
    expect(result.message.text.length).toBeLessThanOrEqual(LIMIT);
    expect(result.message.text).not.toContain('→');
    const steps = result.codeFlows![0]!.threadFlows[0]!.locations;
    const text = readFileSync(join(ROOT, bad), 'utf8').split('\n');
    expect(steps.map((s) => text[s.location.physicalLocation.region.startLine - 1])).toEqual(path.map((id) => `      "Identifier": "${id}",`));
    expect(steps.map((s) => s.location.message.text)).toEqual(path.map((id) => expect.stringContaining(id) as unknown as string));
  });
});
