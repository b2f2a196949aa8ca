/**
 * Property-based tests (fast-check): the example flows and the rule fixtures, mutated the ways a hand edit, a
 * bad merge or a hostile pull request would (transitions deleted, duplicated and re-targeted, blocks dropped and
 * duplicated, fields given the wrong type, hostile keys and strings inserted), and configs with random
 * severities and options. Properties: the linter never throws and no rule crashes, each file finishes in
 * bounded time, and the same files give the same findings in any order. A fixed seed keeps CI stable.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/node/lint-files.js';
import { rulesFor, type ResolvedConfig } from '../src/core/config/resolve.js';
import { ConfigError } from '../src/core/config/yaml-tree.js';
import { lintText } from '../src/core/lint.js';
import type { Finding } from '../src/core/types.js';
import { configFrom, recommended, ROOT } from './helpers.js';

const SEED = 20241125;
const RUNS = 200;
/** Generous: a mutated example lints in a few milliseconds; this only catches a hang. */
const PER_FILE_MS = 2_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const SOURCES: Array<{ name: string; value: Record<string, Json> }> = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => `examples/${f}`),
  // The rules moved to their own folders keep their fixtures there.
  ...readdirSync(join(ROOT, 'src/rules')).filter((d) => existsSync(join(ROOT, 'src/rules', d, 'bad.json'))).map((d) => `src/rules/${d}/bad.json`),
].map((name) => ({ name, value: JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, Json> }));

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** Sets an own property, even "__proto__" (plain assignment would set the prototype instead). */
function put(o: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'Identifier', 'NextAction', ''];
const hostileString = fc.oneof(
  fc.constantFrom('$.Customer.FirstName', '$.Customer.', '$.External.x', '${placeholder}', '__proto__', 'constructor', 'arn:aws:lambda:us-east-1:123456789012:function:f', '\u0000', '\ud800', '\u202e', '日本語', ''),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 20_000 }).map((n) => '$.Customer.'.repeat(1 + (n % 50)) + 'a'.repeat(n)),
);
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>({}, [], 5, -1, 1e308, null, true, false, '', 'x', [null], [[]], { NextAction: 7 }, { __proto__: 1 } as Json),
  hostileString,
);

type Op =
  | { op: 'dropBlock'; at: number }
  | { op: 'duplicateBlock'; at: number }
  | { op: 'deleteTransition'; at: number; which: number }
  | { op: 'duplicateTransition'; at: number; which: number }
  | { op: 'retarget'; at: number; which: number; to: number | string }
  | { op: 'wrongType'; at: number; field: string; value: Json }
  | { op: 'topLevel'; field: string; value: Json }
  | { op: 'hostileKey'; at: number; where: number; key: string; value: Json }
  | { op: 'hostileText'; at: number; text: string };

const BLOCK_FIELDS = ['Identifier', 'Type', 'Parameters', 'Transitions', 'Transitions.NextAction', 'Transitions.Conditions', 'Transitions.Errors', 'Parameters.ProfileResponseData', 'Parameters.Text', 'Parameters.LambdaFunctionARN'];
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('dropBlock' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicateBlock' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('deleteTransition' as const), at: fc.nat(), which: fc.nat() }),
  fc.record({ op: fc.constant('duplicateTransition' as const), at: fc.nat(), which: fc.nat() }),
  fc.record({ op: fc.constant('retarget' as const), at: fc.nat(), which: fc.nat(), to: fc.oneof(fc.nat(), hostileString) }),
  fc.record({ op: fc.constant('wrongType' as const), at: fc.nat(), field: fc.constantFrom(...BLOCK_FIELDS), value: wrongValue }),
  fc.record({ op: fc.constant('topLevel' as const), field: fc.constantFrom('Actions', 'StartAction', 'Metadata', 'Version', 'Settings'), value: wrongValue }),
  fc.record({ op: fc.constant('hostileKey' as const), at: fc.nat(), where: fc.nat({ max: 4 }), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), value: wrongValue }),
  fc.record({ op: fc.constant('hostileText' as const), at: fc.nat(), text: hostileString }),
);

