// Provenance-carrying values. Every value of a rendered object is a PNode that remembers where it was written
// (file, byte range, YAML path, and what set it). Merges, reorders and deletions move whole nodes around, so the
// provenance survives them without a separate index to keep in sync.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node as YamlNode,
  type Document as YamlDocument,
  Scalar,
} from 'yaml';
import { AliasExpansion } from '../yaml/index.js';
import { RenderError } from './errors.js';
import type { Origin } from './types.js';

/** One alias resolver and expansion counter per parsed document (go-yaml's cap, see src/yaml). */
const expansions = new WeakMap<YamlDocument, AliasExpansion>();

function expansionOf(doc: YamlDocument): AliasExpansion {
  let e = expansions.get(doc);
  if (!e) {
    e = new AliasExpansion(doc);
    expansions.set(doc, e);
  }
  return e;
}

export type Via = Origin['via'];
export type ScalarValue = string | number | boolean | null;

/** One parsed YAML document of one file; shared (read-only) by every PNode parsed from it. */
export interface SourceDoc {
  file: string;
  docIndex: number;
  /** 1-based line/column of a byte offset of the parsed text (for an inline patch, mapped into the host file). */
  linePos(offset: number): { line: number; col: number };
  /** For text embedded in a block scalar (an inline patch): the yamlPath of that scalar in the host document. */
  embeddedIn?: (string | number)[];
  /** Length of the parsed text when it does not end with a newline (block scalars at EOF keep no final \n). */
  eofWithoutNewline?: number;
  /**
   * Loose manifests (not kustomize input) are read the way kubectl apply reads them (sigs.k8s.io/yaml, YAML 1.1):
   * `yes`/`on` are booleans, and a key like `5432:` becomes the string "5432" instead of an error.
   */
  lenientKeys?: boolean;
}

/** Where a value was written. Immutable and shared between clones. */
export interface Prov {
  doc: SourceDoc;
  /** Byte offsets of the node in the file. */
  start: number;
  end: number;
  yamlPath: readonly (string | number)[];
  via: Via;
}

export interface PScalar {
  t: 's';
  v: ScalarValue;
  p: Prov;
}
export interface PMap {
  t: 'm';
  v: Map<string, PNode>;
  p: Prov;
}
export interface PSeq {
  t: 'a';
  v: PNode[];
  p: Prov;
}
export type PNode = PScalar | PMap | PSeq;

export function materialize(prov: Prov): Origin {
  const s = prov.doc.linePos(prov.start);
  const e = prov.doc.linePos(prov.end);
  const o: Origin = {
    file: prov.doc.file,
    line: s.line,
    column: s.col,
    endLine: e.line,
    endColumn: e.col,
    docIndex: prov.doc.docIndex,
    yamlPath: [...prov.yamlPath],
    via: prov.via,
  };
  if (prov.doc.embeddedIn) o.embeddedIn = [...prov.doc.embeddedIn];
  return o;
}

/** The same location, re-labelled (a patch's node becomes `via: 'patch'`). */
export function withVia(prov: Prov, via: Via): Prov {
  return prov.via === via ? prov : { ...prov, via };
}

// --- scalars as kustomize reads them ------------------------------------------------------------------------
// kustomize decodes with go-yaml v3 and round-trips resources through JSON. Measured with `kubectl kustomize`
// (v5.5): `yes`/`on`/`Yes` stay strings; `0777` and `012` are YAML 1.1 octals (511, 10); `0o17`, `0x1F`, `0b101`,
// `1_000`, `+12`, `1e3` are numbers; `~`/`null`/empty are null; unquoted timestamps become RFC 3339 strings;
// `.inf` and `.nan` make kustomize fail (JSON cannot hold them).
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INFS = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
const NANS = new Set(['.nan', '.NaN', '.NAN']);
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const TIMESTAMP_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

/**
 * kustomization files themselves are read by sigs.k8s.io/yaml (go-yaml v2, YAML 1.1): there `on`, `yes`, `n` …
 * are booleans (measured: `commonLabels: {on: "x"}` fails in kubectl kustomize). Resources are read by kyaml
 * (go-yaml v3), where they stay strings.
 */
const YAML11_BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((s): [string, boolean] => [s, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((s): [string, boolean] => [s, false]),
]);

/** go's strconv.ParseInt(s, 0, 64) after go-yaml v3 removed underscores; undefined when not an integer. */
function parseGoInt(text: string): number | undefined {
  const plain = text.replaceAll('_', '');
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  let n: number;
  if (/^0[xX]/.test(body)) n = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) n = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) n = Number.parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith('0')) n = Number.parseInt(body.slice(1), 8);
  else n = Number.parseInt(body, 10);
  return sign * n;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Go's time.Time JSON form (RFC 3339 with nanoseconds, trailing zeros trimmed). */
