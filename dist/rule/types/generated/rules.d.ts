import type { Rule } from '../rules/api.js';
export declare const BUILTIN_RULES: ReadonlyArray<Rule<never>>;
