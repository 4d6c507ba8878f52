// Plain `apps/v1` StatefulSet running a Postgres image. See ../shared/domain/statefulset.md.
import type { AuthSetting, Credential, ImageUse, OperatorSyntax, PostgresCluster, Volume } from '../model.js';
import { parseImageReference, postgresImageFamily, type PostgresImageFamily, postgresMajorOf } from '../images.js';
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

/** How a plain StatefulSet says things, for messages (../shared/domain/statefulset.md). */
export const statefulSetSyntax: OperatorSyntax = {
  name: 'a plain StatefulSet',
  instances: (count) => `\`spec.replicas: ${count}\` (and an image that sets up streaming replication; a StatefulSet alone only starts copies)`,
  shutdown: 'If the stop is deliberate, add an ignore annotation with the reason.',
  spread: (hard) =>
    `add \`spec.template.spec.affinity.podAntiAffinity.${hard ? 'requiredDuringSchedulingIgnoredDuringExecution' : 'preferredDuringSchedulingIgnoredDuringExecution'}\` with a labelSelector matching the pod template's labels and \`topologyKey: kubernetes.io/hostname\``,
  storageClassKey: 'storageClassName',
  persistData: 'declare a volume claim (`spec.volumeClaimTemplates`) mounted at the data directory',
  blankPassword: 'The container receives an empty password',
  setPassword: (key) => `put a real password in \`${key}\``,
  scheduleBackups: 'add a CronJob that runs pg_dump or pg_basebackup against it',
};

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
  pgdataMoved(reader, main.index, main.family);

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
      images.push(imageUse(role, containerName, reader.string(keys), (ref) => [{ op: 'add', path: pointer('', ...keys), value: ref }], `the \`${containerName}\` container's \`image\``));
      if (listKey === 'containers') readEnv(input, container, pointer('', ...POD, listKey, c), containerName, isMain ? main.family : undefined, reader.resource.namespace, authSettings, credentials);
    });
  }

  return {
    flavour: 'statefulset',
    operator: statefulSetSyntax,
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
    backups: { configured: { value: false, path: nearestExisting(object, '', 'spec'), defaulted: true }, schedules: [], retention: [] },
    credentials,
    authSettings,
  };
}

/**
 * Official images 18+ keep data in `/var/lib/postgresql/<major>/docker` and their entrypoint exits when
 * `/var/lib/postgresql/data` is a mount point while PGDATA is that default (`docker_setup_db` /
 * `docker_error_old_databases`, docker-library/postgres@6edb0a8 `18/trixie/docker-entrypoint.sh` L140-167, L242-258):
 * the classic `mountPath: /var/lib/postgresql/data` makes the pod crash-loop. PostGIS images build on them.
 */
