/** Whether `name` matches `pattern` in full; undefined for a malformed pattern (Go's ErrBadPattern). */
export declare function goPathMatch(pattern: string, name: string): boolean | undefined;
/**
 * The directories a pattern can match lie below its static part: the whole segments before the first `*`, `?`,
 * `[` or `\` (`apps/*` → `apps`).
 */
export declare function staticPrefix(pattern: string): string;
