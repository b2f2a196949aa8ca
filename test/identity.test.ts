import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  blockId: string | null;
  message: string;
  line: number;
  fingerprint: string;
}

type Flow = { StartAction: string; Actions: Array<{ Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: Record<string, unknown> }>; Metadata?: { ActionMetadata?: Record<string, unknown> } };

/** Every fixture and example that has findings and a start block. */
const FILES = [
  // The rules moved to their own folders keep their fixtures there.
  ...readdirSync(join(ROOT, 'src/rules')).filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json'))).map((d) => `src/rules/${d}/bad.json`),
  'examples/error-branch-unwired.json',
  'examples/profile-field-not-requested.json',
  'examples/profile-lookup-missing.json',
].filter((f) => {
  const flow = JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Flow;
  return Array.isArray(flow.Actions) && flow.Actions.some((a) => a.Identifier === flow.StartAction);
});

/** An edit unrelated to any finding: a block inserted after the start (every later block moves down), then the list reversed. */
function edited(text: string): string {
  const flow = JSON.parse(text) as Flow;
  const inserted = { Identifier: 'inserted-after-start', Type: 'UpdateContactAttributes', Parameters: { Attributes: { note: 'x' }, TargetContact: 'Current' }, Transitions: { NextAction: flow.StartAction, Errors: [{ NextAction: flow.StartAction, ErrorType: 'NoMatchingError' }] } };
  flow.Actions = [inserted, ...flow.Actions].reverse();
  flow.StartAction = inserted.Identifier;
  return JSON.stringify(flow, null, 4);
}

function lint(dir: string, ...args: string[]): JsonFinding[] {
  const r = runCli(['--format', 'json', ...args], dir);
  return JSON.parse(r.stdout) as JsonFinding[];
}

describe("a finding's identity survives unrelated edits", () => {
  it.each(FILES)('%s: inserting a block after the start and reordering the blocks keeps every finding\'s identity and its baseline match', (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-identity-'));
    const original = readFileSync(join(ROOT, file), 'utf8');
    writeFileSync(join(dir, 'flow.json'), original);
    const before = lint(dir, 'flow.json');
    expect(before.length).toBeGreaterThan(0);
    // Written outside CI: under CI a missing baseline is not created (a pull request could have deleted it).
    expect(runCli(['--baseline', 'baseline.json', 'flow.json'], dir, { CI: '', GITHUB_ACTIONS: '' }).code).toBe(0);

    writeFileSync(join(dir, 'flow.json'), edited(original));
    const after = lint(dir, 'flow.json').filter((f) => f.blockId !== 'inserted-after-start');
    // The lines moved (the file was re-indented and reordered) but each finding is the same one.
    expect(after.map((f) => f.fingerprint).sort()).toEqual(before.map((f) => f.fingerprint).sort());
    const fresh = lint(dir, '--baseline', 'baseline.json', 'flow.json');
    expect(fresh.filter((f) => f.blockId !== 'inserted-after-start')).toEqual([]);
  });

  it('two findings that differ only in what they are about have different identities', () => {
    const found = lint(ROOT, 'src/rules/error-branches-wired/bad.json');
    expect(found.length).toBe(2);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('a baseline written by an older version (matched by message) is still read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-identity-'));
    writeFileSync(join(dir, 'flow.json'), readFileSync(join(ROOT, 'examples/profile-lookup-missing.json'), 'utf8'));
    const [f] = lint(dir, 'flow.json');
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 1, findings: [{ file: 'flow.json', ruleId: f!.ruleId, blockId: f!.blockId, message: f!.message, count: 1 }] }));
    expect(lint(dir, '--baseline', 'old.json', 'flow.json')).toEqual([]);
  });
});