function goTimestamp(m: RegExpExecArray): string {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = `${pad(Number(y), 4)}-${pad(Number(mo))}-${pad(Number(d))}`;
  if (h === undefined) return `${date}T00:00:00Z`;
  let fraction = (frac ?? '').slice(0, 9).replace(/0+$/, '');
  fraction = fraction ? `.${fraction}` : '';
  let z = 'Z';
  if (zone && zone !== 'Z') {
    const zm = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (zm) {
      const hh = Number(zm[2]);
      const mm = Number(zm[3] ?? '0');
      z = hh === 0 && mm === 0 ? 'Z' : `${zm[1]}${pad(hh)}:${pad(mm)}`;
    }
  }
  return `${date}T${pad(Number(h))}:${pad(Number(mi))}:${pad(Number(s))}${fraction}${z}`;
}

/** Resolve a plain (unquoted) scalar the way kustomize ends up seeing it. */
export type Where = () => { file: string; line: number; column: number };

function failAt(where: Where, msg: string): RenderError {
  const w = where();
  return new RenderError(`${w.file}:${w.line}:${w.column}: ${msg}`, w);
}

export function resolvePlain(text: string, where: Where): ScalarValue {
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  const c = text.charCodeAt(0);
  const maybeNumber = (c >= 48 && c <= 57) || text[0] === '-' || text[0] === '+' || text[0] === '.';
  if (!maybeNumber) return text;
  if (INFS.has(text) || NANS.has(text)) {
    throw failAt(where, `.inf/.nan cannot be encoded as JSON (kustomize rejects it too)`);
  }
  const i = parseGoInt(text);
  if (i !== undefined) return i;
  const plain = text.replaceAll('_', '');
  if (FLOAT_RE.test(plain)) return Number(plain);
  const ts = TIMESTAMP_RE.exec(text);
  if (ts) return goTimestamp(ts);
  return text;
}

function resolveTagged(tag: string, text: string, where: Where): ScalarValue {
  switch (tag) {
    case 'tag:yaml.org,2002:str':
      return text;
    case 'tag:yaml.org,2002:null':
      return null;
    case 'tag:yaml.org,2002:bool':
      if (TRUES.has(text)) return true;
      if (FALSES.has(text)) return false;
      throw failAt(where, `the value tagged !!bool is not true or false`);
    case 'tag:yaml.org,2002:int': {
      const n = parseGoInt(text);
      if (n === undefined) throw failAt(where, `the value tagged !!int is not an integer`);
      return n;
    }
    case 'tag:yaml.org,2002:float': {
      const n = resolvePlain(text, where);
      if (typeof n !== 'number') throw failAt(where, `the value tagged !!float is not a number`);
      return n;
    }
    default:
      // Custom tags (e.g. !Ref) are ignored by kustomize's JSON round trip: the value stays.
      return resolvePlain(text, where);
  }
}

// --- from the yaml AST ----------------------------------------------------------------------------------------

