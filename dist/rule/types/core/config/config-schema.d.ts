/**
 * The config's JSON Schema, built from the rules' metadata: the structure readRuleset reads, every built-in
 * rule id with its options, every built-in function with its options. scripts/gen-schema.ts writes it to
 * schema/config.schema.json (for editors, through yaml-language-server) and compiles it with ajv into
 * src/generated/config-validators.ts, which the loader runs (see schema-errors.ts for the messages).
 *
 * The schema avoids oneOf/anyOf where a value can take several forms: it branches with if/then/else on the
 * form (a list, a mapping, a scalar), so a validator reports the errors of the one form the value has, and
 * each error can be turned into one precise message.
 */
import type { OptionsSchema } from '../../rules/api.js';
export declare const SEVERITIES: readonly ["error", "warn", "info", "off"];
export interface SchemaInputs {
    /** Every rule a config may set without defining it, with the function whose options it takes (none: no options). */
    readonly rules: ReadonlyArray<{
        readonly id: string;
        readonly description?: string;
        readonly functionName?: string;
    }>;
    /** Every built-in function a `then` may name, with its options. */
    readonly functions: ReadonlyArray<{
        readonly name: string;
        readonly options: OptionsSchema;
    }>;
    /** The names `extends` takes for the built-in rulesets ("connect-flow-lint:recommended"). */
    readonly builtinRulesets: readonly string[];
}
type Schema = Record<string, unknown>;
/** Names of the definitions, read back by schema-errors.ts to know what an error is about. */
export declare const DEF: {
    readonly severity: "severity";
    readonly options: (fn: string) => string;
    readonly noOptions: "options.none";
    readonly anyOptions: "options.any";
    readonly set: (id: string) => string;
    readonly setAny: "set.any";
    readonly setForm: "set";
    readonly rules: "rules";
    readonly definition: "definition";
    readonly then: "then";
    readonly override: "override";
    /** Checks of the names only (rule ids, function names), for a config whose extends the schema can see through. */
    readonly names: (v: Exclude<Variant, "open">) => string;
    readonly functionName: "functionName";
    readonly unknownRule: "unknownRule";
};
/**
 * How much the schema can know about one config file: `builtin` when it extends only built-in rulesets and
 * declares no functions (every rule id and function name is known), `functions` when it extends only
 * built-ins but loads functions of its own, `open` when it extends a file or a package (which may define
 * any rule id and function).
 */
export type Variant = 'builtin' | 'functions' | 'open';
export declare function configSchema(inputs: SchemaInputs): Schema;
/**
 * What the loader compiles from the schema: its structure, and each function's options on their own. The
 * loader checks a rule id, a function name and a rule's options against what the config and the files it
 * extends actually define (a rule defined in an extended file, a custom function), which the schema can only
 * approximate from `extends`; so those parts of the schema are left out of the structural validator.
 */
export declare function loaderSchemas(schema: Readonly<Schema>): {
    structure: Schema;
    options: Record<string, Schema>;
};
export {};
