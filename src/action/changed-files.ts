import { checkCommitId, git } from '../node/git.js';
import type { GitHubClient } from './github-client.js';

export interface ChangedFiles {
  /** Repository-relative paths (forward slashes) of files added, modified or renamed. */
  readonly files: ReadonlySet<string>;
  /** Lines the pull request added or changed, per file, when the patch was available. */
  readonly lines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Renamed files: the new path → the path at the base (the files API's `previous_filename`, git's R status). */
  readonly renamedFrom?: ReadonlyMap<string, string>;
  /** Where the list came from, for the log. */
  readonly source: 'api' | 'git';
  /** Renamed files: new path → the path at the base, which their base version is read from. */
  readonly previous: ReadonlyMap<string, string>;
  /** Files the list says the pull request added (no base version to compare with). */
  readonly added: ReadonlySet<string>;
  /** Files the pull request removed (their base versions still take part in linking the base). */
  readonly removed: ReadonlySet<string>;
}

/** The new-side line numbers a unified diff adds or changes. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const row of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (row.startsWith('+')) lines.add(line++);
    else if (row.startsWith(' ')) line++;
  }
  return lines;
}

interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

/** GitHub's pull request files API lists at most this many files, however many the pull request changes. */
export const API_FILE_LIMIT = 3000;

/** The API's list was cut short: it holds fewer files than the pull request changes. */
export class IncompleteListError extends Error {}

/**
 * The files a pull request changes, from the pull request files API. The list is taken as complete only when
 * it holds as many files as the event's `pull_request.changed_files` says (or, without that count, fewer than
 * GitHub's 3,000): a pull request that changes more files must not hide a flow past the cut.
 */
export async function changedFromApi(client: GitHubClient, owner: string, repo: string, pullNumber: number, expectedCount?: number): Promise<ChangedFiles> {
  const list = (await client.call('listing the pull request files', (o) =>
    o.paginate(o.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  )) as PullFile[];
  const short = expectedCount !== undefined ? list.length < expectedCount : list.length >= API_FILE_LIMIT;
  if (short) {
    const of = expectedCount !== undefined ? `of the ${expectedCount} changed files` : `files, GitHub's limit, so some may be missing`;
    throw new IncompleteListError(`the pull request files API listed ${list.length} ${of}`);
  }
  return fromList(list, 'api');
}

function fromList(list: readonly PullFile[], source: 'api' | 'git'): ChangedFiles {
  const files = new Set<string>();
  const lines = new Map<string, Set<number>>();
  const previous = new Map<string, string>();
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const f of list) {
    if (typeof f.filename !== 'string') continue;
    if (f.status === 'removed') {
      removed.add(f.filename);
      continue;
    }
    files.add(f.filename);
    // A copy is a new file: the base has nothing at its path to compare with.
    if (f.status === 'added' || f.status === 'copied') added.add(f.filename);
    if (f.status === 'renamed' && typeof f.previous_filename === 'string' && f.previous_filename !== '') previous.set(f.filename, f.previous_filename);
    if (f.patch) lines.set(f.filename, addedLines(f.patch));
  }
  return { files, lines, source, previous, renamedFrom: previous, added, removed };
}

/** No external diff program or text conversion, whatever the repository's attributes ask for. */
const NO_DRIVERS = ['--no-ext-diff', '--no-textconv'];

/**
 * The same from `git diff` against the base, when the API cannot be reached or its list is short (needs the
 * base commit fetched). Patches are read only for the files in `wanted` (the flows under "paths"), one git
 * call each, so a pull request of thousands of other files costs one call. The commit ids come from the event
 * payload and must be full ids; options are ended before them.
 */
export function changedFromGit(cwd: string, baseSha: string, headSha: string, wanted?: ReadonlySet<string>): ChangedFiles {
  const range = `${checkCommitId(baseSha, 'the base commit')}...${checkCommitId(headSha, 'the head commit')}`;
  // -z: "STATUS\0path\0", and "R100\0old\0new\0" for a rename (found with -M, as GitHub does).
  const fields = git(cwd, ['diff', ...NO_DRIVERS, '--name-status', '-M', '--diff-filter=ACDMRT', '-z'], [range, '--']).split('\0');
  const list: PullFile[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i++] ?? '';
    const renamed = code.startsWith('R');
    const old = renamed ? fields[i++] : undefined;
    const filename = fields[i++];
    if (!filename) break;
    const status = code === 'A' || code.startsWith('C') ? 'added' : code === 'D' ? 'removed' : renamed ? 'renamed' : 'modified';
    let patch: string | undefined;
    if (status !== 'removed' && (!wanted || wanted.has(filename))) {
      try {
        patch = git(cwd, ['diff', ...NO_DRIVERS, '--unified=0', ...(old ? ['-M'] : [])], [range, '--', ...(old ? [old] : []), filename]);
      } catch {
        patch = undefined;
      }
    }
    list.push({ filename, status, patch, ...(old ? { previous_filename: old } : {}) });
  }
  return fromList(list, 'git');
}
