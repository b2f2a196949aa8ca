import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../src/generated/rule-docs.js';
import { sourceRoot } from '../src/node/repository-paths.js';
import { docPagePath, docUrl, HAS_CORPUS, lineOf, ROOT, rulePages, runCli } from './helpers.js';
import { happyRoutes, makeRepo, runAction, startServer } from './support/action-harness.js';

// Microsoft's SARIF multitool, a dev dependency: its platform package ships a self-contained binary.
const PLATFORM = process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux';
const MULTITOOL = join(ROOT, 'node_modules/@microsoft', `sarif-multitool-${PLATFORM}`, PLATFORM === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');

const scratch = mkdtempSync(join(tmpdir(), 'cfl-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Issue {
  readonly ruleId: string;
  readonly level: string;
  readonly where: string;
}

/** Validates a SARIF file as code scanning would (the multitool's SARIF and GitHub rules); every result, notes too. */
function validate(sarifFile: string): Issue[] {
  expect(existsSync(MULTITOOL), `${MULTITOOL} is missing: run npm ci (it comes with the dev dependency @microsoft/sarif-multitool)`).toBe(true);
  const out = `${sarifFile}.validation.sarif`;
  rmSync(out, { force: true });
  // The multitool exits 0 whatever it finds: its findings are read from its own SARIF log.
  // Invariant globalization: the .NET binary then needs no ICU library on the machine.
  const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
  const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', out, sarifFile], { encoding: 'utf8', timeout: 120_000, env });
  expect(existsSync(out), `the multitool wrote no log: ${r.stdout}${r.stderr}`).toBe(true);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { arguments?: string[] } }> }> };
  return (log.runs[0]!.results ?? []).map((x) => ({ ruleId: x.ruleId, level: x.level ?? 'warning', where: x.message.arguments?.[0] ?? '' }));
}

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; name?: string; shortDescription: { text: string }; fullDescription?: { text: string }; help?: { text: string; markdown?: string }; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      codeFlows?: Array<{ threadFlows: Array<{ locations: Array<{ location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } } }> }> }>;
      relatedLocations?: Array<{ id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }>;
    }>;
  }>;
}

/** The bundled CLI's SARIF for `paths`, written to a file with -o (as a workflow does). */
function sarifOf(name: string, paths: readonly string[], cwd = ROOT): { file: string; sarif: Sarif } {
  const file = join(scratch, `${name}.sarif`);
  const r = runCli(['--format', 'sarif', '-o', file, ...paths], cwd);
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return { file, sarif: JSON.parse(readFileSync(file, 'utf8')) as Sarif };
}

const targets: Array<[string, string[]]> = [
  ['examples', ['examples']],
  ['test fixtures', ['test/fixtures']],
];

