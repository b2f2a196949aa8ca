import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonPath } from '../src/core/config/jsonpath-guard.js';
import { resolveConfig, rulesFor } from '../src/core/config/resolve.js';
import { ConfigError, parseYamlTree } from '../src/core/config/yaml-tree.js';
import { builtinRuleset, loadExtends } from '../src/node/config-files.js';
import { BUILTIN_RULESETS } from '../src/generated/builtin-rulesets.js';
import { BUILTIN_TREES } from '../src/generated/builtin-trees.js';
import { readFileSync, readdirSync } from 'node:fs';
import { configFrom, configProblems, lineOf, lintFile, ROOT } from './helpers.js';


describe('config: extends, rules and overrides', () => {
  it('the generated built-in rulesets are the current rules/*.yml (run npm run build after editing them)', () => {
    const files = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.yml'));
    for (const f of files) expect(BUILTIN_RULESETS[f.replace('.yml', '')]).toBe(readFileSync(join(ROOT, 'rules', f), 'utf8'));
  });

  it('the built-in rulesets parsed at build time are what the YAML reader makes of them now', () => {
    expect(Object.keys(BUILTIN_TREES).sort()).toEqual(Object.keys(BUILTIN_RULESETS).sort());
    for (const [name, text] of Object.entries(BUILTIN_RULESETS)) expect(BUILTIN_TREES[name]).toEqual(parseYamlTree(`connect-flow-lint:${name}`, text));
    // And the CLI's built-in config carries the tree, so resolving it parses no YAML.
    expect(builtinRuleset('connect-flow-lint:recommended').tree).toBe(BUILTIN_TREES['recommended']);
  });

  it('turns a rule off, changes a severity, and sets an option for one folder only', () => {
    const config = configFrom(`extends: [connect-flow-lint:recommended]
rules:
  logging-enabled: off
  unreachable-block: error
overrides:
  - files: ["flows/modules/**"]
    rules:
      profile-lookup-before-use: { options: { profileLoadedAtEntry: true } }
`);
    const at = (p: string) => rulesFor(config, `${ROOT}/${p}`);
    expect(at('flows/main.json').map((r) => r.id)).not.toContain('logging-enabled');
    expect(at('flows/main.json').find((r) => r.id === 'unreachable-block')!.severity).toBe('error');
    const opts = (p: string) => at(p).find((r) => r.id === 'profile-lookup-before-use')!.then[0]!.options;
    expect(opts('flows/main.json')['profileLoadedAtEntry']).toBe(false);
    expect(opts('flows/modules/billing/sub.json')['profileLoadedAtEntry']).toBe(true);
    // The override changes findings: the missing-lookup example is clean when entered with a profile.
    const missing = 'examples/profile-lookup-missing.json';
    expect(lintFile(missing, config).map((f) => f.ruleId)).toContain('profile-lookup-before-use');
  });

  it('extends a relative file, later entries winning, and reports an extends cycle with its chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-config-'));
    writeFileSync(join(dir, 'base.yaml'), 'extends: [connect-flow-lint:recommended]\nrules:\n  no-hardcoded-arn: error\n  logging-enabled: off\n');
    writeFileSync(join(dir, 'team.yaml'), 'extends: [./base.yaml]\nrules:\n  logging-enabled: warn\n');
    const config = resolveConfig({ file: join(dir, 'team.yaml'), text: readFileSync(join(dir, 'team.yaml'), 'utf8') }, loadExtends);
    const rules = rulesFor(config, join(dir, 'x.json'));
    expect(rules.find((r) => r.id === 'no-hardcoded-arn')!.severity).toBe('error');
    expect(rules.find((r) => r.id === 'logging-enabled')!.severity).toBe('warn');
    expect(config.files).toEqual(['connect-flow-lint:recommended', join(dir, 'base.yaml'), join(dir, 'team.yaml')]);

    mkdirSync(join(dir, 'loop'));
    writeFileSync(join(dir, 'loop/a.yaml'), 'extends: [./b.yaml]\n');
    writeFileSync(join(dir, 'loop/b.yaml'), 'rules: {}\nextends: ./a.yaml\n');
    try {
      resolveConfig({ file: join(dir, 'loop/a.yaml'), text: readFileSync(join(dir, 'loop/a.yaml'), 'utf8') }, loadExtends);
      expect.unreachable('a cycle must be an error');
    } catch (e) {
      const p = (e as ConfigError).problems[0]!;
      expect(p.file).toBe(join(dir, 'loop/b.yaml'));
      expect(p.at).toEqual({ line: 2, column: 10 });
      expect(p.message).toContain(`${join(dir, 'loop/a.yaml')} → ${join(dir, 'loop/b.yaml')} → ${join(dir, 'loop/a.yaml')}`);
    }
  });

  it('runs a custom JSONPath rule with a generic function, templating its message and naming the block', () => {
    const config = configFrom(`rules:
  greeting-mentions-company:
    description: The greeting names the company.
    message: "{{blockName}}: {{error}}"
    severity: warn
    given: "$.Actions[?(@.Type == 'MessageParticipant')].Parameters"
    then:
      field: Text
      function: pattern
      functionOptions:
        match: "Hokkaid"
`);
    const file = 'examples/clean-inbound.json';
    const text = readFileSync(join(ROOT, file), 'utf8');
    const findings = lintFile(file, config);
    const messages = (JSON.parse(text) as { Actions: Array<{ Type: string; Parameters: { Text?: string } }> }).Actions.filter(
      (a) => a.Type === 'MessageParticipant' && !/Hokkaid/.test(a.Parameters.Text ?? ''),
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(findings).toHaveLength(messages.length);
    for (const f of findings) {
      expect(f.ruleId).toBe('greeting-mentions-company');
      expect(f.severity).toBe('warn');
      expect(f.message).toMatch(/^MessageParticipant: .* must match \/Hokkaid\/$/);
      expect(f.blockId).toBeDefined();
      expect(text.split('\n')[f.range.start.line - 1]).toContain('"Text"');
    }
  });

  it('supports every generic function', () => {
    const yaml = (fn: string, opts = '') => `rules:\n  r:\n    given: "$.Actions[*]"\n    severity: error\n    then: { field: Type, function: ${fn}${opts} }\n`;
    const count = (fn: string, opts = '') => lintFile('src/rules/flow-ends/good.json', configFrom(yaml(fn, opts))).length;
    const types = (JSON.parse(readFileSync(join(ROOT, 'src/rules/flow-ends/good.json'), 'utf8')) as { Actions: Array<{ Type: string }> }).Actions.map((a) => a.Type);
    const blocks = types.length;
    expect(count('truthy')).toBe(0);
    expect(count('falsy')).toBe(blocks);
    expect(count('defined')).toBe(0);
    expect(count('undefined')).toBe(blocks);
    expect(count('enumeration', ', functionOptions: { values: [DisconnectParticipant] }')).toBe(types.filter((t) => t !== 'DisconnectParticipant').length);
    expect(count('length', ', functionOptions: { max: 18 }')).toBe(types.filter((t) => t.length > 18).length);
    expect(types.some((t) => t.length > 18) && types.some((t) => t.length <= 18)).toBe(true);
  });
});

