export interface SyntaxProblem {
    readonly offset: number;
    readonly message: string;
}
/** The first defect of `text` as JSON, or undefined when jsonc-parser finds none. */
export declare function syntaxError(text: string): SyntaxProblem | undefined;
