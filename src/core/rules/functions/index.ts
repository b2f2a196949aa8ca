import type { RuleFunction } from '../function.js';
import { GENERIC_FUNCTIONS } from './generic.js';
import { RULE_FUNCTIONS } from '../../../rules/index.js';

/** Every built-in function by name: the names a config's `then.function` may use. */
export const BUILTIN_FUNCTIONS: ReadonlyMap<string, RuleFunction<never>> = new Map(
  [
    ...GENERIC_FUNCTIONS,
    ...RULE_FUNCTIONS,
  ].map((f): [string, RuleFunction<never>] => [f.name, f]),
);
