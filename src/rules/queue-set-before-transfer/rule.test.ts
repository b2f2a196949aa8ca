import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const setQueue = (id: string, next: string) => ({ Identifier: id, Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] } });
const transfer = (id: string) => ({ Identifier: id, Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'bye' }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }] } });
/** A menu whose option 1 sets the queue and whose option 2 goes straight to the transfer. */
const menu = (id: string, one: string, two: string) => ({
  Identifier: id,
  Type: 'GetParticipantInput',
  Parameters: { StoreInput: 'False', InputTimeLimitSeconds: '5', Text: 'Press 1 or 2' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [
      { NextAction: one, Condition: { Operator: 'Equals', Operands: ['1'] } },
      { NextAction: two, Condition: { Operator: 'Equals', Operands: ['2'] } },
    ],
    Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: 'bye' }, { ErrorType: 'InputTimeLimitExceeded', NextAction: 'bye' }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }],
  },
});
const flow = (type: string | undefined, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: 'menu', ...(type ? { Metadata: { type } } : {}), Actions: actions });
const skipping = (type: string | undefined) => flow(type, [menu('menu', 'set', 'transfer'), setQueue('set', 'transfer'), transfer('transfer'), end('bye')]);

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every path to the transfer sets a queue', flow: fixture('good.json') },
    { name: 'every path sets the queue', flow: flow('contactFlow', [menu('menu', 'set', 'set'), setQueue('set', 'transfer'), transfer('transfer'), end('bye')]) },
    // A transfer target: written to be entered with a queue.
    { name: 'a flow that never sets a queue', flow: flow('contactFlow', [menu('menu', 'transfer', 'transfer'), transfer('transfer'), end('bye')]) },
    { name: 'a flow of unknown type', flow: skipping(undefined) },
    { name: 'a customer queue flow', flow: skipping('customerQueue') },
    { name: 'flowTypes without CONTACT_FLOW', flow: skipping('contactFlow'), options: { flowTypes: ['AGENT_TRANSFER'] } },
  ],
  invalid: [
    {
      name: 'bad.json: a menu option that skips the queue',
      flow: fixture('bad.json'),
      errors: [
        {
          messageId: 'noQueue',
          data: { from: 'the start' },
          blockId: '8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6',
          line: 142,
          evidence: ['0c4b7ad2-2d8e-4a3c-9a41-6f0e2b7d5a10', '5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07', '8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6'],
        },
      ],
    },
    {
      name: 'an inbound flow whose option 2 skips the queue',
      flow: skipping('contactFlow'),
      errors: [
        {
          message: '"TransferContactToQueue" (transfer) transfers to the working queue, but a path from the start sets none, so the transfer fails: add a "Set working queue" block on that path.',
          blockId: 'transfer',
          evidence: ['menu', 'transfer'],
        },
      ],
    },
  ],
});
