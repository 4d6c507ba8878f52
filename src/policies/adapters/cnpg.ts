// CloudNativePG `postgresql.cnpg.io/v1` Cluster (+ ScheduledBackup). See ../shared/domain/cnpg.md.
import type { BackupSchedule, Credential, ImageUse, ModelProblem, OperatorSyntax, PostgresCluster, ScheduleGates, Sourced, SpreadTerm, Volume } from '../model.js';
import { parseImageReference } from '../images.js';
import { isPlaceholder } from '../placeholders.js';
import {
  antiAffinityTerms,
  dig,
  field,
  isObject,
  nearestExisting,
  nearestOf,
  type ObjectReader,
  type PodLabels,
  pointer,
  resourceOf,
  setPatch,
  stringRecord,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor, sameNamespace } from './context.js';

export const CNPG_GROUP = 'postgresql.cnpg.io';
/** Operator `POSTGRES_IMAGE_NAME` default at v1.30.0 (`cnpg:pkg/versions/versions.go` L29). */
export const CNPG_DEFAULT_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie';
const HOSTNAME = 'kubernetes.io/hostname';
const HIBERNATION = 'cnpg.io/hibernation';

/** How CloudNativePG manifests say things, for messages (../shared/domain/cnpg.md). */
export const cnpgSyntax: OperatorSyntax = {
  name: 'CloudNativePG',
  instances: (count) => `\`spec.instances: ${count}\``,
  shutdown: 'To stop it deliberately, hibernate it with the annotation `cnpg.io/hibernation: "on"`.',
  spread: (hard) => `set \`spec.affinity.enablePodAntiAffinity: true\`${hard ? ' and `podAntiAffinityType: required`' : ''} (or remove \`enablePodAntiAffinity: false\`)`,
  storageClassKey: 'storageClass',
  persistData: 'declare `spec.storage` with a size',
  // An existing Secret is never rewritten (cluster_create.go L243-273); the instance manager applies it (instance_controller.go L1421-1462).
  blankPassword: 'CloudNativePG never rewrites an existing Secret and applies the blank password to the role as it is',
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that CloudNativePG generates one`,
  scheduleBackups: 'add a ScheduledBackup for this cluster with a 6-field schedule such as `0 0 2 * * *`',
};

/** ScheduledBackup schedules: robfig/cron v1 `cron.Parse`, checked by CNPG's webhook (scheduledbackup_webhook.go L138-148). */
const CNPG_GATES: ScheduleGates = {
  schema: "CloudNativePG's ScheduledBackup webhook",
  parser: "CloudNativePG's ScheduledBackup webhook",
  example: '6 fields with seconds first, e.g. `0 0 2 * * *` for 02:00 daily',
};

/**
 * CNPG's webhook `validateImageName` (`cnpg:internal/webhook/v1/cluster_webhook.go` L771-809, v1.30.0): `latest` or no tag
 * (the parser defaults it to latest) rejected, digest-only rejected, and the tag must start with a version
 * (`cloudnative-pg/machinery` `version.FromTag`: `^(\d\.?)+`).
 */
function webhookImageRejection(reference: string): string | undefined {
  const parsed = parseImageReference(reference);
  if (!parsed) return undefined;
  if (parsed.tag === undefined && parsed.digest) return "CloudNativePG's webhook (a digest-only reference carries no Postgres version; keep the digest after a tag, `<image>:<version>@sha256:…`)";
  if (parsed.tag === undefined || parsed.tag === 'latest') return `CloudNativePG's webhook (${parsed.tag === undefined ? 'no tag means `latest`, which' : '`latest`'} carries no Postgres version)`;
  if (!/^(\d\.?)+/.test(parsed.tag)) return `CloudNativePG's webhook (the tag \`${parsed.tag}\` does not start with a Postgres version such as \`17.5\`)`;
  return undefined;
}

const IMAGE_FIELD = '`spec.imageName` (e.g. `ghcr.io/cloudnative-pg/postgresql:17.5-system-trixie`)';

