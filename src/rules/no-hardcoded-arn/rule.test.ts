import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const lambda = (id: string, parameters: Record<string, unknown>, next = 'bye') => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: { InvocationTimeLimitSeconds: '8', ...parameters },
  Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] },
});
const flow = (actions: unknown[], extra: Record<string, unknown> = {}) => ({ Version: '2019-10-30', StartAction: 'call', Actions: actions, ...extra });
const LAMBDA = 'arn:aws:lambda:ap-northeast-1:123456789012:function:startRecording';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: a deployment placeholder', flow: fixture('good.json') },
    { name: 'placeholders and attribute references', flow: flow([lambda('call', { LambdaFunctionARN: '${StartRecordingLambdaArn}', Queue: 'REPLACEQUEUE', Other: '$.Attributes.queueArn', Ext: '$.External.arn' }), end('bye')]) },
    { name: 'a template ARN whose region and account are not literal', flow: flow([lambda('call', { LambdaFunctionARN: 'arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}' }), end('bye')]) },
    { name: 'an ARN without an account (AWS-managed)', flow: flow([lambda('call', { LambdaFunctionARN: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }), end('bye')]) },
    { name: 'an ARN the allow option accepts', flow: flow([lambda('call', { LambdaFunctionARN: LAMBDA }), end('bye')]), options: { allow: ['^arn:aws:lambda:[a-z0-9-]+:123456789012:function:start'] } },
    {
      name: 'ARNs outside Parameters (Metadata, Transitions)',
      flow: flow([{ ...lambda('call', { LambdaFunctionARN: '${Arn}' }), Transitions: { NextAction: 'bye', Errors: [{ ErrorType: LAMBDA, NextAction: 'bye' }] } }, end('bye')], {
        Metadata: { ActionMetadata: { call: { arn: LAMBDA } } },
      }),
    },
  ],
  invalid: [
    {
      name: 'bad.json: a queue ARN of one account',
      flow: fixture('bad.json'),
      errors: [
        {
          messageId: 'hardcoded',
          data: { account: '123456789012', key: 'QueueId' },
          blockId: '19f44435-1004-438b-91a4-fbc83da6e4a5',
          line: 91,
          column: 9,
          severity: 'warn',
        },
      ],
    },
    {
      name: 'every ARN of a value: an allowed one does not hide a second',
      flow: flow([lambda('call', { LambdaFunctionARN: `arn:aws:lambda:ap-northeast-1:111122223333:function:shared ${LAMBDA}` }), end('bye')]),
      options: { allow: ['111122223333'] },
      errors: [{ messageId: 'hardcoded', data: { account: '123456789012', key: 'LambdaFunctionARN' }, blockId: 'call', line: 10 }],
    },
    {
      name: 'a list item deep in the parameters, another partition, an unreachable block',
      flow: flow([lambda('call', { LambdaFunctionARN: '${Arn}' }), end('bye'), lambda('orphan', { LambdaInvocationAttributes: { queues: ['x', 'arn:aws-cn:connect:cn-north-1:210987654321:instance/i/queue/q'] } })]),
      errors: [{ messageId: 'hardcoded', data: { account: '210987654321', key: 'queues' }, blockId: 'orphan', line: 36, column: 13 }],
    },
  ],
});
