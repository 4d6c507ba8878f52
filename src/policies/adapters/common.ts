// Shared helpers for the adapters: JSON pointers, readers that never throw on wrong types, label-selector matching against
// the operator's pod labels, and affinity / topologySpreadConstraints → SpreadTerm.
import type { Operation } from 'fast-json-patch';
import type { ModelProblem, Sourced, SpreadLevel, SpreadTerm, Spreading } from '../model.js';
import { containsPlaceholderDeep, isPlaceholder } from '../placeholders.js';
import type { Pointer, ResourceRef } from '../types.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Escapes one reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  // Hot path (every model value gets a pointer): most tokens need no escaping, so test before replacing.
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Builds a pointer from a base pointer and more tokens: `pointer('/spec', 'instances', 0)` → `/spec/instances/0`. */
export function pointer(base: Pointer, ...tokens: (string | number)[]): Pointer {
  return pointerOf(base, tokens, tokens.length);
}

/** `pointer(base, ...keys.slice(0, length))` without the copies (the readers call this for every value they read). */
function pointerOf(base: Pointer, keys: readonly (string | number)[], length: number): Pointer {
  let result = base;
  for (let index = 0; index < length; index++) result += `/${escapeToken(keys[index]!)}`;
  return result;
}

/** One step of `dig`: the value under `key`, or undefined when missing or of the wrong type. */
function step(current: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(current) ? current[key] : undefined;
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
  const value = (current as JsonObject)[key];
  // Own keys only: what a parsed JSON/YAML object inherits is Object.prototype's, all functions but the `__proto__`
  // accessor, so only then is the (slower) own-key test needed.
  if (value === undefined || ((typeof value === 'function' || key === '__proto__') && !Object.hasOwn(current, key))) return undefined;
  return value;
}

/**
 * `parent[key]` when `parent` is a JSON object, else undefined: `dig(parent, key)` for a key the adapter writes
 * literally (a field name, never one of Object.prototype's), read as a plain property.
 */
export function field(parent: unknown, key: string): unknown {
  return isObject(parent) ? parent[key] : undefined;
}

/** `dig(parent, key)` for a key that comes from the input (own keys only). */
export function ownField(parent: unknown, key: string): unknown {
  return step(parent, key);
}

/** The pointer a missing child of `value` (at `path`) reports: `path` when the value exists, else `parentNearest`. */
export function nearestOf(value: unknown, path: Pointer, parentNearest: Pointer): Pointer {
  return value === undefined || value === null ? parentNearest : path;
}

/** The value at `keys` below `root`, or undefined when any step is missing or of the wrong type. */
export function dig(root: unknown, ...keys: (string | number)[]): unknown {
  return digKeys(root, keys);
}

function digKeys(root: unknown, keys: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (let index = 0; index < keys.length; index++) {
    current = step(current, keys[index]!);
    if (current === undefined) return undefined;
  }
  return current;
}

/** The pointer of the deepest existing object/array along `keys` (for defaulted values and missing fields). */
export function nearestExisting(root: unknown, base: Pointer, ...keys: (string | number)[]): Pointer {
  return nearestExistingOf(root, base, keys, keys.length);
}

