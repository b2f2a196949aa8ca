import { collectFiles } from './files.js';

/**
 * The flows a full run would lint (those under the working directory), for linking the files a user named:
 * a pre-commit hook, lint-staged or an editor names a few files, and their references must resolve against
 * the repository's other flows as in a full run. Nothing above the working directory is read.
 */
export function repositoryFlows(cwd: string): string[] {
  return collectFiles(['.'], cwd).files;
}