/** The transitions of a block as [holder, key] pairs: NextAction, and each Conditions/Errors entry. */
function transitionSlots(block: Record<string, Json>): Array<{ list: Json[] | undefined; index: number; holder: Record<string, Json> }> {
  const t = block['Transitions'];
  if (!isObj(t)) return [];
  const out: Array<{ list: Json[] | undefined; index: number; holder: Record<string, Json> }> = [];
  if (typeof t['NextAction'] === 'string') out.push({ list: undefined, index: -1, holder: t });
  for (const key of ['Conditions', 'Errors']) {
    const list = t[key];
    if (Array.isArray(list)) list.forEach((e, index) => isObj(e) && out.push({ list, index, holder: e }));
  }
  return out;
}

function mutate(source: Record<string, Json>, ops: readonly Op[]): Record<string, Json> {
  const flow = structuredClone(source);
  for (const o of ops) {
    const actions = Array.isArray(flow['Actions']) ? flow['Actions'] : undefined;
    const block = actions && actions.length > 0 && 'at' in o ? actions[o.at % actions.length] : undefined;
    const ids = (actions ?? []).flatMap((a) => (isObj(a) && typeof a['Identifier'] === 'string' ? [a['Identifier']] : []));
    switch (o.op) {
      case 'dropBlock':
        if (actions && actions.length > 0) actions.splice(o.at % actions.length, 1);
        break;
      case 'duplicateBlock':
        if (actions && block !== undefined) actions.splice(o.at % actions.length, 0, structuredClone(block));
        break;
      case 'deleteTransition':
      case 'duplicateTransition':
      case 'retarget': {
        if (!isObj(block)) break;
        const slots = transitionSlots(block);
        const slot = slots[o.which % Math.max(1, slots.length)];
        if (!slot) break;
        if (o.op === 'deleteTransition') {
          if (slot.list) slot.list.splice(slot.index, 1);
          else delete slot.holder['NextAction'];
        } else if (o.op === 'duplicateTransition') {
          if (slot.list) slot.list.push(structuredClone(slot.holder));
        } else put(slot.holder, 'NextAction', typeof o.to === 'number' ? (ids[o.to % Math.max(1, ids.length)] ?? 'none') : o.to);
        break;
      }
      case 'wrongType': {
        if (!isObj(block)) break;
        const [a, b] = o.field.split('.') as [string, string | undefined];
        if (b === undefined) put(block, a, o.value);
        else if (isObj(block[a])) put(block[a], b, o.value);
        break;
      }
      case 'topLevel':
        put(flow, o.field, o.value);
        break;
      case 'hostileKey': {
        const targets: unknown[] = [flow, block, isObj(block) ? block['Parameters'] : undefined, isObj(block) ? block['Transitions'] : undefined, flow['Metadata']];
        const target = targets[o.where];
        if (isObj(target)) put(target, o.key, o.value);
        break;
      }
      case 'hostileText':
        if (isObj(block) && isObj(block['Parameters'])) put(block['Parameters'], 'Text', o.text);
        break;
    }
  }
  return flow;
}

const mutatedFlow = fc.record({ source: fc.nat({ max: SOURCES.length - 1 }), ops: fc.array(opArb, { minLength: 1, maxLength: 8 }), indent: fc.constantFrom(0, 2, 4) }).map(({ source, ops, indent }) => ({
  name: SOURCES[source]!.name,
  text: JSON.stringify(mutate(SOURCES[source]!.value, ops), null, indent),
}));

const key = (f: Finding): string => JSON.stringify([f.file, f.ruleId, f.severity, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.message, f.blockId ?? null]);

/** Lints one text, checking the properties every run must have. */
function lintChecked(name: string, text: string, config: ResolvedConfig): Finding[] {
  const t0 = performance.now();
  const report = lintText(name, text, rulesFor(config, join(ROOT, name)));
  const ms = performance.now() - t0;
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(PER_FILE_MS);
  const crashed = report.findings.filter((f) => /failed on this flow/.test(f.message));
  expect(crashed.map((f) => f.message), text.slice(0, 2000)).toEqual([]);
  for (const f of report.findings) {
    expect(f.range.start.line).toBeGreaterThanOrEqual(1);
    expect(f.range.start.column).toBeGreaterThanOrEqual(1);
  }
  return report.findings;
}

