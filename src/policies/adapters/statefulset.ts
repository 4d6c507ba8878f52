// Plain `apps/v1` StatefulSet running a Postgres image. See ../shared/domain/statefulset.md.

import { type PostgresImageFamily, parseImageReference, postgresImageFamily } from '../images.js';
import type { AuthSetting, Credential, ImageUse, PostgresCluster, Volume } from '../model.js';
import { isPlaceholder } from '../placeholders.js';
import {
  addPreferredAntiAffinityPatch,
  antiAffinityTerms,
  dig,
  isObject,
  isPasswordVariable,
  type JsonObject,
  nearestExisting,
  type ObjectReader,
  type PodLabels,
  pointer,
  stringRecord,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor } from './context.js';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
const POD = ['spec', 'template', 'spec'];

/** The family of the first container running a Postgres server, or undefined (not a Postgres StatefulSet). */
export function postgresContainer(object: JsonObject | undefined): { index: number; family: PostgresImageFamily } | undefined {
  if (!isKind(object, 'apps', 'StatefulSet')) return undefined;
  const containers = dig(object, ...POD, 'containers');
  if (!Array.isArray(containers)) return undefined;
  for (let index = 0; index < containers.length; index++) {
    const image = dig(containers[index], 'image');
    if (typeof image !== 'string') continue;
    const parsed = parseImageReference(image);
    const family = parsed ? postgresImageFamily(parsed) : undefined;
    if (family) return { index, family };
  }
  return undefined;
}

