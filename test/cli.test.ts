/**
 * End-to-end tests of the built CLI bundle (dist/cli/index.js) run as a process, the way users and CI run it.
 * Run `npm run build` first: these tests exercise the bundle, not the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, docUrl, lineOf, recommendedIds, ROOT, runCli } from './helpers.js';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: 'error' | 'warn' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  blockId: string | null;
  flowName: string | null;
  documentationUrl: string | null;
  evidence: string[];
}

const FIX = 'test/fixtures/cli';
/** Two unreachable blocks and nothing else wrong: exactly two warnings. */
const WARN_ONLY = `${FIX}/warn-only.json`;
const WARN_ONLY_ABS = join(ROOT, WARN_ONLY);
const CLEAN_ABS = join(ROOT, 'examples/clean-inbound.json');
const OVERRIDES_CONFIG = join(ROOT, FIX, 'overrides/overrides.yaml');
const PKG_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

function json(args: readonly string[], cwd = ROOT): { code: number | null; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['--format', 'json', ...args], cwd);
  return { code: r.code, findings: JSON.parse(r.stdout) as JsonFinding[], stderr: r.stderr };
}

/** Line and column (1-based) of `needle` in the first line of `text` that contains it. */
function at(text: string, needle: string, lineNeedle = needle): { line: number; column: number } {
  const line = lineOf(text, lineNeedle);
  const column = text.split('\n')[line - 1]!.indexOf(needle) + 1;
  expect(column).toBeGreaterThan(0);
  return { line, column };
}

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cfl-cli-'));
  temps.push(d);
  return d;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before these tests`);
});
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('exits 0 with no output on a clean flow', () => {
    const r = runCli(['examples/clean-inbound.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('exits 1 on examples/, which has errors, and prints the stylish summary', () => {
    const r = runCli(['examples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 3 problems (3 errors, 0 warnings, 0 info)');
    expect(r.stdout).toContain('examples/error-branch-unwired.json\n  160:7 ');
  });

  it('exits 0 when there are only warnings', () => {
    const r = runCli([WARN_ONLY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✖ 2 problems (0 errors, 2 warnings, 0 info)');
  });

  it('exits 2 on an unknown option, pointing at --help', () => {
    const r = runCli(['--bogus', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toContain('connect-flow-lint --help');
  });

  it('exits 2 on an unknown --format, listing the formats', () => {
    const r = runCli(['--format', 'xml', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown format "xml": use one of stylish, json, sarif, github');
  });

  it('exits 2 on a path that does not exist, and on a glob that matches nothing', () => {
    const missing = runCli(['examples/clean-inbound.json', 'no/such/flow.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no such file or no match: no/such/flow.json');
    const glob = runCli(['nothing-here/**/*.json']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('no such file or no match: nothing-here/**/*.json');
  });

  it('exits 2 on a config with errors, before linting anything', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  unreachable-block: loud\n');
    const r = runCli(['--config', join(dir, 'bad.yaml'), 'examples']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid severity "loud"');
  });

  it('exits 2 on a --config file that does not exist', () => {
    const r = runCli(['--config', 'no-such-config.yaml', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the config no-such-config.yaml: no such file');
  });

  describe('--max-warnings', () => {
    it('exits 1 when the warnings exceed N, and says so on stderr', () => {
      const r = runCli(['--max-warnings', '1', WARN_ONLY]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('2 warnings, more than --max-warnings 1');
    });

    it('exits 0 when the warnings equal N', () => {
      const r = runCli(['--max-warnings', '2', WARN_ONLY]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    });

    it('--max-warnings 0 fails on any warning', () => {
      expect(runCli(['--max-warnings', '0', WARN_ONLY]).code).toBe(1);
      expect(runCli(['--max-warnings', '0', 'examples/clean-inbound.json']).code).toBe(0);
    });

    it('still exits 1 on errors however high N is', () => {
      expect(runCli(['--max-warnings', '1000', 'examples']).code).toBe(1);
    });

    it('exits 2 when N is not a whole number', () => {
      const r = runCli(['--max-warnings', '1.5', WARN_ONLY]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--max-warnings takes a whole number, not "1.5"');
    });
  });

  describe('--quiet', () => {
    it('hides warnings: a warnings-only flow reports nothing', () => {
      const r = json(['--quiet', WARN_ONLY]);
      expect(r.code).toBe(0);
      expect(r.findings).toEqual([]);
      const stylish = runCli(['-q', WARN_ONLY]);
      expect(stylish.stdout).toBe('');
    });

    it('keeps the errors', () => {
      const all = json(['examples', WARN_ONLY]);
      const quiet = json(['--quiet', 'examples', WARN_ONLY]);
      expect(all.findings.filter((f) => f.severity === 'warn')).toHaveLength(2);
      expect(quiet.code).toBe(1);
      expect(quiet.findings).toEqual(all.findings.filter((f) => f.severity === 'error'));
      expect(quiet.findings).toHaveLength(3);
    });
  });

  it('--max-file-size turns a larger file into a file-too-large error without reading it', () => {
    const size = statSync(CLEAN_ABS).size;
    const r = json(['--max-file-size', '100', 'examples/clean-inbound.json']);
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'file-too-large', severity: 'error', file: 'examples/clean-inbound.json', line: 1, column: 1 });
    expect(r.findings[0]!.message).toContain(`the file is ${size} bytes, over the 100-byte limit`);
    expect(runCli(['--max-file-size', String(size), 'examples/clean-inbound.json']).code).toBe(0);
  });
});

describe('--format json', () => {
  const run = json(['examples']);

  it('prints one array and exits 1', () => {
    expect(run.code).toBe(1);
    expect(Array.isArray(run.findings)).toBe(true);
  });

  it('gives every finding file, ruleId, severity, message, range and blockId', () => {
    expect(run.findings.length).toBeGreaterThan(0);
    for (const f of run.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'blockId']),
      );
      expect(f.file).toMatch(/^examples\/[\w-]+\.json$/);
      expect(f.severity).toMatch(/^(error|warn|info)$/);
      expect(f.message.length).toBeGreaterThan(20);
      for (const n of [f.line, f.column, f.endLine, f.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
      expect(typeof f.blockId).toBe('string');
    }
  });

  // Checked by reading the flows:
  // - error-branch-unwired.json: GetCustomerProfile d61ceffb… wires MultipleFoundError and NoMatchingError, not NoneFoundError.
  // - profile-field-not-requested.json: Compare 512eb57e… reads $.Customer.Province; the lookup requests only FirstName, LastName.
  // - profile-lookup-missing.json: the menu's default branch reaches Compare 7bca6ef6… (reads $.Customer.Province) without
  //   passing the lookup bbcdcbb7…, which only the first option leads to.
  // clean-inbound.json and describe-output.json are clean.
  const expected = [
    { file: 'examples/error-branch-unwired.json', ruleId: 'error-branches-wired', line: 160, blockId: 'd61ceffb-d69a-43f5-a741-c1d07a146b20', flowName: 'Hokkaido Energy inbound (v3)' },
    { file: 'examples/profile-field-not-requested.json', ruleId: 'profile-response-fields', line: 182, blockId: '512eb57e-5f98-49ea-a25a-a4e9ef45e2b1', flowName: 'Hokkaido Energy inbound (v2)' },
    { file: 'examples/profile-lookup-missing.json', ruleId: 'profile-lookup-before-use', line: 261, blockId: '7bca6ef6-0510-4ce6-957b-d4be45eee135', flowName: 'Hokkaido Energy inbound menu' },
  ];

  it('reports exactly the known findings of examples/, sorted by file', () => {
    expect(run.findings.map((f) => ({ file: f.file, ruleId: f.ruleId, line: f.line, blockId: f.blockId, flowName: f.flowName }))).toEqual(expected);
    expect(run.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('points each finding at the Identifier property of its block', () => {
    for (const f of run.findings) {
      const text = read(f.file);
      const where = at(text, '"Identifier"', `"Identifier": "${f.blockId}"`);
      const lineText = text.split('\n')[where.line - 1]!;
      expect({ line: f.line, column: f.column, endLine: f.endLine }).toEqual({ line: where.line, column: where.column, endLine: where.line });
      expect(f.endColumn).toBe(lineText.indexOf(`"${f.blockId}"`) + f.blockId!.length + 2 + 1);
      expect(f.documentationUrl).toBe(`${docUrl(f.ruleId)}`);
    }
  });

  it('says what is wrong in each message', () => {
    const [unwired, notRequested, missing] = run.findings;
    expect(unwired!.message).toContain('has no NoneFoundError branch, so a contact that hits this error has nowhere to go');
    expect(notRequested!.message).toMatch(/^\$\.Customer\.Province read by .* does not request it: add it to its ProfileResponseData\.$/);
    expect(missing!.message).toContain('$.Customer.Province read by');
    expect(missing!.message).toContain('is empty on a path where no profile lookup succeeds: add a "Get profile" block');
  });

  it('maps findings inside a describe-contact-flow Content string to the line and column in the file', () => {
    const file = `${FIX}/describe-warn-only.json`;
    const r = json([file]);
    const text = read(file);
    expect(r.code).toBe(0);
    expect(r.findings.map((f) => [f.ruleId, f.blockId, f.flowName])).toEqual([
      ['unreachable-block', 'orphan-sale', 'Warnings only (described)'],
      ['unreachable-block', 'orphan-closed', 'Warnings only (described)'],
    ]);
    for (const f of r.findings) {
      const needle = `\\"Identifier\\":\\"${f.blockId}\\"`;
      const where = at(text, needle);
      expect(where.line).toBe(lineOf(text, '"Content"'));
      expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([where.line, where.column, where.line, where.column + needle.length]);
    }
  });

  it('prints an empty array when there is nothing to report', () => {
    const r = runCli(['--format', 'json', 'examples/clean-inbound.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('--format sarif', () => {
  // An error, an info finding and two warnings (findings come in file path order).
  const files = ['examples/error-branch-unwired.json', 'src/rules/logging-enabled/bad.json', WARN_ONLY];
  const r = runCli(['--format', 'sarif', ...files]);
  const sarif = JSON.parse(r.stdout);
  const run = sarif.runs[0];
  const rules = run.tool.driver.rules as Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string } }>;
  const results = run.results as any[];
  const plain = json(files).findings;

  it('is SARIF 2.1.0 with its schema, and exits as the other formats do', () => {
    expect(r.code).toBe(1);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('connect-flow-lint');
    expect(run.tool.driver.version).toBe(PKG_VERSION);
  });

  it('has one result per finding', () => {
    expect(plain.map((f) => f.ruleId)).toEqual(['error-branches-wired', 'logging-enabled', 'unreachable-block', 'unreachable-block']);
    expect(results.map((x) => x.ruleId)).toEqual(plain.map((f) => f.ruleId));
  });

  it('describes each reported rule with its help link', () => {
    for (const id of new Set(plain.map((f) => f.ruleId))) {
      const rule = rules.find((x) => x.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.helpUri).toBe(docUrl(id));
    }
    expect(rules.find((x) => x.id === 'error-branches-wired')!.defaultConfiguration.level).toBe('error');
    expect(rules.find((x) => x.id === 'unreachable-block')!.defaultConfiguration.level).toBe('warning');
    expect(rules.find((x) => x.id === 'logging-enabled')!.defaultConfiguration.level).toBe('note');
  });

  it('points each result at its rule with ruleIndex', () => {
    for (const x of results) {
      expect(Number.isInteger(x.ruleIndex)).toBe(true);
      expect(rules[x.ruleIndex]!.id).toBe(x.ruleId);
    }
  });

  it('maps severities to levels: error → error, warn → warning, info → note', () => {
    expect(results.map((x) => x.level)).toEqual(['error', 'note', 'warning', 'warning']);
  });

  it('gives each result its file, region and block', () => {
    results.forEach((x, i) => {
      const f = plain[i]!;
      const loc = x.locations[0];
      expect(x.message.text).toBe(f.message);
      expect(loc.physicalLocation.artifactLocation.uri).toBe(f.file);
      expect(loc.physicalLocation.region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      expect(loc.logicalLocations[0].name).toBe(f.blockId);
    });
    expect(results[2].locations[0].logicalLocations[0].name).toBe('orphan-sale');
    expect(results[2].locations[0].physicalLocation.region.startLine).toBe(lineOf(read(WARN_ONLY), '"Identifier": "orphan-sale"'));
  });

  it('describes parse-error, which no config defines, and gives it no logical location', () => {
    const s = JSON.parse(runCli(['--format', 'sarif', `${FIX}/broken/trailing-comma.json`]).stdout);
    const res = s.runs[0].results;
    expect(res).toHaveLength(1);
    expect(res[0].ruleId).toBe('parse-error');
    expect(s.runs[0].tool.driver.rules[res[0].ruleIndex].id).toBe('parse-error');
    expect(res[0].locations[0].logicalLocations).toBeUndefined();
  });
});

describe('--format github', () => {
  const LINE = /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.*)$/;
  const LEVEL = { error: 'error', warn: 'warning', info: 'notice' } as const;

  it('prints one workflow command per finding, with the same positions as --format json', () => {
    const args = ['examples', WARN_ONLY, 'src/rules/logging-enabled/bad.json'];
    const r = runCli(['--format', 'github', ...args]);
    const plain = json(args).findings;
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(plain.length);
    expect(plain.map((f) => f.severity)).toEqual(expect.arrayContaining(['error', 'warn', 'info']));
    lines.forEach((l, i) => {
      const f = plain[i]!;
      const m = LINE.exec(l);
      expect(m, l).not.toBeNull();
      expect(m!.slice(1, 8)).toEqual([LEVEL[f.severity], f.file, String(f.line), String(f.column), String(f.endLine), String(f.endColumn), f.ruleId]);
      expect(m![8]).toContain(`(${docUrl(f.ruleId)})`);
    });
  });

  it('escapes %, CR and LF in the message', () => {
    // orphan-sale's Text is "100%\noff", which its label quotes (short enough to be quoted whole).
    const r = runCli(['--format', 'github', WARN_ONLY]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('::"MessageParticipant: 100%25%0Aoff" (orphan-sale) is unreachable');
    expect(lines[0]).not.toMatch(/100%[^2]/);
  });

  it('escapes , and : (and %) in the file property', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sales,v2: 100%.json'), read(WARN_ONLY));
    const r = runCli(['--format', 'github', 'sales,v2: 100%.json'], dir);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.startsWith('::warning file=sales%2Cv2%3A 100%25.json,line=')).toBe(true);
    expect(LINE.exec(lines[0]!)![2]).toBe('sales%2Cv2%3A 100%25.json');
  });
});

describe('files that are not valid JSON', () => {
  it('reports a parse-error at the token after a trailing comma, and still lints the other files', () => {
    const text = read(`${FIX}/broken/trailing-comma.json`);
    const afterComma = lineOf(text, '"Transitions": {},') + 1;
    const r = json([`${FIX}/broken`]);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.file, f.ruleId, f.line, f.column])).toEqual([
      [`${FIX}/broken/trailing-comma.json`, 'parse-error', afterComma, text.split('\n')[afterComma - 1]!.indexOf('}') + 1],
      [`${FIX}/broken/unreachable.json`, 'unreachable-block', 155, 7],
    ]);
    expect(r.findings[0]!.severity).toBe('error');
    expect(r.findings[0]!.message).toContain('invalid JSON');
    expect(r.findings[0]!.message).toContain('trailing comma');
  });

  it("reports an invalid \\' escape in a describe-contact-flow Content string at that line and column", () => {
    const file = `${FIX}/describe-bad-escape.json`;
    const text = read(file);
    const r = json([file, 'examples/error-branch-unwired.json']);
    expect(r.code).toBe(1);
    const where = at(text, "\\'");
    expect(where.line).toBe(lineOf(text, '"Content"'));
    expect(where.column).toBeGreaterThan(100);
    expect(r.findings.map((f) => [f.file, f.ruleId, f.line, f.column])).toEqual([
      ['examples/error-branch-unwired.json', 'error-branches-wired', 160, 7],
      [file, 'parse-error', where.line, where.column],
    ]);
    expect(r.findings[1]!.message).toContain("invalid escape \"\\'\"");
  });

  it('reports an empty file as a parse-error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.json'), '\n');
    const r = json(['empty.json'], dir);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['parse-error', 1, 1]]);
    expect(r.findings[0]!.message).toContain('the file is empty');
  });
});

describe('config', () => {
  const CONFIG = '.connect-flow-lint.yaml';

  describe('discovery and --config', () => {
    it('finds .connect-flow-lint.yaml in a parent of the working directory, up to the git top level', () => {
      const parent = tempDir();
      const child = join(parent, 'flows', 'inbound');
      mkdirSync(child, { recursive: true });
      // Discovery stops at the repository root (the git top level, else the working directory itself).
      execFileSync('git', ['init', '-q'], { cwd: parent, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
      writeFileSync(join(parent, CONFIG), 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\n');
      const r = json([WARN_ONLY_ABS], child);
      expect(r.code).toBe(1);
      expect(r.findings.map((f) => [f.ruleId, f.severity, f.blockId])).toEqual([
        ['unreachable-block', 'error', 'orphan-sale'],
        ['unreachable-block', 'error', 'orphan-closed'],
      ]);
      const printed = JSON.parse(runCli(['--print-config', WARN_ONLY_ABS], child).stdout);
      expect(printed.configFiles).toEqual(['connect-flow-lint:recommended', join(parent, CONFIG)]);
    });

    it('finds .connect-flow-lint.yml too', () => {
      const dir = tempDir();
      writeFileSync(join(dir, '.connect-flow-lint.yml'), 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: off\n');
      const r = json([WARN_ONLY_ABS], dir);
      expect(r.code).toBe(0);
      expect(r.findings).toEqual([]);
    });

    it('uses the built-in recommended ruleset when there is no config', () => {
      const dir = tempDir();
      const printed = JSON.parse(runCli(['--print-config', 'x.json'], dir).stdout);
      expect(printed.configFiles).toEqual(['connect-flow-lint:recommended']);
      expect(json([WARN_ONLY_ABS], dir).findings).toHaveLength(2);
    });

    it('--config takes a path and wins over discovery', () => {
      const dir = tempDir();
      writeFileSync(join(dir, CONFIG), 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\n');
      writeFileSync(join(dir, 'quiet.yaml'), 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: off\n');
      expect(json([WARN_ONLY_ABS], dir).code).toBe(1);
      const r = json(['--config', 'quiet.yaml', WARN_ONLY_ABS], dir);
      expect(r.code).toBe(0);
      expect(r.findings).toEqual([]);
      const short = json(['-c', join(dir, 'quiet.yaml'), WARN_ONLY]);
      expect(short.findings).toEqual([]);
    });

    it('extends the recommended ruleset and turns one rule off, leaving the others on', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'policy.yaml'), 'extends: [connect-flow-lint:recommended]\nrules:\n  error-branches-wired: off\n');
      const r = json(['--config', join(dir, 'policy.yaml'), 'examples']);
      expect(r.code).toBe(1);
      expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([
        ['examples/profile-field-not-requested.json', 'profile-response-fields'],
        ['examples/profile-lookup-missing.json', 'profile-lookup-before-use'],
      ]);
    });

    it('a config without extends has only the rules it defines', () => {
      const dir = tempDir();
      const yaml = [
        'rules:',
        '  no-compare:',
        '    severity: warn',
        '    message: "no Compare blocks ({{blockId}})"',
        '    given: "$.Actions[?(@.Type == \'Compare\')]"',
        '    then:',
        '      field: Type',
        '      function: falsy',
        '',
      ].join('\n');
      writeFileSync(join(dir, CONFIG), yaml);
      const own = json([join(ROOT, 'examples/profile-lookup-missing.json')], dir);
      expect(own.code).toBe(0);
      expect(own.findings.map((f) => [f.ruleId, f.severity, f.blockId, f.message])).toEqual([
        ['no-compare', 'warn', '7bca6ef6-0510-4ce6-957b-d4be45eee135', 'no Compare blocks (7bca6ef6-0510-4ce6-957b-d4be45eee135)'],
      ]);
    });
  });

  describe('overrides', () => {
    // The same flow, which reads $.Customer.FirstName without a lookup, in flows/ and in modules/.
    it('applies profileLoadedAtEntry: true to modules/** only', () => {
      const r = json(['--config', OVERRIDES_CONFIG, `${FIX}/overrides`]);
      expect(r.code).toBe(1);
      expect(r.findings.map((f) => [f.file, f.ruleId, f.blockId])).toEqual([
        [`${FIX}/overrides/flows/greet-by-name.json`, 'profile-lookup-before-use', 'greet'],
      ]);
      expect(r.findings[0]!.message).toContain('$.Customer.FirstName read by');
    });

    it('without the override both copies are reported', () => {
      const r = json([`${FIX}/overrides`]);
      expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([
        [`${FIX}/overrides/flows/greet-by-name.json`, 'profile-lookup-before-use'],
        [`${FIX}/overrides/modules/greet-by-name.json`, 'profile-lookup-before-use'],
      ]);
    });
  });

  describe('--print-config', () => {
    const recommended = read('rules/recommended.yml');
    const yaml = readFileSync(OVERRIDES_CONFIG, 'utf8');
    const print = (rel: string) => {
      const r = runCli(['--config', OVERRIDES_CONFIG, '--print-config', rel]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout);
    };
    let module: any;
    let flow: any;
    beforeAll(() => {
      module = print(`${FIX}/overrides/modules/greet-by-name.json`);
      flow = print(`${FIX}/overrides/flows/greet-by-name.json`);
    });

    it('names the file and the config files, base first', () => {
      expect(module.file).toBe(join(ROOT, FIX, 'overrides/modules/greet-by-name.json'));
      expect(module.configFiles).toEqual(['connect-flow-lint:recommended', OVERRIDES_CONFIG]);
      // The reader's rules (legacy-format, unsupported-content, file-too-large) are in every config.
      expect(Object.keys(module.rules).sort()).toEqual([...recommendedIds(), 'legacy-format', 'unsupported-content', 'file-too-large'].sort());
    });

    it('shows the options and severity the override sets for that file, and where it set them', () => {
      const options = at(yaml, 'options:');
      expect(module.rules['profile-lookup-before-use']).toMatchObject({
        severity: 'error',
        given: ['$'],
        then: [{ function: 'profileLookupBeforeUse', functionOptions: { profileLoadedAtEntry: true } }],
        // A built-in rule is defined by its module; the config files set it.
        definedIn: 'connect-flow-lint:rule/profile-lookup-before-use:1:1',
        setIn: `${OVERRIDES_CONFIG}:${options.line}:${options.column}`,
      });
      const off = at(yaml, 'off', 'logging-enabled: off');
      expect(module.rules['logging-enabled'].severity).toBe('off');
      expect(module.rules['logging-enabled'].setIn).toBe(`${OVERRIDES_CONFIG}:${off.line}:${off.column}`);
    });

    it('shows the recommended values for a file the override does not match', () => {
      const set = at(recommended, 'error', 'profile-lookup-before-use: error');
      expect(flow.rules['profile-lookup-before-use']).toMatchObject({
        severity: 'error',
        // profileLoadedAtEntry: false is the option's default in the rule's schema; recommended.yml sets the severity.
        then: [{ functionOptions: { profileLoadedAtEntry: false } }],
        definedIn: 'connect-flow-lint:rule/profile-lookup-before-use:1:1',
        setIn: `connect-flow-lint:recommended:${set.line}:${set.column}`,
      });
      expect(flow.rules['logging-enabled'].severity).toBe('info');
      expect(flow.rules['unreachable-block'].severity).toBe('warn');
    });
  });

  describe('errors', () => {
    const BASE = 'extends: [connect-flow-lint:recommended]\nrules:\n';
    /** Writes the config into a fresh folder and lints a clean flow from there. */
    function withConfig(yaml: string) {
      const dir = tempDir();
      writeFileSync(join(dir, CONFIG), yaml);
      const r = runCli([CLEAN_ABS], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    }
    const cases: Array<{ name: string; yaml: string; needle: string; lineNeedle?: string; says: string[] }> = [
      {
        name: 'an unknown rule id, suggesting the closest one',
        yaml: `${BASE}  unreachable-blocks: off\n`,
        needle: 'off',
        lineNeedle: 'unreachable-blocks',
        says: ['unknown rule "unreachable-blocks": did you mean "unreachable-block"?'],
      },
      {
        name: 'an unknown rule id in an override',
        yaml: `${BASE}  flow-ends: warn\noverrides:\n  - files: ["modules/**"]\n    rules:\n      flow-end: off\n`,
        needle: 'off',
        lineNeedle: 'flow-end: off',
        says: ['unknown rule "flow-end": did you mean "flow-ends"?'],
      },
      {
        name: 'a bad severity',
        yaml: `${BASE}  unreachable-block: loud\n`,
        needle: 'loud',
        says: ['invalid severity "loud": use one of error, warn, info, off'],
      },
      {
        name: 'a severity alias it does not accept, suggesting the right word',
        yaml: `${BASE}  unreachable-block: warning\n`,
        needle: 'warning',
        says: ['invalid severity "warning"', '(did you mean "warn"?)'],
      },
      {
        name: 'an invalid JSONPath in given, at the bad character',
        yaml: 'rules:\n  actions:\n    given: $.Actions[\n    then:\n      function: truthy\n',
        needle: '[',
        says: ['invalid JSONPath in "given" ("$.Actions[")', 'unclosed "["'],
      },
      {
        name: 'a given that tries to run code, at the call',
        yaml: "rules:\n  evil:\n    given: \"$..[?(@.constructor.constructor('return process')())]\"\n    then:\n      function: truthy\n",
        needle: "('return",
        says: ['invalid JSONPath in "given"', 'function calls are not allowed in a filter'],
      },
      {
        name: 'a given that names process, at the name',
        yaml: 'rules:\n  evil:\n    given: $..[?(@.Type == process)]\n    then:\n      function: truthy\n',
        needle: 'process',
        says: ['"process" is not allowed in a filter'],
      },
      {
        name: 'an unknown function, suggesting the closest one',
        yaml: 'rules:\n  actions:\n    given: $.Actions\n    then:\n      function: truthyy\n',
        needle: 'truthyy',
        says: ['unknown function "truthyy": did you mean "truthy"?'],
      },
      {
        name: 'an unknown option, listing the function’s options',
        yaml: `${BASE}  profile-lookup-before-use:\n    options:\n      profileLoadedAtStart: true\n`,
        needle: 'profileLoadedAtStart',
        says: ['unknown option "profileLoadedAtStart" for function "profileLookupBeforeUse"', 'its options: profileLoadedAtEntry, namespace'],
      },
      {
        name: 'an unknown option in an override that matches no file',
        yaml: `extends: [connect-flow-lint:recommended]\noverrides:\n  - files: ["no-such-folder/**"]\n    rules:\n      profile-lookup-before-use:\n        options:\n          profileLoadedAtEntri: true\n`,
        needle: 'profileLoadedAtEntri',
        says: ['unknown option "profileLoadedAtEntri"', 'did you mean "profileLoadedAtEntry"?'],
      },
      {
        name: 'a YAML syntax error (tab indentation)',
        yaml: `${BASE}\tunreachable-block: warn\n`,
        needle: '\t',
        says: ['invalid YAML: Tabs are not allowed as indentation'],
      },
      {
        name: 'a YAML duplicate key',
        yaml: `${BASE}  unreachable-block: warn\n  unreachable-block: off\n`,
        needle: 'unreachable-block',
        lineNeedle: 'unreachable-block: off',
        says: ['invalid YAML: Map keys must be unique'],
      },
    ];
    for (const c of cases) {
      it(`exits 2 on ${c.name}, naming file, line and column`, () => {
        const stderr = withConfig(c.yaml);
        const where = at(c.yaml, c.needle, c.lineNeedle ?? c.needle);
        expect(stderr).toContain('connect-flow-lint: the config has a problem:\n');
        const line = stderr.split('\n').find((l) => l.startsWith(`  ${CONFIG}:`));
        expect(line, stderr).toBeDefined();
        expect(line!.startsWith(`  ${CONFIG}:${where.line}:${where.column}: `), line).toBe(true);
        for (const s of c.says) expect(line).toContain(s);
      });
    }

    it('lists every problem of a config, each with its position', () => {
      const yaml = `${BASE}  unreachable-block: loud\n  flow-endz: off\n`;
      const stderr = withConfig(yaml);
      expect(stderr).toContain('the config has 2 problems:');
      const loud = at(yaml, 'loud');
      const off = at(yaml, 'off', 'flow-endz');
      expect(stderr).toContain(`  ${CONFIG}:${loud.line}:${loud.column}: invalid severity "loud"`);
      expect(stderr).toContain(`  ${CONFIG}:${off.line}:${off.column}: unknown rule "flow-endz": did you mean "flow-ends"?`);
    });

    it('names a config outside the working directory by its absolute path', () => {
      const dir = tempDir();
      const file = join(dir, 'policy.yaml');
      writeFileSync(file, `${BASE}  unreachable-block: loud\n`);
      const r = runCli(['--config', file, 'examples']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`  ${file}:3:22: invalid severity "loud"`);
    });

    it('names the extended file when the problem is in it', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'base.yaml'), `${BASE}  unreachable-block: sometimes\n`);
      writeFileSync(join(dir, CONFIG), 'extends: [./base.yaml]\n');
      const r = runCli([CLEAN_ABS], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('  base.yaml:3:22: invalid severity "sometimes"');
    });
  });
});

describe('--version and --help', () => {
  it('--version and -v print the version of package.json', () => {
    for (const flag of ['--version', '-v']) {
      const r = runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${PKG_VERSION}\n`);
    }
  });

  it('--help mentions every option the CLI accepts', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: connect-flow-lint [options] [paths or globs...]');
    const source = read('src/cli/main.ts');
    const block = /options: \{([\s\S]*?)\n {6}\},/.exec(source)![1]!;
    const options = [...block.matchAll(/^\s+'?([\w-]+)'?: \{ type: '\w+'(?:, short: '(\w)')?/gm)];
    expect(options.length).toBeGreaterThanOrEqual(12);
    for (const [, long, short] of options) {
      expect(r.stdout, `--${long}`).toMatch(new RegExp(`(^|[\\s,])--${long}\\b`, 'm'));
      if (short) expect(r.stdout, `-${short}`).toContain(`-${short}, --${long}`);
    }
    expect(r.stdout).toContain('Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or config error.');
  });

  it('-h is --help', () => {
    expect(runCli(['-h']).stdout).toBe(runCli(['--help']).stdout);
  });
});