describe('config errors: file, line, column and what to do', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown rule id, with a suggestion', 'extends: connect-flow-lint:recommended\nrules:\n  profile-lookup-befor-use: error\n', /^3:29 unknown rule "profile-lookup-befor-use": did you mean "profile-lookup-before-use"\?/],
    ['bad severity', 'extends: connect-flow-lint:recommended\nrules:\n  flow-ends: fatal\n', /^3:14 invalid severity "fatal": use one of error, warn, info, off/],
    ['severity alias', 'extends: connect-flow-lint:recommended\nrules:\n  flow-ends: warning\n', /did you mean "warn"\?/],
    ['invalid JSONPath', 'rules:\n  r:\n    given: "$.Actions["\n    then: { function: truthy }\n', /^3:22 invalid JSONPath in "given" \("\$\.Actions\["\): unclosed "\["/],
    ['JSONPath that calls code', 'rules:\n  r:\n    given: "$..[?(@.constructor.constructor(\'return process\')())]"\n    then: { function: truthy }\n', /function calls are not allowed|"constructor" is not allowed/],
    ['unknown function', 'rules:\n  r:\n    given: $\n    then: { function: patern }\n', /^4:23 unknown function "patern": did you mean "pattern"\?/],
    ['unknown option', 'extends: connect-flow-lint:recommended\nrules:\n  profile-lookup-before-use: { options: { profileLoadedAtStart: true } }\n', /^3:43 unknown option "profileLoadedAtStart" for function "profileLookupBeforeUse": did you mean "profileLoadedAtEntry"\?/],
    ['option of the wrong type', 'extends: connect-flow-lint:recommended\nrules:\n  error-branches-wired: [error, { strict: "yes" }]\n', /option "strict" must be true or false, not string "yes"/],
    ['regex RE2 cannot run (a backreference)', 'rules:\n  r:\n    given: "$..Text"\n    then: { function: pattern, functionOptions: { match: "(a+)\\\\1" } }\n', /^4:\d+ option "match": .*backreferences .* are not supported/],
    ['YAML syntax error', 'rules:\n  a: [error\n', /^\d+:\d+ invalid YAML/],
    ['alias', 'x: &a [1]\nrules: *a\n', /aliases/],
    ['unknown top-level key', 'extend: connect-flow-lint:recommended\n', /^1:1 unknown key "extend": did you mean "extends"\?/],
    ['unknown built-in ruleset', 'extends: connect-flow-lint:recomended\n', /^1:10 cannot extend "connect-flow-lint:recomended": there is no built-in ruleset/],
    ['parse-error is not configurable', 'rules:\n  parse-error: off\n', /^2:3 "parse-error" cannot be configured/],
    ['override without files', 'extends: connect-flow-lint:recommended\noverrides:\n  - rules: { flow-ends: off }\n', /^3:5 this override has no "files"/],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      const problems = configProblems(yaml);
      expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
      expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
    });
  }

  it('collects every problem of a config, not just the first', () => {
    const problems = configProblems('extends: connect-flow-lint:recommended\nrules:\n  flow-ends: fatal\n  no-such-rule: off\n');
    expect(problems).toHaveLength(2);
  });
});