describe('SARIF as GitHub code scanning ingests it (Microsoft SARIF multitool, --rule-kind "Sarif;Gh")', () => {
  for (const [name, paths] of targets) {
    it(`${name}: 0 errors, and no warning of SARIF1001 or the GitHub rules`, () => {
      const { file, sarif } = sarifOf(name.replace(/\W/g, '-'), paths);
      expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
      const issues = validate(file);
      const warnings = issues.filter((i) => i.level === 'warning');
      if (warnings.length > 0) console.log(`${name}: multitool warnings:\n${warnings.map((w) => `  ${w.ruleId} ${w.where}`).join('\n')}`);
      expect(issues.filter((i) => i.level === 'error')).toEqual([]);
      expect(issues.filter((i) => i.ruleId === 'SARIF1001' || i.ruleId.startsWith('GH'))).toEqual([]);
    });
  }

  describe.skipIf(!HAS_CORPUS)(`the real-flow corpus (${HAS_CORPUS ? '../shared/corpus' : 'skipped: ../shared/corpus is not present on this machine'})`, () => {
    it('0 errors, and no warning of SARIF1001 or the GitHub rules, over all 87 flows', () => {
      const { file, sarif } = sarifOf('corpus', ['../shared/corpus']);
      expect(sarif.runs[0]!.results.length).toBeGreaterThan(100);
      // Outside the repository: the files are named by absolute file: URIs, which the rules accept.
      expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\//);
      const issues = validate(file);
      const warnings = issues.filter((i) => i.level === 'warning');
      if (warnings.length > 0) console.log(`corpus: multitool warnings:\n${warnings.map((w) => `  ${w.ruleId} ${w.where}`).join('\n')}`);
      expect(issues.filter((i) => i.level === 'error')).toEqual([]);
      expect(issues.filter((i) => i.ruleId === 'SARIF1001' || i.ruleId.startsWith('GH'))).toEqual([]);
    }, 120_000);
  });

  it('describes every rule, the always-on ones too, with a name, descriptions, help from its page and a help link', () => {
    const { sarif } = sarifOf('rules', ['examples/clean-inbound.json']);
    const rules = sarif.runs[0]!.tool.driver.rules;
    // No finding of them in this run, yet code scanning can show them when a later run has one.
    for (const id of ['parse-error', 'file-too-large', 'legacy-format', 'unsupported-content', 'flow-structure', 'profile-lookup-before-use']) expect(rules.map((r) => r.id)).toContain(id);
    for (const r of rules) {
      expect(r.name, r.id).toBe(r.id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''));
      expect(r.fullDescription?.text.length, r.id).toBeGreaterThan(20);
      expect(r.helpUri).toBe(docUrl(r.id));
      // The page itself, its links made absolute (the help is read away from the page).
      const page = readFileSync(join(ROOT, docPagePath(r.id)), 'utf8');
      expect(r.help?.markdown?.split('\n')[0]).toBe(page.split('\n')[0]);
      expect(r.help?.markdown).not.toMatch(/\]\((?!https?:)/);
      expect(r.help?.text).toContain(r.fullDescription!.text.slice(0, 40));
    }
    const fields = rules.find((r) => r.id === 'profile-response-fields')!;
    expect(fields.fullDescription!.text).toMatch(/^Reports /);
  });

  it("the Action's sarif-file passes too: repository-relative uris, the evidence path as a code flow", async () => {
    const example = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');
    const repo = makeRepo({ 'flows/a.json': example('clean-inbound.json') }, { 'flows/a.json': example('profile-lookup-missing.json') });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { 'sarif-file': 'flows.sarif' } });
    expect(r.code, r.stdout).toBe(1);
    const file = join(repo.dir, 'flows.sarif');
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as Sarif;
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'profile-lookup-before-use')!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('flows/a.json');
    expect(result.codeFlows![0]!.threadFlows[0]!.locations.length).toBeGreaterThan(1);
    const issues = validate(file);
    expect(issues.filter((i) => i.level === 'error' || i.level === 'warning')).toEqual([]);
  }, 60_000);

  it('the embedded rule pages are the current src/rules/<id>/README.md and rules/docs/*.md (run npm run build after editing them)', () => {
    const pages = rulePages();
    expect(Object.keys(RULE_DOCS).sort()).toEqual(pages.map(([id]) => id));
    for (const [id, f] of pages) expect(RULE_DOCS[id]).toBe(readFileSync(join(ROOT, f), 'utf8'));
  });
});

