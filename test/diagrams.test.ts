import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { focusView } from '../src/core/graph/focus.js';
import { DESIGNER_NAMES } from '../src/connect/designer-names.js';
import { ACTIONS } from '../src/connect/actions.js';
import { runCli } from './helpers.js';
import { largeFlow } from './support/large-flow.js';

const dir = mkdtempSync(join(tmpdir(), 'cfl-diagrams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graph on a large flow (the built CLI)', () => {
  const file = join(dir, 'large.json');
  writeFileSync(file, largeFlow(150).text);

  it('says in the Mermaid output and on stderr that it left blocks out, and draws the designer\'s names', () => {
    const r = runCli(['graph', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^%% showing \d+ of 150 blocks from the start; \d+ blocks and \d+ routes left out, drawn as \d+ “… N blocks” nodes? \(--all draws every block\)$/m);
    expect(r.stderr).toMatch(/^connect-flow-lint: large-150: showing \d+ of 150 blocks .*\(--all draws every block\)$/m);
    expect(r.stdout).toMatch(/^c\d+\["#8230; \d+ blocks"\]:::chain$/m);
    expect(r.stdout).toContain('Set logging behavior: Enabled');
    expect(r.stdout).not.toContain('UpdateFlowLoggingBehavior');
  });

  it('--all draws every block and says nothing was left out', () => {
    const r = runCli(['graph', file, '--all']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^n\d+\[/gm)).toHaveLength(150);
    expect(r.stdout).not.toMatch(/^c\d+\[/m);
    expect(r.stdout).not.toContain('%% showing');
    expect(r.stderr).toBe('');
  });

  it('DOT (for Graphviz, which draws any size) keeps every block, with the designer\'s names', () => {
    const r = runCli(['graph', file, '-f', 'dot']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}"[^"]+" \[label=/gm)).toHaveLength(150);
    expect(r.stdout).toContain('[label="Check contact attributes: $.Customer.Province"]');
    expect(r.stderr).toBe('');
  });

  it('a small flow is drawn whole, with nothing said', () => {
    const r = runCli(['graph', 'examples/clean-inbound.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('%%');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Check contact attributes');
  });
});

describe('focusView', () => {
  // 0 → 1 → 2 → … → 9 (a chain), 9 → 0 back; focus on 5.
  const chain = Array.from({ length: 9 }, (_, i) => ({ from: i, to: i + 1 }));

  it('keeps the entry, the focus block and its neighbours, and folds each run left out into one node', () => {
    const v = focusView(10, chain, { focus: [5], entry: 0, maxNodes: 10, maxNeighbours: 2 });
    expect(v.kept).toEqual([0, 4, 5, 6]);
    expect(v.folds).toEqual([[1, 2, 3], [7, 8, 9]]);
    expect([...v.foldOf]).toEqual([-1, 0, 0, 0, -1, -1, -1, 1, 1, 1]);
    expect(v.focusLeftOut).toBe(0);
  });

  it('shrinks until kept blocks and folds fit, dropping neighbours before focus blocks', () => {
    const v = focusView(10, chain, { focus: [5], entry: 0, maxNodes: 4, maxNeighbours: 2 });
    expect(v.kept.length + v.folds.length).toBeLessThanOrEqual(4);
    expect(v.kept).toContain(5);
  });

  it('with nothing in focus, keeps the start of the flow', () => {
    const v = focusView(10, chain, { focus: [], entry: 0, maxNodes: 4, maxNeighbours: 2 });
    expect(v.kept).toEqual([0, 1, 2]);
    expect(v.folds).toEqual([[3, 4, 5, 6, 7, 8, 9]]);
  });
});

it('every designer name is for a type the action table knows (one table of names, no typos)', () => {
  for (const type of Object.keys(DESIGNER_NAMES)) expect(Object.hasOwn(ACTIONS, type), type).toBe(true);
  expect(DESIGNER_NAMES['MessageParticipant']).toBe('Play prompt');
  expect(DESIGNER_NAMES['Compare']).toBe('Check contact attributes');
  expect(DESIGNER_NAMES['GetParticipantInput']).toBe('Get customer input');
  expect(DESIGNER_NAMES['GetCustomerProfile']).toBe('Customer profiles');
});

describe('the job summary draws a large flow around what the pull request changed', () => {
  it('a changed block far from any finding is drawn as itself, marked changed', async () => {
    const { rulesFor } = await import('../src/core/config/resolve.js');
    const { lintText } = await import('../src/core/lint.js');
    const { markdownSummary } = await import('../src/reporters/summary.js');
    const { recommended, ROOT } = await import('./helpers.js');
    const { text, ids } = largeFlow(150);
    const report = lintText('flows/large.json', text, rulesFor(recommended, join(ROOT, 'flows/large.json')));
    const flow = report.models[0]!.flow;
    const changedId = ids[120]!;
    const index = flow.byId.get(changedId)!.index;
    const summary = (changed: string[]) =>
      markdownSummary({ reports: [report], findings: report.findings, routingChanges: [{ file: 'flows/large.json', diagram: 'flowchart TD\n', changes: [], source: { file: 'flows/large.json', flowName: flow.doc.name!, changedBlocks: changed } }] });
    expect(summary([])).not.toMatch(new RegExp(`^n${index}\\[`, 'm'));
    expect(summary([changedId])).toMatch(new RegExp(`^n${index}\\[.*:::changed$`, 'm'));
    expect(summary([changedId])).toMatch(/around \d+ findings and 1 changed block/);
  });
});