/** Pod labels whose value varies per pod or with the running image: a selector on them spreads the instances. */
const DYNAMIC_POD_LABELS: ReadonlySet<string> = new Set(['cnpg.io/instanceName', 'cnpg.io/instanceRole', 'role', 'app.kubernetes.io/version']);
const INSTANCES = { defaultValue: 1, min: 1 } as const;
const BOOTSTRAP_METHODS = ['initdb', 'recovery', 'pg_basebackup'] as const;

export function isCnpgCluster(object: Record<string, unknown> | undefined): boolean {
  return isKind(object, CNPG_GROUP, 'Cluster');
}

export function cnpgCluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  if (!reader || !isCnpgCluster(reader.object)) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const spec = reader.objectValue(specValue, '/spec');
  if (!spec) reader.problem('', 'spec is required for a CloudNativePG Cluster (spec.instances, spec.storage).');
  /** Where a field missing from spec is reported: spec, or the object when spec is missing too. */
  const inSpec = nearestOf(specValue, '/spec', '');

  const annotations = stringRecord(dig(object, 'metadata', 'annotations'));
  const hibernation = annotations[HIBERNATION];
  const shutdown: Sourced<boolean> =
    hibernation === undefined
      ? { value: false, path: nearestExisting(object, '', 'metadata', 'annotations'), defaulted: true }
      : isPlaceholder(hibernation)
        ? { value: false, path: pointer('/metadata/annotations', HIBERNATION), unknown: true }
        : { value: hibernation === 'on', path: pointer('/metadata/annotations', HIBERNATION) };

  const instances = reader.integerValue(spec?.instances, '/spec/instances', inSpec, INSTANCES);

  webhookCrossFieldChecks(reader, instances);

  // Every instance pod carries these labels (PodWithExistingStorage, `cnpg:pkg/specs/pods.go` L545-553 at v1.30.0) plus
  // inheritedMetadata labels; `app.kubernetes.io/version` is the Postgres major of the running image, so its value is
  // not fixed here, and instanceName / role change per pod.
  const podLabels: PodLabels = {
    fixed: {
      ...stringRecord(dig(spec, 'inheritedMetadata', 'labels')),
      'cnpg.io/cluster': name,
      'cnpg.io/podRole': 'instance',
      'app.kubernetes.io/name': 'postgresql',
      'app.kubernetes.io/instance': name,
      'app.kubernetes.io/component': 'database',
      'app.kubernetes.io/managed-by': 'cloudnative-pg',
    },
    dynamic: DYNAMIC_POD_LABELS,
    maybe: metadataLabels(object),
  };

  // Anti-affinity: generated unless enablePodAntiAffinity is false (nil ⇒ on), type preferred unless required.
  const affinityValue = spec?.affinity;
  const affinity = reader.objectValue(affinityValue, '/spec/affinity');
  const inAffinity = nearestOf(affinityValue, '/spec/affinity', inSpec);
  const enabled = reader.booleanValue(affinity?.enablePodAntiAffinity, '/spec/affinity/enablePodAntiAffinity', inAffinity, true);
  const typeField = reader.stringValue(affinity?.podAntiAffinityType, '/spec/affinity/podAntiAffinityType', inAffinity);
  const keyField = reader.stringValue(affinity?.topologyKey, '/spec/affinity/topologyKey', inAffinity);
  const terms: SpreadTerm[] = [];
  let generated = false;
  if (enabled.value || enabled.unknown) {
    const type = typeField.value ?? 'preferred';
    if (type !== 'preferred' && type !== 'required') {
      reader.problem(typeField.path, `spec.affinity.podAntiAffinityType must be "preferred" or "required", got "${type}"; the webhook rejects it.`);
    } else {
      generated = !enabled.unknown;
      const term: SpreadTerm = {
        source: 'operatorDefault',
        level: type === 'required' ? 'hard' : 'soft',
        topologyKey: keyField.value ?? HOSTNAME,
        path: enabled.defaulted ? (typeField.value !== undefined ? typeField.path : enabled.path) : enabled.path,
        selectsOwnPods: true,
      };
      if (enabled.defaulted && typeField.value === undefined) term.defaulted = true;
      if (enabled.unknown || typeField.unknown || keyField.unknown) term.unknown = true;
      terms.push(term);
    }
  }
  if (affinity) terms.push(...antiAffinityTerms(affinity.additionalPodAntiAffinity === undefined ? undefined : { podAntiAffinity: affinity.additionalPodAntiAffinity }, '/spec/affinity/additionalPodAntiAffinity', podLabels).map(fixAdditionalPath));
  terms.push(...topologySpreadTerms(dig(spec, 'topologySpreadConstraints'), '/spec/topologySpreadConstraints', podLabels));
  const spreading = summariseSpreading(terms);
  if (!enabled.value && !enabled.unknown && !enabled.defaulted) spreading.disabledBy = { value: false, path: enabled.path };
  if (!generated && !enabled.unknown && !typeField.unknown && spec) {
    const patch = affinity
      ? [
          { op: 'add' as const, path: '/spec/affinity/enablePodAntiAffinity', value: true },
          { op: 'add' as const, path: '/spec/affinity/podAntiAffinityType', value: 'preferred' },
        ]
      : setPatch(object, '', ['spec', 'affinity'], { enablePodAntiAffinity: true, podAntiAffinityType: 'preferred' });
    if (patch && (affinity || affinityValue === undefined)) spreading.addSoftAntiAffinity = patch;
  }

  const volumes: Volume[] = [];
  for (const [field, role] of [
    ['storage', 'data'],
    ['walStorage', 'wal'],
  ] as const) {
    const block = reader.objectValue(spec?.[field], `/spec/${field}`);
    if (!block && field === 'walStorage') continue;
    if (!block && field === 'storage' && spec) {
      reader.problem('/spec', 'spec.storage is required (size or pvcTemplate storage request); the CloudNativePG webhook rejects the Cluster without it.');
    }
    volumes.push(storageVolume(reader.object, ['spec', field], role, name, reader));
  }
  const tablespaces = reader.listValue(spec?.tablespaces, '/spec/tablespaces');
  tablespaces?.forEach((tablespace, i) => {
    if (!isObject(tablespace)) return;
    const owner = typeof tablespace.name === 'string' ? tablespace.name : `tablespace ${i}`;
    volumes.push(storageVolume(reader.object, ['spec', 'tablespaces', i, 'storage'], 'tablespace', owner, reader));
  });

  // Image: imageName xor imageCatalogRef; neither ⇒ the operator's floating default.
  const images: ImageUse[] = [];
  const imageName = reader.stringValue(spec?.imageName, '/spec/imageName', inSpec);
  const catalog = reader.objectValue(spec?.imageCatalogRef, '/spec/imageCatalogRef');
  let postgresVersion: Sourced<number | undefined> | undefined;
  if (catalog) {
    postgresVersion = reader.integerValue(catalog.major, '/spec/imageCatalogRef/major', '/spec/imageCatalogRef', { required: true, min: 10 });
    if (imageName.value !== undefined) reader.problem(imageName.path, 'spec.imageName and spec.imageCatalogRef are mutually exclusive; the CRD rejects both.');
    const catalogName = typeof catalog.name === 'string' ? catalog.name : '?';
    images.push(imageUse('postgres', `imageCatalogRef ${catalogName}`, catalogImage(input, catalog, postgresVersion, reader.resource.namespace), undefined, `the catalog entry for major ${postgresVersion.value ?? '?'} in ${catalogName}`));
  } else {
    const reference: Sourced<string | undefined> =
      imageName.value !== undefined || imageName.unknown ? imageName : { value: CNPG_DEFAULT_IMAGE, path: inSpec, defaulted: true };
    // The major in imageName is what the image carries, not a declaration: postgresVersion stays unset.
    const use = imageUse('postgres', 'imageName', reference, spec ? (ref) => [{ op: 'add', path: '/spec/imageName', value: ref }] : undefined, IMAGE_FIELD);
    const rejection = imageName.value !== undefined && !imageName.unknown ? webhookImageRejection(imageName.value) : undefined;
    if (rejection) use.operatorRejects = rejection;
    images.push(use);
  }

  const credentials: Credential[] = [];
  // The app Secret is <cluster>-app unless the bootstrap method names one (GetApplicationSecretName, cluster_funcs.go L570-591).
  const bootstrap = spec?.bootstrap;
  const method = BOOTSTRAP_METHODS.find((key) => isObject(field(bootstrap, key))) ?? 'initdb';
  const methodValue = field(bootstrap, method);
  const methodPath = `/spec/bootstrap/${method}`;
  const inMethod = nearestOf(methodValue, methodPath, nearestOf(bootstrap, '/spec/bootstrap', inSpec));
  const secretValue = field(methodValue, 'secret');
  const appSecret = reader.stringValue(field(secretValue, 'name'), `${methodPath}/secret/name`, nearestOf(secretValue, `${methodPath}/secret`, inMethod));
  const owner = reader.stringValue(field(methodValue, 'owner'), `${methodPath}/owner`, inMethod);
  if (!appSecret.unknown) {
    credentials.push(credential(owner.value ?? 'app', appSecret.value ?? `${name}-app`, appSecret.value !== undefined ? appSecret.path : inMethod, false));
  }
  const superuser = reader.booleanValue(spec?.enableSuperuserAccess, '/spec/enableSuperuserAccess', inSpec, false);
  if (superuser.value && !superuser.unknown) {
    const superuserSecret = spec?.superuserSecret;
    const secretName = reader.stringValue(field(superuserSecret, 'name'), '/spec/superuserSecret/name', nearestOf(superuserSecret, '/spec/superuserSecret', inSpec));
    if (!secretName.unknown) credentials.push(credential('postgres', secretName.value ?? `${name}-superuser`, superuser.path, false));
  }

  const backupValue = spec?.backup;
  const backup = reader.objectValue(backupValue, '/spec/backup');
  const plugins = reader.listValue(spec?.plugins, '/spec/plugins');
  const barmanPlugin = plugins?.some((plugin) => isObject(plugin) && typeof plugin.name === 'string' && plugin.name.includes('barman')) ?? false;
  const schedules = scheduledBackupsOf(input, index, name, reader.resource.namespace);
  const hasStore = backup !== undefined && (dig(backup, 'barmanObjectStore') !== undefined || dig(backup, 'volumeSnapshot') !== undefined);
  let retention = reader.stringValue(backup?.retentionPolicy, '/spec/backup/retentionPolicy', nearestOf(backupValue, '/spec/backup', inSpec));
  if (!hasStore && retention.value === undefined && !retention.unknown && barmanPlugin) {
    retention = pluginRetention(input, plugins ?? [], reader.resource.namespace);
  }

  return {
    flavour: 'cnpg',
    operator: cnpgSyntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabels.fixed,
    shutdown,
    instanceSets: [{ name, replicas: instances, path: '/spec', spreading }],
    totalInstances: { ...instances },
    volumes,
    images,
    ...(postgresVersion ? { postgresVersion } : {}),
    backups: {
      configured: {
        value: hasStore || barmanPlugin || schedules.length > 0,
        path: hasStore ? '/spec/backup' : barmanPlugin ? '/spec/plugins' : nearestOf(backupValue, '/spec/backup', inSpec),
      },
      schedules,
      retention: [{ setting: retention, fix: '`spec.backup.retentionPolicy: "30d"` on the Cluster' }],
    },
    credentials,
    authSettings: [],
  };
}

