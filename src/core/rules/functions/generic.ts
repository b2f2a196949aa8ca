import type { ConfigPattern } from '../../config/pattern.js';
import { defineFunction, type RuleFunction } from '../function.js';

/** Generic functions for JSONPath rules, with Spectral's names and meanings. */

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export const truthy = defineFunction<Record<string, never>>({
  name: 'truthy',
  run: (target) => (target ? [] : [{ message: 'must be set to a non-empty value' }]),
});

export const falsy = defineFunction<Record<string, never>>({
  name: 'falsy',
  run: (target) => (target ? [{ message: `must not be set (is ${show(target)})` }] : []),
});

export const defined = defineFunction<Record<string, never>>({
  name: 'defined',
  run: (target) => (target === undefined ? [{ message: 'must be present' }] : []),
});

export const undefinedFn = defineFunction<Record<string, never>>({
  name: 'undefined',
  run: (target) => (target !== undefined ? [{ message: 'must not be present' }] : []),
});

export const pattern = defineFunction<{ match?: ConfigPattern; notMatch?: ConfigPattern }>({
  name: 'pattern',
  options: {
    type: 'object',
    properties: {
      match: { type: 'string', format: 'regex', description: 'the value must match this regular expression' },
      notMatch: { type: 'string', format: 'regex', description: 'the value must not match this regular expression' },
    },
    anyOf: [{ required: ['match'] }, { required: ['notMatch'] }],
    additionalProperties: false,
  },
  run: (target, o) => {
    if (typeof target !== 'string' && typeof target !== 'number' && typeof target !== 'boolean') return [];
    const text = String(target);
    const out = [];
    if (o.match && !o.match.test(text)) out.push({ message: `${show(target)} must match /${o.match.source}/` });
    if (o.notMatch && o.notMatch.test(text)) out.push({ message: `${show(target)} must not match /${o.notMatch.source}/` });
    return out;
  },
});

export const enumeration = defineFunction<{ values: Array<string | number | boolean> }>({
  name: 'enumeration',
  options: {
    type: 'object',
    properties: { values: { type: 'array', items: { type: ['string', 'number', 'boolean'] }, description: 'the allowed values' } },
    required: ['values'],
    additionalProperties: false,
  },
  run: (target, o) => {
    if (target === undefined) return [];
    return o.values.includes(target as string) ? [] : [{ message: `${show(target)} must be one of ${o.values.map(show).join(', ')}` }];
  },
});

export const length = defineFunction<{ min?: number; max?: number }>({
  name: 'length',
  options: {
    type: 'object',
    properties: {
      min: { type: 'number', description: 'smallest allowed length (strings, arrays, object keys) or value (numbers)' },
      max: { type: 'number', description: 'largest allowed length or value' },
    },
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
    additionalProperties: false,
  },
  run: (target, o) => {
    let n: number;
    if (typeof target === 'string' || Array.isArray(target)) n = target.length;
    else if (typeof target === 'number') n = target;
    else if (typeof target === 'object' && target !== null) n = Object.keys(target).length;
    else return [];
    if (o.min !== undefined && n < o.min) return [{ message: `is ${n} long, shorter than ${o.min}` }];
    if (o.max !== undefined && n > o.max) return [{ message: `is ${n} long, longer than ${o.max}` }];
    return [];
  },
});

export const GENERIC_FUNCTIONS: ReadonlyArray<RuleFunction<never>> = [truthy, falsy, defined, undefinedFn, pattern, enumeration, length];
