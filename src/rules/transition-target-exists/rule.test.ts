import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const play = (id: string, next: string, error = next) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: error }] } });
const flow = (start: string, actions: unknown[], extra: Record<string, unknown> = {}) => ({ Version: '2019-10-30', StartAction: start, Actions: actions, ...extra });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every target is a block', flow: fixture('good.json') },
    // Transfers are exported with an empty NextAction: they end the flow on success.
    { name: 'an empty NextAction is not a reference', flow: flow('queue', [{ Identifier: 'queue', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: '', Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'bye' }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }] } }, end('bye')]) },
    // StartAction is start-action-exists' business.
    { name: 'a StartAction that names no block', flow: flow('missing', [play('greet', 'bye'), end('bye')]) },
  ],
  invalid: [
    {
      name: 'bad.json: an error branch to a deleted block',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'missing', blockId: '16831c12-912a-4e8e-b7c2-fe6ad4311966', line: 90, message: /9b7ad21c-77cb-4065-9921-f46a1942fa04/ }],
    },
    {
      name: 'a typo in the next block: the near Identifier is suggested, on the NextAction',
      flow: flow('greet', [play('greet', 'goodbye', 'bye'), end('bye'), end('goodbye2')]),
      errors: [{ message: '"MessageParticipant: Hello" (greet) sends its next block to "goodbye", which is not a block of this flow: did you mean "goodbye2"?', blockId: 'greet', line: 12, column: 9 }],
    },
    {
      name: 'an error branch to a name far from every Identifier',
      flow: flow('greet', [play('greet', 'bye', 'a-block-that-was-deleted'), end('bye')]),
      errors: [{ messageId: 'missing', data: { block: '"MessageParticipant: Hello" (greet)', branch: 'its NoMatchingError branch', target: 'a-block-that-was-deleted' }, blockId: 'greet', line: 16, column: 13 }],
    },
    {
      name: 'an Identifier only in Metadata.ActionMetadata is not a block',
      flow: flow('greet', [play('greet', 'bye', 'phantom-block-xyz'), end('bye')], { Metadata: { ActionMetadata: { 'phantom-block-xyz': { position: { x: 0, y: 0 } } } } }),
      errors: [{ messageId: 'missing', blockId: 'greet', message: /"phantom-block-xyz"/ }],
    },
  ],
});