/**
 * With the Barman Cloud plugin, retention lives in the `barmancloud.cnpg.io/v1` ObjectStore named by the plugin's
 * `parameters.barmanObjectName`; when that object is not in the input the retention is unknown (not absent).
 */
function pluginRetention(input: AdapterInput, plugins: unknown[], namespace: string | undefined): Sourced<string | undefined> {
  const index = plugins.findIndex((plugin) => isObject(plugin) && typeof plugin.name === 'string' && plugin.name.includes('barman'));
  const namePath = pointer('/spec/plugins', index, 'parameters', 'barmanObjectName');
  const storeName = dig(plugins[index], 'parameters', 'barmanObjectName');
  if (typeof storeName !== 'string' || isPlaceholder(storeName)) return { value: undefined, path: namePath, unknown: true };
  const storeIndex = input.index.named('barmancloud.cnpg.io', 'ObjectStore', storeName).find(
    (i) => isKind(input.objects[i], 'barmancloud.cnpg.io', 'ObjectStore') && sameNamespace(resourceOf(input.objects[i]!).namespace, namespace),
  ) ?? -1;
  if (storeIndex < 0) return { value: undefined, path: namePath, unknown: true };
  const policy = dig(input.objects[storeIndex], 'spec', 'retentionPolicy');
  if (typeof policy === 'string' && policy !== '') {
    return { value: isPlaceholder(policy) ? undefined : policy, path: '/spec/retentionPolicy', objectIndex: storeIndex, ...(isPlaceholder(policy) ? { unknown: true } : {}) };
  }
  return { value: undefined, path: dig(input.objects[storeIndex], 'spec') === undefined ? '' : '/spec', objectIndex: storeIndex };
}

