// Plain `apps/v1` StatefulSet running a Postgres image. See ../shared/domain/statefulset.md.
import type { AuthSetting, Credential, ImageUse, OperatorSyntax, PostgresCluster, Volume } from '../model.js';
import { type PostgresImageFamily, postgresImageFacts } from '../images.js';
import type { Pointer } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import {
  addPreferredAntiAffinityPatch,
  antiAffinityTerms,
  dig,
  escapeToken,
  field,
  isObject,
  isPasswordVariable,
  type JsonObject,
  nearestOf,
  type ObjectReader,
  ownField,
  type PodLabels,
  pointer,
  stringRecord,
  summariseSpreading,
  topologySpreadTerms,
} from './common.js';
import { type AdapterInput, credential, imageUse, isKind, metadataLabels, readerFor } from './context.js';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
const BETA_STORAGE_CLASS_TOKEN = escapeToken(BETA_STORAGE_CLASS);
const POD_PATH = '/spec/template/spec';

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

/** The pod template's spec: where the containers, affinity and volumes are read from. */
function podSpecOf(object: JsonObject): unknown {
  return field(field(object.spec, 'template'), 'spec');
}

/** The family of the first container running a Postgres server, or undefined (not a Postgres StatefulSet). */
export function postgresContainer(object: JsonObject | undefined): { index: number; family: PostgresImageFamily } | undefined {
  if (!isKind(object, 'apps', 'StatefulSet')) return undefined;
  const containers = field(podSpecOf(object), 'containers');
  if (!Array.isArray(containers)) return undefined;
  for (let index = 0; index < containers.length; index++) {
    const image = field(containers[index], 'image');
    if (typeof image !== 'string') continue;
    const family = postgresImageFacts(image)?.family;
    if (family) return { index, family };
  }
  return undefined;
}

