// Crunchy PGO v4 `crunchydata.com/v1` Pgcluster (+ Pgreplica, scheduler ConfigMaps). See ../shared/domain/pgo-v4.md.
import type { BackupSchedule, Credential, OperatorSyntax, PostgresCluster, ScheduleGates, Sourced, SpreadTerm, Volume } from '../model.js';
import { isPlaceholder } from '../placeholders.js';
import { dig, field, isObject, nearestExisting, type ObjectReader, pointer, resourceOf, setPatch, stringRecord, summariseSpreading } from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor, sameNamespace } from './context.js';

export const PGO_V4_GROUP = 'crunchydata.com';
/** pgo.yaml `Cluster.CCPImagePrefix` default (`pgo4:conf/postgres-operator/pgo.yaml`). */
const DEFAULT_PREFIX = 'registry.developers.crunchydata.com/crunchydata';
const HOSTNAME = 'kubernetes.io/hostname';
const STORAGE_BLOCKS: [string, Volume['role'], string][] = [
  ['PrimaryStorage', 'data', 'primary'],
  ['ReplicaStorage', 'data', 'replicas'],
  ['WALStorage', 'wal', 'WAL'],
  ['BackrestStorage', 'backup', 'pgBackRest'],
];

/** How Crunchy PGO v4 manifests say things, for messages (../shared/domain/pgo-v4.md). */
export const pgoV4Syntax: OperatorSyntax = {
  name: 'Crunchy PGO v4',
  // spec.replicas counts replicas besides the primary, as a string, read only at creation (cluster.go L258-306).
  instances: (count) =>
    `\`spec.replicas: "${count - 1}"\` (PGO v4 counts replicas in addition to the primary, as a string, and reads it only when the cluster is created; later add Pgreplica objects)`,
  shutdown: 'To stop it deliberately, set `spec.shutdown: true`.',
  spread: (hard) => `set \`spec.podAntiAffinity.default: ${hard ? 'required' : 'preferred'}\``,
  storageClassKey: 'storageclass',
  // pvc.go CreateIfNotExists L89-111: storagetype "" or emptydir ⇒ emptyDir, no PVC.
  persistData: 'write `storagetype: dynamic` and a `storageclass` (PGO v4 mounts an emptyDir when `storagetype` is empty or `emptydir`)',
  // createMissingUserSecret returns early when the Secret exists (cluster.go L1030-1078).
  blankPassword: 'PGO v4 never regenerates it: it only creates user Secrets that are missing, and mounts this one as it is',
  setPassword: (key) => `put a real password in \`${key}\`, or delete the Secret from Git so that Crunchy PGO v4 generates one`,
  scheduleBackups: 'add a ConfigMap labelled `crunchy-scheduler: "true"` with a pgbackrest `full` schedule',
};

/** pgo-scheduler validates with robfig/cron v3 `Minute|Hour|Dom|Month|Dow` (cmd/pgo-scheduler/scheduler/validate.go L49-56). */
const PGO_V4_GATES: ScheduleGates = {
  schema: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  parser: "pgo-scheduler's validation (it then ignores the schedule, so this backup never runs)",
  example: '5 fields without descriptors, e.g. `0 1 * * *`',
};

export function isPgoV4Cluster(object: Record<string, unknown> | undefined): boolean {
  return isKind(object, PGO_V4_GROUP, 'Pgcluster');
}

