import type { RuleDefinition } from '../core/config/ruleset.js';
import type { RuleFunction } from '../core/rules/function.js';
import { BUILTIN_RULES } from '../generated/rules.js';
import { definitionOf, functionOf } from './adapter.js';

export { BUILTIN_RULES };

/** Each built-in rule's check as a function a ruleset's own rule may name (`then.function`). */
export const RULE_FUNCTIONS: ReadonlyArray<RuleFunction<never>> = BUILTIN_RULES.map((r) => functionOf(r));

/** Every built-in rule as defined before any ruleset sets it: off, with its description and docs. */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = BUILTIN_RULES.map((r, k) => definitionOf(r, RULE_FUNCTIONS[k]!));
