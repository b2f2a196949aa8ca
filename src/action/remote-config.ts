import { decodeUtf8 } from '../node/safe-fs.js';
import { posix } from 'node:path';
import type { ConfigLoader, ConfigText } from '../core/config/resolve.js';
import { parseYamlTree } from '../core/config/yaml-tree.js';
import type { GitHubClient } from './github-client.js';

/** `owner/repo/path/to/config.yaml@ref`: a config kept in another repository (an organisation's `.github`, say). */
const REMOTE = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/(.+\.ya?ml)@([^@\s]+)$/;

export interface RemoteRef {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  readonly ref: string;
}

export function parseRemoteRef(value: string): RemoteRef | undefined {
  const m = REMOTE.exec(value);
  return m ? { owner: m[1]!, repo: m[2]!, path: posix.normalize(m[3]!), ref: m[4]! } : undefined;
}

const nameOf = (r: RemoteRef, path = r.path): string => `github:${r.owner}/${r.repo}/${path}@${r.ref}`;
const MAX_FILES = 20;

/**
 * Reads a remote config and the relative files it extends (in the same repository and ref) through the
 * contents API, each once per run, and returns the entry plus a loader that serves those files from memory
 * and hands everything else (built-ins, packages) to `local`. Throws an Error that says which file could
 * not be read and why.
 */
export async function fetchRemoteConfig(client: GitHubClient, remote: RemoteRef, local: ConfigLoader): Promise<{ entry: ConfigText; loader: ConfigLoader }> {
  const cache = new Map<string, ConfigText>();
  const fetchFile = async (path: string): Promise<ConfigText> => {
    const name = nameOf(remote, path);
    const hit = cache.get(name);
    if (hit) return hit;
    if (cache.size >= MAX_FILES) throw new Error(`${name}: more than ${MAX_FILES} remote config files`);
    let data: unknown;
    try {
      data = (await client.call(`reading ${name}`, (o) => o.rest.repos.getContent({ owner: remote.owner, repo: remote.repo, path, ref: remote.ref }))).data;
    } catch (e) {
      const status = (e as { status?: number }).status;
      const hint =
        status === 404 || status === 403
          ? ` — the token cannot read it (the file does not exist, or the token has no access to ${remote.owner}/${remote.repo}: pass a token with contents: read on that repository in the "token" input)`
          : '';
      throw new Error(`${(e as Error).message}${hint}`);
    }
    const file = data as { type?: string; content?: string; encoding?: string };
    if (Array.isArray(data) || file.type !== 'file' || typeof file.content !== 'string') throw new Error(`${name} is not a file`);
    // A config must be UTF-8, here as for a local one: an error at the first bad byte, never replacement characters.
    const decoded = decodeUtf8(Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
    if (!('text' in decoded)) throw new Error(`${name} is not valid UTF-8: line ${decoded.line}, column ${decoded.column} holds a byte that is not a UTF-8 character; save it as UTF-8`);
    const text = decoded.text;
    const entry = { file: name, text };
    cache.set(name, entry);
    // Relative extends are read from the same repository and ref, before resolution needs them.
    let tree;
    try {
      tree = parseYamlTree(name, text);
    } catch {
      return entry; // resolveConfig reports the YAML problem with its position
    }
    const ext = tree.kind === 'map' ? tree.entries.find((e) => e.key === 'extends')?.value : undefined;
    for (const item of ext ? (ext.kind === 'seq' ? ext.items : [ext]) : []) {
      if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(path), item.value));
        if (target.startsWith('..')) throw new Error(`${name}: "${item.value}" leaves the repository ${remote.owner}/${remote.repo}`);
        await fetchFile(target);
      }
    }
    return entry;
  };
  const entry = await fetchFile(remote.path);
  const loader: ConfigLoader = (ref, fromFile) => {
    if (fromFile.startsWith('github:') && ref.startsWith('.')) {
      const base = fromFile.slice(fromFile.indexOf('/', fromFile.indexOf('/') + 1) + 1, fromFile.lastIndexOf('@'));
      const target = nameOf(remote, posix.normalize(posix.join(posix.dirname(base), ref)));
      const hit = cache.get(target);
      if (!hit) throw new Error(`${target} was not fetched`);
      return hit;
    }
    return local(ref, fromFile);
  };
  return { entry, loader };
}
