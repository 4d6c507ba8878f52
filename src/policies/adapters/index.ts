// buildModel: five manifest flavours → one normalised model (src/policies/model.ts). Operator defaults are applied here,
// before any rule sees the cluster. Never throws: malformed known kinds become ModelProblems naming the field.
import type { Model, ModelProblem, PostgresCluster, SecretInfo, SecretKey } from '../model.js';
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
  const model: Model = { clusters, secrets, problems };
  if (clusters.length > 0) changeSources.set(model, { input, zalandoConfig });
  return model;
}

/** What a model's change profiles are computed from, kept per model (one entry each) until they are asked for. */
const changeSources = new WeakMap<Model, { input: AdapterInput; zalandoConfig: ZalandoOperatorConfig }>();

/**
 * Fills `cluster.change` (what the operator does with a change to a running cluster) for every cluster of a model built
 * by buildModel, and returns the model. Only the change rules read it (lint --base, the webhook on UPDATE and DELETE),
 * so evaluate() never pays for it; the profile reads only the input and adds no problems, so computing it here gives
 * what computing it in buildModel would. Idempotent.
 */
export function withChangeProfiles(model: Model): Model {
  const source = changeSources.get(model);
  if (!source) return model;
  changeSources.delete(model);
  const { input, zalandoConfig } = source;
  for (const cluster of model.clusters) {
    const object = input.objects[cluster.objectIndex];
    if (cluster.change !== undefined || object === undefined) continue;
    try {
      const profile = changeProfile(cluster, object, input, zalandoConfig);
      nameForeignObjects(profile, input, 1);
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

/**
 * Sets `resource` on every value sourced from another object than the cluster's (ConfigMaps, catalogs, ScheduledBackups).
 * Fields that never hold such values (label maps, the operator's syntax, JSON patches) are not walked.
 */
function nameForeignObjects(value: unknown, input: AdapterInput, depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') nameForeignObjects(item, input, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (depth > 0 && typeof record.objectIndex === 'number' && typeof record.path === 'string' && record.resource === undefined) {
    const object = input.objects[record.objectIndex];
    if (object) record.resource = resourceOf(object);
  }
  for (const key in record) {
    if (NOT_SOURCED.has(key)) continue;
    const item = record[key];
    // Only objects can hold Sourced values; skipping scalars here keeps this walk cheap on the webhook's path.
    if (item !== null && typeof item === 'object') nameForeignObjects(item, input, depth + 1);
  }
}

/** Model fields that hold no Sourced value. */
const NOT_SOURCED = new Set(['resource', 'operator', 'labels', 'podLabels', 'addSoftAntiAffinity', 'gates', 'dynamic']);

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
