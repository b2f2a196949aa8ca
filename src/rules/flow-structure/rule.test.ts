import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

// More cases through the reader (duplicate keys, a flow of every wrong type) are in test/source.test.ts and
// test/hostile.test.ts; a CloudFormation Content that is not a flow is in the CloudFormation tests.
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const greet = (transitions: unknown) => ({ Identifier: 'Greeting', Type: 'MessageParticipant', Parameters: { Text: 'Welcome to Hokkaidō Energy.' }, Transitions: transitions });
const flow = (actions: unknown, start: unknown = 'Greeting') => ({ Version: '2019-10-30', StartAction: start, Actions: actions });
const wired = { NextAction: 'Disconnect', Errors: [{ NextAction: 'Disconnect', ErrorType: 'NoMatchingError' }] };

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'the page\'s good example', flow: flow([greet(wired), end('Disconnect')]) },
    { name: 'an empty NextAction (how transfer blocks export "no next block")', flow: flow([greet({ ...wired, NextAction: '' }), end('Disconnect')]) },
    { name: 'no Parameters and no Transitions at all', flow: flow([{ Identifier: 'Greeting', Type: 'DisconnectParticipant' }]) },
    // A missing StartAction is start-action-exists's finding, not a field of the wrong type.
    { name: 'no StartAction', flow: { Version: '2019-10-30', Actions: [end('Disconnect')] } },
    { name: 'no Actions', flow: { Version: '2019-10-30', StartAction: 'Greeting' } },
  ],
  invalid: [
    {
      name: 'the page\'s bad example: Errors as an object',
      flow: flow([greet({ NextAction: 'Disconnect', Errors: { NoMatchingError: 'Disconnect' } }), end('Disconnect')]),
      errors: [{ message: '"Transitions.Errors" of block "Greeting" must be an array, not an object', blockId: 'Greeting', line: 13, column: 9 }],
    },
    // A file with neither a StartAction string nor an Actions array is not read as a flow at all (not linted).
    {
      name: 'a StartAction that is not a string',
      flow: flow([], 5),
      errors: [{ message: '"StartAction" must be a string (the Identifier of the first block), not a number', line: 3, column: 3 }],
    },
    {
      name: 'an Actions that is not an array',
      flow: flow({}),
      errors: [{ message: '"Actions" must be an array of blocks, not an object', line: 4, column: 3 }],
    },
    {
      name: 'blocks that are not objects or have no Identifier: placed by their path',
      flow: flow(['not a block', { Identifier: '', Type: 'MessageParticipant' }, { Type: 'MessageParticipant' }, end('Greeting')]),
      errors: [
        { message: 'block 0 of "Actions" must be an object, not a string', line: 5 },
        { message: 'block 1 of "Actions" has no "Identifier" string: every block needs a unique Identifier', line: 7 },
        { message: 'block 2 of "Actions" has no "Identifier" string: every block needs a unique Identifier', line: 10 },
      ],
    },
    {
      name: 'a block\'s fields of the wrong type, each on its field',
      flow: flow([{ Identifier: 'Greeting', Type: 7, Parameters: [], Transitions: { NextAction: 7, Conditions: 'x', Errors: [null, { NextAction: [] }] } }]),
      errors: [
        { message: 'block "Greeting" has no "Type" string: set the action type, e.g. "MessageParticipant"', blockId: 'Greeting', line: 7 },
        { message: '"Parameters" of block "Greeting" must be an object, not an array', blockId: 'Greeting', line: 8 },
        { message: '"NextAction" of block "Greeting" must be a string Identifier, not a number', blockId: 'Greeting', line: 10 },
        { message: '"Transitions.Conditions" of block "Greeting" must be an array, not a string', blockId: 'Greeting', line: 11 },
        { message: 'entry 0 of "Transitions.Errors" of block "Greeting" must be an object, not null', blockId: 'Greeting', line: 13 },
        { message: '"NextAction" of block "Greeting" must be a string Identifier, not an array', blockId: 'Greeting', line: 15 },
      ],
    },
    {
      name: 'a Transitions that is not an object; a block with no Type key, on its Identifier',
      flow: flow([{ Identifier: 'Greeting', Transitions: [] }, end('Disconnect')]),
      errors: [
        { message: 'block "Greeting" has no "Type" string: set the action type, e.g. "MessageParticipant"', blockId: 'Greeting', line: 6 },
        { message: '"Transitions" of block "Greeting" must be an object, not an array', blockId: 'Greeting', line: 7 },
      ],
    },
    {
      name: 'a key written twice, at the repeat (the text as written, not printed)',
      flow: '{\n  "Version": "2019-10-30",\n  "StartAction": "bye",\n  "Actions": [\n    { "Identifier": "bye", "Type": "DisconnectParticipant",\n      "Parameters": {}, "Transitions": {}, "Type": "DisconnectParticipant" }\n  ]\n}\n',
      errors: [{ message: 'the key "Type" in Actions[0] appears twice: JSON keeps only the last value, so the first is silently ignored. Remove or rename one.', blockId: 'bye', line: 6 }],
    },
  ],
});
