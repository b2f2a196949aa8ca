#!/usr/bin/env node
// Adversarial flow generator for the graph and data-flow analyses (issue 12, point 13).
//
//   node bench/adversarial.mjs [--blocks N] [--seed N] [--shape mixed|diamonds|loops|lookups|ladder|backchain] OUT.json
//
// Writes one flow-language export of about N blocks, built to push every analysis that runs on the routing
// graph towards its worst case:
//   - many profile lookups (GetCustomerProfile, with differing ProfileResponseData), so a per-block set of
//     "lookups that may have run last" is large;
//   - many reads of $.Customer.* fields, some requested by no lookup, so many findings (each with a path);
//   - branching and joining diamonds (Compare with several conditions) whose lookups' error branches
//     skip ahead, so states merge at every join;
//   - loops: back edges from late blocks to early ones, so a fixpoint has to iterate;
//   - a "ladder" (shape ladder): a long chain where each block also jumps to a block far behind, the case
//     that makes naive path enumeration explode;
//   - a "backchain" (shape backchain): lookups in a row whose error branches carry the state on, each
//     followed by a Compare that loops back to the flow's first block, so every lookup's bit reaches the
//     head by its own back edge: a worklist that re-runs the prefix for each new bit does quadratic rounds
//     of linear work.
// Deterministic for a given seed. No dependency: runs with any Node.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    blocks: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '7' },
    shape: { type: 'string', default: 'mixed' },
  },
});

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['FirstName', 'LastName', 'PhoneNumber', 'EmailAddress', 'Address1', 'City', 'Country', 'PostalCode', 'State', 'AccountNumber', 'Attributes.tier', 'Attributes.segment'];
const NME = 'NoMatchingError';

