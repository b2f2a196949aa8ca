import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderIn, referenceShape } from '../src/core/repo/references.js';
import { terraformFlows } from '../src/core/source/terraform.js';
import { lintString, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  blockId: string | null;
  message: string;
}

type Block = { Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: Record<string, unknown> };
const errors = (to: string, ...types: string[]) => types.map((t) => ({ NextAction: to, ErrorType: t }));

function flow(start: string, actions: Block[], metadata: Record<string, unknown> = {}): string {
  return JSON.stringify({ Version: '2019-10-30', StartAction: start, Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: metadata }, Actions: actions }, null, 2);
}

/** Looks up FirstName and Province, then transfers to `target` (a placeholder, an ARN, a name). */
function caller(target: string, kind: 'flow' | 'module' = 'flow', metadataName?: string): string {
  const transfer: Block =
    kind === 'flow'
      ? { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: target }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } }
      : { Identifier: 'to-sub', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: target }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } };
  return flow(
    'logging',
    [
      { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'lookup' } },
      {
        Identifier: 'lookup',
        Type: 'GetCustomerProfile',
        Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName', 'Province'] },
        Transitions: { NextAction: 'to-sub', Errors: errors('bye', 'MultipleFoundError', 'NoneFoundError', 'NoMatchingError') },
      },
      transfer,
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
    metadataName ? { 'to-sub': { ContactFlow: { id: target, text: metadataName } } } : {},
  );
}

