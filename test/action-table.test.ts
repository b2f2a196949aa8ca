/*
 * Issue 13: the action table says how it knows, and rules report only what it is sure of. Each corrected entry
 * has a block shaped like a real export (cited) that the old table reported falsely and that is silent now,
 * next to the true finding the entry still raises.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, checkedAgainstExports, hasEvidence } from '../src/connect/actions.js';
import { CLI, CORPUS, HAS_CORPUS, configFrom, lintString, runCli } from './helpers.js';

const strict = configFrom('extends: [connect-flow-lint:strict]\n');

/**
 * Console exports outside the corpus the table was checked against (read from their repositories); the blocks
 * below are shaped after them.
 */
const OUTSIDE_CORPUS = new Set([
  'aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json',
  'aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/get-customer-profile.json',
  'cresta/amazon-connect-pstn-transfer/VA_PSTN_Transfer.json',
  'aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineWait.json',
  'aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineMain.json',
  // Lex block "ea12108d-…" (NoMatchingError + NoMatchingCondition, no InputTimeLimitExceeded) and a DTMF menu's Compares.
  'aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineNLUInput.json',
  'aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineDTMFMenu.json',
]);

const flow = (actions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: '2019-10-30', StartAction: (actions[0] as { Identifier: string }).Identifier, Actions: actions, ...extra }, null, 2);
const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const only = <F extends { ruleId: string }>(found: F[], rule: string): F[] => found.filter((f) => f.ruleId === rule);

