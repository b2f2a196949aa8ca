import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { RuleTester } from '../tester.js';
import rule from './rule.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const end = (id: string) => ({ Identifier: id, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
const say = (id: string, text: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } });
const lookup = (id: string, fields: string[], next: string, error: string, type = 'GetCustomerProfile') => ({
  Identifier: id,
  Type: type,
  Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: fields },
  Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoneFoundError', NextAction: error }, { ErrorType: 'NoMatchingError', NextAction: error }] },
});
const flow = (start: string, actions: unknown[]) => ({ Version: '2019-10-30', StartAction: start, Actions: actions });

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'good.json: every field read was requested', flow: fixture('good.json') },
    { name: 'a requested field', flow: flow('get', [lookup('get', ['FirstName'], 'hello', 'bye'), say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]) },
    // One defect, one finding: profile-lookup-before-use reports a read with no profile loaded.
    { name: 'a read with no lookup before it', flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]) },
    { name: 'calculated attributes come from their own block', flow: flow('get', [lookup('get', ['FirstName'], 'hello', 'bye'), say('hello', 'You spent $.Customer.CalculatedAttributes._average_spend', 'bye'), end('bye')]) },
    { name: 'profileLoadedAtEntry without entryFields: any field', flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]), options: { profileLoadedAtEntry: true } },
    { name: 'entryFields that hold the field', flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]), options: { profileLoadedAtEntry: true, entryFields: ['FirstName'] } },
  ],
  invalid: [
    {
      name: 'bad.json: an attribute and a field no lookup requests',
      flow: fixture('bad.json'),
      errors: [
        { blockId: 'd85fee40-d19d-4cb7-880e-462745e98c49', line: 170, message: /Attributes\.tier/ },
        { blockId: 'a6061895-ad05-4ec2-92d0-a6db96aaf85b', line: 186, message: /Province/ },
      ],
    },
    {
      name: 'a field the lookup leaves out: the lookup is the evidence',
      flow: flow('get', [lookup('get', ['FirstName'], 'hello', 'bye'), say('hello', 'You live in $.Customer.Province', 'bye'), end('bye')]),
      errors: [
        {
          message: '$.Customer.Province read by "MessageParticipant: You live …" (hello) is empty, as lookup "GetCustomerProfile" (get) does not request it: add it to its ProfileResponseData.',
          blockId: 'hello',
          line: 32,
          column: 7,
          evidence: ['get'],
        },
      ],
    },
    {
      name: 'an Update block is named as what it is',
      flow: flow('update', [lookup('update', ['FirstName'], 'hello', 'bye', 'UpdateCustomerProfile'), say('hello', 'You live in $.Customer.Province', 'bye'), end('bye')]),
      errors: [{ message: /is empty, as "UpdateCustomerProfile" \(update\) does not request it/, blockId: 'hello' }],
    },
    {
      name: 'two lookups on the paths: both are the evidence',
      flow: flow('menu', [
        { Identifier: 'menu', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.x' }, Transitions: { NextAction: 'a', Conditions: [{ NextAction: 'b', Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: 'a' }] } },
        lookup('a', ['FirstName'], 'hello', 'bye'),
        lookup('b', ['LastName'], 'hello', 'bye'),
        say('hello', 'You live in $.Customer.Province', 'bye'),
        end('bye'),
      ]),
      errors: [{ message: /\(and 1 more\) does not request it: add it to their ProfileResponseData\.$/, blockId: 'hello', evidence: ['a', 'b'] }],
    },
    {
      name: 'entryFields that lack the field',
      flow: flow('hello', [say('hello', 'Hello $.Customer.FirstName', 'bye'), end('bye')]),
      options: { profileLoadedAtEntry: true, entryFields: ['LastName'] },
      errors: [{ message: /as the profile loaded before this flow \(entryFields\) does not request it/, blockId: 'hello', evidence: [] }],
    },
  ],
});
