// kustomize's name-hash suffix for generated ConfigMaps and Secrets (kustomize api/hasher/hasher.go).
//
// What kustomize hashes, checked against `kubectl kustomize` (v5.5):
//  - ConfigMap: Go json.Marshal of {kind, name, data, binaryData?}; Secret: {kind, type, name, data, stringData?}.
//  - `name` is always "": hasher.go looks up the single path segment "metadata/name", which never exists,
//    so the suffix does not depend on the name (nor on namePrefix/nameSuffix).
//  - A missing `data` (or `type`) is hashed as "" (not omitted, not null); binaryData / stringData only when a map.
//  - Go's encoder sorts map keys and escapes <, >, & and U+2028/U+2029 as \u00XX, which JSON.stringify does not.
//  - The first 10 hex digits of the sha256, with 0→g, 1→h, 3→k, a→m, e→t (kubectl's "no bad words" mapping).
import { createHash } from 'node:crypto';

/** The one-character substitutions kustomize (and kubectl before it) applies to the 10 hex digits. */
const HEX_SUBSTITUTIONS: Readonly<Record<string, string>> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** Go encoding/json output for plain JSON values: sorted keys, HTML-safe escapes. */
export function goJsonMarshal(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value)).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    // Go sorts map keys by bytes; for the keys kustomize hashes (ConfigMap keys are [-._a-zA-Z0-9] in practice)
    // UTF-16 order equals UTF-8 byte order except for astral vs. U+E000–U+FFFF, handled by comparing code points.
    for (const key of Object.keys(value).sort(compareCodePoints)) {
      sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!.codePointAt(0)!;
    const y = cb[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

/** kustomize's `encode(hex)`: the first 10 hex digits with the substitution table applied. */
export function encodeHashHex(hex: string): string {
  if (hex.length < 10) throw new Error('hash input must be at least 10 hex digits');
  let out = '';
  for (const ch of hex.slice(0, 10)) out += HEX_SUBSTITUTIONS[ch] ?? ch;
  return out;
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A scalar field as kustomize reads it for hashing: absent → "", scalar → its string form. */
function scalarOrMap(v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (isPlainMap(v)) return v;
  if (Array.isArray(v)) return v;
  return String(v);
}

/** The exact bytes kustomize feeds to sha256 for a ConfigMap or Secret (exported for tests and debugging). */
export function hashInput(obj: Record<string, unknown>): string {
  const kind = obj.kind;
  if (kind === 'ConfigMap') {
    const m: Record<string, unknown> = { kind: 'ConfigMap', name: '', data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.binaryData)) m.binaryData = obj.binaryData;
    return goJsonMarshal(m);
  }
  if (kind === 'Secret') {
    const m: Record<string, unknown> = { kind: 'Secret', type: scalarOrMap(obj.type), name: '', data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.stringData)) m.stringData = obj.stringData;
    return goJsonMarshal(m);
  }
  // kustomize marshals the whole yaml.Node for other kinds; generators only make ConfigMaps and Secrets, and the
  // Go struct encoding of a yaml.Node is not reproducible here, so refuse instead of guessing.
  throw new Error(`kustomize name hashes are only defined here for ConfigMap and Secret, not ${String(kind)}`);
}

/** The 10-character suffix kustomize appends (as `-<suffix>`) to a generated ConfigMap's or Secret's name. */
export function kustomizeHash(obj: Record<string, unknown>): string {
  return encodeHashHex(createHash('sha256').update(hashInput(obj), 'utf8').digest('hex'));
}

/** `name-<hash>`, computed on the object as it is at the end of the build (kustomize hashes last). */
export function hashedName(obj: Record<string, unknown>): string {
  const meta = obj.metadata;
  const name = isPlainMap(meta) && typeof meta.name === 'string' ? meta.name : '';
  return `${name}-${kustomizeHash(obj)}`;
}