/**
 * The image an imageCatalogRef resolves to: the `spec.images[]` entry of that major in the ImageCatalog (same namespace)
 * or ClusterImageCatalog named by the ref. Unknown when the catalog is not in the input or the major is unknown.
 */
function catalogImage(input: AdapterInput, catalog: Record<string, unknown>, major: Sourced<number | undefined>, namespace: string | undefined): Sourced<string | undefined> {
  const unknown: Sourced<string | undefined> = { value: undefined, path: '/spec/imageCatalogRef', unknown: true };
  const kind = catalog.kind === 'ClusterImageCatalog' ? 'ClusterImageCatalog' : catalog.kind === 'ImageCatalog' ? 'ImageCatalog' : undefined;
  if (kind === undefined || typeof catalog.name !== 'string' || major.value === undefined) return unknown;
  const index = input.index.named(CNPG_GROUP, kind, catalog.name).find(
    (i) => isKind(input.objects[i], CNPG_GROUP, kind) && (kind === 'ClusterImageCatalog' || sameNamespace(resourceOf(input.objects[i]!).namespace, namespace)),
  ) ?? -1;
  const entries = dig(input.objects[index], 'spec', 'images');
  if (index < 0 || !Array.isArray(entries)) return unknown;
  const entry = entries.findIndex((item) => dig(item, 'major') === major.value);
  const image = dig(entries[entry], 'image');
  if (entry < 0 || typeof image !== 'string') return { value: undefined, path: '/spec/images', objectIndex: index };
  return { value: isPlaceholder(image) ? undefined : image, path: pointer('/spec/images', entry, 'image'), objectIndex: index, ...(isPlaceholder(image) ? { unknown: true } : {}) };
}

