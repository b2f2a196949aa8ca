import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const block = (id: string, type: unknown) => ({ Identifier: id, Type: type, Parameters: {}, Transitions: { NextAction: 'bye' } });
const flow = (actions: unknown[]) => ({ Version: '2019-10-30', StartAction: 'b', Actions: actions });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: flow-language types only', flow: fixture('good.json') },
    { name: 'a type the allow option accepts (newer than the table)', flow: flow([block('b', 'SomeNewAction'), end('bye')]), options: { allow: ['SomeNewAction'] } },
    // A block without a Type string is flow-structure's finding, not a type this rule could judge.
    { name: 'no Type, or a Type that is not a string', flow: flow([{ Identifier: 'b', Parameters: {}, Transitions: { NextAction: 'c' } }, block('c', 7), end('bye')]) },
  ],
  invalid: [
    {
      name: 'bad.json: a legacy name and a typo',
      flow: fixture('bad.json'),
      errors: [
        { messageId: 'legacy', data: { id: 'welcome', type: 'PlayPrompt', legacy: 'MessageParticipant' }, blockId: 'welcome', line: 27, column: 7 },
        { messageId: 'nearMiss', data: { id: 'check', type: 'Compaer', near: 'Compare' }, blockId: 'check', line: 43, column: 7 },
      ],
    },
    {
      name: 'a designer block name: its real type, not the closest spelling',
      flow: flow([block('b', 'TransferToQueue'), end('bye')]),
      errors: [{ messageId: 'legacy', data: { id: 'b', type: 'TransferToQueue', legacy: 'TransferContactToQueue' }, blockId: 'b', line: 7 }],
    },
    {
      name: 'a legacy name with no flow-language equivalent',
      flow: flow([block('b', 'Trigger'), end('bye')]),
      errors: [
        {
          message: 'block "b" has the type "Trigger", which the flow language does not have, so the import fails: it is a legacy name with no flow-language equivalent: rebuild that step with current blocks.',
          blockId: 'b',
        },
      ],
    },
    {
      name: 'a type in the wrong letter case, and an invented type (no hint: nothing is near)',
      flow: flow([block('b', 'messageparticipant'), block('c', 'RouteByMagic'), end('bye')]),
      errors: [
        { messageId: 'nearMiss', data: { id: 'b', type: 'messageparticipant', near: 'MessageParticipant' }, blockId: 'b', severity: 'error' },
        {
          message: 'block "c" has the type "RouteByMagic", which the flow language does not have, so the import fails: re-export the flow from the current designer.',
          blockId: 'c',
          line: 15,
        },
      ],
    },
    {
      name: 'allow accepts the types it names only',
      flow: flow([block('b', 'SomeNewAction'), block('c', 'OtherNewAction'), end('bye')]),
      options: { allow: ['SomeNewAction'] },
      errors: [{ messageId: 'unknown', data: { id: 'c', type: 'OtherNewAction' }, blockId: 'c' }],
    },
  ],
});
