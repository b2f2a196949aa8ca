import type { Range } from '../types.js';
import { type FlowDocument } from './document.js';
import type { LineMap } from './line-map.js';
/** A problem with the file itself rather than with a flow's routing. */
export interface FileProblem {
    readonly ruleId: 'parse-error' | 'legacy-format' | 'flow-structure' | 'unsupported-content';
    readonly message: string;
    readonly range: Range;
}
export interface FileContents {
    readonly flows: FlowDocument[];
    readonly problems: FileProblem[];
    /** Why the file holds no flow, when it holds none and that is not a problem (package.json, say). */
    readonly notAFlow?: string;
}
export type Json = Record<string, unknown>;
export declare function isObject(v: unknown): v is Json;
export declare function own(o: Json, key: string): unknown;
export declare function str(v: unknown): string | undefined;
/** A flow-language export: the shape every Amazon Connect designer since 2020 writes. */
export declare function looksLikeFlow(v: unknown): v is Json;
export declare function looksLikeLegacyFlow(v: unknown): boolean;
/** A flow module's export: top-level `Settings` declaring its InputParameters/OutputParameters. */
export declare function looksLikeModule(v: unknown): boolean;
/** The flow type a flow's own content implies: MODULE for a module export, else nothing. */
export declare function contentFlowType(flow: unknown): string | undefined;
export declare function flowName(flow: Json): string | undefined;
export declare function describeNonFlow(value: unknown): string;
export declare const LEGACY_MESSAGE = "this is a legacy flow-designer export (\"modules\"/\"branches\"), which the linter cannot check: open the flow in the current Amazon Connect designer and export it again";
export declare function syntaxErrorAt(text: string, parseError: unknown): {
    offset: number;
    message: string;
};
/**
 * Parses JSON text. When `placeholders` is set and the text does not parse as it is, template placeholders
 * (`${X}`) that break it are replaced with same-length stand-ins and the text is parsed again; the text that
 * parsed is returned, so paths are located in it (its offsets are those of the original).
 */
export declare function parseJson(text: string, placeholders: boolean): {
    ok: true;
    value: unknown;
    text: string;
    duplicates: Array<Array<string | number>>;
    blockStarts: Int32Array;
    blockLines: Int32Array;
} | {
    ok: false;
    offset: number;
    message: string;
};
/**
 * What lets finding placement start at a block and stop early: only for text with no repeated key, and only
 * when every item of "Actions" is a block (the scan records containers, so a stray string would shift them).
 */
export declare function fastLookup(parsed: {
    duplicates: readonly unknown[];
    blockStarts: Int32Array;
}, flow: unknown): {
    blockStarts: Int32Array;
} | undefined;
/** A flow held in a string (a `Content` value): its decoded text and how its offsets map into the file. */
export interface EmbeddedFlowSource {
    readonly content: string;
    readonly toFile: (inner: readonly number[]) => number[];
    /** How messages name the string: `"ContactFlow.Content"`, `the Content of resource "Inbound"`. */
    readonly label: string;
    /** Template placeholders may break the JSON (Fn::Sub, templatefile). */
    readonly placeholders: boolean;
    readonly name?: string;
    readonly flowType?: string;
    readonly identifiers?: readonly string[];
    readonly substitutions?: ReadonlyMap<string, string>;
}
export type EmbeddedResult = {
    readonly kind: 'flow';
    readonly flow: FlowDocument;
} | {
    readonly kind: 'problem';
    readonly problem: FileProblem;
} | {
    readonly kind: 'legacy';
    readonly problem: FileProblem;
} | {
    readonly kind: 'not-a-flow';
    readonly reason: string;
    readonly range: Range;
};
/** Parses a flow held in a string and points everything found in it back into the file. */
export declare function readEmbeddedFlow(file: string, lines: LineMap, src: EmbeddedFlowSource): EmbeddedResult;
