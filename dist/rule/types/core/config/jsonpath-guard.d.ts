import type { Step } from '../json/simple-path.js';
/**
 * Parses a `given` JSONPath from a config into steps (json/simple-path.ts), which are all that is ever
 * evaluated: no JSONPath engine re-reads the text, so a quoted segment is a name and never a filter, and a
 * filter can only compare the flow's values — it has no calls, assignments or names to reach code through.
 * Every refusal says where (0-based offset into the path) and what to write instead.
 */
export interface JsonPathProblem {
    /** 0-based offset in the expression. */
    readonly offset: number;
    readonly message: string;
}
/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
export declare function checkJsonPath(path: string): JsonPathProblem | undefined;
export declare function parseJsonPath(path: string): {
    readonly steps: Step[];
} | JsonPathProblem;
