import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../src/core/simulate/expect.js';
import { simulate, type SimResult } from '../src/core/simulate/run.js';
import type { Given } from '../src/core/simulate/scenario.js';
import { worldFromTexts } from '../src/core/simulate/world.js';
import { ROOT } from './helpers.js';

// Fixtures of the shape of real exports in the corpus (raw exports, describe-contact-flow and
// describe-contact-flow-module wrappers), linked as a repository: ivr-main transfers to billing-flow, which
// invokes the verify-module.
const DIR = join(ROOT, 'test/fixtures/simulate');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const world = worldFromTexts(files.map((f) => ({ file: `test/fixtures/simulate/${f}`, text: readFileSync(join(DIR, f), 'utf8') })));
const flowIndex = (name: string): number => world.flows.findIndex((f) => f.file.endsWith(name));
const run = (name: string, given: Given): SimResult => simulate(world, flowIndex(name), given);
const path = (r: SimResult): string[] => r.steps.map((s) => `${s.blockId}:${s.branch}`);

const OPEN: Given = { contact: { customer: '+81115550100' }, hours: 'open', queues: { 'general-queue': { agentsStaffed: 3 } } };

describe('simulator: the action types it models', () => {
  it('GetParticipantInput menu (Equals on the digit), CheckHoursOfOperation, UpdateContactTargetQueue, CheckMetricData, TransferContactToQueue', () => {
    const r = run('ivr-main.json', { ...OPEN, input: [{ kind: 'dtmf', value: '2', at: { line: 1, column: 1 } }] });
    expect(path(r)).toEqual(['log:next', 'menu:Equals 2', 'hours:Equals True', 'set-queue:next', 'staffed:NumberGreaterThan 0', 'to-queue:queued']);
    expect(r.ends).toBe('queued');
    expect(r.queue).toMatch(/queue\/general-queue$/);
    expect(r.prompts).toEqual(['For outage status press 1. For an agent press 2.']);
  });

  it('hours closed, a full queue (QueueAtCapacity) and no staffed agents each take their own branch', () => {
    const dtmf2 = [{ kind: 'dtmf' as const, value: '2', at: { line: 1, column: 1 } }];
    expect(path(run('ivr-main.json', { ...OPEN, hours: 'closed', input: dtmf2 })).slice(2, 3)).toEqual(['hours:Equals False']);
    expect(path(run('ivr-main.json', { ...OPEN, hours: { 'main-hours': 'open' }, queues: { 'general-queue': { agentsStaffed: 1, atCapacity: true } }, input: dtmf2 })).slice(-3)).toEqual(['to-queue:QueueAtCapacity', 'busy:next', 'bye:disconnected']);
    expect(path(run('ivr-main.json', { ...OPEN, queues: { 'general-queue': { agentsStaffed: 0 } }, input: dtmf2 }))).toContain('staffed:NoMatchingCondition');
  });

  it('Loop: a time-out and a wrong key go round the menu LoopCount times, then DoneLooping', () => {
    const at = { line: 1, column: 1 };
    const r = run('ivr-main.json', { ...OPEN, input: [{ kind: 'timeout', at }, { kind: 'dtmf', value: '9', at }, { kind: 'timeout', at }] });
    expect(path(r)).toEqual(['log:next', 'menu:InputTimeLimitExceeded', 'retry:Equals ContinueLooping', 'menu:NoMatchingCondition', 'retry:Equals ContinueLooping', 'menu:InputTimeLimitExceeded', 'retry:Equals DoneLooping', 'bye:disconnected']);
  });

  it('InvokeLambdaFunction replaces $.External per call; TransferToFlow continues in the callee; StoreInput, UpdateFlowAttributes and a module with its own scope', () => {
    const at = { line: 1, column: 1 };
    const r = run('ivr-main.json', {
      ...OPEN,
      profile: { found: 'one', fields: { FirstName: 'Aiko' } },
      input: [{ kind: 'dtmf', value: '1', at }, { kind: 'dtmf', value: '0312345678', at }, { kind: 'lex', intent: 'Verify', slots: { dob: '1990-01-01' }, sessionAttributes: {}, at }],
      lambda: { 'outage-status': [{ returns: { status: 'ok', area: 'Sapporo' } }] },
    });
    expect(r.stopped).toBeUndefined();
    expect(r.prompts).toEqual(['For outage status press 1. For an agent press 2.', 'There is no outage in Sapporo.', 'Enter your account number, then press hash.', 'Hi , let us check who you are.', 'Say your date of birth.']);
    expect(r.attributes).toEqual({ lastStatus: 'ok', account: '0312345678', verified: 'yes', dob: '1990-01-01' });
    expect(r.ends).toBe('ended');
    expect(r.steps.map((s) => world.flows[s.flow]!.file.replace(/^.*\//, ''))).toEqual([...Array(7).fill('ivr-main.json'), ...Array(4).fill('billing-flow.json'), ...Array(4).fill('verify-module.json'), 'billing-flow.json', 'billing-flow.json']);
    // The module does not see the caller's $.Customer (no lookup ran in it), and says so.
    expect(r.notes).toEqual([expect.stringContaining('read $.Customer.FirstName as "": no customer profile lookup succeeded before it in this module')]);
  });

  it('a Lambda error takes NoMatchingError and a second call with one mock entry stops the scenario, naming given.lambda', () => {
    const at = { line: 1, column: 1 };
    const failed = run('ivr-main.json', { ...OPEN, input: [{ kind: 'dtmf', value: '1', at }], lambda: { 'outage-status': [{ error: 'true' }] } });
    expect(path(failed).slice(2, 4)).toEqual(['status:NoMatchingError', 'sorry:next']);
    const nested = run('ivr-main.json', { ...OPEN, input: [{ kind: 'dtmf', value: '1', at }], lambda: { 'outage-status': [{ returns: { status: { code: 'ok' } } }] } });
    expect(nested.stopped).toMatch(/expects a flat STRING_MAP response, but the mock for outage-status returns status as a mapping/);
  });

  it('Wait, DistributeByPercentage, UpdateContactTextToSpeechVoice, CreateCustomerProfile; an unmodelled block stops and names how to force past it', () => {
    const r = run('chat-wait.json', { contact: { customer: '+81115550100', channel: 'CHAT' }, input: [{ kind: 'timeout', at: { line: 1, column: 1 } }], random: [12] });
    expect(path(r).slice(0, 5)).toEqual(['voice:next', 'rec:next', 'wait:Equals WaitCompleted', 'split:NumberLessThan 30', 'a:next']);
    expect(r.attributes).toEqual({ group: 'A', voice: 'Mizuki', channel: 'CHAT' });
    expect(r.prompts).toEqual(['Welcome Sample.']);
    expect(r.stopped).toBe('CreateTask task: the simulator does not model the action type CreateTask, so it cannot say where the contact goes; force a branch with given.errors["task"]: <ErrorType>');
    const forced = run('chat-wait.json', { contact: { customer: '+1' }, input: [{ kind: 'timeout', at: { line: 1, column: 1 } }], random: [80], errors: { task: 'NoMatchingError' } });
    expect(path(forced).slice(3)).toEqual(['split:NoMatchingCondition', 'b:next', 'create:next', 'greet:next', 'task:NoMatchingError', 'end:disconnected']);
  });
});

describe('simulator: strict on unknowns, bounded', () => {
  it('missing input, a missing hours answer, missing queue facts and a missing random draw each name the given key', () => {
    expect(run('ivr-main.json', OPEN).stopped).toBe('GetParticipantInput menu waits for the caller, but given.input is empty: add { dtmf: "1" } or timeout');
    const dtmf2 = [{ kind: 'dtmf' as const, value: '2', at: { line: 1, column: 1 } }];
    expect(run('ivr-main.json', { contact: {}, input: dtmf2 }).stopped).toBe('CheckHoursOfOperation hours checks the hours main-hours: say whether they are open with given.hours: open | closed (or given.hours.main-hours)');
    expect(run('ivr-main.json', { hours: 'open', input: dtmf2 }).stopped).toBe('CheckMetricData staffed needs agentsStaffed of the queue general-queue: give it in given.queues.general-queue.agentsStaffed');
    expect(run('chat-wait.json', { input: [{ kind: 'timeout', at: { line: 1, column: 1 } }] }).stopped).toMatch(/^DistributeByPercentage split draws a random number from 1 to 100, but given.random is not set/);
  });

  it('an attribute nobody set stops the run; a loop is stopped at the step limit with the loop named', () => {
    const r = run('hold-loop.json', { maxSteps: 50, contact: { attributes: { ready: 'not yet' } } });
    expect(r.steps).toHaveLength(50);
    expect(r.stopped).toBe('stopped after 50 steps (given.maxSteps): the contact goes round MessageParticipant again (next) → Compare check (NoMatchingCondition) and never leaves; give the loop an input or a Loop block that ends it, or raise maxSteps');
    expect(run('hold-loop.json', {}).stopped).toBe('Compare check reads $.Attributes.ready, which is not set: the flow has not set it by here; if it comes from before this flow, give it in given.contact.attributes.ready');
  });

  it('comparisons are case-sensitive: "Yes" does not match Equals yes', () => {
    expect(run('hold-loop.json', { maxSteps: 10, contact: { attributes: { ready: 'Yes' } } }).stopped).toMatch(/stopped after 10 steps/);
    expect(run('hold-loop.json', { contact: { attributes: { ready: 'yes' } } }).ends).toBe('disconnected');
  });
});

describe('the seed defect, through the examples', () => {
  const examples = worldFromTexts(['profile-field-not-requested.json', 'clean-inbound.json'].map((f) => ({ file: `examples/${f}`, text: readFileSync(join(ROOT, 'examples', f), 'utf8') })));
  const given: Given = {
    contact: { customer: '+81115550100' },
    profile: { found: 'one', fields: { FirstName: 'Aiko', Province: 'Hokkaidō', 'Attributes.tier': 'gold' } },
    vars: { hokkaido_queue_arn: 'arn:aws:connect:ap-northeast-1:111122223333:instance/i-1/queue/hokkaido-queue', general_queue_arn: 'arn:aws:connect:ap-northeast-1:111122223333:instance/i-1/queue/general-queue' },
  };
  it('a caller from Hokkaidō reaches the general queue, because the lookup did not request Province, and the failure says so', () => {
    const r = simulate(examples, 0, given);
    expect(checkExpectations(examples, r, { queue: 'hokkaido-queue' }).failures).toEqual([
      'expected queue hokkaido-queue, reached general-queue',
      'note: Compare 512eb57e read $.Customer.Province as "": GetCustomerProfile d61ceffb did not request Province (ProfileResponseData: FirstName, LastName), though the scenario\'s profile holds Province: Hokkaidō',
    ]);
  });
  it('the fixed flow (clean-inbound requests Province) routes the same caller to the Hokkaidō queue', () => {
    const r = simulate(examples, 1, given);
    expect(checkExpectations(examples, r, { queue: 'hokkaido-queue', attributes: { customerTier: 'gold' }, prompts: [{ contains: 'Hello Aiko' }], ends: 'queued' })).toEqual({ passed: true, failures: [] });
  });
  it('a template placeholder without a var stops the run, naming vars', () => {
    expect(simulate(examples, 1, { ...given, vars: {} }).stopped).toBe('UpdateContactAttributes fbef9cf8 uses the template placeholder ${hokkaido_queue_arn}: set vars.hokkaido_queue_arn in the scenario file (what the deployment fills in)');
  });
});

describe('simulator: hostile flows and scenario files are bounded', () => {
  const grow = JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'grow',
    Actions: [
      { Identifier: 'grow', Type: 'UpdateContactAttributes', Parameters: { Attributes: { a: '$.Attributes.a$.Attributes.a' } }, Transitions: { NextAction: 'say', Errors: [{ NextAction: 'full', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'say', Type: 'MessageParticipant', Parameters: { Text: '$.Attributes.a' }, Transitions: { NextAction: 'grow' } },
      { Identifier: 'full', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
  // A key __proto__ written into the JSON text, as a hostile export would have it.
  const hostile = worldFromTexts([{ file: 'grow.json', text: grow.replace('"Attributes":{"a"', '"Attributes":{"__proto__":"polluted","a"') }]);

  it('an attribute that doubles each round stops at the 32 KB contact-attribute limit (NoMatchingError), and __proto__ is just a key', () => {
    const r = simulate(hostile, 0, { contact: { attributes: { a: 'xy' } } });
    expect(r.ends).toBe('disconnected');
    expect(r.steps.at(-2)).toMatchObject({ blockId: 'grow', branch: 'NoMatchingError' });
    expect(r.attributes['a']!.length).toBe(16_384);
    expect(Object.getPrototypeOf(r.attributes)).toBeNull();
    expect(r.attributes['__proto__']).toBe('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.notes).toEqual(['UpdateContactAttributes grow took NoMatchingError: the contact\'s attributes would be over 32768 UTF-8 bytes, so none was set']);
  });

  it('a run shares one step budget: a scenario past it stops and says why', () => {
    const r = simulate(world, flowIndex('hold-loop.json'), { maxSteps: 100_000, contact: { attributes: { ready: 'no' } } }, 500);
    expect(r.steps).toHaveLength(500);
    expect(r.stopped).toMatch(/^this run has used up its budget of simulated steps/);
  });
});

describe('simulator: Unicode normalisation', () => {
  it('"Hokkaidō" written decomposed (NFD) does not match the precomposed operand, and the note says why', () => {
    const examples = worldFromTexts([{ file: 'examples/clean-inbound.json', text: readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8') }]);
    const nfd = 'Hokkaidō'.normalize('NFD');
    const r = simulate(examples, 0, {
      contact: { customer: '+81115550100' },
      profile: { found: 'one', fields: { FirstName: 'Aiko', Province: nfd } },
      vars: { hokkaido_queue_arn: 'arn:aws:connect:::queue/hokkaido-queue', general_queue_arn: 'arn:aws:connect:::queue/general-queue' },
    });
    expect(r.steps.find((s) => s.type === 'Compare')?.branch).toBe('NoMatchingCondition');
    expect(r.notes).toEqual([`Compare 512eb57e: ${JSON.stringify(nfd)} does not match the condition Equals "Hokkaidō", though they differ only in Unicode normalisation (NFC/NFD); Amazon Connect compares exactly`]);
  });
});

describe('simulator: TransferToFlow out of the repository', () => {
  const ivrOnly = worldFromTexts([{ file: 'test/fixtures/simulate/ivr-main.json', text: readFileSync(join(DIR, 'ivr-main.json'), 'utf8') }]);
  const at = { line: 1, column: 1 };
  const given: Given = { input: [{ kind: 'dtmf', value: '1', at }], lambda: { 'outage-status': [{ returns: { status: 'ok', area: 'Otaru' } }] } };
  it('stops and names given.flows when the callee is not in the repository', () => {
    expect(simulate(ivrOnly, 0, given).stopped).toBe('TransferToFlow to-billing transfers to the flow b1111111-0000-4000-8000-000000000001, which is not in the repository: add the flow, or mark it external with given.flows["b1111111-0000-4000-8000-000000000001"]: external');
  });
  it('ends "transferred" when the scenario marks it external (by id, the ARN\'s last segment)', () => {
    const r = simulate(ivrOnly, 0, { ...given, flows: { 'b1111111-0000-4000-8000-000000000001': 'external' } });
    expect(r).toMatchObject({ ends: 'transferred', endDetail: 'b1111111-0000-4000-8000-000000000001' });
    expect(checkExpectations(ivrOnly, r, { ends: 'queued' }).failures).toEqual(['expected the contact to end queued, it was transferred to b1111111-0000-4000-8000-000000000001']);
  });
});

describe('simulator: queue metrics, contact data and the other profile blocks', () => {
  const contact = { customer: '+81115550100' };
  it('UpdateContactData, TagContact, GetCustomerProfile → UpdateCustomerProfile → AssociateContactToCustomerProfile, GetMetricData ($.Metrics), DequeueContactAndTransferToQueue', () => {
    const r = run('queue-flow.json', { contact, profile: { found: 'one', fields: { FirstName: 'Aiko' } }, queues: { 'support-queue': { contactsInQueue: 2 } } });
    expect(path(r)).toEqual(['lang:next', 'tag:next', 'lookup:next', 'update:next', 'associate:next', 'working:next', 'metrics:next', 'size:NoMatchingCondition', 'dequeue:queued']);
    expect(r.queue).toMatch(/queue\/priority-queue$/);
  });
  it('a long queue goes to an agent (TransferContactToAgent ends "transferred"); no profile skips the profile blocks', () => {
    const r = run('queue-flow.json', { contact, profile: { found: 'none', fields: {} }, queues: { 'support-queue': { contactsInQueue: 9 } } });
    expect(path(r)).toEqual(['lang:next', 'tag:next', 'lookup:NoneFoundError', 'working:next', 'metrics:next', 'size:NumberGreaterThan 5', 'agent:transferred']);
    expect(r.ends).toBe('transferred');
  });
  it('a metric the scenario did not give stops the run and names the queue fact', () => {
    expect(run('queue-flow.json', { contact, profile: { found: 'none', fields: {} } }).stopped).toBe('Compare size needs contactsInQueue of the queue support-queue: give it in given.queues.support-queue.contactsInQueue');
  });
});
