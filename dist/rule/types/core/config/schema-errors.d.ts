/**
 * Turns what ajv reports against the config's schema (config-schema.ts) into the loader's problems: each at
 * the YAML line and column of the value (or of the key, for an unknown key), saying what is wrong and what
 * to write instead, with the closest valid name when there is one.
 */
import type { OptionsSchema, SchemaError } from '../rules/function.js';
import type { Position } from '../types.js';
import { type ConfigProblem, type YNode } from './yaml-tree.js';
export declare function severityProblem(node: YNode): string;
/**
 * The problems of one config file, from its validation against the structural schema. `functionNames` are
 * the functions a `then` may name here (for "needs a function: one of ...").
 */
export declare function configProblems(file: string, tree: YNode, errors: readonly SchemaError[], schema: unknown, functionNames: readonly string[]): ConfigProblem[];
/**
 * The problems of one options value (`options`, `functionOptions`, a list's second item), from its function's
 * validator. `node` is the value as written (undefined when the options come only from the rule's own);
 * `fallback` where to point then.
 */
export declare function optionProblems(file: string, fnName: string, schema: OptionsSchema, node: YNode | undefined, fallback: Position, errors: readonly SchemaError[]): ConfigProblem[];
