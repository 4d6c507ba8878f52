// Zalando `acid.zalan.do/v1` postgresql (+ OperatorConfiguration / operator ConfigMap). See ../shared/domain/zalando.md.
import type { BackupSchedule, Backups, Credential, ImageUse, OperatorSyntax, PostgresCluster, ScheduleGates, Sourced, SpreadTerm, Volume } from '../model.js';
import { containsPlaceholder, isPlaceholder } from '../placeholders.js';
import {
  dig,
  isObject,
  type JsonObject,
  nearestExisting,
  type ObjectReader,
  type PodLabels,
  pointer,
  resourceOf,
  setPatch,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor, sameNamespace } from './context.js';
import { containerImages } from './pgo-v5.js';

export const ZALANDO_GROUP = 'acid.zalan.do';
/** Operator defaults at v2.0.1 (`zal:pkg/util/config/config.go`). */
export const ZALANDO_DEFAULT_IMAGE = 'ghcr.io/zalando/spilo-18:4.1-p2';
const DEFAULT_POOLER_IMAGE = 'ghcr.io/zalando/postgres-operator/pgbouncer:v2.0.1';
const DEFAULT_LOGICAL_BACKUP_IMAGE = 'ghcr.io/zalando/postgres-operator/logical-backup:v2.0.1';
const DEFAULT_LOGICAL_BACKUP_SCHEDULE = '30 00 * * *';
const HOSTNAME = 'kubernetes.io/hostname';

