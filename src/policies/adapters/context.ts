// What every flavour adapter receives: all input objects (some flavours read companions such as ConfigMaps, Pgreplicas,
// ScheduledBackups or an OperatorConfiguration), the problem list, and small helpers to build a cluster.
import type { InputObject } from '../types.js';
import type { Credential, ImageRole, ImageUse, InstanceSet, ModelProblem, PostgresCluster, Sourced } from '../model.js';
import { parseImageReference, postgresImageFacts } from '../images.js';
import { containsPlaceholder } from '../placeholders.js';
import { apiGroup, isObject, type JsonObject, ObjectReader, resourceOf, stringRecord } from './common.js';
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
export class ObjectIndex {
  /** `group/kind` → indices, in input order; filled per kind on its first look-up. */
  private readonly byKind = new Map<string, number[]>();
  /** `group/kind` → name → indices; built per kind on the first look-up by name. */
  private byName: Map<string, Map<string, number[]>> | undefined;
  private groups: Map<string, Map<string, number[]>> | undefined;

  constructor(private readonly objects: readonly (JsonObject | undefined)[]) {}

  /**
   * The objects of `group`/`kind` grouped by `keyOf` (e.g. ScheduledBackups by the Cluster they name), computed once per
   * model and `id`: a per-cluster look-up is then a map access, not a scan of every object.
   */
  groupedBy(id: string, group: string, kind: string, keyOf: (object: JsonObject) => string | undefined): ReadonlyMap<string, number[]> {
    this.groups ??= new Map();
    let grouped = this.groups.get(id);
    if (!grouped) {
      grouped = new Map();
      for (const index of this.ofKind(group, kind)) {
        const object = this.objects[index];
        const key = object === undefined ? undefined : keyOf(object);
        if (key !== undefined) push(grouped, key, index);
      }
      this.groups.set(id, grouped);
    }
    return grouped;
  }

  /** Indices of the objects of `group`/`kind` (any version), in input order. */
  ofKind(group: string, kind: string): readonly number[] {
    const key = `${group}/${kind}`;
    let indices = this.byKind.get(key);
    if (!indices) {
      indices = [];
      const objects = this.objects;
      for (let index = 0; index < objects.length; index++) {
        const object = objects[index];
        if (object === undefined || object.kind !== kind || typeof object.apiVersion !== 'string' || apiGroup(object.apiVersion) !== group) continue;
        indices.push(index);
      }
      this.byKind.set(key, indices);
    }
    return indices;
  }

  /** Indices of the objects of `group`/`kind` named `name`, in input order. */
  named(group: string, kind: string, name: string): readonly number[] {
    const key = `${group}/${kind}`;
    this.byName ??= new Map();
    let names = this.byName.get(key);
    if (!names) {
      names = new Map();
      for (const index of this.ofKind(group, kind)) {
        const object = this.objects[index];
        const objectName = object === undefined ? '' : nameOf(object);
        if (objectName !== '') push(names, objectName, index);
      }
      this.byName.set(key, names);
    }
    return names.get(name) ?? NONE;
  }

