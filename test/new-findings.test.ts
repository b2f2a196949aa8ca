/** The pure core of "new versus existing" (src/core/new-findings.ts): matched by identity and counted; blocks compared by content. */
import { describe, expect, it } from 'vitest';
import { buildFlow } from '../src/core/model/flow.js';
import { changedBlocks, newFindings } from '../src/core/new-findings.js';
import type { Finding } from '../src/core/types.js';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });
const finding = (blockId: string, line: number, message = `about ${blockId}`): Finding => ({ ruleId: 'r', severity: 'warn', file: 'f.json', range: at(line), message, blockId, subject: '["Parameters.Text"]' });

const flowOf = (actions: unknown[], metadata?: unknown) => buildFlow({ file: 'f.json', value: { StartAction: 'a', Actions: actions, ...(metadata ? { Metadata: metadata } : {}) }, ranges: () => [] });

describe('newFindings', () => {
  it('ignores line and message; a second finding of the same identity is new', () => {
    const base = [finding('x', 10, 'old words')];
    const head = [finding('x', 40, 'new words'), finding('x', 41), finding('y', 50)];
    const fresh = newFindings(head, base);
    expect(head.map((f) => fresh.has(f))).toEqual([false, true, true]);
  });
});

describe('changedBlocks', () => {
  const a = { Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: 'b' } };
  const b = { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
  it('names the added and changed blocks, not those whose keys were only reordered or moved in the designer', () => {
    const base = flowOf([a, b], { ActionMetadata: { a: { position: { x: 1, y: 1 } } } });
    const reordered = { Transitions: { NextAction: 'b' }, Parameters: { Text: 'hi' }, Type: 'MessageParticipant', Identifier: 'a' };
    const head = flowOf([{ ...b, Parameters: { Reason: 'x' } }, reordered, { ...b, Identifier: 'c' }], { ActionMetadata: { a: { position: { x: 500, y: 9 } } } });
    expect([...changedBlocks(base, head)].sort()).toEqual(['b', 'c']);
  });
  it('without a base every block is changed', () => {
    expect([...changedBlocks(undefined, flowOf([a, b]))].sort()).toEqual(['a', 'b']);
  });
});