/** How Zalando postgresql manifests (and the operator configuration) say things, for messages (../shared/domain/zalando.md). */
export const zalandoSyntax: OperatorSyntax = {
  name: 'the Zalando operator',
  instances: (count) => `\`spec.numberOfInstances: ${count}\``,
  shutdown: 'If the stop is deliberate, add an ignore annotation with the reason.',
  // Anti-affinity is operator-wide only: no PostgresSpec field (postgresql_type.go L39-128; k8sres.go L556-613).
  spread: (hard) =>
    `set \`enable_pod_antiaffinity: true\`${hard ? '' : ' and `pod_antiaffinity_preferred_during_scheduling: true`'} in the OperatorConfiguration (\`configuration.kubernetes\`) or the operator ConfigMap — a postgresql manifest cannot change it`,
  storageClassKey: 'storageClass',
  persistData: 'declare `spec.volume.size`',
  // sync.go L1211-1213 adopts the Secret's password as is; users.go L229-230 / L252-279.
  blankPassword:
    'The Zalando operator does not regenerate it: it adopts the blank password, creates a new role with PASSWORD NULL and leaves an existing role’s old password, so Secret and database disagree',
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that the Zalando operator generates one`,
  scheduleBackups: 'set `spec.enableLogicalBackup: true` and `spec.logicalBackupSchedule: "30 00 * * *"` (or configure Spilo WAL-E/WAL-G base backups)',
};

/**
 * Logical backup schedules: the postgresql CRD pattern at admission (postgresql_type.go L114, v2.0.1), then the CronJob the
 * operator builds (k8sres.go L2478-2511) is validated by the apiserver (robfig v3 ParseStandard) — `30 25 * * *` passes the
 * pattern and fails only there, after the postgresql was accepted.
 */
const LOGICAL_BACKUP_GATES: ScheduleGates = {
  schema: 'the postgresql CRD pattern at admission',
  parser: 'the apiserver when the operator creates the logical-backup CronJob, after it accepted the postgresql, so no logical backup runs',
  example: '5 fields, each a number or `*` with an optional `/n` (no ranges or lists), e.g. `30 00 * * *`',
};

/** Spilo writes BACKUP_SCHEDULE into the container's crontab (configure_spilo.py L1064-1066): nothing checks it at admission. */
const SPILO_GATES: ScheduleGates = {
  schema: 'cron in the Spilo container (nothing checks it at admission; the base backup never runs)',
  parser: 'cron in the Spilo container (nothing checks it at admission; the base backup never runs)',
  example: '5 fields, e.g. `00 01 * * *`',
};

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
  private found: { index: number; object: JsonObject; kind: 'crd' | 'configmap' | 'helm' }[] | undefined;

  constructor(private readonly input: AdapterInput) {}

  /** The configuration objects of the input, looked for on the first `get` (only Zalando clusters ask). */
  private get sources(): { index: number; object: JsonObject; kind: 'crd' | 'configmap' | 'helm' }[] {
    if (this.found) return this.found;
    const input = this.input;
    const sources: { index: number; object: JsonObject; kind: 'crd' | 'configmap' | 'helm' }[] = [];
    const named = operatorDeploymentNames(input);
    const objectAt = (index: number) => input.objects[index] as JsonObject;
    const take = (index: number, kind: 'crd' | 'configmap' | 'helm') => sources.push({ index, object: objectAt(index), kind });
    for (const index of input.index.ofKind('', 'ConfigMap')) {
      if (objectAt(index).apiVersion === 'v1' && isOperatorConfigMap(objectAt(index), named.configMaps)) take(index, 'configmap');
    }
    for (const index of input.index.ofKind(ZALANDO_GROUP, 'OperatorConfiguration')) {
      const object = objectAt(index);
      if (!isKind(object, ZALANDO_GROUP, 'OperatorConfiguration')) continue;
      if (named.configurations.length === 0 || named.configurations.some((ref) => refersTo(ref, object))) take(index, 'crd');
    }
    for (const index of input.index.ofKind('helm.toolkit.fluxcd.io', 'HelmRelease')) {
      if (dig(objectAt(index), 'spec', 'chart', 'spec', 'chart') === 'postgres-operator') take(index, 'helm');
    }
    // Input order decides which source answers first (as before): an OperatorConfiguration, ConfigMap or HelmRelease.
    sources.sort((a, b) => a.index - b.index);
    this.found = sources;
    return sources;
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
const HELM_SECTIONS: Record<string, string> = {
  '': 'configGeneral',
  kubernetes: 'configKubernetes',
  users: 'configUsers',
  logical_backup: 'configLogicalBackup',
  aws_or_gcp: 'configAwsOrGcp',
};

/** A namespaced reference as the operator decodes it (`NAMESPACE/NAME`, or NAME in the operator's namespace). */
interface ConfigRef {
  name: string;
  namespace?: string;
}

/**
 * Where the operator reads its configuration, as its Deployment says: env `CONFIG_MAP_NAME` (`[namespace/]name`, the
 * namespace defaulting to the operator's; `zal:cmd/main.go` L44-53, `NamespacedName.DecodeWorker` in
 * `zal:pkg/spec/types.go` L196-216) or `POSTGRES_OPERATOR_CONFIGURATION_OBJECT` (`zal:pkg/controller/controller.go` L319),
 * v2.0.1. Deployments found in the input only; none ⇒ the shipped manifest's `CONFIG_MAP_NAME: postgres-operator`
 * (`zal:manifests/postgres-operator.yaml` L38-39).
 */
function operatorDeploymentNames(input: AdapterInput): { configMaps: ConfigRef[]; configurations: ConfigRef[] } {
  const configMaps: ConfigRef[] = [];
  const configurations: ConfigRef[] = [];
  for (const index of input.index.ofKind('apps', 'Deployment')) {
    const deployment = input.objects[index];
    const containers = dig(deployment, 'spec', 'template', 'spec', 'containers');
    if (!Array.isArray(containers)) continue;
    const namespace = deployment ? resourceOf(deployment).namespace : undefined;
    for (const container of containers) {
      const env = dig(container, 'env');
      if (!Array.isArray(env)) continue;
      for (const variable of env) {
        const name = dig(variable, 'name');
        const raw = dig(variable, 'value');
        if (typeof raw !== 'string' || raw === '' || isPlaceholder(raw)) continue;
        const value: string = raw;
        const [first, second] = value.split('/', 2);
        const ref: ConfigRef = second !== undefined && second !== '' ? { namespace: first ?? '', name: second } : { name: first ?? value, ...(namespace ? { namespace } : {}) };
        if (name === 'CONFIG_MAP_NAME') configMaps.push(ref);
        else if (name === 'POSTGRES_OPERATOR_CONFIGURATION_OBJECT') configurations.push(ref);
      }
    }
  }
  return { configMaps, configurations };
}

function refersTo(ref: ConfigRef, object: JsonObject): boolean {
  const resource = resourceOf(object);
  return resource.name === ref.name && sameNamespace(resource.namespace, ref.namespace);
}

const DEFAULT_CONFIG_MAP: ConfigRef = { name: 'postgres-operator' };

function isOperatorConfigMap(object: JsonObject, named: readonly ConfigRef[]): boolean {
  return (named.length > 0 ? named : [DEFAULT_CONFIG_MAP]).some((ref) => refersTo(ref, object));
}

function asBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return undefined;
}

/** Standby clusters: a `standby` block or a non-empty `STANDBY_WALE_(S3|GS|GSC|SWIFT)_PREFIX` env (isStandbyCluster, `zal:pkg/cluster/util.go` L678-686, v2.0.1). */
function isStandby(object: JsonObject): boolean {
  const env = dig(object, 'spec', 'env');
  if (Array.isArray(env) && env.some((variable) => /^STANDBY_WALE_(S3|GS|GSC|SWIFT)_PREFIX$/.test(String(dig(variable, 'name'))) && (dig(variable, 'value') ?? '') !== '')) return true;
  const standby = dig(object, 'spec', 'standby');
  return standby !== undefined && standby !== null;
}

/**
 * The pod count the operator runs (getNumberOfInstances, `zal:pkg/cluster/k8sres.go` L1670-1702, v2.0.1): skipped when the
 * annotation named by `ignore_instance_limits_annotation_key` is "true"; a standby cluster of 1 pod stays at 1 whatever
 * the limits; otherwise clamped to `max_instances` then raised to `min_instances` (-1 = off).
 */
function clampInstances(instances: Sourced<number | undefined>, object: JsonObject, config: ZalandoOperatorConfig, standby: boolean): Sourced<number | undefined> {
  if (instances.value === undefined) return instances;
  const ignoreKey = config.get('', 'ignore_instance_limits_annotation_key')?.raw;
  if (typeof ignoreKey === 'string' && ignoreKey !== '' && dig(object, 'metadata', 'annotations', ignoreKey) === 'true') return instances;
  if (standby && instances.value === 1) return instances;
  const limit = (key: string) => {
    const setting = config.get('', key);
    const value = typeof setting?.raw === 'number' ? setting.raw : typeof setting?.raw === 'string' && /^-?\d+$/.test(setting.raw) ? Number(setting.raw) : undefined;
    return setting && value !== undefined && value >= 0 ? { key, value, source: setting.source } : undefined;
  };
  const clampedBy = (bound: { key: string; value: number; source: Sourced<unknown> }, verb: string): Sourced<number | undefined> => ({
    value: bound.value,
    path: bound.source.path,
    objectIndex: bound.source.objectIndex!,
    defaulted: true,
    origin: ` (the manifest's ${instances.value} is ${verb} by \`${bound.key}: ${bound.value}\` in the operator configuration, which is where to change it)`,
  });
  const max = limit('max_instances');
  const min = limit('min_instances');
  let clamped: Sourced<number | undefined> = instances;
  if (max && instances.value > max.value) clamped = clampedBy(max, 'capped');
  if (min && (clamped.value ?? 0) < min.value) clamped = clampedBy(min, 'raised');
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

  const standby = isStandby(object);
  const instances = clampInstances(reader.integer(['spec', 'numberOfInstances'], { required: spec !== undefined, min: 0 }), object, config, standby);
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
  spreading.origin = decidedByOperatorConfig
    ? `The operator configuration given (\`${decidedByOperatorConfig.path}\`${decidedByOperatorConfig.unknown ? '' : ` = ${JSON.stringify(decidedByOperatorConfig.value)}`}) decides this for every cluster of that operator.`
    : 'No operator configuration was given, so the operator default holds: `enable_pod_antiaffinity: false` (no anti-affinity).';

  const volumes: Volume[] = [];
  const volume = reader.objectAt('spec', 'volume');
  const dataVolume: Volume = {
    role: 'data',
    owner: name,
    storageClass: reader.string(['spec', 'volume', 'storageClass']),
    persistent: { value: true, path: nearestExisting(object, '', 'spec', 'volume') },
    size: reader.string(['spec', 'volume', 'size']),
  };
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
  images.push(imageUse('postgres', 'dockerImage', postgresReference, spec ? (ref) => [{ op: 'add', path: '/spec/dockerImage', value: ref }] : undefined, '`spec.dockerImage`'));
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
  const schedules: BackupSchedule[] = [];
  if (logical.value && !logical.unknown) {
    const scheduleField = reader.string(['spec', 'logicalBackupSchedule']);
    const operatorSchedule = config.get('logical_backup', 'logical_backup_schedule');
    const schedule: Sourced<string> =
      scheduleField.value !== undefined || scheduleField.unknown
        ? { value: scheduleField.value ?? '', path: scheduleField.path, ...(scheduleField.unknown ? { unknown: true } : {}) }
        : operatorSchedule && typeof operatorSchedule.raw === 'string'
          ? { value: operatorSchedule.raw, path: operatorSchedule.source.path, objectIndex: operatorSchedule.source.objectIndex!, defaulted: true, ...(operatorSchedule.source.unknown ? { unknown: true } : {}) }
          : { value: DEFAULT_LOGICAL_BACKUP_SCHEDULE, path: logical.path, defaulted: true };
    schedules.push({ type: 'logical' as const, schedule, dialect: 'zalando' as const, name: `logical-backup-${name}`, gates: LOGICAL_BACKUP_GATES });
    images.push(imageUse('backup', 'logical backup', { value: DEFAULT_LOGICAL_BACKUP_IMAGE, path: logical.path, defaulted: true }));
  }

  const credentials = userCredentials(reader, config, spec !== undefined);

  return {
    flavour: 'zalando',
    operator: zalandoSyntax,
    ...(standby && instances.value === 1
      ? { instanceCeiling: { value: 1, why: 'the Zalando operator supports standby clusters with 1 pod only (getNumberOfInstances, k8sres.go)' } }
      : {}),
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
    backups: backupsOf(input, reader, config, logical, schedules),
    credentials,
    authSettings: [],
  };
}

