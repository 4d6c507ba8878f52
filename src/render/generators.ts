// kustomize's configMapGenerator / secretGenerator as a pure module (kustomize api/kv/kv.go,
// api/internal/generators/{configmap,secret,utils}.go, api/types/generatoroptions.go, resmap appendReplaceOrMerge).
// Behaviour details below were checked against `kubectl kustomize` (kustomize v5.5); see test/render/generators.test.ts.
//
// No I/O here: files are read through `ctx.readFile` (the renderer passes its cached, load-restricted reader) and
// positions in the kustomization come from `ctx.locate`. A Secret's value never goes into an error message.
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { parseYamlStream } from '../yaml/index.js';
import type { Origin } from './types.js';

export type GeneratorField = 'configMapGenerator' | 'secretGenerator';
export type GenerationBehavior = 'create' | 'merge' | 'replace';

export interface GeneratorOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

/** A YAML path inside the kustomization document (keys and sequence indexes). */
export type YamlPath = (string | number)[];

export interface GeneratorContext {
  /** Absolute path of the kustomization file holding the generator entries. */
  kustomizationFile: string;
  /**
   * Reads a file named by a `files:` / `envs:` entry, given as an absolute path resolved against the
   * kustomization's directory. Throws when the file is missing or outside the load root; the error's message
   * is kept (as `cause`) but the GeneratorError names the kustomization entry.
   */
  readFile(absolutePath: string): Uint8Array | string;
  /** Where a node of the kustomization document is; absent → origins carry line 0. See `createLocator`. */
  locate?(yamlPath: YamlPath): Origin | undefined;
  /** The kustomization-level `generatorOptions`, already parsed (plain JSON). */
  generatorOptions?: unknown;
}

export interface GeneratedResource {
  /** The ConfigMap or Secret as kustomize generates it, before namePrefix/namespace/hash. */
  object: Record<string, unknown>;
  behavior: GenerationBehavior;
  /** False when `disableNameSuffixHash` is set (locally or in generatorOptions). Hash with `hashedName` last. */
  needsHashSuffix: boolean;
  /** [RFC 6901 pointer into `object`, where that value was written]. */
  origins: [string, Origin][];
  /** Which entry produced it, for diagnostics. */
  source: { file: string; field: GeneratorField; index: number; name: string };
}

export type GeneratorErrorCode =
  | 'invalid-entry'
  | 'invalid-literal'
  | 'invalid-file-source'
  | 'invalid-env-file'
  | 'duplicate-key'
  | 'read-failed';

/** The one error this module throws: names the kustomization file, the line of the entry and the entry. */
export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  constructor(
    message: string,
    readonly code: GeneratorErrorCode,
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly field: GeneratorField | 'generatorOptions',
    readonly index: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const ENTRY_FIELDS: Readonly<Record<GeneratorField, ReadonlySet<string>>> = {
  configMapGenerator: new Set(['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options']),
  secretGenerator: new Set(['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options', 'type']),
};
export const OPTION_FIELDS: ReadonlySet<string> = new Set(['labels', 'annotations', 'disableNameSuffixHash', 'immutable']);

const UTF8_BOM = '\uFEFF';

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** RFC 6901 escaping of one reference token. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** kustomize's base64 for Secret data and ConfigMap binaryData: wrapped every 70 characters, each line ending in \n, once longer than one line. */
export function encodeBase64Wrapped(bytes: Uint8Array): string {
  const encoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const LINE = 70;
  // Go: lines := encLen/lineLen + 1; a newline follows every chunk only when lines > 1.
  if (Math.floor(encoded.length / LINE) + 1 <= 1) return encoded;
  let out = '';
  for (let i = 0; i < encoded.length; i += LINE) out += `${encoded.slice(i, i + LINE)}\n`;
  return out;
}

/** kv.go removeQuotes: strip one pair of matching surrounding quotes from a literal's value. */
function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}

