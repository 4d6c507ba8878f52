// buildModel: five manifest flavours → one normalised model (src/policies/model.ts). Operator defaults are applied here,
// before any rule sees the cluster. Never throws: malformed known kinds become ModelProblems naming the field.
import type { Model, ModelProblem, PostgresCluster, SecretInfo, SecretKey } from '../model.js';
import type { ResourceRef } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import type { InputObject } from '../types.js';
import { changeProfile } from './change.js';
import { cnpgCluster, scheduledBackupProblems } from './cnpg.js';
import { dig, isObject, pointer, resourceOf } from './common.js';
import { type AdapterInput, type ClusterAdapter, ObjectIndex, unservedVersion } from './context.js';
import { pgoV4Cluster } from './pgo-v4.js';
import { pgoV5Cluster } from './pgo-v5.js';
import { statefulSetCluster } from './statefulset.js';
import { ZalandoOperatorConfig, zalandoCluster } from './zalando.js';

export { parseImageReference, postgresImageFamily, postgresMajorOf } from '../images.js';

/**
 * The adapter that may read an object of each kind (each checks the API group and version itself): an object of any
 * other kind — most of a GitOps repo — costs one map look-up.
 */
function adapterFor(kind: unknown, zalandoConfig: ZalandoOperatorConfig): ClusterAdapter | undefined {
  switch (kind) {
    case 'PostgresCluster':
      return pgoV5Cluster;
    case 'Cluster':
      return cnpgCluster;
    case 'postgresql':
      return (input, index) => zalandoCluster(input, index, zalandoConfig);
    case 'Pgcluster':
      return pgoV4Cluster;
    case 'StatefulSet':
      return statefulSetCluster;
    default:
      return undefined;
  }
}

export function buildModel(inputs: readonly InputObject[]): Model {
  const problems: ModelProblem[] = [];
  const objects = inputs.map((entry) => (isObject(entry?.object) ? entry.object : undefined));
  const input: AdapterInput = { inputs, objects, problems, index: new ObjectIndex(objects) };
  // Reads the operator configuration on first use only (a Zalando cluster or its change profile).
  const zalandoConfig = new ZalandoOperatorConfig(input);
  const clusters: PostgresCluster[] = [];
  const secrets: SecretInfo[] = [];
  let scheduledBackups = false;
  for (let index = 0; index < inputs.length; index++) {
    const object = objects[index];
    if (object === undefined) continue;
    if (object.kind === 'ScheduledBackup') scheduledBackups = true;
    try {
      const unserved = unservedVersion(object);
      if (unserved !== undefined) {
        problems.push({ objectIndex: index, resource: resourceOf(object), path: '/apiVersion', message: unserved });
        continue;
      }
      const cluster = adapterFor(object.kind, zalandoConfig)?.(input, index);
      if (cluster) {
        nameForeignObjects(cluster, input);
        clusters.push(cluster);
      }
      if (object.kind === 'Secret' && object.apiVersion === 'v1') secrets.push(secretInfo(object, index, inputs[index]?.oldObject));
    } catch (error) {
      // Defence in depth: an adapter bug must not take the door down; report it on the object instead.
      problems.push({
        objectIndex: index,
        resource: resourceOf(object),
        path: '',
        message: `pgwarden could not read this object (internal error: ${error instanceof Error ? error.message : String(error)}); please report it.`,
      });
    }
  }
  if (scheduledBackups) problems.push(...scheduledBackupProblems(input));
  return new BuiltModel(clusters, secrets, problems, clusters.length > 0 ? { input, zalandoConfig } : undefined);
}

interface ChangeSource {
  input: AdapterInput;
  zalandoConfig: ZalandoOperatorConfig;
}

/**
 * A model as buildModel returns it, carrying what the change profiles are computed from until withChangeProfiles asks,
 * in a private field: invisible to the comparisons and spreads models go through, and gone with the model. Not in a
 * WeakMap keyed by the model: evaluate() never asks, and a scavenge keeps a WeakMap value alive even when its key is
 * garbage, so every review's input objects were promoted to the old generation and freed only by a full GC (RSS
 * 300 → 390 MB and 4 ms scavenges under load in bench/webhook). Not a property defined on a plain object either: that
 * cost a slow-path transition per review.
 */
class BuiltModel implements Model {
  declare fieldViolations?: Model['fieldViolations'];
  #changeSource: ChangeSource | undefined;

  constructor(
    public clusters: PostgresCluster[],
    public secrets: SecretInfo[],
    public problems: ModelProblem[],
    changeSource: ChangeSource | undefined,
  ) {
    this.#changeSource = changeSource;
  }