/** Greets by first name and routes by province: flagged when nothing hands it a loaded profile. */
function subFlow(): string {
  return flow('greet', [
    { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Customer.FirstName' }, Transitions: { NextAction: 'province', Errors: errors('bye', 'NoMatchingError') } },
    {
      Identifier: 'province',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Customer.Province' },
      Transitions: { NextAction: 'bye', Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Hokkaidō'] } }], Errors: errors('bye', 'NoMatchingCondition') },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ]);
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-deploy-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function lint(dir: string, ...args: string[]): JsonFinding[] {
  const r = runCli(['--format', 'json', ...args], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as JsonFinding[]).filter((f) => f.ruleId.startsWith('profile-') || f.ruleId === 'reference-exists');
}

describe('placeholders of every templating in use', () => {
  it.each([
    ['${RulesEngineError}', 'RulesEngineError', ['RulesEngineError']],
    ['%%RulesEngineError%%', 'RulesEngineError', ['RulesEngineError']],
    ['%RulesEngineError%', 'RulesEngineError', ['RulesEngineError']],
    ['{{contactFlows.RulesEngineError.arn}}', 'contactFlows.RulesEngineError.arn', ['contactFlows.RulesEngineError.arn', 'RulesEngineError']],
    ['{{{ flows.Rules Engine Error.arn }}}', 'flows.Rules Engine Error.arn', ['flows.Rules Engine Error.arn', 'Rules Engine Error']],
    ['${aws_connect_contact_flow.queue.arn}', 'aws_connect_contact_flow.queue.arn', ['aws_connect_contact_flow.queue.arn', 'queue']],
    ['arn:aws:connect:${region}:${account}:instance/${instance_id}/contact-flow/${main_flow_id}', 'main_flow_id', ['main_flow_id']],
  ])('%s names %s', (value, expression, names) => {
    expect(placeholderIn(value)).toBe(expression);
    expect(referenceShape(value)).toEqual({ kind: 'template', expression, names, cloudFormation: false });
  });

  it('a CloudFormation ${Resource.Arn} names a resource of the same template', () => {
    expect(referenceShape('${MainFlow.Arn}')).toEqual({ kind: 'template', expression: 'MainFlow.Arn', names: ['MainFlow'], cloudFormation: true });
  });

  it('text around a placeholder that is not an ARN is not a placeholder reference', () => {
    expect(placeholderIn('Main ${x} flow')).toBeUndefined();
    expect(referenceShape('100%')).toEqual({ kind: 'name', name: '100%' });
  });

  it.each(['{{contactFlows.Sub.arn}}', '%%Sub%%', '%Sub%', '${Sub}', 'arn:aws:connect:${region}:${account}:instance/${instance}/contact-flow/${Sub}'])(
    'a reference written %s resolves to the repository flow named Sub, so the profile its caller loaded reaches it',
    (value) => {
      const dir = repo({ 'flows/main.json': caller(value), 'flows/Sub.json': subFlow() });
      expect(lint(dir)).toEqual([]);
    },
  );

  it('a placeholder that names no flow of the repository is filled at deploy time: not a missing flow', () => {
    for (const value of ['{{contactFlows.Elsewhere.arn}}', '%%Elsewhere%%', '${elsewhere_flow_arn}', 'arn:aws:connect:${region}:${account}:instance/${instance}/contact-flow/${flow_id}']) {
      const dir = repo({ 'flows/main.json': caller(value), 'flows/module.json': caller(value, 'module') });
      expect(lint(dir), value).toEqual([]);
    }
  });

  it('the flows every instance has are never missing, by ARN with their designer name or by name', () => {
    const arn = 'arn:aws:connect:us-east-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/2f1d3c4b-5a6e-4f70-8190-a1b2c3d4e5f6';
    const dir = repo({ 'flows/main.json': caller(arn, 'flow', 'Default customer queue'), 'flows/by-name.json': caller('Default queue transfer') });
    expect(lint(dir)).toEqual([]);
    const other = repo({ 'flows/main.json': caller(arn, 'flow', 'Billing flow') });
    expect(lint(other).map((f) => f.ruleId)).toEqual(['reference-exists']);
  });
});

describe('Terraform names the flow files', () => {
  const tf = `
resource "aws_connect_contact_flow" "main" {
  instance_id = var.instance_id
  name        = "\${var.prefix}-Main"
  type        = "CONTACT_FLOW"
  content = templatefile("\${path.module}/flows/main.json.tftpl", {
    greeting_flow_arn = aws_connect_contact_flow.greeting.arn
    queue_arn         = aws_connect_queue.support.arn   # not a flow
  })
}

# The greeting sub-flow, from a plain file.
resource "aws_connect_contact_flow" "greeting" {
  instance_id  = var.instance_id
  name         = "Greeting"
  type         = "CONTACT_FLOW"
  filename     = "flows/greeting.json"
  content_hash = filebase64sha256("flows/greeting.json")
}
`;

  it('reads each resource: its address, literal name, file and templatefile() variables', () => {
    const flows = terraformFlows(tf);
    expect(flows.map((f) => [f.address, f.name, f.file, [...f.variables]])).toEqual([
      ['aws_connect_contact_flow.main', undefined, 'flows/main.json.tftpl', [['greeting_flow_arn', 'aws_connect_contact_flow.greeting.arn'], ['queue_arn', 'aws_connect_queue.support.arn']]],
      ['aws_connect_contact_flow.greeting', 'Greeting', 'flows/greeting.json', []],
    ]);
    expect(flows.map((f) => f.line)).toEqual([2, 13]);
  });

  it('a templatefile() variable that the .tf fills with another flow resource links the two flows', () => {
    const linked = repo({ 'main.tf': tf, 'flows/main.json.tftpl': caller('${greeting_flow_arn}'), 'flows/greeting.json': subFlow() });
    expect(lint(linked)).toEqual([]);
    // Without the .tf the variable is a deploy-time placeholder: the sub-flow is linted on its own.
    const alone = repo({ 'flows/main.json.tftpl': caller('${greeting_flow_arn}'), 'flows/greeting.json': subFlow() });
    expect(lint(alone).map((f) => [f.file, f.ruleId])).toEqual([
      ['flows/greeting.json', 'profile-lookup-before-use'],
      ['flows/greeting.json', 'profile-lookup-before-use'],
    ]);
  });

  it('a flow named in the .tf is found by that name, and by its resource address in a heredoc-style reference', () => {
    expect(lint(repo({ 'main.tf': tf, 'flows/main.json': caller('Greeting'), 'flows/greeting.json': subFlow() }))).toEqual([]);
    expect(lint(repo({ 'main.tf': tf, 'flows/main.json': caller('${aws_connect_contact_flow.greeting.arn}'), 'flows/greeting.json': subFlow() }))).toEqual([]);
  });

  it('hostile .tf text ends quickly', () => {
    const start = Date.now();
    terraformFlows(`resource "aws_connect_contact_flow" "x" {\n${'content = templatefile("a", {\n'.repeat(5000)}`);
    terraformFlows('resource "aws_connect_contact_flow" "x" { name = "' + '\\"'.repeat(50_000));
    terraformFlows(`${'resource "aws_connect_contact_flow" "x" { <<EOF\n'.repeat(3000)}`);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('linting some files of a repository is linting them in their repository', () => {
  const files = () => ({ 'flows/main.json': caller('%%Sub%%'), 'flows/Sub.json': subFlow() });

  it('a named caller resolves its reference against the flows it was not named with', () => {
    const dir = repo({ 'flows/main.json': caller('Sub'), 'flows/Sub.json': subFlow() });
    expect(lint(dir, 'flows/main.json')).toEqual([]);
  });

  it('a named callee is entered with the profile its unnamed caller hands over, and only the named file is reported', () => {
    const dir = repo(files());
    expect(lint(dir, 'flows/Sub.json')).toEqual([]);
    // Entered from a caller without a lookup, the callee's reads are reported; the caller's own findings are not.
    const unloaded = repo({ 'flows/main.json': caller('%%Sub%%').replace('"NextAction": "lookup"', '"NextAction": "to-sub"'), 'flows/Sub.json': subFlow() });
    const found = lint(unloaded, 'flows/Sub.json');
    expect(found.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([
      ['flows/Sub.json', 'profile-lookup-before-use', 'greet'],
      ['flows/Sub.json', 'profile-lookup-before-use', 'province'],
    ]);
    expect(found[0]!.message).toContain('flows/main.json');
    const all = runCli(['--format', 'json', 'flows/Sub.json'], unloaded);
    expect((JSON.parse(all.stdout) as JsonFinding[]).every((f) => f.file === 'flows/Sub.json')).toBe(true);
  });

  it('in a git checkout, flows in a folder .gitignore names are not the repository\'s: not read for linking', () => {
    const dir = repo({ 'flows/main.json': caller('Sub'), 'out/Sub.json': subFlow(), '.gitignore': 'out/\n' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(lint(dir, 'flows/main.json').map((f) => f.ruleId)).toEqual(['reference-exists']);
    writeFileSync(join(dir, '.gitignore'), '');
    expect(lint(dir, 'flows/main.json')).toEqual([]);
  });

  it('two shards of a repository give the union of one full run', () => {
    const dir = repo({ ...files(), 'flows/other.json': caller('%%Missing%%'.replace('%%Missing%%', 'Nowhere flow')) });
    const key = (f: JsonFinding) => `${f.file}|${f.ruleId}|${f.blockId}|${f.message}`;
    const full = lint(dir).map(key).sort();
    const shards = [...lint(dir, 'flows/main.json', 'flows/other.json'), ...lint(dir, 'flows/Sub.json')].map(key).sort();
    expect(full.length).toBeGreaterThan(0);
    expect(shards).toEqual(full);
  });
});

describe('a repository whose references all lead nowhere says why once', () => {
  const arn = (id: string) => `arn:aws:connect:us-east-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${id}`;
  it('names the cause and the fixes on stderr, once', () => {
    const dir = repo({
      'flows/a.json': caller(arn('2f1d3c4b-5a6e-4f70-8190-a1b2c3d4e5f6')),
      'flows/b.json': caller(arn('3f1d3c4b-5a6e-4f70-8190-a1b2c3d4e5f6')),
    });
    const r = runCli(['--format', 'json'], dir);
    expect(r.stderr.match(/none of the 2 references between these 2 flows resolved/g)).toHaveLength(1);
    expect(r.stderr).toContain('describe-contact-flow');
    // One resolved reference: the pass did work, nothing to say.
    const some = repo({ 'flows/a.json': caller('Sub'), 'flows/b.json': caller(arn('3f1d3c4b-5a6e-4f70-8190-a1b2c3d4e5f6')), 'flows/Sub.json': subFlow() });
    expect(runCli(['--format', 'json'], some).stderr).toBe('');
  });
});

describe('files users keep flows in are found, or said to be skipped', () => {
  const good = caller('Default customer queue');
  it('finds console exports saved without an extension and Terraform .tpl/.json.tpl templates', () => {
    const dir = repo({ 'flows/inbound': good, 'flows/main.json.tpl': good, 'flows/other.tpl': good, 'flows/user_data.tpl': '#!/bin/sh\necho ${name}\n', 'flows/README': 'Flows of the team.\n' });
    const r = runCli(['--format', 'json'], dir);
    const report = runCli(['--verbose', '.'], dir);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('linted 3 flows in 4 files');
    expect(report.stderr).toContain('skipped flows/user_data.tpl: not a flow: a .tpl template that is not JSON');
    expect(report.stderr).toContain('skipped flows/README: no extension, and its content is not a flow export');
    expect(r.stdout).toBe('[]\n');
  });

  it('--verbose names every skipped file with its reason', () => {
    const dir = repo({ 'flows/a.json': good, 'docs/notes.md': '# notes', 'scripts/deploy.sh': 'echo' });
    const r = runCli(['--verbose'], dir);
    expect(r.stderr).toContain('skipped docs/notes.md: not a flow file type');
    expect(r.stderr).toContain('skipped scripts/deploy.sh: not a flow file type');
  });
});

describe('placeholders are treated alike in every parameter', () => {
  const lambdaFlow = (arn: string, timeout: string) =>
    flow('lambda', [
      { Identifier: 'lambda', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: arn, InvocationTimeLimitSeconds: timeout, ResponseValidation: { ResponseType: 'STRING_MAP' } }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ]);
  it.each(['${lambda_arn}', '%%LambdaArn%%', '%LambdaArn%', '{{lambdas.status.arn}}'])('a Lambda ARN and a timeout written %s raise nothing, as a flow reference written so does not', (placeholder) => {
    const timeout = placeholder.replace(/lambda_arn|LambdaArn|lambdas\.status\.arn/, 'timeout');
    const findings = lintString('flows/lambda.json', lambdaFlow(placeholder, timeout)).filter((f) => f.ruleId === 'parameters-valid' || f.ruleId === 'no-hardcoded-arn');
    expect(findings).toEqual([]);
    const dir = repo({ 'flows/main.json': caller(placeholder) });
    expect(lint(dir)).toEqual([]);
  });

  it('a timeout that is plain text is still reported', () => {
    expect(lintString('flows/lambda.json', lambdaFlow('${lambda_arn}', 'eight')).map((f) => f.ruleId)).toContain('parameters-valid');
  });
});
