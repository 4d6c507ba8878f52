// The repository as discovery sees it: a read-only tree of directories and files. The walk, the kustomization
// and manifest reads and the Argo CD git-directories generator go through this interface only, so another tree
// (a git commit read from git objects, for `lint --base REF`) can stand in for the working tree.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, sep } from 'node:path';
import { childPath } from './paths.js';

export type EntryType = 'file' | 'dir' | 'other';

export interface RepoFs {
  /** Names in a directory; throws an Error with a `code` (ENOENT, EACCES, …) when it cannot be read. */
  readdir(dir: string): string[];
  /** What `path` is, following a symlink; throws with `code` ELOOP / ENOENT for a loop or a dangling link. */
  typeOf(path: string): EntryType;
  /** Whether `path` itself is a symlink (not followed). */
  isSymlink(path: string): boolean;
  /** Size in bytes (following symlinks). */
  size(path: string): number;
  readFile(path: string): Buffer;
  /** The canonical path (symlinks resolved), to visit each directory once. */
  realpath(path: string): string;
  /**
   * typeOf, isSymlink and size in one answer, when the tree can give them at once (the disk: one lstat, and a stat only
   * for a symlink). Throws as isSymlink does; `type` and `size` hold typeOf's error (a loop, a dangling link) instead.
   */
  lookup?(path: string): Entry;
  /**
   * readdir with what each entry is, when the tree can tell without a look at each (the disk: the listing's d_type):
   * a symlink as `symlink`, not followed. The walk then asks nothing more of a directory or a file it does not read.
   */
  list?(dir: string): { name: string; type: EntryType | 'symlink' }[];
  /** The file's bytes, or undefined when it holds more than `max` bytes (read no further), without asking its size first. */
  readCapped?(path: string, max: number): Buffer | undefined;
}

/** What one look at a path says: typeOf, isSymlink and size (or the error typeOf and size throw). */
export interface Entry {
  symlink: boolean;
  followed: { type: EntryType; size: number } | { error: unknown };
}

function typeOfStats(st: { isFile(): boolean; isDirectory(): boolean }): EntryType {
  return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
}

const scratch = Buffer.allocUnsafe(64 * 1024);

/** The working tree on disk. */
export const nodeFs: RepoFs = {
  readdir: (dir) => readdirSync(dir),
  typeOf: (path) => typeOfStats(statSync(path)),
  isSymlink: (path) => lstatSync(path).isSymbolicLink(),
  size: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  // realpath(3) in one call: node's JS realpathSync lstat()s every component of the path in JS, and discovery asks for
  // the real path of every directory it visits (measured: 4 ms of a one-file lint of the examples' 42 files). Not on
  // Windows, where the native call answers differently for subst drives and some network paths (Node's fs docs).
  realpath: process.platform === 'win32' ? (path) => realpathSync(path) : (path) => realpathSync.native(path),
  list: (dir) =>
    readdirSync(dir, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      type: entry.isSymbolicLink() ? 'symlink' : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other',
    })),
  readCapped: (path, max) => {
    const fd = openSync(path, 'r');
    try {
      // Manifests are small: one read into a buffer kept for the purpose, then a copy of what it holds.
      let buffer = scratch;
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > max) return undefined;
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, max + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return length > max ? undefined : Buffer.from(buffer.subarray(0, length));
    } finally {
      closeSync(fd);
    }
  },
  // typeOf, isSymlink and size of an entry the listing did not answer for (a symlink, a root): one lstat for all
  // three where there were three system calls, and a stat besides for a symlink.
  lookup: (path) => {
    const own = lstatSync(path);
    if (!own.isSymbolicLink()) return { symlink: false, followed: { type: typeOfStats(own), size: own.size } };
    try {
      const target = statSync(path);
      return { symlink: true, followed: { type: typeOfStats(target), size: target.size } };
    } catch (error) {
      return { symlink: true, followed: { error } };
    }
  },
};

/**
 * `fs` with each answer (or error) about a path kept for the rest of one discovery: the walk, the Argo CD git
 * generators' directory listing, source paths and kustomization lookups ask about the same directories and entries
 * again, which under a cold interpreter cost a one-file lint of the examples 1-2 ms. File contents are not kept (each
 * file is read once). Answers are taken as of the first question, as a walk over a tree that changes under it takes
 * them anyway.
 */
