import type { RuleDefinition } from './ruleset.js';
/**
 * Rules the file reader raises, not a rule function: every config has them, so a config or --rule can set
 * their severity or turn them off, per file through overrides like any rule. `parse-error` is not one of them:
 * a file that cannot be read was never linted, and turning that off would make it a silent pass.
 */
export declare const FILE_RULES: readonly RuleDefinition[];
export declare const FILE_RULE_IDS: ReadonlySet<string>;
