import { describe, expect, it } from 'vitest';
import { analyseProfile, pathWithoutProfile } from '../src/core/analysis/profile.js';
import { RoutingGraph } from '../src/core/graph/routing-graph.js';
import { buildFlow } from '../src/core/model/flow.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { lintString } from './helpers.js';

/** Seeded PRNG so every run checks the same graphs. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Spec {
  type: string;
  next?: number;
  errors?: Array<[string, number]>;
  conditions?: number[];
  params?: Record<string, unknown>;
}

function flowText(specs: Spec[]): string {
  const id = (i: number): string => `b${i}`;
  return JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: id(0),
      Actions: specs.map((s, i) => ({
        Identifier: id(i),
        Type: s.type,
        Parameters: s.params ?? {},
        Transitions: {
          ...(s.next !== undefined ? { NextAction: id(s.next) } : {}),
          ...(s.conditions ? { Conditions: s.conditions.map((c, k) => ({ NextAction: id(c), Condition: { Operator: 'Equals', Operands: [String(k)] } })) } : {}),
          ...(s.errors ? { Errors: s.errors.map(([t, n]) => ({ NextAction: id(n), ErrorType: t })) } : {}),
        },
      })),
    },
    null,
    2,
  );
}

function graphOf(text: string): RoutingGraph {
  const doc = readFlowFile('t.json', text).flows[0]!;
  return new RoutingGraph(buildFlow(doc));
}

/** A random flow mixing lookups, reads, branches and loops. */
function randomFlow(rand: () => number, n: number): Spec[] {
  const pick = (): number => Math.floor(rand() * n);
  return Array.from({ length: n }, (_, i) => {
    const r = rand();
    if (r < 0.2) return { type: 'GetCustomerProfile', next: pick(), errors: [['NoneFoundError', pick()]], params: { ProfileResponseData: rand() < 0.5 ? ['FirstName'] : ['FirstName', 'Province'] } };
    if (r < 0.45) return { type: 'Compare', conditions: [pick(), pick()], errors: [['NoMatchingCondition', pick()]], params: { ComparisonValue: rand() < 0.5 ? '$.Customer.Province' : '$.Attributes.x' } };
    if (r < 0.55 || i === n - 1) return { type: 'DisconnectParticipant' };
    return { type: 'MessageParticipant', next: pick(), params: { Text: rand() < 0.3 ? 'Hi $.Customer.FirstName' : 'Hello' } };
  });
}