describe('JSONPath guard', () => {
  const allowed = ['$', '$.Actions[*]', "$.Actions[?(@.Type == 'Compare')]", '$..Parameters.Text', '$.Actions[0:3]', "$['Actions'][*]['Type']", '$.Actions[?(@.Parameters && @.Parameters.Text)]'];
  const refused = [
    "$..[?(@.constructor.constructor('return process')())]",
    '$.Actions[?(@.Type.toString())]',
    '$[?(process.exit())]',
    '$.Actions[?(@.x = 1)]',
    '$.Actions[?(@.__proto__)]',
    '$.Actions[?(`${1}`)]',
    '$..[(this)]',
    '$.a b',
  ];
  for (const p of allowed) it(`accepts ${p}`, () => expect(checkJsonPath(p)).toBeUndefined());
  for (const p of refused) it(`refuses ${p}`, () => expect(checkJsonPath(p)).toBeDefined());
});

describe('config file discovery line numbers', () => {
  it('reports line numbers of problems in a real file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfl-lines-'));
    const text = 'extends: [connect-flow-lint:recommended]\n\nrules:\n  # comment\n  flow-ends: sometimes\n';
    writeFileSync(join(dir, '.connect-flow-lint.yaml'), text);
    try {
      resolveConfig({ file: join(dir, '.connect-flow-lint.yaml'), text }, loadExtends);
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems[0]!.at.line).toBe(lineOf(text, 'sometimes'));
    }
  });
});