/** `nearestExisting(root, base, ...keys.slice(0, length))` without the copies. */
function nearestExistingOf(root: unknown, base: Pointer, keys: readonly (string | number)[], length: number): Pointer {
  let current: unknown = root;
  let depth = 0;
  for (; depth < length; depth++) {
    const next = step(current, keys[depth]!);
    if (next === undefined || next === null) break;
    current = next;
  }
  return pointerOf(base, keys, depth);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/** Human name of a pointer for messages: `/spec/instances/0/replicas` → `spec.instances[0].replicas`. */
export function fieldName(path: Pointer): string {
  return path
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((name, token) => (/^\d+$/.test(token) ? `${name}[${token}]` : name === '' ? token : `${name}.${token}`), '');
}

/** Per-object reading context: collects ModelProblems instead of throwing. */
export class ObjectReader {
  constructor(
    readonly objectIndex: number,
    readonly object: JsonObject,
    readonly resource: ResourceRef,
    readonly problems: ModelProblem[],
  ) {}

  problem(path: Pointer, message: string, extra: Pick<ModelProblem, 'ruleId' | 'severity'> = {}): void {
    this.problems.push({ objectIndex: this.objectIndex, resource: this.resource, path, message, ...extra });
  }

  /** Reports `field must be X, got Y`. */
  wrongType(path: Pointer, expected: string, value: unknown): void {
    this.problem(path, `${fieldName(path)} must be ${expected}, got ${describeType(value)}; the operator rejects or misreads it.`);
  }

  /** Object at `path` under the root, or undefined (reporting a problem when present with the wrong type). */
  objectAt(...keys: (string | number)[]): JsonObject | undefined {
    const value = digKeys(this.object, keys);
    return value === undefined || value === null ? undefined : this.objectValue(value, pointerOf('', keys, keys.length));
  }

  /** `value` (read at `path`) when it is an object; undefined, with a problem when present with another type. */
  objectValue(value: unknown, path: Pointer): JsonObject | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.wrongType(path, 'an object', value);
      return undefined;
    }
    return value;
  }

  /** List at `keys`, or undefined (problem when present with the wrong type). */
  listAt(...keys: (string | number)[]): unknown[] | undefined {
    const value = digKeys(this.object, keys);
    return value === undefined || value === null ? undefined : this.listValue(value, pointerOf('', keys, keys.length));
  }

  /** `value` (read at `path`) when it is a list; undefined, with a problem when present with another type. */
  listValue(value: unknown, path: Pointer): unknown[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.wrongType(path, 'a list', value);
      return undefined;
    }
    return value;
  }

  /** A string field; placeholders ⇒ unknown; wrong type ⇒ problem + undefined. */
  string(keys: (string | number)[]): Sourced<string | undefined> {
    const value = digKeys(this.object, keys);
    const path = pointerOf('', keys, keys.length);
    return this.stringValue(value, path, value === undefined ? nearestExistingOf(this.object, '', keys, keys.length - 1) : path);
  }

  /**
   * `string(keys)` for the value already read: `value` at `path`, whose parent is at `parentPath` (the pointer a
   * missing value reports: the parent when it exists, else the nearest existing above it).
   */
  stringValue(value: unknown, path: Pointer, parentPath: Pointer): Sourced<string | undefined> {
    if (typeof value === 'string' && value !== '') return isPlaceholder(value) ? { value: undefined, path, unknown: true } : { value, path };
    if (value !== undefined && value !== null && value !== '') {
      if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value), path };
      this.wrongType(path, 'a string', value);
    }
    return { value: undefined, path: value === undefined ? parentPath : path };
  }

  /**
   * `string([...parentKeys, ...keys])` read from `parent`, the value at `parentKeys` (pointer `parentPath`) that the
   * caller already holds: what several fields of one block (a volume claim) read without walking from the root again.
   */
  stringUnder(parent: unknown, parentPath: Pointer, parentKeys: readonly (string | number)[], keys: readonly (string | number)[]): Sourced<string | undefined> {
    if (!isObject(parent)) return this.string([...parentKeys, ...keys]);
    const value = digKeys(parent, keys);
    const path = pointerOf(parentPath, keys, keys.length);
    return this.stringValue(value, path, value === undefined ? nearestExistingOf(parent, parentPath, keys, keys.length - 1) : path);
  }

  /**
   * An integer field. Accepts numeric strings only when `allowString` (PGO v4 `replicas`); placeholders ⇒ unknown;
   * missing ⇒ `defaultValue` (defaulted, path of the nearest parent); out of range or wrong type ⇒ problem, value undefined.
   */
  integer(keys: (string | number)[], options: IntegerOptions = {}): Sourced<number | undefined> {
    const path = pointerOf('', keys, keys.length);
    const value = digKeys(this.object, keys);
    const missing = value === undefined || value === null || (options.allowString && value === '');
    return this.integerValue(value, path, missing ? nearestExistingOf(this.object, '', keys, keys.length - 1) : path, options);
  }

  /** `integer(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
  integerValue(value: unknown, path: Pointer, parentPath: Pointer, options: IntegerOptions = {}): Sourced<number | undefined> {
    if (value === undefined || value === null || (options.allowString && value === '')) {
      if (options.required) this.problem(parentPath, `${fieldName(path)} is required and missing.`);
      if (options.defaultValue !== undefined) return { value: options.defaultValue, path: parentPath, defaulted: true };
      return { value: undefined, path: parentPath };
    }
    if (isPlaceholder(value)) return { value: undefined, path, unknown: true };
    let number: number | undefined;
    if (typeof value === 'number') number = value;
    else if (typeof value === 'string' && options.allowString && /^\s*[+-]?\d+\s*$/.test(value)) number = Number(value);
    if (number === undefined || !Number.isInteger(number)) {
      this.wrongType(path, options.allowString ? 'a string holding an integer' : 'an integer', value);
      return { value: undefined, path };
    }
    if (options.min !== undefined && number < options.min) {
      this.problem(path, `${fieldName(path)} must be at least ${options.min}, got ${number}.`);
      return { value: undefined, path };
    }
    return { value: number, path };
  }

  /** A boolean field (also the strings "true"/"false", which YAML authors sometimes quote). */
  boolean(keys: (string | number)[], defaultValue: boolean): Sourced<boolean> {
    const value = digKeys(this.object, keys);
    const path = pointerOf('', keys, keys.length);
    return this.booleanValue(value, path, value === undefined || value === null ? nearestExistingOf(this.object, '', keys, keys.length - 1) : path, defaultValue);
  }

  /** `boolean(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
  booleanValue(value: unknown, path: Pointer, parentPath: Pointer, defaultValue: boolean): Sourced<boolean> {
    if (value === undefined || value === null) return { value: defaultValue, path: parentPath, defaulted: true };
    if (typeof value === 'boolean') return { value, path };
    if (isPlaceholder(value)) return { value: defaultValue, path, unknown: true };
    if (value === 'true' || value === 'false') return { value: value === 'true', path };
    this.wrongType(path, 'a boolean', value);
    return { value: defaultValue, path, unknown: true };
  }
}

export interface IntegerOptions {
  defaultValue?: number;
  min?: number;
  required?: boolean;
  allowString?: boolean;
}

export function stringRecord(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isObject(value)) return result;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') result[key] = item;
    else if (typeof item === 'number' || typeof item === 'boolean') result[key] = String(item);
  }
  return result;
}

export function resourceOf(object: JsonObject): ResourceRef {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const ref: ResourceRef = {
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    kind: typeof object.kind === 'string' ? object.kind : '',
    name: typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '',
  };
  if (typeof metadata.namespace === 'string' && metadata.namespace !== '') ref.namespace = metadata.namespace;
  return ref;
}

/** API group of an apiVersion (`postgresql.cnpg.io/v1` → `postgresql.cnpg.io`, `v1` → ``). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

// ---- label selectors -------------------------------------------------------------------------------------------------

/**
 * The labels the operator puts on its Postgres pods. `dynamic` keys are always present but their value changes at run time
 * (role, instance name): a selector on them matches some of the pods, which is enough to spread them.
 */
