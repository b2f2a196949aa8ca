import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const play = (id: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const logging = (id: string, next: string, value = 'Enabled') => ({ Identifier: id, Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: value }, Transitions: { NextAction: next } });
const attributes = (id: string, next: string) => ({ Identifier: id, Type: 'UpdateContactAttributes', Parameters: { Attributes: { region: 'Hokkaido' } }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
/** The flow in an export wrapper that gives its type. */
const typed = (type: string, start: string, actions: unknown[]) => ({ Name: 'f', Type: type, Content: JSON.stringify(flow(start, actions)) });
const unlogged = [play('greet', 'bye'), end('bye')];
const moduleFlow = flow('greet', [play('greet', 'done'), { Identifier: 'done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }]);

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: logging enabled first', flow: fixture('good.json') },
    { name: 'set-up blocks before the logging block', flow: flow('attrs', [attributes('attrs', 'log'), logging('log', 'greet'), ...unlogged]) },
    { name: 'Enabled in any case', flow: flow('log', [logging('log', 'greet', 'ENABLED'), ...unlogged]) },
    { name: 'a flow that only ends the contact', flow: flow('bye', [end('bye')]) },
    // A module runs with the logging of the flow that invoked it.
    { name: 'a flow module', flow: moduleFlow },
    { name: 'a whisper flow (its contact already has the entry flow\'s logging)', flow: typed('CUSTOMER_WHISPER', 'greet', unlogged) },
    // With no entry there is no "first block": start-action-exists reports the cause.
    { name: 'no block named by StartAction', flow: flow('missing', unlogged) },
  ],
  invalid: [
    {
      name: 'bad.json: a message before any logging block',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'beforeLogging', blockId: '73835ef7-04f3-4c5a-bdbd-398950b2c5de', line: 61, severity: 'info' }],
    },
    {
      name: 'the first block of real work after set-up blocks, past a logging block that disables',
      flow: flow('attrs', [attributes('attrs', 'off'), logging('off', 'greet', 'Disabled'), ...unlogged]),
      errors: [
        {
          message: '"MessageParticipant: Hello" (greet) runs before flow logging is enabled, so a misrouted call leaves no log: start the flow with a "Set logging behavior" block (Enabled).',
          blockId: 'greet',
        },
      ],
    },
    { name: 'a module, with ignoreModules: false', flow: moduleFlow, options: { ignoreModules: false }, errors: [{ messageId: 'beforeLogging', blockId: 'greet' }] },
    { name: 'a whisper flow listed in flowTypes', flow: typed('CUSTOMER_WHISPER', 'greet', unlogged), options: { flowTypes: ['CUSTOMER_WHISPER'] }, errors: [{ messageId: 'beforeLogging', blockId: 'greet' }] },
    { name: 'a contact flow in its wrapper', flow: typed('CONTACT_FLOW', 'greet', unlogged), errors: [{ messageId: 'beforeLogging', blockId: 'greet' }] },
  ],
});
