import { isUtf8 } from 'node:buffer';
import { closeSync, lstatSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { BUILTIN_PREFIX, rulesFor, type ActiveRule, type ResolvedConfig } from '../core/config/resolve.js';
import { configProblemsOnce, lintText, type FileReport } from '../core/lint.js';
import { linkRepository, summarizeFlow, type EntryProfile, type FlowSummary, type RepositoryLinks } from '../core/repo/link.js';
import { referenceFindings } from '../core/repo/reference-findings.js';
import { heapForFile, isLargeFile } from '../runtime/heap.js';
import { terraformBindings } from './terraform-bindings.js';
import { compareFindings, type Finding, type Position, type SeverityOrOff } from '../core/types.js';
import { FILE_RULE_IDS } from '../core/config/file-rules.js';
import { firstInvalidUtf8, openTrustedFile, readOpened, UnsafeFileError } from '../node/safe-fs.js';

/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LintRun {
  /** Every finding, sorted by file and position. */
  readonly findings: Finding[];
  /** One report per file that could be read. */
  readonly reports: FileReport[];
  readonly flows: number;
  /** The repository pass: each flow's summary and how the flows call each other. */
  readonly summaries: readonly FlowSummary[];
  readonly links: RepositoryLinks;
}

/** A path as findings name it: relative to the working directory, with forward slashes. */
export function relativeName(cwd: string, file: string): string {
  if (file.startsWith(BUILTIN_PREFIX)) return file;
  const r = relative(cwd, file);
  return (r.startsWith('..') ? file : r).split(sep).join('/');
}

const ruleUsing = (rules: readonly ActiveRule[], fn: string): ActiveRule | undefined => rules.find((r) => r.then.some((t) => t.functionName === fn));

/**
 * Reads and lints files (the adapter side of the core: it does the I/O), then links them as a repository:
 * references between flows are resolved, `reference-exists` reports those that lead nowhere, and flows that
 * other flows call are linted again with the customer profile their callers hand over. A file that cannot
 * be read or is over the size limit becomes a finding, and the run goes on.
 */
export function lintFiles(
  files: readonly string[],
  config: ResolvedConfig,
  cwd: string,
  options: {
    maxFileBytes?: number;
    keepReports?: boolean | ((file: string) => boolean);
    /**
     * The repository's other flows: read and linked so that references from `files` resolve as in a full
     * run (a pre-commit hook, an editor, lint-staged name a few files), but not reported.
     */
    context?: readonly string[];
    root?: string;
    /**
     * Files whose bytes are given instead of read from disk, by absolute path: another revision of the
     * repository (the base of a pull request), linted at the paths it had there.
     */
    sources?: ReadonlyMap<string, Buffer>;
  } = {},
): LintRun {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Flows are read only from inside the repository (or a place the user named outside it), never through a link.
  const root = options.root ?? cwd;
  const perFile = new Map<string, Finding[]>();
  const reports = new Map<string, FileReport>();
  const memo = new Map<string, ActiveRule[]>();
  const summaries: FlowSummary[] = [];
  const absOf = new Map<string, string>();
  const rulesOf = (abs: string): ActiveRule[] => rulesFor(config, abs.split(sep).join('/'), memo);
  const keepModels = (file: string): boolean => (typeof options.keepReports === 'function' ? options.keepReports(file) : options.keepReports === true);

  const lintInto = (abs: string, name: string, size: number | undefined): void => {
    // A context file is only linked: no rule runs on it (the profile states its summary needs are computed anyway).
    const one = lintOneFile(abs, name, root, maxBytes, rulesOf(abs), keepModels(name) && reported.has(name), undefined, size, !reported.has(name), options.sources?.get(abs));
    perFile.set(name, one.findings);
    if (one.report) reports.set(name, one.report);
    for (const s of one.summaries) summaries.push(s);
  };
  // Large files are linted after the others: the young generation grows for them and does not shrink again
  // (runtime/heap.ts), so linting one first would carry that into every file after it. The files' order is
  // kept in perFile's keys, and reports and summaries are put back in it below.
  const position = new Map<string, number>();
  const later: Array<{ abs: string; name: string; size: number }> = [];
  const named = new Set(files);
  const contextOnly = (options.context ?? []).filter((f) => !named.has(f));
  const reported = new Set(files.map((abs) => relativeName(cwd, abs)));
  for (const abs of [...files, ...contextOnly]) {
    const name = relativeName(cwd, abs);
    absOf.set(name, abs);
    position.set(name, position.size);
    perFile.set(name, []);
    const size = options.sources?.get(abs)?.length ?? fileSize(abs);
    if (size !== undefined && size <= maxBytes && isLargeFile(size)) later.push({ abs, name, size });
    else lintInto(abs, name, size);
  }
  for (const f of later) lintInto(f.abs, f.name, f.size);
  if (later.length > 0) summaries.sort((a, b) => position.get(a.file)! - position.get(b.file)! || a.index - b.index);

  const aliases = new Map([...config.flows].map(([k, v]) => [k, { ...v, file: relativeName(cwd, v.file) }]));
  const links = linkRepository(summaries, aliases, terraformBindings([...files, ...contextOnly], cwd, (abs) => relativeName(cwd, abs)));
  for (const f of referenceFindings(summaries, links, (s) => ruleUsing(rulesOf(absOf.get(s.file) ?? s.file), 'referenceExists'))) perFile.get(f.file)?.push(f);

  // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
  const entriesByFile = new Map<string, Map<number, EntryProfile>>();
  for (const [i, entry] of links.entries) {
    const s = summaries[i]!;
    const m = entriesByFile.get(s.file) ?? new Map<number, EntryProfile>();
    m.set(s.index, entry);
    entriesByFile.set(s.file, m);
  }
  for (const [name, entries] of entriesByFile) {
    if (!reported.has(name)) continue;
    const abs = absOf.get(name)!;
    const one = lintOneFile(abs, name, root, maxBytes, rulesOf(abs), keepModels(name), entries, undefined, false, options.sources?.get(abs));
    if (!one.report) continue;
    const refs = (perFile.get(name) ?? []).filter((f) => f.ruleId !== undefined && ruleUsing(rulesOf(abs), 'referenceExists')?.id === f.ruleId);
    perFile.set(name, [...one.findings, ...refs]);
    reports.set(name, one.report);
  }

  const kept = [...perFile.keys()].filter((name) => reported.has(name));
  const findings = configProblemsOnce(kept.flatMap((name) => perFile.get(name)!), (file) => relativeName(cwd, file)).sort(compareFindings);
  const all = kept.flatMap((name) => reports.get(name) ?? []);
  return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}

/**
 * Reads and lints one file. A function of its own so that nothing of the file (its text, parsed value,
 * models) stays reachable from the loop's frame once it returns: a run over thousands of files then keeps
 * only findings and summaries, and the garbage collector never carries one file's model into the next.
 */
function lintOneFile(abs: string, name: string, root: string, maxBytes: number, rules: ActiveRule[], keepModels: boolean, entries?: ReadonlyMap<number, EntryProfile>, size?: number, linkOnly = false, given?: Buffer): { findings: Finding[]; report?: FileReport; summaries: FlowSummary[] } {
  const problems: Finding[] = [];
  const text = given ? givenFlowText(given, name, maxBytes, problems) : readFlowText(abs, name, root, maxBytes, problems, size);
  const fileRules = fileRuleSeverities(rules);
  if (text === undefined) return { findings: problems.flatMap((f) => withFileRuleSeverity(f, fileRules)), summaries: [] };
  // A file read only for linking runs no rule: its summary is all the repository pass needs of it.
  const report = lintText(name, text, linkOnly ? [] : rules, entries, fileRules);
  const summaries: FlowSummary[] = [];
  if (!entries) {
    const loadedByDefault = ruleUsing(rules, 'profileLookupBeforeUse')?.then[0]?.options['profileLoadedAtEntry'] === true;
    report.models.forEach((m, i) => summaries.push(summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
  }
  return { findings: report.findings, report: keepModels ? report : { ...report, models: [] }, summaries };
}

/** The severity of each reader rule (FILE_RULES) for a file: every config has them, so one not active is off. */
function fileRuleSeverities(rules: readonly ActiveRule[]): Map<string, SeverityOrOff> {
  return new Map([...FILE_RULE_IDS].map((id) => [id, rules.find((r) => r.id === id)?.severity ?? 'off']));
}

/** A finding of a reader rule (file-too-large) with the config's severity, or none when the rule is off; parse-error as it is. */
function withFileRuleSeverity(f: Finding, fileRules: ReadonlyMap<string, SeverityOrOff>): Finding[] {
  const severity = fileRules.get(f.ruleId);
  if (severity === undefined) return [f];
  return severity === 'off' ? [] : [{ ...f, severity }];
}

/** The file's size, or undefined when it cannot be read (readFlowText then reports why). A link's own size: its target is never looked at. */
function fileSize(abs: string): number | undefined {
  try {
    return lstatSync(abs).size;
  } catch {
    return undefined;
  }
}

/**
 * The file's text. Only a regular file is read (a FIFO or a device named on the command line is reported,
 * never waited on), never through a symbolic link, and only inside the repository unless the user named a
 * place outside it; the size is checked on the opened descriptor. `knownSize` (from the caller's stat)
 * decides the "too large" finding early; the descriptor's own size is checked again.
 */
function readFlowText(abs: string, name: string, root: string, maxBytes: number, findings: Finding[], knownSize?: number): string | undefined {
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const tooLarge = (size: number): undefined => {
    findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${size} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
    return undefined;
  };
  if (knownSize !== undefined && knownSize > maxBytes) return tooLarge(knownSize);
  let bytes: Buffer;
  let opened: { fd: number; size: number };
  try {
    opened = openTrustedFile(abs, { root, maxBytes: Number.MAX_SAFE_INTEGER, what: 'the flow file', display: name, namedByUser: true, noLinks: true });
  } catch (e) {
    const message = e instanceof UnsafeFileError ? `${e.message.slice(name.length + 2)}` : `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: e instanceof UnsafeFileError && e.reason === 'missing' ? 'cannot read the file: ENOENT' : message });
    return undefined;
  }
  try {
    if (opened.size > maxBytes) return tooLarge(opened.size);
    heapForFile(opened.size);
    // Most flows are UTF-8: Node decodes those while reading, with no Buffer in between. A replacement
    // character (bytes that are not UTF-8, a UTF-16 byte-order mark) or a NUL (UTF-16 without a mark) sends
    // the file to the byte-level checks below, which name the encoding or the bad byte.
    const text = readFileSync(opened.fd, 'utf8');
    if (!text.includes('\uFFFD') && !text.includes('\u0000')) return text;
    bytes = readOpened(opened.fd, opened.size, name, 'the flow file');
  } catch (e) {
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: e instanceof UnsafeFileError ? e.message.slice(name.length + 2) : `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  } finally {
    closeSync(opened.fd);
  }
  const decoded = decodeFlowBytes(bytes);
  if (typeof decoded === 'string') return decoded;
  findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: { start: decoded.at, end: decoded.at }, message: decoded.message });
  return undefined;
}

/** The text of a file whose bytes were given (another revision), with the same limits and decoding as a read one. */
function givenFlowText(bytes: Buffer, name: string, maxBytes: number, findings: Finding[]): string | undefined {
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (bytes.length > maxBytes) {
    findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
    return undefined;
  }
  heapForFile(bytes.length);
  const decoded = decodeFlowBytes(bytes);
  if (typeof decoded === 'string') return decoded;
  findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: { start: decoded.at, end: decoded.at }, message: decoded.message });
  return undefined;
}

