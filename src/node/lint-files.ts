import { isUtf8 } from 'node:buffer';
import { closeSync, lstatSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { BUILTIN_PREFIX, rulesFor, type ActiveRule, type ResolvedConfig } from '../core/config/resolve.js';
import { lintProject, type FlowSource, type ProjectRun } from '../core/project.js';
import { terraformBindings } from './terraform-bindings.js';
import type { Finding, Position } from '../core/types.js';
import { firstInvalidUtf8, openTrustedFile, readOpened, UnsafeFileError } from './safe-fs.js';

/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LintRun = ProjectRun;

/** A path as findings name it: relative to the working directory, with forward slashes. */
export function relativeName(cwd: string, file: string): string {
  if (file.startsWith(BUILTIN_PREFIX)) return file;
  const r = relative(cwd, file);
  return (r.startsWith('..') ? file : r).split(sep).join('/');
}

/**
 * Lints files as a repository (core/project.ts does the run; this side reads the files and the config's
 * bindings): references between flows are resolved, `reference-exists` reports those that lead nowhere, and
 * flows that other flows call are linted again with the customer profile their callers hand over. A file that
 * cannot be read or is over the size limit becomes a finding, and the run goes on.
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
  const memo = new Map<string, ActiveRule[]>();
  const unique = new Set(files);
  const named = [...unique];
  const contextOnly = [...new Set(options.context ?? [])].filter((f) => !unique.has(f));
  const all = [...named, ...contextOnly];
  const sources: FlowSource[] = all.map((abs, k) => {
    const name = relativeName(cwd, abs);
    const given = options.sources?.get(abs);
    return {
      name,
      reported: k < named.length,
      rules: rulesFor(config, abs.split(sep).join('/'), memo),
      read: () => {
        const problems: Finding[] = [];
        const text = given ? givenFlowText(given, name, maxBytes, problems) : readFlowText(abs, name, root, maxBytes, problems, fileSize(abs));
        return text === undefined ? { findings: problems } : { text };
      },
    };
  });
  const keep = options.keepReports;
  const aliases = new Map([...config.flows].map(([k, v]) => [k, { ...v, file: relativeName(cwd, v.file) }]));
  return lintProject(sources, {
    aliases,
    bindings: terraformBindings(all, cwd, (abs) => relativeName(cwd, abs)),
    keepModels: (name) => (typeof keep === 'function' ? keep(name) : keep === true),
    nameOf: (file) => relativeName(cwd, file),
  });
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
