import { unignoredFiles } from './repository.js';
import { realOrSelf } from './safe-fs.js';
import { collectFiles } from './files.js';

/**
 * The flows a full run would lint (those under the working directory that git does not ignore), for linking
 * the files a user named: a pre-commit hook, lint-staged or an editor names a few files, and their references
 * must resolve against the repository's other flows as in a full run. Nothing above the working directory is
 * read, and nothing a .gitignore names (build output, benchmark scratch).
 */
export function repositoryFlows(cwd: string): string[] {
  const files = collectFiles(['.'], cwd).files;
  const listed = unignoredFiles(cwd);
  return listed ? files.filter((f) => listed.has(realOrSelf(f))) : files;
}
