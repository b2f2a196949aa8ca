import type { OptionsSchema, OptionsValidator } from '../rules/function.js';
/**
 * Compiles the options schemas that are not known at build time (custom functions and rules; the built-in ones
 * have validators generated then), with ajv loaded on first use, so a run without them never loads it.
 */
export declare function optionsCompiler(): Promise<(schema: OptionsSchema) => OptionsValidator>;
