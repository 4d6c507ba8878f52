/**
 * Longest pattern matched: a git directories item is a path, and a path longer than this names no directory anyone
 * deploys. Matching costs the pattern's length times the name's at worst, and the pattern comes from the repository
 * (a pull request from a fork): a longer one matches nothing, as a malformed one does.
 */
export declare const MAX_PATTERN_LENGTH = 1024;
/** Whether `name` matches `pattern` in full; undefined for a malformed or over-long pattern (Go's ErrBadPattern). */
export declare function goPathMatch(pattern: string, name: string): boolean | undefined;
/**
 * The directories a pattern can match lie below its static part: the whole segments before the first `*`, `?`,
 * `[` or `\` (`apps/*` → `apps`).
 */
export declare function staticPrefix(pattern: string): string;
