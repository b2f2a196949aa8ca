import { checkedAgainstExports, hasEvidence, knownParameters, type ParameterShape, type ParameterSpec } from '../../connect/actions.js';
import { isFilledLater } from '../../core/source/placeholders.js';
import { closest } from '../../core/rules/describe.js';
import { defineRule, type Names } from '../api.js';

/** Real exports write numbers and booleans as strings ("8", "True"); a value is checked for what it denotes. */
function shapeProblem(shape: ParameterShape, v: unknown, params: Readonly<Record<string, unknown>>): string | undefined {
  switch (shape) {
    case 'string':
      return typeof v === 'string' ? undefined : 'must be a string';
    case 'number':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (/^-?\d+(\.\d+)?$/.test(v.trim()) || isFilledLater(v))) ? undefined : 'must be a number';
    case 'boolean':
      return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) || (typeof v === 'string' && isFilledLater(v)) ? undefined : 'must be true or false';
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of strings';
    case 'fieldNames':
      return (Array.isArray(v) && v.every((x) => typeof x === 'string')) || (typeof v === 'object' && v !== null && !Array.isArray(v))
        ? undefined
        : 'must be a list of field names, e.g. ["FirstName", "Province"]';
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object';
    case 'timeoutSeconds1to8': {
      const invocation = Object.hasOwn(params, 'InvocationType') ? String(params['InvocationType']).toUpperCase() : 'SYNCHRONOUS';
      if (invocation !== 'SYNCHRONOUS') return undefined;
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
      if (typeof v === 'string' && isFilledLater(v)) return undefined;
      return Number.isInteger(n) && n >= 1 && n <= 8 ? undefined : 'must be a whole number of seconds from 1 to 8 for a synchronous Lambda call';
    }
  }
}

/** What the rule needs of a type's parameters, worked out once per type rather than once per block. */
interface Prepared {
  readonly required: readonly string[];
  readonly shapes: ReadonlyArray<readonly [string, ParameterShape]>;
  readonly known: ReadonlySet<string> | undefined;
}

const PREPARED = new WeakMap<ParameterSpec, Prepared>();

function prepared(spec: ParameterSpec, type: string): Prepared {
  let p = PREPARED.get(spec);
  if (!p) PREPARED.set(spec, (p = { required: spec.required ?? [], shapes: Object.entries(spec.shapes ?? {}), known: knownParameters(type) }));
  return p;
}

/**
 * A near miss of a known name: the same name in other letter case, or one or two edits away (one for short
 * names). A looser match would "correct" parameters the console writes that the table has not seen yet.
 */
function nearMiss(name: string, known: ReadonlySet<string>): string | undefined {
  const lower = name.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return k;
  return closest(name, known, name.length <= 6 ? 1 : 2);
}

/**
 * Missing or empty required parameters and values of the wrong shape (errors, only for entries checked against
 * real exports); parameter names that are a near miss of a known name or a known earlier name (warnings); with
 * `unseenParameters`, names the table has never seen (info).
 */
