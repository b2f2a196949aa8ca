import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';
import { loadMermaid } from './support/mermaid.js';

// The bundled CLI, run as a process (npm run build first).
const json = (args: string[], cwd = ROOT): { code: number | null; out: any; stderr: string } => {
  const r = runCli(['test', ...args, '--format', 'json'], cwd);
  return { code: r.code, out: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
};

const SEED_FAILURE = {
  file: 'examples/profile-field-not-requested.test.yaml',
  line: 12,
  name: 'a caller from Hokkaidō reaches the Hokkaidō queue',
  flow: 'examples/profile-field-not-requested.json',
  passed: false,
  failures: [
    'expected queue hokkaido-queue, reached general-queue',
    'note: Compare 512eb57e read $.Customer.Province as "": GetCustomerProfile d61ceffb did not request Province (ProfileResponseData: FirstName, LastName), though the scenario\'s profile holds Province: Hokkaidō',
  ],
  path: [
    '05de096b-d6f3-4e61-aa55-a69f9e71000f',
    'd61ceffb-d69a-43f5-a741-c1d07a146b20',
    '5480c0c4-14d1-4cda-8889-c5b4cd5e6753',
    '512eb57e-5f98-49ea-a25a-a4e9ef45e2b1',
    '9ef1772c-bc35-4a16-8665-b13b2a4bde9a',
    'a03e870b-f83e-47d2-b781-ae9b194c94f6',
    '50862a3b-bbaf-4236-ab38-66162d3cc69b',
  ],
};

describe('connect-flow-lint test (the bundled CLI)', () => {
  it('runs the examples\' scenarios: the seed defect fails with expected vs actual and why, and hides none of the others', () => {
    const { code, out } = json(['examples']);
    expect(code).toBe(1);
    expect(out).toHaveLength(14);
    expect(out.filter((r: any) => !r.passed).map((r: any) => r.name)).toEqual(['a caller from Hokkaidō reaches the Hokkaidō queue']);
    expect(out.find((r: any) => !r.passed)).toMatchObject(SEED_FAILURE);
    expect(out.find((r: any) => !r.passed).trace[3]).toEqual({ flow: 'examples/profile-field-not-requested.json', blockId: '512eb57e-5f98-49ea-a25a-a4e9ef45e2b1', type: 'Compare', branch: 'NoMatchingCondition' });
  });

  it('the same caller on the fixed flow passes, and exit 0 when every scenario passes', () => {
    const { code, out } = json(['examples/clean-inbound.test.yaml']);
    expect(code).toBe(0);
    expect(out.every((r: any) => r.passed)).toBe(true);
    expect(out[0]).toMatchObject({ name: 'a caller from Hokkaidō reaches the Hokkaidō queue', ends: 'queued', queue: 'arn:aws:connect:ap-northeast-1:111122223333:instance/i-1/queue/hokkaido-queue' });
  });

  it('--coverage: branches covered per flow of the examples, and the uncovered ones with block and branch', () => {
    const { out } = json(['examples', '--coverage']);
    const figures = Object.fromEntries(out.coverage.map((c: any) => [c.file, `${c.branches.covered}/${c.branches.total}`]));
    expect(figures).toEqual({
      'examples/clean-inbound.json': '16/25',
      'examples/describe-output.json': '8/15',
      'examples/error-branch-unwired.json': '5/24',
      'examples/profile-field-not-requested.json': '8/23',
      'examples/profile-lookup-missing.json': '12/28',
    });
    const seed = out.coverage.find((c: any) => c.file === 'examples/profile-field-not-requested.json');
    expect(seed.uncovered).toContainEqual({ blockId: '512eb57e-5f98-49ea-a25a-a4e9ef45e2b1', type: 'Compare', branch: 'Equals Hokkaidō', line: 188, column: 13 });
  });

  it('stylish: a cross, the failure, the note and the path; coverage per flow with file:line', () => {
    const r = runCli(['test', 'examples/profile-field-not-requested.test.yaml', '--coverage']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  ✗ a caller from Hokkaidō reaches the Hokkaidō queue  examples/profile-field-not-requested.test.yaml:12\n      expected queue hokkaido-queue, reached general-queue\n');
    expect(r.stdout).toContain('      path: 05de096b UpdateFlowLoggingBehavior (next) → d61ceffb GetCustomerProfile (next) → 5480c0c4 MessageParticipant (next) → 512eb57e Compare (NoMatchingCondition) →');
    expect(r.stdout).toContain('  ✓ a caller from elsewhere reaches the general queue\n');
    expect(r.stdout).toContain('3 scenarios: 2 passed, 1 failed');
    expect(r.stdout).toContain('  examples/profile-field-not-requested.json [Hokkaido Energy inbound (v2)]  8/23 branches (34%)\n    examples/profile-field-not-requested.json:148:13  GetCustomerProfile d61ceffb  MultipleFoundError\n');
  });

  it('junit: one testcase per scenario, the failure message is the first failure', () => {
    const r = runCli(['test', 'examples/profile-field-not-requested.test.yaml', '--format', 'junit']);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="connect-flow-lint test" tests="3" failures="1">/);
    expect(r.stdout).toContain('<testcase classname="examples/profile-field-not-requested.test.yaml" name="a caller from Hokkaidō reaches the Hokkaidō queue" file="examples/profile-field-not-requested.test.yaml" line="12">\n      <failure message="expected queue hokkaido-queue, reached general-queue">');
  });

  it('follows TransferToFlow and a module through the repository (corpus-shaped fixtures)', () => {
    const { code, out } = json(['test/fixtures/simulate/ivr-main.test.yaml']);
    expect(code).toBe(0);
    expect([...new Set(out[1].trace.map((s: any) => s.flow))]).toEqual(['test/fixtures/simulate/ivr-main.json', 'test/fixtures/simulate/billing-flow.json', 'test/fixtures/simulate/verify-module.json']);
  });

  it('a bad scenario file per kind of mistake: exit 2 with file:line:column and what is wrong; the good files still run', () => {
    const bad = 'test/fixtures/simulate/bad';
    const r = runCli(['test', `${bad}/unknown-key.bad-scenario.yaml`, `${bad}/found-sometimes.bad-scenario.yaml`, `${bad}/wrong-type.bad-scenario.yaml`, `${bad}/flow-not-found.bad-scenario.yaml`, `${bad}/invalid-yaml.bad-scenario.yaml`, `${bad}/outside-repo.bad-scenario.yaml`, `${bad}/no-flow-no-expect.bad-scenario.yaml`, 'test/fixtures/simulate/ivr-main.test.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `connect-flow-lint: ${bad}/flow-not-found.bad-scenario.yaml:1:7: "flow": no file test/fixtures/simulate/no-such-flow.json (paths are relative to the scenario file)`,
      `connect-flow-lint: ${bad}/found-sometimes.bad-scenario.yaml:3:21: "profile.found" must be one of one, none, multiple, error, not string "sometimes"`,
      `connect-flow-lint: ${bad}/invalid-yaml.bad-scenario.yaml:5:1: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }`,
      `connect-flow-lint: ${bad}/no-flow-no-expect.bad-scenario.yaml:1:1: the scenario file has no "flow": name the flow file it tests, relative to this file (flow: inbound.json)`,
      `connect-flow-lint: ${bad}/no-flow-no-expect.bad-scenario.yaml:3:5: the scenario "x" has no "expect": say what must happen (visits, prompts, queue, attributes, ends...)`,
      expect.stringMatching(new RegExp(`^connect-flow-lint: ${bad}/outside-repo.bad-scenario.yaml:1:7: "flow": ../../../../../etc/passwd is outside the repository`)),
      `connect-flow-lint: ${bad}/unknown-key.bad-scenario.yaml:8:7: unknown key "notVisit" in "expect": did you mean "notVisits"? ("expect" takes visits, notVisits, path, prompts, queue, attributes, flowAttributes, ends)`,
      `connect-flow-lint: ${bad}/wrong-type.bad-scenario.yaml:5:24: dtmf digits are text: quote them (dtmf: "1"); YAML reads an unquoted 0312 as the number 312 and drops the leading zero`,
      `connect-flow-lint: ${bad}/wrong-type.bad-scenario.yaml:6:49: "agentsStaffed" is a number (0 or more), not string "many"`,
    ]);
    expect(r.stdout).toContain('2 scenarios: 2 passed, 0 failed');
  });

  it('finds *.test.yaml and the config\'s tests: list when run with no paths; no scenarios at all is exit 2, not a silent pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-sim-'));
    mkdirSync(join(dir, 'flows'));
    mkdirSync(join(dir, 'qa'));
    expect(runCli(['test'], dir).code).toBe(2);
    copyFileSync(join(ROOT, 'examples/clean-inbound.json'), join(dir, 'flows/inbound.json'));
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'extends: [connect-flow-lint:recommended]\ntests: ["qa/*.yaml"]\n');
    const scenario = (name: string) => `flow: ../flows/inbound.json\nvars: { hokkaido_queue_arn: "arn:aws:connect:::queue/hokkaido", general_queue_arn: "arn:aws:connect:::queue/general" }\ngiven: { contact: { customer: "+1" } }\nscenarios:\n  - name: ${name}\n    given: { profile: { found: none } }\n    expect: { queue: general, ends: queued }\n`;
    writeFileSync(join(dir, 'flows/inbound.test.yaml'), scenario('next to the flow').replace('../flows/', ''));
    writeFileSync(join(dir, 'qa/routing.yaml'), scenario('listed in the config'));
    const { code, out } = json([], dir);
    expect(code).toBe(0);
    expect(out.map((r: any) => `${r.file}: ${r.name}`)).toEqual(['flows/inbound.test.yaml: next to the flow', 'qa/routing.yaml: listed in the config']);
  });

  it('--format markdown draws each flow with covered routes green and uncovered ones red, and Mermaid parses it', async () => {
    const r = runCli(['test', 'examples/profile-field-not-requested.test.yaml', '--format', 'markdown']);
    expect(r.code).toBe(1);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(r.stdout)![1]!;
    const edges = chart.split('\n').filter((l) => l.includes('-->'));
    const style = (n: number): string | undefined => chart.split('\n').find((l) => l.startsWith(`linkStyle ${n} `));
    // The Hokkaidō branch of the Compare was never taken: the seed defect, in red.
    const hokkaido = edges.findIndex((l) => l.includes('Equals Hokkaidō'));
    expect(style(hokkaido)).toBe(`linkStyle ${hokkaido} stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4`);
    expect(style(edges.findIndex((l) => l === 'n0 --> n1'))).toContain('stroke:#1a7f37');
    const mermaid = await loadMermaid();
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('a tests: entry that is not a list of paths is a config error; one that matches nothing is a problem at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-sim-'));
    copyFileSync(join(ROOT, 'examples/clean-inbound.json'), join(dir, 'inbound.json'));
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'tests: 5\n');
    const bad = runCli(['test'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.connect-flow-lint.yaml:1:8: "tests" must be a list of scenario files or globs relative to this file');
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), 'tests:\n  - qa/*.yaml\n');
    writeFileSync(join(dir, 'inbound.test.yaml'), 'flow: inbound.json\nvars: { hokkaido_queue_arn: a, general_queue_arn: b }\nscenarios:\n  - name: x\n    given: { contact: { customer: "+1" }, profile: { found: none } }\n    expect: { ends: queued }\n');
    const missing = runCli(['test'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('connect-flow-lint: .connect-flow-lint.yaml:2:5: "tests" entry "qa/*.yaml" matches no file\n');
    expect(missing.stdout).toContain('1 scenario: 1 passed, 0 failed');
  });

  it('junit escapes what a scenario file says (names are text from a pull request)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-sim-'));
    copyFileSync(join(ROOT, 'examples/clean-inbound.json'), join(dir, 'inbound.json'));
    writeFileSync(join(dir, 'inbound.test.yaml'), 'flow: inbound.json\nvars: { hokkaido_queue_arn: a, general_queue_arn: b }\nscenarios:\n  - name: "<x a=\\"1\\">&\\u0001"\n    given: { contact: { customer: "+1" }, profile: { found: none } }\n    expect: { ends: disconnected }\n');
    const r = runCli(['test', '--format', 'junit'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('name="&lt;x a=&quot;1&quot;&gt;&amp;\ufffd"');
    expect(r.stdout).toContain('<failure message="expected the contact to end disconnected, it was queued to b">');
  });

  it('naming a flow instead of its scenario file is a usage error that says what to pass', () => {
    const r = runCli(['test', 'examples/clean-inbound.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('connect-flow-lint: examples/clean-inbound.json is a flow, not a scenario file: name its *.test.yaml (or a folder), whose "flow:" says which flow it tests\n');
  });

  it('a passing scenario still carries its notes: the outage path reads the profile with no lookup before it', () => {
    const { code, out } = json(['examples/profile-lookup-missing.test.yaml']);
    expect(code).toBe(0);
    expect(out.map((r: any) => r.notes)).toEqual([[], ['Compare 7bca6ef6 read $.Customer.Province as "": no customer profile lookup succeeded before it'], ['Compare 7bca6ef6 read $.Customer.Province as "": no customer profile lookup succeeded before it']]);
  });
});
