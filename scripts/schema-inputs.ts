// What the config's schema is generated from (scripts/gen-schema.ts; test/config-schema.test.ts checks the
// committed schema/config.schema.json against it): every rule a config may set, with the function whose
// options it takes, and every built-in function.
import { parse } from 'yaml';
import type { SchemaInputs } from '../src/core/config/config-schema.js';
import { FILE_RULES } from '../src/core/config/file-rules.js';
import { BUILTIN_FUNCTIONS } from '../src/core/rules/functions/index.js';
import { BUILTIN_RULESETS } from '../src/generated/builtin-rulesets.js';
import { BUILTIN_RULES } from '../src/generated/rules.js';

export function schemaInputs(): SchemaInputs {
  const rules = new Map<string, SchemaInputs['rules'][number]>();
  for (const r of FILE_RULES) rules.set(r.id, { id: r.id, ...(r.description ? { description: r.description } : {}) });
  for (const r of BUILTIN_RULES) rules.set(r.meta.id, { id: r.meta.id, description: r.meta.description, functionName: r.meta.functionName ?? r.meta.id });
  // Rules still defined in full in a built-in ruleset (given/then); they become modules one by one, and then
  // this finds nothing, with no change here.
  for (const name of Object.keys(BUILTIN_RULESETS).sort()) {
    const doc = parse(BUILTIN_RULESETS[name]!) as { rules?: Record<string, unknown> } | null;
    for (const [id, entry] of Object.entries(doc?.rules ?? {})) {
      if (rules.has(id) || typeof entry !== 'object' || entry === null || !('then' in entry)) continue;
      const e = entry as { description?: string; then: unknown };
      const then = Array.isArray(e.then) ? e.then : [e.then];
      const fn = then.length === 1 ? (then[0] as { function?: string }).function : undefined;
      rules.set(id, { id, ...(e.description ? { description: e.description } : {}), ...(fn ? { functionName: fn } : {}) });
    }
  }

  return {
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    functions: [...BUILTIN_FUNCTIONS.values()].map((f) => ({ name: f.name, options: f.options })),
    builtinRulesets: Object.keys(BUILTIN_RULESETS).sort().map((n) => `connect-flow-lint:${n}`),
  };
}