/**
 * The checks of CloudNativePG's validating webhook that tie fields to the instance count, in its own words
 * (`cnpg:internal/webhook/v1/cluster_webhook.go` at v1.30.0): it rejects the Cluster, so nothing is created or changed.
 */
function webhookCrossFieldChecks(reader: ObjectReader, instances: Sourced<number | undefined>): void {
  const count = instances.unknown ? undefined : instances.value;
  const integerAt = (keys: string[]) => {
    const value = dig(reader.object, ...keys);
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
  };
  const rejects = (path: string, field: string, value: unknown, why: string, fix: string) =>
    reader.problem(path, `CloudNativePG's webhook rejects \`${field}: ${JSON.stringify(value)}\` (${why}): ${fix}.`);
  const maxSync = integerAt(['spec', 'maxSyncReplicas']) ?? 0;
  const minSync = integerAt(['spec', 'minSyncReplicas']) ?? 0;
  // validateMaxSyncReplicas L1572-1591: "maxSyncReplicas must be lower than the number of instances".
  if (count !== undefined && dig(reader.object, 'spec', 'maxSyncReplicas') !== undefined && maxSync >= count) {
    rejects('/spec/maxSyncReplicas', 'spec.maxSyncReplicas', maxSync, `maxSyncReplicas must be lower than the number of instances, ${count}`, `write \`spec.maxSyncReplicas: ${Math.max(count - 1, 0)}\` or more instances`);
  }
  // validateMinSyncReplicas L1593-1619: "minSyncReplicas cannot be greater than maxSyncReplicas".
  if (dig(reader.object, 'spec', 'minSyncReplicas') !== undefined && minSync > maxSync) {
    rejects('/spec/minSyncReplicas', 'spec.minSyncReplicas', minSync, `minSyncReplicas cannot be greater than maxSyncReplicas, ${maxSync}`, `write \`spec.minSyncReplicas: ${maxSync}\` or raise maxSyncReplicas`);
  }
  // validatePrimaryUpdateStrategy L1543-1569: "supervised update strategy is not allowed for clusters with a single instance".
  const strategy = dig(reader.object, 'spec', 'primaryUpdateStrategy');
  if (strategy === 'supervised' && count === 1) {
    rejects('/spec/primaryUpdateStrategy', 'spec.primaryUpdateStrategy', strategy, 'supervised update strategy is not allowed for clusters with a single instance', 'write `unsupervised` or run 2+ instances');
  }
  // validateSynchronousReplicaConfiguration L941-962: number < instances + standbyNamesPre + standbyNamesPost.
  const synchronous = dig(reader.object, 'spec', 'postgresql', 'synchronous');
  const number = integerAt(['spec', 'postgresql', 'synchronous', 'number']);
  if (count !== undefined && isObject(synchronous) && number !== undefined) {
    const names = (key: string) => (Array.isArray(synchronous[key]) ? (synchronous[key] as unknown[]).length : 0);
    const limit = count + names('standbyNamesPre') + names('standbyNamesPost');
    if (number >= limit) {
      rejects('/spec/postgresql/synchronous/number', 'spec.postgresql.synchronous.number', number, `the number of synchronous replicas must be less than the total number of instances and the provided standby names, ${limit}`, `write at most ${Math.max(limit - 1, 0)}`);
    }
  }
}

