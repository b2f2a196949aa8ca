import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../src/node/files.js';
import { MODULE_FLOW_TYPE } from '../src/connect/flow-types.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { standInPlaceholders } from '../src/core/source/placeholders.js';
import { CLOUDFORMATION_TAGS } from '../src/core/source/cloudformation.js';
import { yamlScalarMapper, type ScalarStyle } from '../src/core/source/yaml-scalar.js';
import { isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { Finding, Position } from '../src/core/types.js';
import { configFrom, lintString, runCli } from './helpers.js';

/** Line and column (1-based) where `needle` first occurs in `text` at or after `from` (a string to find first). */
function positionOf(text: string, needle: string, from?: string): Position {
  const start = from === undefined ? 0 : text.indexOf(from);
  if (start < 0) throw new Error(`not in the text: ${from}`);
  const i = text.indexOf(needle, start);
  if (i < 0) throw new Error(`not in the text: ${needle}`);
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return { line: text.slice(0, i).split('\n').length, column: i - lineStart + 1 };
}

const ruleIds = (findings: readonly Finding[]): string[] => findings.map((f) => f.ruleId);

/**
 * A small inbound flow as a team keeps it in IaC: placeholders for the Lambda and queue ARNs inside strings,
 * and one bare placeholder where a value belongs. Its defect: the Lambda block's NoMatchingError is unwired.
 */
const FLOW = `{
  "Version": "2019-10-30",
  "StartAction": "log",
  "Actions": [
    { "Identifier": "log", "Type": "UpdateFlowLoggingBehavior", "Parameters": { "FlowLoggingBehavior": "Enabled" }, "Transitions": { "NextAction": "lookup" } },
    { "Identifier": "lookup", "Type": "InvokeLambdaFunction",
      "Parameters": { "LambdaFunctionARN": "\${LookupFunction.Arn}", "InvocationTimeLimitSeconds": \${Timeout} },
      "Transitions": { "NextAction": "queue", "Errors": [] } },
    { "Identifier": "queue", "Type": "UpdateContactTargetQueue", "Parameters": { "QueueId": "\${QueueArn}" },
      "Transitions": { "NextAction": "transfer", "Errors": [{ "NextAction": "bye", "ErrorType": "NoMatchingError" }] } },
    { "Identifier": "transfer", "Type": "TransferContactToQueue", "Parameters": {},
      "Transitions": { "NextAction": "bye", "Errors": [{ "NextAction": "bye", "ErrorType": "QueueAtCapacity" }, { "NextAction": "bye", "ErrorType": "NoMatchingError" }] } },
    { "Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
  ]
}`;

/** The same flow with every placeholder filled, as one line of JSON (what `JSON.stringify(flow)` in CDK writes). */
function compact(flowText: string, edit: (flow: { Actions: Array<Record<string, unknown>> }) => void = () => {}): string {
  const flow = JSON.parse(flowText.replace('${Timeout}', '"8"')) as { Actions: Array<Record<string, unknown>> };
  edit(flow);
  return JSON.stringify(flow);
}

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(spaces) + l))
    .join('\n');

