// buildModel: five manifest flavours → one normalised model (src/policies/model.ts). Operator defaults are applied here,
// before any rule sees the cluster. Never throws: malformed known kinds become ModelProblems naming the field.
import type { Model, ModelProblem, PostgresCluster, SecretInfo, SecretKey } from '../model.js';
import { isPlaceholder } from '../placeholders.js';
import type { InputObject } from '../types.js';
import { changeProfile } from './change.js';
import { cnpgCluster, scheduledBackupProblems } from './cnpg.js';
import { dig, isObject, pointer, resourceOf } from './common.js';
import { type AdapterInput, ObjectIndex, unservedVersion } from './context.js';
import { pgoV4Cluster } from './pgo-v4.js';
import { pgoV5Cluster } from './pgo-v5.js';
import { statefulSetCluster } from './statefulset.js';
import { ZalandoOperatorConfig, zalandoCluster } from './zalando.js';

export { parseImageReference, postgresImageFamily, postgresMajorOf } from '../images.js';

export function buildModel(inputs: readonly InputObject[]): Model {
  const problems: ModelProblem[] = [];
  const objects = inputs.map((entry) => (isObject(entry?.object) ? entry.object : undefined));
  const input: AdapterInput = { inputs, objects, problems, index: new ObjectIndex(objects) };
  const zalandoConfig = new ZalandoOperatorConfig(input);
  const clusters: PostgresCluster[] = [];
  const secrets: SecretInfo[] = [];
  for (let index = 0; index < inputs.length; index++) {
    const object = input.objects[index];
    if (object === undefined) continue;
    try {
      const unserved = unservedVersion(object);
      if (unserved !== undefined) {
        problems.push({ objectIndex: index, resource: resourceOf(object), path: '/apiVersion', message: unserved });
        continue;
      }
      const cluster =
        pgoV5Cluster(input, index) ?? cnpgCluster(input, index) ?? zalandoCluster(input, index, zalandoConfig) ?? pgoV4Cluster(input, index) ?? statefulSetCluster(input, index);
      if (cluster) {
        cluster.change = changeProfile(cluster, object, input, zalandoConfig);
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
  problems.push(...scheduledBackupProblems(input));
  for (const cluster of clusters) nameForeignObjects(cluster, input);
  return { clusters, secrets, problems };
}

/** Sets `resource` on every value sourced from another object than the cluster's (ConfigMaps, catalogs, ScheduledBackups). */
function nameForeignObjects(value: unknown, input: AdapterInput, depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) nameForeignObjects(item, input, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (depth > 0 && typeof record.objectIndex === 'number' && typeof record.path === 'string' && record.resource === undefined) {
    const object = input.objects[record.objectIndex];
    if (object) record.resource = resourceOf(object);
  }
  for (const key in record) {
    const item = record[key];
    // Only objects can hold Sourced values; skipping scalars here keeps this walk cheap on the webhook's path.
    if (key !== 'resource' && item !== null && typeof item === 'object') nameForeignObjects(item, input, depth + 1);
  }
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