function pgdataMoved(reader: ObjectReader, mainIndex: number, family: PostgresImageFamily): void {
  if (family !== 'official' && family !== 'postgis') return;
  const containerKeys = [...POD, 'containers', mainIndex];
  const image = dig(reader.object, ...containerKeys, 'image');
  const parsed = typeof image === 'string' ? parseImageReference(image) : undefined;
  const major = parsed ? postgresMajorOf(parsed) : undefined;
  if (major === undefined || major < 18) return;
  const env = dig(reader.object, ...containerKeys, 'env');
  const pgdata = Array.isArray(env) ? env.find((variable) => dig(variable, 'name') === 'PGDATA') : undefined;
  if (pgdata !== undefined && dig(pgdata, 'value') !== `/var/lib/postgresql/${major}/docker`) return;
  const mounts = dig(reader.object, ...containerKeys, 'volumeMounts');
  if (!Array.isArray(mounts)) return;
  mounts.forEach((mount, m) => {
    const path = dig(mount, 'mountPath');
    if (typeof path !== 'string' || path.replace(/\/+$/, '') !== '/var/lib/postgresql/data') return;
    reader.problem(
      pointer('', ...containerKeys, 'volumeMounts', m, 'mountPath'),
      `the official postgres:${major} image exits at start when /var/lib/postgresql/data is a mount point (its data moved to /var/lib/postgresql/${major}/docker): mount the volume at \`/var/lib/postgresql\` instead, or set PGDATA to a directory inside the mount.`,
    );
  });
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

/** Password variables read through envFrom (the Secret's key is the variable name, after `prefix`). */
const ENV_FROM_PASSWORDS = ['POSTGRES_PASSWORD', 'POSTGRESQL_PASSWORD', ...Object.keys(PASSWORD_USERS)];

const YES = ['yes', 'true', '1'];

/** One environment variable as the container sees it (env wins over envFrom, a later envFrom over an earlier one). */
type EnvValue =
  | { kind: 'literal'; value: string; path: string; objectIndex?: number }
  | { kind: 'secret'; secret: string; key: string; path: string; fromEnvFrom: boolean }
  | { kind: 'unknown'; path: string };

/**
 * The container's environment: `envFrom` (secretRef / configMapRef, with `prefix`; a ConfigMap in the input is read, one
 * that is not makes its variables unknown) then `env`. A Secret's values are never read here: a secretRef variable stays
 * a reference the password-reset rule checks against the Secret.
 */
function containerEnv(input: AdapterInput, container: JsonObject, containerPath: string, namespace: string | undefined): { vars: Map<string, EnvValue>; opaque: string[] } {
  const vars = new Map<string, EnvValue>();
  // envFrom sources whose variable names are not known here (a Secret, a ConfigMap not in the input).
  const opaque: string[] = [];
  const envFrom = container.envFrom;
  if (Array.isArray(envFrom)) {
    envFrom.forEach((source, f) => {
      if (!isObject(source)) return;
      const path = pointer(containerPath, 'envFrom', f);
      const prefix = typeof source.prefix === 'string' ? source.prefix : '';
      const secretName = dig(source, 'secretRef', 'name');
      if (typeof secretName === 'string') {
        if (isPlaceholder(secretName)) return;
        opaque.push(path);
        for (const variable of ENV_FROM_PASSWORDS) {
          if (prefix !== '' && !variable.startsWith(prefix)) continue;
          vars.set(variable, { kind: 'secret', secret: secretName, key: variable.slice(prefix.length), path, fromEnvFrom: true });
        }
        return;
      }
      const mapName = dig(source, 'configMapRef', 'name');
      if (typeof mapName !== 'string' || isPlaceholder(mapName)) return;
      const mapIndex = input.index.find('', 'ConfigMap', mapName, namespace);
      const data = mapIndex === undefined ? undefined : dig(input.objects[mapIndex], 'data');
      if (mapIndex === undefined || !isObject(data)) {
        opaque.push(path);
        return;
      }
      for (const [key, value] of Object.entries(data)) {
        const at = pointer('/data', key);
        vars.set(`${prefix}${key}`, typeof value === 'string' && !isPlaceholder(value) ? { kind: 'literal', value, path: at, objectIndex: mapIndex } : { kind: 'unknown', path: at });
      }
    });
  }
  const env = container.env;
  if (Array.isArray(env)) {
    env.forEach((variable, e) => {
      if (!isObject(variable) || typeof variable.name !== 'string') return;
      const path = pointer(containerPath, 'env', e);
      const ref = dig(variable, 'valueFrom', 'secretKeyRef');
      if (isObject(ref)) {
        if (typeof ref.name === 'string' && typeof ref.key === 'string' && !isPlaceholder(ref.name) && !isPlaceholder(ref.key)) {
          vars.set(variable.name, { kind: 'secret', secret: ref.name, key: ref.key, path, fromEnvFrom: false });
        } else vars.set(variable.name, { kind: 'unknown', path });
        return;
      }
      if (variable.valueFrom !== undefined) vars.set(variable.name, { kind: 'unknown', path });
      else if (variable.value === undefined || variable.value === null) vars.set(variable.name, { kind: 'literal', value: '', path });
      else if (typeof variable.value === 'string' && isPlaceholder(variable.value)) vars.set(variable.name, { kind: 'unknown', path });
      else vars.set(variable.name, { kind: 'literal', value: String(variable.value), path });
    });
  }
  return { vars, opaque };
}

/** Whether a password variable holds a password: set, empty, or unknown from here. */
function passwordState(value: EnvValue | undefined, fileValue: EnvValue | undefined): 'set' | 'empty' | 'unknown' {
  // `*_FILE` variants (docker-entrypoint.sh file_env L9; Bitnami postgresql-env.sh) read the password from a file.
  if (fileValue !== undefined) return fileValue.kind === 'literal' && fileValue.value === '' ? 'empty' : 'unknown';
  if (value === undefined) return 'empty';
  if (value.kind === 'literal') return value.value === '' ? 'empty' : 'set';
  return 'unknown';
}

/** Env → Credential (a Secret key holding a password) / AuthSetting (trust, empty password). A password value is never kept. */
function readEnv(input: AdapterInput, container: JsonObject, containerPath: string, containerName: string, family: PostgresImageFamily | undefined, namespace: string | undefined, auth: AuthSetting[], credentials: Credential[]): void {
  const { vars, opaque } = containerEnv(input, container, containerPath, namespace);
  const literal = (name: string) => {
    const value = vars.get(name);
    return value?.kind === 'literal' ? value.value : undefined;
  };
  const userOf = (passwordVariable: string) => {
    const [userVariables, fallback] = PASSWORD_USERS[passwordVariable] ?? [['POSTGRES_USER', 'POSTGRESQL_USERNAME'], 'postgres'];
    for (const name of userVariables) if (literal(name)) return literal(name) as string;
    return fallback;
  };
  const setting = (name: string, value: EnvValue, effect: string, extra: Partial<AuthSetting> = {}) => {
    auth.push({ name, path: value.path, container: containerName, effect, ...(value.kind === 'literal' && value.objectIndex !== undefined ? { objectIndex: value.objectIndex } : {}), ...extra });
  };
  const allowEmpty = YES.includes((literal('ALLOW_EMPTY_PASSWORD') ?? '').toLowerCase());
  for (const [name, value] of vars) {
    if (value.kind === 'secret') {
      if (!isPasswordVariable(name)) continue;
      const entry: Credential = { ...credential(userOf(name), value.secret, value.path, false, value.key), ...(value.fromEnvFrom ? { optional: true } : {}) };
      if (allowEmpty && (name === 'POSTGRESQL_PASSWORD' || name === 'POSTGRES_PASSWORD')) {
        entry.blankBehaviour = 'With `ALLOW_EMPTY_PASSWORD=yes` Bitnami then keeps pg_hba.conf on `trust` for every address (postgresql_restrict_pghba switches to md5 only when a password is set)';
      }
      credentials.push(entry);
      continue;
    }
    if (value.kind !== 'literal') continue;
    const lower = value.value.toLowerCase();
    if (/HOST_AUTH_METHOD$/.test(name) && lower === 'trust') {
      // docker-entrypoint.sh L121-135, L263-281 (docker-library/postgres@6edb0a8): `host all all all trust`.
      setting(name, value, 'remove it and set `POSTGRES_PASSWORD` from a Secret. The image then writes `host all all all trust` to pg_hba.conf: no password is needed from any host', { value: 'trust' });
    } else if (name === 'ALLOW_EMPTY_PASSWORD' && YES.includes(lower)) {
      // Bitnami libpostgresql.sh `postgresql_restrict_pghba` rewrites trust→md5 only `if [[ -n "$POSTGRESQL_PASSWORD" ]]`
      // (bitnami/containers@043f89c bitnami/postgresql/17/debian-12), and repmgr's REPMGR_PGHBA_TRUST_ALL=yes skips it
      // (librepmgr.sh repmgr_initialize): with a password set, pg_hba is md5 and this only allows an empty one.
      const password = passwordState(vars.get('POSTGRESQL_PASSWORD') ?? vars.get('POSTGRES_PASSWORD'), vars.get('POSTGRESQL_PASSWORD_FILE') ?? vars.get('POSTGRES_PASSWORD_FILE'));
      const trustAll = YES.includes((literal('REPMGR_PGHBA_TRUST_ALL') ?? '').toLowerCase());
      if (password === 'set' && !trustAll) continue;
      if (password === 'unknown' && !trustAll) continue;
      setting(name, value, 'remove it and set `POSTGRESQL_PASSWORD` from a Secret. With no password Bitnami leaves pg_hba.conf on `trust` for every address, so anyone who reaches the port logs in', { value: lower });
    } else if (isPasswordVariable(name) && value.value === '' && value.objectIndex === undefined) {
      setting(name, value, 'set it from a Secret (`valueFrom.secretKeyRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open', { empty: true });
    } else if (isPasswordVariable(name) && value.value === '') {
      setting(name, value, 'put a password in a Secret instead (`envFrom.secretRef`). An empty password either stops the container at first start or, with trust settings, leaves the database open', { empty: true });
    }
  }
  // Spilo without PGPASSWORD_SUPERUSER runs with the well-known default password `zalando` (configure_spilo.py L538-545).
  if (family === 'spilo' && !vars.has('PGPASSWORD_SUPERUSER') && opaque.length === 0) {
    const env = container.env;
    auth.push({
      name: 'PGPASSWORD_SUPERUSER',
      path: Array.isArray(env) ? pointer(containerPath, 'env') : containerPath,
      container: containerName,
      unset: true,
      effect: 'set it from a Secret. Unset, Spilo gives the superuser the well-known password `zalando` (and `standby`, `cola` to the other system users)',
    });
  }
}
