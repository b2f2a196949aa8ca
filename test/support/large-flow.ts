/**
 * A large inbound flow of exactly `blocks` blocks built from the shapes of real exports (the segments of
 * bench/bench.mjs, deterministic): a customer-profile lookup and a Compare on the province, DTMF menus whose
 * options set attributes and call a Lambda, hours checks and queue transfers, every error branch to a shared
 * apology and a shared hang-up — which is what makes real flows wide. `defects` blocks leave an error branch
 * unwired (error-branches-wired reports each).
 */
interface Block {
  Identifier: string;
  Type: string;
  Parameters: Record<string, unknown>;
  Transitions: { NextAction?: string; Conditions?: unknown[]; Errors?: Array<{ NextAction: string; ErrorType: string }> };
}

const NME = 'NoMatchingError';
const err = (ErrorType: string, NextAction: string) => ({ ErrorType, NextAction });
const cond = (value: string, NextAction: string) => ({ NextAction, Condition: { Operator: 'Equals', Operands: [value] } });
const PROMPTS = [
  'Thank you for calling Hokkaidō Energy. Please hold while we connect you.',
  'Calls may be recorded for quality and training purposes.',
  'Outage updates for all regions are posted at hokkaido-energy.example.jp.',
  'We are experiencing higher than usual call volumes.',
];

export function largeFlow(blocks: number, defects = 2): { text: string; ids: string[] } {
  const actions: Block[] = [];
  let seq = 0;
  const id = (kind: string): string => `${kind}-${(seq++).toString(36).padStart(3, '0')}`;
  const SORRY = 'sorry';
  const BYE = 'goodbye';
  let defectsLeft = defects;
  const add = (b: Block): void => void actions.push(b);

  const profile = (entry: string, exit: string): void => {
    const greet = id('greet');
    const compare = id('province');
    const north = id('north');
    add({ Identifier: entry, Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName', 'Province'] }, Transitions: { NextAction: greet, Errors: [err('NoneFoundError', exit), err('MultipleFoundError', exit), err(NME, SORRY)] } });
    add({ Identifier: greet, Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Customer.FirstName, welcome back.' }, Transitions: { NextAction: compare, Errors: [err(NME, compare)] } });
    const unwired = defectsLeft-- > 0;
    add({ Identifier: compare, Type: 'Compare', Parameters: { ComparisonValue: '$.Customer.Province' }, Transitions: { NextAction: exit, Conditions: [cond('Hokkaidō', north)], Errors: unwired ? [] : [err('NoMatchingCondition', exit)] } });
    add({ Identifier: north, Type: 'UpdateContactAttributes', Parameters: { Attributes: { region: 'north' }, TargetContact: 'Current' }, Transitions: { NextAction: exit, Errors: [err(NME, exit)] } });
  };
  const menu = (entry: string, exit: string): void => {
    const options = [id('billing'), id('outage'), id('moves')];
    add({ Identifier: entry, Type: 'GetParticipantInput', Parameters: { Text: 'For billing, press 1. To report an outage, press 2. To move house, press 3.', StoreInput: 'False', InputTimeLimitSeconds: '5' }, Transitions: { NextAction: SORRY, Conditions: options.map((o, i) => cond(String(i + 1), o)), Errors: [err('InputTimeLimitExceeded', entry), err('NoMatchingCondition', entry), err(NME, SORRY)] } });
    for (const o of options) {
      const lambda = id('lambda');
      add({ Identifier: o, Type: 'UpdateContactAttributes', Parameters: { Attributes: { intent: o.split('-')[0]! }, TargetContact: 'Current' }, Transitions: { NextAction: lambda, Errors: [err(NME, SORRY)] } });
      add({ Identifier: lambda, Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: '${account_lookup_lambda_arn}', InvocationTimeLimitSeconds: '3', ResponseValidation: { ResponseType: 'STRING_MAP' } }, Transitions: { NextAction: exit, Errors: [err(NME, SORRY)] } });
    }
  };
  const hours = (entry: string, exit: string): void => {
    const queue = id('queue');
    const closed = id('closed');
    const transfer = id('transfer');
    add({ Identifier: entry, Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { NextAction: SORRY, Conditions: [{ NextAction: queue, Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: closed, Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [err(NME, SORRY)] } });
    add({ Identifier: queue, Type: 'UpdateContactTargetQueue', Parameters: { QueueId: '${billing_queue_arn}' }, Transitions: { NextAction: transfer, Errors: [err(NME, SORRY)] } });
    add({ Identifier: transfer, Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: exit, Errors: [err('QueueAtCapacity', exit), err(NME, SORRY)] } });
    add({ Identifier: closed, Type: 'MessageParticipant', Parameters: { Text: 'We are closed. Our hours are 9 to 5, Monday to Friday.' }, Transitions: { NextAction: exit, Errors: [err(NME, exit)] } });
  };
  const filler = (entry: string, exit: string): void => {
    add({ Identifier: entry, Type: 'MessageParticipant', Parameters: { Text: PROMPTS[actions.length % PROMPTS.length]! }, Transitions: { NextAction: exit, Errors: [err(NME, exit)] } });
  };

  const start = 'logging';
  let next = id('step');
  add({ Identifier: start, Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: next } });
  const TAIL = 2;
  const segments: Array<[(entry: string, exit: string) => void, number]> = [[profile, 4], [menu, 7], [hours, 4], [menu, 7]];
  for (let k = 0; ; k++) {
    const [seg, n] = segments[k % segments.length]!;
    if (blocks - actions.length - TAIL - 1 < n) break;
    const entry = next;
    next = id('step');
    seg(entry, next);
  }
  while (blocks - actions.length - TAIL > 1) {
    const entry = next;
    next = id('step');
    filler(entry, next);
  }
  // The last step goes on to the apology, which hangs up.
  add({ Identifier: next, Type: 'MessageParticipant', Parameters: { Text: 'Thank you for calling. Goodbye.' }, Transitions: { NextAction: BYE, Errors: [err(NME, BYE)] } });
  add({ Identifier: SORRY, Type: 'MessageParticipant', Parameters: { Text: 'We are sorry, we cannot take your call right now. Goodbye.' }, Transitions: { NextAction: BYE, Errors: [err(NME, BYE)] } });
  add({ Identifier: BYE, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
  if (actions.length !== blocks) throw new Error(`large-flow generator: ${actions.length} blocks, wanted ${blocks}`);
  return { text: `${JSON.stringify({ Version: '2019-10-30', StartAction: start, Metadata: { name: `large-${blocks}` }, Actions: actions }, null, 2)}\n`, ids: actions.map((a) => a.Identifier) };
}