describe('routing graph', () => {
  it('"loaded on every path" from the forward data-flow equals "unreachable while avoiding successful lookups"', () => {
    const rand = prng(11);
    for (let round = 0; round < 60; round++) {
      const g = graphOf(flowText(randomFlow(rand, 15)));
      const analysis = analyseProfile(g, { loadedAtEntry: false, namespace: 'Customer' });
      const reach = g.reachable();
      for (let n = 0; n < g.size; n++) {
        if (!reach[n] || analysis.states.length === 0) continue;
        const withoutProfile = pathWithoutProfile(analysis, g, n) !== undefined;
        expect(analysis.states[n]!.loaded, `round ${round} b${n}`).toBe(!withoutProfile);
      }
    }
  });

  it('keeps a retry loop around a lookup sound: the lookup\'s error branch back into the loop does not load a profile', () => {
    // b0 menu → b1 lookup; lookup error → b2 message → b1 again; success → b3 reads Province (requested).
    const text = flowText([
      { type: 'MessageParticipant', next: 1, params: { Text: 'Welcome' } },
      { type: 'GetCustomerProfile', next: 3, errors: [['NoneFoundError', 2], ['MultipleFoundError', 2], ['NoMatchingError', 2]], params: { ProfileResponseData: ['Province'] } },
      { type: 'MessageParticipant', next: 1, errors: [['NoMatchingError', 4]], params: { Text: 'Let us try again' } },
      { type: 'Compare', next: 4, conditions: [4], errors: [['NoMatchingCondition', 4]], params: { ComparisonValue: '$.Customer.Province' } },
      { type: 'DisconnectParticipant' },
    ]);
    expect(lintString('loop.json', text).filter((f) => f.ruleId.startsWith('profile-'))).toEqual([]);
    // The same loop, but the message after the failed lookup reads the profile: that is a defect.
    const bad = text.replace('Let us try again', 'Sorry $.Customer.FirstName');
    const findings = lintString('loop.json', bad).filter((f) => f.ruleId.startsWith('profile-'));
    expect(findings.map((f) => [f.ruleId, f.blockId])).toEqual([['profile-lookup-before-use', 'b2']]);
    // The path through the failed lookup is the finding's evidence (b0 → b1 → b2), not part of its sentence.
    expect(findings[0]!.evidence).toEqual(['b0', 'b1', 'b2']);
  });

  it('after a join of Get (Province) and Create (FirstName only), reading Province names the Create block', () => {
    const text = flowText([
      { type: 'GetCustomerProfile', next: 2, errors: [['NoneFoundError', 1], ['MultipleFoundError', 3], ['NoMatchingError', 3]], params: { ProfileResponseData: ['FirstName', 'Province'] } },
      { type: 'CreateCustomerProfile', next: 2, errors: [['NoMatchingError', 3]], params: { ProfileResponseData: ['FirstName'] } },
      { type: 'Compare', conditions: [3], errors: [['NoMatchingCondition', 3]], params: { ComparisonValue: '$.Customer.Province' } },
      { type: 'DisconnectParticipant' },
    ]);
    const findings = lintString('join.json', text).filter((f) => f.ruleId.startsWith('profile-'));
    expect(findings.map((f) => [f.ruleId, f.blockId, f.evidence])).toEqual([['profile-response-fields', 'b2', ['b1']]]);
    expect(findings[0]!.message).toContain('"CreateCustomerProfile" (b1)');
    expect(findings[0]!.message).toContain('"CreateCustomerProfile" (b1) does not request it: add it to its ProfileResponseData');
  });

  it('lints a 20,000-block flow and finds the two reads that some path reaches without what they need', () => {
    const n = 20_000;
    const specs: Spec[] = [];
    // A chain with a lookup every 100 blocks (requesting FirstName); the lookup at 10,001 also requests
    // Province, and a Compare at 10,000 can jump past it straight to the Province read at 10,003.
    const lookup = (i: number, fields: string[]): Spec => ({
      type: 'GetCustomerProfile', next: i + 1, errors: [['NoneFoundError', n - 1], ['MultipleFoundError', n - 1], ['NoMatchingError', n - 1]], params: { ProfileResponseData: fields },
    });
    for (let i = 0; i < n - 1; i++) {
      if (i === 10_001) specs.push(lookup(i, ['FirstName', 'Province']));
      else if (i % 100 === 1) specs.push(lookup(i, ['FirstName']));
      else if (i === 10_000) specs.push({ type: 'Compare', next: i + 1, conditions: [i + 3], errors: [['NoMatchingCondition', i + 1]], params: { ComparisonValue: '$.Attributes.skip' } });
      else if (i === 10_003) specs.push({ type: 'MessageParticipant', next: i + 1, params: { Text: 'You live in $.Customer.Province' } });
      else specs.push({ type: 'MessageParticipant', next: i + 1, params: { Text: `Step ${i} for $.Customer.FirstName` } });
    }
    specs.push({ type: 'DisconnectParticipant' });
    const findings = lintString('big.json', flowText(specs)).filter((f) => f.ruleId.startsWith('profile-'));
    // b0 reads FirstName before the first lookup (at b1); b10003 reads Province, which the detour's last
    // lookup (b9901) did not request.
    expect(findings.map((f) => [f.ruleId, f.blockId, f.evidence])).toEqual([
      ['profile-lookup-before-use', 'b0', ['b0']],
      ['profile-response-fields', 'b10003', ['b9901']],
    ]);
  });
});

describe('predecessors (typed arrays) agree with the incoming edge lists', () => {
  it('on random flows with loops, repeated edges and missing targets', () => {
    const rand = prng(7);
    for (let round = 0; round < 30; round++) {
      const graph = graphOf(flowText(randomFlow(rand, 5 + Math.floor(rand() * 60))));
      const { start, from } = graph.predecessors();
      for (let n = 0; n < graph.size; n++) {
        const expected = graph.in[n]!.map((e) => e.from).sort((a, b) => a - b);
        const got = Array.from(from.subarray(start[n]!, start[n + 1]!)).sort((a, b) => a - b);
        expect(got).toEqual(expected);
      }
    }
  });
});