/** A CloudFormation YAML template in the shape real ones have: short-form intrinsics everywhere. */
function yamlTemplate(content: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: Hokkaido Energy inbound contact flow
Transform: AWS::LanguageExtensions
Parameters:
  ConnectInstanceArn:
    Type: String
  Timeout:
    Type: Number
    Default: 8
Mappings:
  Tables:
    ap-northeast-1: { Name: customers-tokyo }
Conditions:
  IsProd: !Equals [!Ref "AWS::AccountId", "123456789012"]
  NotProd: !Not [!Condition IsProd]
  Either: !Or [!Condition IsProd, !And [!Condition NotProd, !Equals [a, b]]]
Resources:
  LookupFunction:
    Type: AWS::Lambda::Function
    Properties:
      Role: !ImportValue shared-lambda-role
      Handler: index.handler
      Runtime: python3.13
      Code:
        ZipFile: !Base64 |
          def handler(event, context):
              return {}
      Environment:
        Variables:
          TABLE: !FindInMap [Tables, !Ref "AWS::Region", Name]
          SUBNETS: !If [IsProd, !Join [",", !Split [",", !ImportValue subnets]], !Ref "AWS::NoValue"]
          CIDR: !Select [0, !Cidr [10.0.0.0/16, 4, 8]]
          AZ: !Select [0, !GetAZs ""]
          EXTRA: !Transform { Name: AWS::Include, Parameters: { Location: s3://bucket/extra.yaml } }
  SupportQueue:
    Type: AWS::Connect::Queue
    Properties:
      InstanceArn: !Ref ConnectInstanceArn
      HoursOfOperationArn: !GetAtt Hours.HoursOfOperationArn
      Name: support
  InboundFlow:
    Type: AWS::Connect::ContactFlow
    Properties:
      InstanceArn: !Ref ConnectInstanceArn
      Name: hokkaido-inbound
      Type: CONTACT_FLOW
      Content: ${content}
Outputs:
  FlowArn:
    Value: !GetAtt InboundFlow.ContactFlowArn
`;
}

describe('CloudFormation YAML templates', () => {
  it.each(['|', '|-', '|+', '>', '>-'])('lints a !Sub %s block-scalar Content and places the finding at its line and column', (header) => {
    const text = yamlTemplate(`!Sub ${header}\n${indent(FLOW, 8)}\n`);
    const findings = lintString('template.yaml', text);
    expect(ruleIds(findings)).toEqual(['error-branches-wired']);
    const f = findings[0]!;
    expect(f.flowName).toBe('InboundFlow');
    expect(f.blockId).toBe('lookup');
    expect(f.range.start).toEqual(positionOf(text, '"Identifier": "lookup"'));
  });

  it('reads the resource name and Type, and parses every intrinsic tag without a problem', () => {
    const r = readFlowFile('template.yaml', yamlTemplate(`!Sub |\n${indent(FLOW, 8)}\n`));
    expect(r.problems).toEqual([]);
    expect(r.flows.map((f) => [f.name, f.flowType])).toEqual([['InboundFlow', 'CONTACT_FLOW']]);
  });

  it('lints a double-quoted !Sub [template, {vars}] Content (the corpus style) at the escaped key in the file', () => {
    const content = `!Sub\n        - ${JSON.stringify(compact(FLOW))}\n        - QueueArn: !GetAtt SupportQueue.Arn\n          Timeout: !Ref Timeout`;
    const text = yamlTemplate(content);
    const findings = lintString('template.yaml', text);
    expect(ruleIds(findings)).toEqual(['error-branches-wired']);
    expect(findings[0]!.range.start).toEqual(positionOf(text, '\\"Identifier\\":\\"lookup\\"'));
  });

  it('lints single-quoted, folded-over-lines and long-form Fn::Sub Contents', () => {
    const single = yamlTemplate(`!Sub '${compact(FLOW)}'`);
    expect(lintString('t.yaml', single)[0]!.range.start).toEqual(positionOf(single, '"Identifier":"lookup"'));
    // A quoted scalar wrapped over several lines: YAML folds each line break into a space.
    const wrapped = yamlTemplate(JSON.stringify(compact(FLOW)).replace(/,(?=\{\\"Identifier)/g, ',\n        '));
    expect(lintString('t.yaml', wrapped)[0]!.range.start).toEqual(positionOf(wrapped, '\\"Identifier\\":\\"lookup\\"'));
    const long = yamlTemplate(`\n        Fn::Sub: |\n${indent(FLOW, 10)}`);
    expect(lintString('t.yaml', long)[0]!.range.start).toEqual(positionOf(long, '"Identifier": "lookup"'));
  });

  it('reports a Content built with !Join as unsupported-content on its key, naming the resource', () => {
    const text = yamlTemplate('!Join\n        - ""\n        - - "{\\"Version\\": \\"2019-10-30\\", "\n          - !Sub "\\"StartAction\\": \\"${Start}\\"}"');
    const findings = lintString('template.yaml', text);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['unsupported-content', 'warn']]);
    expect(findings[0]!.message).toContain('AWS::Connect::ContactFlow "InboundFlow"');
    expect(findings[0]!.message).toContain('!Join');
    expect(findings[0]!.range.start).toEqual(positionOf(text, 'Content:', 'InboundFlow:'));
  });

  it('places a JSON syntax error inside a block scalar at its line and column', () => {
    const broken = FLOW.replace('"Transitions": {} }', '"Transitions": {}, }');
    const text = yamlTemplate(`!Sub |\n${indent(broken, 8)}\n`);
    const findings = lintString('template.yaml', text);
    expect(ruleIds(findings)).toEqual(['parse-error']);
    expect(findings[0]!.message).toContain('"InboundFlow"');
    expect(findings[0]!.range.start).toEqual(positionOf(text, '}', ', }'));
  });

  it('reports a YAML syntax error in a template at its line and column', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Flow:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Content: '${compact(FLOW)}'\n    Type: AWS::Connect::ContactFlowModule\n`;
    const findings = lintString('template.yml', text);
    expect(ruleIds(findings)).toEqual(['parse-error']);
    expect(findings[0]!.message).toContain('unique');
    expect(findings[0]!.range.start).toEqual(positionOf(text, 'Type: AWS::Connect::ContactFlowModule'));
  });

  it('says why a YAML file that is not a template holds no flow, never a parse error', () => {
    const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    expect(readFlowFile('.github/workflows/ci.yml', workflow)).toMatchObject({ flows: [], problems: [], notAFlow: expect.stringContaining('not a CloudFormation template') });
    expect(readFlowFile('odd.yaml', 'a: [unclosed\n')).toMatchObject({ flows: [], problems: [], notAFlow: expect.stringContaining('nor valid YAML') });
    const noFlows = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
    expect(readFlowFile('bucket.yaml', noFlows).notAFlow).toContain('no AWS::Connect::ContactFlow or AWS::Connect::ContactFlowModule resource (1 resource: AWS::S3::Bucket)');
    // Recognised by its Resources alone.
    const bare = `Resources:\n  Flow:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Content: '${compact(FLOW)}'\n`;
    expect(readFlowFile('bare.yaml', bare).flows.map((f) => f.name)).toEqual(['Flow']);
  });

  it('reports legacy-designer content once per file', () => {
    const legacy = JSON.stringify({ modules: [], version: '1', type: 'contactFlow', start: 'x' });
    const res = (id: string): string => `  ${id}:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Content: '${legacy}'\n`;
    const findings = lintString('old.yaml', `Resources:\n${res('A')}${res('B')}`);
    expect(ruleIds(findings)).toEqual(['legacy-format']);
  });
});