export function pgoV4Cluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  if (!reader || !isPgoV4Cluster(reader.object)) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const namespace = reader.resource.namespace;
  const spec = reader.objectAt('spec');
  if (!spec) reader.problem('', 'spec is required for a Pgcluster.');
  if (dig(spec, 'status') === 'completed') {
    reader.problem('/spec/status', 'spec.status is "completed" (exported from a running cluster): the operator skips a new Pgcluster in this state, so nothing is created. Remove spec.status.', { severity: 'warning' });
  }

  // spec.replicas: a string counting replicas besides the primary, read only at creation; Pgreplica objects add more.
  const replicasRaw = dig(spec, 'replicas');
  if (typeof replicasRaw === 'number') reader.problem('/spec/replicas', 'spec.replicas must be a string (e.g. "1"), got a number; the operator cannot read it.');
  const extra = reader.integer(['spec', 'replicas'], { defaultValue: 0, min: 0, allowString: true });
  const byCluster = input.index.groupedBy('pgo-v4-pgreplicas', PGO_V4_GROUP, 'Pgreplica', (other) => {
    const cluster = dig(other, 'spec', 'clustername');
    return typeof cluster === 'string' ? cluster : undefined;
  });
  const pgreplicas = (byCluster.get(name) ?? []).filter(
    (i) => isKind(input.objects[i], PGO_V4_GROUP, 'Pgreplica') && sameNamespace(resourceOf(input.objects[i]!).namespace, namespace),
  ).length;
  const replicas: Sourced<number | undefined> = {
    value: extra.value === undefined ? undefined : 1 + extra.value + pgreplicas,
    path: extra.path,
    ...(extra.defaulted ? { defaulted: true } : {}),
    ...(extra.unknown ? { unknown: true } : {}),
  };

  // podAntiAffinity.default: "" ⇒ pgo.yaml Cluster.PodAntiAffinity = preferred (weight 1, hostname).
  const antiType = reader.string(['spec', 'podAntiAffinity', 'default']);
  const terms: SpreadTerm[] = [];
  let disabledBy: Sourced<unknown> | undefined;
  const type = antiType.value ?? '';
  if (antiType.unknown) {
    terms.push({ source: 'operatorDefault', level: 'soft', topologyKey: HOSTNAME, path: antiType.path, selectsOwnPods: true, unknown: true });
  } else if (type === '' || type === 'preferred' || type === 'required') {
    const term: SpreadTerm = { source: 'operatorDefault', level: type === 'required' ? 'hard' : 'soft', topologyKey: HOSTNAME, path: antiType.path, selectsOwnPods: true };
    if (type === '') term.defaulted = true;
    terms.push(term);
  } else if (type === 'disabled') {
    disabledBy = { value: 'disabled', path: antiType.path };
  } else {
    reader.problem(antiType.path, `spec.podAntiAffinity.default must be "required", "preferred", "disabled" or empty, got "${type}"; the operator then applies no anti-affinity.`);
  }
  const spreading = summariseSpreading(terms, disabledBy ? { disabledBy } : {});
  if (type !== 'preferred' && type !== 'required' && spec) {
    const patch = setPatch(object, '', ['spec', 'podAntiAffinity', 'default'], 'preferred');
    if (patch) spreading.addSoftAntiAffinity = patch;
  }

  const volumes: Volume[] = [];
  for (const [block, role, owner] of STORAGE_BLOCKS) {
    const present = reader.objectAt('spec', block);
    if (block === 'WALStorage' && !present?.storagetype) continue; // used only with a storagetype
    if (block === 'ReplicaStorage' && !present) continue;
    volumes.push(storageVolume(reader, ['spec', block], role, owner));
  }
  const tablespaces = reader.objectAt('spec', 'tablespaceMounts');
  if (tablespaces) for (const mount of Object.keys(tablespaces)) volumes.push(storageVolume(reader, ['spec', 'tablespaceMounts', mount], 'tablespace', mount));

  // Image: <ccpimageprefix>/<ccpimage>:<ccpimagetag>; image and tag have no fallback (an empty tag is a broken reference).
  const prefix = reader.string(['spec', 'ccpimageprefix']);
  const image = reader.string(['spec', 'ccpimage']);
  const tag = reader.string(['spec', 'ccpimagetag']);
  let reference: Sourced<string | undefined>;
  if (prefix.unknown || image.unknown || tag.unknown) {
    reference = { value: undefined, path: tag.unknown ? tag.path : image.unknown ? image.path : prefix.path, unknown: true };
  } else if (image.value === undefined || tag.value === undefined) {
    reference = { value: undefined, path: image.value === undefined ? image.path : tag.path };
  } else {
    reference = { value: `${prefix.value ?? DEFAULT_PREFIX}/${image.value}:${tag.value}`, path: tag.path };
  }
  const postgresImage = imageUse('postgres', 'ccpimage', reference, undefined, '`spec.ccpimagetag` (e.g. `ubi8-13.10-4.7.10`)');
  // No fallback for the Postgres container's image or tag (clusterlogic.go L317-318): an empty one is a broken reference.
  postgresImage.requiredBecause = 'Crunchy PGO v4 has no default for `spec.ccpimage` or `spec.ccpimagetag`, so the pods cannot pull the image.';
  const images = [postgresImage];

  // Backups: pgBackRest is always set up by v4; schedules and retention live in scheduler ConfigMaps.
  const { schedules, retention } = schedulerConfigMaps(input, name, namespace, object);

  const credentials: Credential[] = [
    credential('postgres', `${name}-postgres-secret`, nearestExisting(object, '', 'spec'), false),
    credential('primaryuser', `${name}-primaryuser-secret`, nearestExisting(object, '', 'spec'), false),
  ];
  const user = reader.string(['spec', 'user']);
  if (user.value !== undefined && user.value !== 'postgres' && user.value !== 'primaryuser') {
    credentials.push(credential(user.value, user.value === 'ccp_monitoring' ? `${name}-exporter-secret` : `${name}-${user.value}-secret`, user.path, false));
  }

  return {
    flavour: 'pgo-v4',
    operator: pgoV4Syntax,
    objectIndex: index,
    resource: reader.resource,
    labels: metadataLabels(object),
    podLabels: { vendor: 'crunchydata', 'pg-cluster': name },
    shutdown: reader.boolean(['spec', 'shutdown'], false),
    instanceSets: [{ name, replicas, path: nearestExisting(object, '', 'spec'), spreading }],
    totalInstances: { ...replicas },
    volumes,
    images,
    backups: {
      configured: { value: true, path: nearestExisting(object, '', 'spec'), defaulted: true },
      schedules,
      retention: [{ setting: retention, fix: '`--repo1-retention-full=7` in the scheduler ConfigMap’s `pgbackrest.options`' }],
    },
    credentials,
    authSettings: [],
  };
}