/** `secret_name_template` default (`zal:pkg/util/config/config.go` L101, v2.0.1). */
const DEFAULT_SECRET_NAME_TEMPLATE = '{username}.{cluster}.credentials.{tprkind}.{tprgroup}';

/**
 * `template` with `{username}`, `{cluster}`, `{tprkind}` (`postgresql`) and `{tprgroup}` (`acid.zalan.do`) replaced in
 * turn, as StringTemplate.Format does. When neither the template outside its placeholders nor the two values hold a
 * brace, no replacement can form another placeholder, so one pass over the template split once (cached per template,
 * bounded) gives the same name; otherwise the replacements run in turn.
 */
export function fillSecretNameTemplate(template: string, user: string, cluster: string): string {
  const split = user.includes('{') || cluster.includes('{') ? undefined : splitTemplate(template);
  if (split === undefined) {
    return template.replaceAll('{username}', user).replaceAll('{cluster}', cluster).replaceAll('{tprkind}', 'postgresql').replaceAll('{tprgroup}', ZALANDO_GROUP);
  }
  let name = split[0]!;
  for (let index = 1; index < split.length; index += 2) name += (split[index] === USER ? user : cluster) + split[index + 1]!;
  return name;
}

const USER = '{username}';
const TEMPLATE_TOKEN = /\{(?:username|cluster|tprkind|tprgroup)\}/g;
/** Template → literal text (with the constant placeholders filled) alternating with `{username}` / `{cluster}`; null = not splittable. */
const splitTemplates = new Map<string, string[] | null>();

