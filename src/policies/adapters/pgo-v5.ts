// Crunchy PGO v5 `postgres-operator.crunchydata.com/v1beta1` PostgresCluster. See ../shared/domain/pgo-v5.md.
import type { Pointer } from '../types.js';
import type { BackupSchedule, Credential, ImageUse, InstanceSet, OperatorSyntax, PostgresCluster, Retention, ScheduleGates, Sourced, SpreadTerm, Volume } from '../model.js';
import {
  addPreferredAntiAffinityPatch,
  antiAffinityTerms,
  canSetAt,
  dig,
  field,
  isObject,
  type JsonObject,
  nearestOf,
  type ObjectReader,
  ownField,
  type PodLabels,
  pointer,
  setPatch,
  stringRecord,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor, totalOf } from './context.js';

export const PGO_V5_GROUP = 'postgres-operator.crunchydata.com';
const LABEL = 'postgres-operator.crunchydata.com';

/** How Crunchy PGO v5 manifests say things, for messages (../shared/domain/pgo-v5.md). */
export const pgoV5Syntax: OperatorSyntax = {
  name: 'Crunchy PGO v5',
  instances: (count) => `\`replicas: ${count}\` in \`spec.instances[]\` (the total pods of that set)`,
  shutdown: 'To stop it deliberately, set `spec.shutdown: true`.',
  spread: (hard) =>
    hard
      ? 'add `spec.instances[].topologySpreadConstraints` with `whenUnsatisfiable: DoNotSchedule` or a `requiredDuringSchedulingIgnoredDuringExecution` podAntiAffinity selecting `postgres-operator.crunchydata.com/cluster`'
      : 'remove `spec.disableDefaultPodScheduling: true` or add `spec.instances[].affinity.podAntiAffinity` selecting `postgres-operator.crunchydata.com/cluster`',
  storageClassKey: 'storageClassName',
  persistData: 'declare `dataVolumeClaimSpec` with accessModes and a storage request',
  blankPassword: 'PGO v5 regenerates it',
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: 'add `schedules: {full: "0 1 * * 0", differential: "0 1 * * 1-6"}` to a repo in `spec.backups.pgbackrest.repos`',
};

/** Schedules become CronJobs `<cluster>-<repo>-<type>` (pgbackrest.go L3121-3136); the CRD only checks minLength 6. */
const PGO_V5_GATES: ScheduleGates = {
  schema: 'the PostgresCluster CRD (schedules need at least 6 characters)',
  parser:
    'the apiserver when PGO v5 creates the backup CronJob (event UnableToCreatePGBackRestCronJob), after it accepted the PostgresCluster, so this backup never runs',
  minLength: 6,
  example: '5 fields, e.g. `0 1 * * 0`',
};

export function isPgoV5Cluster(object: Record<string, unknown> | undefined): boolean {
  return isKind(object, PGO_V5_GROUP, 'PostgresCluster');
}

/** Pod labels the operator sets but whose value varies per pod (instance name, role): a selector on them spreads the set. */
const DYNAMIC_POD_LABELS: ReadonlySet<string> = new Set([`${LABEL}/instance`, `${LABEL}/role`, `${LABEL}/patroni`]);
const CLUSTER_LABEL = `${LABEL}/cluster`;
const INSTANCE_SET_LABEL = `${LABEL}/instance-set`;
const DATA_LABEL = `${LABEL}/data`;
const REPLICAS = { defaultValue: 1, min: 1 } as const;
/** Appended by the operator to every instance set (topology.go L14-27): hostname + zone, maxSkew 1, ScheduleAnyway. */
const DEFAULT_TOPOLOGY_KEYS = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'] as const;

