import { describe, expect, it } from 'vitest';
import { formatScenarioStylish } from '../src/reporters/scenario-stylish.js';
import type { ScenarioResult } from '../src/core/simulate/results.js';

// Scenario names, prompts a failure quotes and branch labels come from a pull request: in the Action's log a
// line of theirs must not become a workflow command, and no escape sequence may reach a terminal.
const HOSTILE = 'caller\n::error file=x::pwn\u001b]8;;https://evil\u0007\u202e';

describe('scenario results from hostile text', () => {
  it('stylish writes controls out: no forged :: line, no raw ESC, BEL or bidi character', () => {
    const result: ScenarioResult = {
      file: `flows/${HOSTILE}.test.yaml`,
      line: 3,
      name: HOSTILE,
      flow: 'flows/inbound.json',
      passed: false,
      failures: [`expected prompt containing "Hello", heard "${HOSTILE}"`],
      notes: [],
      path: ['a'],
      trace: [{ flow: 'flows/inbound.json', blockId: 'a', type: 'Compare', branch: HOSTILE }],
      prompts: [],
      attributes: {},
    };
    const out = formatScenarioStylish([result], [{ file: 'flows/inbound.json', name: HOSTILE, branches: { covered: 0, total: 1 }, uncovered: [{ blockId: 'a', type: 'Compare', branch: HOSTILE, line: 1, column: 1 }] }] as never, { color: false });
    for (const line of out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(out).toContain('\\n::error');
  });
});
