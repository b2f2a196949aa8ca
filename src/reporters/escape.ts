/**
 * The one place text from a flow, a file name or a config is made safe for where it is printed. Everything
 * in a pull request comes from strangers: a flow name may hold a newline and `::error …` (a workflow command
 * on the runner), terminal escapes (ANSI CSI, OSC 8 links, C1 controls), bidi overrides that make a reviewer
 * read text in another order, or Markdown and HTML that pings a team or closes a section of the comment.
 *
 * Each context has its own function; all of them first make controls visible (`visible`), so nothing from a
 * flow reaches a terminal, a log or a page as a control character.
 */

/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi controls (marks,
 * embeddings, overrides, isolates): characters that move the cursor, change how a terminal or a page shows
 * the text around them, or are invisible yet change its meaning.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, without LF: for text that may span lines (the line starts are checked instead). */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\t`, `\x1b`, `\u202e`: the character written so a reader sees it, as JavaScript would write it. */
function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text with every control, separator and bidi character written out (`\n`, `\x1b`, `\u202e`). */
export function visible(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/**
 * A line that GitHub's runner would read as a workflow command (`::name …::`, or the old `##[name]` form),
 * after the leading whitespace the runner trims. Its first character is written `\x3a` / `\x23`.
 */
const COMMAND_LINE = /^(\s*)(::|##\[)/;
function defuseLine(line: string): string {
  return line.replace(COMMAND_LINE, (_, space: string, start: string) => `${space}${start === '::' ? '\\x3a:' : '\\x23#['}`);
}

/**
 * Text for a terminal or a CI log, one line: controls written out, and it cannot start with `::`. For a
 * single field (a file name, a flow name, a message) that may then be embedded in a line.
 */
export function terminalText(text: string): string {
  return defuseLine(visible(text));
}

/**
 * Text for a terminal or a CI log that may hold several lines of our own (an error with a hint below it):
 * LF is kept, every other control is written out, and no line may start as a workflow command.
 */
export function terminalLines(text: string): string {
  return text.replace(CONTROL_BUT_LF, escapeChar).split('\n').map(defuseLine).join('\n');
}

/** Text of several lines for a plain-text field (a check-run annotation): LF kept, every other control written out. */
export function visibleLines(text: string): string {
  return text.replace(CONTROL_BUT_LF, escapeChar);
}

/**
 * The message of a workflow command (`::error …::MESSAGE`), escaped as @actions/core does (% CR LF, which the
 * runner decodes) after every other control is written out: line breaks stay line breaks in the annotation,
 * but nothing can end the command early or reach the log as an escape sequence.
 */
export function commandData(text: string): string {
  return text
    .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=…`, `title=…`): one line, and `:` and `,` escaped too. */
export function commandProperty(text: string): string {
  return visible(text).replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Text inside HTML or Markdown prose (a `<summary>`, a list item, a note; never an attribute): one line,
 * controls written out, `&`, `<` and `>` as entities, and a zero-width space (as an entity) defusing what
 * GitHub would turn into a link or a ping on its own: @mentions, #123 references, bare URLs (`://`,
 * `www.`, even inside a word, as some renderers link it there) and e-mail addresses.
 */
export function htmlText(text: string): string {
  return visible(text.replace(/[\r\n\t]+/g, ' ')).replace(/[&<>]|@|#(?=\w)|:\/\/|www\./gi, (m) => {
    switch (m) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '@': return '@&#8203;';
      case '#': return '#&#8203;';
      case '://': return ':&#8203;//';
      default: return `${m.slice(0, 3)}&#8203;.`; // www.
    }
  });
}

/**
 * Text for Markdown prose or a table cell: backslashes before Markdown punctuation and `|` (and before a
 * list, heading or underline mark that starts the text), then the HTML escaping above (so no emphasis,
 * link, image, code span, heading, list, HTML or ping comes from the text).
 */
export function markdownText(text: string): string {
  // Also what would start a block where the text starts a line (a note): a heading, a list item, a setext underline.
  const escaped = text.replace(/[\\`*_[\]|~!$#]/g, '\\$&').replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space: string, mark: string) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`);
  return htmlText(escaped);
}

/**
 * An inline code span holding the text exactly: a fence of more backticks than any run inside it, and
 * padding when the text starts or ends with a backtick or a space, as CommonMark reads them. Controls are
 * written out first, so the span is one line: it cannot end at a blank line and let the rest of the text
 * be read as Markdown (a live @mention, a `</details>`). Inside a code span GitHub links and pings nothing.
 */
export function codeSpan(text: string): string {
  const t = visible(text);
  if (t === '') return '` `';
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Inline code for a GitHub comment or summary: `<code>` around the text escaped as Markdown prose
 * (markdownText), so the raw text of a flow never appears, not even `</details>` or `@team` inside a code
 * span, and a reader still sees it exactly (bar the zero-width spaces that defuse pings and links).
 */
export function htmlCode(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}

/**
 * JSON text (already produced by JSON.stringify, which escapes C0 but not DEL, C1, the separators or the
 * bidi controls) with those written as `\uXXXX` escapes: the same JSON value, nothing raw for a terminal.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A Graphviz DOT string literal: quotes and backslashes escaped, newlines as DOT's `\n`, other controls written out. */
export function dotString(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => visible(l).replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
  return `"${lines.join('\\n')}"`;
}

/** SARIF `artifactLocation.uri`: each path segment percent-encoded, so `#`, `%`, `?` or `%2e%2e%2f` stay part of the name. */
export function uriPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
