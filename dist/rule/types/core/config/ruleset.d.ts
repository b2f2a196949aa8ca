import type { Step } from '../json/simple-path.js';
import type { RuleFunction } from '../rules/function.js';
import { SEVERITIES } from './config-schema.js';
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
export { SEVERITIES };
/** Functions a config may call: the built-ins, plus custom ones loaded by the adapter (see functions.ts). */
export type FunctionRegistry = ReadonlyMap<string, RuleFunction<never>>;
/**
 * Reads and checks one config file's tree. Problems are collected, not thrown, so the user sees them all.
 * The shape is checked by the config's schema (config-schema.ts, compiled at build time); the reading below
 * skips what the schema reported and checks what a schema cannot: JSONPaths (parsed by the guard), globs,
 * regular expressions (compiled by RE2), function names and each function's options (against the function a
 * rule really runs, which may come from an extended file or a custom function).
 */
export declare function readRuleset(file: string, baseDir: string, tree: YNode, problems: ConfigProblem[], functions?: FunctionRegistry): RulesetFile;
/**
 * Checks options against the function's schema (its validator: generated at build time for the built-in
 * functions, compiled when loaded for a custom one) and compiles regex strings to ConfigPatterns (RE2).
 * `base`: the rule's own options, which `node` is set over.
 */
export declare function compileOptions(fn: RuleFunction<never>, node: YNode | undefined, fallback: Position, file: string, problems: ConfigProblem[], base?: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined;
export { MAX_PATTERN_INPUT } from './pattern.js';