export default defineRule<{ unknownParameters?: boolean; unseenParameters?: boolean; ignoreTypes?: string[] }>({
  meta: {
    id: 'parameters-valid',
    description: 'Blocks have their required parameters, values of the right shape, and no unknown parameter names (warnings).',
    severity: 'error',
    functionName: 'parametersValid',
    options: {
      type: 'object',
      properties: {
        unknownParameters: { type: 'boolean', description: 'report parameter names that are a near miss of a known name or a known earlier name (default true)' },
        unseenParameters: { type: 'boolean', description: 'also note, as info, parameter names the table has never seen (default false; on in strict)' },
        ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
      },
      additionalProperties: false,
    },
    // {{unless}} is empty, or names the parameters that make this one optional: ` (unless "TaskTemplateId" is set)`.
    messages: {
      missing: '{{block}} has no "{{parameter}}", which {{type}} requires{{unless}}: set it.',
      empty: '{{block}}: "{{parameter}}" is {{emptiness}}, and {{type}} needs a value there{{unless}}: fill it in.',
      shape: '{{block}}: "{{parameter}}" {{problem}}, not {{value}}.',
      legacy: '{{block}} has the parameter "{{parameter}}", which real {{type}} exports write as "{{replacement}}": rename it.',
      nearMiss: '{{block}} has the parameter "{{parameter}}", which {{type}} does not take: did you mean "{{near}}"?',
      unseen: "{{block}} has the parameter \"{{parameter}}\", which the linter's table for {{type}} does not list (it may be newer than this release).",
    },
  },
  check({ flow, options, report }) {
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      if (options.ignoreTypes?.includes(a.type)) continue;
      // An entry that does not say how it knows raises nothing.
      if (!hasEvidence(a.spec)) continue;
      const spec = a.spec.parameters;
      if (!spec) continue;
      const p = a.parameters;
      const { required, shapes, known } = prepared(spec, a.type);
      const block = (n: Names): string => n.ref(a);
      // Required parameters and value shapes come from what real exports write: the reference alone has named
      // parameters the service does not take (Wait's TimeoutSeconds).
      const sure = checkedAgainstExports(a.spec);
      for (let r = 0; sure && r < required.length; r++) {
        const name = required[r]!;
        const v = Object.hasOwn(p, name) ? p[name] : undefined;
        if (v !== undefined && v !== null && v !== '') continue;
        const unlessList = spec.requiredUnless?.[name];
        if (unlessList?.some((other) => Object.hasOwn(p, other) && p[other] !== '' && p[other] !== null)) continue;
        const unless = unlessList ? ` (unless ${unlessList.map((o) => `"${o}"`).join(' or ')} is set)` : '';
        const data = (n: Names) => ({ block: block(n), parameter: name, type: a.type, unless });
        report({
          ...(v === undefined ? { messageId: 'missing', data } : { messageId: 'empty', data: (n: Names) => ({ ...data(n), emptiness: v === '' ? 'empty' : 'null' }) }),
          block: a,
          path: v === undefined ? [...a.path, Object.hasOwn(a.raw, 'Parameters') ? 'Parameters' : 'Identifier'] : [...a.path, 'Parameters', name],
          facts: { parameter: name, kind: v === undefined ? 'missing' : 'empty' },
        });
      }
      for (let k = 0; sure && k < shapes.length; k++) {
        const name = shapes[k]![0];
        const shape = shapes[k]![1];
        if (!Object.hasOwn(p, name)) continue;
        const problem = shapeProblem(shape, p[name], p);
        if (!problem) continue;
        report({
          messageId: 'shape',
          data: (n) => ({ block: block(n), parameter: name, problem, value: n.text(JSON.stringify(p[name]) ?? String(p[name]), 0.75) }),
          block: a,
          path: [...a.path, 'Parameters', name],
          part: 'key',
          facts: { parameter: name, kind: 'value' },
        });
      }
      if (options.unknownParameters === false || !known || known.size === 0) continue;
      for (const name in p) {
        if (!Object.hasOwn(p, name) || known.has(name)) continue;
        const replacement = spec.legacy?.[name];
        const near = replacement ?? nearMiss(name, known);
        const at = { block: a, path: [...a.path, 'Parameters', name] } as const;
        if (near !== undefined) {
          report({
            ...(replacement
              ? { messageId: 'legacy', data: (n: Names) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, replacement }) }
              : { messageId: 'nearMiss', data: (n: Names) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, near: near! }) }),
            ...at,
            severity: 'warn',
            facts: { parameter: name, kind: replacement ? 'legacy' : 'unknown', suggestion: near },
          });
        } else if (options.unseenParameters === true) {
          // Console exports write parameters newer than any table: a name never seen is a note, not a defect.
          report({ messageId: 'unseen', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type }), ...at, severity: 'info', facts: { parameter: name, kind: 'unseen' } });
        }
      }
    }
  },
});
