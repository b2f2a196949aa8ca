import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const SUB_ID = '580a0d67-e34c-4455-8a9a-2b53de334570';
const SUB_ARN = `arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${SUB_ID}`;
const OTHER_ID = '0d7ad2f4-4a61-4b0e-9a52-1b1c8f0b6c11';
const OTHER_ARN = `arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${OTHER_ID}`;

const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const transfer = (id: string, target: string) => ({
  Identifier: id,
  Type: 'TransferToFlow',
  Parameters: { ContactFlowId: target },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
const caller = (target: string) => flow('to-sub', [transfer('to-sub', target), end('bye')]);
/** The sub-flow as describe-contact-flow prints it: its Id and Arn say which flow it is. */
const described = (arn: string, id: string) => ({ ContactFlow: { Arn: arn, Id: id, Name: 'Greeting sub-flow', Type: 'CONTACT_FLOW', Content: JSON.stringify(flow('bye', [end('bye')])) } });

// The block as the designer labels it (its type and the start of its parameter), then the reason.
const message = (id: string) =>
  `"TransferToFlow: arn:aws…" (to-sub) transfers to the flow "…/${id}", but no flow in the repository has its id: add its file, map it in "flows", or mark it "external".`;

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a flow that names no other flow', flow: flow('bye', [end('bye')]) },
    { name: 'a transfer to a flow of the repository, by the Id its file carries', files: { 'main.json': caller(SUB_ARN), 'sub.json': described(SUB_ARN, SUB_ID) } },
    { name: 'a reference marked external', flow: caller(SUB_ARN), options: { external: ['contact-flow/580a0d67'] } },
    // Chosen at run time: nothing to resolve in the files.
    { name: 'a target chosen at run time', flow: caller('$.Attributes.nextFlow') },
  ],
  invalid: [
    {
      name: 'one flow transferring to a flow the run does not have',
      flow: caller(SUB_ARN),
      errors: [{ messageId: 'unresolved', message: message(SUB_ID), blockId: 'to-sub', file: 'flow.json', line: 9, column: 26, severity: 'error' }],
    },
    {
      name: 'in a repository of two flows, only the reference that leads nowhere',
      files: { 'main.json': caller(SUB_ARN), 'other.json': caller(OTHER_ARN), 'sub.json': described(SUB_ARN, SUB_ID) },
      errors: [{ message: message(OTHER_ID), file: 'other.json', blockId: 'to-sub', line: 9 }],
    },
  ],
});
