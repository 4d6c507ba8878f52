// Go's path.Match, which Argo CD's ApplicationSet git directories generator matches each repository directory with
// (argo-cd applicationset/generators/git.go `filterApps`: `path.Match(requestedPath.Path, appPath)`, v2.x and v3.x).
// Ported from Go's src/path/match.go (go1.22): `*` is any run of characters but `/`, `?` one character but `/`,
// `[a-z]` / `[^a-z]` a class, `\` escapes; no `**`, no braces, no extglobs — `apps/**` matches `apps/a` but not
// `apps/a/b`, and `{a,b}` is literal, as in Argo CD (picomatch, used before, reads all three otherwise). A malformed
// pattern matches nothing (Argo CD logs the error and skips the pattern).
//
// Works on code points (Go works on UTF-8 bytes, comparing them one by one outside classes: the same for valid text).

/**
 * Longest pattern matched: a git directories item is a path, and a path longer than this names no directory anyone
 * deploys. Matching costs the pattern's length times the name's at worst, and the pattern comes from the repository
 * (a pull request from a fork): a longer one matches nothing, as a malformed one does.
 */
export const MAX_PATTERN_LENGTH = 1024;

/** Whether `name` matches `pattern` in full; undefined for a malformed or over-long pattern (Go's ErrBadPattern). */
export function goPathMatch(pattern: string, name: string): boolean | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return undefined;
  const pat = Array.from(pattern);
  const nm = Array.from(name);
  let p = 0;
  let n = 0;
  chunks: while (p < pat.length) {
    const { star, start, end } = scanChunk(pat, p);
    p = end;
    if (star && start === end) return !nm.includes('/', n); // a trailing * matches the rest unless it has a /
    // Look for a match at the current position; the last chunk must use up the name.
    const here = matchChunk(pat, start, end, nm, n);
    if (here === BAD) return undefined;
    if (here >= 0 && (here === nm.length || p < pat.length)) {
      n = here;
      continue;
    }
    if (star) {
      // Look for a match skipping i+1 characters; a * cannot skip a /.
      for (let i = n; i < nm.length && nm[i] !== '/'; i++) {
        const skipped = matchChunk(pat, start, end, nm, i + 1);
        if (skipped === BAD) return undefined;
        if (skipped >= 0) {
          if (p === pat.length && skipped < nm.length) continue;
          n = skipped;
          continue chunks;
        }
      }
    }
    // No match: still a malformed rest of the pattern is an error, as in Go.
    while (p < pat.length) {
      const next = scanChunk(pat, p);
      p = next.end;
      if (matchChunk(pat, next.start, next.end, [], 0) === BAD) return undefined;
    }
    return false;
  }
  return n === nm.length;
}

/** matchChunk's answer for a malformed chunk; NO_MATCH when it does not match. */
const BAD = -2;
const NO_MATCH = -1;

/** The next run of non-star pattern characters from `from`: [start, end), and whether stars preceded it. */
function scanChunk(pat: readonly string[], from: number): { star: boolean; start: number; end: number } {
  let start = from;
  while (start < pat.length && pat[start] === '*') start++;
  let inRange = false;
  let i = start;
  for (; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') {
      if (i + 1 < pat.length) i++; // a bad escape is reported by matchChunk
    } else if (c === '[') inRange = true;
    else if (c === ']') inRange = false;
    else if (c === '*' && !inRange) break;
  }
  return { star: start > from, start, end: i };
}

/**
 * Whether pat[start, end) (literals, classes, ?) matches the name from `at`: the index after the match, NO_MATCH, or
 * BAD for a malformed chunk.
 */
function matchChunk(pat: readonly string[], start: number, end: number, s: readonly string[], at: number): number {
  // After a failure the chunk is still read to the end, to report a malformed one.
  let failed = false;
  let c = start;
  while (c < end) {
    if (!failed && at >= s.length) failed = true;
    const ch = pat[c]!;
    if (ch === '[') {
      const r = failed ? undefined : s[at++]!.codePointAt(0)!;
      c++;
      let negated = false;
      if (c < end && pat[c] === '^') {
        negated = true;
        c++;
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (c < end && pat[c] === ']' && ranges > 0) {
          c++;
          break;
        }
        const lo = classChar(pat, c, end);
        if (!lo) return BAD;
        c = lo.next;
        let hi = lo.rune;
        if (pat[c] === '-') {
          const high = classChar(pat, c + 1, end);
          if (!high) return BAD;
          c = high.next;
          hi = high.rune;
        }
        if (r !== undefined && lo.rune <= r && r <= hi) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (ch === '?') {
      if (!failed) {
        if (s[at] === '/') failed = true;
        at++;
      }
      c++;
    } else {
      let literal = ch;
      if (ch === '\\') {
        c++;
        if (c >= end) return BAD;
        literal = pat[c]!;
      }
      if (!failed) {
        if (literal !== s[at]) failed = true;
        at++;
      }
      c++;
    }
  }
  return failed ? NO_MATCH : at;
}

/** One class character at `c` (possibly escaped), before `end`; undefined where Go says ErrBadPattern. */
function classChar(pat: readonly string[], c: number, end: number): { rune: number; next: number } | undefined {
  let i = c;
  if (i >= end || pat[i] === '-' || pat[i] === ']') return undefined;
  if (pat[i] === '\\') {
    i++;
    if (i >= end) return undefined;
  }
  const rune = pat[i]!.codePointAt(0)!;
  i++;
  if (i >= end) return undefined; // a class must be closed
  return { rune, next: i };
}

/**
 * The directories a pattern can match lie below its static part: the whole segments before the first `*`, `?`,
 * `[` or `\` (`apps/*` → `apps`).
 */
export function staticPrefix(pattern: string): string {
  const meta = pattern.search(/[*?[\\]/);
  if (meta < 0) return pattern;
  const slash = pattern.lastIndexOf('/', meta);
  return slash < 0 ? '' : pattern.slice(0, slash);
}
