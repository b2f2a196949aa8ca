import type { RuleDefinition } from '../core/config/ruleset.js';
import { type RuleFunction, type RuleResult } from '../core/rules/function.js';
import type { Report, Rule } from './api.js';
/** Where built-in rule pages live: each rule's folder, whose README.md GitHub shows beside its code. */
export declare const RULE_DOCS_BASE = "https://github.com/connect-flow-lint/connect-flow-lint/blob/main/src/rules/";
/** A rule's page: its meta.docs, else (a built-in rule) its folder's README.md. */
export declare function docsUrl(rule: Rule<never>, builtin?: boolean): string | undefined;
/** The text of a report: its message id's template filled in, or its own message. */
export declare function messageOf(rule: Rule<never>, report: Pick<Report, 'messageId' | 'data' | 'message'>): string;
export declare function resultOf(rule: Rule<never>, report: Report & {
    readonly blockId?: string;
}): RuleResult;
/** The rule as a function of the engine: what a `then.function` runs. */
export declare function functionOf<O>(rule: Rule<O>): RuleFunction<O>;
/** The rule as every config sees it before a ruleset turns it on: defined, with `$` as its target, off. */
export declare function definitionOf(rule: Rule<never>, fn: RuleFunction<never>, builtin?: boolean): RuleDefinition;