// Reading: every field is read from the block that holds it (an instance, a repo), with its pointer built from that
// block's, not dug from the root again: a review's cost is mostly this adapter. Keys written here are field names
// (read with `field`); names from the input (pgBackRest option keys) are own keys only (`ownField`).
export function pgoV5Cluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV5Cluster(reader.object)) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const spec = reader.objectValue(specValue, '/spec');
  if (!spec) reader.problem('', 'spec is required for a PostgresCluster (spec.postgresVersion, spec.instances).');
  /** Where a field missing from spec is reported: spec, or the object when spec is missing too. */
  const inSpec = nearestOf(specValue, '/spec', '');

  const postgresVersion = reader.integerValue(spec?.postgresVersion, '/spec/postgresVersion', inSpec, { required: spec !== undefined, min: 10 });
  const shutdown = reader.booleanValue(spec?.shutdown, '/spec/shutdown', inSpec, false);
  const disableDefault = reader.booleanValue(spec?.disableDefaultPodScheduling, '/spec/disableDefaultPodScheduling', inSpec, false);

  const instancesValue = spec?.instances;
  const instanceList = reader.listValue(instancesValue, '/spec/instances');
  if (spec && (instanceList === undefined || instanceList.length === 0) && instancesValue === undefined) {
    reader.problem('/spec', 'spec.instances is required: a PostgresCluster needs at least one instance set.');
  } else if (instanceList && instanceList.length === 0) {
    reader.problem('/spec/instances', 'spec.instances must hold at least one instance set.');
  }

  const instanceSets: InstanceSet[] = [];
  const volumes: Volume[] = [];
  const images: ImageUse[] = [];
  const podLabelsOfCluster = stringRecord(field(spec?.metadata, 'labels'));
  podLabelsOfCluster[CLUSTER_LABEL] = name;
  podLabelsOfCluster[DATA_LABEL] = 'postgres';

  (instanceList ?? []).forEach((instance, i) => {
    const path = `/spec/instances/${i}`;
    if (!isObject(instance)) {
      reader.wrongType(path, 'an object', instance);
      return;
    }
    // Unnamed sets are named by index: 00, 01, … (Default(i) in postgrescluster_types.go).
    const setName = typeof instance.name === 'string' && instance.name !== '' ? instance.name : String(i).padStart(2, '0');
    const replicas = reader.integerValue(instance.replicas, `${path}/replicas`, path, REPLICAS);
    const affinityPath = `${path}/affinity`;
    const terms: SpreadTerm[] = [];
    // The pods' labels matter only to a selector (anti-affinity or spread constraints written in the set).
    if (isObject(field(instance.affinity, 'podAntiAffinity')) || Array.isArray(instance.topologySpreadConstraints)) {
      const fixed: Record<string, string> = { ...podLabelsOfCluster };
      const setLabels = field(instance.metadata, 'labels');
      if (isObject(setLabels)) Object.assign(fixed, stringRecord(setLabels));
      fixed[INSTANCE_SET_LABEL] = setName;
      const pods: PodLabels = { fixed, dynamic: DYNAMIC_POD_LABELS };
      for (const term of antiAffinityTerms(instance.affinity, affinityPath, pods)) terms.push(term);
      for (const term of topologySpreadTerms(instance.topologySpreadConstraints, `${path}/topologySpreadConstraints`, pods)) terms.push(term);
    }
    if (!disableDefault.value || disableDefault.unknown) {
      for (const topologyKey of DEFAULT_TOPOLOGY_KEYS) {
        const term: SpreadTerm = { source: 'operatorDefault', level: 'soft', topologyKey, path, defaulted: true, selectsOwnPods: true };
        if (disableDefault.unknown) term.unknown = true;
        terms.push(term);
      }
    }
    const spreading = summariseSpreading(terms);
    if (disableDefault.value && !disableDefault.unknown) spreading.disabledBy = { value: true, path: disableDefault.path };
    // Offered only where no anti-affinity term spreads the set yet (a second one would be noise).
    const hasOwnAntiAffinity = terms.some((term) => term.source === 'podAntiAffinity' && (term.selectsOwnPods || term.unknown));
    const patch = hasOwnAntiAffinity ? undefined : addPreferredAntiAffinityPatch(instance.affinity, affinityPath, { [CLUSTER_LABEL]: name, [INSTANCE_SET_LABEL]: setName }, 1);
    if (patch) spreading.addSoftAntiAffinity = patch;
    instanceSets.push({ name: setName, replicas, path, spreading });

    const dataSpec = instance.dataVolumeClaimSpec;
    if (dataSpec === undefined || dataSpec === null) reader.problem(path, `spec.instances[${i}].dataVolumeClaimSpec is required (accessModes and a storage request).`);
    volumes.push(claimVolume(reader, dataSpec, `${path}/dataVolumeClaimSpec`, path, 'data', setName));
    const walSpec = instance.walVolumeClaimSpec;
    if (walSpec !== undefined) volumes.push(claimVolume(reader, walSpec, `${path}/walVolumeClaimSpec`, path, 'wal', setName));
    const tablespaces = instance.tablespaceVolumes;
    if (Array.isArray(tablespaces)) {
      tablespaces.forEach((tablespace, t) => {
        const owner = isObject(tablespace) && typeof tablespace.name === 'string' ? tablespace.name : `${setName} tablespace ${t}`;
        const tablespacePath = `${path}/tablespaceVolumes/${t}`;
        const inTablespace = nearestOf(tablespace, tablespacePath, `${path}/tablespaceVolumes`);
        volumes.push(claimVolume(reader, field(tablespace, 'dataVolumeClaimSpec'), `${tablespacePath}/dataVolumeClaimSpec`, inTablespace, 'tablespace', owner));
      });
    }
    for (const image of containerImagesIn(reader, instance.containers, `${path}/containers`, 'sidecar')) images.push(image);
  });

  // Images: spec.image else RELATED_IMAGE_POSTGRES_<version> (operator env, unknown here).
  images.unshift(singleImage(reader, 'postgres', 'image', spec, inSpec, POSTGRES_IMAGE, '`spec.image`'));
  const backupsValue = spec?.backups;
  const pgbackrestValue = field(backupsValue, 'pgbackrest');
  const pgbackrest = reader.objectValue(pgbackrestValue, '/spec/backups/pgbackrest');
  if (pgbackrest) images.push(singleImage(reader, 'backup', 'pgBackRest', pgbackrest, '/spec/backups/pgbackrest', PGBACKREST_IMAGE));
  const proxyValue = spec?.proxy;
  const pgBouncer = reader.objectValue(field(proxyValue, 'pgBouncer'), '/spec/proxy/pgBouncer');
  if (pgBouncer) {
    images.push(singleImage(reader, 'pooler', 'pgBouncer', pgBouncer, '/spec/proxy/pgBouncer', PGBOUNCER_IMAGE));
    for (const image of containerImagesIn(reader, pgBouncer.containers, '/spec/proxy/pgBouncer/containers', 'sidecar')) images.push(image);
  }
  const exporter = reader.objectValue(field(field(spec?.monitoring, 'pgmonitor'), 'exporter'), '/spec/monitoring/pgmonitor/exporter');
  if (exporter) {
    images.push(singleImage(reader, 'exporter', 'exporter', exporter, '/spec/monitoring/pgmonitor/exporter', EXPORTER_IMAGE));
  }

  // Backups: repos[].schedules (Kubernetes CronJob dialect) and global repoN-retention-full.
  const schedules: BackupSchedule[] = [];
  const reposValue = field(pgbackrestValue, 'repos');
  const repos = reader.listValue(reposValue, '/spec/backups/pgbackrest/repos');
  if (pgbackrest && (repos === undefined || repos.length === 0) && reposValue === undefined) {
    reader.problem('/spec/backups/pgbackrest', 'spec.backups.pgbackrest.repos is required (at least one repo).');
  }
  const retention: Retention[] = [];
  (repos ?? []).forEach((repo, r) => {
    const repoPath = `/spec/backups/pgbackrest/repos/${r}`;
    if (!isObject(repo)) {
      reader.wrongType(repoPath, 'an object', repo);
      return;
    }
    const repoName = typeof repo.name === 'string' ? repo.name : `repo ${r}`;
    if (isObject(repo.volume)) {
      const volumePath = `${repoPath}/volume`;
      volumes.push(claimVolume(reader, repo.volume.volumeClaimSpec, `${volumePath}/volumeClaimSpec`, volumePath, 'backup', repoName));
    }
    const schedulesPath = `${repoPath}/schedules`;
    const repoSchedules = reader.objectValue(repo.schedules, schedulesPath);
    for (const type of ['full', 'differential', 'incremental'] as const) {
      const value = repoSchedules?.[type];
      if (value === undefined || value === null) continue;
      const read = reader.stringValue(value, `${schedulesPath}/${type}`, schedulesPath);
      if (typeof value !== 'string') continue;
      schedules.push({ type, schedule: { value, path: read.path, ...(read.unknown ? { unknown: true } : {}) }, dialect: 'kubernetes', name: repoName, gates: PGO_V5_GATES });
    }
    const match = /^repo([1-4])/.exec(repoName);
    // pgbackrest is an object here: repos was read from it.
    const options = match ? RETENTION_OPTIONS[`repo${match[1]}`] : undefined;
    if (options) for (const setting of repoRetention(reader, pgbackrest!.global, options)) retention.push(setting);
  });

  // Users: nil ⇒ one user named after the cluster; [] ⇒ none. Secret <cluster>-pguser-<user>; blank password regenerated.
  const credentials: Credential[] = [];
  const users = spec?.users;
  if (users === undefined || users === null) {
    if (spec) credentials.push(credential(name, `${name}-pguser-${name}`, '/spec', true));
  } else if (Array.isArray(users)) {
    users.forEach((user, u) => {
      const userName = dig(user, 'name');
      if (typeof userName !== 'string' || userName === '') {
        reader.problem(`/spec/users/${u}`, `spec.users[${u}].name is required.`);
        return;
      }
      credentials.push(credential(userName, `${name}-pguser-${userName}`, `/spec/users/${u}`, true));
    });
  } else {
    reader.wrongType('/spec/users', 'a list', users);
  }

  const inBackups = nearestOf(backupsValue, '/spec/backups', inSpec);
  const inPgbackrest = nearestOf(pgbackrestValue, '/spec/backups/pgbackrest', inBackups);
  return {
    flavour: 'pgo-v5',
    operator: pgoV5Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsOfCluster,
    shutdown,
    instanceSets,
    totalInstances: totalOf(instanceSets, nearestOf(instancesValue, '/spec/instances', inSpec)),
    volumes,
    images,
    postgresVersion,
    backups: {
      configured: { value: (repos?.length ?? 0) > 0, path: nearestOf(reposValue, '/spec/backups/pgbackrest/repos', inPgbackrest) },
      schedules,
      retention,
    },
    credentials,
    authSettings: [],
  };
}

