/**
 * Issue 13: the three path-sensitive rules beyond their fixtures — where each must stay silent (the entry
 * state is not known), and module scope for stored customer input (bundled CLI on small repositories).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintString, ROOT, runCli } from './helpers.js';

// A rule's fixtures are in its folder.
const fixture = (rule: string, name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'src/rules', rule, `${name}.json`), 'utf8')) as Record<string, unknown>;
const only = (rule: string, text: string, name = 't.json') => lintString(name, text).filter((f) => f.ruleId === rule);

const INSTANCE = 'arn:aws:connect:us-west-2:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e';
const MODULE_ID = '91cd1c4b-eed4-4376-bb90-b87db41cabaa';
const SUB_ID = '580a0d67-e34c-4455-8a9a-2b53de334570';

function lintRepo(files: Record<string, string>, rule: string): Array<{ file: string; ruleId: string; blockId: string; message: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-path-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = runCli(['--format', 'json'], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; blockId: string; message: string }>).filter((f) => f.ruleId === rule);
}

describe('queue-set-before-transfer stays silent where a caller may have set the queue', () => {
  const bad = fixture('queue-set-before-transfer', 'bad');
  const withType = (type: string | undefined) => {
    const copy = structuredClone(bad) as { Metadata: Record<string, unknown> };
    if (type === undefined) delete copy.Metadata['type'];
    else copy.Metadata['type'] = type;
    return JSON.stringify(copy, null, 2);
  };

  it('reports the inbound flow (designer type contactFlow)', () => {
    expect(only('queue-set-before-transfer', withType('contactFlow')).map((f) => f.blockId)).toEqual(['8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6']);
  });

  it('says nothing when the type is unknown, or a queue, whisper or transfer flow', () => {
    for (const type of [undefined, 'customerQueue', 'queueTransfer', 'agentWhisper']) expect(only('queue-set-before-transfer', withType(type)), String(type)).toEqual([]);
  });

  it('says nothing when the wrapper says CONTACT_FLOW but the designer says queueTransfer (a quick-connect flow)', () => {
    const text = JSON.stringify({ Name: 'QC transfer', Type: 'CONTACT_FLOW', Content: withType('queueTransfer') });
    expect(only('queue-set-before-transfer', text)).toEqual([]);
  });

  it('says nothing for a flow that sets no queue anywhere (a transfer target, entered with a queue)', () => {
    const copy = structuredClone(bad) as { Actions: Array<{ Type: string; Identifier: string; Transitions: { Conditions?: Array<{ NextAction: string }> } }> };
    copy.Actions = copy.Actions.filter((a) => a.Type !== 'UpdateContactTargetQueue');
    for (const a of copy.Actions) for (const c of a.Transitions.Conditions ?? []) c.NextAction = '8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6';
    expect(only('queue-set-before-transfer', JSON.stringify(copy, null, 2))).toEqual([]);
  });

  /** An inbound caller (nobody calls it) that transfers to the routing flow, setting a working queue first or not. */
  const caller = (setsQueue: boolean) =>
    JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'logging',
      Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {}, type: 'contactFlow' },
      Actions: [
        { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: setsQueue ? 'queue' : 'to-sub' } },
        ...(setsQueue ? [{ Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: '${general_queue_arn}' }, Transitions: { NextAction: 'to-sub', Errors: [{ NextAction: 'to-sub', ErrorType: 'NoMatchingError' }] } }] : []),
        { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: `${INSTANCE}/contact-flow/${SUB_ID}` }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    });
  const callee = () => JSON.stringify({ ContactFlow: { Arn: `${INSTANCE}/contact-flow/${SUB_ID}`, Id: SUB_ID, Name: 'Routing', Type: 'CONTACT_FLOW', Content: withType('contactFlow') } }, null, 2);

  it('says nothing for a flow whose caller in the repository set a working queue before transferring to it', () => {
    expect(lintRepo({ 'flows/routing.json': callee() }, 'queue-set-before-transfer').map((f) => f.file)).toEqual(['flows/routing.json']);
    expect(lintRepo({ 'flows/routing.json': callee(), 'flows/main.json': caller(true) }, 'queue-set-before-transfer')).toEqual([]);
  });

  it('reports it when every caller is entered from a phone number and reaches its transfer without setting a queue, naming the caller', () => {
    const found = lintRepo({ 'flows/routing.json': callee(), 'flows/main.json': caller(false) }, 'queue-set-before-transfer');
    expect(found.map((f) => [f.file, f.blockId])).toEqual([['flows/routing.json', '8a0c2e4f-6b7d-4e9f-a1b3-c5d7e9f1a3b6']]);
    expect(found[0]!.message).toContain('a path from its caller flows/main.json (to-sub) sets none');
  });

  it('says nothing when one caller of two set a queue', () => {
    const second = caller(true).replace('"logging"', '"logging"');
    expect(lintRepo({ 'flows/routing.json': callee(), 'flows/main.json': caller(false), 'flows/other.json': second }, 'queue-set-before-transfer')).toEqual([]);
  });
});

