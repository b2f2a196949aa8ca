import type { Position } from '../types.js';
/** A YAML value with where it was written, so every config error can name its line and column. */
export type YNode = {
    readonly kind: 'map';
    readonly at: Position;
    readonly entries: ReadonlyArray<{
        key: string;
        keyAt: Position;
        value: YNode;
    }>;
} | {
    readonly kind: 'seq';
    readonly at: Position;
    readonly items: readonly YNode[];
} | {
    readonly kind: 'scalar';
    readonly at: Position;
    readonly value: string | number | boolean | null;
    /** Where the text of the value starts: after the opening quote of a quoted scalar. */
    readonly textAt?: Position;
};
export interface ConfigProblem {
    readonly file: string;
    readonly at: Position;
    readonly message: string;
}
export declare class ConfigError extends Error {
    readonly problems: readonly ConfigProblem[];
    constructor(problems: readonly ConfigProblem[]);
}
/** Configs are read from files (capped at 1 MiB there) and from the GitHub API: the same cap for both. */
export declare const MAX_CONFIG_CHARS: number;
/** Parses a config file's YAML into a position-carrying tree; throws ConfigError with every problem found. */
export declare function parseYamlTree(file: string, text: string): YNode;
/** Plain JavaScript value of a tree (objects without a prototype, so "__proto__" is just a key). */
export declare function plain(node: YNode): unknown;
export declare function describeKind(node: YNode): string;