/** Go's path.Base for a slash path. */
function goPathBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  const i = trimmed.lastIndexOf('/');
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}

/** Go unicode.IsSpace over a code point. */
function isGoSpace(ch: string): boolean {
  return /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/.test(ch);
}

interface KvPair {
  key: string;
  value: Uint8Array | string;
  origin: Origin;
}

/**
 * kv.go keyValuesFromLines: bufio.Scanner lines (split on \n, one trailing \r dropped), BOM trimmed on the first
 * line, leading whitespace trimmed, `#` comments and blank lines skipped, split on the first `=`; no quote
 * processing and no trimming of the key's or value's trailing whitespace. A line without `=` is a key with "".
 * A line with an empty key (`=x`) is skipped, as kustomize treats a blank key like a comment.
 * Returns pairs with the 1-based line each came from; throws a plain Error (wrapped by the caller) on invalid UTF-8.
 */
export function parseEnvFile(content: Uint8Array | string): { key: string; value: string; line: number; endColumn: number }[] {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      throw new Error('env file is not valid UTF-8');
    }
  }
  const lines = text.split('\n');
  // bufio.Scanner yields no final empty token after a trailing newline.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: { key: string; value: string; line: number; endColumn: number }[] = [];
  lines.forEach((raw, i) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (i === 0 && line.startsWith(UTF8_BOM)) line = line.slice(1);
    let start = 0;
    while (start < line.length && isGoSpace(line[start]!)) start++;
    line = line.slice(start);
    if (line.length === 0 || line[0] === '#') return;
    const eq = line.indexOf('=');
    const key = eq >= 0 ? line.slice(0, eq) : line;
    const value = eq >= 0 ? line.slice(eq + 1) : '';
    if (key.length === 0) return;
    out.push({ key, value, line: i + 1, endColumn: raw.length + 1 });
  });
  return out;
}

/** A path written in a kustomization, resolved the way kustomize's loader does (relative to the kustomization dir). */
function resolveFrom(kustomizationFile: string, p: string): string {
  return path.resolve(path.dirname(kustomizationFile), p);
}

function toBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function plainOrigin(file: string, yamlPath: YamlPath): Origin {
  return { file, line: 0, column: 0, endLine: 0, endColumn: 0, docIndex: 0, yamlPath, via: 'generator' };
}

/** Options merged as kustomize's MergeGlobalOptionsIntoLocal does: local labels/annotations win, global booleans force true. */
export function mergeGeneratorOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions {
  const merged: GeneratorOptions = { ...(local ?? {}) };
  if (!global) return merged;
  if (global.labels) merged.labels = { ...global.labels, ...(local?.labels ?? {}) };
  if (global.annotations) merged.annotations = { ...global.annotations, ...(local?.annotations ?? {}) };
  if (global.disableNameSuffixHash) merged.disableNameSuffixHash = true;
  if (global.immutable) merged.immutable = true;
  return merged;
}

class EntryReader {
  constructor(
    readonly ctx: GeneratorContext,
    readonly field: GeneratorField | 'generatorOptions',
    readonly index: number,
    readonly basePath: YamlPath,
  ) {}

  origin(sub: YamlPath): Origin {
    return originAt(this.ctx, [...this.basePath, ...sub]);
  }

  fail(code: GeneratorErrorCode, what: string, sub: YamlPath = [], cause?: unknown): GeneratorError {
    const at = this.origin(sub);
    const where = at.line > 0 ? `${this.ctx.kustomizationFile}:${at.line}` : this.ctx.kustomizationFile;
    const entry = this.field === 'generatorOptions' ? 'generatorOptions' : `${this.field}[${this.index}]`;
    return new GeneratorError(
      `${where}: ${entry}: ${what}`,
      code,
      this.ctx.kustomizationFile,
      at.line > 0 ? at.line : undefined,
      at.line > 0 ? at.column : undefined,
      this.field,
      this.index,
      cause === undefined ? undefined : { cause },
    );
  }

