/**
 * Flow data references and comparisons, as the simulator reads them. References are `$.A.b` or
 * `$['A']['b']`, whole or embedded in text; the end of an embedded reference is not documented, so one ends
 * at the first character that is not a letter, digit or underscore after a dot (a sentence's full stop stays
 * text). Comparisons are exact (case- and code-point-sensitive), as Amazon Connect's are.
 */

const REF = /\$(?:\.[A-Za-z0-9_]+|\[(?:'[^']*'|"[^"]*")\])+/g;
const WHOLE_REF = /^\$(?:\.[A-Za-z0-9_]+|\[(?:'[^']*'|"[^"]*")\])+$/;
const SEGMENT = /\.([A-Za-z0-9_]+)|\[(?:'([^']*)'|"([^"]*)")\]/g;
/** Terraform/CloudFormation placeholders: `${name}`. */
const PLACEHOLDER = /\$\{([^}]{1,200})\}/g;

export function isWholeRef(text: string): boolean {
  return WHOLE_REF.test(text);
}

/** `$.Customer['Province']` → ['Customer', 'Province']. */
export function refSegments(ref: string): string[] {
  const out: string[] = [];
  for (const m of ref.slice(1).matchAll(SEGMENT)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** Replaces every `${name}` with `fill(name)`, and every reference with `read(segments, ref)`. */
export function render(text: string, fill: (name: string) => string, read: (segments: string[], ref: string) => string): string {
  const filled = text.includes('${') ? text.replace(PLACEHOLDER, (_, name: string) => fill(name.trim())) : text;
  if (!filled.includes('$')) return filled;
  return filled.replace(REF, (ref) => read(refSegments(ref), ref));
}

/** The last segment of an ARN (`…/queue/abc` → `abc`), or the text itself. */
export function shortId(value: string): string {
  if (!value.startsWith('arn:')) return value;
  const slash = value.lastIndexOf('/');
  return slash >= 0 ? value.slice(slash + 1) : value.slice(value.lastIndexOf(':') + 1);
}

/** Whether a scenario's name for a resource (ARN, id or name) names `value`. */
export function sameResource(key: string, value: string): boolean {
  return key === value || shortId(key) === shortId(value);
}

export const OPERATORS = ['Equals', 'TextContains', 'TextStartsWith', 'TextEndsWith', 'NumberGreaterThan', 'NumberLessThan', 'NumberGreaterOrEqualTo', 'NumberLessOrEqualTo'] as const;

const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * Whether `value` satisfies `operator operand`. Returns a string explaining why it cannot be decided (an
 * unknown operator, a number comparison on text: what Connect does then is not documented, so the
 * scenario stops rather than guess).
 */
export function compare(operator: string, value: string, operand: string): boolean | string {
  switch (operator) {
    case 'Equals':
      return value === operand;
    case 'TextContains':
      return value.includes(operand);
    case 'TextStartsWith':
      return value.startsWith(operand);
    case 'TextEndsWith':
      return value.endsWith(operand);
    case 'NumberGreaterThan':
    case 'NumberLessThan':
    case 'NumberGreaterOrEqualTo':
    case 'NumberLessOrEqualTo': {
      if (!NUMBER.test(value) || !NUMBER.test(operand)) return `${operator} compares numbers, but the value is ${JSON.stringify(value)} and the operand ${JSON.stringify(operand)} (what Amazon Connect does with text here is not documented)`;
      const a = Number(value);
      const b = Number(operand);
      return operator === 'NumberGreaterThan' ? a > b : operator === 'NumberLessThan' ? a < b : operator === 'NumberGreaterOrEqualTo' ? a >= b : a <= b;
    }
    default:
      return `the operator ${JSON.stringify(operator)} is not one the simulator knows (${OPERATORS.join(', ')})`;
  }
}

/** True/"True"/"true" and the like, as exports write booleans. */
export function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '';
  return JSON.stringify(v);
}
