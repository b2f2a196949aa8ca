import type { Severity } from '../types.js';
import { type FunctionRegistry, type Origin, type Override, type RuleDefinition } from './ruleset.js';
import { type YNode } from './yaml-tree.js';
/** A config source the adapter has read: a file's text, or a built-in ruleset's. */
export interface ConfigText {
    /** Absolute path with forward slashes, or "connect-flow-lint:<name>" for a built-in. */
    readonly file: string;
    readonly text: string;
    /** `text` already parsed: the built-in rulesets are parsed at build time. */
    readonly tree?: YNode;
}
/** Reads what an `extends` entry names; throws an Error whose message says what went wrong. */
export type ConfigLoader = (ref: string, fromFile: string) => ConfigText;
export interface ResolvedConfig {
    /** The config files that make it up, base first. */
    readonly files: readonly string[];
    readonly rules: ReadonlyMap<string, RuleDefinition>;
    readonly overrides: readonly Override[];
    /** The `flows` maps of every config file, later files winning: absolute file paths. */
    readonly flows: ReadonlyMap<string, {
        readonly file: string;
        readonly name?: string;
    }>;
}
export declare const BUILTIN_PREFIX = "connect-flow-lint:";
/**
 * Resolves a config and everything it extends. Pure: `load` does the reading. Throws ConfigError with every
 * problem found, each with file, line and column.
 */
/** `customRules`: the rules of the rule modules the rulesets load (`functions:`), defined like the built-in ones. */
export declare function resolveConfig(entry: ConfigText, load: ConfigLoader, functions?: FunctionRegistry, customRules?: readonly RuleDefinition[]): ResolvedConfig;
export interface ActiveRule extends RuleDefinition {
    readonly severity: Severity;
}
/**
 * The rules that apply to one file (absolute, forward slashes): the config's rules with every matching
 * override applied in order. Memoised by the set of matching overrides, which is what determines the result.
 */
export declare function rulesFor(config: ResolvedConfig, file: string, memo?: Map<string, ActiveRule[]>): ActiveRule[];
/** Every rule as it stands for one file once its overrides are applied, including the rules they turn off. */
export declare function effectiveRules(config: ResolvedConfig, file: string): RuleDefinition[];
export declare function describeOrigin(o: Origin): string;