/** Pod labels a StatefulSet's controller sets per pod (name, ordinal, revision): a selector on them spreads the pods. */
const DYNAMIC_POD_LABELS: ReadonlySet<string> = new Set(['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'controller-revision-hash']);
const REPLICAS = { defaultValue: 1, min: 0 } as const;

// Fields are read from the block that holds them (the pod template's spec, a container, a claim template) with
// pointers built from that block's, as in pgo-v5.ts.
export function statefulSetCluster(input: AdapterInput, index: number): PostgresCluster | undefined {
  const reader = readerFor(input, index);
  const main = postgresContainer(reader?.object);
  if (!reader || !main) return undefined;
  const object = reader.object;
  const name = reader.resource.name;
  const specValue = object.spec;
  const inSpec = nearestOf(specValue, '/spec', '');
  const podSpec = podSpecOf(object);

  const replicas = reader.integerValue(field(specValue, 'replicas'), '/spec/replicas', inSpec, REPLICAS);
  const podLabelsFixed = stringRecord(field(field(field(specValue, 'template'), 'metadata'), 'labels'));
  const pods: PodLabels = { fixed: podLabelsFixed, dynamic: DYNAMIC_POD_LABELS };
  const affinity = field(podSpec, 'affinity');
  const affinityPath = `${POD_PATH}/affinity`;
  const terms = antiAffinityTerms(affinity, affinityPath, pods);
  for (const term of topologySpreadTerms(field(podSpec, 'topologySpreadConstraints'), `${POD_PATH}/topologySpreadConstraints`, pods)) terms.push(term);
  const spreading = summariseSpreading(terms);
  const hasOwnAntiAffinity = terms.some((term) => term.source === 'podAntiAffinity' && (term.selectsOwnPods || term.unknown));
  // The fix selects the pods by the StatefulSet's own selector (always a subset of the template labels).
  const selector = field(field(specValue, 'selector'), 'matchLabels');
  if (!hasOwnAntiAffinity && isObject(selector) && Object.keys(selector).length > 0 && !Object.values(selector).some(isPlaceholder) && isObject(podSpec)) {
    const patch = addPreferredAntiAffinityPatch(affinity, affinityPath, stringRecord(selector), 100);
    if (patch) spreading.addSoftAntiAffinity = patch;
  }

  // postgresContainer found the main container's image there: the list and the container exist.
  const mainContainer = (field(podSpec, 'containers') as JsonObject[])[main.index]!;
  const mainPath = `${POD_PATH}/containers/${main.index}`;
  const volumes = claimVolumes(reader, specValue, inSpec, podSpec, mainContainer);
  pgdataMoved(reader, mainContainer, mainPath, main.family);

  const images: ImageUse[] = [];
  const authSettings: AuthSetting[] = [];
  const credentials: Credential[] = [];
  for (const [listKey, defaultRole] of [
    ['containers', 'sidecar'],
    ['initContainers', 'init'],
  ] as const) {
    const list = field(podSpec, listKey);
    if (!Array.isArray(list)) continue;
    list.forEach((container, c) => {
      if (!isObject(container)) return;
      const containerName = typeof container.name === 'string' ? container.name : `${listKey}[${c}]`;
      const containerPath = `${POD_PATH}/${listKey}/${c}`;
      const imagePath = `${containerPath}/image`;
      const isMain = listKey === 'containers' && c === main.index;
      const role = isMain ? 'postgres' : listKey === 'containers' && /exporter|metrics/.test(containerName) ? 'exporter' : defaultRole;
      images.push(imageUse(role, containerName, reader.stringValue(container.image, imagePath, containerPath), (ref) => [{ op: 'add', path: imagePath, value: ref }], `the \`${containerName}\` container's \`image\``));
      if (listKey === 'containers') readEnv(input, container, containerPath, containerName, isMain ? main.family : undefined, reader.resource.namespace, authSettings, credentials);
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
    instanceSets: [{ name, replicas, path: inSpec, spreading }],
    totalInstances: { ...replicas },
    volumes,
    images,
    backups: { configured: { value: false, path: inSpec, defaulted: true }, schedules: [], retention: [] },
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
function pgdataMoved(reader: ObjectReader, container: JsonObject, containerPath: Pointer, family: PostgresImageFamily): void {
  if (family !== 'official' && family !== 'postgis') return;
  const image = container.image;
  const major = typeof image === 'string' ? postgresImageFacts(image)?.major : undefined;
  if (major === undefined || major < 18) return;
  const env = container.env;
  const pgdata = Array.isArray(env) ? env.find((variable) => dig(variable, 'name') === 'PGDATA') : undefined;
  if (pgdata !== undefined && dig(pgdata, 'value') !== `/var/lib/postgresql/${major}/docker`) return;
  const mounts = container.volumeMounts;
  if (!Array.isArray(mounts)) return;
  mounts.forEach((mount, m) => {
    const path = dig(mount, 'mountPath');
    if (typeof path !== 'string' || path.replace(/\/+$/, '') !== '/var/lib/postgresql/data') return;
    reader.problem(
      `${containerPath}/volumeMounts/${m}/mountPath`,
      `the official postgres:${major} image exits at start when /var/lib/postgresql/data is a mount point (its data moved to /var/lib/postgresql/${major}/docker): mount the volume at \`/var/lib/postgresql\` instead, or set PGDATA to a directory inside the mount.`,
    );
  });
}

/** volumeClaimTemplates (class field or the legacy beta annotation); none ⇒ data on an emptyDir/container FS. */
function claimVolumes(reader: ObjectReader, specValue: unknown, inSpec: Pointer, podSpec: unknown, mainContainer: JsonObject): Volume[] {
  const mounts = mainContainer.volumeMounts;
  const mounted = new Set(Array.isArray(mounts) ? mounts.map((mount) => dig(mount, 'name')).filter((n): n is string => typeof n === 'string') : []);
  const templates = reader.listValue(field(specValue, 'volumeClaimTemplates'), '/spec/volumeClaimTemplates');
  const volumes: Volume[] = [];
  (templates ?? []).forEach((template, t) => {
    if (!isObject(template)) return;
    const templatePath = `/spec/volumeClaimTemplates/${t}`;
    const metadata = template.metadata;
    const claimName = typeof field(metadata, 'name') === 'string' ? String(field(metadata, 'name')) : `claim ${t}`;
    const claim = template.spec;
    const claimPath = `${templatePath}/spec`;
    const inClaim = nearestOf(claim, claimPath, templatePath);
    const classField = reader.stringValue(field(claim, 'storageClassName'), `${claimPath}/storageClassName`, inClaim);
    const annotations = field(metadata, 'annotations');
    const annotationsPath = `${templatePath}/metadata/annotations`;
    const inAnnotations = nearestOf(annotations, annotationsPath, nearestOf(metadata, `${templatePath}/metadata`, templatePath));
    const annotation = reader.stringValue(ownField(annotations, BETA_STORAGE_CLASS), `${annotationsPath}/${BETA_STORAGE_CLASS_TOKEN}`, inAnnotations);
    const storageClass = classField.value !== undefined || classField.unknown ? classField : annotation.value !== undefined || annotation.unknown ? annotation : { value: undefined, path: inClaim };
    const resources = field(claim, 'resources');
    const requests = field(resources, 'requests');
    const inRequests = nearestOf(requests, `${claimPath}/resources/requests`, nearestOf(resources, `${claimPath}/resources`, inClaim));
    const volume: Volume = {
      role: mounted.size === 0 || mounted.has(claimName) ? 'data' : 'other',
      owner: claimName,
      storageClass,
      persistent: { value: true, path: templatePath },
      size: reader.stringValue(field(requests, 'storage'), `${claimPath}/resources/requests/storage`, inRequests),
    };
    if (isObject(claim)) {
      const onAnnotation = annotation.value !== undefined && classField.value === undefined;
      volume.setStorageClass = (className) => [
        onAnnotation
          ? { op: 'add', path: `${annotationsPath}/${BETA_STORAGE_CLASS_TOKEN}`, value: className }
          : { op: 'add', path: `${claimPath}/storageClassName`, value: className },
      ];
    }
    volumes.push(volume);
  });
  if (volumes.length === 0) {
    // Data survives only on a mounted PVC volume from spec.template.spec.volumes.
    const podVolumes = field(podSpec, 'volumes');
    const pvc = Array.isArray(podVolumes) && podVolumes.some((volume) => mounted.has(String(dig(volume, 'name'))) && dig(volume, 'persistentVolumeClaim') !== undefined);
    volumes.push({ role: 'data', owner: reader.resource.name, storageClass: { value: undefined, path: inSpec, unknown: pvc }, persistent: { value: pvc, path: inSpec } });
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
      const path = `${containerPath}/envFrom/${f}`;
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
      const path = `${containerPath}/env/${e}`;
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
      path: Array.isArray(env) ? `${containerPath}/env` : containerPath,
      container: containerName,
      unset: true,
      effect: 'set it from a Secret. Unset, Spilo gives the superuser the well-known password `zalando` (and `standby`, `cola` to the other system users)',
    });
  }
}
