import type { Finding } from '../core/types.js';

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab, LF
 * and CR, lone surrogates, U+FFFE/U+FFFF. A flow's text comes from strangers, so a message may carry them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A local escaper: src/reporters/escape.ts (a shared one) did not exist when this was written.
/** Text for an XML attribute or element: markup escaped, characters XML cannot hold shown as \uXXXX. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute values normalise raw line breaks and tabs to spaces: keep them as references.
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

const SEVERITY = { error: 'Error', warn: 'Warning', info: 'Info' } as const;
/** Findings that mean the file was not linted at all. */
const FATAL = new Set(['parse-error', 'file-too-large']);

/**
 * JUnit XML as ESLint's junit formatter writes it: one <testsuite> per linted file, one failing <testcase>
 * per finding (named after the rule; <error> when the file could not be read or parsed, else <failure>), and
 * one passing <testcase> for a file without findings, so CI systems
 * (Jenkins, GitLab, Azure Pipelines, CircleCI) count clean files as passed tests.
 * `files` are the linted files (names as findings give them); files that only have findings are added.
 */
export function formatJunit(findings: readonly Finding[], files: readonly string[] = []): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of files) byFile.set(f, []);
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const [file, list] of byFile) {
    const name = xmlEscape(file);
    // ESLint's classname: the path without its extension.
    const classname = xmlEscape(file.replace(/\.[^./]*$/, ''));
    // ESLint's counts: every finding is a test and counted in "errors" (a clean file is one passing test).
    out.push(`<testsuite package="connect-flow-lint" time="0" tests="${Math.max(1, list.length)}" errors="${list.length}" name="${name}">`);
    if (list.length === 0) out.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
    for (const f of list) {
      // ESLint writes a fatal message (the file could not be parsed) as <error>, the others as <failure>.
      const element = FATAL.has(f.ruleId) ? 'error' : 'failure';
      const where = `line ${f.range.start.line}, col ${f.range.start.column}, ${SEVERITY[f.severity]}`;
      const block = f.blockId !== undefined ? ` [block ${f.blockId}]` : '';
      const flow = f.flowName !== undefined ? ` [flow ${f.flowName}]` : '';
      const doc = f.documentationUrl ? `\n${f.documentationUrl}` : '';
      out.push(
        `<testcase time="0" name="connect-flow-lint.${xmlEscape(f.ruleId)}" classname="${classname}">` +
          `<${element} message="${xmlEscape(f.message)}" type="${f.severity}">${xmlEscape(`${where} - ${f.message} (${f.ruleId})${flow}${block}${doc}`)}</${element}>` +
          '</testcase>',
      );
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