function storageVolume(reader: ObjectReader, keys: string[], role: Volume['role'], owner: string): Volume {
  // The block is dug once; its fields are read from it (a missing one reports the block, or the nearest parent).
  const block = dig(reader.object, ...keys);
  const blockPath = pointer('', ...keys);
  const inBlock = nearestExisting(reader.object, '', ...keys);
  const storageType = reader.stringValue(field(block, 'storagetype'), `${blockPath}/storagetype`, inBlock);
  const type = storageType.value ?? '';
  const persistent: Sourced<boolean> = storageType.unknown
    ? { value: true, path: storageType.path, unknown: true }
    : { value: type !== '' && type !== 'emptydir', path: storageType.path, ...(storageType.value === undefined ? { defaulted: true } : {}) };
  const className = reader.stringValue(field(block, 'storageclass'), `${blockPath}/storageclass`, inBlock);
  // storageclass is honoured only with storagetype dynamic; `create` uses a template without a class, `existing` an existing PVC.
  let storageClass: Sourced<string | undefined>;
  if (type === 'dynamic' || storageType.unknown) storageClass = storageType.unknown ? { ...className, unknown: true } : className;
  else if (type === 'existing') storageClass = { value: undefined, path: storageType.path, unknown: true };
  else storageClass = { value: undefined, path: storageType.path };
  const volume: Volume = { role, owner, storageClass, persistent, size: reader.stringValue(field(block, 'size'), `${blockPath}/size`, inBlock) };
  if (type === 'dynamic' && isObject(block)) {
    volume.setStorageClass = (name) => [{ op: 'add', path: `${blockPath}/storageclass`, value: name }];
  }
  if (type === 'create') {
    // `create` renders pvc.json, which has no storageClassName at all (pvc.go Create L140-190, v4.7.10): a written
    // storageclass is ignored, and only `dynamic` (pvc-storageclass.json) honours it.
    volume.nameClass =
      className.value !== undefined
        ? `write \`storagetype: dynamic\`: \`storagetype: create\` ignores \`storageclass: ${className.value}\` (its PVC template has no class)`
        : 'write `storagetype: dynamic` and a `storageclass` (`storagetype: create` uses a PVC template without a class)';
    volume.setStorageClass = (name) => [
      { op: 'replace', path: storageType.path, value: 'dynamic' },
      { op: 'add', path: `${blockPath}/storageclass`, value: name },
    ];
  }
  return volume;
}

