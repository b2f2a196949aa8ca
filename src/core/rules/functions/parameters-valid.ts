import { knownParameters, type ParameterShape, type ParameterSpec } from '../../../connect/actions.js';
import { blockRef, closest } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

/** Real exports write numbers and booleans as strings ("8", "True"); a value is checked for what it denotes. */
function shapeProblem(shape: ParameterShape, v: unknown, params: Readonly<Record<string, unknown>>): string | undefined {
  switch (shape) {
    case 'string':
      return typeof v === 'string' ? undefined : 'must be a string';
    case 'number':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (/^-?\d+(\.\d+)?$/.test(v.trim()) || v.includes('$') || v.includes('${'))) ? undefined : 'must be a number';
    case 'boolean':
      return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) || (typeof v === 'string' && v.includes('$')) ? undefined : 'must be true or false';
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of names, e.g. ["FirstName", "Province"]';
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object';
    case 'timeoutSeconds1to8': {
      const invocation = Object.hasOwn(params, 'InvocationType') ? String(params['InvocationType']).toUpperCase() : 'SYNCHRONOUS';
      if (invocation !== 'SYNCHRONOUS') return undefined;
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
      if (typeof v === 'string' && v.includes('$')) return undefined;
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

/** Missing required parameters (error), values the service rejects, and unknown parameter names (reported as warnings by default). */
export const parametersValid = defineFunction<{ unknownParameters?: boolean; ignoreTypes?: string[] }>({
  name: 'parametersValid',
  options: {
    unknownParameters: { type: 'boolean', description: 'also report parameter names the table does not know (default true)' },
    ignoreTypes: { type: 'string[]', description: 'action types not to check' },
  },
  run: (_target, options, { flow }) => {
    const results: RuleResult[] = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      if (options.ignoreTypes?.includes(a.type)) continue;
      const spec = a.spec?.parameters;
      if (!spec) continue;
      const p = a.parameters;
      const { required, shapes, known } = prepared(spec, a.type);
      for (let r = 0; r < required.length; r++) {
        const name = required[r]!;
        if (Object.hasOwn(p, name) && p[name] !== '' && p[name] !== null) continue;
        results.push({
          message: `${blockRef(a)} has no "${name}", which ${a.type} requires: the service rejects the flow. Set it.`,
          path: [...a.path, Object.hasOwn(a.raw, 'Parameters') ? 'Parameters' : 'Identifier'],
          blockId: a.id,
          values: { parameter: name, kind: 'missing' },
        });
      }
      for (let k = 0; k < shapes.length; k++) {
        const name = shapes[k]![0];
        const shape = shapes[k]![1];
        if (!Object.hasOwn(p, name)) continue;
        const problem = shapeProblem(shape, p[name], p);
        if (!problem) continue;
        results.push({
          message: `${blockRef(a)}: "${name}" ${problem}, not ${JSON.stringify(p[name])?.slice(0, 60)}.`,
          path: [...a.path, 'Parameters', name],
          part: 'key',
          blockId: a.id,
          values: { parameter: name, kind: 'value' },
        });
      }
      if (options.unknownParameters === false) continue;
      if (!known || known.size === 0) continue;
      for (const name in p) {
        if (!Object.hasOwn(p, name) || known.has(name)) continue;
        const near = closest(name, known);
        results.push({
          message: `${blockRef(a)} has the parameter "${name}", which ${a.type} does not take${near ? `: did you mean "${near}"?` : ''} The service rejects unknown parameters at import.`,
          path: [...a.path, 'Parameters', name],
          blockId: a.id,
          severity: 'warn',
          values: { parameter: name, kind: 'unknown' },
        });
      }
    }
    return results;
  },
});
