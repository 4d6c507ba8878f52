export declare function toPosix(path: string): string;
/**
 * Order of paths and names in every report: by UTF-16 code unit, as git and kustomize (Go's `<` on strings) order
 * them. `localeCompare` would follow the user's ICU locale, so the same repository could be reported in a different
 * order on another machine, and its first call loads ICU's collation data (8–12 ms of a one-file lint).
 */
export declare function compareText(a: string, b: string): number;
/**
 * The path of `name` in directory `dir`: `dir` is already normal (absolute, from resolve() or from this function) and
 * `name` is one entry of it (from readdir: no separator, never `.` or `..`), so path.join's normalising pass over the
 * whole string, once per entry of every directory the walk lists, is not needed.
 */
export declare function childPath(dir: string, name: string): string;
/** path.resolve(base, path), without its pass over the whole string when `base` is normal and `path` plain. */
export declare function resolvePath(base: string, path: string): string;
/** path.relative(from, to), without its passes when both are normal and `to` lies below `from`. */
export declare function relativePath(from: string, to: string): string;