function splitTemplate(template: string): string[] | undefined {
  let split = splitTemplates.get(template);
  if (split === undefined) {
    split = null;
    const literal = template.replace(TEMPLATE_TOKEN, '');
    if (!literal.includes('{') && !literal.includes('}')) {
      split = [''];
      let last = 0;
      for (const match of template.matchAll(TEMPLATE_TOKEN)) {
        const text = template.slice(last, match.index);
        last = match.index + match[0].length;
        if (match[0] === USER || match[0] === '{cluster}') {
          split[split.length - 1] += text;
          split.push(match[0], '');
        } else split[split.length - 1] += text + (match[0] === '{tprkind}' ? 'postgresql' : ZALANDO_GROUP);
      }
      split[split.length - 1] += template.slice(last);
    }
    // Templates come from operator configurations: few, but input all the same.
    if (splitTemplates.size >= 256) splitTemplates.clear();
    splitTemplates.set(template, split);
  }
  return split ?? undefined;
}

/**
 * Each login role's Secret, where the operator reads and writes it (v2.0.1):
 * - the name is `secret_name_template` filled in by `credentialSecretNameForCluster` (`zal:pkg/cluster/util.go` L581-590):
 *   `{username}` with `_` → `-`, `{cluster}`, `{tprkind}` `postgresql`, `{tprgroup}` `acid.zalan.do`, replaced in turn
 *   (`StringTemplate.Format`, `zal:pkg/util/config/util.go` L238-246);
 * - the namespace is the cluster's, except with `enable_cross_namespace_secret: true` (`config.go` L251, default false):
 *   a `spec.users` name `<namespace>.<user>` puts the Secret in `<namespace>` (initRobotUsers, `zal:pkg/cluster/cluster.go`
 *   L1605-1650: the part before the first `.`; the role, and so the Secret name, keep the whole name), and
 *   `preparedDatabases.<db>.secretNamespace` puts that database's LOGIN roles' Secrets there (initDefaultRoles, L1553-1565).
 *   Without the option both are ignored and the Secret stays in the cluster's namespace. syncSecrets creates the Secret in
 *   that namespace or, when one exists there, adopts its password (`zal:pkg/cluster/sync.go` L1093-1141, L1211-1213).
 * A placeholder in either setting, in the user's namespace or in `secretNamespace` leaves the Secret unknown: not judged.
 */
