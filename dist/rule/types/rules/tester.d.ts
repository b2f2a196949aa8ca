import type { Finding } from '../core/types.js';
import type { Rule } from './api.js';
/** A flow: the exported JSON as an object (printed with 2-space indentation, so lines are predictable) or as text. */
export type FlowInput = string | Readonly<Record<string, unknown>>;
export interface ValidCase {
    readonly name?: string;
    readonly flow: FlowInput;
    readonly options?: Readonly<Record<string, unknown>>;
}
export interface ExpectedError {
    /** The message id of `meta.messages`; with `data` the whole text is compared, without it the template's fixed parts. */
    readonly messageId?: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly message?: string | RegExp;
    readonly blockId?: string;
    readonly line?: number;
    readonly column?: number;
    readonly severity?: 'error' | 'warn' | 'info';
    readonly evidence?: readonly string[];
}
export interface InvalidCase extends ValidCase {
    readonly errors: readonly ExpectedError[];
}
export interface TestFunctions {
    describe(name: string, body: () => void): unknown;
    it(name: string, body: () => void): unknown;
}
export declare class RuleTester {
    private readonly framework;
    constructor(framework: TestFunctions);
    run<O>(rule: Rule<O>, cases: {
        valid: readonly ValidCase[];
        invalid: readonly InvalidCase[];
    }): void;
}
/** Lints one flow with `rule` alone, its options checked and compiled as a config's would be. */
export declare function lintWith<O>(rule: Rule<O>, c: ValidCase): Finding[];
