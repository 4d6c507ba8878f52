import type { InputObject } from '../types.js';
import type { Credential, ImageRole, ImageUse, InstanceSet, ModelProblem, PostgresCluster, Sourced } from '../model.js';
import { type JsonObject, ObjectReader } from './common.js';
import type { Operation } from 'fast-json-patch';
export interface AdapterInput {
    readonly inputs: readonly InputObject[];
    /** `inputs[i].object` when it is a JSON object, else undefined. */
    readonly objects: readonly (JsonObject | undefined)[];
    readonly problems: ModelProblem[];
    /** The objects by group, kind and name, built once per model: adapters look companions up instead of scanning. */
    readonly index: ObjectIndex;
}
/**
 * Input objects indexed by kind and API group (and name), each kind on its first look-up: every companion look-up (a
 * cluster's Secrets, ConfigMaps, ScheduledBackups, Pgreplicas, catalogs) is a map access after one scan per kind asked
 * for (adapters ask for a handful), so building the model stays linear in the number of objects, and an input that
 * needs no look-up (a lone Deployment at the webhook) pays nothing for the index.
 */
export declare class ObjectIndex {
    private readonly objects;
    /** `group/kind` → indices, in input order; filled per kind on its first look-up. */
    private readonly byKind;
    /** `group/kind` → name → indices; built per kind on the first look-up by name. */
    private byName;
    private groups;
    constructor(objects: readonly (JsonObject | undefined)[]);
    /**
     * The objects of `group`/`kind` grouped by `keyOf` (e.g. ScheduledBackups by the Cluster they name), computed once per
     * model and `id`: a per-cluster look-up is then a map access, not a scan of every object.
     */
    groupedBy(id: string, group: string, kind: string, keyOf: (object: JsonObject) => string | undefined): ReadonlyMap<string, number[]>;
    /** Indices of the objects of `group`/`kind` (any version), in input order. */
    ofKind(group: string, kind: string): readonly number[];
    /** Indices of the objects of `group`/`kind` named `name`, in input order. */
    named(group: string, kind: string, name: string): readonly number[];
    /** The first object of `group`/`kind` named `name` in `namespace` (an absent namespace on either side matches). */
    find(group: string, kind: string, name: string, namespace: string | undefined): number | undefined;
}
export declare function isKind(object: JsonObject | undefined, group: string, kind: string): object is JsonObject;
/** A message when `object` has the group and kind of a Postgres manifest but a version its operator does not serve. */
export declare function unservedVersion(object: JsonObject): string | undefined;
export declare function readerFor(input: AdapterInput, index: number): ObjectReader | undefined;
/** Same namespace, where an absent namespace (applied into whatever namespace the door uses) matches any. */
export declare function sameNamespace(a: string | undefined, b: string | undefined): boolean;
export declare function metadataLabels(object: JsonObject): Record<string, string>;
/** Σ replicas of the sets; unknown when any is unknown, undefined when any is undefined. */
export declare function totalOf(sets: InstanceSet[], fallbackPath: string): Sourced<number | undefined>;
/**
 * An ImageUse with the reference parsed and the Postgres major read where the role is `postgres`. `field` says where
 * the image is written, for "write … instead" (default: "the `<name>` image").
 */
export declare function imageUse(role: ImageRole, name: string, reference: Sourced<string | undefined>, setReference?: (reference: string) => Operation[], field?: string): ImageUse;
export declare function credential(user: string, secretName: string, path: string, regeneratesBlank: boolean, passwordKey?: string): Credential;
export type ClusterAdapter = (input: AdapterInput, index: number) => PostgresCluster | undefined;