function userCredentials(reader: ObjectReader, config: ZalandoOperatorConfig, hasSpec: boolean): Credential[] {
  if (!hasSpec) return [];
  const object = reader.object;
  const name = reader.resource.name;
  const templateSetting = config.get('kubernetes', 'secret_name_template');
  const templateUnknown = templateSetting?.source.unknown === true;
  const template = typeof templateSetting?.raw === 'string' && templateSetting.raw !== '' ? templateSetting.raw : DEFAULT_SECRET_NAME_TEMPLATE;
  const crossSetting = config.get('kubernetes', 'enable_cross_namespace_secret');
  const cross: boolean | 'unknown' = crossSetting === undefined ? false : crossSetting.source.unknown ? 'unknown' : asBoolean(crossSetting.raw) === true;
  const secretName = (user: string) => fillSecretNameTemplate(template, user.replace(/_/g, '-'), name);

  // One credential per Secret: a later declaration of the same role (a system user listed in spec.users, a prepared
  // database role) replaces the earlier one, by key, so thousands of users stay linear.
  const bySecret = new Map<string, Credential>();
  const declare = (user: string, path: string, namespace: string | undefined | 'unknown') => {
    const entry = credential(user, secretName(user), path, false);
    if (namespace === 'unknown' || templateUnknown) entry.secretUnknown = true;
    else if (namespace !== undefined && namespace !== reader.resource.namespace) entry.secretNamespace = namespace;
    const key = `${entry.secretNamespace ?? ''}/${entry.secretName}`;
    bySecret.delete(key);
    bySecret.set(key, entry);
  };
  // The system users' names: `super_username` / `replication_username` (configuration.users; default postgres and
  // standby, `zal:pkg/util/config/config.go` L109-110, `zal:pkg/controller/operator_config.go` L55-56, v2.0.1). A
  // placeholder leaves that user's Secret unknown.
  for (const [key, fallback] of [
    ['super_username', 'postgres'],
    ['replication_username', 'standby'],
  ] as const) {
    const setting = config.get('users', key);
    const user = typeof setting?.raw === 'string' && setting.raw !== '' ? setting.raw : fallback;
    declare(user, '/spec', setting?.source.unknown ? 'unknown' : undefined);
  }
  const users = reader.objectAt('spec', 'users');
  if (users) {
    for (const user of Object.keys(users)) {
      if (containsPlaceholder(user)) continue;
      const dot = user.indexOf('.');
      const namespace = dot <= 0 || cross === false ? undefined : cross === 'unknown' ? 'unknown' : user.slice(0, dot);
      declare(user, pointer('/spec/users', user), namespace);
    }
  }
  for (const [user, path, secretNamespace] of preparedDatabaseUsers(object, name)) {
    const namespace =
      secretNamespace === undefined || cross === false ? undefined : cross === 'unknown' || isPlaceholder(secretNamespace) ? 'unknown' : secretNamespace;
    declare(user, path, namespace);
  }
  return [...bySecret.values()];
}

