import type { ConfigPattern } from '../../config/pattern.js';
import { type RuleFunction } from '../function.js';
export declare const truthy: RuleFunction<Record<string, never>>;
export declare const falsy: RuleFunction<Record<string, never>>;
export declare const defined: RuleFunction<Record<string, never>>;
export declare const undefinedFn: RuleFunction<Record<string, never>>;
export declare const pattern: RuleFunction<{
    match?: ConfigPattern;
    notMatch?: ConfigPattern;
}>;
export declare const enumeration: RuleFunction<{
    values: Array<string | number | boolean>;
}>;
export declare const length: RuleFunction<{
    min?: number;
    max?: number;
}>;
export declare const GENERIC_FUNCTIONS: ReadonlyArray<RuleFunction<never>>;