function rangeOf(node: YamlNode): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** Convert one yaml AST node (parsed with the failsafe schema, so every scalar is its source text). */
export function fromYaml(
  node: YamlNode | null | undefined,
  doc: SourceDoc,
  yamlDoc: YamlDocument,
  yamlPath: (string | number)[],
  via: Via,
  fallbackRange: [number, number],
): PNode {
  const where = (n: YamlNode | null | undefined): Where => {
    return () => {
      const [s] = n ? rangeOf(n) : fallbackRange;
      const lp = doc.linePos(s);
      return { file: doc.file, line: lp.line, column: lp.col };
    };
  };
  const expansion = expansionOf(yamlDoc);
  expansion.decode(node?.range?.[0] ?? fallbackRange[0]);
  const target: YamlNode | null | undefined = node;
  if (target && isAlias(target)) {
    // Expanded as a copy of the anchored node (kustomize decodes aliases the same way), counted against the cap.
    const resolved = expansion.target(target);
    if (resolved) return expansion.expand(() => fromYaml(resolved, doc, yamlDoc, yamlPath, via, fallbackRange));
  }
  if (!target || isAlias(target)) {
    const [s, e] = node ? rangeOf(node) : fallbackRange;
    return { t: 's', v: null, p: { doc, start: s, end: e, yamlPath, via } };
  }
  const [start, end] = rangeOf(target);
  const prov: Prov = { doc, start, end, yamlPath, via };
  if (isScalar(target)) {
    const raw = target.value;
    const text = raw === null || raw === undefined ? '' : String(raw);
    let v: ScalarValue;
    if (target.tag && target.tag !== '!') v = resolveTagged(target.tag, text, where(target));
    else if (target.type === Scalar.PLAIN) {
      const yaml11 = via === 'kustomization' || doc.lenientKeys === true;
      v = yaml11 && YAML11_BOOLS.has(text) ? YAML11_BOOLS.get(text)! : resolvePlain(text, where(target));
    }
    else v = text;
    // go-yaml, like the YAML spec, adds no final line break to a clipped/kept block scalar that ends the file
    // without one; the yaml package does. Follow kustomize.
    if (
      typeof v === 'string' &&
      (target.type === Scalar.BLOCK_LITERAL || target.type === Scalar.BLOCK_FOLDED) &&
      doc.eofWithoutNewline !== undefined &&
      end >= doc.eofWithoutNewline &&
      v.endsWith('\n')
    ) {
      v = v.slice(0, -1);
    }
    return { t: 's', v, p: prov };
  }
  if (isSeq(target)) {
    const items: PNode[] = [];
    target.items.forEach((item, i) => {
      items.push(fromYaml(item as YamlNode, doc, yamlDoc, [...yamlPath, i], via, [start, end]));
    });
    return { t: 'a', v: items, p: prov };
  }
  if (isMap(target)) {
    const m = new Map<string, PNode>();
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      let key: string;
      if (keyNode && isScalar(keyNode)) {
        key = keyNode.value === null ? '' : String(keyNode.value);
        if (keyNode.type === Scalar.PLAIN && key !== '<<') {
          // A key YAML reads as a bool/number/null cannot become a JSON key: kustomize fails on it, so do we.
          const yaml11 = via === 'kustomization' || doc.lenientKeys === true;
          const k = yaml11 && YAML11_BOOLS.has(key) ? YAML11_BOOLS.get(key)! : resolvePlain(key, where(keyNode));
          if (typeof k !== 'string' && !doc.lenientKeys) {
            throw failAt(where(keyNode), `the key ${key} is read as ${k === null ? 'null' : typeof k} by kustomize, not as a string: quote it`);
          }
        }
      }
      else if (keyNode && isAlias(keyNode)) {
        const r = expansion.target(keyNode);
        key = r && isScalar(r) ? String(r.value) : '';
      } else {
        throw failAt(where(keyNode), 'complex mapping keys are not valid in a Kubernetes object');
      }
      const valueNode = pair.value as YamlNode | null;
      const keyRange = keyNode ? rangeOf(keyNode) : [start, start];
      // YAML merge keys (`<<: *anchor`): go-yaml v3 applies them; keys written in this map win.
      if (key === '<<' && (keyNode as Scalar).type === Scalar.PLAIN) {
        const merged = fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0]!, keyRange[1]!]);
        const sources = merged.t === 'a' ? merged.v : [merged];
        for (const src of sources) {
          if (src.t !== 'm') continue;
          for (const [k, v] of src.v) if (!m.has(k)) m.set(k, v);
        }
        continue;
      }
      m.set(key, fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0]!, keyRange[1]!]));
    }
    return { t: 'm', v: m, p: prov };
  }
  return { t: 's', v: null, p: prov };
}

// --- the parse memo's form (render/cache.ts) -------------------------------------------------------------------
// A provenance tree as plain JSON, to be rebuilt exactly: [0, value, start, end] for a scalar, [1, items, start, end]
// for a sequence, [2, [key, node, key, node, …], start, end] for a map (its order kept). A node's yamlPath is its
// parent's plus its key, except where fromYaml gave another (the entries a `<<` merge key brought in keep the path
// they were written at): then the path follows as a fifth member. `doc` and `via` are the same for a whole parse.

export type WireNode =
  | [0, ScalarValue, number, number, (string | number)[]?]
  | [1, WireNode[], number, number, (string | number)[]?]
  | [2, (string | WireNode)[], number, number, (string | number)[]?];

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `node` (parsed from one document: every Prov of it on the same SourceDoc and via) in the memo's form. */
export function toWire(node: PNode, expectedPath: readonly (string | number)[]): WireNode {
  const { start, end, yamlPath } = node.p;
  const own = samePath(yamlPath, expectedPath) ? undefined : [...yamlPath];
  let wire: WireNode;
  switch (node.t) {
    case 's':
      wire = [0, node.v, start, end];
      break;
    case 'a':
      wire = [1, node.v.map((item, i) => toWire(item, [...yamlPath, i])), start, end];
      break;
    case 'm': {
      const entries: (string | WireNode)[] = [];
      for (const [key, value] of node.v) entries.push(key, toWire(value, [...yamlPath, key]));
      wire = [2, entries, start, end];
      break;
    }
  }
  if (own) wire.push(own);
  return wire;
}

