export declare function toPosix(path: string): string;
/**
 * Order of paths and names in every report: by UTF-16 code unit, as git and kustomize (Go's `<` on strings) order
 * them. `localeCompare` would follow the user's ICU locale, so the same repository could be reported in a different
 * order on another machine, and its first call loads ICU's collation data (8–12 ms of a one-file lint).
 */
export declare function compareText(a: string, b: string): number;
