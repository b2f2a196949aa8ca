import type { OptionsSchema, OptionsValidator } from '../rules/function.js';

let ajv: { compile(schema: object): OptionsValidator } | undefined;

/**
 * Compiles the options schemas that are not known at build time (custom functions and rules; the built-in ones
 * have validators generated then), with ajv loaded on first use, so a run without them never loads it.
 */
export async function optionsCompiler(): Promise<(schema: OptionsSchema) => OptionsValidator> {
  if (!ajv) {
    // CommonJS interop differs between Node and the bundle: the class is a named export, or the default one.
    const m = (await import('ajv')) as unknown as { Ajv?: typeof import('ajv').Ajv; default?: typeof import('ajv').Ajv & { Ajv?: typeof import('ajv').Ajv } };
    const Ajv = m.Ajv ?? m.default?.Ajv ?? m.default!;
    ajv = new Ajv({ allErrors: true, strict: false, formats: { regex: true } });
  }
  const compiler = ajv;
  return (schema) => compiler.compile(schema);
}