/**
 * pgBackRest retention is per repo: `repoN-retention-full` under `spec.backups.pgbackrest.global` (a free-form map copied
 * into pgBackRest's `[global]`, pgo5:pkg/apis/…/v1beta1/pgbackrest_types.go L99-104, v5.8.9; PGO sets no default). Its type
 * (`repoN-retention-full-type`: count|time) and the archive retention type (`repoN-retention-archive-type`:
 * full|diff|incr) are enums pgBackRest refuses otherwise (pgbackrest/pgbackrest src/build/config/config.yaml,
 * `repo-retention-full-type`, `repo-retention-archive-type` allow-lists), so a typo there stops every expire.
 */
function repoRetention(reader: ObjectReader, global: unknown, repo: RetentionOptions): Retention[] {
  const globalPath = '/spec/backups/pgbackrest/global';
  const inGlobal = nearestOf(global, globalPath, '/spec/backups/pgbackrest');
  for (const { key, allowed } of repo.enums) {
    const setting = reader.stringValue(ownField(global, key), `${globalPath}/${key}`, inGlobal);
    if (setting.value !== undefined && !setting.unknown && !allowed.includes(setting.value)) {
      reader.problem(setting.path, `\`${key}: ${setting.value}\` is not one of ${allowed.join(', ')}: pgBackRest refuses the option, so backups and expiry on ${repo.repo} fail. Write one of ${allowed.join(', ')}.`);
    }
  }
  return [
    {
      setting: reader.stringValue(ownField(global, repo.full), `${globalPath}/${repo.full}`, inGlobal),
      scope: `for ${repo.repo}`,
      fix: `\`${repo.full}: "14"\` (with \`${repo.full}-type\`) under \`spec.backups.pgbackrest.global\``,
    },
  ];
}

