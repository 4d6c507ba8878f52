// Report paths use forward slashes on every platform (what git, GitHub and globs match against).
import { relative, resolve, sep } from 'node:path';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Order of paths and names in every report: by UTF-16 code unit, as git and kustomize (Go's `<` on strings) order
 * them. `localeCompare` would follow the user's ICU locale, so the same repository could be reported in a different
 * order on another machine, and its first call loads ICU's collation data (8–12 ms of a one-file lint).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The path of `name` in directory `dir`: `dir` is already normal (absolute, from resolve() or from this function) and
 * `name` is one entry of it (from readdir: no separator, never `.` or `..`), so path.join's normalising pass over the
 * whole string, once per entry of every directory the walk lists, is not needed.
 */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

// path.resolve and path.relative walk their arguments character by character in JavaScript (node lib/path.js
// normalizeString). A lint calls them a few hundred times; with a repository at a path as long as a user's
// (/home/…/src/…), those loops ran long enough for V8 to optimise them on a background thread in every run: 2-3 ms
// of CPU and 6 MB of memory for a 40 ms process (measured: lint FILE of the examples copied to a 33-character
// path against a 7-character one, 2.1 ms slower, RSS 59.8 against 53.7 MB; with the calls memoized, no difference).
// Most of those calls join a normal directory and a plain name, or ask for a path below a directory: string work.

/** Already what path.resolve returns: absolute, and no empty, `.` or `..` segment nor trailing separator (POSIX). */
function isNormalAbsolute(path: string): boolean {
  return (
    path.startsWith('/') &&
    (path === '/' || (!path.endsWith('/') && !path.includes('//') && !path.includes('/./') && !path.includes('/../') && !path.endsWith('/.') && !path.endsWith('/..')))
  );
}

/** A relative path of names only: no empty, `.` or `..` segment (POSIX). */
function isPlainRelative(path: string): boolean {
  return (
    path !== '' &&
    path !== '.' &&
    path !== '..' &&
    !path.startsWith('/') &&
    !path.endsWith('/') &&
    !path.startsWith('./') &&
    !path.startsWith('../') &&
    !path.includes('//') &&
    !path.includes('/./') &&
    !path.includes('/../') &&
    !path.endsWith('/.') &&
    !path.endsWith('/..')
  );
}

/** path.resolve(base, path), without its pass over the whole string when `base` is normal and `path` plain. */
export function resolvePath(base: string, path: string): string {
  if (sep === '/' && isPlainRelative(path) && isNormalAbsolute(base)) return base === '/' ? `/${path}` : `${base}/${path}`;
  return resolve(base, path);
}

/** path.relative(from, to), without its passes when both are normal and `to` lies below `from`. */
export function relativePath(from: string, to: string): string {
  if (sep === '/' && from !== '/' && to.length > from.length + 1 && to.startsWith(from) && to[from.length] === '/' && isNormalAbsolute(from) && isNormalAbsolute(to)) {
    return to.slice(from.length + 1);
  }
  return relative(from, to);
}
