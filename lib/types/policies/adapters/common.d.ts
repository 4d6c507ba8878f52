import type { Operation } from 'fast-json-patch';
import type { ModelProblem, Sourced, SpreadTerm, Spreading } from '../model.js';
import type { Pointer, ResourceRef } from '../types.js';
export type JsonObject = Record<string, unknown>;
export declare function isObject(value: unknown): value is JsonObject;
/** Escapes one reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
export declare function escapeToken(token: string | number): string;
/** Builds a pointer from a base pointer and more tokens: `pointer('/spec', 'instances', 0)` → `/spec/instances/0`. */
export declare function pointer(base: Pointer, ...tokens: (string | number)[]): Pointer;
/**
 * `parent[key]` when `parent` is a JSON object, else undefined: `dig(parent, key)` for a key the adapter writes
 * literally (a field name, never one of Object.prototype's), read as a plain property.
 */
export declare function field(parent: unknown, key: string): unknown;
/** `dig(parent, key)` for a key that comes from the input (own keys only). */
export declare function ownField(parent: unknown, key: string): unknown;
/** The pointer a missing child of `value` (at `path`) reports: `path` when the value exists, else `parentNearest`. */
export declare function nearestOf(value: unknown, path: Pointer, parentNearest: Pointer): Pointer;
/** The value at `keys` below `root`, or undefined when any step is missing or of the wrong type. */
export declare function dig(root: unknown, ...keys: (string | number)[]): unknown;
/** The pointer of the deepest existing object/array along `keys` (for defaulted values and missing fields). */
export declare function nearestExisting(root: unknown, base: Pointer, ...keys: (string | number)[]): Pointer;
export declare function describeType(value: unknown): string;
/** Human name of a pointer for messages: `/spec/instances/0/replicas` → `spec.instances[0].replicas`. */
export declare function fieldName(path: Pointer): string;
/** Per-object reading context: collects ModelProblems instead of throwing. */
export declare class ObjectReader {
    readonly objectIndex: number;
    readonly object: JsonObject;
    readonly resource: ResourceRef;
    readonly problems: ModelProblem[];
    constructor(objectIndex: number, object: JsonObject, resource: ResourceRef, problems: ModelProblem[]);
    problem(path: Pointer, message: string, extra?: Pick<ModelProblem, 'ruleId' | 'severity'>): void;
    /** Reports `field must be X, got Y`. */
    wrongType(path: Pointer, expected: string, value: unknown): void;
    /** Object at `path` under the root, or undefined (reporting a problem when present with the wrong type). */
    objectAt(...keys: (string | number)[]): JsonObject | undefined;
    /** `value` (read at `path`) when it is an object; undefined, with a problem when present with another type. */
    objectValue(value: unknown, path: Pointer): JsonObject | undefined;
    /** List at `keys`, or undefined (problem when present with the wrong type). */
    listAt(...keys: (string | number)[]): unknown[] | undefined;
    /** `value` (read at `path`) when it is a list; undefined, with a problem when present with another type. */
    listValue(value: unknown, path: Pointer): unknown[] | undefined;
    /** A string field; placeholders ⇒ unknown; wrong type ⇒ problem + undefined. */
    string(keys: (string | number)[]): Sourced<string | undefined>;
    /**
     * `string(keys)` for the value already read: `value` at `path`, whose parent is at `parentPath` (the pointer a
     * missing value reports: the parent when it exists, else the nearest existing above it).
     */
    stringValue(value: unknown, path: Pointer, parentPath: Pointer): Sourced<string | undefined>;
    /**
     * `string([...parentKeys, ...keys])` read from `parent`, the value at `parentKeys` (pointer `parentPath`) that the
     * caller already holds: what several fields of one block (a volume claim) read without walking from the root again.
     */
    stringUnder(parent: unknown, parentPath: Pointer, parentKeys: readonly (string | number)[], keys: readonly (string | number)[]): Sourced<string | undefined>;
    /**
     * An integer field. Accepts numeric strings only when `allowString` (PGO v4 `replicas`); placeholders ⇒ unknown;
     * missing ⇒ `defaultValue` (defaulted, path of the nearest parent); out of range or wrong type ⇒ problem, value undefined.
     */
    integer(keys: (string | number)[], options?: IntegerOptions): Sourced<number | undefined>;
    /** `integer(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
    integerValue(value: unknown, path: Pointer, parentPath: Pointer, options?: IntegerOptions): Sourced<number | undefined>;
    /** A boolean field (also the strings "true"/"false", which YAML authors sometimes quote). */
    boolean(keys: (string | number)[], defaultValue: boolean): Sourced<boolean>;
    /** `boolean(keys)` for the value already read: `value` at `path`, its parent at `parentPath` (as stringValue). */
    booleanValue(value: unknown, path: Pointer, parentPath: Pointer, defaultValue: boolean): Sourced<boolean>;
}
export interface IntegerOptions {
    defaultValue?: number;
    min?: number;
    required?: boolean;
    allowString?: boolean;
}
export declare function stringRecord(value: unknown): Record<string, string>;
export declare function resourceOf(object: JsonObject): ResourceRef;
/** API group of an apiVersion (`postgresql.cnpg.io/v1` → `postgresql.cnpg.io`, `v1` → ``). */
export declare function apiGroup(apiVersion: string): string;
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
export declare function selectorMatches(selector: unknown, pods: PodLabels): boolean | 'unknown';
/** podAntiAffinity terms (required ⇒ hard, preferred ⇒ soft) of an `affinity` object at `path`. */
export declare function antiAffinityTerms(affinity: unknown, path: Pointer, pods: PodLabels): SpreadTerm[];
/** topologySpreadConstraints at `path` (DoNotSchedule, the Kubernetes default, ⇒ hard; ScheduleAnyway ⇒ soft). */
export declare function topologySpreadTerms(constraints: unknown, path: Pointer, pods: PodLabels): SpreadTerm[];
/** Spreading summary: level and keys from the terms that select the cluster's own pods and are known. */
export declare function summariseSpreading(terms: SpreadTerm[], extra?: Partial<Spreading>): Spreading;
/**
 * JSON patch appending a preferred hostname anti-affinity term at the `affinity` object `affinityPath` (whose current value
 * is `affinity`), creating missing parents with `add` of objects. Undefined when an existing parent has the wrong type.
 */
export declare function addPreferredAntiAffinityPatch(affinity: unknown, affinityPath: Pointer, matchLabels: Record<string, string>, weight: number): Operation[] | undefined;
/**
 * JSON patch setting `value` at `keys` below `root` (pointer `base`), creating missing parent objects. Undefined when a
 * parent exists with a non-object type (the patch would fail or clobber data).
 */
export declare function setPatch(root: unknown, base: Pointer, keys: string[], value: unknown): Operation[] | undefined;
/** Whether `setPatch(root, base, keys, value)` gives a patch: every parent the keys pass through that exists is an object. */
export declare function canSetAt(root: unknown, keys: readonly string[]): boolean;
/** Secret-ish env var names whose value must never be kept (only their emptiness). */
export declare function isPasswordVariable(name: string): boolean;