export interface PodLabels {
  fixed: Record<string, string>;
  dynamic: ReadonlySet<string>;
  /**
   * Labels the pods carry only if the operator is configured so (CNPG `INHERITED_LABELS`, Zalando `inherited_labels`
   * copy the cluster's own metadata labels): a selector that needs one of them cannot be judged from the manifest.
   */
  maybe?: Record<string, string>;
}

/** Whether a Kubernetes LabelSelector selects (some of) the pods; 'unknown' for placeholders or malformed selectors. */
export function selectorMatches(selector: unknown, pods: PodLabels): boolean | 'unknown' {
  const strict = matchesLabels(selector, pods);
  if (strict !== false || pods.maybe === undefined || Object.keys(pods.maybe).length === 0) return strict;
  return matchesLabels(selector, { fixed: { ...pods.maybe, ...pods.fixed }, dynamic: pods.dynamic }) === false ? false : 'unknown';
}

function matchesLabels(selector: unknown, pods: PodLabels): boolean | 'unknown' {
  if (selector === undefined || selector === null) return false; // a nil selector selects nothing (k8s API)
  if (!isObject(selector)) return 'unknown';
  if (containsPlaceholderDeep(selector)) return 'unknown';
  const has = (key: string) => Object.hasOwn(pods.fixed, key) || pods.dynamic.has(key);
  const matchLabels = selector.matchLabels;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isObject(matchLabels)) return 'unknown';
    for (const key of Object.keys(matchLabels)) {
      if (pods.dynamic.has(key)) continue;
      if (pods.fixed[key] !== String(matchLabels[key])) return false;
    }
  }
  const expressions = selector.matchExpressions;
  if (expressions !== undefined && expressions !== null) {
    if (!Array.isArray(expressions)) return 'unknown';
    for (const expression of expressions) {
      if (!isObject(expression) || typeof expression.key !== 'string') return 'unknown';
      const key = expression.key;
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      const dynamic = pods.dynamic.has(key);
      const actual = pods.fixed[key];
      switch (expression.operator) {
        case 'In':
          if (!dynamic && (actual === undefined || !values.includes(actual))) return false;
          break;
        case 'NotIn':
          if (!dynamic && actual !== undefined && values.includes(actual)) return false;
          break;
        case 'Exists':
          if (!has(key)) return false;
          break;
        case 'DoesNotExist':
          if (Object.hasOwn(pods.fixed, key)) return false;
          break;
        default:
          return 'unknown';
      }
    }
  }
  return true;
}

