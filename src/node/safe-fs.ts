/**
 * The only way the CLI and the Action read a file the repository names, or write a report. Everything in a
 * pull request comes from strangers, links included: a file read must be a regular file whose real path is
 * inside the repository, no larger than its limit (checked on the opened descriptor, so nothing can change
 * between the check and the read); a file written never follows a link and never lands outside the
 * repository unless the user named that place. Refusals say which file and what to do, and never quote a
 * byte of a refused file.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

export type RefusalReason = 'missing' | 'outside' | 'link' | 'not-regular' | 'too-large' | 'exists' | 'io';

export class UnsafeFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/** True when `file` is `dir` or inside it (both absolute, compared as given). */
export function isWithin(dir: string, file: string): boolean {
  const r = relative(dir, file);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** Whether anything is at `p`, a dangling link included: a path the repository names is then read or refused, never skipped. */
export function present(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The real path of `p`, or `p` itself when it does not exist (yet). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  if (s.isSymbolicLink()) return 'symbolic link';
  return 'special file';
}

export interface ReadOptions {
  /** The repository root (git top level, workspace, or the folder the user named). */
  readonly root: string;
  readonly maxBytes: number;
  /** What the file is, for messages: "the config", "the baseline". */
  readonly what: string;
  /** How to name the file in messages (default: relative to the root). */
  readonly display?: string;
  /**
   * The path was typed by the user (a command-line argument, a workflow input): it may name a place outside
   * the repository. A path inside the repository must still resolve inside it.
   */
  readonly namedByUser?: boolean;
  /** Refuse a symbolic link even when it points inside the repository (flow files: a link is never linted). */
  readonly noLinks?: boolean;
  /** A second folder the real path may be in: an installed package outside the repository (npm link). */
  readonly alsoWithin?: string;
}

/**
 * Opens a file the repository or the user named, or throws an UnsafeFileError saying why it was refused.
 * The file is opened non-blocking and without following a link (a FIFO cannot hang the run, a link swapped
 * in cannot redirect it) and checked on the opened descriptor: the caller reads `size` bytes from `fd`.
 */
export function openTrustedFile(path: string, o: ReadOptions): { fd: number; size: number } {
  const abs = resolve(o.root, path);
  const root = resolve(o.root);
  const realRoot = realOrSelf(root);
  const name = o.display ?? (isWithin(root, abs) ? relative(root, abs) || abs : abs);
  const refuse = (reason: RefusalReason, why: string): UnsafeFileError => new UnsafeFileError(abs, reason, `${name}: ${why}`);
  const named = isWithin(root, abs) || isWithin(realRoot, abs);
  if (!named && !o.namedByUser && !(o.alsoWithin && isWithin(o.alsoWithin, abs))) {
    throw refuse('outside', `${o.what} is outside the repository (${root}), so it was not read: name a file inside the repository`);
  }
  let link: Stats;
  try {
    link = lstatSync(abs);
  } catch (e) {
    throw ioError(abs, name, o.what, e);
  }
  if (link.isSymbolicLink() && o.noLinks) {
    throw refuse('link', `${o.what} is a symbolic link, which is not followed (a link in a pull request could point anywhere on the runner), so it was not read: commit the file itself, not a link to it`);
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    throw ioError(abs, name, o.what, e);
  }
  const inside = isWithin(realRoot, real) || (o.alsoWithin !== undefined && isWithin(o.alsoWithin, real));
  if ((named || !o.namedByUser) && !inside) {
    throw refuse('outside', `${o.what} is a link (or sits in a linked folder) that resolves outside the repository, so it was not read: a file the repository names must be inside it — replace the link with the file itself`);
  }
  // Opening a device can have effects of its own: look before opening, then check again on the descriptor.
  const before = lstatSync(real);
  if (!before.isFile()) throw refuse('not-regular', `${o.what} is a ${kindOf(before)}, not a regular file, so it was not read: name a regular file`);
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw ioError(abs, name, o.what, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw refuse('not-regular', `${o.what} is a ${kindOf(st)}, not a regular file, so it was not read: name a regular file`);
    if (st.size > o.maxBytes) throw refuse('too-large', `${o.what} is ${st.size} bytes, over its ${o.maxBytes}-byte limit, so it was not read`);
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** `size` bytes of an opened regular file from offset 0; a file that grew past its checked size is refused. */
export function readOpened(fd: number, size: number, file: string, what: string): Buffer {
  const buf = Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (;;) {
    const n = readSync(fd, buf, total, buf.length - total, total);
    if (n === 0) break;
    total += n;
    if (total === buf.length) throw new UnsafeFileError(file, 'too-large', `${file}: ${what} grew while it was read, so it was not read: run again once nothing writes to it`);
  }
  return buf.subarray(0, total);
}

/** Reads a file through openTrustedFile's checks. */
export function readTrustedFile(path: string, o: ReadOptions): Buffer {
  const { fd, size } = openTrustedFile(path, o);
  try {
    return readOpened(fd, size, o.display ?? path, o.what);
  } finally {
    closeSync(fd);
  }
}

function ioError(abs: string, name: string, what: string, e: unknown): UnsafeFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UnsafeFileError(abs, 'missing', `${name}: ${what} does not exist`);
  if (code === 'ELOOP') return new UnsafeFileError(abs, 'link', `${name}: ${what} is a symbolic link (or a loop of links), which is not followed, so it was not read: commit the file itself`);
  return new UnsafeFileError(abs, 'io', `${name}: ${what} cannot be read (${code ?? 'I/O error'})`);
}

/**
 * Strict UTF-8: the text, or the line and column of the first byte that is not UTF-8 (a config read with
 * replacement characters would mean something its author did not write). A byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; column: number; offset: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: before.length - lineStart + 1, offset: bad };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}

export interface WriteOptions {
  /** The repository root (workspace): the file may not land outside it, unless the user named a place outside. */
  readonly root: string;
  /** What the file is, for messages: "the report", "the baseline". */
  readonly what: string;
  /** Fail when the file exists (init without --force). */
  readonly exclusive?: boolean;
  /** Create missing folders (the Action's sarif-file may name one). */
  readonly makeFolders?: boolean;
}

/**
 * Writes a file without following links: the text goes to a new temporary file in the same folder (created
 * exclusively, never through a link) that is then renamed over the target, so a link at the target is
 * replaced, not written through. A path inside the repository must stay inside it once its folders'
 * links are resolved; a path the user named outside the repository is theirs to choose.
 */
export function writeOutputFile(path: string, text: string, o: WriteOptions): string {
  const root = resolve(o.root);
  const realRoot = realOrSelf(root);
  const abs = resolve(root, path);
  const fenced = isWithin(root, abs) || isWithin(realRoot, abs);
  const name = fenced ? relative(root, abs) || abs : abs;
  const refuse = (reason: RefusalReason, why: string): UnsafeFileError => new UnsafeFileError(abs, reason, `${name}: ${why}`);
  const outside = (): UnsafeFileError => refuse('outside', `${o.what} would be written outside the repository through a linked folder, so it was not written: name a path whose folders are real folders inside the repository`);

  // The nearest folder that exists must be inside the repository before anything is created under it.
  let existing = dirname(abs);
  const missing: string[] = [];
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      if (!o.makeFolders) throw refuse('missing', `the folder ${dirname(abs)} does not exist: create it first`);
      missing.unshift(basename(existing));
      const up = dirname(existing);
      if (up === existing) break;
      existing = up;
    }
  }
  if (fenced && !isWithin(realRoot, realOrSelf(existing))) throw outside();
  let dir = realOrSelf(existing);
  for (const part of missing) {
    dir = join(dir, part);
    try {
      mkdirSync(dir);
    } catch (e) {
      // Made meanwhile by someone else: the real-folder check below still applies to it.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw refuse('io', `the folder ${dir} cannot be created (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`);
    }
  }
  const realDir = realOrSelf(dirname(abs));
  if (fenced && !isWithin(realRoot, realDir)) throw outside();

  const target = join(realDir, basename(abs));
  let current: Stats | undefined;
  try {
    current = lstatSync(target);
  } catch {
    current = undefined;
  }
  if (current && o.exclusive) throw refuse('exists', `already exists`);
  if (current?.isSymbolicLink()) throw refuse('link', `is a symbolic link, which is never written through (it could point anywhere on the runner), so ${o.what} was not written: delete the link, or name another file`);
  if (current && !current.isFile()) throw refuse('not-regular', `is a ${kindOf(current)}, not a regular file, so ${o.what} was not written: name another file`);

  const temp = join(realDir, `.${basename(abs)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), current ? current.mode & 0o777 : 0o644);
  } catch (e) {
    throw refuse('io', `${o.what} cannot be written in ${realDir} (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw refuse('io', `${o.what} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  return target;
}
