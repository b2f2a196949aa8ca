/**
 * Sharding one repository's flows over several CLI runs (a matrix of jobs, each with its own `paths`), as the
 * README's "Sharding" section tells: the union of the shards' findings must be one run's findings. Runs the
 * built CLI bundle (run `npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

type Block = { Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: Record<string, unknown> };
const errors = (to: string, ...types: string[]) => types.map((t) => ({ NextAction: to, ErrorType: t }));
const arn = (id: string) => `arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${id}`;

/** A caller: looks the profile up (requesting `fields`), then transfers to the sub-flow `subId` by ARN. */
function caller(subId: string, fields: string[]): string {
  const actions: Block[] = [
    { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'lookup' } },
    { Identifier: 'lookup', Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: fields }, Transitions: { NextAction: 'to-sub', Errors: errors('bye', 'MultipleFoundError', 'NoneFoundError', 'NoMatchingError') } },
    { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: arn(subId) }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ];
  return JSON.stringify({ Version: '2019-10-30', StartAction: 'logging', Actions: actions }, null, 2);
}

/** A sub-flow (describe-contact-flow output, with its Id and Arn) that greets by first name and routes by province. */
function sub(id: string, name: string): string {
  const content = {
    Version: '2019-10-30',
    StartAction: 'greet',
    Actions: [
      { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Customer.FirstName' }, Transitions: { NextAction: 'province', Errors: errors('bye', 'NoMatchingError') } },
      { Identifier: 'province', Type: 'Compare', Parameters: { ComparisonValue: '$.Customer.Province' }, Transitions: { NextAction: 'bye', Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Hokkaidō'] } }], Errors: errors('bye', 'NoMatchingCondition') } },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
  return JSON.stringify({ ContactFlow: { Arn: arn(id), Id: id, Name: name, Type: 'CONTACT_FLOW', Content: JSON.stringify(content) } }, null, 2);
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-shards-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function lint(dir: string, ...paths: string[]): string[] {
  const r = runCli(['--format', 'json', ...paths], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
}

const A = '580a0d67-e34c-4455-8a9a-2b53de334570';
const B = '6d1b2c3e-0000-4455-8a9a-2b53de334571';

describe('sharding a repository over CLI runs by paths', () => {
  it('shards along folders no call crosses: the union of the shards is one run', () => {
    // Two teams' folders; each caller calls the sub-flow of its own folder. One caller requests too few fields,
    // so one run has a finding that only the repository pass (caller → sub-flow) can find.
    const dir = repo({
      'flows/billing/inbound.json': caller(A, ['FirstName', 'Province']),
      'flows/billing/greeting.json': sub(A, 'Billing greeting'),
      'flows/outage/inbound.json': caller(B, ['FirstName']),
      'flows/outage/greeting.json': sub(B, 'Outage greeting'),
    });
    const whole = lint(dir, 'flows');
    expect(whole.some((f) => f.startsWith('flows/outage/greeting.json') && f.includes('profile-response-fields'))).toBe(true);
    const shards = [...lint(dir, 'flows/billing'), ...lint(dir, 'flows/outage')];
    expect(shards.sort()).toEqual([...whole].sort());
  });

  it('shards that cut a call (caller in one, sub-flow in the other) give the union of one run: each shard links against every flow and reports only its own', () => {
    const dir = repo({ 'flows/a/inbound.json': caller(A, ['FirstName', 'Province']), 'flows/b/greeting.json': sub(A, 'Greeting') });
    const whole = lint(dir, 'flows');
    const shards = [...lint(dir, 'flows/a'), ...lint(dir, 'flows/b')];
    expect(shards.sort()).toEqual([...whole].sort());
    // The sub-flow's shard sees the caller's loaded profile: no profile finding, no missing reference.
    expect(lint(dir, 'flows/b').filter((f) => /profile-|reference-exists/.test(f))).toEqual([]);
  });

  // The README's check for calls across shards, run as written (npx replaced by the built bundle); jq is on
  // GitHub's runners and most CI images.
  const HAS_JQ = spawnSync('jq', ['--version']).status === 0;
  it.skipIf(!HAS_JQ)(`the README's check prints each call that crosses the folders under flows/, and nothing when none does${HAS_JQ ? '' : ' (skipped: jq is not installed)'}`, () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = readme.split('\n').find((l) => l.startsWith('npx connect-flow-lint graph --repo flows/ --format json | jq'));
    expect(command, 'the check in the README').toBeDefined();
    const run = (dir: string) => spawnSync('bash', ['-c', command!.replace('npx connect-flow-lint', `"${process.execPath}" "${CLI}"`)], { cwd: dir, encoding: 'utf8' });
    const cut = run(repo({ 'flows/a/inbound.json': caller(A, ['FirstName']), 'flows/b/greeting.json': sub(A, 'Greeting') }));
    expect(cut.stderr).toBe('');
    expect(cut.stdout).toBe('flows/a/inbound.json -> flows/b/greeting.json\n');
    const independent = run(repo({ 'flows/a/inbound.json': caller(A, ['FirstName']), 'flows/a/greeting.json': sub(A, 'Greeting'), 'flows/b/inbound.json': caller(B, ['FirstName']), 'flows/b/greeting.json': sub(B, 'Other') }));
    expect(independent.status).toBe(0);
    expect(independent.stdout).toBe('');
  });
});