describe('SARIF codeFlows and relatedLocations', () => {
  const identifierLine = (text: string, id: string): number => lineOf(text, `"Identifier": "${id}"`);

  it('profile-lookup-before-use: the path from the start as a code flow at each block, the lookup left by its error branch as a related location', () => {
    const path = 'src/rules/profile-lookup-before-use/bad.json';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { sarif } = sarifOf('lookup', [path]);
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'profile-lookup-before-use')!;
    const steps = result.codeFlows![0]!.threadFlows[0]!.locations.map((l) => l.location);
    // Start → logging → GetCustomerProfile -[NoneFoundError]→ message → the Compare that reads $.Customer.Province.
    const ids = ['f3ecdd4e-dc89-4864-a9e4-11b95d4e3969', '4a3e61c8-b1c9-4c90-9c0f-89789ab03606', '8f2bf422-408d-4720-aa45-82218c329e94', 'e7f3a25c-b525-487b-850c-03792912425a'];
    expect(steps.map((s) => s.physicalLocation.region.startLine)).toEqual(ids.map((id) => identifierLine(text, id)));
    expect(steps.every((s) => s.physicalLocation.artifactLocation.uri === path)).toBe(true);
    expect(steps[1]!.message.text).toContain('4a3e61c8-b1c9-4c90-9c0f-89789ab03606');
    // The last step is the finding's own block.
    expect(steps.at(-1)!.physicalLocation.region.startLine).toBe(result.locations[0]!.physicalLocation.region.startLine);
    expect(result.relatedLocations).toHaveLength(1);
    expect(result.relatedLocations![0]!.physicalLocation.region.startLine).toBe(identifierLine(text, '4a3e61c8-b1c9-4c90-9c0f-89789ab03606'));
    expect(result.relatedLocations![0]!.message.text).toMatch(/lookup .*"NoneFoundError" branch/);
  });

  it('profile-response-fields: the lookup that lacks the field as a related location, and no code flow (its evidence is not a path)', () => {
    const path = 'examples/profile-field-not-requested.json';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { sarif } = sarifOf('fields', [path]);
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'profile-response-fields')!;
    expect(result.codeFlows).toBeUndefined();
    expect(result.relatedLocations!.map((l) => l.physicalLocation.region.startLine)).toEqual([identifierLine(text, 'd61ceffb-d69a-43f5-a741-c1d07a146b20')]);
    expect(result.relatedLocations![0]!.message.text).toMatch(/does not request "\w+" in ProfileResponseData/);
  });

  it('a loop with no exit (flow-ends) is a code flow, placed inside the Content string; a rule without other blocks (transition-target-exists) has neither', () => {
    const actions = [
      { Identifier: 'music', Type: 'MessageParticipant', Parameters: { Text: 'Your call is important to us' }, Transitions: { NextAction: 'wait', Errors: [{ NextAction: 'wait', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'wait', Type: 'Wait', Parameters: { TimeLimitSeconds: '30' }, Transitions: { NextAction: 'music', Errors: [{ NextAction: 'music', ErrorType: 'NoMatchingError' }] } },
    ];
    const text = JSON.stringify({ Name: 'q', Type: 'CONTACT_FLOW', Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'music', Actions: actions }) }, null, 2);
    const loopFile = join(scratch, 'loop.json');
    writeFileSync(loopFile, text);
    const { sarif } = sarifOf('loop', [loopFile, 'src/rules/transition-target-exists/bad.json']);
    const loop = sarif.runs[0]!.results.find((r) => r.ruleId === 'flow-ends')!;
    const steps = loop.codeFlows![0]!.threadFlows[0]!.locations.map((l) => l.location);
    expect(steps.map((s) => s.message.text)).toEqual(['"MessageParticipant: Your call is important to us" (music)', '"Wait" (wait)']);
    // Each step at its block's Identifier in the escaped Content string, on the Content line.
    const contentLine = lineOf(text, '"Content"');
    const line = text.split('\n')[contentLine - 1]!;
    for (const [k, id] of ['music', 'wait'].entries()) {
      const region = steps[k]!.physicalLocation.region as { startLine: number; startColumn: number };
      expect(region.startLine).toBe(contentLine);
      expect(line.slice(region.startColumn - 1)).toMatch(new RegExp(`^\\\\"Identifier\\\\":\\\\"${id}`));
    }
    const targets = sarif.runs[0]!.results.filter((x) => x.ruleId === 'transition-target-exists');
    expect(targets.length).toBeGreaterThan(0);
    for (const r of targets) {
      expect(r.codeFlows).toBeUndefined();
      expect(r.relatedLocations).toBeUndefined();
    }
  });
});

