import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFlows } from '../src/core/graph/diff.js';
import { buildFlow } from '../src/core/model/flow.js';
import { readFlowFile } from '../src/core/source/read-file.js';
import { describeChanges } from '../src/reporters/routing-diff.js';
import { ROOT, runCli } from './helpers.js';

type FlowJson = { StartAction: string; Actions: Array<{ Identifier: string; Type: string; Parameters: Record<string, unknown>; Transitions: { NextAction?: string; Conditions?: Array<{ NextAction: string; Condition: unknown }>; Errors?: Array<{ NextAction: string; ErrorType: string }> } }> };

const cleanText = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');
const clean = (): FlowJson => JSON.parse(cleanText) as FlowJson;
const flow = (v: unknown) => buildFlow(readFlowFile('f.json', JSON.stringify(v)).flows[0]!);

describe('routing diff', () => {
  it('finds nothing between a flow and a re-export with keys in another order', () => {
    const reordered = clean();
    for (const a of reordered.Actions) a.Parameters = Object.fromEntries(Object.entries(a.Parameters).reverse());
    const d = diffFlows(flow(clean()), flow(reordered));
    expect(describeChanges(flow(clean()), flow(reordered), d)).toEqual([]);
  });

  it('names a re-targeted branch, an added and a removed block, a changed parameter and a moved entry', () => {
    const base = clean();
    const head = clean();
    const compare = head.Actions.find((a) => a.Type === 'Compare')!;
    const oldTarget = compare.Transitions.Conditions![0]!.NextAction;
    const newTarget = compare.Transitions.Errors![0]!.NextAction;
    compare.Transitions.Conditions![0]!.NextAction = newTarget;
    compare.Parameters['ComparisonValue'] = '$.Customer.State';
    head.Actions.push({ Identifier: 'vip', Type: 'MessageParticipant', Parameters: { Text: 'Welcome, gold member' }, Transitions: { NextAction: head.StartAction, Errors: [] } });
    const removed = head.Actions.findIndex((a) => a.Type === 'DisconnectParticipant');
    const [gone] = head.Actions.splice(removed, 1);
    head.StartAction = 'vip';
    const d = diffFlows(flow(base), flow(head));
    expect(d.retargetedRoutes).toEqual([expect.objectContaining({ from: compare.Identifier, branch: 'Equals Hokkaidō', to: newTarget, was: oldTarget })]);
    expect(d.addedBlocks.map((a) => a.id)).toEqual(['vip']);
    expect(d.removedBlocks.map((a) => a.id)).toEqual([gone!.Identifier]);
    expect(d.changedBlocks.map((c) => [c.head.id, c.parametersChanged])).toEqual([[compare.Identifier, ['ComparisonValue']]]);
    expect(d.entry).toEqual({ was: base.StartAction, now: 'vip' });
    const words = describeChanges(flow(base), flow(head), d);
    expect(words[0]).toMatch(/^The flow now starts at `MessageParticipant: Welcome, gold member`/);
    expect(words).toContainEqual(expect.stringMatching(/→ branch `Equals Hokkaidō` now goes to `.*` \(was `.*`\)\.$/));
    expect(words).toContainEqual('Added `MessageParticipant` block `MessageParticipant: Welcome, gold member`.');
    expect(words).toContainEqual(expect.stringMatching(/^Removed `DisconnectParticipant` block/));
    expect(words).toContainEqual(expect.stringMatching(/^Changed `Compare: \$\.Customer\.State`: parameters `ComparisonValue`\.$/));
  });
});