describe('fuzzing the example flows (fast-check, fixed seed)', () => {
  it(`never throws, no rule crashes, each file under ${PER_FILE_MS} ms, prototypes untouched (${RUNS} runs)`, () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(mutatedFlow, ({ name, text }) => {
        lintChecked(name, text, recommended);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('the same files give the same findings (as a set) in any order', () => {
    fc.assert(
      fc.property(fc.array(mutatedFlow, { minLength: 2, maxLength: 5 }), fc.infiniteStream(fc.nat()), (flows, randoms) => {
        const dir = mkdtempSync(join(tmpdir(), 'cfl-fuzz-'));
        temps.push(dir);
        const files = flows.map((f, i) => {
          const path = join(dir, `f${i}.json`);
          writeFileSync(path, f.text);
          return path;
        });
        const shuffled = [...files];
        const r = randoms[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = r.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = lintFiles(files, recommended, dir).findings.map(key).sort();
        const b = lintFiles(shuffled, recommended, dir).findings.map(key).sort();
        const c = lintFiles([...files].reverse(), recommended, dir).findings.map(key).sort();
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        rmSync(dir, { recursive: true, force: true });
      }),
      { seed: SEED, numRuns: Math.round(RUNS / 4) },
    );
  });
});

const RULE_IDS = ['profile-lookup-before-use', 'profile-response-fields', 'error-branches-wired', 'transition-target-exists', 'unreachable-block', 'start-action-exists', 'unique-identifiers', 'flow-ends', 'logging-enabled', 'no-hardcoded-arn', 'flow-structure'];
const SEVERITY = fc.constantFrom('error', 'warn', 'info', 'off', 'warning', 'hint', 'none', 'bogus', 'false', 'true', '0', '');
const REGEXES = ['^arn:aws:lambda:', '.*', '(a+)+$', '(a|aa)*c', '[', '\\d{12}', 'a*x', '(.*a){20}', '^$', '(?<n>x)\\k<n>'];

const configYaml = fc
  .record({
    rules: fc.array(fc.record({ id: fc.constantFrom(...RULE_IDS, 'no-such-rule', '__proto__'), severity: SEVERITY, form: fc.nat({ max: 3 }), flag: fc.boolean(), allow: fc.subarray(REGEXES) }), { maxLength: 8 }),
    custom: fc.option(fc.record({ given: fc.constantFrom('$', '$.Actions[*]', '$..Text', "$.Actions[?(@.Type == 'Compare')]", '$..[?(@.constructor)]', 'Actions'), fn: fc.constantFrom('truthy', 'falsy', 'pattern', 'defined', 'undefined', 'nope'), field: fc.option(fc.constantFrom('Identifier', 'Parameters.Text', '__proto__')), re: fc.constantFrom(...REGEXES) })),
  })
  .map(({ rules, custom }) => {
    const lines = ['extends: [connect-flow-lint:recommended]', 'rules:'];
    const seen = new Set<string>();
    for (const r of rules) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const sev = JSON.stringify(r.severity);
      if (r.form === 0) lines.push(`  ${r.id}: ${sev}`);
      else if (r.form === 1) lines.push(`  ${r.id}: [${sev}]`);
      else if (r.id.startsWith('profile')) lines.push(`  ${r.id}: { severity: ${sev}, options: { profileLoadedAtEntry: ${r.flag} } }`);
      else if (r.id === 'no-hardcoded-arn') lines.push(`  ${r.id}: [${sev}, { allow: ${JSON.stringify(r.allow)} }]`);
      else lines.push(`  ${r.id}: { severity: ${sev} }`);
    }
    if (custom) {
      lines.push('  custom-rule:', `    given: ${JSON.stringify(custom.given)}`, '    then:', `      function: ${custom.fn}`);
      if (custom.field !== null) lines.push(`      field: ${custom.field}`);
      if (custom.fn === 'pattern') lines.push(`      functionOptions: { notMatch: ${JSON.stringify(custom.re)} }`);
    }
    return `${lines.join('\n')}\n`;
  });

describe('fuzzing configs (fast-check, fixed seed)', () => {
  it('a config is either resolved or refused with a ConfigError naming its position; a resolved one lints every mutated flow', () => {
    let resolved = 0;
    fc.assert(
      fc.property(configYaml, fc.array(mutatedFlow, { minLength: 1, maxLength: 3 }), (yaml, flows) => {
        let config: ResolvedConfig;
        try {
          config = configFrom(yaml);
        } catch (e) {
          expect(e, yaml).toBeInstanceOf(ConfigError);
          for (const p of (e as ConfigError).problems) expect(p.at.line).toBeGreaterThanOrEqual(1);
          return;
        }
        resolved++;
        for (const f of flows) lintChecked(f.name, f.text, config);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must exercise both paths.
    expect(resolved).toBeGreaterThan(RUNS / 10);
  });
});
