/**
 * What a Terraform configuration says about the flow files beside it: each `aws_connect_contact_flow` and
 * `aws_connect_contact_flow_module` resource names a flow (`name`), its file (`filename`, `file(…)`,
 * `templatefile(…)`), and what each templatefile() variable is filled with (`queue_flow_arn =
 * aws_connect_contact_flow.queue.arn`). That is how a repository's flows name each other at deploy time, so
 * the call graph can follow them. Pure and linear: a small scanner over the text, not an HCL parser; what it
 * cannot read (for_each, computed paths) it leaves out rather than guesses.
 */

export interface TerraformFlow {
  /** The resource address others use: `aws_connect_contact_flow.main`. */
  readonly address: string;
  /** The flow's name when it is a plain string. */
  readonly name?: string;
  /** The flow file, relative to the folder of the .tf file, with forward slashes. */
  readonly file?: string;
  /** templatefile() variables and the expression each is given. */
  readonly variables: ReadonlyMap<string, string>;
  /** 1-based line of the resource. */
  readonly line: number;
}

const FLOW_RESOURCES = /\bresource\s+"(aws_connect_contact_flow(?:_module)?)"\s+"([A-Za-z_][\w-]*)"\s*\{/g;

/** Index just past the `}` that closes the block whose body starts at `from` (strings, heredocs, comments skipped); -1 if none. */
function blockEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) i = lineEnd(text, i);
    else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? text.length : e + 1;
    } else if (c === '<' && text[i + 1] === '<') i = heredocEnd(text, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/** Index of the closing quote of the string opening at `i` (interpolations may hold quotes of their own). */
function stringEnd(text: string, i: number): number {
  let depth = 0;
  for (let k = i + 1; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '$' && text[k + 1] === '{') {
      depth++;
      k++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === '"' && depth === 0) return k;
    else if (c === '\n' && depth === 0) return k;
  }
  return text.length;
}

/** Index of the last character of a heredoc (`<<EOF` … `EOF`, `<<-EOF`) opening at `i`. */
function heredocEnd(text: string, i: number): number {
  const m = /^<<-?([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
  if (!m) return i + 1;
  const close = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'm');
  const rest = text.slice(i + m[0].length);
  const found = close.exec(rest);
  return found ? i + m[0].length + found.index + found[0].length - 1 : text.length;
}

/** The top-level `key = value` attributes of a block body, values as raw text. */
function attributes(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^[ \t\r\n]*([A-Za-z_][\w-]*)[ \t]*=(?!=)[ \t]*/.exec(body.slice(i, i + 300));
    if (!m) {
      // Not an attribute (a nested block, a comment): skip that line, and a nested block whole.
      const brace = body.indexOf('{', i);
      const nl = body.indexOf('\n', i);
      if (brace >= 0 && (nl < 0 || brace < nl)) {
        const end = blockEnd(body, brace + 1);
        i = end < 0 ? body.length : end;
      } else i = nl < 0 ? body.length : nl + 1;
      continue;
    }
    const start = i + m[0].length;
    const end = valueEnd(body, start);
    out.set(m[1]!, body.slice(start, end).trim());
    i = end + 1;
  }
  return out;
}

/** End of an expression starting at `i`: the end of its line, past any brackets, strings and heredocs it opens. */
function valueEnd(text: string, i: number): number {
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '"') k = stringEnd(text, k);
    else if (c === '<' && text[k + 1] === '<') k = heredocEnd(text, k);
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if ((c === '\n' || (c === ',' && depth === 0)) && depth <= 0) return k;
    else if (c === '#' && depth <= 0) return k;
  }
  return text.length;
}

/** A plain string literal's value (no interpolation but the folder ones), or undefined. */
function literal(value: string | undefined, folderVars: boolean): string | undefined {
  if (!value) return undefined;
  const m = /^"((?:[^"\\$]|\\.|\$(?!\{))*(?:\$\{path\.(?:module|root|cwd)\}(?:[^"\\$]|\\.|\$(?!\{))*)*)"$/.exec(value);
  if (!m) return undefined;
  const s = m[1]!.replace(/\\(.)/g, '$1');
  if (!folderVars && s.includes('${')) return undefined;
  return s.replace(/^\$\{path\.(?:module|root|cwd)\}\/?/, '').replace(/^\.\//, '');
}

/** The file a `content`/`filename` expression reads, and the variables a templatefile() call passes. */
function fileOf(attrs: Map<string, string>): { file?: string; variables: Map<string, string> } {
  const variables = new Map<string, string>();
  const filename = literal(attrs.get('filename'), true);
  if (filename) return { file: filename, variables };
  const content = attrs.get('content');
  if (!content) return { variables };
  const call = /^(templatefile|file)\(\s*/.exec(content);
  if (!call) return { variables };
  const argStart = call[0].length;
  const argEnd = valueEnd(content, argStart);
  const file = literal(content.slice(argStart, argEnd).trim(), true);
  if (call[1] === 'templatefile') {
    const rest = content.slice(argEnd + 1).trim();
    if (rest.startsWith('{')) {
      const end = blockEnd(rest, 1);
      for (const [k, v] of attributes(rest.slice(1, end < 0 ? rest.length : end - 1))) variables.set(k, v);
    }
  }
  return { ...(file ? { file } : {}), variables };
}

export function terraformFlows(text: string): TerraformFlow[] {
  const flows: TerraformFlow[] = [];
  FLOW_RESOURCES.lastIndex = 0;
  for (let m = FLOW_RESOURCES.exec(text); m; m = FLOW_RESOURCES.exec(text)) {
    const bodyStart = m.index + m[0].length;
    const end = blockEnd(text, bodyStart);
    if (end < 0) break;
    const attrs = attributes(text.slice(bodyStart, end - 1));
    const name = literal(attrs.get('name'), false);
    const { file, variables } = fileOf(attrs);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    flows.push({ address: `${m[1]}.${m[2]}`, ...(name !== undefined ? { name } : {}), ...(file !== undefined ? { file } : {}), variables, line });
    FLOW_RESOURCES.lastIndex = end;
  }
  return flows;
}