  /** The first object of `group`/`kind` named `name` in `namespace` (an absent namespace on either side matches). */
  find(group: string, kind: string, name: string, namespace: string | undefined): number | undefined {
    for (const index of this.named(group, kind, name)) {
      const object = this.objects[index];
      if (object !== undefined && sameNamespace(resourceOf(object).namespace, namespace)) return index;
    }
    return undefined;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/** The name `resourceOf` gives an object (`metadata.name`, else `generateName`), without building the whole reference. */
function nameOf(object: JsonObject): string {
  const metadata = object.metadata;
  if (!isObject(metadata)) return '';
  return typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '';
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/**
 * The versions each operator serves for the kinds pgwarden reads (../shared/domain): an object of such a group and
 * kind under another version is not that kind — the apiserver rejects it — so it is reported, never judged as if it were.
 */
const SERVED_VERSIONS: Record<string, { versions: readonly string[]; operator: string }> = {
  'crunchydata.com/Pgcluster': { versions: ['v1'], operator: 'Crunchy PGO v4' },
  'crunchydata.com/Pgreplica': { versions: ['v1'], operator: 'Crunchy PGO v4' },
  'postgres-operator.crunchydata.com/PostgresCluster': { versions: ['v1beta1', 'v1'], operator: 'Crunchy PGO v5' },
  'acid.zalan.do/postgresql': { versions: ['v1'], operator: 'the Zalando operator' },
  'acid.zalan.do/OperatorConfiguration': { versions: ['v1'], operator: 'the Zalando operator' },
  'postgresql.cnpg.io/Cluster': { versions: ['v1'], operator: 'CloudNativePG' },
  'postgresql.cnpg.io/ScheduledBackup': { versions: ['v1'], operator: 'CloudNativePG' },
  'apps/StatefulSet': { versions: ['v1'], operator: 'Kubernetes' },
};

/** The same table by kind, then group: most objects are of another kind and leave at the first look-up. */
const SERVED_BY_KIND = new Map<string, Map<string, { versions: readonly string[]; operator: string }>>();
for (const [key, served] of Object.entries(SERVED_VERSIONS)) {
  const slash = key.lastIndexOf('/');
  const kind = key.slice(slash + 1);
  let byGroup = SERVED_BY_KIND.get(kind);
  if (!byGroup) {
    byGroup = new Map();
    SERVED_BY_KIND.set(kind, byGroup);
  }
  byGroup.set(key.slice(0, slash), served);
}

/** Every served `group/version` of each kind: the look-up an object in a served version (nearly all) stops at. */
const SERVED_API_VERSIONS = new Map<string, Set<string>>();
for (const [key, served] of Object.entries(SERVED_VERSIONS)) {
  const slash = key.lastIndexOf('/');
  const kind = key.slice(slash + 1);
  const group = key.slice(0, slash);
  let apiVersions = SERVED_API_VERSIONS.get(kind);
  if (!apiVersions) {
    apiVersions = new Set();
    SERVED_API_VERSIONS.set(kind, apiVersions);
  }
  for (const version of served.versions) apiVersions.add(group === '' ? version : `${group}/${version}`);
}

function servedFor(group: string, kind: string): { versions: readonly string[]; operator: string } | undefined {
  return SERVED_BY_KIND.get(kind)?.get(group);
}

function apiVersionOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
}

/** Served, or unknown (a placeholder such as `${API_VERSION}` is never held against the object). */
function isServed(served: { versions: readonly string[] }, apiVersion: string): boolean {
  const version = apiVersionOf(apiVersion);
  return served.versions.includes(version) || containsPlaceholder(version);
}

export function isKind(object: JsonObject | undefined, group: string, kind: string): object is JsonObject {
  if (object === undefined || object.kind !== kind || typeof object.apiVersion !== 'string') return false;
  const apiVersion = object.apiVersion;
  // A served version of this group: the usual case, settled without cutting the string.
  if (apiVersion.length > group.length && apiVersion.charCodeAt(group.length) === 47 && apiVersion.startsWith(group) && SERVED_API_VERSIONS.get(kind)?.has(apiVersion)) return true;
  if (apiGroup(apiVersion) !== group) return false;
  const served = servedFor(group, kind);
  return served === undefined || isServed(served, object.apiVersion);
}

/** A message when `object` has the group and kind of a Postgres manifest but a version its operator does not serve. */
export function unservedVersion(object: JsonObject): string | undefined {
  if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') return undefined;
  if (SERVED_API_VERSIONS.get(object.kind)?.has(object.apiVersion)) return undefined;
  const byGroup = SERVED_BY_KIND.get(object.kind);
  if (byGroup === undefined) return undefined;
  const served = byGroup.get(apiGroup(object.apiVersion));
  if (served === undefined || isServed(served, object.apiVersion)) return undefined;
  const expected = served.versions.map((v) => `\`${apiGroup(object.apiVersion as string)}/${v}\``).join(' or ');
  return `apiVersion \`${object.apiVersion}\` is not served for ${object.kind} (${served.operator} serves ${expected}): the apiserver rejects it, so pgwarden did not check it further.`;
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

/**
 * An ImageUse with the reference parsed and the Postgres major read where the role is `postgres`. `field` says where
 * the image is written, for "write … instead" (default: "the `<name>` image").
 */
export function imageUse(
  role: ImageRole,
  name: string,
  reference: Sourced<string | undefined>,
  setReference?: (reference: string) => Operation[],
  field = `the \`${name}\` image`,
): ImageUse {
  const use: ImageUse = { role, name, reference, field };
  if (reference.value !== undefined && !reference.unknown) {
    if (role === 'postgres') {
      const facts = postgresImageFacts(reference.value);
      if (facts) {
        use.parsed = facts.parsed;
        if (facts.major !== undefined) use.postgresMajor = facts.major;
        if (facts.major !== undefined && facts.family === 'spilo') use.runsOlderMajors = true;
      }
    } else {
      const parsed = parseImageReference(reference.value);
      if (parsed) use.parsed = parsed;
    }
  }
  if (setReference) use.setReference = setReference;
  return use;
}

export function credential(user: string, secretName: string, path: string, regeneratesBlank: boolean, passwordKey = 'password'): Credential {
  return { user, secretName, passwordKey, regeneratesBlank, path };
}

export type ClusterAdapter = (input: AdapterInput, index: number) => PostgresCluster | undefined;
