// Field trees of CustomResourceDefinitions, compact, and the check of an object against one.
//
// Why: the apiserver prunes every field a CRD's structural schema does not define, silently
// (k8s.io/apiextensions-apiserver pkg/apiserver/schema/pruning/algorithm.go, v1.28), so `spec.instance: 3`
// leaves a CNPG cluster at one instance and nobody is told. Wrong types and enum values, on the other hand,
// are rejected by the CRD's validation (pkg/apiserver/validation). We keep only what those two need: types,
// properties, items, additionalProperties, enums, nullable and the x-kubernetes-* markers that change them.
// Descriptions, patterns and CEL rules are dropped (other rules cover the patterns that matter).
import { isPlaceholder } from './placeholders.js';
import type { Pointer } from './types.js';

/** One schema node. Children are indices into the catalogue's `nodes`, so shared subtrees are stored once. */
export interface FieldNode {
  /** type; 'int-or-string' for x-kubernetes-int-or-string. Absent = any. */
  t?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string';
  /** properties */
  p?: Record<string, number>;
  /** items */
  i?: number;
  /** additionalProperties: a node, or true for any value */
  a?: number | true;
  /** enum */
  e?: unknown[];
  /** x-kubernetes-preserve-unknown-fields */
  u?: 1;
  /** x-kubernetes-embedded-resource: apiVersion, kind and metadata are allowed beside the properties */
  r?: 1;
}

export interface CatalogueEntry {
  group: string;
  version: string;
  kind: string;
  /** Where the schema comes from, for messages: "CloudNativePG 1.30.0", "the CRD in the linted input". */
  source: string;
  root: number;
}

export interface SchemaCatalogue {
  /**
   * A node, or its JSON text: the built-in catalogue (crd-catalogue.json) stores each node as text, parsed when a check
   * first reaches it. A lint checks one or two kinds of the twelve; building all 458 nodes as objects, each `p` of a
   * shape of its own, cost a one-file lint ~1.2 ms of its start (measured: the JSON's evaluation and compiling every node).
   */
  nodes: (FieldNode | string)[];
  entries: CatalogueEntry[];
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Builds nodes into `catalogue`, sharing identical subtrees through `seen` (canonical JSON → index). */
export class CatalogueBuilder {
  readonly catalogue: SchemaCatalogue & { nodes: FieldNode[] } = { nodes: [], entries: [] };
  private readonly seen = new Map<string, number>();

  add(schema: unknown): number {
    const node: FieldNode = {};
    if (!isRecord(schema)) return this.intern(node);
    if (schema['x-kubernetes-int-or-string'] === true) node.t = 'int-or-string';
    else if (typeof schema.type === 'string' && isNodeType(schema.type)) node.t = schema.type;
    if (isRecord(schema.properties)) {
      node.p = {};
      for (const key of Object.keys(schema.properties).sort()) node.p[key] = this.add(schema.properties[key]);
    }
    if (schema.items !== undefined) node.i = this.add(schema.items);
    if (schema.additionalProperties === true) node.a = true;
    else if (isRecord(schema.additionalProperties)) node.a = this.add(schema.additionalProperties);
    if (Array.isArray(schema.enum)) node.e = schema.enum;
    if (schema['x-kubernetes-preserve-unknown-fields'] === true) node.u = 1;
    if (schema['x-kubernetes-embedded-resource'] === true) node.r = 1;
    return this.intern(node);
  }

  /** Adds every served version of a CRD object; returns the entries added (none when it is not a usable CRD). */
  addCrd(crd: unknown, source: string): CatalogueEntry[] {
    const added: CatalogueEntry[] = [];
    if (!isRecord(crd) || !isRecord(crd.spec)) return added;
    const { group, names, versions } = crd.spec;
    if (typeof group !== 'string' || !isRecord(names) || typeof names.kind !== 'string' || !Array.isArray(versions)) {
      return added;
    }
    // apiextensions.k8s.io/v1beta1 CRDs could carry one schema for all versions in spec.validation.
    const shared = isRecord(crd.spec.validation) ? crd.spec.validation.openAPIV3Schema : undefined;
    for (const version of versions) {
      if (!isRecord(version) || typeof version.name !== 'string' || version.served === false) continue;
      const schema = isRecord(version.schema) ? version.schema.openAPIV3Schema : shared;
      if (!isRecord(schema)) continue;
      const entry = { group, version: version.name, kind: names.kind, source, root: this.add(schema) };
      this.catalogue.entries.push(entry);
      added.push(entry);
    }
    return added;
  }

