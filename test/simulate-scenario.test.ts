import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/core/config/yaml-tree.js';
import { parseScenarioFile } from '../src/core/simulate/scenario.js';

function problems(text: string): string[] {
  try {
    parseScenarioFile('t.test.yaml', text);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.at.line}:${p.at.column} ${p.message}`);
    throw e;
  }
  return [];
}

const GOOD = `flow: inbound.json
given:
  contact: { channel: VOICE, customer: "+81115550100", attributes: {} }
  hours: open
  profile: { found: none }
scenarios:
  - name: hokkaido caller reaches the hokkaido queue
    given:
      profile: { found: one, fields: { FirstName: Aiko, Province: Hokkaidō } }
      input: [ { dtmf: "1" }, timeout ]
      lambda: { outage-status: [ { returns: { status: ok } }, { error: true } ] }
      queues: { hokkaido-queue: { atCapacity: true } }
    expect:
      visits: [greet]
      notVisits: [menu]
      prompts: [ { contains: "Hello Aiko" } ]
      queue: hokkaido-queue
      attributes: { region: hokkaido }
      ends: queued
`;

describe('scenario file loader', () => {
  it('reads the issue\'s example, with the scenario given laid over the file given key by key', () => {
    const f = parseScenarioFile('t.test.yaml', GOOD);
    expect(f.flow).toBe('inbound.json');
    const s = f.scenarios[0]!;
    expect(s.at.line).toBe(7);
    expect(s.given.profile).toEqual({ found: 'one', fields: { FirstName: 'Aiko', Province: 'Hokkaidō' } });
    expect(s.given.hours).toBe('open');
    expect(s.given.contact?.customer).toBe('+81115550100');
    expect(s.given.input?.map((i) => i.kind)).toEqual(['dtmf', 'timeout']);
    expect(s.given.lambda?.['outage-status']).toEqual([{ returns: { status: 'ok' } }, { error: 'true' }]);
    expect(s.expect).toMatchObject({ queue: 'hokkaido-queue', ends: 'queued', prompts: [{ contains: 'Hello Aiko' }] });
  });

  it('merges contact one level deeper: a scenario that sets attributes keeps the file\'s customer number', () => {
    const f = parseScenarioFile('t.test.yaml', `flow: a.json\ngiven: { contact: { customer: "+1", channel: CHAT } }\nscenarios:\n  - name: x\n    given: { contact: { attributes: { a: b } } }\n    expect: { ends: ended }\n`);
    expect(f.scenarios[0]!.given.contact).toEqual({ customer: '+1', channel: 'CHAT', attributes: { a: 'b' } });
  });

  it('names an unknown key with its line, column and the key it probably meant', () => {
    expect(problems(GOOD.replace('notVisits:', 'notVisit:'))).toEqual([expect.stringMatching(/^15:7 unknown key "notVisit" in "expect": did you mean "notVisits"\?/)]);
  });

  it('rejects found: sometimes and says what is allowed', () => {
    expect(problems(GOOD.replace('found: none', 'found: sometimes'))).toEqual(['5:21 "profile.found" must be one of one, none, multiple, error, not string "sometimes"']);
  });

  it('rejects wrong types: an unquoted dtmf number, a queue fact that is not a boolean, a list where a mapping belongs', () => {
    const p = problems(GOOD.replace('dtmf: "1"', 'dtmf: 0312').replace('atCapacity: true', 'atCapacity: yes').replace('attributes: { region: hokkaido }', 'attributes: [region]'));
    expect(p).toEqual([
      expect.stringMatching(/^10:24 dtmf digits are text: quote them \(dtmf: "312"\)/),
      '12:47 "atCapacity" is true or false, not string "yes"',
      '18:19 "expect.attributes" must be a mapping of names to values, not a list',
    ]);
  });

  it('reports a missing flow, a scenario without expect and duplicate names, all at once', () => {
    const p = problems('scenarios:\n  - name: a\n  - name: a\n    expect: { ends: queued }\n');
    expect(p).toEqual([
      '1:1 the scenario file has no "flow": name the flow file it tests, relative to this file (flow: inbound.json)',
      expect.stringMatching(/^2:5 the scenario "a" has no "expect"/),
      expect.stringMatching(/^3:11 two scenarios are named "a"/),
    ]);
  });

  it('rejects YAML that is not a scenario file with its position', () => {
    expect(problems('- a\n- b\n')).toEqual([expect.stringMatching(/^1:1 a scenario file is a mapping/)]);
    expect(problems('flow: [\n')[0]).toMatch(/invalid YAML/);
  });
});
