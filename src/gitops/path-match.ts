// Go's path.Match, which Argo CD's ApplicationSet git directories generator matches each repository directory with
// (argo-cd applicationset/generators/git.go `filterApps`: `path.Match(requestedPath.Path, appPath)`, v2.x and v3.x).
// Ported from Go's src/path/match.go (go1.22): `*` is any run of characters but `/`, `?` one character but `/`,
// `[a-z]` / `[^a-z]` a class, `\` escapes; no `**`, no braces, no extglobs — `apps/**` matches `apps/a` but not
// `apps/a/b`, and `{a,b}` is literal, as in Argo CD (picomatch, used before, reads all three otherwise). A malformed
// pattern matches nothing (Argo CD logs the error and skips the pattern).
//
// Works on code points (Go works on UTF-8 bytes, comparing them one by one outside classes: the same for valid text).

/** Whether `name` matches `pattern` in full; undefined for a malformed pattern (Go's ErrBadPattern). */
export function goPathMatch(pattern: string, name: string): boolean | undefined {
  let p = Array.from(pattern);
  let n = Array.from(name);
  chunks: while (p.length > 0) {
    const { star, chunk, rest } = scanChunk(p);
    p = rest;
    if (star && chunk.length === 0) return !n.includes('/'); // a trailing * matches the rest unless it has a /
    // Look for a match at the current position; the last chunk must use up the name.
    const here = matchChunk(chunk, n);
    if (here.ok && (here.rest.length === 0 || p.length > 0)) {
      n = here.rest;
      continue;
    }
    if (here.bad) return undefined;
    if (star) {
      // Look for a match skipping i+1 characters; a * cannot skip a /.
      for (let i = 0; i < n.length && n[i] !== '/'; i++) {
        const skipped = matchChunk(chunk, n.slice(i + 1));
        if (skipped.ok) {
          if (p.length === 0 && skipped.rest.length > 0) continue;
          n = skipped.rest;
          continue chunks;
        }
        if (skipped.bad) return undefined;
      }
    }
    // No match: still a malformed rest of the pattern is an error, as in Go.
    while (p.length > 0) {
      const next = scanChunk(p);
      p = next.rest;
      if (matchChunk(next.chunk, []).bad) return undefined;
    }
    return false;
  }
  return n.length === 0;
}

/** The next run of non-star pattern characters, and whether stars preceded it. */
function scanChunk(pattern: string[]): { star: boolean; chunk: string[]; rest: string[] } {
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') start++;
  let inRange = false;
  let i = start;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < pattern.length) i++; // a bad escape is reported by matchChunk
    } else if (c === '[') inRange = true;
    else if (c === ']') inRange = false;
    else if (c === '*' && !inRange) break;
  }
  return { star: start > 0, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}

/** Whether `chunk` (literals, classes, ?) matches the start of `s`, and what follows; `bad` for a malformed chunk. */
function matchChunk(chunk: string[], s: string[]): { ok: boolean; rest: string[]; bad?: true } {
  // After a failure the chunk is still read to the end, to report a malformed one.
  let failed = false;
  let c = 0;
  let at = 0;
  while (c < chunk.length) {
    if (!failed && at >= s.length) failed = true;
    const ch = chunk[c]!;
    if (ch === '[') {
      const r = failed ? undefined : s[at++]!.codePointAt(0)!;
      c++;
      let negated = false;
      if (c < chunk.length && chunk[c] === '^') {
        negated = true;
        c++;
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (c < chunk.length && chunk[c] === ']' && ranges > 0) {
          c++;
          break;
        }
        const lo = escaped(chunk, c);
        if (!lo) return { ok: false, rest: [], bad: true };
        c = lo.next;
        let hi = lo.rune;
        if (chunk[c] === '-') {
          const high = escaped(chunk, c + 1);
          if (!high) return { ok: false, rest: [], bad: true };
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
        if (c >= chunk.length) return { ok: false, rest: [], bad: true };
        literal = chunk[c]!;
      }
      if (!failed) {
        if (literal !== s[at]) failed = true;
        at++;
      }
      c++;
    }
  }
  return failed ? { ok: false, rest: [] } : { ok: true, rest: s.slice(at) };
}

/** One class character at `c` (possibly escaped); undefined where Go says ErrBadPattern. */
function escaped(chunk: string[], c: number): { rune: number; next: number } | undefined {
  let i = c;
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') return undefined;
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) return undefined;
  }
  const rune = chunk[i]!.codePointAt(0)!;
  i++;
  if (i >= chunk.length) return undefined; // a class must be closed
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