/**
 * The text of a flow file. UTF-8 (with or without a byte-order mark) is the format Amazon Connect exports and
 * reads. UTF-16 is what Windows PowerShell 5 writes for `aws connect describe-contact-flow > flow.json`: it is
 * decoded and linted (positions are in characters, as an editor shows them), so those files are not lost. Bytes
 * that are not UTF-8 are a parse error at their line and column, never a lint of U+FFFD replacement characters.
 */
export function decodeFlowBytes(bytes: Buffer): string | { message: string; at: Position } {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    if ((bytes.length - utf16.skip) % 2 !== 0) return { message: `the file looks like ${utf16.label} but has an odd number of bytes: save it as UTF-8`, at: { line: 1, column: 1 } };
    const body = Buffer.from(bytes.subarray(utf16.skip));
    if (utf16.label.startsWith('UTF-16BE')) body.swap16();
    // A byte-order mark, when there is one, is kept as U+FEFF: the reader treats it as it does UTF-8's.
    return (utf16.skip === 2 ? '\ufeff' : '') + body.toString('utf16le');
  }
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const bad = firstInvalidUtf8(bytes);
  const before = bytes.subarray(0, bad).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  const at = { line: before.split('\n').length, column: before.length - lineStart + 1 };
  const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return { message: `the file is not valid UTF-8: byte ${bad} (${hex}) is not a UTF-8 character, so the file was not linted: save it as UTF-8 (it may be Latin-1/Windows-1252 or Shift_JIS)`, at };
}

/** UTF-16 by its byte-order mark, or (no mark) by the zero bytes JSON's ASCII punctuation leaves. */
function utf16Encoding(b: Buffer): { label: string; skip: number } | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.length >= 4 && b[2] === 0 && b[3] === 0 ? undefined : { label: 'UTF-16LE', skip: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { label: 'UTF-16BE', skip: 2 };
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return { label: 'UTF-16LE (no byte-order mark)', skip: 0 };
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return { label: 'UTF-16BE (no byte-order mark)', skip: 0 };
  return undefined;
}
