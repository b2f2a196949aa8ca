import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const logging = (id: string, next: string) => ({ Identifier: id, Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: next } });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: StartAction names the first block', flow: fixture('good.json') },
    // A StartAction that is not a string is flow-structure's finding, not this rule's.
    { name: 'a StartAction that is not a string', flow: { Version: '2019-10-30', StartAction: 42, Actions: [end('bye')] } },
  ],
  invalid: [
    {
      name: 'bad.json: StartAction with two characters swapped',
      flow: fixture('bad.json'),
      errors: [{ messageId: 'unknownNear', data: { start: 'e80eec6a-cb60-4162-9685-2daed841b21b', near: 'e80eec6a-cb60-4162-9685-2daed841b2b1' }, line: 3, column: 3 }],
    },
    {
      name: 'a typo: the near Identifier is suggested',
      flow: { Version: '2019-10-30', StartAction: 'Enable flow log', Actions: [logging('Enable flow logs', 'bye'), end('bye')] },
      errors: [{ message: '"StartAction" names "Enable flow log", which is not a block of this flow, so no call can enter it: did you mean "Enable flow logs"?', line: 3 }],
    },
    {
      name: 'an Identifier only in Metadata.ActionMetadata is not a block',
      flow: { Version: '2019-10-30', StartAction: 'phantom-block-xyz', Metadata: { ActionMetadata: { 'phantom-block-xyz': {} } }, Actions: [end('bye')] },
      errors: [{ messageId: 'unknown', data: { start: 'phantom-block-xyz' } }],
    },
    {
      name: 'no StartAction at all: reported at the start of the flow',
      flow: { Version: '2019-10-30', Actions: [end('bye')] },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