  stringList(entry: Record<string, unknown>, key: string): string[] {
    const v = entry[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw this.fail('invalid-entry', `\`${key}\` must be a list of strings`, [key]);
    return v.map((item, i) => {
      if (typeof item !== 'string') throw this.fail('invalid-entry', `\`${key}[${i}]\` must be a string`, [key, i]);
      return item;
    });
  }

  stringMap(v: unknown, sub: YamlPath): Record<string, string> | undefined {
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) throw this.fail('invalid-entry', `\`${sub.join('.')}\` must be a map of strings`, sub);
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) {
      // kustomize unmarshals these into map[string]string: a YAML bool/number value is an error there too.
      if (typeof val !== 'string') {
        throw this.fail('invalid-entry', `\`${[...sub, k].join('.')}\` must be a string (quote it)`, [...sub, k]);
      }
      out[k] = val;
    }
    return out;
  }

  options(v: unknown, sub: YamlPath): GeneratorOptions | undefined {
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) throw this.fail('invalid-entry', `\`${sub.join('.') || this.field}\` must be a map`, sub);
    for (const k of Object.keys(v)) {
      if (!OPTION_FIELDS.has(k)) throw this.fail('invalid-entry', `unknown field \`${k}\` in options`, [...sub, k]);
    }
    const opts: GeneratorOptions = {};
    const labels = this.stringMap(v.labels, [...sub, 'labels']);
    if (labels) opts.labels = labels;
    const annotations = this.stringMap(v.annotations, [...sub, 'annotations']);
    if (annotations) opts.annotations = annotations;
    for (const flag of ['disableNameSuffixHash', 'immutable'] as const) {
      const b = v[flag];
      if (b === undefined || b === null) continue;
      if (typeof b !== 'boolean') throw this.fail('invalid-entry', `\`${flag}\` must be true or false`, [...sub, flag]);
      opts[flag] = b;
    }
    return opts;
  }
}

/** Parses kustomization-level `generatorOptions` (plain JSON) with the same checks as per-entry options. */
export function parseGeneratorOptions(ctx: GeneratorContext): GeneratorOptions | undefined {
  return new EntryReader(ctx, 'generatorOptions', 0, ['generatorOptions']).options(ctx.generatorOptions, []);
}

