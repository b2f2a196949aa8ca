import type { Step } from '../json/simple-path.js';
import type { RuleFunction } from '../rules/function.js';
import type { Position, SeverityOrOff } from '../types.js';
import { type GlobMatcher } from './glob.js';
import { type ConfigProblem, type YNode } from './yaml-tree.js';
/** One `then` clause of a rule, with its function looked up and its options checked and compiled. */
export interface Then {
    /** Spectral's `field`, a dotted member path below each `given` value: split once when the config is read. */
    readonly field?: readonly string[];
    readonly functionName: string;
    readonly fn: RuleFunction<never>;
    readonly options: Readonly<Record<string, unknown>>;
}
export interface Origin {
    readonly file: string;
    readonly at: Position;
}
export interface RuleDefinition {
    readonly id: string;
    readonly description?: string;
    readonly message?: string;
    readonly severity: SeverityOrOff;
    readonly given: readonly GivenPath[];
    readonly then: readonly Then[];
    readonly documentationUrl?: string;
    /** Where the rule was defined, and where its severity/options were last set. */
    readonly definedIn: Origin;
    readonly setIn: Origin;
}
/** A `given` JSONPath, parsed once when the config is read: the steps are all that is ever evaluated. */
export interface GivenPath {
    /** As written in the config, for messages and --print-config. */
    readonly text: string;
    readonly steps: readonly Step[];
    /** Where it was written, for problems found while linting (a path over its caps). */
    readonly at: Origin;
}
/** What a config says about one rule id. */
export type RuleEntry = {
    readonly kind: 'set';
    readonly origin: Origin;
    readonly severity?: SeverityOrOff;
    readonly options?: YNode;
} | {
    readonly kind: 'define';
    readonly rule: RuleDefinition;
};
export interface Override {
    /** The `files` globs, compiled when the config is read. */
    readonly files: readonly GlobMatcher[];
    /** Folder the globs are relative to: the config file's folder. */
    readonly baseDir: string;
    readonly rules: ReadonlyMap<string, RuleEntry>;
    readonly origin: Origin;
}
export interface RulesetFile {
    readonly file: string;
    /** `flows`: references (ARN, id, name) mapped to the repository file (and flow name) they mean. */
    readonly flows: ReadonlyMap<string, {
        readonly file: string;
        readonly name?: string;
    }>;
    readonly extends: ReadonlyArray<{
        readonly ref: string;
        readonly origin: Origin;
    }>;
    readonly rules: ReadonlyMap<string, RuleEntry>;
    readonly overrides: readonly Override[];
}
export declare const SEVERITIES: readonly SeverityOrOff[];
/** Reads and checks one config file's tree. Problems are collected, not thrown, so the user sees them all. */
/** Functions a config may call: the built-ins, plus custom ones loaded by the adapter (see functions.ts). */
export type FunctionRegistry = ReadonlyMap<string, RuleFunction<never>>;
export declare function readRuleset(file: string, baseDir: string, tree: YNode, problems: ConfigProblem[], functions?: FunctionRegistry): RulesetFile;
/** Checks options against the function's declared options and compiles regex strings to ConfigPatterns (RE2). */
export declare function compileOptions(fn: RuleFunction<never>, node: YNode | undefined, fallback: Position, file: string, problems: ConfigProblem[], base?: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined;
export { MAX_PATTERN_INPUT } from './pattern.js';
