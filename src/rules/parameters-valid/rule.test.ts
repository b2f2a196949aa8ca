import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

// More cases through the whole ruleset (the task template, the profile field list, unseen names under strict)
// are in test/action-table.test.ts and test/deploy-references.test.ts.
const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const block = (id: string, type: string, parameters?: Record<string, unknown>) => ({
  Identifier: id,
  Type: type,
  ...(parameters ? { Parameters: parameters } : {}),
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const flow = (...actions: unknown[]) => ({ Version: '2019-10-30', StartAction: 'b', Actions: [...actions, end('bye')] });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json', flow: fixture('good.json') },
    {
      name: 'numbers and booleans written as strings, placeholders, an asynchronous Lambda with a long timeout',
      flow: flow(
        block('b', 'InvokeLambdaFunction', { LambdaFunctionARN: '${Arn}', InvocationTimeLimitSeconds: '${Timeout}' }),
        block('c', 'InvokeLambdaFunction', { LambdaFunctionARN: '${Arn}', InvocationTimeLimitSeconds: '60', InvocationType: 'ASYNCHRONOUS' }),
        block('d', 'Wait', { TimeLimitSeconds: '300' }),
      ),
    },
    { name: 'a task from a template: no flow and no name needed', flow: flow(block('b', 'CreateTask', { TaskTemplateId: 'template-1' })) },
    // Console exports carry parameters newer than any table: a name never seen is not a finding by default.
    { name: 'a name the table has never seen', flow: flow(block('b', 'Wait', { TimeLimitSeconds: '300', BrandNewParameter: 'x' })) },
    { name: 'unknownParameters: false', flow: flow(block('b', 'Wait', { TimeoutSeconds: '300' })), options: { unknownParameters: false } },
    { name: 'ignoreTypes', flow: flow(block('b', 'Compare', {})), options: { ignoreTypes: ['Compare'] } },
    { name: 'a type the table does not know', flow: flow(block('b', 'RouteByMagic', { Anything: 1 })) },
  ],
  invalid: [
    {
      name: 'bad.json: a synchronous Lambda timeout over 8 s, a misspelt name (warn), a missing required parameter',
      flow: fixture('bad.json'),
      errors: [
        { messageId: 'shape', data: { parameter: 'InvocationTimeLimitSeconds', problem: 'must be a whole number of seconds from 1 to 8 for a synchronous Lambda call', value: '"20"' }, blockId: 'lookup-account', line: 25, column: 9, severity: 'error' },
        { messageId: 'nearMiss', data: { parameter: 'ResponseValidaton', type: 'InvokeLambdaFunction', near: 'ResponseValidation' }, blockId: 'lookup-account', line: 26, column: 9, severity: 'warn' },
        { message: '"Compare" (check) has no "ComparisonValue", which Compare requires: set it.', blockId: 'check', line: 43, column: 7, severity: 'error' },
      ],
    },
    {
      name: 'empty and null required values (at the value), a value of the wrong shape (at its key)',
      flow: flow(block('b', 'CreateTask', { Name: '', ContactFlowId: null, DelaySeconds: 'soon', Attributes: [1] })),
      errors: [
        { messageId: 'empty', data: { parameter: 'Name', type: 'CreateTask', emptiness: 'empty', unless: ' (unless "TaskTemplateId" is set)' }, blockId: 'b', line: 9, column: 9 },
        { message: '"CreateTask" (b): "ContactFlowId" is null, and CreateTask needs a value there (unless "TaskTemplateId" is set): fill it in.', blockId: 'b', line: 10 },
        { messageId: 'shape', data: { parameter: 'ContactFlowId', problem: 'must be a string', value: 'null' }, blockId: 'b', line: 10 },
        { messageId: 'shape', data: { parameter: 'DelaySeconds', problem: 'must be a number', value: '"soon"' }, blockId: 'b', line: 11 },
        { messageId: 'shape', data: { parameter: 'Attributes', problem: 'must be an object', value: '[1]' }, blockId: 'b', line: 12 },
      ],
    },
    {
      name: 'no Parameters at all: on the Identifier',
      flow: flow(block('b', 'Compare')),
      errors: [{ messageId: 'missing', data: { parameter: 'ComparisonValue', type: 'Compare', unless: '' }, blockId: 'b', line: 6, column: 7 }],
    },
    {
      name: 'a known earlier name, a near miss in letter case (warn); an unseen name is info with unseenParameters',
      flow: flow(block('b', 'Wait', { TimeoutSeconds: '300', timelimitseconds: '1', BrandNewParameter: 'x' })),
      options: { unseenParameters: true },
      errors: [
        { messageId: 'legacy', data: { parameter: 'TimeoutSeconds', type: 'Wait', replacement: 'TimeLimitSeconds' }, blockId: 'b', line: 9, severity: 'warn' },
        { messageId: 'nearMiss', data: { parameter: 'timelimitseconds', type: 'Wait', near: 'TimeLimitSeconds' }, blockId: 'b', line: 10, severity: 'warn' },
        { messageId: 'unseen', data: { parameter: 'BrandNewParameter', type: 'Wait' }, blockId: 'b', line: 11, severity: 'info' },
      ],
    },
    {
      name: 'ignoreTypes skips the types it names only',
      flow: flow(block('b', 'Compare', {}), block('c', 'UpdateContactTargetQueue', { QueueID: '${QueueArn}' })),
      options: { ignoreTypes: ['Compare'] },
      errors: [{ messageId: 'nearMiss', data: { parameter: 'QueueID', type: 'UpdateContactTargetQueue', near: 'QueueId' }, blockId: 'c', severity: 'warn' }],
    },
  ],
});
