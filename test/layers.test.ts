/**
 * Issue 14: the core owns the run, src/node the I/O both adapters share; the CLI and the Action are thin
 * callers of both and neither imports the other. lintProject takes its files as sources it reads itself,
 * one at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../src/core/config/resolve.js';
import { lintProject, type FlowSource } from '../src/core/project.js';
import { recommended, ROOT } from './helpers.js';

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourcesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}
const importsOf = (file: string): string[] => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!);

describe('layers', () => {
  it('the Action imports nothing of the CLI, and the CLI nothing of the Action', () => {
    const crossing = [
      ...sourcesUnder('src/action').flatMap((f) => importsOf(f).filter((i) => i.startsWith('../cli/')).map((i) => `${f}: ${i}`)),
      ...sourcesUnder('src/cli').flatMap((f) => importsOf(f).filter((i) => i.startsWith('../action/')).map((i) => `${f}: ${i}`)),
    ];
    expect(crossing).toEqual([]);
  });

  it('the core reads no file, starts no process and imports no adapter', () => {
    const io = /^node:(fs|child_process|os|net|http|https|worker_threads|v8|process)(\/|$)/;
    const bad = sourcesUnder('src/core').flatMap((f) =>
      importsOf(f)
        .filter((i) => io.test(i) || /\/(node|cli|action)\//.test(i) || i.startsWith('../node/'))
        .map((i) => `${relative(ROOT, join(ROOT, f))}: ${i}`),
    );
    expect(bad).toEqual([]);
  });
});

const SUB_ID = '580a0d67-e34c-4455-8a9a-2b53de334570';
const SUB_ARN = `arn:aws:connect:ap-northeast-1:111122223333:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/contact-flow/${SUB_ID}`;
const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const caller = JSON.stringify({
  Version: '2019-10-30',
  StartAction: 'to-sub',
  Actions: [{ Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: SUB_ARN }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } }, bye],
});
const greet = { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Customer.FirstName' }, Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] } };
const sub = JSON.stringify({ ContactFlow: { Arn: SUB_ARN, Id: SUB_ID, Name: 'Sub', Type: 'CONTACT_FLOW', Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'greet', Actions: [greet, bye] }) } });

describe('lintProject', () => {
  const source = (name: string, text: string, reads: string[], reported = true): FlowSource => ({
    name,
    reported,
    rules: rulesFor(recommended, `/repo/${name}`),
    read: () => {
      reads.push(name);
      return { text };
    },
  });
  const ids = (fs: ReadonlyArray<{ file: string; ruleId: string }>) => fs.map((f) => `${f.file} ${f.ruleId}`).filter((s) => /reference-exists|profile-/.test(s));

  it('reads each file when it lints it, and a called flow again with its caller\'s profile', () => {
    const reads: string[] = [];
    const run = lintProject([source('main.json', caller, reads), source('sub.json', sub, reads)]);
    expect(reads).toEqual(['main.json', 'sub.json', 'sub.json']);
    // Entered from a caller without a lookup: the caller is named in the message.
    expect(ids(run.findings)).toEqual(['sub.json profile-lookup-before-use']);
    expect(run.findings.find((f) => f.ruleId === 'profile-lookup-before-use')!.message).toContain('main.json');
  });

  it('a context file resolves references and is never reported; without it, reference-exists reports the transfer', () => {
    const withContext = lintProject([source('main.json', caller, []), source('sub.json', sub, [], false)]);
    expect(ids(withContext.findings)).toEqual([]);
    expect(withContext.reports.map((r) => r.file)).toEqual(['main.json']);
    const alone = lintProject([source('main.json', caller, [])]);
    expect(ids(alone.findings)).toEqual(['main.json reference-exists']);
    expect(alone.findings.find((f) => f.ruleId === 'reference-exists')).toMatchObject({ blockId: 'to-sub', subject: JSON.stringify(['flow', null, SUB_ARN]) });
  });

  it('a file that cannot be read is its findings, and the others are still linted', () => {
    const broken: FlowSource = { name: 'broken.json', reported: true, rules: rulesFor(recommended, '/repo/broken.json'), read: () => ({ findings: [{ ruleId: 'parse-error', severity: 'error', file: 'broken.json', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: 'cannot read the file: EACCES' }] }) };
    const run = lintProject([broken, source('main.json', caller, [])]);
    expect(run.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(expect.arrayContaining(['broken.json parse-error', 'main.json reference-exists']));
  });
});