/** The pgBackRest options read for each of PGO's repos (repo1…repo4), named once. */
interface RetentionOptions {
  repo: string;
  full: string;
  enums: readonly { key: string; allowed: readonly string[] }[];
}

const RETENTION_OPTIONS: Readonly<Record<string, RetentionOptions>> = Object.fromEntries(
  ['repo1', 'repo2', 'repo3', 'repo4'].map((repo) => [
    repo,
    {
      repo,
      full: `${repo}-retention-full`,
      enums: [
        { key: `${repo}-retention-full-type`, allowed: ['count', 'time'] },
        { key: `${repo}-retention-archive-type`, allowed: ['full', 'diff', 'incr'] },
      ],
    },
  ]),
);

/**
 * A PersistentVolumeClaim spec: `claim` read at `claimPath`, whose parent exists at `inParent` (the pointer a missing
 * claim's fields report).
 */
function claimVolume(reader: ObjectReader, claim: unknown, claimPath: Pointer, inParent: Pointer, role: Volume['role'], owner: string): Volume {
  const inClaim = nearestOf(claim, claimPath, inParent);
  const resources = field(claim, 'resources');
  const requests = field(resources, 'requests');
  const inRequests = nearestOf(requests, `${claimPath}/resources/requests`, nearestOf(resources, `${claimPath}/resources`, inClaim));
  const volume: Volume = {
    role,
    owner,
    storageClass: reader.stringValue(field(claim, 'storageClassName'), `${claimPath}/storageClassName`, inClaim),
    persistent: { value: true, path: claimPath },
    size: reader.stringValue(field(requests, 'storage'), `${claimPath}/resources/requests/storage`, inRequests),
  };
  if (isObject(claim)) {
    volume.setStorageClass = (className) => [{ op: 'add', path: `${claimPath}/storageClassName`, value: className }];
  }
  return volume;
}

