import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  jsonSafe,
  parseMemo,
  setParseMemo
} from "./chunk-KZPG3NJF.js";

// src/cli/parse-cache.ts
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from "node:fs";
import { join } from "node:path";
var MAX_BYTES = 32 * 1024 * 1024;
var MAX_ENTRY_BYTES = 1024 * 1024;
var FORMAT = 1;
var STALE_MS = 7 * 24 * 3600 * 1e3;
var MAX_FILES = 16;
var USE_MARK_MS = 3600 * 1e3;
var ParseCache = class _ParseCache {
  constructor(file, build, root, maxBytes) {
    this.file = file;
    this.build = build;
    this.root = root;
    this.maxBytes = maxBytes;
  }
  file;
  build;
  root;
  maxBytes;
  entries = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Set();
  changed = false;
  /** The cache of repository `root` (an absolute path) in `location`, empty when there is none or it is unusable. */
  static open(location, root) {
    const cache = new _ParseCache(join(location.dir, `parse-${location.build}-${fnv1a(root)}.json`), location.build, root, location.maxBytes ?? MAX_BYTES);
    let data;
    try {
      data = JSON.parse(readFileSync(cache.file, "utf8"));
    } catch {
      return cache;
    }
    if (data?.format !== FORMAT || data.build !== location.build || data.root !== root || typeof data.entries !== "object" || data.entries === null) return cache;
    try {
      const now = Date.now();
      if (now - statSync(cache.file).mtimeMs > USE_MARK_MS) utimesSync(cache.file, now / 1e3, now / 1e3);
    } catch {
    }
    for (const [path, entry] of Object.entries(data.entries)) {
      if (typeof entry?.text !== "string" || typeof entry.values !== "object" || entry.values === null || Array.isArray(entry.values)) continue;
      cache.entries.set(path, { text: entry.text, values: Object.assign(/* @__PURE__ */ Object.create(null), entry.values) });
    }
    return cache;
  }
  /** Put this cache in force (src/yaml/memo.ts); the function returned puts back the one in force before. */
  enter() {
    const before = parseMemo();
    setParseMemo(this);
    return () => setParseMemo(before);
  }
  get(file, text, kind) {
    const entry = this.entries.get(file);
    if (!entry || entry.text !== text) return void 0;
    const json = entry.values[kind];
    if (typeof json !== "string") return void 0;
    try {
      const value = JSON.parse(json);
      this.used.add(file);
      return value;
    } catch {
      return void 0;
    }
  }
  set(file, text, kind, value) {
    if (text.length > MAX_ENTRY_BYTES || !jsonSafe(value)) return;
    let json;
    try {
      json = JSON.stringify(value);
    } catch {
      return;
    }
    let entry = this.entries.get(file);
    if (!entry || entry.text !== text) {
      entry = { text, values: /* @__PURE__ */ Object.create(null) };
      this.entries.set(file, entry);
    }
    entry.values[kind] = json;
    this.used.add(file);
    this.changed = true;
  }
  /** Write the cache when this run added to it; drop caches of other builds unused for a week. Never throws. */
  save() {
    if (!this.changed) return;
    const order = [...this.entries.keys()].filter((f) => !this.used.has(f)).concat([...this.used].filter((f) => this.entries.has(f)));
    const sizes = order.map((f) => sizeOf(f, this.entries.get(f)));
    let total = sizes.reduce((a, b) => a + b, 0);
    let first = 0;
    while (total > this.maxBytes && first < order.length) total -= sizes[first++];
    const entries = /* @__PURE__ */ Object.create(null);
    for (const f of order.slice(first)) entries[f] = this.entries.get(f);
    const data = { format: FORMAT, build: this.build, root: this.root, entries };
    const temporary = `${this.file}.${process.pid}`;
    try {
      const fd = openSync(temporary, "w", 384);
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
  prune() {
    try {
      const dir = join(this.file, "..");
      const now = Date.now();
      const kept = [];
      for (const name of readdirSync(dir)) {
        if (!name.startsWith("parse-")) continue;
        const path = join(dir, name);
        const used = statSync(path).mtimeMs;
        const temporary = !name.endsWith(".json");
        const otherBuild = !name.startsWith(`parse-${this.build}-`);
        if ((temporary || otherBuild) && used < now - (temporary ? USE_MARK_MS : STALE_MS)) rmSync(path, { force: true });
        else if (!temporary && path !== this.file) kept.push({ path, used });
      }
      kept.sort((a, b) => b.used - a.used);
      for (const { path } of kept.slice(MAX_FILES - 1)) rmSync(path, { force: true });
    } catch {
    }
  }
};
function sizeOf(file, entry) {
  let size = file.length + entry.text.length + 32;
  for (const [kind, json] of Object.entries(entry.values)) size += kind.length + json.length + 8;
  return size;
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export {
  MAX_BYTES,
  MAX_ENTRY_BYTES,
  MAX_FILES,
  ParseCache
};
