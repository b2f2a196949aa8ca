import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchema } from '../src/core/config/config-schema.js';
import { ConfigError } from '../src/core/config/yaml-tree.js';
import { optionsSchemaOf, type OptionsSchema, type RuleFunction } from '../src/core/rules/function.js';
import { resolveConfig } from '../src/core/config/resolve.js';
import { loadExtends } from '../src/node/config-files.js';
import { BUILTIN_FUNCTIONS } from '../src/core/rules/functions/index.js';
import { schemaInputs } from '../scripts/schema-inputs.js';
import { configProblems, ROOT } from './helpers.js';

/** The schema editors use: the committed file, compiled here by ajv as yaml-language-server would. */
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);


const REC = 'extends: connect-flow-lint:recommended\n';

describe('the config schema is generated from the rules', () => {
  it('schema/config.schema.json is what the rules make now (run npm run build after changing a rule)', () => {
    expect(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')).toBe(`${JSON.stringify(configSchema(schemaInputs()), null, 2)}\n`);
  });

  it('knows every built-in rule id and each one’s options', () => {
    const defs = (schema as { definitions: Record<string, { properties?: Record<string, unknown> }> }).definitions;
    const ids = Object.keys(defs['rules']!.properties!);
    for (const id of ['flow-ends', 'unreachable-block', 'no-hardcoded-arn', 'legacy-format', 'file-too-large']) expect(ids).toContain(id);
    expect(Object.keys(defs['options.profileLookupBeforeUse']!.properties!)).toEqual(['profileLoadedAtEntry', 'namespace']);
  });
});

describe('the schema rejects what the CLI rejects', () => {
  // [name, config, what the CLI says]: each config must fail both the CLI's loader and the editor's schema.
  const cases: Array<[string, string, RegExp]> = [
    ['misspelt rule id', `${REC}rules:\n  flow-end: error\n`, /^3:13 unknown rule "flow-end": did you mean "flow-ends"\?/],
    ['misspelt rule id in an override', `${REC}overrides:\n  - files: ["a/**"]\n    rules: { unreachable-blok: off }\n`, /unknown rule "unreachable-blok": did you mean "unreachable-block"\?/],
    ['unknown option', `${REC}rules:\n  no-hardcoded-arn: [warn, { alow: ["x"] }]\n`, /^3:30 unknown option "alow" for function "noHardcodedArn": did you mean "allow"\? \(its options: allow\)/],
    ['option of a rule that takes none', `${REC}rules:\n  flow-ends: [error, { strict: true }]\n`, /unknown option "strict" for function "flowEnds"/],
    ['wrong option type', `${REC}rules:\n  error-branches-wired: { severity: error, options: { strict: 1 } }\n`, /^3:63 option "strict" must be true or false, not number 1/],
    ['wrong option type in a list', `${REC}rules:\n  no-hardcoded-arn: [warn, { allow: [1] }]\n`, /option "allow" must be a list of regular expressions, not a list/],
    ['options that are not a mapping', `${REC}rules:\n  no-hardcoded-arn: [warn, [x]]\n`, /options of "noHardcodedArn" must be a mapping, not a list/],
    ['bad severity', `${REC}rules:\n  flow-ends: fatal\n`, /^3:14 invalid severity "fatal": use one of error, warn, info, off/],
    ['severity alias', `${REC}rules:\n  flow-ends: { severity: warning }\n`, /invalid severity "warning": .*\(did you mean "warn"\?\)/],
    ['a list of three', `${REC}rules:\n  flow-ends: [error, {}, {}]\n`, /^3:14 a rule given as a list must be \[severity\] or \[severity, options\]/],
    ['unknown key of a set entry', `${REC}rules:\n  flow-ends: { severty: error }\n`, /^3:16 unknown key "severty" for rule "flow-ends"/],
    ['unknown key of a rule', 'rules:\n  r:\n    given: $\n    then: { function: truthy }\n    mesage: hi\n', /^5:5 unknown key "mesage" in rule "r": did you mean "message"\?/],
    ['rule without then', 'rules:\n  r:\n    given: $\n', /^2:3 rule "r" has "given" but no "then"/],
    ['then without function', 'rules:\n  r:\n    given: $\n    then: { field: Type }\n', /^4:11 "then" needs a "function": one of truthy, falsy/],
    ['unknown key in then', 'rules:\n  r:\n    given: $\n    then: { function: truthy, feild: x }\n', /^4:31 unexpected "feild" in "then"/],
    ['unknown function', 'rules:\n  r:\n    given: $\n    then: { function: truthi }\n', /^4:23 unknown function "truthi": did you mean "truthy"\?/],
    ['missing required option', 'rules:\n  r:\n    given: $\n    then: { function: enumeration }\n', /function "enumeration" needs the option "values" \(the allowed values\)/],
    ['one of two options needed', 'rules:\n  r:\n    given: $\n    then: { function: length, functionOptions: {} }\n', /options of "length": give "min", "max" or both/],
    ['given not a string', 'rules:\n  r:\n    given: 3\n    then: { function: truthy }\n', /^3:12 "given" must be a JSONPath string such as "\$\.Actions\[\*\]", not number 3/],
    ['unknown top-level key', 'rule:\n  flow-ends: off\n', /^1:1 unknown key "rule": did you mean "rules"\?/],
    ['extends not a string', 'extends: [3]\n', /^1:11 "extends" takes ruleset names/],
    ['rules not a mapping', 'rules: [flow-ends]\n', /^1:8 "rules" must be a mapping of rule ids/],
    ['override without files', `${REC}overrides:\n  - rules: { flow-ends: off }\n`, /^3:5 this override has no "files"/],
    ['override with an empty files list', `${REC}overrides:\n  - files: []\n    rules: { flow-ends: off }\n`, /^3:5 this override has no "files"/],
    ['unknown key in an override', `${REC}overrides:\n  - files: a/**\n    rule: { flow-ends: off }\n`, /^4:5 unknown key "rule" in an override: use "files" and "rules"/],
    ['parse-error', 'rules:\n  parse-error: off\n', /^2:3 "parse-error" cannot be configured/],
    ['flows entry not a path', 'flows:\n  abc: 3\n', /^2:8 the flows entry "abc" must be a file path/],
    ['functions not identifiers', 'functions: [my-fn]\n', /^1:12 "functions" must be a list of function names/],
    ['tests not a list', 'tests: flows\n', /^1:8 "tests" must be a list of scenario files/],
  ];
  for (const [name, yaml, says] of cases) {
    it(name, () => {
      const problems = configProblems(yaml);
      expect(problems.some((p) => says.test(p)), problems.join('\n')).toBe(true);
      expect(validate(parseYaml(yaml)), `the schema accepts what the CLI rejects:\n${yaml}`).toBe(false);
    });
  }

  it('maps 40,000 mistakes to their positions in linear time (a hostile config cannot make it hang)', () => {
    const many = `rules:\n${Array.from({ length: 40_000 }, (_, k) => `  r${k}: [a]`).join('\n')}\n`;
    const t0 = performance.now();
    const problems = configProblems(many);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(problems).toHaveLength(40_000);
    expect(problems[39_999]).toBe('40001:12 invalid severity "a": use one of error, warn, info, off');
  });

  it('reports one problem per mistake, not one per check that saw it', () => {
    expect(configProblems(`${REC}rules:\n  flow-ends: fatal\n  flow-endz: off\n  no-hardcoded-arn: [warn, { alow: [] }]\n`)).toHaveLength(3);
  });
});

describe('the schema accepts what the CLI accepts', () => {
  const accepted: Array<[string, string]> = [
    ['every form of a set entry', `${REC}rules:\n  flow-ends: off\n  unreachable-block: [error]\n  no-hardcoded-arn: [warn, { allow: ["^arn:aws:lambda:"] }]\n  error-branches-wired: { severity: error, options: { strict: true } }\n  logging-enabled: false\n`],
    ['a rule of its own, redefining nothing', 'rules:\n  r:\n    given: ["$.Actions[*]"]\n    severity: info\n    then:\n      - { field: Type, function: enumeration, functionOptions: { values: [a, 1, true] } }\n      - { function: pattern, functionOptions: { notMatch: "^x" } }\n'],
    ['keys left empty', 'extends:\nrules:\noverrides:\n'],
    ['the reader’s rules', `${REC}rules:\n  legacy-format: off\n  file-too-large: warn\n`],
  ];
  for (const [name, yaml] of accepted) {
    it(name, () => {
      expect(configProblems(yaml)).toEqual([]);
      expect(validate(parseYaml(yaml)) ? [] : validate.errors).toEqual([]);
    });
  }

  it('lets a config that extends a file or a package set ids the schema cannot see (they may be defined there)', () => {
    expect(validate(parseYaml('extends: [./base.yaml]\nrules:\n  team-rule: error\n'))).toBe(true);
    expect(validate(parseYaml('extends: ["@acme/policy"]\noverrides:\n  - files: a/**\n    rules: { team-rule: off }\n'))).toBe(true);
    // ...but the built-in rules' options are still checked there.
    expect(validate(parseYaml('extends: ["@acme/policy"]\nrules:\n  flow-ends: [error, { nope: 1 }]\n'))).toBe(false);
    expect(validate(parseYaml(`${REC}rules:\n  team-rule: error\n`))).toBe(false);
  });

  it('lets a config that declares functions name them in "then"', () => {
    const yaml = `${REC}functions: [queueNeedsLang]\nrules:\n  q:\n    given: $\n    then: { function: queueNeedsLang, functionOptions: { attribute: lang } }\n`;
    expect(validate(parseYaml(yaml))).toBe(true);
    expect(validate(parseYaml(yaml.replace('functions: [queueNeedsLang]\n', '')))).toBe(false);
  });
});

describe('custom function options: the documented short format is converted to JSON Schema', () => {
  it('converts each type', () => {
    expect(optionsSchemaOf({ attribute: { type: 'string', description: 'd', required: true }, allow: { type: 'regex[]', description: 'e' } })).toEqual({
      type: 'object',
      properties: { attribute: { type: 'string', description: 'd' }, allow: { type: 'array', items: { type: 'string', format: 'regex' }, description: 'e' } },
      required: ['attribute'],
      additionalProperties: false,
    });
  });
  it('keeps a JSON Schema as it is, and says what is wrong with neither', () => {
    const s = { type: 'object', properties: { n: { type: 'integer', description: 'n', minimum: 1 } } } as const;
    expect(optionsSchemaOf(s)).toBe(s);
    expect(optionsSchemaOf({ n: { type: 'int' } })).toMatch(/option "n" must have a "type": one of boolean, string/);
  });
});

describe('a custom function’s options are checked like a built-in one’s', () => {
  const options = optionsSchemaOf({ attribute: { type: 'string', description: 'the attribute to set first', required: true }, allow: { type: 'regex[]', description: 'blocks to skip' } }) as OptionsSchema;
  // As src/node/custom-functions.ts compiles it when it loads the module.
  const fn: RuleFunction<never> = { name: 'queueNeedsLang', options, validateOptions: new Ajv({ allErrors: true, strict: false, formats: { regex: true } }).compile(options), run: () => [] };
  const functions = new Map([...BUILTIN_FUNCTIONS, [fn.name, fn]]);
  const problems = (functionOptions: string): string[] => {
    const text = `rules:\n  q:\n    given: $\n    then: { function: queueNeedsLang, functionOptions: ${functionOptions} }\n`;
    try {
      resolveConfig({ file: `${ROOT}/.connect-flow-lint.yaml`, text }, loadExtends, functions);
    } catch (e) {
      if (e instanceof ConfigError) return e.problems.map((p) => `${p.at.line}:${p.at.column} ${p.message}`);
      throw e;
    }
    return [];
  };
  it('accepts valid options and compiles its patterns', () => {
    expect(problems('{ attribute: lang, allow: ["^x"] }')).toEqual([]);
  });
  it('names an unknown option, a missing one and a pattern RE2 refuses, each at its place', () => {
    expect(problems('{ atribute: lang }')).toEqual([
      '4:56 function "queueNeedsLang" needs the option "attribute" (the attribute to set first)',
      '4:58 unknown option "atribute" for function "queueNeedsLang": did you mean "attribute"? (its options: attribute, allow)',
    ]);
    expect(problems('{ attribute: lang, allow: ["(a)\\\\1"] }')[0]).toMatch(/^4:\d+ option "allow": .*backreference/);
  });
});
