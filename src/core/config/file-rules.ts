import type { RuleDefinition } from './ruleset.js';

const DOCS = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/';

/**
 * Rules the file reader raises, not a rule function: every config has them, so a config or --rule can set
 * their severity or turn them off, per file through overrides like any rule. `parse-error` is not one of them:
 * a file that cannot be read was never linted, and turning that off would make it a silent pass.
 */
export const FILE_RULES: readonly RuleDefinition[] = [
  ['legacy-format', 'warn', 'The file is a legacy (pre-2020) flow-designer export, which the rules cannot check.'],
  ['unsupported-content', 'warn', "A CloudFormation flow resource's Content is built in a way the linter cannot read, so the flow was not checked."],
  ['file-too-large', 'error', 'The file is over the size limit (--max-file-size) and was not read.'],
].map(([id, severity, description]) => {
  const origin = { file: 'connect-flow-lint:built-in', at: { line: 1, column: 1 } };
  return Object.freeze({ id: id!, severity: severity as 'warn' | 'error', description: description!, given: [], then: [], documentationUrl: `${DOCS}${id}.md`, definedIn: origin, setIn: origin });
});

export const FILE_RULE_IDS: ReadonlySet<string> = new Set(FILE_RULES.map((r) => r.id));
