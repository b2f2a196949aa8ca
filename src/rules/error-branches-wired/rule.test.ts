import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
/** A Compare: its NoMatchingCondition branch is wired unless `wired` is false. */
const compare = (id: string, next: string, wired = true) => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.Province' },
  Transitions: {
    NextAction: next,
    Conditions: [{ NextAction: next, Condition: { Operator: 'Equals', Operands: ['Hokkaido'] } }],
    Errors: wired ? [{ NextAction: next, ErrorType: 'NoMatchingCondition' }] : [],
  },
});
/** A message with no error branch: the branch real exports leave empty, required only under strict. */
const play = (id: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [] } });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every error branch wired', flow: fixture('good.json') },
    { name: 'a Compare with its NoMatchingCondition branch', flow: flow('cmp', [compare('cmp', 'bye'), end('bye')]) },
    { name: 'MessageParticipant without NoMatchingError: strict-only', flow: flow('hi', [play('hi', 'bye'), end('bye')]) },
    { name: 'a type listed in ignoreTypes', flow: flow('cmp', [compare('cmp', 'bye', false), end('bye')]), options: { ignoreTypes: ['Compare'] } },
    // One defect, one finding: flow-ends reports a block with no transition at all.
    { name: 'a block with no transition at all', flow: flow('cmp', [{ ...compare('cmp', 'bye'), Transitions: {} }, end('bye')]) },
    // unreachable-block reports the block itself.
    { name: 'an unreachable block', flow: flow('bye', [end('bye'), compare('cmp', 'bye', false)]) },
    { name: 'a type not in the action table', flow: flow('x', [{ Identifier: 'x', Type: 'NoSuchBlockType', Parameters: {}, Transitions: { NextAction: 'bye' } }, end('bye')]) },
  ],
  invalid: [
    {
      name: 'bad.json: an unwired NoMatchingCondition and QueueAtCapacity',
      flow: fixture('bad.json'),
      errors: [
        { messageId: 'unwired', blockId: '632be217-8148-47bd-bc7f-63784bc85910', line: 88, message: /NoMatchingCondition/ },
        { messageId: 'unwired', blockId: '12639f34-8ad0-4eb2-80ce-c37467bc6b88', line: 123, message: /QueueAtCapacity/ },
      ],
    },
    {
      name: 'a Compare without its NoMatchingCondition branch',
      flow: flow('cmp', [compare('cmp', 'bye', false), end('bye')]),
      errors: [
        {
          message:
            '"Compare: $.Attributes.Province" (cmp) has no NoMatchingCondition branch, so a contact that hits this error has nowhere to go: connect it to a block that handles it.',
          blockId: 'cmp',
          line: 6,
          column: 7,
        },
      ],
    },
    {
      name: 'strict: the NoMatchingError real exports leave empty',
      flow: flow('hi', [play('hi', 'bye'), end('bye')]),
      options: { strict: true },
      errors: [{ messageId: 'unwired', data: { block: '"MessageParticipant: Hello" (hi)', errorType: 'NoMatchingError', type: 'MessageParticipant' }, blockId: 'hi' }],
    },
    {
      name: 'no block named by StartAction: every block is checked',
      flow: flow('missing', [end('bye'), compare('cmp', 'bye', false)]),
      errors: [{ messageId: 'unwired', blockId: 'cmp', message: /NoMatchingCondition/ }],
    },
  ],
});
