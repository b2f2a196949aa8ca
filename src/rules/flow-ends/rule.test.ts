import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const play = (id: string, next: string, error = next) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: error }] } });
const wait = (id: string, next: string) => ({ Identifier: id, Type: 'Wait', Parameters: { TimeLimitSeconds: '30' }, Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] } });
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
/** The flow in an export wrapper that gives its type. */
const typed = (type: string, start: string, actions: unknown[]) => ({ Name: 'q', Type: type, Content: JSON.stringify(flow(start, actions)) });
const loop = [play('music', 'wait'), wait('wait', 'music')];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every path ends', flow: fixture('good.json') },
    { name: 'terminal blocks need no transition', flow: flow('greet', [play('greet', 'bye'), end('bye')]) },
    // A type the action table does not know may end the contact by itself: silence when unsure.
    { name: 'a type not in the action table, with no transition', flow: flow('x', [{ Identifier: 'x', Type: 'NoSuchBlockType', Parameters: {}, Transitions: {} }]) },
    { name: 'a block with no Type (flow-structure reports it)', flow: flow('x', [{ Identifier: 'x', Parameters: {}, Transitions: {} }]) },
    // A transition to a missing block counts as a way out: transition-target-exists reports it.
    { name: 'a loop whose way out names a missing block', flow: flow('music', [play('music', 'wait', 'gone'), wait('wait', 'music')]) },
    { name: 'a loop in a queue flow, by design', flow: typed('CUSTOMER_QUEUE', 'music', loop) },
    { name: 'a loop in a flow type endlessLoopsAllowedIn lists', flow: typed('CONTACT_FLOW', 'music', loop), options: { endlessLoopsAllowedIn: ['CONTACT_FLOW'] } },
  ],
  invalid: [
    {
      name: 'bad.json: a message with no transition',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'noTransition', blockId: 'ed129ae7-57de-4e77-a224-90066883969b', line: 175 }],
    },
    {
      name: 'a block with empty Transitions, reachable or not',
      flow: flow('bye', [end('bye'), { ...play('greet', 'bye'), Transitions: { NextAction: '', Errors: [] } }]),
      errors: [{ message: '"MessageParticipant: Hello" (greet) has no transition, so a contact that reaches it goes nowhere: set its NextAction, or end the path with a Disconnect block.', blockId: 'greet', line: 12, column: 7 }],
    },
    {
      name: 'a loop with no exit: reported on the block the contact enters it by, with the loop as evidence',
      flow: flow('music', loop),
      errors: [
        {
          message:
            '"MessageParticipant: Hello" (music) starts a loop with no way out to a Disconnect, a transfer or the flow\'s end: give it an exit, e.g. a Loop block\'s "Complete" branch.',
          blockId: 'music',
          evidence: ['music', 'wait'],
        },
      ],
    },
    {
      name: 'a loop in a queue flow once endlessLoopsAllowedIn leaves queue flows out',
      flow: typed('CUSTOMER_QUEUE', 'music', loop),
      options: { endlessLoopsAllowedIn: [] },
      errors: [{ messageId: 'endlessLoop', blockId: 'music' }],
    },
  ],
});