  private intern(node: FieldNode): number {
    const key = JSON.stringify(node);
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    this.catalogue.nodes.push(node);
    this.seen.set(key, this.catalogue.nodes.length - 1);
    return this.catalogue.nodes.length - 1;
  }
}

function isNodeType(type: string): type is NonNullable<FieldNode['t']> {
  return ['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(type);
}

export interface FieldViolation {
  kind: 'unknown-field' | 'wrong-type' | 'not-in-enum';
  /** JSON pointer of the offending field (for unknown-field: the field itself). */
  pointer: Pointer;
  /** Dotted path for messages: `spec.storage.storageclass`, `spec.instances[0].name`. */
  field: string;
  /** unknown-field: the closest defined sibling (dotted, as `field`), when one is close enough to be a typo. */
  suggestion?: string;
  /** unknown-field with a suggestion: the sibling's pointer, and whether the object already has it. */
  suggestionPointer?: Pointer;
  suggestionTaken?: boolean;
  /** wrong-type: the type the schema wants; not-in-enum: the allowed values. */
  expected?: string;
  actual?: string;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: FieldNode['t'], value: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int-or-string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
  }
}

/** Edit distance with an early exit above `limit` (names are short; this stays cheap). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The defined name a typo most likely meant: same letters in another case, else the nearest within a few edits. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// Fields at the top of every object that the apiserver handles itself (ObjectMeta is not in a CRD's schema).
const TOP_LEVEL_HANDLED = new Set(['apiVersion', 'kind', 'metadata', 'status']);
const EMBEDDED_HANDLED = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * A catalogue node prepared for the walk, once per catalogue: properties in a Map, the "any key" decision made, the
 * enum in a Set when it holds only scalars.
 */
interface CompiledNode {
  t: FieldNode['t'];
  p: Map<string, number> | undefined;
  /** The property names, for "did you mean" (only read when a field is unknown). */
  names: readonly string[];
  i: number | undefined;
  /** additionalProperties as a node, when it is one. */
  a: number | undefined;
  /** Any key is allowed (additionalProperties: true, preserve-unknown-fields, or an untyped node without properties). */
  anyKey: boolean;
  enumValues: readonly unknown[] | undefined;
  embedded: boolean;
}

const compiledCatalogues = new WeakMap<SchemaCatalogue, (CompiledNode | undefined)[]>();

/** Node `index` of `catalogue`, compiled on first use (a check visits only the nodes of the kind it checks). */
function compiledNode(catalogue: SchemaCatalogue, compiled: (CompiledNode | undefined)[], index: number): CompiledNode | undefined {
  const done = compiled[index];
  if (done) return done;
  const raw = catalogue.nodes[index];
  if (raw === undefined) return undefined;
  const node = (typeof raw === 'string' ? JSON.parse(raw) : raw) as FieldNode;
  const made: CompiledNode = {
    t: node.t,
    p: node.p ? new Map(Object.entries(node.p)) : undefined,
    names: node.p ? Object.keys(node.p) : [],
    i: node.i,
    a: typeof node.a === 'number' ? node.a : undefined,
    anyKey: node.a === true || node.u === 1 || (node.t === undefined && !node.p),
    enumValues: node.e,
    embedded: node.r === 1,
  };
  compiled[index] = made;
  return made;
}

/**
 * Every field of `object` that the schema at `root` does not define (what the apiserver would prune), every value of the
 * wrong type and every value outside an enum (what it would reject). Linear in the object's size. Placeholder strings
 * (`${VAR}`) are unknown values and never reported.
 */
export function checkAgainstSchema(object: unknown, catalogue: SchemaCatalogue, root: number): FieldViolation[] {
  let compiled = compiledCatalogues.get(catalogue);
  if (!compiled) {
    compiled = [];
    compiledCatalogues.set(catalogue, compiled);
  }
  const nodes = compiled;
  const violations: FieldViolation[] = [];
  // The path is a stack of keys and indexes; pointers and dotted names are built only for a violation (the walk
  // touches every value of every object, so it allocates nothing per value).
  const path: (string | number)[] = [];
  const pointerOf = (segments: readonly (string | number)[]) => segments.map((s) => `/${typeof s === 'number' ? s : escapeToken(s)}`).join('');
  const fieldOf = (segments: readonly (string | number)[]) =>
    segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  const visit = (value: unknown, nodeIndex: number, top: boolean): void => {
    const node = nodes[nodeIndex] ?? compiledNode(catalogue, nodes, nodeIndex);
    if (!node || value === null) return;
    if (typeof value === 'string' && isPlaceholder(value)) return;
    if (!typeMatches(node.t, value)) {
      violations.push({ kind: 'wrong-type', pointer: pointerOf(path), field: fieldOf(path), expected: node.t!, actual: typeName(value) });
      return;
    }
    if (node.enumValues && !node.enumValues.includes(value)) {
      violations.push({ kind: 'not-in-enum', pointer: pointerOf(path), field: fieldOf(path), expected: node.enumValues.map((v) => JSON.stringify(v)).join(', ') });
      return;
    }
    if (typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const items = node.i;
      if (items === undefined) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], items, false);
        path.pop();
      }
      return;
    }
    const handled = top ? TOP_LEVEL_HANDLED : node.embedded ? EMBEDDED_HANDLED : undefined;
    const record = value as Json;
    const keys = Object.keys(record);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (handled?.has(key)) continue;
      const defined = node.p?.get(key) ?? node.a;
      if (defined !== undefined) {
        path.push(key);
        visit(record[key], defined, false);
        path.pop();
        continue;
      }
      // `<<` is a YAML 1.1 merge key a parser left unresolved; kubectl and kustomize (go-yaml) merge it before sending.
      if (node.anyKey || key === '<<' || isPlaceholder(key)) continue;
      const suggestion = node.p ? closestName(key, node.names) : undefined;
      const parentPointer = pointerOf(path);
      const parentField = fieldOf(path);
      violations.push({
        kind: 'unknown-field',
        pointer: `${parentPointer}/${escapeToken(key)}`,
        field: parentField ? `${parentField}.${key}` : key,
        ...(suggestion
          ? {
              suggestion: parentField ? `${parentField}.${suggestion}` : suggestion,
              suggestionPointer: `${parentPointer}/${escapeToken(suggestion)}`,
              suggestionTaken: Object.hasOwn(record, suggestion),
            }
          : {}),
      });
    }
  };
  visit(object, root, true);
  return violations;
}

/** The entry for an object's apiVersion and kind, or undefined when the catalogue has none. */
export function entryFor(catalogue: SchemaCatalogue, apiVersion: string, kind: string): CatalogueEntry | undefined {
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  return catalogue.entries.find((entry) => entry.group === group && entry.version === version && entry.kind === kind);
}