// ---- affinity / topology spread → SpreadTerm ---------------------------------------------------------------------------

function termFrom(
  source: SpreadTerm['source'],
  level: SpreadTerm['level'],
  topologyKey: unknown,
  selector: unknown,
  path: Pointer,
  pods: PodLabels,
): SpreadTerm {
  const matches = selectorMatches(selector, pods);
  const keyKnown = typeof topologyKey === 'string' && !isPlaceholder(topologyKey);
  const term: SpreadTerm = {
    source,
    level,
    topologyKey: typeof topologyKey === 'string' ? topologyKey : '',
    path,
    selectsOwnPods: matches === true,
  };
  if (matches === 'unknown' || !keyKnown) term.unknown = true;
  return term;
}

/** podAntiAffinity terms (required ⇒ hard, preferred ⇒ soft) of an `affinity` object at `path`. */
export function antiAffinityTerms(affinity: unknown, path: Pointer, pods: PodLabels): SpreadTerm[] {
  const terms: SpreadTerm[] = [];
  const anti = dig(affinity, 'podAntiAffinity');
  if (!isObject(anti)) return terms;
  const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(required)) {
    required.forEach((term, index) => {
      if (!isObject(term)) return;
      terms.push(
        termFrom('podAntiAffinity', 'hard', term.topologyKey, term.labelSelector, `${path}/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/${index}`, pods),
      );
    });
  }
  const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(preferred)) {
    preferred.forEach((weighted, index) => {
      const term = dig(weighted, 'podAffinityTerm');
      if (!isObject(term)) return;
      terms.push(
        termFrom('podAntiAffinity', 'soft', term.topologyKey, term.labelSelector, `${path}/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/${index}`, pods),
      );
    });
  }
  return terms;
}