describe('paths from the repository root in SARIF, the github and gitlab formats and the baseline', () => {
  // A git repository with flows two folders down; the CLI is run from flows/ (a workflow's working-directory).
  const repo = join(scratch, 'repo');
  mkdirSync(join(repo, 'flows/inbound'), { recursive: true });
  mkdirSync(join(repo, 'other'), { recursive: true });
  copyFileSync(join(ROOT, 'examples/profile-lookup-missing.json'), join(repo, 'flows/inbound/main.json'));
  copyFileSync(join(ROOT, 'examples/error-branch-unwired.json'), join(repo, 'other/side.json'));
  execFileSync('git', ['init', '-q', repo]);
  const sub = join(repo, 'flows');

  it('names files from the git top level in every format: SARIF, workflow commands, GitLab, JSON, JUnit and stylish', () => {
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'inbound/main.json', '../other/side.json'], sub).stdout) as Sarif;
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect([...new Set(uris)].sort()).toEqual(['flows/inbound/main.json', 'other/side.json']);
    const flows = sarif.runs[0]!.results.flatMap((r) => r.codeFlows?.[0]!.threadFlows[0]!.locations.map((l) => l.location.physicalLocation.artifactLocation.uri) ?? []);
    expect(flows.length).toBeGreaterThan(0);
    expect(new Set(flows)).toEqual(new Set(['flows/inbound/main.json']));
    const github = runCli(['--format', 'github', 'inbound/main.json', '../other/side.json'], sub).stdout;
    expect(github).toContain('file=flows/inbound/main.json,');
    expect(github).toContain('file=other/side.json,');
    expect(github).not.toContain(repo);
    const gitlab = JSON.parse(runCli(['--format', 'gitlab', 'inbound/main.json'], sub).stdout) as Array<{ location: { path: string } }>;
    expect(gitlab.length).toBeGreaterThan(0);
    expect(new Set(gitlab.map((g) => g.location.path))).toEqual(new Set(['flows/inbound/main.json']));
    const json = JSON.parse(runCli(['--format', 'json', 'inbound/main.json'], sub).stdout) as Array<{ file: string }>;
    expect(json.length).toBeGreaterThan(0);
    expect(new Set(json.map((f) => f.file))).toEqual(new Set(['flows/inbound/main.json']));
    expect(runCli(['--format', 'junit', 'inbound/main.json'], sub).stdout).toContain('name="flows/inbound/main.json"');
    const stylish = runCli(['inbound/main.json'], sub).stdout;
    expect(stylish.split('\n').find((l) => l !== '')).toBe('flows/inbound/main.json');
  });

  it('writes the same baseline from a subfolder as from the root, and each matches from the other', () => {
    const fromSub = join(repo, 'baseline-sub.json');
    const fromRoot = join(repo, 'baseline-root.json');
    runCli(['--baseline', '../baseline-sub.json', 'inbound/main.json'], sub, { CI: '', GITHUB_ACTIONS: '' });
    runCli(['--baseline', 'baseline-root.json', 'flows/inbound/main.json'], repo, { CI: '', GITHUB_ACTIONS: '' });
    const entries = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { findings: Array<{ file: string }> }).findings;
    expect(entries(fromSub).length).toBeGreaterThan(0);
    expect(entries(fromSub).map((e) => e.file)).toEqual(entries(fromSub).map(() => 'flows/inbound/main.json'));
    expect(readFileSync(fromSub, 'utf8')).toBe(readFileSync(fromRoot, 'utf8'));
    // Under CI (nothing is written), the root's baseline holds every finding of a run from the subfolder.
    const r = runCli(['--baseline', '../baseline-root.json', 'inbound/main.json'], sub, { CI: 'true' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\d+ finding\(s\) already in the baseline/);
  });

  it('outside git, the Action names files from GITHUB_WORKSPACE when it holds the working directory', () => {
    const plain = join(scratch, 'workspace');
    mkdirSync(join(plain, 'deep/er'), { recursive: true });
    writeFileSync(join(plain, 'deep/er/x.json'), '{}');
    expect(sourceRoot(join(plain, 'deep'), { GITHUB_WORKSPACE: plain })).toBe(sourceRoot(plain));
    expect(sourceRoot(join(plain, 'deep'), {})).toBe(sourceRoot(join(plain, 'deep')));
    // A git checkout wins over the workspace (actions/checkout with path: puts the repository below it).
    expect(sourceRoot(sub, { GITHUB_WORKSPACE: scratch })).toBe(sourceRoot(repo));
  });
});
