import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
/** A "Get customer input" block with no conditions: its no-match and timeout branches go to `noMatch` and `timeout`. */
const input = (parameters: Record<string, unknown>, noMatch = 'sorry', timeout = 'bye') => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { InputTimeLimitSeconds: '5', ...parameters },
  Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: noMatch }, { ErrorType: 'InputTimeLimitExceeded', NextAction: timeout }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
});
const flow = (menu: unknown) => ({ Version: '2019-10-30', StartAction: 'menu', Actions: [menu, end('sorry'), end('bye')] });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: the menu has a condition per option', flow: fixture('good.json') },
    { name: 'StoreInput: the digits are stored, not matched', flow: flow(input({ StoreInput: 'True', Text: 'Enter your account number, then press #' })) },
    { name: 'StoreInput as a JSON boolean', flow: flow(input({ StoreInput: true, Text: 'Press 1 when done' })) },
    { name: 'a Lex bot routes by intent', flow: flow(input({ StoreInput: 'False', Text: 'Say billing or press 1', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/B/A' } })) },
    { name: '"press any key" is not a menu', flow: flow(input({ StoreInput: 'False', Text: 'Press any key to stop recording' })) },
    { name: 'an audio prompt cannot be read', flow: flow(input({ StoreInput: 'False', PromptId: 'arn:aws:connect:us-east-1:111122223333:instance/i/prompt/p' })) },
    { name: 'no match goes where the timeout goes: the key cannot change the route', flow: flow(input({ StoreInput: 'False', Text: 'Press 1 to skip' }, 'bye', 'bye')) },
    { name: 'a block no path reaches', flow: { Version: '2019-10-30', StartAction: 'bye', Actions: [input({ StoreInput: 'False', Text: 'Press 1' }), end('sorry'), end('bye')] } },
  ],
  invalid: [
    {
      name: 'bad.json: a menu whose conditions were deleted',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'noConditions', data: { offered: 'press 1' }, blockId: '5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07', line: 59 }],
    },
    {
      name: 'an SSML prompt offering a key in words',
      flow: flow(input({ StoreInput: 'False', SSML: '<speak>For billing, Press one.</speak>' })),
      errors: [
        {
          message: '"GetParticipantInput" (menu) offers a menu ("Press one") but has no conditions, so every key press takes NoMatchingCondition: add a condition per option, or set StoreInput.',
          blockId: 'menu',
          line: 6,
          column: 7,
        },
      ],
    },
  ],
});
