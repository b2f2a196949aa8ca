/**
 * The junit and gitlab output formats, from the built CLI bundle run as a process (run `npm run build` first).
 * The JUnit XML is parsed by a real XML parser (jsdom's DOMParser, strict XML mode), not matched as text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { formatGitlab } from '../src/reporters/gitlab.js';
import { formatJunit, xmlEscape } from '../src/reporters/junit.js';
import { runCli } from './helpers.js';

const { DOMParser } = new JSDOM('').window;

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  endLine: number;
}
interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A flow whose missing NextAction target carries what XML cannot hold and what would close the markup. */
const HOSTILE_TARGET = 'b\u0001]]></failure><x a="&amp;"/>\uD800\u001B[31m';
function hostileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfl-formats-'));
  temps.push(dir);
  const flow = { Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: HOSTILE_TARGET, Errors: [] } }] };
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(flow, null, 2));
  return dir;
}

describe('--format junit', () => {
  it('is well-formed XML with a testsuite per linted file and a failing testcase per finding, as ESLint writes it', () => {
    const r = runCli(['--format', 'junit', 'examples']);
    expect(r.code).toBe(1);
    const doc = parseXml(r.stdout);
    const findings = JSON.parse(runCli(['--format', 'json', 'examples']).stdout) as JsonFinding[];
    const suites = [...doc.getElementsByTagName('testsuite')];
    // Every example is a flow: the clean ones are suites with one passing testcase.
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['examples/clean-inbound.json', 'examples/describe-output.json', 'examples/error-branch-unwired.json', 'examples/profile-field-not-requested.json', 'examples/profile-lookup-missing.json']);
    const clean = suites[0]!;
    expect(clean.getAttribute('tests')).toBe('1');
    expect(clean.getElementsByTagName('failure')).toHaveLength(0);
    const failures = [...doc.getElementsByTagName('failure')];
    expect(failures).toHaveLength(findings.length);
    expect(doc.getElementsByTagName('error')).toHaveLength(0);
    for (const s of suites) expect(s.getAttribute('errors')).toBe(String(s.getElementsByTagName('failure').length));
    for (const [i, f] of findings.entries()) {
      const testcase = failures[i]!.parentElement!;
      expect(testcase.getAttribute('name')).toBe(`connect-flow-lint.${f.ruleId}`);
      expect(testcase.getAttribute('classname')).toBe(f.file.replace(/\.json$/, ''));
      expect(failures[i]!.getAttribute('message')).toBe(f.message);
      expect(failures[i]!.textContent).toContain(`line ${f.line}, col `);
    }
  });

  it('holds a hostile message as text: markup escaped, control characters and lone surrogates as \\uXXXX', () => {
    const r = runCli(['--format', 'junit', 'hostile.json'], hostileDir());
    expect(r.code).toBe(1);
    const doc = parseXml(r.stdout);
    // Nothing from the flow became markup.
    expect(doc.getElementsByTagName('x')).toHaveLength(0);
    const failure = [...doc.getElementsByTagName('failure')].find((f) => f.parentElement!.getAttribute('name') === 'connect-flow-lint.transition-target-exists')!;
    expect(failure.getAttribute('message')).toContain('"b\\u0001]]></failure><x a="&amp;"/>\\uD800\\u001B[31m"');
    expect(failure.textContent).toContain('b\\u0001]]></failure>');
  });

  it('writes a file that could not be parsed as an <error>, as ESLint does for a fatal message', () => {
    const dir = hostileDir();
    writeFileSync(join(dir, 'broken.json'), '{ "Version": "2019-10-30", "Actions": [ }\n');
    const r = runCli(['--format', 'junit', 'broken.json', 'hostile.json'], dir);
    const doc = parseXml(r.stdout);
    const [broken] = [...doc.getElementsByTagName('testsuite')].filter((s) => s.getAttribute('name') === 'broken.json');
    const error = broken!.getElementsByTagName('error');
    expect(error).toHaveLength(1);
    expect(error[0]!.parentElement!.getAttribute('name')).toBe('connect-flow-lint.parse-error');
    expect(error[0]!.textContent).toMatch(/^line 1, col \d+, Error - /);
  });

  it('escapes every character XML 1.0 refuses and keeps the ones it allows', () => {
    const all = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + '\uD83D\uDE00 \uDC00 \uFFFE';
    const xml = `<a m="${xmlEscape(all)}">${xmlEscape(all)}</a>`;
    const doc = parseXml(xml);
    const back = doc.documentElement.getAttribute('m')!;
    expect(back).toBe(doc.documentElement.textContent);
    // Tab, LF and CR are allowed: kept (written as references, so attribute normalisation keeps them).
    expect(back).toContain('\\u0008\t\n\\u000B\\u000C\r\\u000E');
    expect(back).toContain('\\u0000\\u0001');
    expect(back).toContain('\uD83D\uDE00'); // a surrogate pair is one character, kept
    expect(back).toContain('\\uDC00');
    expect(back).toContain('\\uFFFE');
  });

  it('writes one passing suite per clean file and no empty report', () => {
    expect(parseXml(formatJunit([], ['a.json'])).getElementsByTagName('testcase')).toHaveLength(1);
    expect(parseXml(formatJunit([])).getElementsByTagName('testsuite')).toHaveLength(0);
  });
});

describe('--format gitlab', () => {
  it("is GitLab Code Quality's JSON array: description, check_name, fingerprint, severity, location.path and lines.begin", () => {
    const r = runCli(['--format', 'gitlab', 'examples']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as GitlabIssue[];
    const findings = JSON.parse(runCli(['--format', 'json', 'examples']).stdout) as JsonFinding[];
    expect(issues).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      const issue = issues[i]!;
      expect(issue.description).toBe(`${f.message} (${f.ruleId})`);
      expect(issue.check_name).toBe(f.ruleId);
      expect(issue.severity).toBe({ error: 'major', warn: 'minor', info: 'info' }[f.severity]);
      expect(issue.location.path).toBe(f.file);
      expect(issue.location.lines.begin).toBe(f.line);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('keeps each fingerprint when lines move, and leaves no control character raw', () => {
    const dir = hostileDir();
    const before = JSON.parse(runCli(['--format', 'gitlab', 'hostile.json'], dir).stdout) as GitlabIssue[];
    // Three blank lines on top: every finding moves down, none is new to GitLab.
    writeFileSync(join(dir, 'hostile.json'), `\n\n\n${readFileSync(join(dir, 'hostile.json'), 'utf8')}`);
    const after = JSON.parse(runCli(['--format', 'gitlab', 'hostile.json'], dir).stdout) as GitlabIssue[];
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 3));
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    // The control characters are escaped in the JSON text (a raw ESC would reach a terminal that shows it).
    expect(/[\u0000-\u0009\u000B-\u001F]/.test(runCli(['--format', 'gitlab', 'hostile.json'], dir).stdout)).toBe(false);
  });

  it('gives alike findings (same file, rule, block and message, other lines) fingerprints of their own', () => {
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
    const f = { ruleId: 'r', severity: 'warn' as const, message: 'm', file: 'a.json', blockId: 'b' };
    const issues = JSON.parse(formatGitlab([{ ...f, range: at(1) }, { ...f, range: at(9) }, { ...f, file: 'b.json', range: at(1) }])) as GitlabIssue[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(issues.map((i) => i.severity)).toEqual(['minor', 'minor', 'minor']);
  });
});