export function memoizedFs(fs: RepoFs): RepoFs {
  type Answer<T> = { value: T } | { error: unknown };
  const ask = <T>(answers: Map<string, Answer<T>>, path: string, compute: () => T): T => {
    let answer = answers.get(path);
    if (!answer) {
      try {
        answer = { value: compute() };
      } catch (error) {
        answer = { error };
      }
      answers.set(path, answer);
    }
    if ('error' in answer) throw answer.error;
    return answer.value;
  };
  const listings = new Map<string, Answer<string[]>>();
  const types = new Map<string, Answer<EntryType>>();
  const links = new Map<string, Answer<boolean>>();
  const sizes = new Map<string, Answer<number>>();
  const reals = new Map<string, Answer<string>>();
  const entries = new Map<string, Answer<Entry>>();
  /** What a listing said each of its entries is, for those that are not symlinks: the walk asks nothing more of them. */
  const listed = new Map<string, EntryType>();
  const entryOf = fs.lookup?.bind(fs);
  const list = fs.list?.bind(fs);
  const listNames = (dir: string) => {
    if (!list) return fs.readdir(dir);
    const found = list(dir);
    for (const { name, type } of found) if (type !== 'symlink') listed.set(childPath(dir, name), type);
    return found.map((entry) => entry.name);
  };
  /** The followed answer of one entry look-up: typeOf's and size's value, or their error. */
  const followed = (path: string) => {
    const answer = ask(entries, path, () => (entryOf as (path: string) => Entry)(path)).followed;
    if ('error' in answer) throw answer.error;
    return answer;
  };
  return {
    // A copy: callers sort the names in place.
    readdir: (dir) => [...ask(listings, dir, () => listNames(dir))],
    typeOf: (path) => listed.get(path) ?? (entryOf ? followed(path).type : ask(types, path, () => fs.typeOf(path))),
    isSymlink: (path) => (listed.has(path) ? false : entryOf ? ask(entries, path, () => entryOf(path)).symlink : ask(links, path, () => fs.isSymlink(path))),
    size: entryOf ? (path) => followed(path).size : (path) => ask(sizes, path, () => fs.size(path)),
    ...(entryOf ? { lookup: (path: string) => ask(entries, path, () => entryOf(path)) } : {}),
    readFile: (path) => fs.readFile(path),
    ...(fs.readCapped ? { readCapped: fs.readCapped.bind(fs) } : {}),
    realpath: (path) => ask(reals, path, () => derivedRealpath(path) ?? fs.realpath(path)),
  };
  /**
   * The real path of an entry already looked at and found not to be a symlink, in a directory whose real path is known:
   * that directory's real path and its name, without asking the tree. The walk asks for the real path of every
   * directory it visits, and realpath(3) (glibc) reads every component of the path again: 164 readlink calls in a
   * one-file lint of the examples' 22 directories, measured with strace -c.
   */
  function derivedRealpath(path: string): string | undefined {
    if (!isAbsolute(path)) return undefined;
    // POSIX: the parent and the name by the last separator (a walk's paths are childPath's); path.basename and
    // path.dirname loop over the whole string (paths.ts says why that matters).
    const cut = sep === '/' ? path.lastIndexOf('/') : -1;
    const name = cut > 0 ? path.slice(cut + 1) : basename(path);
    const parentPath = cut > 0 ? path.slice(0, cut) : dirname(path);
    if (name === '' || name === '.' || name === '..') return undefined;
    if (!listed.has(path)) {
      const entry = entries.get(path);
      if (!entry || 'error' in entry || entry.value.symlink) return undefined;
    }
    const parent = reals.get(parentPath);
    if (!parent || 'error' in parent || parentPath === path) return undefined;
    return childPath(parent.value, name);
  }
}

/** The file's bytes, or undefined when it holds more than `max` bytes. Throws as readFile does. */
export function readFileCapped(fs: RepoFs, path: string, max: number): Buffer | undefined {
  if (fs.readCapped) return fs.readCapped(path, max);
  return fs.size(path) > max ? undefined : fs.readFile(path);
}

/** `typeOf`, with anything unreadable as undefined. */
export function typeOrUndefined(fs: RepoFs, path: string): EntryType | undefined {
  try {
    return fs.typeOf(path);
  } catch {
    return undefined;
  }
}
