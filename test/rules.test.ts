import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFrom, docPagePath, docUrl, lintFile, lintString, recommendedIds, ROOT } from './helpers.js';


/** Rules with fixtures in their folder (src/rules/<id>/bad.json, good.json; their RuleTester tables assert each finding). */
const ruleIds = readdirSync(join(ROOT, 'src/rules')).filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json'))).sort();

describe('each rule\'s fixtures under the whole recommended ruleset (its RuleTester table runs the rule alone)', () => {
  it('has a page for every rule of the recommended ruleset, and fixtures for every rule but the repository one', () => {
    const ids = recommendedIds();
    for (const id of ids) expect(existsSync(join(ROOT, docPagePath(id))), id).toBe(true);
    // flow-structure's cases are inline flows (and source.test.ts); reference-exists needs several files.
    expect(ids.filter((i) => i !== 'flow-structure' && i !== 'reference-exists' && !ruleIds.includes(i))).toEqual([]);
  });

  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      it('bad.json: the rule reports, with its page as the documentation link', () => {
        const own = lintFile(`src/rules/${ruleId}/bad.json`).filter((f) => f.ruleId === ruleId);
        expect(own.length).toBeGreaterThan(0);
        for (const f of own) expect(f.documentationUrl).toBe(docUrl(ruleId));
      });

      it('good.json: no rule reports anything', () => {
        expect(lintFile(`src/rules/${ruleId}/good.json`)).toEqual([]);
      });
    });
  }
});

describe('profile-response-fields with many lookups (bit sets past 32 lookups)', () => {
  // A chain of 70 lookups: each one's error branches fall through to the next lookup, so after the chain the
  // profile may come from any of them. Lookups 5, 37 and 64 do not request Province; the read must name them.
  const LOOKUPS = 70;
  const lacking = new Set([5, 37, 64]);
  const actions: unknown[] = [];
  for (let k = 0; k < LOOKUPS; k++) {
    const next = k + 1 < LOOKUPS ? `lookup-${k + 1}` : 'compare';
    actions.push({
      Identifier: `lookup-${k}`,
      Type: 'GetCustomerProfile',
      Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: lacking.has(k) ? ['FirstName'] : ['FirstName', 'Province'] },
      Transitions: { NextAction: next, Errors: ['NoneFoundError', 'MultipleFoundError', 'NoMatchingError'].map((ErrorType) => ({ ErrorType, NextAction: next })) },
    });
  }
  actions.push(
    {
      Identifier: 'compare',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Customer.Province' },
      Transitions: { NextAction: 'end', Conditions: [{ NextAction: 'end', Condition: { Operator: 'Equals', Operands: ['Hokkaidō'] } }], Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingCondition' }] },
    },
    { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  );
  const text = JSON.stringify({ Version: '2019-10-30', StartAction: 'lookup-0', Actions: actions }, null, 2);

  it('without a profile at entry, the read is a profile-lookup-before-use finding only', () => {
    const found = lintString('many-lookups.json', text).filter((f) => f.ruleId === 'profile-response-fields' || f.ruleId === 'profile-lookup-before-use');
    // When every lookup fails the Compare is reached with no profile: that is the one finding (one defect,
    // one finding), and profile-response-fields stays quiet about the same read.
    expect(found.map((f) => f.ruleId)).toEqual(['profile-lookup-before-use']);
  });

  it('with a profile loaded at entry, the read is reported once, naming lookups 5, 37 and 64', () => {
    const config = configFrom(['extends: connect-flow-lint:recommended', 'rules:', '  profile-response-fields:', '    severity: error', '    given: $', '    then: { function: profileResponseFields, functionOptions: { profileLoadedAtEntry: true } }'].join('\n'));
    const found = lintString('many-lookups.json', text, config).filter((f) => f.ruleId === 'profile-response-fields');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toEqual(['lookup-5', 'lookup-37', 'lookup-64']);
  });
});

describe('transition-target-exists suggestions', () => {
  const good = readFileSync(join(ROOT, 'src/rules/transition-target-exists/good.json'), 'utf8');
  const existing = '320ad264-c73b-4fd4-9085-585d8fe778b0';
  // One reference to the block becomes `target`; the block itself stays.
  const retarget = (target: string): string => good.replace(`"NextAction": "${existing}"`, `"NextAction": "${target}"`);
  const messages = (target: string): string[] =>
    lintString('t.json', retarget(target)).filter((f) => f.ruleId === 'transition-target-exists').map((f) => f.message);

  it('offers the Identifier a target is a typo or a cut-off paste of', () => {
    expect(good).toContain(`"Identifier": "${existing}"`);
    expect(messages('320ad264-c73b-4fd4-9085-585d8fe778b1')).toEqual([expect.stringContaining(`did you mean "${existing}"?`)]);
    expect(messages('320ad264-c73b-4fd4-9085-585d8fe778')).toEqual([expect.stringContaining(`did you mean "${existing}"?`)]);
  });

  it('offers none for the Identifier of a deleted block, however many hex digits it shares with others', () => {
    expect(messages('c0ffee00-1234-4abc-8def-0123456789ab')).toEqual([expect.stringContaining('point it at an existing block Identifier')]);
    expect(messages('320ad264-0000-4fd4-0000-585d8fe778b0')).toEqual([expect.stringContaining('point it at an existing block Identifier')]);
  });
});
