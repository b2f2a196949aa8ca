import type { Finding } from '../core/types.js';
import type { Rule } from './api.js';
/** A flow: the exported JSON as an object (printed with 2-space indentation, so lines are predictable) or as text. */
export type FlowInput = string | Readonly<Record<string, unknown>>;
/**
 * One flow (`flow`), or several files linted as one repository (`files`, by name: a project rule's case,
 * references between them resolved as in a run over the repository).
 */
export type ValidCase = {
    readonly name?: string;
    readonly options?: Readonly<Record<string, unknown>>;
} & ({
    readonly flow: FlowInput;
    readonly files?: undefined;
} | {
    readonly files: Readonly<Record<string, FlowInput>>;
    readonly flow?: undefined;
});
export interface ExpectedError {
    /** The message id of `meta.messages`: the template's fixed parts are compared, and each placeholder `data` gives. */
    readonly messageId?: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly message?: string | RegExp;
    readonly blockId?: string;
    /** The file of a `files` case the finding is in. */
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;
    readonly severity?: 'error' | 'warn' | 'info';
    readonly evidence?: readonly string[];
}
export type InvalidCase = ValidCase & {
    readonly errors: readonly ExpectedError[];
};
export interface TestFunctions {
    describe(name: string, body: () => void): unknown;
    it(name: string, body: () => Promise<void>): unknown;
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
export declare function lintWith<O>(rule: Rule<O>, c: ValidCase): Promise<Finding[]>;
