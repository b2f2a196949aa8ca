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

export const SEVERITIES = ['error', 'warn', 'info', 'off'] as const;

export interface SchemaInputs {
  /** Every rule a config may set without defining it, with the function whose options it takes (none: no options). */
  readonly rules: ReadonlyArray<{ readonly id: string; readonly description?: string; readonly functionName?: string }>;
  /** Every built-in function a `then` may name, with its options. */
  readonly functions: ReadonlyArray<{ readonly name: string; readonly options: OptionsSchema }>;
  /** The names `extends` takes for the built-in rulesets ("connect-flow-lint:recommended"). */
  readonly builtinRulesets: readonly string[];
}

type Schema = Record<string, unknown>;

/** Names of the definitions, read back by schema-errors.ts to know what an error is about. */
export const DEF = {
  severity: 'severity',
  options: (fn: string) => `options.${fn}`,
  noOptions: 'options.none',
  anyOptions: 'options.any',
  set: (id: string) => `set.${id}`,
  setAny: 'set.any',
  setForm: 'set',
  rules: 'rules',
  definition: 'definition',
  then: 'then',
  override: 'override',
  /** Checks of the names only (rule ids, function names), for a config whose extends the schema can see through. */
  names: (v: Exclude<Variant, 'open'>) => `names.${v}`,
  functionName: 'functionName',
  unknownRule: 'unknownRule',
} as const;

/**
 * How much the schema can know about one config file: `builtin` when it extends only built-in rulesets and
 * declares no functions (every rule id and function name is known), `functions` when it extends only
 * built-ins but loads functions of its own, `open` when it extends a file or a package (which may define
 * any rule id and function).
 */
export type Variant = 'builtin' | 'functions' | 'open';

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
/** `null` (a key left empty, its entries commented out) or the schema. */
const nullOr = (s: Schema): Schema => ({ if: { type: 'null' }, then: true, else: s });
/** One value or a list of them. */
const oneOrList = (s: Schema, list: Schema = {}): Schema => ({ if: { type: 'array' }, then: { type: 'array', items: s, ...list }, else: s });
/** A mapping with "given" or "then": a rule defined in full (anything else sets a severity or options). */
const isDefinition: Schema = { type: 'object', not: { properties: { given: false, then: false } } };

