import type { RoutingGraph } from '../graph/routing-graph.js';
import type { Flow } from '../model/flow.js';
import type { EntryProfile, FlowSummary, RepositoryLinks } from '../repo/link.js';
import type { JsonPath, Range } from '../types.js';
import type { OptionSchema, OptionsSchema } from '../../rules/api.js';
/** What a rule function knows besides its target: the whole flow and its routing graph. */
export interface RuleContext {
    readonly flow: Flow;
    readonly graph: RoutingGraph;
    /** Path of the target in the flow document. */
    readonly path: JsonPath;
    /** The whole flow document (what `given` was evaluated against). */
    readonly document: unknown;
    /**
     * When the repository pass found flows that call this one: the customer profile they hand over, merged
     * over every caller. Undefined for a flow nobody in the linted files calls (and for single-file runs).
     */
    readonly entry?: EntryProfile;
}
/** One defect a function found. */
export interface RuleResult {
    /** Used as the finding's message, or as `{{error}}` inside the rule's own message. */
    readonly message: string;
    /** Where to point; defaults to the target's path. */
    readonly path?: JsonPath;
    /** Point at the key (default) or the value at `path`. */
    readonly part?: 'key' | 'value';
    readonly blockId?: string;
    readonly evidence?: readonly string[];
    /** 'path' (default): the evidence is a path through the flow, in order; 'blocks': a set of blocks (the lookups that lack a field). */
    readonly evidenceKind?: 'path' | 'blocks';
    /** Other blocks the defect is about, and why each matters (the lookup whose error branch the path takes). */
    readonly related?: ReadonlyArray<{
        readonly blockId: string;
        readonly message: string;
    }>;
    /** A lesser severity for this result than the rule's (parameters-valid: unknown names are warnings). */
    readonly severity?: 'warn' | 'info';
    /** Extra placeholders for the rule's message. */
    readonly values?: Readonly<Record<string, string>>;
}
/** A rule function's options, as JSON Schema (the config's schema embeds it; ajv checks it). */
export type { OptionsSchema, OptionSchema };
/** A validator compiled from an OptionsSchema: ajv's, at build time for the built-in functions. */
export interface OptionsValidator {
    (data: unknown): boolean;
    errors?: ReadonlyArray<SchemaError> | null;
}
/** What ajv reports for one failed check (the fields the config loader reads). */
export interface SchemaError {
    readonly instancePath: string;
    readonly schemaPath: string;
    readonly keyword: string;
    readonly params: Readonly<Record<string, unknown>>;
    readonly message?: string;
}
/**
 * A rule function: pure, given its target, its validated options and the context, it returns the defects.
 * The same contract serves the generic JSONPath functions and the flow-aware ones.
 */
export interface RuleFunction<O = Record<string, unknown>> {
    readonly name: string;
    readonly options: OptionsSchema;
    /** A custom function that declares no options takes whatever it is given, unchecked. */
    readonly anyOptions?: boolean;
    /** The validator of `options`; the built-in functions' are generated (src/generated/config-validators.ts). */
    readonly validateOptions?: OptionsValidator;
    /** A custom function's own check of its options, after the schema's; returns an error text or undefined. */
    readonly validate?: (options: O) => string | undefined;
    run(target: unknown, options: O, context: RuleContext): readonly RuleResult[];
    /** A repository-level check, run by lintProject once every flow of the run is summarised and linked. */
    readonly checkProject?: (context: ProjectCheckContext<O>) => readonly ProjectResult[];
}
/** What a repository-level check sees: every flow of the run, linked, and the options it has in each flow's file. */
export interface ProjectCheckContext<O> {
    readonly summaries: readonly FlowSummary[];
    readonly links: RepositoryLinks;
    /** The options for summaries[i]'s file, or undefined when the rule is off there. */
    optionsFor(i: number): O | undefined;
}
/** One defect a repository-level check found, in summaries[summary]; placed by the summary's own ranges (no document is at hand). */
export interface ProjectResult {
    readonly summary: number;
    readonly message: string;
    readonly range: Range;
    readonly blockId?: string;
    readonly severity?: 'warn' | 'info';
    /** The finding's identity inside its block (baselines, SARIF). */
    readonly subject?: string;
}
/**
 * Options as the documented custom-function format declares them (docs/custom-functions.md), and as the
 * built-in functions not yet moved to src/rules/<id>/ do: `{ name: { type, description, required? } }`.
 */
export type LegacyOptionType = 'boolean' | 'string' | 'number' | 'string[]' | 'regex' | 'regex[]' | 'scalar[]';
export type LegacyOptions = Readonly<Record<string, {
    readonly type: LegacyOptionType;
    readonly description: string;
    readonly required?: boolean;
}>>;
/** The options schema of a function or rule that takes none. */
export declare const NO_OPTIONS: OptionsSchema;
/**
 * A function's options as JSON Schema: a schema is kept as it is, the short format converted. Returns an
 * error text for a declaration that is neither.
 */
export declare function optionsSchemaOf(options: unknown): OptionsSchema | string;
/** What defineFunction takes: the options as JSON Schema, or in the short format. */
export type FunctionSpec<O> = Omit<RuleFunction<O>, 'options'> & {
    readonly options?: OptionsSchema | LegacyOptions;
};
export declare function defineFunction<O>(fn: FunctionSpec<O>): RuleFunction<O>;