describe('connect-flow-lint graph', () => {
  const repo = mkdtempSync(join(tmpdir(), 'cfl-graph-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q');
  writeFileSync(join(repo, 'flow.json'), cleanText);
  git('add', '.');
  git('commit', '-qm', 'base');
  const head = clean();
  const compare = head.Actions.find((a) => a.Type === 'Compare')!;
  compare.Transitions.Conditions![0]!.NextAction = compare.Transitions.Errors![0]!.NextAction;
  writeFileSync(join(repo, 'flow.json'), JSON.stringify(head, null, 2));
  writeFileSync(join(repo, 'old.json'), cleanText);

  it('prints the graph as JSON with every block and route', () => {
    const r = runCli(['graph', 'flow.json', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as { entry: string; nodes: Array<{ id: string }>; edges: unknown[] };
    expect(g.entry).toBe(head.StartAction);
    expect(g.nodes).toHaveLength(head.Actions.length);
    const transitions = head.Actions.reduce((n, a) => n + (a.Transitions.NextAction ? 1 : 0) + (a.Transitions.Conditions?.length ?? 0) + (a.Transitions.Errors?.length ?? 0), 0);
    expect(g.edges).toHaveLength(transitions);
  });

  it('prints DOT', () => {
    const r = runCli(['graph', 'flow.json', '-f', 'dot'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph flow \{/);
    expect(r.stdout.match(/ -> /g)!.length).toBeGreaterThan(head.Actions.length);
  });

  it('diffs against a git revision and against another file, with the same result', () => {
    const viaGit = runCli(['graph', 'flow.json', '--base', 'HEAD', '--format', 'json'], repo);
    const viaFile = runCli(['graph', 'old.json', 'flow.json', '--format', 'json'], repo);
    expect(viaGit.code).toBe(0);
    expect(viaFile.stdout).toBe(viaGit.stdout);
    const d = JSON.parse(viaGit.stdout) as { retargetedRoutes: unknown[]; changes: string[] };
    expect(d.retargetedRoutes).toHaveLength(1);
    expect(d.changes).toHaveLength(1);
    const mermaid = runCli(['graph', 'flow.json', '--base', 'HEAD'], repo);
    expect(mermaid.stdout).toMatch(/^flowchart TD/);
    expect(mermaid.stdout).toContain('%% `Compare: $.Customer.Province` → branch `Equals Hokkaidō` now goes to');
  });

  it('exits 2 with a clear message for a bad revision, a missing file, or a bad format', () => {
    const badRef = runCli(['graph', 'flow.json', '--base', 'no-such-ref'], repo);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('cannot read');
    expect(badRef.stderr).toContain('no-such-ref');
    expect(runCli(['graph', 'missing.json'], repo).code).toBe(2);
    const fmt = runCli(['graph', 'flow.json', '-f', 'svg'], repo);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('unknown format "svg"');
  });
});

describe('connect-flow-lint graph --repo', () => {
  it('draws which flow transfers to which, and a missing target', () => {
    const repo = mkdtempSync(join(tmpdir(), 'cfl-callgraph-'));
    const sub = clean();
    const subId = '580a0d67-e34c-4455-8a9a-2b53de334570';
    writeFileSync(join(repo, 'sub.json'), JSON.stringify({ ContactFlow: { Id: subId, Arn: `arn:aws:connect:eu-west-2:111122223333:instance/i/contact-flow/${subId}`, Name: 'Sub', Type: 'CONTACT_FLOW', Content: JSON.stringify(sub) } }));
    const main = clean();
    const disconnect = main.Actions.find((a) => a.Type === 'DisconnectParticipant')!;
    main.Actions.push(
      { Identifier: 'to-sub', Type: 'TransferToFlow', Parameters: { ContactFlowId: `arn:aws:connect:eu-west-2:111122223333:instance/i/contact-flow/${subId}` }, Transitions: { NextAction: disconnect.Identifier, Errors: [{ NextAction: disconnect.Identifier, ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'to-gone', Type: 'TransferToFlow', Parameters: { ContactFlowId: 'arn:aws:connect:eu-west-2:111122223333:instance/i/contact-flow/00000000-0000-0000-0000-000000000000' }, Transitions: { NextAction: disconnect.Identifier, Errors: [{ NextAction: disconnect.Identifier, ErrorType: 'NoMatchingError' }] } },
    );
    writeFileSync(join(repo, 'main.json'), JSON.stringify(main));
    const json = runCli(['graph', '--repo', '--format', 'json'], repo);
    expect(json.code).toBe(0);
    const g = JSON.parse(json.stdout) as { flows: Array<{ file: string }>; calls: Array<{ from: number; to: number; kind: string; block: string }>; unresolved: Array<{ block: string }> };
    const idx = (file: string) => g.flows.findIndex((f) => f.file === file);
    expect(g.calls).toEqual([{ from: idx('main.json'), to: idx('sub.json'), kind: 'flow', block: 'to-sub' }]);
    expect(g.unresolved.map((u) => u.block)).toEqual(['to-gone']);
    const mermaid = runCli(['graph', '--repo'], repo);
    expect(mermaid.stdout).toMatch(/^flowchart LR/);
    expect(mermaid.stdout).toContain(`f${idx('main.json')} -->|"transfer"| f${idx('sub.json')}`);
    expect(mermaid.stdout).toContain('missing: ');
  });
});
