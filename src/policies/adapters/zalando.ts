// Zalando `acid.zalan.do/v1` postgresql (+ OperatorConfiguration / operator ConfigMap). See ../shared/domain/zalando.md.
import type { Credential, ImageUse, PostgresCluster, Sourced, SpreadTerm, Volume } from '../model.js';
import { isPlaceholder } from '../placeholders.js';
import {
  dig,
  isObject,
  type JsonObject,
  nearestExisting,
  type PodLabels,
  pointer,
  setPatch,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor } from './context.js';
import { containerImages } from './pgo-v5.js';

export const ZALANDO_GROUP = 'acid.zalan.do';
/** Operator defaults at v2.0.1 (`zal:pkg/util/config/config.go`). */
export const ZALANDO_DEFAULT_IMAGE = 'ghcr.io/zalando/spilo-18:4.1-p2';
const DEFAULT_POOLER_IMAGE = 'ghcr.io/zalando/postgres-operator/pgbouncer:v2.0.1';
const DEFAULT_LOGICAL_BACKUP_IMAGE = 'ghcr.io/zalando/postgres-operator/logical-backup:v2.0.1';
const DEFAULT_LOGICAL_BACKUP_SCHEDULE = '30 00 * * *';
const HOSTNAME = 'kubernetes.io/hostname';

export function isZalandoCluster(object: Record<string, unknown> | undefined): boolean {
  return isKind(object, ZALANDO_GROUP, 'postgresql');
}

/** One operator setting, found in an OperatorConfiguration CR or the operator ConfigMap of the same input. */
interface OperatorSetting {
  raw: unknown;
  source: Sourced<unknown>;
}

/**
 * Operator-wide settings from an OperatorConfiguration (`configuration.<section>.<key>`), the operator ConfigMap
 * (`data.<key>`) or a Flux HelmRelease of the `postgres-operator` chart (`values.config<Section>.<key>`) in the input.
 */
export class ZalandoOperatorConfig {
  private readonly sources: { index: number; object: JsonObject; kind: 'crd' | 'configmap' | 'helm' }[] = [];

  constructor(input: AdapterInput) {
    input.objects.forEach((object, index) => {
      if (object === undefined) return;
      if (object.kind === 'ConfigMap' && object.apiVersion === 'v1') {
        if (isZalandoConfigMap(object)) this.sources.push({ index, object, kind: 'configmap' });
      } else if (isKind(object, ZALANDO_GROUP, 'OperatorConfiguration')) this.sources.push({ index, object, kind: 'crd' });
      else if (isKind(object, 'helm.toolkit.fluxcd.io', 'HelmRelease') && dig(object, 'spec', 'chart', 'spec', 'chart') === 'postgres-operator') {
        this.sources.push({ index, object, kind: 'helm' });
      }
    });
  }

  get(section: string, key: string): OperatorSetting | undefined {
    for (const source of this.sources) {
      const keys =
        source.kind === 'crd'
          ? section === ''
            ? ['configuration', key]
            : ['configuration', section, key]
          : source.kind === 'helm'
            ? ['spec', 'values', HELM_SECTIONS[section] ?? 'configGeneral', key]
            : ['data', key];
      const raw = dig(source.object, ...keys);
      if (raw === undefined || raw === null) {
        // Values from ConfigMaps/Secrets (valuesFrom) are not in the input: the setting is unknown, not the default.
        const valuesFrom = dig(source.object, 'spec', 'valuesFrom');
        if (source.kind === 'helm' && Array.isArray(valuesFrom) && valuesFrom.length > 0) {
          return { raw: undefined, source: { value: undefined, path: '/spec/valuesFrom', objectIndex: source.index, unknown: true } };
        }
        continue;
      }
      const sourced: Sourced<unknown> = { value: raw, path: pointer('', ...keys), objectIndex: source.index };
      if (isPlaceholder(raw)) sourced.unknown = true;
      return { raw, source: sourced };
    }
    return undefined;
  }
}

/** Zalando Helm chart (charts/postgres-operator/values.yaml): operator sections as `config<Section>` values. */
const HELM_SECTIONS: Record<string, string> = { '': 'configGeneral', kubernetes: 'configKubernetes', logical_backup: 'configLogicalBackup' };

// The operator ConfigMap has no fixed name; recognise it by keys only that operator reads.
const OPERATOR_KEYS = ['enable_pod_antiaffinity', 'docker_image', 'super_username', 'cluster_labels', 'pod_antiaffinity_topology_key', 'logical_backup_schedule', 'cluster_name_label'];
function isZalandoConfigMap(object: JsonObject): boolean {
  const data = object.data;
  if (!isObject(data)) return false;
  return OPERATOR_KEYS.filter((key) => Object.hasOwn(data, key)).length >= 2 || Object.hasOwn(data, 'enable_pod_antiaffinity');
}

function asBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return undefined;
}

/**
 * The operator clamps numberOfInstances to its `min_instances` / `max_instances` (-1 = off) unless the annotation named
 * by `ignore_instance_limits_annotation_key` is "true" (getNumberOfInstances, k8sres.go L1670-1702).
 */
function clampInstances(instances: Sourced<number | undefined>, object: JsonObject, config: ZalandoOperatorConfig): Sourced<number | undefined> {
  if (instances.value === undefined) return instances;
  const ignoreKey = config.get('', 'ignore_instance_limits_annotation_key')?.raw;
  if (typeof ignoreKey === 'string' && ignoreKey !== '' && dig(object, 'metadata', 'annotations', ignoreKey) === 'true') return instances;
  const limit = (key: string) => {
    const setting = config.get('', key);
    const value = typeof setting?.raw === 'number' ? setting.raw : typeof setting?.raw === 'string' && /^-?\d+$/.test(setting.raw) ? Number(setting.raw) : undefined;
    return setting && value !== undefined && value >= 0 ? { value, source: setting.source } : undefined;
  };
  const max = limit('max_instances');
  const min = limit('min_instances');
  let clamped: Sourced<number | undefined> = instances;
  if (max && instances.value > max.value) clamped = { value: max.value, path: max.source.path, objectIndex: max.source.objectIndex!, defaulted: true };
  if (min && (clamped.value ?? 0) < min.value) clamped = { value: min.value, path: min.source.path, objectIndex: min.source.objectIndex!, defaulted: true };
  return clamped;
}

