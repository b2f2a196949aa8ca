/**
 * Issue 13: module scope in the profile policies, and fix hints that name the profile block that failed.
 * A module does not see its caller's Customer Profiles data (administrator guide, "Flow modules",
 * Limitations); a TransferToFlow carries it on. The bundled CLI runs on small repositories.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintString, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  blockId: string | null;
  message: string;
}

type Block = { Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: Record<string, unknown> };

const INSTANCE = 'arn:aws:connect:us-west-2:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e';
const MODULE_ID = '91cd1c4b-eed4-4376-bb90-b87db41cabaa';
const SUB_ID = '580a0d67-e34c-4455-8a9a-2b53de334570';
const errors = (to: string, ...types: string[]) => types.map((t) => ({ NextAction: to, ErrorType: t }));
const flow = (start: string, actions: Block[]) => ({ Version: '2019-10-30', StartAction: start, Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {} }, Actions: actions });

const lookup = (next: string, fields = ['FirstName', 'Province']): Block => ({
  Identifier: 'lookup',
  Type: 'GetCustomerProfile',
  Parameters: { ProfileRequestData: { PhoneNumber: '$.CustomerEndpoint.Address' }, ProfileResponseData: fields },
  Transitions: { NextAction: next, Errors: errors('bye', 'MultipleFoundError', 'NoneFoundError', 'NoMatchingError') },
});
const bye: Block = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const logging = (next: string): Block => ({ Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: next } });
const greet = (id: string, next: string, text = 'Hello $.Customer.FirstName'): Block => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next, Errors: errors('bye', 'NoMatchingError') } });

/** The caller: looks the profile up, then runs the module or transfers to the sub-flow; reads after it. */
function caller(kind: 'module' | 'flow', { lookupFirst = true, readAfter = false } = {}): string {
  const call: Block =
    kind === 'module'
      ? { Identifier: 'call', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: `${INSTANCE}/flow-module/${MODULE_ID}` }, Transitions: { NextAction: readAfter ? 'after' : 'bye', Errors: errors('bye', 'NoMatchingError') } }
      : { Identifier: 'call', Type: 'TransferToFlow', Parameters: { ContactFlowId: `${INSTANCE}/contact-flow/${SUB_ID}` }, Transitions: { NextAction: 'bye', Errors: errors('bye', 'NoMatchingError') } };
  const actions = [logging(lookupFirst ? 'lookup' : 'call'), ...(lookupFirst ? [lookup('call')] : []), call, ...(readAfter ? [greet('after', 'bye', 'Thanks $.Customer.FirstName')] : []), bye];
  return JSON.stringify(flow('logging', actions), null, 2);
}

/** The module (or the sub-flow), as describe-contact-flow(-module) prints it; it greets by first name, with its own lookup or not. */
function callee(kind: 'module' | 'flow', ownLookup: boolean): string {
  const actions = [...(ownLookup ? [lookup('greet')] : []), greet('greet', 'bye'), bye];
  const content = JSON.stringify(flow(ownLookup ? 'lookup' : 'greet', actions));
  return kind === 'module'
    ? JSON.stringify({ ContactFlowModule: { Arn: `${INSTANCE}/flow-module/${MODULE_ID}`, Id: MODULE_ID, Name: 'Greeting module', Content: content } }, null, 2)
    : JSON.stringify({ ContactFlow: { Arn: `${INSTANCE}/contact-flow/${SUB_ID}`, Id: SUB_ID, Name: 'Greeting sub-flow', Type: 'CONTACT_FLOW', Content: content } }, null, 2);
}

function lintRepo(files: Record<string, string>): JsonFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-module-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = runCli(['--format', 'json'], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as JsonFinding[]).filter((f) => f.ruleId.startsWith('profile-'));
}

