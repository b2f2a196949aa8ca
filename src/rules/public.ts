/**
 * `connect-flow-lint/rule`: what a rule author imports. The same API the built-in rules use (src/rules/<id>/),
 * and the RuleTester their tests use.
 */
export { defineRule } from './api.js';
export type { Action, EntryProfile, Flow, JsonPath, Names, OptionSchema, OptionsSchema, ProjectContext, Report, Rule, RuleContext, RuleMeta, RoutingGraph, Severity } from './api.js';
export { RuleTester, lintWith } from './tester.js';
export type { ExpectedError, FlowInput, InvalidCase, TestFunctions, ValidCase } from './tester.js';
