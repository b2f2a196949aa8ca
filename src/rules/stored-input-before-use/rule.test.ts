import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const say = (id: string, text: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
/** "Store customer input": its default route stores; its error branch does not. */
const store = (id: string, next: string, error: string) => ({
  Identifier: id,
  Type: 'GetParticipantInput',
  Parameters: { StoreInput: 'True', InputTimeLimitSeconds: '5', Text: 'Enter your account number' },
  Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: error }] },
});
const flow = (start: string, actions: unknown[], extra: Record<string, unknown> = {}) => ({ Version: '2019-10-30', StartAction: start, Actions: actions, ...extra });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every read is after a store', flow: fixture('good.json') },
    { name: 'a read after the store', flow: flow('store', [store('store', 'read', 'bye'), say('read', 'You entered $.StoredCustomerInput', 'bye'), end('bye')]) },
    { name: 'storedAtEntry: the flow starts with input stored', flow: flow('read', [say('read', 'You entered $.StoredCustomerInput', 'bye'), end('bye')]), options: { storedAtEntry: true } },
    { name: 'a longer name is not the stored input', flow: flow('read', [say('read', 'You entered $.StoredCustomerInputCount', 'bye'), end('bye')]) },
    { name: 'a read no path reaches', flow: flow('bye', [end('bye'), say('read', 'You entered $.StoredCustomerInput', 'bye')]) },
  ],
  invalid: [
    {
      name: "bad.json: a read on the store's error branch",
      flow: fixture('bad.json'),
      errors: [
        {
          messageId: 'pathWithoutStore',
          blockId: 'b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46',
          line: 143,
          evidence: ['0c4b7ad2-2d8e-4a3c-9a41-6f0e2b7d5a10', '5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07', 'b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46'],
        },
      ],
    },
    {
      name: 'no block stores input: bracket notation counts',
      flow: flow('read', [say('read', "You entered $['StoredCustomerInput']", 'bye'), end('bye')]),
      errors: [
        {
          message: `$.StoredCustomerInput read by "MessageParticipant: You enter…" (read) is empty, as no block stores customer input: add a "Store customer input" block before it, or read a contact attribute.`,
          blockId: 'read',
          line: 6,
          column: 7,
          evidence: ['read'],
        },
      ],
    },
    {
      name: 'a module never sees its caller\'s stored input, storedAtEntry or not',
      flow: flow('read', [say('read', 'You entered $.StoredCustomerInput', 'done'), { Identifier: 'done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }]),
      options: { storedAtEntry: true },
      errors: [{ messageId: 'module', data: { block: '"MessageParticipant: You enter…" (read)' }, blockId: 'read' }],
    },
  ],
});
