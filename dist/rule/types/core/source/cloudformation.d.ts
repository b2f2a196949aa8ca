import { type CollectionTag, type ScalarTag } from 'yaml';
import type { LineMap } from './line-map.js';
import { type FileContents, type Json } from './shape.js';
export declare const CLOUDFORMATION_TAGS: ReadonlyArray<ScalarTag | CollectionTag>;
/** A template: `AWSTemplateFormatVersion`, or a `Resources` map whose values have a `Type`. */
export declare function looksLikeTemplate(value: unknown): value is Json;
/** A JSON template (hand-written or from CDK), or undefined when the value is not one. */
export declare function readJsonTemplate(file: string, text: string, lines: LineMap, value: unknown): FileContents | undefined;
/** A YAML file: a CloudFormation template's flows, or "not a flow" (with the reason) for any other YAML. */
export declare function readYamlFile(file: string, text: string, lines: LineMap): FileContents;
