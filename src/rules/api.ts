/**
 * The rule API: what a rule is, for the built-in rules (src/rules/<id>/rule.ts) and for a ruleset's own
 * rules alike. Published as `connect-flow-lint/rule` (types in dist/types), so a custom rule gets the same
 * types the built-in ones use without reaching into internals.
 *
 * A rule is `meta` (what it is, for the config, the docs and the schema) and `check(context)` (what it finds
 * in one flow). A rule that needs every flow of the repository (references between flows) adds
 * `checkProject`, which the engine calls once the flows are linked.
 */
import type { RoutingGraph } from '../core/graph/routing-graph.js';
import type { Action, Flow } from '../core/model/flow.js';
import type { EntryProfile, FlowSummary, RepositoryLinks } from '../core/repo/link.js';
import type { Names } from '../core/rules/describe.js';
import type { Severity, JsonPath, Range } from '../core/types.js';

export type { Action, Flow, RoutingGraph, EntryProfile, FlowSummary, Names, RepositoryLinks, Severity, JsonPath, Range };

/** The subset of JSON Schema rule options are written in (the config's schema embeds it; ajv checks it). */
export interface OptionsSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, OptionSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  /** Options of which at least one must be given: `anyOf: [{ required: ['min'] }, { required: ['max'] }]`. */
  readonly anyOf?: ReadonlyArray<{ readonly required: readonly string[] }>;
}

export type OptionSchema = Readonly<{
  description: string;
  /** `format: 'regex'`: a string (or, inside arrays, strings) compiled with RE2 when the config is read. */
  type?: 'boolean' | 'string' | 'number' | 'integer' | 'array' | 'object';
  format?: 'regex';
  items?: OptionSchema | Readonly<{ type?: string | readonly string[]; format?: 'regex'; description?: string }>;
  default?: unknown;
  enum?: readonly unknown[];
  minimum?: number;
}>;

export interface RuleMeta {
  /** The rule id a config uses (kebab-case). */
  readonly id: string;
  /** One sentence: what holds when the rule is satisfied. */
  readonly description: string;
  /** Severity in connect-flow-lint:recommended (rules/recommended.yml is generated from it). */
  readonly severity: Severity | 'off';
  /** Where the rule's page is; built-in rules get theirs from their folder. */
  readonly docs?: string;
  /** The rule's options; omitted when it takes none. */
  readonly options?: OptionsSchema;
  /** Message templates by id, with {{placeholders}} filled from a report's `data`. */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * The name a ruleset's own rule uses to run this rule's check on a path of its choosing
   * (`then: { function: unreachableBlock }`), for variants of a policy in a few lines of YAML.
   */
  readonly functionName?: string;
}

/** Where a report points and what it is about. */
export interface Report {
  /** A key of `meta.messages`, filled from `data`; or `message`, the text itself. */
  readonly messageId?: string;
  /**
   * The placeholders' values. As a function of `Names` (how a message names blocks and quotes strings), the
   * message is built at the most detail that keeps it within 200 characters: names are cut until it fits.
   */
  readonly data?: Readonly<Record<string, string | number>> | ((names: Names) => Readonly<Record<string, string | number>>);
  readonly message?: string;
  /** The block the finding is about; the finding points at its Identifier unless `path` says otherwise. */
  readonly block?: Action;
  /** A JSON path into the flow document to point at instead (a parameter of the block). */
  readonly path?: JsonPath;
  /** Point at the key (default) or the value at `path`. */
  readonly part?: 'key' | 'value';
  /** Identifiers of a path through the flow that shows the defect ('path'), or a set of blocks ('blocks'). */
  readonly evidence?: readonly string[];
  readonly evidenceKind?: 'path' | 'blocks';
  /** Other blocks the defect is about, and why each matters. */
  readonly related?: ReadonlyArray<{ readonly blockId: string; readonly message: string }>;
  /** A lesser severity than the rule's, for this report only. */
  readonly severity?: 'warn' | 'info';
  /**
   * What the finding is about inside its block (the field read, the error type): with file, rule and block
   * it is the finding's identity for baselines and SARIF, and a placeholder for a ruleset's own message.
   */
  readonly facts?: Readonly<Record<string, string>>;
}

export interface RuleContext<O> {
  readonly flow: Flow;
  readonly graph: RoutingGraph;
  /** The rule's options, validated against `meta.options` (regex options compiled). */
  readonly options: O;
  /** What the flow's callers in the repository hand over (the customer profile); undefined when none is known. */
  readonly entry?: EntryProfile;
  /** Path of the value the rule runs on (`$` for a built-in rule; a ruleset's `given` otherwise). */
  readonly path: JsonPath;
  /** The value at `path`. */
  readonly target: unknown;
  report(report: Report): void;
}

/** What a project hook sees: every flow of the run, linked, and the options that apply to each. */
export interface ProjectContext<O> {
  readonly summaries: readonly FlowSummary[];
  readonly links: RepositoryLinks;
  /** The rule's options for a flow's file, or undefined when the rule is off there. */
  optionsFor(summary: FlowSummary): O | undefined;
  /** A finding in one flow, placed at a range the summary carries (a reference's): no flow document is at hand here. */
  report(summary: FlowSummary, report: ProjectReport): void;
}

/** A project hook's report: the message as in `Report`, the place from the summary. */
export interface ProjectReport {
  readonly messageId?: string;
  readonly data?: Report['data'];
  readonly message?: string;
  /** Where in the flow's file (a reference's `range` in the summary). */
  readonly range: Range;
  /** The Identifier of the block the finding is about. */
  readonly blockId?: string;
  readonly severity?: 'warn' | 'info';
  /** The finding's identity inside its block, for baselines and SARIF (what the reference names, say). */
  readonly subject?: string;
}

export interface Rule<O = Record<string, never>> {
  readonly meta: RuleMeta;
  check(context: RuleContext<O>): void;
  checkProject?(context: ProjectContext<O>): void;
}

/** Declares a rule; the identity function, there for the types (and so every rule reads the same way). */
export function defineRule<O = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}