function fixAdditionalPath(term: SpreadTerm): SpreadTerm {
  // antiAffinityTerms appends `/podAntiAffinity`; additionalPodAntiAffinity is itself the PodAntiAffinity object.
  return { ...term, path: term.path.replace('/additionalPodAntiAffinity/podAntiAffinity/', '/additionalPodAntiAffinity/') };
}

const STORAGE_CLASS = ['storageClass'];
const TEMPLATE_STORAGE_CLASS = ['pvcTemplate', 'storageClassName'];
const SIZE = ['size'];
const TEMPLATE_SIZE = ['pvcTemplate', 'resources', 'requests', 'storage'];

/** `storageClass` overrides `pvcTemplate.storageClassName` (applied after the template, persistentvolumeclaim/build.go). */
function storageVolume(root: Record<string, unknown>, keys: (string | number)[], role: Volume['role'], owner: string, reader: ObjectReader): Volume {
  const block = dig(root, ...keys);
  const blockPath = pointer('', ...keys);
  const direct = reader.stringUnder(block, blockPath, keys, STORAGE_CLASS);
  // Read even when `storageClass` is set, so a template class of the wrong type is still reported.
  const fromTemplate = reader.stringUnder(block, blockPath, keys, TEMPLATE_STORAGE_CLASS);
  const chosen =
    direct.value !== undefined || direct.unknown ? direct : fromTemplate.value !== undefined || fromTemplate.unknown ? fromTemplate : { value: undefined, path: nearestExisting(root, '', ...keys) };
  const parentKeys = keys.slice(0, -1);
  const parent = dig(root, ...parentKeys);
  const base = pointer('', ...parentKeys);
  const last = String(keys[keys.length - 1]);
  // `size` wins over the template's request (cnpg:pkg/reconciler/persistentvolumeclaim/build.go, v1.30.0).
  const directSize = reader.stringUnder(block, blockPath, keys, SIZE);
  const size = directSize.value !== undefined || directSize.unknown ? directSize : reader.stringUnder(block, blockPath, keys, TEMPLATE_SIZE);
  const volume: Volume = { role, owner, storageClass: chosen, persistent: { value: true, path: blockPath }, size };
  if (isObject(parent) && (block === undefined || isObject(block))) {
    volume.setStorageClass = (className: string) => setPatch(parent, base, [last, 'storageClass'], className) ?? [];
  }
  return volume;
}

