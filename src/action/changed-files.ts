import { execFileSync } from 'node:child_process';
import type { GitHubClient } from './github-client.js';

export interface ChangedFiles {
  /** Repository-relative paths (forward slashes) of files added, modified or renamed. */
  readonly files: ReadonlySet<string>;
  /** Lines the pull request added or changed, per file, when the patch was available. */
  readonly lines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Where the list came from, for the log. */
  readonly source: 'api' | 'git';
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
}

/** The files a pull request changes, from the pull request files API (up to 3,000 files, GitHub's cap). */
export async function changedFromApi(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ChangedFiles> {
  const list = await client.call('listing the pull request files', (o) =>
    o.paginate(o.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  );
  return fromList(list as PullFile[], 'api');
}

function fromList(list: readonly PullFile[], source: 'api' | 'git'): ChangedFiles {
  const files = new Set<string>();
  const lines = new Map<string, Set<number>>();
  for (const f of list) {
    if (f.status === 'removed') continue;
    files.add(f.filename);
    if (f.patch) lines.set(f.filename, addedLines(f.patch));
  }
  return { files, lines, source };
}

/** The same from `git diff` against the base, when the API cannot be reached (needs the base commit fetched). */
export function changedFromGit(cwd: string, baseSha: string, headSha: string): ChangedFiles {
  const run = (args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const names = run(['diff', '--name-only', '--diff-filter=ACMR', '-z', `${baseSha}...${headSha}`]).split('\0').filter(Boolean);
  const list: PullFile[] = names.map((filename) => {
    let patch: string | undefined;
    try {
      patch = run(['diff', '--unified=0', `${baseSha}...${headSha}`, '--', filename]);
    } catch {
      patch = undefined;
    }
    return { filename, status: 'modified', patch };
  });
  return fromList(list, 'git');
}
