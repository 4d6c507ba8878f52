// Report paths use forward slashes on every platform (what git, GitHub and globs match against).
import { sep } from 'node:path';

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