export function zalandoCluster(input: AdapterInput, index: number, config: ZalandoOperatorConfig): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  if (!reader || !isZalandoCluster(reader.object)) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt('spec');
  if (!spec) reader.problem('', 'spec is required for a Zalando postgresql (numberOfInstances, postgresql.version, teamId, volume.size).');
  else {
    for (const field of ['teamId'] as const) if (spec[field] === undefined) reader.problem('/spec', `spec.${field} is required.`);
    if (dig(spec, 'volume', 'size') === undefined) reader.problem(nearestExisting(object, '', 'spec', 'volume'), 'spec.volume.size is required.');
  }

  const instances = clampInstances(reader.integer(['spec', 'numberOfInstances'], { required: spec !== undefined, min: 0 }), object, config);
  const shutdown: Sourced<boolean> = { value: instances.value === 0, path: instances.path };
  if (instances.unknown) shutdown.unknown = true;
  if (instances.value === undefined && !instances.unknown) shutdown.defaulted = true;

  // Pod labels: operator cluster_labels (default application: spilo) + cluster_name_label (cluster-name) + spilo-role.
  const clusterNameLabel = typeof config.get('kubernetes', 'cluster_name_label')?.raw === 'string' ? String(config.get('kubernetes', 'cluster_name_label')?.raw) : 'cluster-name';
  const pods: PodLabels = { fixed: { application: 'spilo', [clusterNameLabel]: name }, dynamic: new Set(['spilo-role']), maybe: metadataLabels(object) };

  const terms: SpreadTerm[] = topologySpreadTerms(dig(spec, 'topologySpreadConstraints'), '/spec/topologySpreadConstraints', pods);
  const enable = config.get('kubernetes', 'enable_pod_antiaffinity');
  let decidedByOperatorConfig: Sourced<unknown> | undefined;
  if (enable) {
    decidedByOperatorConfig = enable.source;
    const enabled = asBoolean(enable.raw);
    if (enabled === true || enable.source.unknown) {
      const preferred = config.get('kubernetes', 'pod_antiaffinity_preferred_during_scheduling');
      const key = config.get('kubernetes', 'pod_antiaffinity_topology_key');
      const term: SpreadTerm = {
        source: 'operatorDefault',
        level: asBoolean(preferred?.raw) === true ? 'soft' : 'hard',
        topologyKey: typeof key?.raw === 'string' && key.raw !== '' ? key.raw : HOSTNAME,
        path: enable.source.path,
        objectIndex: enable.source.objectIndex!,
        selectsOwnPods: true,
      };
      if (enable.source.unknown || preferred?.source.unknown || key?.source.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  const spreading = summariseSpreading(terms);
  if (decidedByOperatorConfig) spreading.decidedByOperatorConfig = decidedByOperatorConfig;

  const volumes: Volume[] = [];
  const volume = reader.objectAt('spec', 'volume');
  const dataVolume: Volume = { role: 'data', owner: name, storageClass: reader.string(['spec', 'volume', 'storageClass']), persistent: { value: true, path: nearestExisting(object, '', 'spec', 'volume') } };
  if (spec && (volume !== undefined || dig(spec, 'volume') === undefined)) {
    dataVolume.setStorageClass = (className) => setPatch(object, '', ['spec', 'volume', 'storageClass'], className) ?? [];
  }
  volumes.push(dataVolume);

  const images: ImageUse[] = [];
  const dockerImage = reader.string(['spec', 'dockerImage']);
  const operatorImage = config.get('', 'docker_image');
  const postgresReference: Sourced<string | undefined> =
    dockerImage.value !== undefined || dockerImage.unknown
      ? dockerImage
      : operatorImage && typeof operatorImage.raw === 'string'
        ? { value: operatorImage.source.unknown ? undefined : operatorImage.raw, path: operatorImage.source.path, objectIndex: operatorImage.source.objectIndex!, defaulted: true, ...(operatorImage.source.unknown ? { unknown: true } : {}) }
        : { value: ZALANDO_DEFAULT_IMAGE, path: dockerImage.path, defaulted: true };
  images.push(imageUse('postgres', 'dockerImage', postgresReference, spec ? (ref) => [{ op: 'add', path: '/spec/dockerImage', value: ref }] : undefined));
  const pooler = reader.boolean(['spec', 'enableConnectionPooler'], false);
  const replicaPooler = reader.boolean(['spec', 'enableReplicaConnectionPooler'], false);
  if (pooler.value || replicaPooler.value) {
    const poolerImage = reader.string(['spec', 'connectionPooler', 'dockerImage']);
    const reference = poolerImage.value !== undefined || poolerImage.unknown ? poolerImage : { value: DEFAULT_POOLER_IMAGE, path: poolerImage.path, defaulted: true };
    images.push(imageUse('pooler', 'connectionPooler', reference, (ref) => setPatch(object, '', ['spec', 'connectionPooler', 'dockerImage'], ref) ?? []));
  }
  images.push(...containerImages(reader, ['spec', 'sidecars'], 'sidecar'));

  const version = reader.string(['spec', 'postgresql', 'version']);
  if (spec && version.value === undefined && !version.unknown) reader.problem(version.path, 'spec.postgresql.version is required (a string such as "16").');
  let postgresVersion: Sourced<number | undefined> = { value: undefined, path: version.path, ...(version.unknown ? { unknown: true } : {}) };
  if (version.value !== undefined) {
    if (/^\d+$/.test(version.value)) postgresVersion = { value: Number(version.value), path: version.path };
    else reader.problem(version.path, `spec.postgresql.version must be a major version such as "16", got "${version.value}".`);
  }

  const logical = reader.boolean(['spec', 'enableLogicalBackup'], false);
  const schedules = [];
  if (logical.value && !logical.unknown) {
    const scheduleField = reader.string(['spec', 'logicalBackupSchedule']);
    const operatorSchedule = config.get('logical_backup', 'logical_backup_schedule');
    const schedule: Sourced<string> =
      scheduleField.value !== undefined || scheduleField.unknown
        ? { value: scheduleField.value ?? '', path: scheduleField.path, ...(scheduleField.unknown ? { unknown: true } : {}) }
        : operatorSchedule && typeof operatorSchedule.raw === 'string'
          ? { value: operatorSchedule.raw, path: operatorSchedule.source.path, objectIndex: operatorSchedule.source.objectIndex!, defaulted: true, ...(operatorSchedule.source.unknown ? { unknown: true } : {}) }
          : { value: DEFAULT_LOGICAL_BACKUP_SCHEDULE, path: logical.path, defaulted: true };
    schedules.push({ type: 'logical' as const, schedule, dialect: 'zalando' as const, name: `logical-backup-${name}` });
    images.push(imageUse('backup', 'logical backup', { value: DEFAULT_LOGICAL_BACKUP_IMAGE, path: logical.path, defaulted: true }));
  }

  const credentials: Credential[] = [];
  const secretName = (user: string) => `${user.replace(/_/g, '-')}.${name}.credentials.postgresql.acid.zalan.do`;
  if (spec) {
    credentials.push(credential('postgres', secretName('postgres'), '/spec', false));
    credentials.push(credential('standby', secretName('standby'), '/spec', false));
  }
  const users = reader.objectAt('spec', 'users');
  if (users) {
    for (const user of Object.keys(users)) {
      if (isPlaceholder(user)) continue;
      credentials.push(credential(user, secretName(user), pointer('/spec/users', user), false));
    }
  }

  return {
    flavour: 'zalando',
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: pods.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: nearestExisting(object, '', 'spec'), spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    postgresVersion,
    backups: {
      configured: { value: logical.value && !logical.unknown, path: logical.path, ...(logical.defaulted ? { defaulted: true } : {}) },
      schedules,
      retention: reader.string(['spec', 'logicalBackupRetention']),
    },
    credentials,
    authSettings: [],
  };
}