/** The tree toWire wrote, on `doc`; throws a TypeError on anything toWire cannot have written. */
export function fromWire(wire: unknown, doc: SourceDoc, expectedPath: readonly (string | number)[], via: Via): PNode {
  if (!Array.isArray(wire) || typeof wire[2] !== 'number' || typeof wire[3] !== 'number') throw new TypeError('not a provenance node');
  const own = wire[4];
  if (own !== undefined && !(Array.isArray(own) && own.every((k) => typeof k === 'string' || typeof k === 'number'))) throw new TypeError('not a yamlPath');
  const yamlPath: (string | number)[] = own ?? [...expectedPath];
  const p: Prov = { doc, start: wire[2], end: wire[3], yamlPath, via };
  const body = wire[1];
  switch (wire[0]) {
    case 0:
      if (body !== null && typeof body !== 'string' && typeof body !== 'number' && typeof body !== 'boolean') throw new TypeError('not a scalar');
      return { t: 's', v: body, p };
    case 1:
      if (!Array.isArray(body)) throw new TypeError('not a sequence');
      return { t: 'a', v: body.map((item, i) => fromWire(item, doc, [...yamlPath, i], via)), p };
    case 2: {
      if (!Array.isArray(body) || body.length % 2 !== 0) throw new TypeError('not a map');
      const m = new Map<string, PNode>();
      for (let i = 0; i < body.length; i += 2) {
        const key = body[i];
        if (typeof key !== 'string') throw new TypeError('not a map key');
        m.set(key, fromWire(body[i + 1], doc, [...yamlPath, key], via));
      }
      return { t: 'm', v: m, p };
    }
    default:
      throw new TypeError('not a provenance node');
  }
}

// --- plain JSON in and out ------------------------------------------------------------------------------------

/** Wrap a plain JSON value; every node gets the same provenance (a value set by one kustomization field). */
export function fromJSON(value: unknown, p: Prov): PNode {
  if (Array.isArray(value)) return { t: 'a', v: value.map((x) => fromJSON(x, p)), p };
  if (value !== null && typeof value === 'object') {
    const m = new Map<string, PNode>();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) m.set(k, fromJSON(v, p));
    }
    return { t: 'm', v: m, p };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return { t: 's', v: value, p };
  }
  return { t: 's', v: null, p };
}

export function toJSON(node: PNode): unknown {
  switch (node.t) {
    case 's':
      return node.v;
    case 'a':
      return node.v.map(toJSON);
    case 'm': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of node.v) out[k] = toJSON(v);
      return out;
    }
  }
}

export function clone(node: PNode): PNode {
  switch (node.t) {
    case 's':
      return { t: 's', v: node.v, p: node.p };
    case 'a':
      return { t: 'a', v: node.v.map(clone), p: node.p };
    case 'm': {
      const m = new Map<string, PNode>();
      for (const [k, v] of node.v) m.set(k, clone(v));
      return { t: 'm', v: m, p: node.p };
    }
  }
}

/** Clone and re-label every node (a patch's nodes become `via: 'patch'`). */
export function cloneVia(node: PNode, via: Via): PNode {
  const p = withVia(node.p, via);
  switch (node.t) {
    case 's':
      return { t: 's', v: node.v, p };
    case 'a':
      return { t: 'a', v: node.v.map((x) => cloneVia(x, via)), p };
    case 'm': {
      const m = new Map<string, PNode>();
      for (const [k, v] of node.v) m.set(k, cloneVia(v, via));
      return { t: 'm', v: m, p };
    }
  }
}

// --- navigation -----------------------------------------------------------------------------------------------

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function child(node: PNode | undefined, seg: string): PNode | undefined {
  if (!node) return undefined;
  if (node.t === 'm') return node.v.get(seg);
  if (node.t === 'a') {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return undefined;
    return node.v[Number(seg)];
  }
  return undefined;
}

/** The deepest existing node along `segments` (the nearest existing parent of a missing pointer). */
export function nearest(root: PNode, segments: readonly string[]): PNode {
  let cur: PNode = root;
  for (const seg of segments) {
    const next = child(cur, seg);
    if (!next) break;
    cur = next;
  }
  return cur;
}

export function getPath(root: PNode | undefined, segments: readonly string[]): PNode | undefined {
  let cur = root;
  for (const seg of segments) {
    cur = child(cur, seg);
    if (!cur) return undefined;
  }
  return cur;
}

export function str(node: PNode | undefined): string | undefined {
  return node && node.t === 's' && typeof node.v === 'string' ? node.v : undefined;
}

export function mapOf(node: PNode | undefined): PMap | undefined {
  return node && node.t === 'm' ? node : undefined;
}

export function deepEqual(a: PNode, b: PNode): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 's') return a.v === (b as PScalar).v;
  if (a.t === 'a') {
    const bv = (b as PSeq).v;
    return a.v.length === bv.length && a.v.every((x, i) => deepEqual(x, bv[i]!));
  }
  const bm = (b as PMap).v;
  if (a.v.size !== bm.size) return false;
  for (const [k, v] of a.v) {
    const o = bm.get(k);
    if (!o || !deepEqual(v, o)) return false;
  }
  return true;
}
