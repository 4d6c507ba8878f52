// What every flavour adapter receives: all input objects (some flavours read companions such as ConfigMaps, Pgreplicas,
// ScheduledBackups or an OperatorConfiguration), the problem list, and small helpers to build a cluster.
import type { InputObject } from '../types.js';
import type { Credential, ImageRole, ImageUse, InstanceSet, ModelProblem, PostgresCluster, Sourced } from '../model.js';
import { parseImageReference, postgresImageFamily, postgresMajorOf } from '../images.js';
import { apiGroup, isObject, type JsonObject, ObjectReader, resourceOf, stringRecord } from './common.js';
import type { Operation } from 'fast-json-patch';

export interface AdapterInput {
  readonly inputs: readonly InputObject[];
  /** `inputs[i].object` when it is a JSON object, else undefined. */
  readonly objects: readonly (JsonObject | undefined)[];
  readonly problems: ModelProblem[];
}

export function isKind(object: JsonObject | undefined, group: string, kind: string): object is JsonObject {
  return object !== undefined && object.kind === kind && typeof object.apiVersion === 'string' && apiGroup(object.apiVersion) === group;
}

export function readerFor(input: AdapterInput, index: number): ObjectReader | undefined {
  const object = input.objects[index];
  if (object === undefined) return undefined;
  return new ObjectReader(index, object, resourceOf(object), input.problems);
}

/** Same namespace, where an absent namespace (applied into whatever namespace the door uses) matches any. */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

export function metadataLabels(object: JsonObject): Record<string, string> {
  return stringRecord(isObject(object.metadata) ? object.metadata.labels : undefined);
}

/** Σ replicas of the sets; unknown when any is unknown, undefined when any is undefined. */
export function totalOf(sets: InstanceSet[], fallbackPath: string): Sourced<number | undefined> {
  if (sets.length === 1) return { ...sets[0]!.replicas };
  let sum = 0;
  let unknown = false;
  let missing = false;
  for (const set of sets) {
    if (set.replicas.unknown) unknown = true;
    else if (set.replicas.value === undefined) missing = true;
    else sum += set.replicas.value;
  }
  const total: Sourced<number | undefined> = { value: unknown || missing ? undefined : sum, path: fallbackPath };
  if (unknown) total.unknown = true;
  if (sets.length > 0 && sets.every((set) => set.replicas.defaulted)) total.defaulted = true;
  return total;
}

/** An ImageUse with the reference parsed and the Postgres major read where the role is `postgres`. */
export function imageUse(
  role: ImageRole,
  name: string,
  reference: Sourced<string | undefined>,
  setReference?: (reference: string) => Operation[],
): ImageUse {
  const use: ImageUse = { role, name, reference };
  if (reference.value !== undefined && !reference.unknown) {
    const parsed = parseImageReference(reference.value);
    if (parsed) {
      use.parsed = parsed;
      if (role === 'postgres') {
        const major = postgresMajorOf(parsed);
        if (major !== undefined) use.postgresMajor = major;
        if (major !== undefined && postgresImageFamily(parsed) === 'spilo') use.runsOlderMajors = true;
      }
    }
  }
  if (setReference) use.setReference = setReference;
  return use;
}

export function credential(user: string, secretName: string, path: string, regeneratesBlank: boolean, passwordKey = 'password'): Credential {
  return { user, secretName, passwordKey, regeneratesBlank, path };
}

export type ClusterAdapter = (input: AdapterInput, index: number) => PostgresCluster | undefined;