export function configSchema(inputs: SchemaInputs): Schema {
  const fnNames = inputs.functions.map((f) => f.name);
  const fnOf = new Map(inputs.functions.map((f) => [f.name, f]));
  const definitions: Record<string, Schema> = {};

  definitions[DEF.severity] = {
    description: `${SEVERITIES.join(', ')} (false means off)`,
    enum: [...SEVERITIES, false],
  };
  for (const f of inputs.functions) definitions[DEF.options(f.name)] = { ...f.options, description: `Options of the function ${f.name}.` };
  definitions[DEF.noOptions] = { description: 'This rule takes no options.', not: {} };
  definitions[DEF.anyOptions] = { description: 'Options of a rule defined elsewhere (an extended file or package).', type: 'object' };

  // The forms of a set entry, once; each rule's set.<id> adds only where its options go.
  definitions[DEF.setForm] = {
    if: { type: 'array' },
    then: { description: '[severity] or [severity, options]', type: 'array', minItems: 1, maxItems: 2, items: [ref(DEF.severity)] },
    else: {
      if: { type: 'object' },
      then: { description: 'Set the severity or options of a rule defined elsewhere.', type: 'object', additionalProperties: false, properties: { severity: ref(DEF.severity), options: {}, functionOptions: {} } },
      else: ref(DEF.severity),
    },
  };
  const setEntry = (options: Schema): Schema => ({
    allOf: [ref(DEF.setForm), { if: { type: 'array' }, then: { items: [true, options] }, else: { properties: { options, functionOptions: options } } }],
  });
  for (const r of inputs.rules) {
    const fn = r.functionName === undefined ? undefined : fnOf.get(r.functionName);
    if (r.functionName !== undefined && !fn) throw new Error(`rule "${r.id}" runs the unknown function "${r.functionName}"`);
    definitions[DEF.set(r.id)] = { ...(r.description ? { description: r.description } : {}), ...setEntry(fn ? nullOr(ref(DEF.options(fn.name))) : ref(DEF.noOptions)) };
  }
  definitions[DEF.setAny] = setEntry(nullOr(ref(DEF.anyOptions)));

  definitions[DEF.then] = {
    description: 'The function to run on what "given" selects, on one of its fields, with options.',
    type: 'object',
    additionalProperties: false,
    required: ['function'],
    properties: {
      field: { type: 'string', description: 'A field of each selected value to run the function on.' },
      function: { type: 'string', examples: fnNames, description: 'A built-in function, or one this ruleset (or one it extends) declares under "functions".' },
      functionOptions: { description: 'Options of the function.' },
    },
    allOf: inputs.functions.map((f) => ({
      if: { properties: { function: { const: f.name } }, required: ['function'] },
      then: { properties: { functionOptions: nullOr(ref(DEF.options(f.name))) }, ...(f.options.required?.length ? { required: ['functionOptions'] } : {}) },
    })),
  };
  definitions[DEF.definition] = {
    description: 'A rule of your own: a JSONPath and the function to run on what it selects.',
    type: 'object',
    additionalProperties: false,
    required: ['given', 'then'],
    properties: {
      description: { type: 'string' },
      message: { type: 'string', description: 'Placeholders: {{error}}, {{property}}, {{value}}, {{path}}, {{blockId}}, {{blockName}}, {{description}}.' },
      severity: ref(DEF.severity),
      given: { description: 'JSONPath ("$" for the whole flow), or a list of them.', ...oneOrList({ type: 'string' }) },
      then: oneOrList(ref(DEF.then)),
      documentationUrl: { type: 'string' },
      recommended: { description: 'Accepted for Spectral rulesets; ignored.' },
      formats: { description: 'Accepted for Spectral rulesets; ignored.' },
    },
  };
  const entry = (set: Schema): Schema => ({ if: isDefinition, then: ref(DEF.definition), else: set });
  definitions[DEF.rules] = {
    description: 'Rule ids mapped to a severity, [severity, options], { severity, options }, or a rule defined in full (given, then).',
    type: 'object',
    propertyNames: { not: { const: 'parse-error' } },
    properties: Object.fromEntries(inputs.rules.map((r) => [r.id, entry(ref(DEF.set(r.id)))])),
    additionalProperties: entry(ref(DEF.setAny)),
  };
  definitions[DEF.unknownRule] = {
    description:
      'Not a built-in rule: a rule set here must be defined by an extended ruleset, or defined here with "given" and "then". (A config that extends a file or a package may set any id: the schema cannot see what those define.)',
    not: {},
  };
  definitions[DEF.functionName] = {
    if: isDefinition,
    then: { properties: { then: oneOrList({ properties: { function: { enum: fnNames } } }) } },
  };
  definitions[DEF.names('builtin')] = {
    properties: Object.fromEntries(inputs.rules.map((r) => [r.id, ref(DEF.functionName)])),
    additionalProperties: { if: isDefinition, then: ref(DEF.functionName), else: ref(DEF.unknownRule) },
  };
  // A config that loads functions may set any rule id: a function module written with defineRule defines its rule.
  definitions[DEF.names('functions')] = {
    properties: Object.fromEntries(inputs.rules.map((r) => [r.id, true])),
    additionalProperties: true,
  };
  definitions[DEF.override] = {
    type: 'object',
    additionalProperties: false,
    required: ['files'],
    properties: {
      files: { description: 'Globs relative to this file.', ...oneOrList({ type: 'string', minLength: 1 }, { minItems: 1 }) },
      rules: { description: 'Rules as in "rules", for the files that match.', ...ref(DEF.rules) },
    },
  };

  const names = (v: Exclude<Variant, 'open'>): Schema => ({
    properties: { rules: nullOr(ref(DEF.names(v))), overrides: { items: { properties: { rules: ref(DEF.names(v)) } } } },
  });
  const onlyBuiltins: Schema = {
    properties: { extends: { anyOf: [{ type: 'null' }, { enum: [...inputs.builtinRulesets] }, { type: 'array', items: { enum: [...inputs.builtinRulesets] } }] } },
  };
  const noFunctions: Schema = { not: { required: ['functions'], properties: { functions: { type: 'array', minItems: 1 } } } };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/connect-flow-lint/connect-flow-lint/schema/config.schema.json',
    title: 'connect-flow-lint config',
    description:
      'A .connect-flow-lint.yaml: rulesets to extend, rules to set or define, and per-file overrides. Generated from the rules (scripts/gen-schema.ts); the CLI validates with the same schema. ' +
      'Rule ids and function names are checked when the config extends only built-in rulesets; when it extends a file or a package, any rule id may be set and any function named, since they may be defined there (the CLI still checks them against what the extended files define).',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description: `Rulesets to build on, base first: ${inputs.builtinRulesets.join(', ')}, a relative path, or an npm package (@acme/policy or @acme/policy/file.yaml).`,
        type: ['string', 'array', 'null'],
        minLength: 1,
        items: { type: 'string', minLength: 1, examples: [...inputs.builtinRulesets] },
      },
      rules: nullOr(ref(DEF.rules)),
      overrides: { description: 'Rules for some files only: each { files, rules }, applied in order.', ...nullOr({ type: 'array', items: ref(DEF.override) }) },
      functions: {
        description: 'Custom rule functions, loaded from <functionsDir>/<name>.js next to this file.',
        ...nullOr({ type: 'array', items: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' } }),
      },
      functionsDir: { type: 'string', default: 'functions', description: 'The folder of the custom functions, relative to this file.' },
      flows: {
        description: 'References to flows (an ARN, an id, or the name the designer shows) mapped to the repository file that holds the flow, optionally with #FlowName.',
        type: 'object',
        additionalProperties: { type: 'string', minLength: 1 },
      },
      tests: {
        description: 'Scenario files (or globs) for `connect-flow-lint test`, relative to this file; *.test.yaml files are found without being listed.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
    },
    // Rule ids and function names, where this file's extends lets the schema know them all.
    allOf: [{ if: onlyBuiltins, then: { if: noFunctions, then: names('builtin'), else: names('functions') } }],
    definitions,
  };
}