/** Builds one generated ConfigMap or Secret from entry `index` of `field`. */
export function generate(field: GeneratorField, entry: unknown, index: number, ctx: GeneratorContext): GeneratedResource {
  const r = new EntryReader(ctx, field, index, [field, index]);
  if (!isRecord(entry)) throw r.fail('invalid-entry', 'each generator entry must be a map');
  for (const k of Object.keys(entry)) {
    if (!ENTRY_FIELDS[field].has(k)) throw r.fail('invalid-entry', `unknown field \`${k}\``, [k]);
  }
  const kind = field === 'configMapGenerator' ? 'ConfigMap' : 'Secret';
  const name = entry.name;
  if (typeof name !== 'string' || name === '') throw r.fail('invalid-entry', `a ${kind} generator needs a \`name\``, ['name']);
  const namespace = entry.namespace;
  if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') {
    throw r.fail('invalid-entry', '`namespace` must be a string', ['namespace']);
  }
  const behaviorRaw = entry.behavior;
  if (behaviorRaw !== undefined && behaviorRaw !== null && typeof behaviorRaw !== 'string') {
    throw r.fail('invalid-entry', '`behavior` must be create, merge or replace', ['behavior']);
  }
  // kustomize maps an unknown behavior to "unspecified", which acts like create.
  const behavior: GenerationBehavior = behaviorRaw === 'merge' || behaviorRaw === 'replace' ? behaviorRaw : 'create';

  const literals = r.stringList(entry, 'literals');
  const files = r.stringList(entry, 'files');
  const envs = r.stringList(entry, 'envs');
  const envPaths: { p: string; sub: YamlPath }[] = envs.map((p, i) => ({ p, sub: ['envs', i] }));
  if (entry.env !== undefined && entry.env !== null) {
    if (typeof entry.env !== 'string') throw r.fail('invalid-entry', '`env` must be a string', ['env']);
    // kustomize's FixKustomization appends the legacy `env` after `envs`.
    if (entry.env !== '') envPaths.push({ p: entry.env, sub: ['env'] });
  }

  const pairs: KvPair[] = [];
  // kv.go Load order: env files, then literals, then files (only matters for the duplicate-key error).
  for (const { p, sub } of envPaths) {
    const abs = resolveFrom(ctx.kustomizationFile, p);
    let content: Uint8Array | string;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail('read-failed', `cannot read env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    let parsed: ReturnType<typeof parseEnvFile>;
    try {
      parsed = parseEnvFile(content);
    } catch (e) {
      throw r.fail('invalid-env-file', `env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    for (const kv of parsed) {
      pairs.push({
        key: kv.key,
        value: kv.value,
        origin: { file: abs, line: kv.line, column: 1, endLine: kv.line, endColumn: kv.endColumn, docIndex: 0, yamlPath: [], via: 'generator' },
      });
    }
  }
  literals.forEach((lit, i) => {
    // kv.go parseLiteralSource: a leading '=' or no '=' at all is invalid; the value may hold further '='.
    const eq = lit.indexOf('=');
    if (eq <= 0) throw r.fail('invalid-literal', `literal #${i + 1} must be key=value`, ['literals', i]);
    pairs.push({ key: lit.slice(0, eq), value: removeQuotes(lit.slice(eq + 1)), origin: r.origin(['literals', i]) });
  });
  files.forEach((src, i) => {
    const { key, filePath } = parseFileSource(src, () => r.fail('invalid-file-source', `files entry #${i + 1}: ${fileSourceProblem(src)}`, ['files', i]));
    const abs = resolveFrom(ctx.kustomizationFile, filePath);
    let content: Uint8Array | string;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail('read-failed', `cannot read file ${JSON.stringify(filePath)}: ${errorText(e)}`, ['files', i], e);
    }
    pairs.push({ key, value: content, origin: r.origin(['files', i]) });
  });

  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.key)) throw r.fail('duplicate-key', `${kind} ${name} repeats the key \`${p.key}\``);
    seen.add(p.key);
  }

  const localOptions = r.options(entry.options, ['options']);
  const globalOptions = parseGeneratorOptions(ctx);
  const options = mergeGeneratorOptions(localOptions, globalOptions);

  const metadata: Record<string, unknown> = { name };
  const object: Record<string, unknown> = { apiVersion: 'v1', kind, metadata };
  const origins: [string, Origin][] = [
    ['', r.origin([])],
    ['/metadata/name', r.origin(['name'])],
  ];
  if (typeof namespace === 'string' && namespace !== '') {
    metadata.namespace = namespace;
    origins.push(['/metadata/namespace', r.origin(['namespace'])]);
  }

  if (kind === 'Secret') {
    const type = entry.type;
    if (type !== undefined && type !== null && typeof type !== 'string') throw r.fail('invalid-entry', '`type` must be a string', ['type']);
    object.type = typeof type === 'string' && type !== '' ? type : 'Opaque';
    if (typeof type === 'string' && type !== '') origins.push(['/type', r.origin(['type'])]);
    // Unlike a ConfigMap, a generated Secret always has `data` (`{}` when empty; it is hashed as such).
    const data: Record<string, string> = {};
    for (const p of sortedByKey(pairs)) {
      data[p.key] = encodeBase64Wrapped(toBytes(p.value));
      origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
    }
    object.data = data;
  } else {
    const data: Record<string, string> = {};
    const binaryData: Record<string, string> = {};
    for (const p of sortedByKey(pairs)) {
      const text = typeof p.value === 'string' ? p.value : decodeUtf8(p.value);
      if (text !== undefined) {
        data[p.key] = text;
        origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
      } else {
        binaryData[p.key] = encodeBase64Wrapped(toBytes(p.value));
        origins.push([`/binaryData/${pointerToken(p.key)}`, p.origin]);
      }
    }
    if (Object.keys(data).length > 0) object.data = data;
    if (Object.keys(binaryData).length > 0) object.binaryData = binaryData;
  }

  const labelSource: YamlPath = localOptions?.labels ? [field, index, 'options', 'labels'] : ['generatorOptions', 'labels'];
  const annotationSource: YamlPath = localOptions?.annotations ? [field, index, 'options', 'annotations'] : ['generatorOptions', 'annotations'];
  if (options.labels && Object.keys(options.labels).length > 0) {
    metadata.labels = { ...options.labels };
    for (const k of Object.keys(options.labels)) {
      const fromLocal = localOptions?.labels && k in localOptions.labels;
      origins.push([`/metadata/labels/${pointerToken(k)}`, originAt(ctx, fromLocal ? [...labelSource, k] : ['generatorOptions', 'labels', k])]);
    }
  }
  if (options.annotations && Object.keys(options.annotations).length > 0) {
    metadata.annotations = { ...options.annotations };
    for (const k of Object.keys(options.annotations)) {
      const fromLocal = localOptions?.annotations && k in localOptions.annotations;
      origins.push([
        `/metadata/annotations/${pointerToken(k)}`,
        originAt(ctx, fromLocal ? [...annotationSource, k] : ['generatorOptions', 'annotations', k]),
      ]);
    }
  }
  if (options.immutable) {
    object.immutable = true;
    origins.push(['/immutable', originAt(ctx, localOptions?.immutable ? [field, index, 'options', 'immutable'] : ['generatorOptions', 'immutable'])]);
  }

  return {
    object,
    behavior,
    needsHashSuffix: !options.disableNameSuffixHash,
    origins,
    source: { file: ctx.kustomizationFile, field, index, name },
  };
}