/**
 * The login roles `preparedDatabases` creates, whose passwords live in Secrets like any user's (initPreparedDatabaseRoles
 * and initDefaultRoles, `zal:pkg/cluster/cluster.go` L1488-1600, v2.0.1): with `defaultUsers: true`, `<db>_owner_user`,
 * `<db>_reader_user`, `<db>_writer_user` per database, and `<db>_<schema>_…_user` per schema with `defaultUsers` (schemas
 * default to `data`); the `_owner`/`_reader`/`_writer` roles themselves are NOLOGIN and get no Secret. An empty map
 * prepares one database named after the cluster (`-` → `_`).
 */
function preparedDatabaseUsers(object: JsonObject, clusterName: string): [user: string, path: string, secretNamespace: string | undefined][] {
  const prepared = dig(object, 'spec', 'preparedDatabases');
  if (!isObject(prepared)) return [];
  const databases: [string, unknown, string][] = Object.keys(prepared).length === 0
    ? [[clusterName.replace(/-/g, '_'), {}, '/spec/preparedDatabases']]
    : Object.entries(prepared).map(([db, spec]) => [db, spec, pointer('/spec/preparedDatabases', db)]);
  const users: [string, string, string | undefined][] = [];
  for (const [db, spec, path] of databases) {
    if (isPlaceholder(db)) continue;
    const namespace = dig(spec, 'secretNamespace');
    const secretNamespace = typeof namespace === 'string' && namespace !== '' ? namespace : undefined;
    const loginRoles = (prefix: string, rolePath: string) => {
      for (const suffix of ['_owner_user', '_reader_user', '_writer_user']) users.push([`${prefix}${suffix}`, rolePath, secretNamespace]);
    };
    if (dig(spec, 'defaultUsers') === true) loginRoles(db, pointer(path, 'defaultUsers'));
    const schemas = dig(spec, 'schemas');
    const schemaEntries: [string, unknown][] = isObject(schemas) && Object.keys(schemas).length > 0 ? Object.entries(schemas) : [['data', { defaultRoles: true }]];
    for (const [schema, schemaSpec] of schemaEntries) {
      if (isPlaceholder(schema)) continue;
      const defaultRoles = dig(schemaSpec, 'defaultRoles');
      if (defaultRoles === false || dig(schemaSpec, 'defaultUsers') !== true) continue;
      loginRoles(`${db}_${schema}`, pointer(path, 'schemas', schema, 'defaultUsers'));
    }
  }
  return users;
}

/** One Spilo environment variable as the pod will see it, with where it was set. */
interface SpiloEnv {
  value: string | undefined;
  path: string;
  objectIndex?: number;
  unknown?: boolean;
}

// Spilo takes WAL-E/WAL-G base backups from its own crontab once a WAL destination is set
// (zalando/spilo configure_spilo.py L531-532, L1064-1066; zal:docs/administrator.md L1044-1045).
const WAL_DESTINATION = /^(WAL_(S3|GS)_BUCKET|WAL[EG]_(S3|GS|AZ|AZURE|FILE|SWIFT)_PREFIX|AZURE_STORAGE_ACCOUNT)$/;
const OPERATOR_WAL_KEYS = ['wal_s3_bucket', 'wal_gs_bucket', 'wal_az_storage_account'];
const SPILO_BACKUP_SCHEDULE = '00 01 * * *';
const SPILO_BACKUPS_TO_RETAIN = '5';

/**
 * Logical backups (manifest) plus physical Spilo base backups, whose settings are pod environment: operator `wal_*`
 * buckets, the operator's `pod_environment_configmap`, and the manifest's `spec.env` (highest priority). A pod env
 * ConfigMap or Secret that is named but not in the input makes "configured" unknown rather than false.
 */