/** The cluster a crunchy-scheduler ConfigMap belongs to, or undefined when it is none. */
function schedulerClusterOf(object: Record<string, unknown>): string | undefined {
  if (object.apiVersion !== 'v1') return undefined;
  const labels = metadataLabels(object);
  if (labels['crunchy-scheduler'] !== 'true') return undefined;
  if (labels['pg-cluster'] !== undefined) return labels['pg-cluster'];
  const values = Object.values(stringRecord(object.data));
  if (values.length !== 1) return undefined;
  try {
    const parsed: unknown = JSON.parse(values[0] ?? '');
    return isObject(parsed) && typeof parsed.cluster === 'string' ? parsed.cluster : undefined;
  } catch {
    return undefined;
  }
}

const BACKUP_TYPES: Record<string, BackupSchedule['type']> = { full: 'full', diff: 'differential', incr: 'incremental' };

function schedulerConfigMaps(input: AdapterInput, cluster: string, namespace: string | undefined, clusterObject: Record<string, unknown>) {
  const schedules: BackupSchedule[] = [];
  let retention: Sourced<string | undefined> = { value: undefined, path: nearestExisting(clusterObject, '', 'spec') };
  // The crunchy-scheduler ConfigMaps grouped once per model by the cluster they name (label pg-cluster, else the JSON's
  // `cluster`), so each cluster reads only its own.
  const scheduler = input.index.groupedBy('pgo-v4-scheduler', '', 'ConfigMap', schedulerClusterOf);
  for (const index of scheduler.get(cluster) ?? []) {
    const object = input.objects[index] as Record<string, unknown>;
    const labels = metadataLabels(object);
    const resource = resourceOf(object);
    if (!sameNamespace(resource.namespace, namespace)) continue;
    const data = stringRecord(object.data);
    const keys = Object.keys(data);
    if (labels['pg-cluster'] !== undefined && labels['pg-cluster'] !== cluster) continue;
    const problem = (path: string, message: string) => input.problems.push({ objectIndex: index, resource, path, message, ruleId: 'backup-schedule', severity: 'error' });
    if (keys.length !== 1) {
      if (labels['pg-cluster'] === cluster) problem('/data', `pgo-scheduler needs exactly one data key in a crunchy-scheduler ConfigMap, found ${keys.length}; it ignores this schedule.`);
      continue;
    }
    const key = keys[0]!;
    const path = pointer('/data', key);
    if (isPlaceholder(data[key])) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data[key]!);
    } catch {
      problem(path, `data.${key} must hold the schedule as JSON; it does not parse, so pgo-scheduler ignores it.`);
      continue;
    }
    if (!isObject(parsed)) continue;
    if (labels['pg-cluster'] === undefined && parsed.cluster !== cluster) continue;
    if (parsed.type !== 'pgbackrest') continue; // policy schedules run SQL, not backups
    const schedule = parsed.schedule;
    const type = BACKUP_TYPES[String(dig(parsed, 'pgbackrest', 'type'))];
    if (typeof schedule !== 'string' || type === undefined) {
      problem(path, `data.${key} needs a "schedule" string and pgbackrest.type full, diff or incr.`);
      continue;
    }
    schedules.push({ type, schedule: { value: schedule, path, objectIndex: index, ...(isPlaceholder(schedule) ? { unknown: true } : {}) }, dialect: 'pgo-v4', name: resource.name, gates: PGO_V4_GATES });
    const options = dig(parsed, 'pgbackrest', 'options');
    const match = typeof options === 'string' ? /--repo1-retention-full[= ](\S+)/.exec(options) : null;
    if (match && retention.value === undefined) retention = { value: match[1]!, path, objectIndex: index };
  }
  return { schedules, retention };
}
