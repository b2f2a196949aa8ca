import { type Document } from 'yaml';
/**
 * The first repeated key in any mapping of `doc`, found in one linear pass. The yaml package's own check
 * (`uniqueKeys: true`) compares every key with every other: a hostile 20 MB mapping would take hours.
 * Parse with `uniqueKeys: false` and call this instead. Iterative, so nesting cannot exhaust the stack.
 */
export declare function firstDuplicateKey(doc: Document): {
    key: string;
    offset: number;
} | undefined;
/** The yaml package reports hostile nesting as the engine's stack overflow: say what it means. */
export declare function yamlMessage(message: string): string;