function backupsOf(input: AdapterInput, reader: ObjectReader, config: ZalandoOperatorConfig, logical: Sourced<boolean>, schedules: BackupSchedule[]): Backups {
  const env = new Map<string, SpiloEnv>();
  let hidden: Sourced<unknown> | undefined;
  for (const key of OPERATOR_WAL_KEYS) {
    const setting = config.get('aws_or_gcp', key);
    if (setting && (typeof setting.raw === 'string' || setting.source.unknown)) {
      env.set(key.toUpperCase(), { value: typeof setting.raw === 'string' ? setting.raw : undefined, path: setting.source.path, objectIndex: setting.source.objectIndex!, ...(setting.source.unknown ? { unknown: true } : {}) });
    }
  }
  const namespace = reader.resource.namespace;
  const configMapSetting = config.get('kubernetes', 'pod_environment_configmap');
  if (configMapSetting && typeof configMapSetting.raw === 'string' && configMapSetting.raw !== '') {
    const [mapNamespace, mapName] = configMapSetting.raw.includes('/') ? configMapSetting.raw.split('/', 2) : [namespace, configMapSetting.raw];
    const index = (mapName === undefined ? undefined : input.index.find('', 'ConfigMap', mapName, mapNamespace)) ?? -1;
    if (index < 0) hidden = configMapSetting.source;
    else {
      const data = dig(input.objects[index], 'data');
      if (isObject(data)) {
        for (const [key, value] of Object.entries(data)) {
          env.set(key, { value: typeof value === 'string' && !isPlaceholder(value) ? value : undefined, path: pointer('/data', key), objectIndex: index, ...(isPlaceholder(value) ? { unknown: true } : {}) });
        }
      }
    }
  } else if (configMapSetting?.source.unknown) hidden = configMapSetting.source;
  const secretSetting = config.get('kubernetes', 'pod_environment_secret');
  if (!hidden && secretSetting && (secretSetting.source.unknown || (typeof secretSetting.raw === 'string' && secretSetting.raw !== ''))) hidden = secretSetting.source;
  const manifestEnv = dig(reader.object, 'spec', 'env');
  if (Array.isArray(manifestEnv)) {
    manifestEnv.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== 'string') return;
      const literal = typeof variable.value === 'string' && !isPlaceholder(variable.value);
      env.set(variable.name, { value: literal ? String(variable.value) : undefined, path: pointer('/spec/env', e), ...(literal ? {} : { unknown: true }) });
    });
  }

  const destination = [...env.entries()].find(([name, entry]) => WAL_DESTINATION.test(name) && (entry.unknown || (entry.value ?? '') !== ''));
  const logicalOn = logical.value && !logical.unknown;
  let configured: Sourced<boolean> = { value: logicalOn, path: logical.path, ...(logical.defaulted ? { defaulted: true } : {}) };
  let retention = reader.string(['spec', 'logicalBackupRetention']);
  if (destination) {
    const [, where] = destination;
    if (!logicalOn) configured = { value: true, path: where.path, ...(where.objectIndex !== undefined ? { objectIndex: where.objectIndex } : {}), ...(where.unknown ? { unknown: true } : {}) };
    const schedule = env.get('BACKUP_SCHEDULE');
    schedules.push({
      type: 'base',
      // Spilo installs the schedule into Debian cron: 5 fields, the same grammar as a Kubernetes CronJob.
      schedule:
        schedule && (schedule.value !== undefined || schedule.unknown)
          ? { value: schedule.value ?? '', path: schedule.path, ...(schedule.objectIndex !== undefined ? { objectIndex: schedule.objectIndex } : {}), ...(schedule.unknown ? { unknown: true } : {}) }
          : { value: SPILO_BACKUP_SCHEDULE, path: where.path, ...(where.objectIndex !== undefined ? { objectIndex: where.objectIndex } : {}), defaulted: true },
      dialect: 'kubernetes',
      name: 'Spilo base backup',
      gates: SPILO_GATES,
    });
    if (retention.value === undefined && !retention.unknown) {
      const keep = env.get('BACKUP_NUM_TO_RETAIN');
      retention =
        keep && (keep.value !== undefined || keep.unknown)
          ? { value: keep.value, path: keep.path, ...(keep.objectIndex !== undefined ? { objectIndex: keep.objectIndex } : {}), ...(keep.unknown ? { unknown: true } : {}) }
          : { value: SPILO_BACKUPS_TO_RETAIN, path: where.path, ...(where.objectIndex !== undefined ? { objectIndex: where.objectIndex } : {}), defaulted: true };
    }
  } else if (!logicalOn && hidden) {
    configured = { value: false, path: hidden.path, ...(hidden.objectIndex !== undefined ? { objectIndex: hidden.objectIndex } : {}), unknown: true };
  }
  return {
    configured,
    schedules,
    retention: [{ setting: retention, fix: '`spec.logicalBackupRetention` (e.g. `"3 months"`) or `logical_backup_s3_retention_time` in the operator configuration' }],
  };
}
