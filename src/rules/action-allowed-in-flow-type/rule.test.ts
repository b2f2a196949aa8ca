import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

// Ends the flow in every type but modules (a whisper cannot disconnect the contact).
const end = (id: string) => ({ Identifier: id, Type: 'EndFlowExecution', Parameters: {}, Transitions: {} });
const transfer = (id: string) => ({
  Identifier: id,
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'QueueAtCapacity' }, { NextAction: 'end', ErrorType: 'NoMatchingError' }] },
});
const content = (actions: unknown[], metadata?: unknown) => ({ Version: '2019-10-30', StartAction: 'transfer', ...(metadata ? { Metadata: metadata } : {}), Actions: actions });
/** A `{Name, Type, Content}` wrapper: the type the flow was imported as. */
const wrapped = (type: string, actions: unknown[]) => ({ Name: 'Flow', Type: type, Content: content(actions) });
const ALLOWED = 'CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, MODULE';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: a whisper flow that only announces', flow: fixture('good.json') },
    { name: 'a queue transfer in an inbound flow', flow: wrapped('CONTACT_FLOW', [transfer('transfer'), end('end')]) },
    // Nothing says the type: the rule checks nothing rather than guess.
    { name: 'a flow whose type nothing says', flow: content([transfer('transfer'), end('end')]) },
    { name: 'a type no reference restriction covers (CAMPAIGN)', flow: wrapped('CAMPAIGN', [transfer('transfer'), end('end')]) },
    { name: 'a flow type the linter does not know', flow: wrapped('SOMETHING_NEW', [transfer('transfer'), end('end')]) },
    { name: 'a block type the table has no entry for', flow: wrapped('AGENT_WHISPER', [{ ...transfer('transfer'), Type: 'RouteByMagic' }, end('end')]) },
    { name: 'the wrapper says more than the option', flow: wrapped('CONTACT_FLOW', [transfer('transfer'), end('end')]), options: { flowType: 'AGENT_WHISPER' } },
  ],
  invalid: [
    {
      name: 'bad.json: a queue transfer in a whisper flow',
      flow: fixture('bad.json'),
      errors: [{ message: /: TransferContactToQueue is not allowed in a AGENT_WHISPER flow/, blockId: 'transfer', line: 44, column: 9 }],
    },
    {
      name: 'the type from the designer\'s Metadata.type',
      flow: content([transfer('transfer'), end('end')], { type: 'agentWhisper' }),
      errors: [{ message: /: TransferContactToQueue is not allowed in a AGENT_WHISPER flow/, blockId: 'transfer', line: 10 }],
    },
    {
      name: 'the type from the option, for files that do not say',
      flow: content([transfer('transfer'), end('end')]),
      options: { flowType: 'CUSTOMER_QUEUE' },
      errors: [
        {
          message: '"TransferContact…" (transfer): TransferContactToQueue is not allowed in a CUSTOMER_QUEUE flow: move the step to an allowed flow type, or fix this flow\'s type.',
          blockId: 'transfer',
          line: 7,
          severity: 'error',
        },
      ],
    },
    {
      name: 'a block only modules may use, in a contact flow',
      flow: wrapped('CONTACT_FLOW', [{ Identifier: 'transfer', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }]),
      errors: [{ message: /: EndFlowModuleExecution is not allowed in a CONTACT_FLOW flow/, blockId: 'transfer' }],
    },
  ],
});
