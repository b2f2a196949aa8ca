import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const play = (id: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const flow = (start: string, actions: unknown[], extra: Record<string, unknown> = {}) => ({ Version: '2019-10-30', StartAction: start, Actions: actions, ...extra });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every Identifier once', flow: fixture('good.json') },
    // Compared exactly: case and spaces make another Identifier.
    { name: 'Identifiers that differ only in case or spaces', flow: flow('bye', [end('bye'), end('Bye'), end('bye ')]) },
    { name: 'an Identifier repeated only in Metadata.ActionMetadata', flow: flow('bye', [end('bye')], { Metadata: { ActionMetadata: { bye: {}, other: {} } } }) },
  ],
  invalid: [
    {
      name: 'bad.json: a block copied with its Identifier',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'reused', blockId: 'dd6f127f-ffd0-4f73-ac10-0ae7dcf052cd', line: 143, message: /dd6f127f-ffd0-4f73-ac10-0ae7dcf052cd/ }],
    },
    {
      name: 'every later duplicate, each naming the first block',
      flow: flow('greet', [play('greet', 'bye'), end('bye'), end('greet'), play('greet', 'bye')]),
      errors: [
        { message: 'block 2 (DisconnectParticipant) reuses the Identifier "greet" of block 0, so routes to it are ambiguous and the import fails: give it a new one.', blockId: 'greet', line: 28, column: 7 },
        { messageId: 'reused', data: { index: 3, type: 'MessageParticipant', id: 'greet', firstIndex: 0, firstType: 'MessageParticipant' }, blockId: 'greet' },
      ],
    },
  ],
});
