// The CLI's parse cache: what discovery, the renderer and the policy loader parsed from each file (src/yaml/memo.ts),
// kept from one run to the next, as ESLint's `--cache` keeps its results. One file per repository and pgwarden
// build, in bin/pgwarden's per-user cache directory (0700, owned by the user: see bin/pgwarden), beside the code
// cache.
//
// - Keyed by content: an entry holds the file's whole text and answers only for exactly that text; a file that
//   changed in any byte is parsed again (no timestamps, no hash a crafted file could collide with).
// - Keyed by build: the cache file names the bundle's hash (lib/cli.cjs's first line) and holds it; a parse from any
//   other pgwarden code is never used.
// - Bounded: at most MAX_BYTES; the entries this run did not use go first. Files larger than MAX_ENTRY_BYTES are not
//   kept. At most MAX_FILES caches (repositories) stay in the directory, the most recently used.
// - Corrupt, foreign or unreadable caches and entries are ignored (the file is parsed, as without a cache); a cache
//   that cannot be written costs nothing but the cache. Written to a temporary file and renamed, mode 0600.
// - `lint --no-cache` reads and writes none; NODE_DISABLE_COMPILE_CACHE=1 turns off bin/pgwarden's caches, this one
//   included.
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSafe, type ParseMemo, parseMemo, setParseMemo } from '../yaml/index.js';

/** The whole cache file, in characters of its JSON. */
export const MAX_BYTES = 32 * 1024 * 1024;
/** A file above this size is not kept (its entry would crowd out the rest). */
export const MAX_ENTRY_BYTES = 1024 * 1024;
/** The layout of the cache file; a file of another layout is ignored. */
const FORMAT = 1;
/** Caches of other builds go once nobody used them for a week (as bin/pgwarden's code caches). */
const STALE_MS = 7 * 24 * 3600 * 1000;
/**
 * At most this many caches (one per repository linted) stay in the directory, the most recently used: repositories
 * linted once (a temporary checkout, a test's fixture) do not pile up.
 */
export const MAX_FILES = 16;
/** A cache's time of use is its file's mtime, renewed by a run that reads it at most this often. */
const USE_MARK_MS = 3600 * 1000;

interface Entry {
  /** The file's text. */
  text: string;
  /** kind → the value as JSON (parsed only when asked for: most runs use a part of the cache). */
  values: Record<string, string>;
}

interface CacheFile {
  format: number;
  build: string;
  root: string;
  entries: Record<string, Entry>;
}

/** Where the cache lives and whose it is: bin/pgwarden's cache directory and the bundle's hash. */
export interface ParseCacheLocation {
  dir: string;
  build: string;
  /** The bound (default MAX_BYTES). */
  maxBytes?: number;
}

export class ParseCache implements ParseMemo {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
  private changed = false;

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly build: string,
    private readonly root: string,
    private readonly maxBytes: number,
  ) {}

  /** The cache of repository `root` (an absolute path) in `location`, empty when there is none or it is unusable. */
  static open(location: ParseCacheLocation, root: string): ParseCache {
    const cache = new ParseCache(join(location.dir, `parse-${location.build}-${fnv1a(root)}.json`), location.build, root, location.maxBytes ?? MAX_BYTES);
    let data: Partial<CacheFile>;
    try {
      data = JSON.parse(readFileSync(cache.file, 'utf8')) as Partial<CacheFile>;
    } catch {
      return cache; // none yet, or not JSON
    }
    if (data?.format !== FORMAT || data.build !== location.build || data.root !== root || typeof data.entries !== 'object' || data.entries === null) return cache;
    try {
      const now = Date.now();
      if (now - statSync(cache.file).mtimeMs > USE_MARK_MS) utimesSync(cache.file, now / 1000, now / 1000);
    } catch {
      // read-only: the cache may go sooner
    }
    for (const [path, entry] of Object.entries(data.entries)) {
      if (typeof entry?.text !== 'string' || typeof entry.values !== 'object' || entry.values === null || Array.isArray(entry.values)) continue;
      cache.entries.set(path, { text: entry.text, values: Object.assign(Object.create(null) as Record<string, string>, entry.values) });
    }
    return cache;
  }

  /** Put this cache in force (src/yaml/memo.ts); the function returned puts back the one in force before. */
  enter(): () => void {
    const before = parseMemo();
    setParseMemo(this);
    return () => setParseMemo(before);
  }

  get(file: string, text: string, kind: string): unknown {
    const entry = this.entries.get(file);
    if (!entry || entry.text !== text) return undefined;
    const json = entry.values[kind];
    if (typeof json !== 'string') return undefined;
    try {
      const value: unknown = JSON.parse(json);
      this.used.add(file);
      return value;
    } catch {
      return undefined;
    }
  }

  set(file: string, text: string, kind: string, value: unknown): void {
    // Only what comes back from JSON exactly (a value JSON cannot carry means: parse that file every time).
    if (text.length > MAX_ENTRY_BYTES || !jsonSafe(value)) return;
    let json: string;
    try {
      json = JSON.stringify(value);
    } catch {
      return;
    }
    let entry = this.entries.get(file);
    if (!entry || entry.text !== text) {
      entry = { text, values: Object.create(null) as Record<string, string> };
      this.entries.set(file, entry);
    }
    entry.values[kind] = json;
    this.used.add(file);
    this.changed = true;
  }

  /** Write the cache when this run added to it; drop caches of other builds unused for a week. Never throws. */
  save(): void {
    if (!this.changed) return;
    // Least recently useful first: the entries this run did not touch, then those it did; cut from the front.
    const order = [...this.entries.keys()].filter((f) => !this.used.has(f)).concat([...this.used].filter((f) => this.entries.has(f)));
    const sizes = order.map((f) => sizeOf(f, this.entries.get(f)!));
    let total = sizes.reduce((a, b) => a + b, 0);
    let first = 0;
    while (total > this.maxBytes && first < order.length) total -= sizes[first++]!;
    const entries = Object.create(null) as Record<string, Entry>;
    for (const f of order.slice(first)) entries[f] = this.entries.get(f)!;
    const data: CacheFile = { format: FORMAT, build: this.build, root: this.root, entries };
    const temporary = `${this.file}.${process.pid}`;
    try {
      const fd = openSync(temporary, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(data));
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
      return;
    }
    this.prune();
  }

  /**
   * Drop the caches of other builds unused for a week, temporary files a killed run left, and all but the MAX_FILES
   * most recently used caches. Never throws.
   */
  private prune(): void {
    try {
      const dir = join(this.file, '..');
      const now = Date.now();
      const kept: { path: string; used: number }[] = [];
      for (const name of readdirSync(dir)) {
        if (!name.startsWith('parse-')) continue;
        const path = join(dir, name);
        const used = statSync(path).mtimeMs;
        const temporary = !name.endsWith('.json');
        const otherBuild = !name.startsWith(`parse-${this.build}-`);
        if ((temporary || otherBuild) && used < now - (temporary ? USE_MARK_MS : STALE_MS)) rmSync(path, { force: true });
        else if (!temporary && path !== this.file) kept.push({ path, used });
      }
      kept.sort((a, b) => b.used - a.used);
      for (const { path } of kept.slice(MAX_FILES - 1)) rmSync(path, { force: true });
    } catch {
      // the next write tries again
    }
  }
}

function sizeOf(file: string, entry: Entry): number {
  let size = file.length + entry.text.length + 32;
  for (const [kind, json] of Object.entries(entry.values)) size += kind.length + json.length + 8;
  return size;
}

/** A short name for a repository's path (the file itself holds the path and is used only for that one). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