  /** The change source, once: the profiles are computed a single time. */
  takeChangeSource(): ChangeSource | undefined {
    const source = this.#changeSource;
    this.#changeSource = undefined;
    return source;
  }
}

/**
 * Fills `cluster.change` (what the operator does with a change to a running cluster) for every cluster of a model built
 * by buildModel, and returns the model. Only the change rules read it (lint --base, the webhook on UPDATE and DELETE),
 * so evaluate() never pays for it; the profile reads only the input and adds no problems, so computing it here gives
 * what computing it in buildModel would. Idempotent.
 */
export function withChangeProfiles(model: Model): Model {
  const source = model instanceof BuiltModel ? model.takeChangeSource() : undefined;
  if (!source) return model;
  const { input, zalandoConfig } = source;
  for (const cluster of model.clusters) {
    const object = input.objects[cluster.objectIndex];
    if (cluster.change !== undefined || object === undefined) continue;
    try {
      const profile = changeProfile(cluster, object, input, zalandoConfig);
      for (const field of profile.creationOnly) nameForeign(field.value, input);
      cluster.change = profile;
    } catch (error) {
      // As for the cluster itself: an adapter bug must not take the door down; report it on the object instead.
      model.problems.push({
        objectIndex: cluster.objectIndex,
        resource: cluster.resource,
        path: '',
        message: `pgwarden could not read how the operator treats changes to this object (internal error: ${error instanceof Error ? error.message : String(error)}); please report it.`,
      });
    }
  }
  return model;
}

/** A model value that may come from another object than the cluster's: a Sourced, a SpreadTerm, an AuthSetting. */
type MaybeForeign = { objectIndex?: number | undefined; resource?: ResourceRef | undefined } | undefined;

function nameForeign(value: MaybeForeign, input: AdapterInput): void {
  if (value === undefined || value.objectIndex === undefined || value.resource !== undefined) return;
  const object = input.objects[value.objectIndex];
  if (object) value.resource = resourceOf(object);
}

/**
 * Sets `resource` on every value of the cluster sourced from another object (ConfigMaps, catalogs, ScheduledBackups,
 * the operator configuration): each model field that can carry an `objectIndex` (model.ts), visited directly.
 * test/adapters/foreign-resource.test.ts walks every fixture's model generically and fails on one left unnamed.
 */
function nameForeignObjects(cluster: PostgresCluster, input: AdapterInput): void {
  nameForeign(cluster.shutdown, input);
  nameForeign(cluster.totalInstances, input);
  nameForeign(cluster.postgresVersion, input);
  for (const set of cluster.instanceSets) {
    nameForeign(set.replicas, input);
    const spreading = set.spreading;
    for (const term of spreading.terms) nameForeign(term, input);
    nameForeign(spreading.disabledBy, input);
    nameForeign(spreading.decidedByOperatorConfig, input);
  }
  for (const volume of cluster.volumes) {
    nameForeign(volume.storageClass, input);
    nameForeign(volume.persistent, input);
    nameForeign(volume.size, input);
  }
  for (const image of cluster.images) nameForeign(image.reference, input);
  const backups = cluster.backups;
  nameForeign(backups.configured, input);
  for (const schedule of backups.schedules) nameForeign(schedule.schedule, input);
  for (const retention of backups.retention) nameForeign(retention.setting, input);
  for (const setting of cluster.authSettings) nameForeign(setting, input);
}

/** Each key's emptiness from `data` (base64) and `stringData` (which wins); the value itself is never kept. */
export function secretKeys(object: unknown): Record<string, SecretKey> {
  const keys: Record<string, SecretKey> = {};
  for (const field of ['data', 'stringData'] as const) {
    const block = dig(object, field);
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      const path = pointer('', field, key);
      if (isPlaceholder(value)) keys[key] = { empty: false, unknown: true, path };
      else if (value === null || value === undefined) keys[key] = { empty: true, path };
      else if (typeof value !== 'string') keys[key] = { empty: false, unknown: true, path };
      else if (field === 'data') keys[key] = { empty: isEmptyBase64(value), path };
      else keys[key] = { empty: value === '', path };
    }
  }
  return keys;
}

function isEmptyBase64(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  return compact === '' || /^=*$/.test(compact);
}

function secretInfo(object: Record<string, unknown>, index: number, oldObject: unknown): SecretInfo {
  const info: SecretInfo = { objectIndex: index, resource: resourceOf(object), keys: secretKeys(object) };
  if (typeof object.type === 'string') info.type = object.type;
  if (isObject(oldObject)) info.previousKeys = secretKeys(oldObject);
  return info;
}
