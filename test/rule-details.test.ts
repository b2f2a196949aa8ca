import { describe, expect, it } from 'vitest';
import { configFrom, lintString } from './helpers.js';

const flow = (actions: unknown[], start = actions.length > 0 ? (actions[0] as { Identifier: string }).Identifier : 'x') =>
  JSON.stringify({ Version: '2019-10-30', StartAction: start, Actions: actions }, null, 2);

describe('rule details', () => {
  it('no-hardcoded-arn checks every ARN of a value: an allowed one does not hide a hard-coded one', () => {
    const text = flow([
      {
        Identifier: 'lambda',
        Type: 'InvokeLambdaFunction',
        Parameters: { LambdaFunctionARN: 'arn:aws:lambda:ap-northeast-1:111122223333:function:shared arn:aws:lambda:ap-northeast-1:444455556666:function:team' },
        Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ]);
    const config = configFrom('extends: [connect-flow-lint:recommended]\nrules:\n  logging-enabled: off\n  no-hardcoded-arn: [warn, { allow: ["111122223333"] }]\n');
    const found = lintString('arn.json', text, config);
    expect(found.map((f) => f.ruleId)).toEqual(['no-hardcoded-arn']);
    expect(found[0]!.message).toContain('hard-codes account 444455556666\'s ARN in "LambdaFunctionARN"');
  });

  it('logging-enabled reports the block nearest the start, not the first in Actions order', () => {
    const text = flow(
      [
        { Identifier: 'on-error', Type: 'MessageParticipant', Parameters: { Text: 'Sorry' }, Transitions: { NextAction: 'bye', Errors: [] } },
        { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Mizuki' }, Transitions: { NextAction: 'menu', Errors: [{ NextAction: 'set', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { a: '1' } }, Transitions: { NextAction: 'on-error', Errors: [{ NextAction: 'on-error', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'menu', Type: 'MessageParticipant', Parameters: { Text: 'Welcome' }, Transitions: { NextAction: 'bye', Errors: [] } },
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
      'voice',
    );
    const found = lintString('logging.json', text).filter((f) => f.ruleId === 'logging-enabled');
    expect(found.map((f) => f.blockId)).toEqual(['menu']);
  });
});

describe('known-action-type and the legacy names', () => {
  it('names the flow-language replacement of every legacy type name in the table', async () => {
    const { LEGACY_ACTION_TYPES } = await import('../src/connect/actions.js');
    const names = Object.entries(LEGACY_ACTION_TYPES);
    expect(names.length).toBeGreaterThanOrEqual(11);
    const text = flow([
      ...names.map(([legacy], i) => ({ Identifier: `b${i}`, Type: legacy, Parameters: {}, Transitions: { NextAction: i + 1 < names.length ? `b${i + 1}` : 'bye' } })),
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ]);
    const found = lintString('legacy.json', text).filter((f) => f.ruleId === 'known-action-type');
    expect(found).toHaveLength(names.length);
    names.forEach(([legacy, replacement], i) => {
      const f = found.find((x) => x.blockId === `b${i}`)!;
      expect(f.message).toContain(`"${legacy}"`);
      if (replacement) expect(f.message).toContain(`calls this block "${replacement}"`);
      else expect(f.message).toContain('no flow-language equivalent');
    });
  });
});

describe('flow-ends and loops', () => {
  const loop = (type?: string) => {
    const actions = [
      { Identifier: 'music', Type: 'MessageParticipant', Parameters: { Text: 'Your call is important to us' }, Transitions: { NextAction: 'wait', Errors: [{ NextAction: 'wait', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'wait', Type: 'Wait', Parameters: { TimeLimitSeconds: '30' }, Transitions: { NextAction: 'music', Errors: [{ NextAction: 'music', ErrorType: 'NoMatchingError' }] } },
    ];
    const content = { Version: '2019-10-30', StartAction: 'music', Actions: actions };
    return JSON.stringify(type ? { Name: 'q', Type: type, Content: JSON.stringify(content) } : content, null, 2);
  };

  it('reports a loop with no exit in a contact flow, where the contact enters it', () => {
    const found = lintString('loop.json', loop('CONTACT_FLOW')).filter((f) => f.ruleId === 'flow-ends');
    expect(found.map((f) => [f.blockId, f.evidence])).toEqual([['music', ['music', 'wait']]]);
  });

  it('accepts the same loop in a customer-queue flow, which plays prompts until an agent answers', () => {
    expect(lintString('queue.json', loop('CUSTOMER_QUEUE')).filter((f) => f.ruleId === 'flow-ends')).toEqual([]);
  });
});
