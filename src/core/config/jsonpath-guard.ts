/**
 * Checks a `given` JSONPath from a config before jsonpath-plus ever sees it. Configs come from pull requests:
 * a filter such as `?(@.constructor.constructor('return process')())` must be refused here, not merely
 * fail inside jsonpath-plus's safe evaluator, and a typo must be reported with the column it sits at.
 */

// Names that lead from a value to code or to the process.
const FORBIDDEN_NAMES = /(?<![\w$@])(constructor|__proto__|prototype|process|require|globalThis|global|Function|eval|import|module|exports|this|window|document|Reflect|Proxy|Object|Symbol)(?![\w$])/;

export interface JsonPathProblem {
  /** 0-based offset in the expression. */
  readonly offset: number;
  readonly message: string;
}

const MAX_LENGTH = 2000;

function checkScript(script: string, offset: number): JsonPathProblem | undefined {
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '`') return { offset: offset + i, message: 'template literals are not allowed in a filter' };
    if (c === '(') {
      const before = script.slice(0, i).trimEnd();
      if (/[\w$@)\]]$/.test(before)) return { offset: offset + i, message: 'function calls are not allowed in a filter: compare values with ==, !=, <, >, &&, || instead' };
    }
    if (c === '=' && script[i + 1] !== '=' && !'=!<>'.includes(script[i - 1] ?? '')) {
      return { offset: offset + i, message: 'assignment is not allowed in a filter: use == or === to compare' };
    }
  }
  if (quote) return { offset: offset + script.length, message: 'unterminated string in the filter' };
  const unquoted = script.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (s) => ' '.repeat(s.length));
  const m = FORBIDDEN_NAMES.exec(unquoted);
  if (m) return { offset: offset + m.index, message: `"${m[1]}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')` };
  return undefined;
}

const SIMPLE_ITEM = /^\s*(?:\*|-?\d+|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|-?\d*\s*:\s*-?\d*(?:\s*:\s*-?\d*)?)\s*$/;

/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
export function checkJsonPath(path: string): JsonPathProblem | undefined {
  if (path.length > MAX_LENGTH) return { offset: MAX_LENGTH, message: `the JSONPath is longer than ${MAX_LENGTH} characters` };
  if (!path.startsWith('$')) return { offset: 0, message: 'a JSONPath must start with "$" (the flow document)' };
  let i = 1;
  while (i < path.length) {
    const c = path[i]!;
    if (c === '.') {
      i += path[i + 1] === '.' ? 2 : 1;
      if (path[i] === '[') continue;
      const m = /^(\*|[\w$@-]+|~)/.exec(path.slice(i));
      if (!m) return { offset: i, message: `expected a property name, "*" or "[" after "."` };
      i += m[0].length;
      continue;
    }
    if (c === '[') {
      // Find the matching "]", skipping quoted strings and parenthesised scripts.
      let depth = 0;
      let quote: string | undefined;
      let j = i + 1;
      for (; j < path.length; j++) {
        const d = path[j]!;
        if (quote) {
          if (d === '\\') j++;
          else if (d === quote) quote = undefined;
        } else if (d === '"' || d === "'") quote = d;
        else if (d === '(') depth++;
        else if (d === ')') depth--;
        else if (d === ']' && depth === 0) break;
      }
      if (j >= path.length) return { offset: i, message: 'unclosed "[": add the matching "]"' };
      const inner = path.slice(i + 1, j);
      const script = /^\s*\??\(([\s\S]*)\)\s*$/.exec(inner);
      if (script) {
        const problem = checkScript(script[1] ?? '', i + 1 + inner.indexOf('(') + 1);
        if (problem) return problem;
      } else if (inner.trim() === '' || !inner.split(',').every((part) => SIMPLE_ITEM.test(part))) {
        return { offset: i + 1, message: `"[${inner}]" is not a valid selector: use an index, a quoted name, "*", a slice or a filter ?(...)` };
      }
      i = j + 1;
      continue;
    }
    if (c === '^' || c === '~') {
      i++;
      continue;
    }
    return { offset: i, message: `unexpected "${c}": continue the path with "." or "["` };
  }
  return undefined;
}