describe('the action table says how it knows', () => {
  it('every entry names its reference page and, where the table was checked against them, real exports', () => {
    const entries = Object.entries(ACTIONS);
    expect(entries.length).toBeGreaterThan(50);
    for (const [type, spec] of entries) {
      expect(hasEvidence(spec), type).toBe(true);
      expect(spec.evidence?.reference, type).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/connect\/latest\/APIReference\/[a-z-]+\.html$/);
      for (const e of spec.evidence?.exports ?? []) expect(e, type).toMatch(/^[\w.-]+\/[\w.-]+\/\S/);
    }
    // The common blocks were checked against exports; a reference-only entry is the exception, not the rule.
    expect(entries.filter(([, s]) => checkedAgainstExports(s)).length).toBeGreaterThanOrEqual(38);
  });

  it.skipIf(!HAS_CORPUS)('every export an entry cites is a corpus file that holds a block of that type', () => {
    // SOURCES.md maps each corpus file to its repository and path: the citation is checked against the file.
    // (A repository path may stand for several corpus files: the same file at two commits.)
    const byCitation = new Map<string, string[]>();
    for (const line of readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8').split('\n')) {
      const c = line.split('|').map((s) => s.trim());
      if (c.length > 5 && c[1]!.includes('/') && c[2]!.includes('/')) byCitation.set(`${c[2]}/${c[4]}`, [...(byCitation.get(`${c[2]}/${c[4]}`) ?? []), c[1]!]);
    }
    let checked = 0;
    for (const [type, spec] of Object.entries(ACTIONS)) {
      const block = new RegExp(`Type\\\\*"?\\s*:\\s*\\\\*"?${type}\\b`);
      for (const e of spec.evidence?.exports ?? []) {
        if (OUTSIDE_CORPUS.has(e)) continue;
        const files = byCitation.get(e) ?? [];
        expect(files.length, `${type}: ${e}`).toBeGreaterThan(0);
        expect(files.some((f) => existsSync(join(CORPUS, f)) && block.test(readFileSync(join(CORPUS, f), 'utf8'))), `${type} in ${e}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(90);
  });

  it('an entry only the reference backs demands no error branch and no parameter under recommended, but does under strict', () => {
    const referenceOnly = Object.entries(ACTIONS).filter(([, s]) => !checkedAgainstExports(s));
    expect(referenceOnly.map(([t]) => t)).toContain('DequeueContactAndTransferToQueue');
    const blocks = referenceOnly
      .filter(([, s]) => !s.terminal)
      .map(([type], i, all) => ({ Identifier: `b${i}`, Type: type, Parameters: {}, Transitions: { NextAction: i + 1 < all.length ? `b${i + 1}` : 'bye' } }));
    const text = flow([...blocks, bye]);
    const plain = lintString('reference-only.json', text);
    expect(only(plain, 'error-branches-wired')).toEqual([]);
    expect(only(plain, 'parameters-valid')).toEqual([]);
    const withStrict = only(lintString('reference-only.json', text, strict), 'error-branches-wired');
    // e.g. DequeueContactAndTransferToQueue's QueueAtCapacity: the data is there, it is just not sure enough.
    expect(withStrict.some((f) => f.message.includes('QueueAtCapacity'))).toBe(true);
  });
});

describe('corrected entries: real-shaped blocks that were false errors are silent now', () => {
  it('UpdateFlowAttributes without an error branch (the reference: "Errors: None") raises nothing; strict still asks for it', () => {
    // Shape of aws-samples/amazon-connect-gitlab-cicd-terraform amzconnect-contact-flows/contact_flows/
    // ACME_ContactFlowModule_AUTO.json, block FLOW_OBJECT_MAPS#, without its Errors list.
    const text = flow([
      { Parameters: { FlowAttributes: { change: { Value: 'me' } } }, Identifier: 'FLOW_OBJECT_MAPS#', Type: 'UpdateFlowAttributes', Transitions: { NextAction: 'bye' } },
      bye,
    ]);
    expect(only(lintString('flow-attributes.json', text), 'error-branches-wired')).toEqual([]);
    expect(only(lintString('flow-attributes.json', text, strict), 'error-branches-wired').map((f) => f.blockId)).toEqual(['FLOW_OBJECT_MAPS#']);
  });

  it('a CreateTask from a task template needs no ContactFlowId or Name; one without a template still does', () => {
    // The console's template mode writes TaskTemplateId and the template's fields; the template names the flow
    // (CreateTaskTemplate: "The identifier of the flow that runs by default when a task is created by referencing
    // this template"). Manual shape from aws-samples/amazon-connect-step-by-step-guides-module-library
    // examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json (block 4ae69bd0-…).
    const fromTemplate = flow([
      {
        Parameters: { TaskTemplateId: '2a1f3b0e-6d8c-4e55-9a53-0f6c1d2e7b44', Attributes: { CustomerPhoneNumber: '$.CustomerEndpoint.Address' } },
        Identifier: 'task',
        Type: 'CreateTask',
        Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      },
      bye,
    ]);
    expect(only(lintString('task-template.json', fromTemplate), 'parameters-valid')).toEqual([]);
    const manual = flow([
      {
        Parameters: { Name: 'New Insurance Claim', Description: 'Details of the new insurance claim', Attributes: { Expedited: '$.External.Expedited' } },
        Identifier: '4ae69bd0-d6dd-4cfb-a1b9-92aebdb6902f',
        Type: 'CreateTask',
        Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      },
      bye,
    ]);
    const found = only(lintString('task-manual.json', manual), 'parameters-valid');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('has no "ContactFlowId", which CreateTask requires (unless "TaskTemplateId" is set)');
  });

  it('ProfileResponseData written as an object of names is accepted; a bare string is still wrong', () => {
    // Design note (flow-format.md): some builders write { "FirstName": true }, and flow logs print FirstName=true.
    const block = (data: unknown) =>
      flow([
        {
          Identifier: 'lookup',
          Type: 'GetCustomerProfile',
          Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: data },
          Transitions: {
            NextAction: 'bye',
            Errors: ['MultipleFoundError', 'NoneFoundError', 'NoMatchingError'].map((ErrorType) => ({ NextAction: 'bye', ErrorType })),
          },
        },
        bye,
      ]);
    expect(only(lintString('profile-object.json', block({ FirstName: true, Province: true })), 'parameters-valid')).toEqual([]);
    const wrong = only(lintString('profile-string.json', block('FirstName')), 'parameters-valid');
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('"ProfileResponseData" must be a list of field names')]);
  });

  it('an empty required value is reported as empty, not as missing', () => {
    const text = flow([
      { Identifier: 'check', Type: 'Compare', Parameters: { ComparisonValue: '' }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }] } },
      bye,
    ]);
    const found = only(lintString('empty.json', text), 'parameters-valid');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('"ComparisonValue" is empty');
    expect(found[0]!.message).not.toContain('has no');
    // It points at the value, not at the Parameters object.
    expect(found[0]!.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes('"ComparisonValue": ""')) + 1);
  });

  it('a parameter name the table has never seen is not a finding under recommended, and only info under strict', () => {
    // A console parameter newer than the table (the table cannot list what it has not seen): TextToSpeechVoice
    // block shaped as in amazon-connect/amazon-connect-salesforce-scv …/awsscv_ddr_flow_cf.json, plus one more name.
    const text = flow([
      { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Neural', LanguageCode: 'en-US' }, Transitions: { NextAction: 'bye', Errors: [] } },
      bye,
    ]);
    expect(only(lintString('unseen.json', text), 'parameters-valid')).toEqual([]);
    const s = only(lintString('unseen.json', text, strict), 'parameters-valid');
    expect(s.map((f) => [f.severity, f.message.includes('"LanguageCode"'), f.message.includes('rejects')])).toEqual([['info', true, false]]);
  });

  it('near misses and known earlier names are still reported, with the name to write', () => {
    const text = flow([
      { Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueID: '${QueueArn}' }, Transitions: { NextAction: 'wait', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'wait', Type: 'Wait', Parameters: { TimeoutSeconds: '300' }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } },
      bye,
    ]);
    const found = only(lintString('near.json', text), 'parameters-valid');
    expect(found.map((f) => [f.blockId, f.severity])).toEqual([['queue', 'warn'], ['wait', 'warn']]);
    expect(found[0]!.message).toContain('did you mean "QueueId"?');
    expect(found[1]!.message).toContain('write as "TimeLimitSeconds"');
  });

  it('a designer block name is mapped to its real type, not to the closest spelling', () => {
    const text = flow([
      { Identifier: 'transfer', Type: 'TransferToQueue', Parameters: {}, Transitions: { NextAction: 'bye', Errors: [] } },
      { Identifier: 'invented', Type: 'RouteByMagic', Parameters: {}, Transitions: { NextAction: 'bye' } },
      bye,
    ]);
    const found = only(lintString('names.json', text), 'known-action-type');
    expect(found.map((f) => f.blockId)).toEqual(['transfer', 'invented']);
    expect(found[0]!.message).toContain('calls this block "TransferContactToQueue"');
    expect(found[0]!.message).not.toContain('TransferToFlow');
    expect(found[1]!.message).not.toContain('did you mean');
  });

  it('a block of a type the table does not know is one finding (its type), not also a dead end', () => {
    // A legacy "Disconnect" written into a flow-language export ends the contact the way DisconnectParticipant does;
    // the table cannot know that it has no transition on purpose, so flow-ends stays silent.
    const text = flow([
      { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Goodbye' }, Transitions: { NextAction: 'hangup', Errors: [] } },
      { Identifier: 'hangup', Type: 'Disconnect', Parameters: {}, Transitions: {} },
    ]);
    expect(lintString('legacy-end.json', text).filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.blockId])).toEqual([['known-action-type', 'hangup']]);
  });
});

describe('console exports outside the corpus', () => {
  it('a MessageParticipant with SkipWhenDTMFBufferEnabled (a current console parameter) raises nothing', () => {
    // aws-samples/sample-amazon-connect-speed-dial templates/cdk-app/flows/consent-analytics-setup.json, block error-msg.
    const text = flow([
      {
        Parameters: { SkipWhenDTMFBufferEnabled: 'false', Text: 'Entschuldigung, es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.' },
        Identifier: 'error-msg',
        Type: 'MessageParticipant',
        Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      },
      bye,
    ]);
    expect(lintString('skip-dtmf.json', text, strict).filter((f) => f.ruleId === 'parameters-valid')).toEqual([]);
  });

  it('the newer recording-and-analytics block and a module return with results raise nothing', () => {
    // Same file: block "recording voice no"; get-customer-profile.json's "multiple" return (Result + ResultData).
    const text = flow([
      {
        Parameters: { VoiceBehavior: { VoiceRecordingBehavior: { RecordedParticipants: [], IVRRecordingBehavior: 'Disabled' }, VoiceAnalyticsBehavior: { Enabled: 'False' } } },
        Identifier: 'recording voice no',
        Type: 'UpdateContactRecordingAndAnalyticsBehavior',
        Transitions: { NextAction: 'sucess', Errors: [{ NextAction: 'sucess', ErrorType: 'NoMatchingError' }, { NextAction: 'sucess', ErrorType: 'ChannelMismatch' }] },
      },
      { Parameters: { Result: 'multiple', ResultData: { customerNumber: '#multiple', firstName: '#multiple' } }, Identifier: 'sucess', Type: 'EndFlowModuleExecution', Transitions: {} },
    ]);
    expect(lintString('module-result.json', text, strict).filter((f) => f.severity !== 'info' && f.ruleId !== 'logging-enabled')).toEqual([]);
  });

  it('a transfer to a phone number that continues the flow wires CallFailed and ConnectionTimeLimitExceeded; without them it is reported', () => {
    // cresta/amazon-connect-pstn-transfer VA_PSTN_Transfer.json, block 572bca25-… (a published console export).
    const block = (errors: string[]) =>
      flow([
        {
          Parameters: { ThirdPartyPhoneNumber: '$.Attributes.phoneNumber', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: 'True', ThirdPartyDTMFDigits: '$.Attributes.dtmfSequence' },
          Identifier: '572bca25-da4f-49ed-91f8-2d6d19bed988',
          Type: 'TransferParticipantToThirdParty',
          Transitions: { NextAction: 'bye', Errors: errors.map((ErrorType) => ({ NextAction: 'bye', ErrorType })) },
        },
        bye,
      ]);
    expect(only(lintString('pstn.json', block(['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'])), 'error-branches-wired')).toEqual([]);
    const missing = only(lintString('pstn.json', block(['NoMatchingError'])), 'error-branches-wired');
    expect(missing.map((f) => f.message.match(/has no (\w+) branch/)?.[1])).toEqual(['CallFailed', 'ConnectionTimeLimitExceeded']);
  });
});

describe('rules-engine console exports', () => {
  it('its Lex, Wait, Lambda and transfer blocks raise no table finding; the Lex block without NoMatchingCondition does', () => {
    // aws-samples/amazon-connect-rules-engine connect/contactflows: RulesEngineNLUInput.json block ea12108d-…,
    // RulesEngineWait.json block 2ecb7822-…, RulesEngineMain.json blocks 71c4f8b5-… and 4a81da48-….
    const lex = (errors: string[]) => ({
      Identifier: 'ea12108d-9860-496e-8e63-34abbdcbec58',
      Parameters: {
        SSML: '<speak></speak>',
        LexSessionAttributes: { 'x-amz-lex:audio:end-timeout-ms:*': '2000', 'x-amz-lex:audio:start-timeout-ms:*': '10000' },
        LexV2Bot: { AliasArn: '$.External.CurrentRule_lexBotArn' },
      },
      Transitions: { NextAction: '2ecb7822-e65e-4465-840b-611d09af2c0c', Errors: errors.map((ErrorType) => ({ NextAction: '2ecb7822-e65e-4465-840b-611d09af2c0c', ErrorType })), Conditions: [] },
      Type: 'ConnectParticipantWithLexBot',
    });
    const rest = [
      {
        Parameters: { TimeLimitSeconds: '$.External.CurrentRule_waitTimeSeconds', Events: ['CustomerReturned'] },
        Identifier: '2ecb7822-e65e-4465-840b-611d09af2c0c',
        Type: 'Wait',
        Transitions: {
          NextAction: '71c4f8b5-26c4-4f0d-9ff4-d1c0f2010f3f',
          Conditions: [
            { NextAction: '71c4f8b5-26c4-4f0d-9ff4-d1c0f2010f3f', Condition: { Operator: 'Equals', Operands: ['CustomerReturned'] } },
            { NextAction: '71c4f8b5-26c4-4f0d-9ff4-d1c0f2010f3f', Condition: { Operator: 'Equals', Operands: ['WaitCompleted'] } },
          ],
          Errors: [{ NextAction: '4a81da48-58d7-4a40-b513-c044097b1e66', ErrorType: 'NoMatchingError' }],
        },
      },
      {
        Identifier: '71c4f8b5-26c4-4f0d-9ff4-d1c0f2010f3f',
        Parameters: { LambdaFunctionARN: '{{lambdaFunctions.connectrulesinference.arn}}', InvocationTimeLimitSeconds: '7' },
        Transitions: { NextAction: '4a81da48-58d7-4a40-b513-c044097b1e66', Errors: [{ NextAction: '4a81da48-58d7-4a40-b513-c044097b1e66', ErrorType: 'NoMatchingError' }], Conditions: [] },
        Type: 'InvokeLambdaFunction',
      },
      {
        Identifier: '4a81da48-58d7-4a40-b513-c044097b1e66',
        Parameters: { ContactFlowId: '{{contactFlows.RulesEngineError.arn}}' },
        Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }], Conditions: [] },
        Type: 'TransferToFlow',
      },
      bye,
    ];
    const table = ['error-branches-wired', 'parameters-valid', 'known-action-type', 'flow-ends', 'action-allowed-in-flow-type'];
    const wired = lintString('rules-engine.json', flow([lex(['NoMatchingError', 'NoMatchingCondition']), ...rest]));
    expect(wired.filter((f) => table.includes(f.ruleId)).map((f) => [f.ruleId, f.blockId, f.message])).toEqual([]);
    // Strict asks only for the Lex block's strict-only InputTimeLimitExceeded: not for Wait's ParticipantNotFound,
    // which exists only when the block waits for BotParticipantDisconnected (this one waits for CustomerReturned).
    const withStrict = lintString('rules-engine.json', flow([lex(['NoMatchingError', 'NoMatchingCondition']), ...rest]), strict).filter((f) => table.includes(f.ruleId));
    expect(withStrict.map((f) => [f.blockId, f.message.match(/has no (\w+) branch/)?.[1]])).toEqual([['ea12108d-9860-496e-8e63-34abbdcbec58', 'InputTimeLimitExceeded']]);
    const botWait = flow([lex(['NoMatchingError', 'NoMatchingCondition']), { ...rest[0], Parameters: { TimeLimitSeconds: '300', Events: ['BotParticipantDisconnected'] } }, ...rest.slice(1)]);
    expect(only(lintString('bot-wait.json', botWait), 'error-branches-wired')).toEqual([]);
    expect(only(lintString('bot-wait.json', botWait, strict), 'error-branches-wired').map((f) => f.message.match(/has no (\w+) branch/)?.[1]).sort()).toEqual(['InputTimeLimitExceeded', 'ParticipantNotFound']);
    const unwired = only(lintString('rules-engine.json', flow([lex(['NoMatchingError']), ...rest])), 'error-branches-wired');
    expect(unwired.map((f) => [f.blockId, f.message.includes('NoMatchingCondition')])).toEqual([['ea12108d-9860-496e-8e63-34abbdcbec58', true]]);
  });
});

describe('true findings are kept', () => {
  it('missing error branches of blocks checked against exports, wrong flow types, dead ends and missing parameters', () => {
    const text = flow(
      [
        // TransferContactToQueue: every corpus export wires both (28 of 28).
        { Identifier: 'transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'lambda', Errors: [{ NextAction: 'lambda', ErrorType: 'NoMatchingError' }] } },
        // A Lambda without its function.
        { Identifier: 'lambda', Type: 'InvokeLambdaFunction', Parameters: { InvocationTimeLimitSeconds: '8' }, Transitions: { NextAction: 'ret', Errors: [{ NextAction: 'ret', ErrorType: 'NoMatchingError' }] } },
        // EndFlowModuleExecution outside a module.
        { Identifier: 'ret', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
        { Identifier: 'stuck', Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: {} },
      ],
      { Metadata: { type: 'contactFlow' } },
    );
    const found = lintString('true.json', text).filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.ruleId, f.blockId]).sort()).toEqual(
      [
        ['error-branches-wired', 'transfer'],
        ['parameters-valid', 'lambda'],
        ['action-allowed-in-flow-type', 'ret'],
        ['flow-ends', 'stuck'],
      ].sort(),
    );
    expect(found.find((f) => f.ruleId === 'error-branches-wired')!.message).toContain('QueueAtCapacity');
  });
});

describe('the bundled CLI', () => {
  it.skipIf(!existsSync(CLI))('reports no error for a real-shaped flow the old table failed, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-table-'));
    writeFileSync(
      join(dir, 'module.json'),
      flow([
        { Parameters: { FlowLoggingBehavior: 'Enabled' }, Identifier: 'log', Type: 'UpdateFlowLoggingBehavior', Transitions: { NextAction: 'FLOW_OBJECT_MAPS#' } },
        { Parameters: { FlowAttributes: { change: { Value: 'me' } } }, Identifier: 'FLOW_OBJECT_MAPS#', Type: 'UpdateFlowAttributes', Transitions: { NextAction: 'voice' } },
        { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Joanna', LanguageCode: 'en-US' }, Transitions: { NextAction: 'bye', Errors: [] } },
        bye,
      ]),
    );
    const r = runCli(['--format', 'json', 'module.json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string }[];
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