describe('stored-input-before-use and module scope', () => {
  /** A caller that stores the account number, then invokes the module or transfers to the flow. */
  function caller(kind: 'module' | 'flow'): string {
    const call =
      kind === 'module'
        ? { Identifier: 'call', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: `${INSTANCE}/flow-module/${MODULE_ID}` }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } }
        : { Identifier: 'call', Type: 'TransferToFlow', Parameters: { ContactFlowId: `${INSTANCE}/contact-flow/${SUB_ID}` }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } };
    return JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'logging',
      Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {} },
      Actions: [
        { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'store' } },
        { Identifier: 'store', Type: 'GetParticipantInput', Parameters: { StoreInput: 'True', InputTimeLimitSeconds: '5', Text: 'Please enter your account number followed by the pound key.', DTMFConfiguration: { InputTerminationSequence: '#', DisableCancelKey: 'False' }, InputValidation: { CustomValidation: { MaximumLength: '10' } } }, Transitions: { NextAction: 'call', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } },
        call,
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }, null, 2);
  }
  /** The callee saves $.StoredCustomerInput without storing it itself. */
  function callee(kind: 'module' | 'flow'): string {
    const content = JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'save',
      Metadata: { entryPointPosition: { x: 0, y: 0 }, ActionMetadata: {} },
      Actions: [
        { Identifier: 'save', Type: 'UpdateContactAttributes', Parameters: { Attributes: { accountNumber: '$.StoredCustomerInput' }, TargetContact: 'Current' }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'bye', Type: kind === 'module' ? 'EndFlowModuleExecution' : 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    });
    return kind === 'module'
      ? JSON.stringify({ ContactFlowModule: { Arn: `${INSTANCE}/flow-module/${MODULE_ID}`, Id: MODULE_ID, Name: 'Account module', Content: content } }, null, 2)
      : JSON.stringify({ ContactFlow: { Arn: `${INSTANCE}/contact-flow/${SUB_ID}`, Id: SUB_ID, Name: 'Account sub-flow', Type: 'CONTACT_FLOW', Content: content } }, null, 2);
  }

  it('bad: a module reads the input its caller stored, which it does not see', () => {
    const found = lintRepo({ 'flows/main.json': caller('module'), 'modules/account.json': callee('module') }, 'stored-input-before-use');
    expect(found.map((f) => [f.file, f.blockId])).toEqual([['modules/account.json', 'save']]);
    expect(found[0]!.message).toContain('as a module does not see its caller\'s stored input: store it in the module');
  });

  it('good: a flow the caller transfers to after storing the input is given the benefit of the doubt', () => {
    expect(lintRepo({ 'flows/main.json': caller('flow'), 'flows/account.json': callee('flow') }, 'stored-input-before-use')).toEqual([]);
  });

  it('an error branch of the Store customer input block stores nothing', () => {
    const good = fixture('stored-input-before-use', 'good') as { Actions: Array<{ Identifier: string; Transitions: { Errors?: Array<{ NextAction: string }> } }> };
    const store = good.Actions.find((a) => a.Identifier === '7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20')!;
    store.Transitions.Errors = [{ NextAction: 'b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46', ErrorType: 'NoMatchingError' } as never];
    const found = only('stored-input-before-use', JSON.stringify(good, null, 2));
    expect(found.map((f) => f.blockId)).toEqual(['b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46']);
    // The path (in the evidence) leaves the Store customer input block by that error branch.
    expect(found[0]!.evidence).toEqual(['0c4b7ad2-2d8e-4a3c-9a41-6f0e2b7d5a10', '5b2e8c41-7f3a-4d19-b6e0-2c9a8d4f1e07', '7a3c5e91-0b2d-4f6a-8c4e-1d9b3f5a7c20', 'b8d0f2a4-6c1e-4a9b-9d3f-2e5a7c9b1d46']);
  });
});

describe('input-menu-conditions reads the prompt', () => {
  it('a "press any key" wait without conditions is not a menu; the same block offering "press 2" is', () => {
    const bad = fixture('input-menu-conditions', 'bad') as { Actions: Array<{ Type: string; Parameters: Record<string, unknown> }> };
    const menu = bad.Actions.find((a) => a.Type === 'GetParticipantInput')!;
    menu.Parameters['Text'] = 'Press any key when you have finished recording.';
    expect(only('input-menu-conditions', JSON.stringify(bad, null, 2))).toEqual([]);
    menu.Parameters['Text'] = 'To hear your balance, press 2.';
    expect(only('input-menu-conditions', JSON.stringify(bad, null, 2))).toHaveLength(1);
    menu.Parameters['StoreInput'] = 'True';
    expect(only('input-menu-conditions', JSON.stringify(bad, null, 2))).toEqual([]);
  });
});
