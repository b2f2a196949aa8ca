import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { BUILTIN_PREFIX, rulesFor, type ActiveRule, type ResolvedConfig } from '../core/config/resolve.js';
import { lintText, type FileReport } from '../core/lint.js';
import { compareFindings, type Finding } from '../core/types.js';

/** Larger files are reported, not read: a real flow is at most 256,000 characters of Content. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LintRun {
  /** Every finding, sorted by file and position. */
  readonly findings: Finding[];
  /** One report per file that could be read. */
  readonly reports: FileReport[];
  readonly flows: number;
}

/** A path as findings name it: relative to the working directory, with forward slashes. */
export function relativeName(cwd: string, file: string): string {
  if (file.startsWith(BUILTIN_PREFIX)) return file;
  const r = relative(cwd, file);
  return (r.startsWith('..') ? file : r).split(sep).join('/');
}

/**
 * Reads and lints files one at a time (the adapter side of the core: it does the I/O). A file that cannot
 * be read or is over the size limit becomes a finding, and the run goes on.
 */
export function lintFiles(files: readonly string[], config: ResolvedConfig, cwd: string, options: { maxFileBytes?: number; keepReports?: boolean } = {}): LintRun {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const findings: Finding[] = [];
  const reports: FileReport[] = [];
  const memo = new Map<string, ActiveRule[]>();
  let flows = 0;
  for (const abs of files) {
    const name = relativeName(cwd, abs);
    const text = readFlowText(abs, name, maxBytes, findings);
    if (text === undefined) continue;
    const report = lintText(name, text, rulesFor(config, abs.split(sep).join('/'), memo));
    flows += report.flows;
    findings.push(...report.findings);
    // Models are kept only when a reporter will draw them; a CLI run over thousands of files drops them.
    reports.push(options.keepReports ? report : { ...report, models: [] });
  }
  findings.sort(compareFindings);
  return { findings, reports, flows };
}

function readFlowText(abs: string, name: string, maxBytes: number, findings: Finding[]): string | undefined {
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  try {
    const size = statSync(abs).size;
    if (size > maxBytes) {
      findings.push({ ruleId: 'file-too-large', severity: 'error', file: name, range: at, message: `the file is ${size} bytes, over the ${maxBytes}-byte limit, and was not linted: raise the size limit (--max-file-size) if it really is a flow` });
      return undefined;
    }
    return readFileSync(abs, 'utf8');
  } catch (e) {
    findings.push({ ruleId: 'parse-error', severity: 'error', file: name, range: at, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  }
}