/** topologySpreadConstraints at `path` (DoNotSchedule, the Kubernetes default, ⇒ hard; ScheduleAnyway ⇒ soft). */
export function topologySpreadTerms(constraints: unknown, path: Pointer, pods: PodLabels): SpreadTerm[] {
  if (!Array.isArray(constraints)) return [];
  const terms: SpreadTerm[] = [];
  constraints.forEach((constraint, index) => {
    if (!isObject(constraint)) return;
    const level = constraint.whenUnsatisfiable === 'ScheduleAnyway' ? 'soft' : 'hard';
    const term = termFrom('topologySpreadConstraints', level, constraint.topologyKey, constraint.labelSelector, `${path}/${index}`, pods);
    if (isPlaceholder(constraint.whenUnsatisfiable)) term.unknown = true;
    terms.push(term);
  });
  return terms;
}

/** Spreading summary: level and keys from the terms that select the cluster's own pods and are known. */
export function summariseSpreading(terms: SpreadTerm[], extra: Partial<Spreading> = {}): Spreading {
  let level: SpreadLevel = 'none';
  const keys: string[] = [];
  for (const term of terms) {
    if (!term.selectsOwnPods || term.unknown) continue;
    if (term.level === 'hard') level = 'hard';
    else if (level === 'none') level = 'soft';
    if (!keys.includes(term.topologyKey)) keys.push(term.topologyKey);
  }
  return { level, topologyKeys: keys, terms, ...extra };
}

/**
 * JSON patch appending a preferred hostname anti-affinity term at the `affinity` object `affinityPath` (whose current value
 * is `affinity`), creating missing parents with `add` of objects. Undefined when an existing parent has the wrong type.
 */
export function addPreferredAntiAffinityPatch(
  affinity: unknown,
  affinityPath: Pointer,
  matchLabels: Record<string, string>,
  weight: number,
): Operation[] | undefined {
  const weighted = {
    weight,
    podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { ...matchLabels } } },
  };
  if (affinity === undefined || affinity === null) {
    return [{ op: 'add', path: affinityPath, value: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } } }];
  }
  if (!isObject(affinity)) return undefined;
  const anti = affinity.podAntiAffinity;
  const antiPath = pointer(affinityPath, 'podAntiAffinity');
  if (anti === undefined || anti === null) {
    return [{ op: 'add', path: antiPath, value: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } }];
  }
  if (!isObject(anti)) return undefined;
  const list = anti.preferredDuringSchedulingIgnoredDuringExecution;
  const listPath = pointer(antiPath, 'preferredDuringSchedulingIgnoredDuringExecution');
  if (list === undefined || list === null) return [{ op: 'add', path: listPath, value: [weighted] }];
  if (!Array.isArray(list)) return undefined;
  return [{ op: 'add', path: `${listPath}/-`, value: weighted }];
}

/**
 * JSON patch setting `value` at `keys` below `root` (pointer `base`), creating missing parent objects. Undefined when a
 * parent exists with a non-object type (the patch would fail or clobber data).
 */
export function setPatch(root: unknown, base: Pointer, keys: string[], value: unknown): Operation[] | undefined {
  let current: unknown = root;
  let path = base;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (!isObject(current)) return undefined;
    const next = current[key];
    const nextPath = pointer(path, key);
    if (index === keys.length - 1 || next === undefined || next === null) {
      let nested: unknown = value;
      for (let inner = keys.length - 1; inner > index; inner--) nested = { [keys[inner]!]: nested };
      return [{ op: 'add', path: nextPath, value: nested }];
    }
    current = next;
    path = nextPath;
  }
  return undefined;
}

/** Whether `setPatch(root, base, keys, value)` gives a patch: every parent the keys pass through that exists is an object. */
export function canSetAt(root: unknown, keys: readonly string[]): boolean {
  let current: unknown = root;
  for (let index = 0; index < keys.length; index++) {
    if (!isObject(current)) return false;
    if (index === keys.length - 1) return true;
    const next = current[keys[index]!];
    if (next === undefined || next === null) return true;
    current = next;
  }
  return false;
}

/** Secret-ish env var names whose value must never be kept (only their emptiness). */
export function isPasswordVariable(name: string): boolean {
  return /PASSWORD|PASSWD|(^|_)PASS$|SECRET/i.test(name) && !/_FILE$/.test(name);
}