describe('module scope (InvokeFlowModule does not share the caller’s profile)', () => {
  it('bad: a module that reads $.Customer.FirstName after its caller’s lookup reads an empty value', () => {
    const found = lintRepo({ 'flows/main.json': caller('module'), 'modules/greeting.json': callee('module', false) });
    expect(found.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([['modules/greeting.json', 'profile-lookup-before-use', 'greet']]);
    // The caller and its InvokeFlowModule block are named in the reason.
    expect(found[0]!.message).toContain('as a module does not see the profile its caller flows/main.json (call) loaded');
  });

  it('good: the module looks the profile up itself', () => {
    expect(lintRepo({ 'flows/main.json': caller('module'), 'modules/greeting.json': callee('module', true) })).toEqual([]);
  });

  it('TransferToFlow still carries the profile: the same sub-flow after the caller’s lookup raises nothing', () => {
    expect(lintRepo({ 'flows/main.json': caller('flow'), 'flows/sub.json': callee('flow', false) })).toEqual([]);
  });

  it('bad: the module’s lookup does not flow back: the caller reads after the module without a lookup of its own', () => {
    const found = lintRepo({ 'flows/main.json': caller('module', { lookupFirst: false, readAfter: true }), 'modules/greeting.json': callee('module', true) });
    expect(found.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([['flows/main.json', 'profile-lookup-before-use', 'after']]);
  });

  it('good: the caller’s own lookup before the module still holds after it returns', () => {
    expect(lintRepo({ 'flows/main.json': caller('module', { readAfter: true }), 'modules/greeting.json': callee('module', true) })).toEqual([]);
  });
});

describe('fix hints name the profile block that failed', () => {
  const text = (blocks: Block[]) => JSON.stringify(flow(blocks[0]!.Identifier, blocks), null, 2);

  it('a read behind a failed CreateCustomerProfile says to route that block’s error branch, not to add a Get profile block', () => {
    const found = lintString('create.json', text([
      { Identifier: 'create', Type: 'CreateCustomerProfile', Parameters: { ProfileRequestData: { FirstName: 'Sample', PhoneNumber: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName'] }, Transitions: { NextAction: 'greet', Errors: errors('sorry', 'NoMatchingError') } },
      greet('greet', 'bye'),
      greet('sorry', 'bye', 'Sorry $.Customer.FirstName'),
      bye,
    ])).filter((f) => f.ruleId === 'profile-lookup-before-use');
    expect(found.map((f) => f.blockId)).toEqual(['sorry']);
    expect(found[0]!.message).toContain(`route "CreateCustomerProfile" (create)'s error branch away`);
    expect(found[0]!.message).not.toContain('Get profile');
  });

  it('a read behind a failed GetCustomerProfile keeps the Get profile hint', () => {
    const found = lintString('get.json', text([lookup('greet'), greet('greet', 'bye'), { ...bye, Identifier: 'bye' }].map((b) => (b.Identifier === 'lookup' ? { ...b, Transitions: { NextAction: 'greet', Errors: errors('greet', 'NoneFoundError', 'MultipleFoundError', 'NoMatchingError') } } : b)))).filter((f) => f.ruleId === 'profile-lookup-before-use');
    expect(found.map((f) => f.blockId)).toEqual(['greet']);
    expect(found[0]!.message).toContain('add a "Get profile" block');
  });

  it('a field an UpdateCustomerProfile block does not request is named on that block, as an Update block', () => {
    const found = lintString('update.json', text([
      { Identifier: 'update', Type: 'UpdateCustomerProfile', Parameters: { ProfileRequestData: { City: '$.Attributes.City' }, ProfileResponseData: ['City'] }, Transitions: { NextAction: 'greet', Errors: errors('bye', 'NoMatchingError') } },
      greet('greet', 'bye', 'We will write to you in $.Customer.PostalCode'),
      bye,
    ])).filter((f) => f.ruleId.startsWith('profile-'));
    expect(found.map((f) => [f.ruleId, f.blockId])).toEqual([['profile-response-fields', 'greet']]);
    expect(found[0]!.message).toContain('$.Customer.PostalCode read by');
    expect(found[0]!.message).toContain('as "UpdateCustomerProfile" (update) does not request it: add it to its ProfileResponseData');
    // The Update block loads the profile: the fix is its own ProfileResponseData, not a Get profile block.
    expect(found[0]!.message).not.toContain('Get profile');
  });
});