/** The origin of the node at `p`, or of its nearest existing parent (e.g. a missing `name:` → the entry). */
function originAt(ctx: GeneratorContext, p: YamlPath): Origin {
  for (let n = p.length; n >= 0 && ctx.locate; n--) {
    const found = ctx.locate(p.slice(0, n));
    if (found) return { ...found, via: 'generator' };
  }
  return plainOrigin(ctx.kustomizationFile, p);
}

function sortedByKey(pairs: KvPair[]): KvPair[] {
  return [...pairs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function fileSourceProblem(src: string): string {
  if (src.startsWith('=')) return 'missing key name before `=`';
  const rest = src.slice(src.indexOf('=') + 1);
  if (rest === '') return 'missing file path after `=`';
  return 'the key name or file path contains `=`';
}

/** generators.ParseFileSource: `path` (key = basename) or `key=path`; '=' is allowed in neither part. */
export function parseFileSource(source: string, onError: () => Error): { key: string; filePath: string } {
  const sep = source.indexOf('=');
  if (sep === -1) return { key: goPathBase(source), filePath: source };
  if (sep === 0) throw onError();
  const key = source.slice(0, sep);
  const filePath = source.slice(sep + 1);
  if (filePath.includes('=') || filePath === '') throw onError();
  return { key, filePath };
}

/** Runs a kustomization's configMapGenerator then secretGenerator entries, in kustomize's order. */
export function runGenerators(kustomization: Record<string, unknown>, ctx: GeneratorContext): GeneratedResource[] {
  const out: GeneratedResource[] = [];
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const list = kustomization[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      throw new EntryReader(ctx, field, 0, [field]).fail('invalid-entry', `\`${field}\` must be a list`);
    }
    list.forEach((entry, i) => {
      out.push(generate(field, entry, i, ctx));
    });
  }
  return out;
}

/** Every file a kustomization's generators read (absolute), for async prefetching and `RenderResult.inputs`. */
export function generatorInputs(kustomization: Record<string, unknown>, kustomizationFile: string): string[] {
  const out: string[] = [];
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const list = kustomization[field];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!isRecord(entry)) continue;
      const paths: unknown[] = [];
      if (Array.isArray(entry.envs)) paths.push(...entry.envs);
      if (typeof entry.env === 'string' && entry.env !== '') paths.push(entry.env);
      if (Array.isArray(entry.files)) {
        for (const f of entry.files) {
          if (typeof f !== 'string') continue;
          const sep = f.indexOf('=');
          paths.push(sep === -1 ? f : f.slice(sep + 1));
        }
      }
      for (const p of paths) if (typeof p === 'string' && p !== '') out.push(resolveFrom(kustomizationFile, p));
    }
  }
  return out;
}

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