/** An image field with an operator default (RELATED_IMAGE_* env, not visible in the manifest): its keys and pointer. */
interface ImageField {
  keys: readonly string[];
  path: Pointer;
}

function imageField(...keys: string[]): ImageField {
  return { keys, path: pointer('', ...keys) };
}

const POSTGRES_IMAGE = imageField('spec', 'image');
const PGBACKREST_IMAGE = imageField('spec', 'backups', 'pgbackrest', 'image');
const PGBOUNCER_IMAGE = imageField('spec', 'proxy', 'pgBouncer', 'image');
const EXPORTER_IMAGE = imageField('spec', 'monitoring', 'pgmonitor', 'exporter', 'image');

/** The image at `image` (the `image` of `parent`, or missing at `inParent`), defaulted by the operator when absent. */
function singleImage(reader: ObjectReader, role: ImageUse['role'], name: string, parent: JsonObject | undefined, inParent: Pointer, image: ImageField, where?: string): ImageUse {
  const field = reader.stringValue(parent?.image, image.path, inParent);
  const reference: Sourced<string | undefined> = field.value !== undefined || field.unknown ? field : { ...field, defaulted: true };
  const keys = image.keys as string[];
  return imageUse(role, name, reference, canSetAt(reader.object, keys) ? (ref) => setPatch(reader.object, '', keys, ref) ?? [] : undefined, where);
}

export function containerImages(reader: ObjectReader, keys: (string | number)[], role: ImageUse['role']): ImageUse[] {
  return containerImagesIn(reader, dig(reader.object, ...keys), pointer('', ...keys), role);
}

/** The images of a container list `list` read at `listPath`. */
function containerImagesIn(reader: ObjectReader, list: unknown, listPath: Pointer, role: ImageUse['role']): ImageUse[] {
  if (!Array.isArray(list)) return [];
  const uses: ImageUse[] = [];
  list.forEach((container, c) => {
    if (!isObject(container)) return;
    const name = typeof container.name === 'string' ? container.name : `container ${c}`;
    const containerPath = `${listPath}/${c}`;
    const imagePath = `${containerPath}/image`;
    uses.push(imageUse(role, name, reader.stringValue(container.image, imagePath, containerPath), (ref) => [{ op: 'add', path: imagePath, value: ref }]));
  });
  return uses;
}
