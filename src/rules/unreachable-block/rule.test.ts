import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const play = (id: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every block reached', flow: fixture('good.json') },
    { name: 'every block on the path from the start', flow: flow('greet', [play('greet', 'bye'), end('bye')]) },
    { name: 'a block reached only by an error branch', flow: flow('greet', [{ ...play('greet', 'bye'), Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'sorry' }] } }, end('sorry'), end('bye')]) },
    // With no entry there is no "start": start-action-exists reports that instead of every block here.
    { name: 'no start at all', flow: flow('missing', [play('greet', 'bye'), end('bye')]) },
  ],
  invalid: [
    {
      name: 'bad.json: a block left behind by an edit',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'unreachable', blockId: 'eac5afa0-d92a-4d17-9ed1-a49aa3de28f5', line: 155 }],
    },
    {
      name: 'a block nothing leads to',
      flow: flow('greet', [play('greet', 'bye'), end('bye'), play('orphan', 'bye')]),
      errors: [{ messageId: 'unreachable', blockId: 'orphan', line: 28, column: 7 }],
    },
    {
      name: 'a cycle cut off from the start: each of its blocks',
      flow: flow('greet', [end('greet'), play('loop-a', 'loop-b'), play('loop-b', 'loop-a')]),
      errors: [
        { messageId: 'unreachable', blockId: 'loop-a', severity: 'warn' },
        { messageId: 'unreachable', blockId: 'loop-b' },
      ],
    },
  ],
});