export function statefulSetCluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  const main = postgresContainer(reader?.object);
  if (!reader || !main) return undefined;
  const object = reader.object;
  const name = reader.resource.name;

  const replicas = reader.integer(['spec', 'replicas'], { defaultValue: 1, min: 0 });
  const podLabelsFixed = stringRecord(dig(object, 'spec', 'template', 'metadata', 'labels'));
  const pods: PodLabels = { fixed: podLabelsFixed, dynamic: new Set(['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'controller-revision-hash']) };
  const affinity = dig(object, ...POD, 'affinity');
  const terms = [
    ...antiAffinityTerms(affinity, pointer('', ...POD, 'affinity'), pods),
    ...topologySpreadTerms(dig(object, ...POD, 'topologySpreadConstraints'), pointer('', ...POD, 'topologySpreadConstraints'), pods),
  ];
  const spreading = summariseSpreading(terms);
  const hasOwnAntiAffinity = terms.some((term) => term.source === 'podAntiAffinity' && (term.selectsOwnPods || term.unknown));
  // The fix selects the pods by the StatefulSet's own selector (always a subset of the template labels).
  const selector = dig(object, 'spec', 'selector', 'matchLabels');
  if (!hasOwnAntiAffinity && isObject(selector) && Object.keys(selector).length > 0 && !Object.values(selector).some(isPlaceholder) && isObject(dig(object, ...POD))) {
    const patch = addPreferredAntiAffinityPatch(affinity, pointer('', ...POD, 'affinity'), stringRecord(selector), 100);
    if (patch) spreading.addSoftAntiAffinity = patch;
  }

  const volumes = claimVolumes(reader, main.index);

  const images: ImageUse[] = [];
  const authSettings: AuthSetting[] = [];
  const credentials: Credential[] = [];
  for (const [listKey, defaultRole] of [
    ['containers', 'sidecar'],
    ['initContainers', 'init'],
  ] as const) {
    const list = dig(object, ...POD, listKey);
    if (!Array.isArray(list)) continue;
    list.forEach((container, c) => {
      if (!isObject(container)) return;
      const containerName = typeof container.name === 'string' ? container.name : `${listKey}[${c}]`;
      const keys = [...POD, listKey, c, 'image'];
      const isMain = listKey === 'containers' && c === main.index;
      const role = isMain ? 'postgres' : listKey === 'containers' && /exporter|metrics/.test(containerName) ? 'exporter' : defaultRole;
      images.push(imageUse(role, containerName, reader.string(keys), (ref) => [{ op: 'add', path: pointer('', ...keys), value: ref }]));
      if (listKey === 'containers') readEnv(container, pointer('', ...POD, listKey, c), containerName, isMain ? main.family : undefined, authSettings, credentials);
    });
  }

  return {
    flavour: 'statefulset',
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsFixed,
    // replicas: 0 is a deliberate scale-down, not a missing replica.
    shutdown: { value: replicas.value === 0, path: replicas.path, ...(replicas.defaulted ? { defaulted: true } : {}), ...(replicas.unknown ? { unknown: true } : {}) },
    instanceSets: [{ name, replicas, path: nearestExisting(object, '', 'spec'), spreading }],
    totalInstances: { ...replicas },
    volumes,
    images,
    backups: { configured: { value: false, path: nearestExisting(object, '', 'spec'), defaulted: true }, schedules: [], retention: { value: undefined, path: nearestExisting(object, '', 'spec') } },
    credentials,
    authSettings,
  };
}

/** volumeClaimTemplates (class field or the legacy beta annotation); none ⇒ data on an emptyDir/container FS. */
function claimVolumes(reader: ObjectReader, mainIndex: number): Volume[] {
  const object = reader.object;
  const mounts = dig(object, ...POD, 'containers', mainIndex, 'volumeMounts');
  const mounted = new Set(Array.isArray(mounts) ? mounts.map((mount) => dig(mount, 'name')).filter((n): n is string => typeof n === 'string') : []);
  const templates = reader.listAt('spec', 'volumeClaimTemplates');
  const volumes: Volume[] = [];
  (templates ?? []).forEach((template, t) => {
    if (!isObject(template)) return;
    const claimName = typeof dig(template, 'metadata', 'name') === 'string' ? String(dig(template, 'metadata', 'name')) : `claim ${t}`;
    const field = reader.string(['spec', 'volumeClaimTemplates', t, 'spec', 'storageClassName']);
    const annotation = reader.string(['spec', 'volumeClaimTemplates', t, 'metadata', 'annotations', BETA_STORAGE_CLASS]);
    const storageClass = field.value !== undefined || field.unknown ? field : annotation.value !== undefined || annotation.unknown ? annotation : { value: undefined, path: nearestExisting(object, '', 'spec', 'volumeClaimTemplates', t, 'spec') };
    const volume: Volume = {
      role: mounted.size === 0 || mounted.has(claimName) ? 'data' : 'other',
      owner: claimName,
      storageClass,
      persistent: { value: true, path: pointer('/spec/volumeClaimTemplates', t) },
      size: reader.string(['spec', 'volumeClaimTemplates', t, 'spec', 'resources', 'requests', 'storage']),
    };
    if (isObject(template.spec)) {
      const onAnnotation = annotation.value !== undefined && field.value === undefined;
      volume.setStorageClass = (className) => [
        onAnnotation
          ? { op: 'add', path: pointer('/spec/volumeClaimTemplates', t, 'metadata', 'annotations', BETA_STORAGE_CLASS), value: className }
          : { op: 'add', path: pointer('/spec/volumeClaimTemplates', t, 'spec', 'storageClassName'), value: className },
      ];
    }
    volumes.push(volume);
  });
  if (volumes.length === 0) {
    // Data survives only on a mounted PVC volume from spec.template.spec.volumes.
    const podVolumes = dig(object, ...POD, 'volumes');
    const pvc = Array.isArray(podVolumes) && podVolumes.some((volume) => mounted.has(String(dig(volume, 'name'))) && dig(volume, 'persistentVolumeClaim') !== undefined);
    volumes.push({ role: 'data', owner: reader.resource.name, storageClass: { value: undefined, path: nearestExisting(object, '', 'spec'), unknown: pvc }, persistent: { value: pvc, path: nearestExisting(object, '', 'spec') } });
  }
  return volumes;
}

/** Which user a password variable belongs to: the variables naming that user, then the image's default user. */
const PASSWORD_USERS: Record<string, [string[], string]> = {
  POSTGRESQL_POSTGRES_PASSWORD: [[], 'postgres'],
  POSTGRESQL_REPLICATION_PASSWORD: [['POSTGRESQL_REPLICATION_USER'], 'replicator'],
  REPMGR_PASSWORD: [['REPMGR_USERNAME'], 'repmgr'],
  PGPASSWORD_SUPERUSER: [['PGUSER_SUPERUSER'], 'postgres'],
  PGPASSWORD_STANDBY: [['PGUSER_STANDBY'], 'standby'],
  PGPASSWORD_ADMIN: [['PGUSER_ADMIN'], 'admin'],
  PG_PASSWORD: [['PG_USER'], 'postgres'],
  PG_ROOT_PASSWORD: [[], 'postgres'],
  PG_PRIMARY_PASSWORD: [['PG_PRIMARY_USER'], 'primaryuser'],
  PATRONI_SUPERUSER_PASSWORD: [['PATRONI_SUPERUSER_USERNAME'], 'postgres'],
  PATRONI_REPLICATION_PASSWORD: [['PATRONI_REPLICATION_USERNAME'], 'replicator'],
};

const WEAKENING: Record<string, string[]> = {
  ALLOW_EMPTY_PASSWORD: ['yes', 'true', '1'],
  POSTGRES_HOST_AUTH_METHOD: ['trust'],
  POSTGRESQL_HOST_AUTH_METHOD: ['trust'],
  REPMGR_PGHBA_TRUST_ALL: ['yes', 'true', '1'],
};

/** Env → Credential (secretKeyRef password) / AuthSetting (trust, empty password). A password value is never kept. */
function readEnv(container: JsonObject, containerPath: string, containerName: string, family: PostgresImageFamily | undefined, auth: AuthSetting[], credentials: Credential[]): void {
  const env = container.env;
  const names = new Set<string>();
  const literals: Record<string, string> = {};
  if (Array.isArray(env)) {
    for (const variable of env) {
      const value = dig(variable, 'value');
      const varName = dig(variable, 'name');
      if (typeof varName === 'string' && typeof value === 'string' && !isPlaceholder(value)) literals[varName] = value;
    }
    const userOf = (passwordVariable: string) => {
      const [userVariables, fallback] = PASSWORD_USERS[passwordVariable] ?? [['POSTGRES_USER', 'POSTGRESQL_USERNAME'], 'postgres'];
      for (const name of userVariables) if (literals[name]) return literals[name];
      return fallback;
    };
    env.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== 'string') return;
      const varName = variable.name;
      names.add(varName);
      const path = pointer(containerPath, 'env', e);
      const value = variable.value;
      const ref = dig(variable, 'valueFrom', 'secretKeyRef');
      const weak = WEAKENING[varName];
      if (weak) {
        if (typeof value === 'string' && weak.includes(value.toLowerCase())) auth.push({ name: varName, value: value.toLowerCase(), path, container: containerName });
        return;
      }
      if (isPasswordVariable(varName)) {
        if (isObject(ref) && typeof ref.name === 'string' && typeof ref.key === 'string' && !isPlaceholder(ref.name)) {
          credentials.push(credential(userOf(varName), ref.name, path, false, ref.key));
        } else if (variable.valueFrom === undefined && (value === undefined || value === null || value === '')) {
          auth.push({ name: varName, empty: true, path, container: containerName });
        }
      }
    });
  }
  // Spilo without PGPASSWORD_SUPERUSER runs with the well-known default password (configure_spilo.py L538-545).
  if (family === 'spilo' && !names.has('PGPASSWORD_SUPERUSER') && container.envFrom === undefined) {
    auth.push({ name: 'PGPASSWORD_SUPERUSER', value: 'well-known-default', path: Array.isArray(env) ? pointer(containerPath, 'env') : containerPath, container: containerName });
  }
}