/**
 * kustomize's appendReplaceOrMerge for a generated object meeting an existing one with the same id
 * (kind + name + namespace, by original or current id — matching is the renderer's job):
 *  - both: labels and annotations are the union, the new object's values winning; name and namespace stay
 *    the existing object's (so a base's namePrefix/namespace are kept);
 *  - merge: data and binaryData are the union, the new values winning;
 *  - replace: data and binaryData are the new object's only.
 * Everything else (type, immutable) is the new object's: a `merge` without `type` turns a base TLS Secret into
 * Opaque, as kustomize does. The result needs a hash suffix only when both did (kubectl kustomize v5.5: a
 * `disableNameSuffixHash` on either side wins). Returns a new object; inputs are not modified.
 */
export function mergeGenerated(
  existing: Record<string, unknown>,
  generated: Record<string, unknown>,
  behavior: Exclude<GenerationBehavior, 'create'>,
): Record<string, unknown> {
  const result = structuredClone(generated);
  const oldMeta = isRecord(existing.metadata) ? existing.metadata : {};
  const newMeta: Record<string, unknown> = isRecord(result.metadata) ? result.metadata : {};
  result.metadata = newMeta;
  const labels = { ...stringRecord(oldMeta.labels), ...stringRecord(newMeta.labels) };
  const annotations = { ...stringRecord(oldMeta.annotations), ...stringRecord(newMeta.annotations) };
  if (Object.keys(labels).length > 0) newMeta.labels = labels;
  else delete newMeta.labels;
  if (Object.keys(annotations).length > 0) newMeta.annotations = annotations;
  else delete newMeta.annotations;
  if (oldMeta.name !== undefined) newMeta.name = oldMeta.name;
  if (typeof oldMeta.namespace === 'string' && oldMeta.namespace !== '') newMeta.namespace = oldMeta.namespace;
  else delete newMeta.namespace;
  if (behavior === 'merge') {
    for (const field of ['data', 'binaryData'] as const) {
      const merged = { ...(isRecord(existing[field]) ? existing[field] : {}), ...(isRecord(result[field]) ? result[field] : {}) };
      if (Object.keys(merged).length > 0) result[field] = merged;
    }
  }
  return result;
}

/**
 * A `locate` for GeneratorContext from the kustomization's text: the range of the node at a YAML path
 * (1-based lines and columns). Use the renderer's own parse instead when it has one.
 */
export function createLocator(file: string, text: string): (yamlPath: YamlPath) => Origin | undefined {
  const lineCounter = new LineCounter();
  const [doc] = parseYamlStream(text, { lineCounter, keepSourceTokens: false });
  return (yamlPath) => {
    let node: unknown = doc?.contents;
    for (const seg of yamlPath) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
        if (!pair) return undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
      } else {
        return undefined;
      }
    }
    const range = (node as Node | null | undefined)?.range;
    if (!range) return undefined;
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return {
      file,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
      docIndex: 0,
      yamlPath: [...yamlPath],
      via: 'generator',
    };
  };
}
