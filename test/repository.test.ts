import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  line: number;
  blockId: string | null;
  message: string;
}

const SUB_ID = '580a0d67-e34c-4455-8a9a-2b53de334570';
const SUB_ARN = `arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${SUB_ID}`;

type Block = { Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: Record<string, unknown> };

const errors = (to: string, ...types: string[]) => types.map((t) => ({ NextAction: to, ErrorType: t }));

function flow(start: string, actions: Block[], name?: string): Record<string, unknown> {
  return { Version: '2019-10-30', StartAction: start, Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {}, ...(name ? { name } : {}) }, Actions: actions };
}

/** A caller: (optionally) looks the profile up, then transfers to the sub-flow by ARN. */
function caller(withLookup: boolean, fields: string[]): Record<string, unknown> {
  const actions: Block[] = [
    { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: withLookup ? 'lookup' : 'to-sub' } },
    { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: SUB_ARN }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ];
  if (withLookup) {
    actions.push({
      Identifier: 'lookup',
      Type: 'GetCustomerProfile',
      Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: fields },
      Transitions: { NextAction: 'to-sub', Errors: errors('bye', 'MultipleFoundError', 'NoneFoundError', 'NoMatchingError') },
    });
  }
  return flow('logging', actions);
}

/** The sub-flow greets by first name and routes by province; as describe-contact-flow prints it, with its Id and Arn. */
function subFlowFile(): string {
  const sub = flow('greet', [
    { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Customer.FirstName' }, Transitions: { NextAction: 'province', Errors: errors('bye', 'NoMatchingError') } },
    {
      Identifier: 'province',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Customer.Province' },
      Transitions: { NextAction: 'bye', Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Hokkaidō'] } }], Errors: errors('bye', 'NoMatchingCondition') },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ]);
  return JSON.stringify({ ContactFlow: { Arn: SUB_ARN, Id: SUB_ID, Name: 'Greeting sub-flow', Type: 'CONTACT_FLOW', Content: JSON.stringify(sub) } }, null, 2);
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-repo-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function lint(dir: string, ...args: string[]): JsonFinding[] {
  const r = runCli(['--format', 'json', ...args], dir);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonFinding[];
}

const profileFindings = (fs: JsonFinding[]) => fs.filter((f) => f.ruleId.startsWith('profile-') || f.ruleId === 'reference-exists');

describe('flows that call flows', () => {
  it('alone, the sub-flow reads a profile it never loaded', () => {
    const dir = repo({ 'flows/sub.json': subFlowFile() });
    expect(profileFindings(lint(dir)).map((f) => [f.ruleId, f.blockId])).toEqual([['profile-lookup-before-use', 'greet'], ['profile-lookup-before-use', 'province']]);
  });

  it('entered only from a caller that loaded FirstName and Province, the sub-flow raises nothing', () => {
    const dir = repo({ 'flows/main.json': JSON.stringify(caller(true, ['FirstName', 'Province']), null, 2), 'flows/sub.json': subFlowFile() });
    expect(profileFindings(lint(dir))).toEqual([]);
  });

  it('entered with FirstName only, reading Province names the caller and its transfer block', () => {
    const dir = repo({ 'flows/main.json': JSON.stringify(caller(true, ['FirstName']), null, 2), 'flows/sub.json': subFlowFile() });
    const found = profileFindings(lint(dir));
    expect(found.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([['flows/sub.json', 'profile-response-fields', 'province']]);
    expect(found[0]!.message).toContain('is empty, as the lookup in flows/main.json (to-sub) before this flow does not request it');
    expect(found[0]!.message).toContain('$.Customer.Province read by');
  });

  it('entered from a second caller without a profile, the sub-flow is flagged and the message names that caller', () => {
    const dir = repo({
      'flows/main.json': JSON.stringify(caller(true, ['FirstName', 'Province']), null, 2),
      'flows/after-hours.json': JSON.stringify(caller(false, []), null, 2),
      'flows/sub.json': subFlowFile(),
    });
    const found = profileFindings(lint(dir));
    expect(found.map((f) => [f.ruleId, f.blockId])).toEqual([['profile-lookup-before-use', 'greet'], ['profile-lookup-before-use', 'province']]);
    expect(found[0]!.message).toContain('as its caller flows/after-hours.json (to-sub) enters it without a profile');
  });

  it('reports a transfer to a flow that is not in the repository, at the reference, unless it is marked external or mapped', () => {
    const main = JSON.stringify(caller(true, ['FirstName']), null, 2);
    const dir = repo({ 'flows/main.json': main });
    const found = lint(dir).filter((f) => f.ruleId === 'reference-exists');
    expect(found.map((f) => [f.blockId, f.line])).toEqual([['to-sub', lineOf(main, SUB_ARN)]]);
    expect(found[0]!.message).toContain(`transfers to the flow "…/${SUB_ID}", but no flow in the repository has its id`);

    writeFileSync(join(dir, '.connect-flow-lint.yaml'), `extends: [connect-flow-lint:recommended]\nrules:\n  reference-exists: [error, { external: ["${SUB_ID}"] }]\n`);
    expect(lint(dir).filter((f) => f.ruleId === 'reference-exists')).toEqual([]);

    // The config's flows map points the ARN at a file: then the reference resolves, and the profile flows in.
    writeFileSync(join(dir, 'flows/greeting.json'), JSON.stringify(JSON.parse(JSON.parse(subFlowFile()).ContactFlow.Content), null, 2));
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), `extends: [connect-flow-lint:recommended]\nflows:\n  "${SUB_ARN}": flows/greeting.json\n`);
    const mapped = profileFindings(lint(dir));
    expect(mapped.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([['flows/greeting.json', 'profile-response-fields', 'province']]);
  });

  it('does not check references chosen at run time', () => {
    const dynamic = caller(true, ['FirstName']) as { Actions: Block[] };
    dynamic.Actions.find((a) => a.Identifier === 'to-sub')!.Parameters['ContactFlowId'] = '$.Attributes.nextFlow';
    const dir = repo({ 'flows/main.json': JSON.stringify(dynamic, null, 2) });
    expect(lint(dir).filter((f) => f.ruleId === 'reference-exists')).toEqual([]);
  });

  it('links two flows of one CloudFormation template through !Sub and !GetAtt, and reports a missing resource', () => {
    const inbound = caller(true, ['FirstName', 'Province']) as { Actions: Block[] };
    inbound.Actions.find((a) => a.Identifier === 'to-sub')!.Parameters['ContactFlowId'] = '${GreetingArn}';
    const greeting = JSON.parse(JSON.parse(subFlowFile()).ContactFlow.Content) as Record<string, unknown>;
    const broken = caller(true, ['FirstName']) as { Actions: Block[] };
    broken.Actions.find((a) => a.Identifier === 'to-sub')!.Parameters['ContactFlowId'] = '${Missing.Arn}';
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Inbound:',
      '    Type: AWS::Connect::ContactFlow',
      '    Properties:',
      '      InstanceArn: !Ref InstanceArn',
      '      Name: Inbound',
      '      Type: CONTACT_FLOW',
      '      Content: !Sub',
      `        - '${JSON.stringify(inbound)}'`,
      '        - GreetingArn: !GetAtt Greeting.Arn',
      '  Greeting:',
      '    Type: AWS::Connect::ContactFlow',
      '    Properties:',
      '      InstanceArn: !Ref InstanceArn',
      '      Name: Greeting',
      '      Type: CONTACT_FLOW',
      `      Content: '${JSON.stringify(greeting)}'`,
      '  Broken:',
      '    Type: AWS::Connect::ContactFlow',
      '    Properties:',
      '      InstanceArn: !Ref InstanceArn',
      '      Name: Broken',
      '      Type: CONTACT_FLOW',
      `      Content: !Sub '${JSON.stringify(broken)}'`,
      '',
    ].join('\n');
    const dir = repo({ 'template.yaml': template });
    const found = profileFindings(lint(dir));
    // Greeting's only caller is Inbound (Broken names a resource that does not exist), and Inbound loaded
    // both fields Greeting reads: the only finding is the broken reference, on the line that holds it.
    expect(found.map((f) => [f.ruleId, f.blockId, f.line])).toEqual([['reference-exists', 'to-sub', lineOf(template, '${Missing.Arn}')]]);
    expect(found[0]!.message).toContain('no flow resource "Missing" in this template');
  });
});