export function generate(blocks, seed, shape) {
  const rnd = mulberry32(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (list) => list[int(list.length)];
  let counter = 0;
  const id = () => {
    const n = (counter++).toString(16).padStart(12, '0');
    return `${n.slice(0, 8)}-a0a0-4b0b-8c0c-d0d0${n.slice(8)}00000000`.slice(0, 36);
  };
  const actions = [];
  const add = (a) => (actions.push(a), a.Identifier);

  // Everything is built back to front: each segment knows the block it continues at.
  const end = add({ Parameters: {}, Identifier: id(), Type: 'DisconnectParticipant', Transitions: {} });
  let next = end;
  const built = [end]; // segment entries, latest first: targets for skips (forward) and loops (backward)
  const loopSources = [];

  const lookup = (to, errorTo) => {
    const fields = FIELDS.filter(() => rnd() < 0.5);
    return add({
      Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: fields },
      Identifier: id(),
      Type: 'GetCustomerProfile',
      Transitions: { NextAction: to, Errors: [{ NextAction: errorTo, ErrorType: 'MultipleFoundError' }, { NextAction: errorTo, ErrorType: 'NoneFoundError' }, { NextAction: errorTo, ErrorType: NME }] },
    });
  };
  const read = (to) => {
    const f = [pick(FIELDS), pick(FIELDS), rnd() < 0.2 ? 'Province' : pick(FIELDS)];
    return add({
      Parameters: { Text: `Hello $.Customer.${f[0]} $.Customer.${f[1]}, we have $.Customer.${f[2]} on file.` },
      Identifier: id(),
      Type: 'MessageParticipant',
      Transitions: { NextAction: to, Errors: [{ NextAction: to, ErrorType: NME }] },
    });
  };
  const compare = (value, targets, dflt) =>
    add({
      Parameters: { ComparisonValue: value },
      Identifier: id(),
      Type: 'Compare',
      Transitions: {
        NextAction: dflt,
        Conditions: targets.map((t, i) => ({ NextAction: t, Condition: { Operator: 'Equals', Operands: [String(i + 1)] } })),
        Errors: [{ NextAction: dflt, ErrorType: 'NoMatchingCondition' }],
      },
    });
  const setAttr = (to, value) =>
    add({
      Parameters: { Attributes: { step: value }, TargetContact: 'Current' },
      Identifier: id(),
      Type: 'UpdateContactAttributes',
      Transitions: { NextAction: to, Errors: [{ NextAction: to, ErrorType: NME }] },
    });
  const far = () => built[Math.min(built.length - 1, 1 + int(Math.min(built.length - 1, 40)))];

  if (shape === 'backchain') {
    // Built back to front like the others; the head's id is fixed first so every Compare can loop to it.
    const head = id();
    const checks = [];
    while (actions.length < blocks - 1) {
      const check = compare(`$.Customer.${pick(FIELDS)}`, [], next);
      checks.push(check);
      next = lookup(check, check);
    }
    add({ Parameters: { Attributes: { step: 'start' }, TargetContact: 'Current' }, Identifier: head, Type: 'UpdateContactAttributes', Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: NME }] } });
    const byId = new Map(actions.map((a) => [a.Identifier, a]));
    for (const c of checks) byId.get(c).Transitions.Conditions.push({ NextAction: head, Condition: { Operator: 'Equals', Operands: ['again'] } });
    actions.reverse();
    return { Version: '2019-10-30', StartAction: head, Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} }, Actions: actions };
  }
  while (actions.length < blocks) {
    const kind = shape === 'mixed' ? pick(['diamond', 'diamond', 'lookup', 'reads', 'loop']) : shape === 'diamonds' ? 'diamond' : shape === 'loops' ? pick(['loop', 'reads']) : shape === 'lookups' ? pick(['lookup', 'reads']) : 'ladder';
    if (kind === 'diamond') {
      // Compare -> k arms (lookup or read) -> join; lookups' errors skip to a later segment.
      const join = read(next);
      const arms = [];
      for (let k = 2 + int(3); k > 0; k--) arms.push(rnd() < 0.5 ? lookup(join, far()) : read(join));
      next = compare(`$.Customer.${pick(FIELDS)}`, arms, join);
    } else if (kind === 'lookup') {
      next = lookup(read(read(next)), far());
    } else if (kind === 'reads') {
      next = read(read(read(next)));
    } else if (kind === 'loop') {
      // A retry loop: the counter check may go back to this segment's entry (patched below) or on.
      const check = compare('$.Attributes.step', [end], next);
      const body = read(setAttr(check, String(actions.length)));
      loopSources.push([check, body]);
      next = rnd() < 0.5 ? lookup(body, far()) : body;
    } else {
      // Ladder: a chain whose every rung can also jump back a long way (patched below) — many paths.
      const rung = compare('$.Attributes.step', [next], next);
      loopSources.push([rung, null]);
      next = rnd() < 0.3 ? lookup(read(rung), far()) : read(rung);
    }
    built.unshift(next);
  }
  // Back edges: each loop's check returns to its own body (a retry), and one in four to a segment far before
  // it (built later, so earlier in the flow), which makes the graph irreducible-looking and nested.
  const byId = new Map(actions.map((a) => [a.Identifier, a]));
  const position = new Map(built.map((b, i) => [b, i]));
  for (const [check, body] of loopSources) {
    const conditions = byId.get(check).Transitions.Conditions;
    const target = body ?? built[Math.min(built.length - 1, int(built.length))];
    conditions.push({ NextAction: target, Condition: { Operator: 'Equals', Operands: ['retry'] } });
    if (rnd() < 0.25) conditions.push({ NextAction: built[Math.max(0, (position.get(target) ?? 0) - 1 - int(200))] ?? target, Condition: { Operator: 'Equals', Operands: ['again'] } });
  }
  actions.reverse();
  return { Version: '2019-10-30', StartAction: next, Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} }, Actions: actions };
}

if (positionals.length === 1) {
  const flow = generate(Number(opt.blocks), Number(opt.seed), opt.shape);
  const text = JSON.stringify(flow);
  writeFileSync(positionals[0], text);
  process.stderr.write(`${positionals[0]}: ${flow.Actions.length} blocks, ${(text.length / 1e6).toFixed(2)} MB (${opt.shape}, seed ${opt.seed})\n`);
} else if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  process.stderr.write('usage: node bench/adversarial.mjs [--blocks N] [--seed N] [--shape mixed|diamonds|loops|lookups|ladder|backchain] OUT.json\n');
  process.exitCode = 2;
}
