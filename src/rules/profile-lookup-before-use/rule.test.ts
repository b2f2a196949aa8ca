import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const say = (id: string, text: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const profile = (id: string, type: string, next: string, error: string) => ({
  Identifier: id,
  Type: type,
  Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName'] },
  Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoneFoundError', NextAction: error }, { ErrorType: 'NoMatchingError', NextAction: error }] },
});
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every read is after a lookup that succeeded', flow: fixture('good.json') },
    { name: 'a read after the lookup succeeded', flow: flow('get', [profile('get', 'GetCustomerProfile', 'hello', 'bye'), say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]) },
    { name: 'profileLoadedAtEntry: the flow starts with a profile', flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]), options: { profileLoadedAtEntry: true } },
    { name: '$.CustomerEndpoint is not profile data', flow: flow('hello', [say('hello', 'You called from $.CustomerEndpoint.Address', 'bye'), end('bye')]) },
    { name: 'another namespace: $.Customer is not read as a profile', flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]), options: { namespace: 'Profile' } },
    // unreachable-block reports the block; nothing is read there.
    { name: 'a block no path reaches', flow: flow('bye', [end('bye'), say('orphan', 'Hello $.Customer.FirstName', 'bye')]) },
    { name: 'no StartAction block', flow: flow('missing', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]) },
  ],
  invalid: [
    {
      name: 'bad.json: the menu option wired past the lookup, and its next block',
      flow: fixture('bad.json'),
      errors: [
        { blockId: 'e7f3a25c-b525-487b-850c-03792912425a', line: 138, message: /Customer\.Province/ },
        { blockId: '7758a4c1-f10b-4439-981a-d68f38ac9814', line: 165, message: /Customer\.FirstName/ },
      ],
    },
    {
      name: 'no lookup at all: one finding per block, every field it reads',
      flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName $.Customer.LastName', 'bye'), end('bye')]),
      errors: [
        {
          message: '$.Customer.FirstName (+1 more) read by "MessageParticipant: Hello $.C…" (hello) are empty as no profile lookup is before it: add a "Get profile" block before it.',
          blockId: 'hello',
          line: 6,
          column: 7,
          evidence: ['hello'],
        },
      ],
    },
    {
      name: "the lookup's error branch: the path by it is the evidence",
      flow: flow('get', [profile('get', 'GetCustomerProfile', 'bye', 'hello'), say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]),
      errors: [{ message: /on a path where no profile lookup succeeds: add a "Get profile" block, or route the lookup's error branch away\.$/, blockId: 'hello', evidence: ['get', 'hello'] }],
    },
    {
      name: 'a failed Create: its error branch is the fix, not another lookup',
      flow: flow('create', [profile('create', 'CreateCustomerProfile', 'bye', 'hello'), say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]),
      errors: [{ message: /route .*\(create\)'s error branch away from it\.$/, blockId: 'hello' }],
    },
    {
      name: 'the namespace option',
      flow: flow('hello', [say('hello', 'Hello $.Profile.FirstName', 'bye'), end('bye')]),
      options: { namespace: 'Profile' },
      errors: [{ message: /^\$\.Profile\.FirstName read by/, blockId: 'hello' }],
    },
  ],
});
