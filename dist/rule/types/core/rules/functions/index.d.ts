import type { RuleFunction } from '../function.js';
/** Every built-in function by name: the names a config's `then.function` may use. */
export declare const BUILTIN_FUNCTIONS: ReadonlyMap<string, RuleFunction<never>>;
