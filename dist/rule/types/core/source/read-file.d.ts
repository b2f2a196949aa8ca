import { type FileContents } from './shape.js';
export { looksLikeFlow, type FileContents, type FileProblem } from './shape.js';
/**
 * Finds the flows in one file's text. Pure: the caller reads the file. Never throws for any input;
 * every defect becomes a problem with a position.
 */
export declare function readFlowFile(file: string, rawText: string): FileContents;