/**
 * What the loader compiles from the schema: its structure, and each function's options on their own. The
 * loader checks a rule id, a function name and a rule's options against what the config and the files it
 * extends actually define (a rule defined in an extended file, a custom function), which the schema can only
 * approximate from `extends`; so those parts of the schema are left out of the structural validator.
 */
export function loaderSchemas(schema: Readonly<Schema>): { structure: Schema; options: Record<string, Schema> } {
  const definitions = { ...(schema['definitions'] as Record<string, Schema>) };
  const options: Record<string, Schema> = {};
  for (const name of Object.keys(definitions)) {
    if (name.startsWith('options.') || name.startsWith('set.') || name.startsWith('names.') || name === DEF.functionName || name === DEF.unknownRule) {
      if (name.startsWith('options.') && name !== DEF.noOptions && name !== DEF.anyOptions) options[name.slice('options.'.length)] = definitions[name]!;
      delete definitions[name];
    }
  }
  const { allOf: _names, ...thenRest } = definitions[DEF.then]!;
  definitions[DEF.then] = thenRest;
  const { properties: _ids, ...rulesRest } = definitions[DEF.rules]!;
  definitions[DEF.rules] = { ...rulesRest, additionalProperties: { if: isDefinition, then: ref(DEF.definition), else: ref(DEF.setForm) } };
  const { allOf: _overlay, ...root } = schema;
  return { structure: { ...root, $id: `${String(schema['$id'])}#structure`, definitions }, options };
}
