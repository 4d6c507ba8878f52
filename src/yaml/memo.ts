// Parse results kept across runs (the CLI's parse cache, src/cli/parse-cache.ts), as ESLint's `--cache` keeps its
// results: a short run (pre-commit's one-file lint) spends most of its work parsing YAML that did not change since the
// last run, in an interpreter that has not warmed up. Each parse site (discovery, the renderer, the policy file)
// asks the memo in force for the value it would compute from a file's text, and stores what it computed. An entry
// answers only for the exact text it was computed from (never a timestamp, never a hash that a crafted file could
// collide with), so a changed file is always parsed again. No memo is in force unless the CLI sets one: a library
// caller, the webhook and the tests parse every time.
export interface ParseMemo {
  /** The value stored under `kind` for `file` when its text was exactly `text`; undefined when there is none. */
  get(file: string, text: string, kind: string): unknown;
  /** Store `value` under `kind` for `file` with this text; kept only when it is plain JSON data (jsonSafe). */
  set(file: string, text: string, kind: string, value: unknown): void;
}

let current: ParseMemo | undefined;

/** The memo in force for this process (one CLI run), or undefined. */
export function parseMemo(): ParseMemo | undefined {
  return current;
}

export function setParseMemo(memo: ParseMemo | undefined): void {
  current = memo;
}

/**
 * `value` survives JSON.stringify → JSON.parse unchanged: plain objects and arrays, strings, booleans, null and finite
 * numbers other than -0 (JSON has no Infinity, NaN or -0; a YAML `.inf` must not come back as null). Anything else
 * (a Date, a Map, a Uint8Array from a tag) makes the file not cached: it is parsed every time, as without a cache.
 */
export function jsonSafe(value: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonSafe(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    // JSON.stringify drops undefined members: an object with one would come back without the key.
    if (v === undefined || !jsonSafe(v, depth + 1)) return false;
  }
  return true;
}
