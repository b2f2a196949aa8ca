import { git, gitBytes, isCommitId } from '../node/git.js';
import type { GitHubClient } from './github-client.js';

/**
 * The files of a pull request's base commit, read from wherever they can be: the checkout's git objects;
 * else the base commit fetched (`git fetch --depth=1 origin <sha>`, for a shallow checkout, the default of
 * actions/checkout); else the contents API. A file is "absent" only when a source that has the base commit
 * says so, never because nothing could read it: that is "unreadable", and the caller fails closed.
 */

export type BaseFile =
  | { readonly state: 'found'; readonly bytes: Buffer }
  /** The base commit has no file at that path: the pull request added it. */
  | { readonly state: 'absent' }
  | { readonly state: 'unreadable'; readonly why: string };

export interface BaseRevision {
  /** Where files are read from: the checkout's git objects, or the contents API; `none` when neither can. */
  readonly source: 'git' | 'api' | 'none';
  /** What was done to get there (shallow checkout, fetch), for the log and the summary. */
  readonly notes: readonly string[];
  /** `mustExist`: the file list says the file was there at the base, so a 404 is a failure, not an absence. */
  read(path: string, mustExist: boolean): Promise<BaseFile>;
}

export interface BaseOptions {
  readonly cwd: string;
  readonly sha: string;
  /** Fetch the base commit when the checkout lacks it. */
  readonly fetch: boolean;
  readonly client: GitHubClient | undefined;
  readonly repo: { readonly owner: string; readonly repo: string };
  /** Files over this many bytes are not read (the head's limit). */
  readonly maxBytes: number;
  readonly log: (message: string) => void;
}

/** A fetch over the network gets this long; a hung remote must not hang the job. */
const FETCH_TIMEOUT_MS = 60_000;

function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e'], [`${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function isShallow(cwd: string): boolean | undefined {
  try {
    return git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return undefined;
  }
}

const firstLine = (e: unknown): string => String((e as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] || (e as Error).message;

/** Decides where the base is read from; runs git (and a fetch) but reads no file yet. */
export function openBase(o: BaseOptions): BaseRevision {
  const notes: string[] = [];
  if (!isCommitId(o.sha)) return unreadable('the event names no valid base commit', notes);
  if (hasCommit(o.cwd, o.sha)) return fromGit(o, notes);
  const shallow = isShallow(o.cwd);
  const checkout = shallow === undefined ? 'The workspace is not a git checkout' : shallow ? 'The checkout is shallow' : 'The checkout lacks the base commit';
  if (shallow !== undefined && o.fetch) {
    try {
      // Options are ours; the remote name and the id are positional. No tags, no submodules: only the commit.
      git(o.cwd, ['fetch', '--quiet', '--depth=1', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head'], ['origin', o.sha], { timeoutMs: FETCH_TIMEOUT_MS });
      if (hasCommit(o.cwd, o.sha)) {
        notes.push(`${checkout}: the base commit ${o.sha.slice(0, 12)} was fetched to compare with.`);
        return fromGit(o, notes);
      }
      o.log(`git fetch origin ${o.sha} ended without the commit.`);
    } catch (e) {
      o.log(`git fetch --depth=1 origin ${o.sha} failed (${firstLine(e)}).`);
    }
  }
  if (o.client) {
    notes.push(`${checkout}${shallow !== undefined && o.fetch ? ' and the base commit could not be fetched' : ''}: the base versions of the changed flows were read through the contents API.`);
    return fromApi(o, o.client, notes);
  }
  return unreadable(`${checkout.charAt(0).toLowerCase()}${checkout.slice(1)}, the base commit ${o.fetch ? 'could not be fetched' : 'is not fetched (fetch-base: false)'} and there is no token for the contents API`, notes);
}

function unreadable(why: string, notes: string[]): BaseRevision {
  return { source: 'none', notes, read: () => Promise.resolve({ state: 'unreadable', why }) };
}

function fromGit(o: BaseOptions, notes: string[]): BaseRevision {
  return {
    source: 'git',
    notes,
    read(path) {
      // cat-file, not show: the blob's bytes exactly, with no text conversion whatever the attributes say.
      const object = `${o.sha}:${path}`;
      let type: string;
      try {
        type = git(o.cwd, ['cat-file', '-t'], [object]).trim();
      } catch (e) {
        // The commit is here, so a path git cannot find in it was not there.
        const why = firstLine(e);
        return Promise.resolve(/does not exist|exists on disk, but not in/.test(why) ? { state: 'absent' } : { state: 'unreadable', why: `git cat-file failed (${why})` });
      }
      if (type !== 'blob') return Promise.resolve({ state: 'absent' });
      try {
        const size = Number(git(o.cwd, ['cat-file', '-s'], [object]).trim());
        if (!(size <= o.maxBytes)) return Promise.resolve({ state: 'unreadable', why: `its base version is ${size} bytes, over the ${o.maxBytes}-byte limit` });
        return Promise.resolve({ state: 'found', bytes: gitBytes(o.cwd, ['cat-file', 'blob'], [object], { maxBytes: o.maxBytes + 1 }) });
      } catch (e) {
        return Promise.resolve({ state: 'unreadable', why: `git cat-file failed (${firstLine(e)})` });
      }
    },
  };
}

function fromApi(o: BaseOptions, client: GitHubClient, notes: string[]): BaseRevision {
  return {
    source: 'api',
    notes,
    async read(path, mustExist) {
      let data: unknown;
      try {
        // The raw media type: the file's bytes whatever its size (the JSON form leaves files over 1 MB empty).
        const res = await client.call(`reading ${path} at the base commit`, (k) => k.rest.repos.getContent({ ...o.repo, path, ref: o.sha, mediaType: { format: 'raw' } }));
        data = res.data;
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (status === 404 && !mustExist) return { state: 'absent' };
        return { state: 'unreadable', why: (e as Error).message };
      }
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof ArrayBuffer ? Buffer.from(data) : undefined;
      // A folder (a JSON listing) or a submodule at that path: no file was there.
      if (!bytes) return mustExist ? { state: 'unreadable', why: 'the contents API did not answer with a file' } : { state: 'absent' };
      if (bytes.length > o.maxBytes) return { state: 'unreadable', why: `its base version is ${bytes.length} bytes, over the ${o.maxBytes}-byte limit` };
      return { state: 'found', bytes };
    },
  };
}
