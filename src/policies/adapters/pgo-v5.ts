// Crunchy PGO v5 `postgres-operator.crunchydata.com/v1beta1` PostgresCluster. See ../shared/domain/pgo-v5.md.
import type { BackupSchedule, Credential, ImageUse, InstanceSet, OperatorSyntax, PostgresCluster, Retention, ScheduleGates, Sourced, SpreadTerm, Volume } from '../model.js';
import {
  addPreferredAntiAffinityPatch,
  antiAffinityTerms,
  dig,
  isObject,
  nearestExisting,
  type ObjectReader,
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

export function pgoV5Cluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV5Cluster(reader.object)) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const spec = reader.objectAt('spec');
  if (!spec) reader.problem('', 'spec is required for a PostgresCluster (spec.postgresVersion, spec.instances).');

  const postgresVersion = reader.integer(['spec', 'postgresVersion'], { required: spec !== undefined, min: 10 });
  const shutdown = reader.boolean(['spec', 'shutdown'], false);
  const disableDefault = reader.boolean(['spec', 'disableDefaultPodScheduling'], false);
  const clusterPodLabels = stringRecord(dig(spec, 'metadata', 'labels'));

  const instanceList = reader.listAt('spec', 'instances');
  if (spec && (instanceList === undefined || instanceList.length === 0) && dig(spec, 'instances') === undefined) {
    reader.problem('/spec', 'spec.instances is required: a PostgresCluster needs at least one instance set.');
  } else if (instanceList && instanceList.length === 0) {
    reader.problem('/spec/instances', 'spec.instances must hold at least one instance set.');
  }

  const instanceSets: InstanceSet[] = [];
  const volumes: Volume[] = [];
  const images: ImageUse[] = [];
  const podLabelsOfCluster: Record<string, string> = { ...clusterPodLabels, [`${LABEL}/cluster`]: name, [`${LABEL}/data`]: 'postgres' };

  (instanceList ?? []).forEach((instance, i) => {
    const path = pointer('/spec/instances', i);
    if (!isObject(instance)) {
      reader.wrongType(path, 'an object', instance);
      return;
    }
    // Unnamed sets are named by index: 00, 01, … (Default(i) in postgrescluster_types.go).
    const setName = typeof instance.name === 'string' && instance.name !== '' ? instance.name : String(i).padStart(2, '0');
    const replicas = reader.integer(['spec', 'instances', i, 'replicas'], { defaultValue: 1, min: 1 });
    const pods: PodLabels = {
      fixed: { ...podLabelsOfCluster, ...stringRecord(dig(instance, 'metadata', 'labels')), [`${LABEL}/instance-set`]: setName },
      dynamic: new Set([`${LABEL}/instance`, `${LABEL}/role`, `${LABEL}/patroni`]),
    };
    const terms: SpreadTerm[] = [
      ...antiAffinityTerms(instance.affinity, pointer(path, 'affinity'), pods),
      ...topologySpreadTerms(instance.topologySpreadConstraints, pointer(path, 'topologySpreadConstraints'), pods),
    ];
    if (!disableDefault.value || disableDefault.unknown) {
      // Appended by the operator (topology.go L14-27): hostname + zone, maxSkew 1, ScheduleAnyway.
      for (const topologyKey of ['kubernetes.io/hostname', 'topology.kubernetes.io/zone']) {
        const term: SpreadTerm = { source: 'operatorDefault', level: 'soft', topologyKey, path, defaulted: true, selectsOwnPods: true };
        if (disableDefault.unknown) term.unknown = true;
        terms.push(term);
      }
    }
    const spreading = summariseSpreading(terms);
    if (disableDefault.value && !disableDefault.unknown) spreading.disabledBy = { value: true, path: disableDefault.path };
    // Offered only where no anti-affinity term spreads the set yet (a second one would be noise).
    const hasOwnAntiAffinity = terms.some((term) => term.source === 'podAntiAffinity' && (term.selectsOwnPods || term.unknown));
    const patch = hasOwnAntiAffinity ? undefined : addPreferredAntiAffinityPatch(instance.affinity, pointer(path, 'affinity'), { [`${LABEL}/cluster`]: name, [`${LABEL}/instance-set`]: setName }, 1);
    if (patch) spreading.addSoftAntiAffinity = patch;
    instanceSets.push({ name: setName, replicas, path, spreading });

    const dataSpec = instance.dataVolumeClaimSpec;
    if (dataSpec === undefined || dataSpec === null) reader.problem(path, `spec.instances[${i}].dataVolumeClaimSpec is required (accessModes and a storage request).`);
    volumes.push(claimVolume(reader, ['spec', 'instances', i, 'dataVolumeClaimSpec'], 'data', setName));
    if (instance.walVolumeClaimSpec !== undefined) volumes.push(claimVolume(reader, ['spec', 'instances', i, 'walVolumeClaimSpec'], 'wal', setName));
    const tablespaces = instance.tablespaceVolumes;
    if (Array.isArray(tablespaces)) {
      tablespaces.forEach((tablespace, t) => {
        const owner = isObject(tablespace) && typeof tablespace.name === 'string' ? tablespace.name : `${setName} tablespace ${t}`;
        volumes.push(claimVolume(reader, ['spec', 'instances', i, 'tablespaceVolumes', t, 'dataVolumeClaimSpec'], 'tablespace', owner));
      });
    }
    images.push(...containerImages(reader, ['spec', 'instances', i, 'containers'], 'sidecar'));
  });

  // Images: spec.image else RELATED_IMAGE_POSTGRES_<version> (operator env, unknown here).
  images.unshift(singleImage(reader, 'postgres', 'image', ['spec', 'image'], true, '`spec.image`'));
  const pgbackrest = reader.objectAt('spec', 'backups', 'pgbackrest');
  if (pgbackrest) images.push(singleImage(reader, 'backup', 'pgBackRest', ['spec', 'backups', 'pgbackrest', 'image'], true));
  if (reader.objectAt('spec', 'proxy', 'pgBouncer')) {
    images.push(singleImage(reader, 'pooler', 'pgBouncer', ['spec', 'proxy', 'pgBouncer', 'image'], true));
    images.push(...containerImages(reader, ['spec', 'proxy', 'pgBouncer', 'containers'], 'sidecar'));
  }
  if (reader.objectAt('spec', 'monitoring', 'pgmonitor', 'exporter')) {
    images.push(singleImage(reader, 'exporter', 'exporter', ['spec', 'monitoring', 'pgmonitor', 'exporter', 'image'], true));
  }

  // Backups: repos[].schedules (Kubernetes CronJob dialect) and global repoN-retention-full.
  const schedules: BackupSchedule[] = [];
  const repos = reader.listAt('spec', 'backups', 'pgbackrest', 'repos');
  if (pgbackrest && (repos === undefined || repos.length === 0) && dig(pgbackrest, 'repos') === undefined) {
    reader.problem('/spec/backups/pgbackrest', 'spec.backups.pgbackrest.repos is required (at least one repo).');
  }
  const retention: Retention[] = [];
  (repos ?? []).forEach((repo, r) => {
    const repoPath = pointer('/spec/backups/pgbackrest/repos', r);
    if (!isObject(repo)) {
      reader.wrongType(repoPath, 'an object', repo);
      return;
    }
    const repoName = typeof repo.name === 'string' ? repo.name : `repo ${r}`;
    if (isObject(repo.volume)) volumes.push(claimVolume(reader, ['spec', 'backups', 'pgbackrest', 'repos', r, 'volume', 'volumeClaimSpec'], 'backup', repoName));
    const repoSchedules = reader.objectAt('spec', 'backups', 'pgbackrest', 'repos', r, 'schedules');
    for (const type of ['full', 'differential', 'incremental'] as const) {
      const value = repoSchedules?.[type];
      if (value === undefined || value === null) continue;
      const field = reader.string(['spec', 'backups', 'pgbackrest', 'repos', r, 'schedules', type]);
      if (typeof value !== 'string') continue;
      schedules.push({ type, schedule: { value, path: field.path, ...(field.unknown ? { unknown: true } : {}) }, dialect: 'kubernetes', name: repoName, gates: PGO_V5_GATES });
    }
    const match = /^repo([1-4])/.exec(repoName);
    if (match) retention.push(...repoRetention(reader, `repo${match[1]}`));
  });

  // Users: nil ⇒ one user named after the cluster; [] ⇒ none. Secret <cluster>-pguser-<user>; blank password regenerated.
  const credentials: Credential[] = [];
  const users = dig(spec, 'users');
  if (users === undefined || users === null) {
    if (spec) credentials.push(credential(name, `${name}-pguser-${name}`, '/spec', true));
  } else if (Array.isArray(users)) {
    users.forEach((user, u) => {
      const userName = dig(user, 'name');
      if (typeof userName !== 'string' || userName === '') {
        reader.problem(pointer('/spec/users', u), `spec.users[${u}].name is required.`);
        return;
      }
      credentials.push(credential(userName, `${name}-pguser-${userName}`, pointer('/spec/users', u), true));
    });
  } else {
    reader.wrongType('/spec/users', 'a list', users);
  }

  return {
    flavour: 'pgo-v5',
    operator: pgoV5Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: podLabelsOfCluster,
    shutdown,
    instanceSets,
    totalInstances: totalOf(instanceSets, nearestExisting(object, '', 'spec', 'instances')),
    volumes,
    images,
    postgresVersion,
    backups: {
      configured: { value: (repos?.length ?? 0) > 0, path: nearestExisting(object, '', 'spec', 'backups', 'pgbackrest', 'repos') },
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
function repoRetention(reader: ObjectReader, repo: string): Retention[] {
  const global = ['spec', 'backups', 'pgbackrest', 'global'];
  for (const [suffix, allowed] of [
    ['retention-full-type', ['count', 'time']],
    ['retention-archive-type', ['full', 'diff', 'incr']],
  ] as const) {
    const field = reader.string([...global, `${repo}-${suffix}`]);
    if (field.value !== undefined && !field.unknown && !(allowed as readonly string[]).includes(field.value)) {
      reader.problem(field.path, `\`${repo}-${suffix}: ${field.value}\` is not one of ${allowed.join(', ')}: pgBackRest refuses the option, so backups and expiry on ${repo} fail. Write one of ${allowed.join(', ')}.`);
    }
  }
  const full = reader.string([...global, `${repo}-retention-full`]);
  return [
    {
      setting: full,
      scope: `for ${repo}`,
      fix: `\`${repo}-retention-full: "14"\` (with \`${repo}-retention-full-type\`) under \`spec.backups.pgbackrest.global\``,
    },
  ];
}

const STORAGE_CLASS_NAME = ['storageClassName'];
const STORAGE_REQUEST = ['resources', 'requests', 'storage'];

function claimVolume(reader: ObjectReader, keys: (string | number)[], role: Volume['role'], owner: string): Volume {
  const claim = dig(reader.object, ...keys);
  const claimPath = pointer('', ...keys);
  const volume: Volume = {
    role,
    owner,
    storageClass: reader.stringUnder(claim, claimPath, keys, STORAGE_CLASS_NAME),
    persistent: { value: true, path: claimPath },
    size: reader.stringUnder(claim, claimPath, keys, STORAGE_REQUEST),
  };
  if (isObject(claim)) {
    volume.setStorageClass = (className) => [{ op: 'add', path: `${claimPath}/storageClassName`, value: className }];
  }
  return volume;
}

/** One image field with an operator default (RELATED_IMAGE_* env, not visible in the manifest). */
function singleImage(reader: ObjectReader, role: ImageUse['role'], name: string, keys: string[], hasOperatorDefault: boolean, where?: string): ImageUse {
  const field = reader.string(keys);
  const reference: Sourced<string | undefined> = field.value !== undefined || field.unknown || !hasOperatorDefault ? field : { ...field, defaulted: true };
  const patch = setPatch(reader.object, '', keys, 'x');
  return imageUse(role, name, reference, patch ? (ref) => setPatch(reader.object, '', keys, ref) ?? [] : undefined, where);
}

export function containerImages(reader: ObjectReader, keys: (string | number)[], role: ImageUse['role']): ImageUse[] {
  const list = dig(reader.object, ...keys);
  if (!Array.isArray(list)) return [];
  const uses: ImageUse[] = [];
  list.forEach((container, c) => {
    if (!isObject(container)) return;
    const name = typeof container.name === 'string' ? container.name : `container ${c}`;
    const imageKeys = [...keys, c, 'image'];
    uses.push(imageUse(role, name, reader.string(imageKeys), (ref) => [{ op: 'add', path: pointer('', ...imageKeys), value: ref }]));
  });
  return uses;
}