describe('YAML scalar offsets', () => {
  it('decodes every scalar style as the YAML library does, and maps each character back to where it is written', () => {
    // Seeded random values: JSON-ish text with quotes, backslashes, tabs, blank lines, placeholders, non-ASCII.
    let seed = 42;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ['{', '}', '"', 'a', 'b', ':', ',', ' ', '  ', '\n', '\n\n', '\t', "'", '\\', '$', '${X}', 'é', '#', '-', '['];
    let checked = 0;
    for (let t = 0; t < 300; t++) {
      let body = '';
      for (let k = 5 + random(40); k > 0; k--) body += pieces[random(pieces.length)];
      const lines = body.split('\n');
      const docs = ['|', '|-', '|+', '>', '>-', '>+', '|2'].map(
        (h) => `R:\n  k: !Sub ${h}\n${lines.map((l) => (l === '' && random(2) ? '' : (h === '|2' ? '    ' : '      ') + l)).join('\n')}\n${random(2) ? '\n' : ''}  z: 1\n`,
      );
      docs.push(`R:\n  k: "${body.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/é/g, '\\u00e9').replace(/b/g, '\\\n   b').split('\n').join('\n    ')}"\n`);
      docs.push(`R:\n  k: '${body.replace(/'/g, "''").split('\n').join('\n    ')}'\n`);
      docs.push(`R:\n  k: plain ${body.replace(/[^a-z$ \n]/g, 'x').split('\n').join('\n    ')}\n`);
      for (const text of [...docs, ...docs.map((d) => d.replace(/\n/g, '\r\n'))]) {
        const doc = parseDocument(text, { customTags: [...CLOUDFORMATION_TAGS] });
        if (doc.errors.length > 0) continue;
        const node = ((doc.contents as YAMLMap).items[0]!.value as YAMLMap).items[0]!.value;
        if (!isScalar(node) || typeof node.value !== 'string') continue;
        const value = node.value;
        const mapping = yamlScalarMapper(text, node.range as [number, number, number], node.type as ScalarStyle, value);
        expect(mapping.exact, JSON.stringify(text)).toBe(true);
        const offsets = mapping.toFile([...value].map((_, k) => k));
        [...value].forEach((c, k) => {
          // Whitespace may come from a fold; an escaped character maps to its backslash.
          if (/\S/.test(c) && text[offsets[k]!] !== '\\' && !(c === "'" && text[offsets[k]! - 1] === "'")) expect(text[offsets[k]!], JSON.stringify(text)).toBe(c);
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});

describe('CloudFormation JSON templates and CDK output', () => {
  it('lints an Fn::Sub Content string at the escaped key inside the JSON string', () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        InboundFlow: {
          Type: 'AWS::Connect::ContactFlow',
          Properties: { InstanceArn: { Ref: 'ConnectInstanceArn' }, Name: 'inbound', Type: 'CONTACT_FLOW', Content: { 'Fn::Sub': FLOW } },
        },
      },
    };
    const text = JSON.stringify(template, null, 2);
    const findings = lintString('template.json', text);
    expect(ruleIds(findings)).toEqual(['error-branches-wired']);
    expect(findings[0]!.flowName).toBe('InboundFlow');
    // In the file the flow is one JSON string: its quotes escaped, its line breaks \n.
    expect(findings[0]!.range.start).toEqual(positionOf(text, '\\"Identifier\\": \\"lookup\\"'));
    expect(readFlowFile('template.json', text).flows[0]!.flowType).toBe('CONTACT_FLOW');
    // The [template, {vars}] form too.
    template.Resources.InboundFlow.Properties.Content = { 'Fn::Sub': [FLOW, { QueueArn: { 'Fn::GetAtt': ['Q', 'Arn'] } }] } as never;
    const listForm = JSON.stringify(template, null, 2);
    expect(lintString('template.json', listForm)[0]!.range.start).toEqual(positionOf(listForm, '\\"Identifier\\": \\"lookup\\"'));
  });

  it('lints both flows of a CDK template (cdk.out/*.template.json), each at its own place, and reports a Fn::Join Content', () => {
    const inbound = compact(FLOW);
    // The second flow's defect: a transition to a block that does not exist.
    const transfer = compact(FLOW, (flow) => {
      (flow.Actions[1]!['Transitions'] as Record<string, unknown>)['Errors'] = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];
      (flow.Actions[2]!['Transitions'] as Record<string, unknown>)['Errors'] = [{ NextAction: 'nowhere', ErrorType: 'NoMatchingError' }];
    });
    const template = {
      Resources: {
        InboundFlowE3A2C1B4: { Type: 'AWS::Connect::ContactFlow', Properties: { Content: inbound, InstanceArn: 'arn', Name: 'inbound', Type: 'CONTACT_FLOW' } },
        TransferFlow0D9F8A77: { Type: 'AWS::Connect::ContactFlow', Properties: { Content: transfer, InstanceArn: 'arn', Name: 'transfer', Type: 'QUEUE_TRANSFER' } },
        TokenFlow11AA22BB: {
          Type: 'AWS::Connect::ContactFlow',
          Properties: { Content: { 'Fn::Join': ['', ['{"Version":"2019-10-30","StartAction":"', { Ref: 'Start' }, '"}']] }, InstanceArn: 'arn', Name: 'token', Type: 'CONTACT_FLOW' },
        },
        Queue: { Type: 'AWS::Connect::Queue', Properties: {} },
      },
      Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
    };
    const text = JSON.stringify(template, null, 1);
    const r = readFlowFile('cdk.out/HokkaidoStack.template.json', text);
    expect(r.flows.map((f) => [f.name, f.flowType])).toEqual([
      ['InboundFlowE3A2C1B4', 'CONTACT_FLOW'],
      ['TransferFlow0D9F8A77', 'QUEUE_TRANSFER'],
    ]);
    const findings = lintString('cdk.out/HokkaidoStack.template.json', text);
    expect(findings.map((f) => [f.ruleId, f.flowName])).toEqual([
      ['error-branches-wired', 'InboundFlowE3A2C1B4'],
      ['transition-target-exists', 'TransferFlow0D9F8A77'],
      ['unsupported-content', undefined],
    ]);
    expect(findings[0]!.range.start).toEqual(positionOf(text, '\\"Identifier\\":\\"lookup\\"', 'InboundFlowE3A2C1B4'));
    expect(findings[1]!.range.start).toEqual(positionOf(text, '\\"NextAction\\":\\"nowhere\\"', 'TransferFlow0D9F8A77'));
    expect(findings[2]!.message).toContain('"TokenFlow11AA22BB" is built with Fn::Join');
    expect(findings[2]!.range.start).toEqual(positionOf(text, '"Content"', 'TokenFlow11AA22BB'));
  });
});

describe('Terraform templatefile() flows', () => {
  const TFTPL = FLOW.replace('${LookupFunction.Arn}', '${lookup_lambda_arn}')
    .replace('${Timeout}', '${timeout}')
    .replace('"QueueId": "${QueueArn}"', '"QueueId": ${jsonencode(queue_arn)}');

  it('lints a .json.tftpl with bare placeholders without a parse error, at the right line and column', () => {
    const findings = lintString('flows/inbound.json.tftpl', TFTPL);
    expect(ruleIds(findings)).toEqual(['error-branches-wired']);
    expect(findings[0]!.range.start).toEqual(positionOf(TFTPL, '"Identifier": "lookup"'));
  });

  it('keeps every offset: a placeholder is replaced by a stand-in of the same length', () => {
    const out = standInPlaceholders(TFTPL)!;
    expect(out).toHaveLength(TFTPL.length);
    expect(out).toContain('"InvocationTimeLimitSeconds": "$timeout"');
    expect(out).toContain('"LambdaFunctionARN": "${lookup_lambda_arn}"'); // inside a string: left alone
    expect(() => JSON.parse(out)).not.toThrow();
    expect(standInPlaceholders('{"a": "${x}"}')).toBeUndefined();
    const multiLine = standInPlaceholders('{"a": ${merge(\n  x)}}')!;
    expect(multiLine.split('\n')).toHaveLength(2);
    expect(JSON.parse(multiLine)).toEqual({ a: 0 });
  });

  it('still reports a real syntax error in a templated flow', () => {
    const text = TFTPL.replace('"Transitions": {} }', '"Transitions": {} },');
    const findings = lintString('flows/inbound.json.tftpl', text);
    expect(ruleIds(findings)).toEqual(['parse-error']);
  });
});

describe('placeholders and no-hardcoded-arn', () => {
  it('accepts ${QueueArn} and a Sub-built ARN, and flags an ARN with a 12-digit account', () => {
    expect(lintString('t.yaml', yamlTemplate(`!Sub |\n${indent(FLOW.replace('"Errors": [] }', '"Errors": [{ "NextAction": "bye", "ErrorType": "NoMatchingError" }] }'), 8)}\n`))).toEqual([]);
    const built = FLOW.replace('${QueueArn}', 'arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}/queue/${QueueId}');
    expect(ruleIds(lintString('t.yaml', yamlTemplate(`!Sub |\n${indent(built, 8)}\n`)))).toEqual(['error-branches-wired']);
    const hard = FLOW.replace('${QueueArn}', 'arn:aws:connect:ap-northeast-1:123456789012:instance/abc/queue/def');
    const text = yamlTemplate(`!Sub |\n${indent(hard, 8)}\n`);
    const arn = lintString('t.yaml', text).filter((f) => f.ruleId === 'no-hardcoded-arn');
    expect(arn).toHaveLength(1);
    expect(arn[0]!.range.start).toEqual(positionOf(text, '"QueueId"'));
  });
});

describe('flow modules', () => {
  const MODULE = `{
  "Version": "2019-10-30",
  "StartAction": "greet",
  "Settings": { "InputParameters": [], "OutputParameters": [], "Transitions": [{ "DisplayName": "Success", "ReferenceName": "Success" }] },
  "Actions": [
    { "Identifier": "greet", "Type": "MessageParticipant", "Parameters": { "Text": "Hello $.Customer.FirstName" },
      "Transitions": { "NextAction": "done", "Errors": [{ "NextAction": "done", "ErrorType": "NoMatchingError" }] } },
    { "Identifier": "done", "Type": "EndFlowModuleExecution", "Parameters": {}, "Transitions": {} }
  ]
}`;

  it('types a module MODULE wherever it is kept, and ends it with EndFlowModuleExecution', () => {
    expect(MODULE_FLOW_TYPE).toBe('MODULE');
    expect(readFlowFile('m.json', MODULE).flows[0]!.flowType).toBe(MODULE_FLOW_TYPE);
    const described = JSON.stringify({ ContactFlowModule: { Name: 'greet', Content: MODULE.replace('"Settings"', '"X"') } });
    expect(readFlowFile('m.json', described).flows[0]!.flowType).toBe(MODULE_FLOW_TYPE);
    const cfn = `Resources:\n  GreetModule:\n    Type: AWS::Connect::ContactFlowModule\n    Properties:\n      Content: |\n${indent(MODULE, 8)}\n`;
    expect(readFlowFile('m.yaml', cfn).flows.map((f) => [f.name, f.flowType])).toEqual([['GreetModule', MODULE_FLOW_TYPE]]);
    expect(ruleIds(lintString('m.json', MODULE))).not.toContain('flow-ends');
  });

  it('flags a module that reads $.Customer.FirstName by default, and not with profileLoadedAtEntry set by an override', () => {
    expect(ruleIds(lintString('modules/greet.json', MODULE))).toEqual(['profile-lookup-before-use']);
    const config = configFrom(
      'extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["modules/**"]\n    rules:\n      profile-lookup-before-use: { severity: error, options: { profileLoadedAtEntry: true } }\n',
    );
    expect(lintString('modules/greet.json', MODULE, config)).toEqual([]);
    expect(ruleIds(lintString('flows/greet.json', MODULE, config))).toEqual(['profile-lookup-before-use']);
  });
});

describe('file discovery', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('flows/inbound.json', compact(FLOW));
  write('infra/connect.yaml', yamlTemplate(`!Sub |\n${indent(FLOW, 8)}\n`));
  write('infra/other.yml', 'name: ci\non: [push]\n');
  write('infra/legacy.template', yamlTemplate(`'${compact(FLOW)}'`));
  write('cdk.out/Stack.template.json', JSON.stringify({ Resources: { F: { Type: 'AWS::Connect::ContactFlow', Properties: { Content: compact(FLOW) } } } }));
  write('terraform/inbound.json.tftpl', FLOW);
  write('terraform/other.tftpl', FLOW);
  write('terraform/main.tf', 'resource "aws_connect_contact_flow" "x" {}');
  write('cdk.out.tmp/Stack.template.json', '{}');
  write('node_modules/x/flow.json', '{}');

  it('searches folders for JSON, YAML, .template and .tftpl files, cdk.out included', () => {
    const { files } = collectFiles([dir], dir);
    expect(files.map((f) => relative(dir, f).split('\\').join('/'))).toEqual([
      'cdk.out/Stack.template.json',
      'flows/inbound.json',
      'infra/connect.yaml',
      'infra/legacy.template',
      'infra/other.yml',
      'terraform/inbound.json.tftpl',
      'terraform/other.tftpl',
    ]);
  });

  it('lints them from the command line and says under --verbose why a YAML file holds no flow', () => {
    const r = runCli(['--verbose', '--format', 'json', '.'], dir);
    expect(r.stderr).toContain('skipped infra/other.yml: not a flow: it is YAML but not a CloudFormation template');
    const report = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string }>;
    expect(report.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(
      [
        'cdk.out/Stack.template.json error-branches-wired',
        'flows/inbound.json error-branches-wired',
        'infra/connect.yaml error-branches-wired',
        'infra/legacy.template error-branches-wired',
        'terraform/inbound.json.tftpl error-branches-wired',
        'terraform/other.tftpl error-branches-wired',
      ].sort(),
    );
  });
});