function scheduledBackupsOf(input: AdapterInput, clusterIndex: number, clusterName: string, namespace: string | undefined): BackupSchedule[] {
  const schedules: BackupSchedule[] = [];
  const byCluster = input.index.groupedBy('cnpg-scheduledbackups', CNPG_GROUP, 'ScheduledBackup', (object) => {
    const target = dig(object, 'spec', 'cluster', 'name');
    return typeof target === 'string' ? target : undefined;
  });
  for (const index of byCluster.get(clusterName) ?? []) {
    const object = input.objects[index];
    if (index === clusterIndex || !isKind(object, CNPG_GROUP, 'ScheduledBackup')) continue;
    const resource = resourceOf(object);
    if (!sameNamespace(resource.namespace, namespace)) continue;
    const schedule = dig(object, 'spec', 'schedule');
    if (typeof schedule !== 'string') continue; // reported by scheduledBackupProblems
    const entry: BackupSchedule = {
      type: 'base',
      schedule: { value: schedule, path: '/spec/schedule', objectIndex: index, ...(isPlaceholder(schedule) ? { unknown: true } : {}) },
      dialect: 'cnpg',
      name: resource.name,
      gates: CNPG_GATES,
    };
    const suspend = dig(object, 'spec', 'suspend');
    if (suspend === true) entry.suspended = true;
    schedules.push(entry);
  }
  return schedules;
}

/** Problems of ScheduledBackups: wrong fields, and the orphan whose Cluster is not in the input (it backs up nothing). */
export function scheduledBackupProblems(input: AdapterInput): ModelProblem[] {
  const problems: ModelProblem[] = [];
  for (const index of input.index.ofKind(CNPG_GROUP, 'ScheduledBackup')) {
    const object = input.objects[index];
    if (!isKind(object, CNPG_GROUP, 'ScheduledBackup')) continue;
    const resource = resourceOf(object);
    const spec = dig(object, 'spec');
    if (!isObject(spec)) {
      problems.push({ objectIndex: index, resource, path: '', message: 'spec is required for a ScheduledBackup (spec.schedule, spec.cluster.name).' });
      continue;
    }
    const schedule = spec.schedule;
    if (typeof schedule !== 'string' || schedule.trim() === '') {
      problems.push({ objectIndex: index, resource, path: schedule === undefined ? '/spec' : '/spec/schedule', message: 'spec.schedule is required and must be a non-empty cron string (6 fields, seconds first).' });
    }
    const clusterName = dig(spec, 'cluster', 'name');
    if (typeof clusterName !== 'string' || clusterName === '') {
      problems.push({ objectIndex: index, resource, path: nearestExisting(object, '', 'spec', 'cluster', 'name'), message: 'spec.cluster.name is required: the ScheduledBackup names the Cluster it backs up.' });
      continue;
    }
    if (isPlaceholder(clusterName)) continue;
    const found = input.index.named(CNPG_GROUP, 'Cluster', clusterName).some(
      (other) => isCnpgCluster(input.objects[other]) && sameNamespace(resourceOf(input.objects[other]!).namespace, resource.namespace),
    );
    if (!found) {
      problems.push({
        objectIndex: index,
        resource,
        path: '/spec/cluster/name',
        message: `ScheduledBackup "${resource.name}" targets Cluster "${clusterName}", which is not among the manifests checked${resource.namespace ? ` in namespace "${resource.namespace}"` : ''}: if no such Cluster exists, the schedule backs up nothing.`,
        ruleId: 'backup-schedule',
        severity: 'warning',
      });
    }
  }
  return problems;
}