describe('compile cache', () => {
  it('the bundle is compiled once into the user\'s cache folder and accepted from there on the next run, with the same findings', () => {
    // The CLI turns the cache on itself (NODE_COMPILE_CACHE unset), in $XDG_CACHE_HOME, never in a shared /tmp.
    const home = mkdtempSync(join(tmpdir(), 'cfl-compile-cache-'));
    const env = { XDG_CACHE_HOME: home, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
    try {
      const first = runCli(['--format', 'json', 'examples'], ROOT, env);
      const kept = readdirSync(join(home, 'connect-flow-lint', 'compile-cache'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(kept.length).toBeGreaterThan(0);
      const second = runCli(['--format', 'json', 'examples'], ROOT, env);
      // Node's own trace of the cache: the linter's chunks are read from it, not compiled again.
      expect(second.stderr).toMatch(/index\.js[\s\S]*was accepted/);
      expect(first.code).toBe(1);
      expect(second.code).toBe(1);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('default discovery (no paths)', () => {
  let dir: string;
  let r: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'flows'));
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    writeFileSync(join(dir, 'flows/warn-only.json'), read(WARN_ONLY));
    // Would be an error if linted.
    writeFileSync(join(dir, 'node_modules/x/flow.json'), read('examples/error-branch-unwired.json'));
    writeFileSync(join(dir, 'package.json'), '{ "name": "contact-center", "version": "1.0.0" }\n');
    writeFileSync(join(dir, 'notes.txt'), 'not json');
    // A link to a flow outside the folder, which would be an error if followed.
    symlinkSync(join(ROOT, 'examples/error-branch-unwired.json'), join(dir, 'linked.json'));
    r = runCli(['--verbose', '--format', 'json'], dir);
  });

  it('lints the .json flows under the current folder only', () => {
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFinding[]).map((f) => [f.file, f.ruleId, f.blockId])).toEqual([
      ['flows/warn-only.json', 'unreachable-block', 'orphan-sale'],
      ['flows/warn-only.json', 'unreachable-block', 'orphan-closed'],
    ]);
  });

  it('--verbose says what was skipped and why', () => {
    const lines = r.stderr.trimEnd().split('\n').sort();
    expect(lines).toEqual([
      'linted 1 flow in 2 files',
      'skipped linked.json: symbolic link (not followed)',
      'skipped node_modules: folder skipped by default',
      'skipped notes.txt: not a flow file type (.json, .yaml/.yml, .template, .tftpl, .tpl)',
      'skipped package.json: not a flow: it has no "Actions" array or "StartAction" (top-level keys: name, version) and no "Content" string holding a flow',
    ]);
  });

  it('says nothing on stderr without --verbose', () => {
    const quiet = runCli(['--format', 'json'], dir);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(r.stdout);
  });

  it('a glob argument walks the same way', () => {
    const g = json(['**/*.json'], dir);
    expect(g.findings.map((f) => f.file)).toEqual(['flows/warn-only.json', 'flows/warn-only.json']);
  });
});

describe('--output-file', () => {
  it('writes the report to the file instead of standard output, with the same exit code', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const r = runCli(['--format', 'json', '--output-file', out, 'examples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['--format', 'json', 'examples']).stdout);
  });

  it('-o is relative to the working directory, and works with sarif', () => {
    const dir = tempDir();
    const r = runCli(['-f', 'sarif', '-o', 'results.sarif', join(ROOT, 'examples/error-branch-unwired.json')], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(dir, 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['error-branches-wired']);
  });
});

describe('stylish colour', () => {
  it('is plain by default when not a terminal, and coloured with --color', () => {
    const plain = runCli(['examples/error-branch-unwired.json']);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = runCli(['--color', 'examples/error-branch-unwired.json']);
    expect(coloured.stdout).toContain('\u001b[31merror  \u001b[0m');
    expect(coloured.stdout.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain.stdout);
    expect(runCli(['--color', '--no-color', 'examples/error-branch-unwired.json']).stdout).toBe(plain.stdout);
  });
});
