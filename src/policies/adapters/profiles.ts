// What each operator's profile tells a door that sees one object at a time (the admission webhook, audit): which
// related objects the engine needs to judge an object as the operator reads it, and what a `/scale` request means
// for the operator's kinds. The door fetches what is named and hands it to evaluate(); it never needs to know an
// operator's field names or naming rules, and rules stay unaware of the operator.
import { isPlaceholder } from '../placeholders.js';
import { dig, isObject, type JsonObject } from './common.js';
import { buildModel } from './index.js';

/** An object the engine needs beside the request's, named by API coordinates. */
export interface RelatedObjectNeed {
  need: 'object';
  /** A stable name for logs and metrics (`cnpg-cluster`). */
  id: string;
  group: string;
  version: string;
  kind: string;
  /** The REST resource (plural). */
  resource: string;
  namespace: string;
  name: string;
  /** For notes and logs: what the object is to the request's, in the operator's terms. */
  role: string;
  /** What of the request is judged when the object cannot be read (`the schedule`). */
  judgedAlone: string;
  /**
   * When the object cannot be read (not created yet, or the read failed): the object as the operator would read it
   * from what the request itself says, so what the request decides is still judged. Findings about it never count.
   */
  whenAbsent?: () => JsonObject;
  /** Findings about this object are the request's own (a blank password in a Secret the workload reads). */
  counts?: boolean;
}

/** The operator's own configuration (one per cluster, chosen by how the operator was started). */
export interface OperatorConfigurationNeed {
  need: 'operator-configuration';
  operator: 'zalando';
  role: string;
}

/** The workloads that read their passwords from this Secret (a Secret arrives alone). */
export interface SecretUsersNeed {
  need: 'secret-users';
  namespace: string;
  name: string;
  role: string;
}

export type RelatedNeed = RelatedObjectNeed | OperatorConfigurationNeed | SecretUsersNeed;

/** What a `/scale` request on a resource changes: which object, and where its replica count lives. */
export interface ScaleSubject {
  group: string;
  version: string;
  kind: string;
  resource: string;
  /** JSON pointer of the count the Scale's `spec.replicas` sets (the scale subresource's `specReplicasPath`). */
  replicasPath: string;
  /**
   * The object as the scale leaves it: `stored` (the object as it is in the cluster, when the door has it) with the
   * count written at replicasPath; without it, the object of this kind the operator would read from the count alone.
   */
  scaled(stored: unknown, name: string, namespace: string | undefined, replicas: number): JsonObject;
}

interface OperatorProfile {
  operator: string;
  relatedNeeds?(object: JsonObject, namespace: string | undefined): RelatedNeed[];
  scale?: ScaleSubject[];
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;

function apiGroupOf(object: JsonObject): string {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

/** `stored` with `count` at `path` (a copy; the stored object is never changed), or `bare` when there is none. */
function withCount(stored: unknown, path: readonly string[], count: number, bare: () => JsonObject): JsonObject {
  if (!isObject(stored)) return bare();
  const copy: JsonObject = { ...stored };
  let at = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = at[key];
    at[key] = isObject(next) ? { ...next } : {};
    at = at[key] as JsonObject;
  }
  at[path[path.length - 1]!] = count;
  return copy;
}

// CloudNativePG (cloudnative-pg v1.30.0).
const cnpg: OperatorProfile = {
  operator: 'CloudNativePG',
  relatedNeeds(object, namespace) {
    // A ScheduledBackup backs up the Cluster `spec.cluster.name` in its own namespace (api/v1/scheduledbackup_types.go:
    // `Cluster LocalObjectReference`); its schedule is judged as part of that Cluster.
    if (object.kind !== 'ScheduledBackup' || apiGroupOf(object) !== 'postgresql.cnpg.io') return [];
    const name = dig(object, 'spec', 'cluster', 'name');
    // A missing or malformed name is the engine's to report; a placeholder names nothing that can be read.
    if (typeof name !== 'string' || !namespace || isPlaceholder(name) || !DNS_SUBDOMAIN.test(name)) return [];
    return [
      {
        need: 'object',
        id: 'cnpg-cluster',
        group: 'postgresql.cnpg.io',
        version: 'v1',
        kind: 'Cluster',
        resource: 'clusters',
        namespace,
        name,
        role: 'the CNPG Cluster of a ScheduledBackup',
        judgedAlone: 'the schedule',
        // Without the Cluster the schedule is still CNPG's to read: a Cluster of that name with CNPG's defaults.
        whenAbsent: () => ({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name, namespace }, spec: { instances: 1, storage: { size: '1Gi' } } }),
      },
    ];
  },
  scale: [
    {
      // config/crd/bases/postgresql.cnpg.io_clusters.yaml: `subresources.scale.specReplicasPath: .spec.instances`.
      group: 'postgresql.cnpg.io',
      version: 'v1',
      kind: 'Cluster',
      resource: 'clusters',
      replicasPath: '/spec/instances',
      scaled: (stored, name, namespace, replicas) =>
        withCount(stored, ['spec', 'instances'], replicas, () => ({
          apiVersion: 'postgresql.cnpg.io/v1',
          kind: 'Cluster',
          metadata: { name, ...(namespace ? { namespace } : {}) },
          spec: { instances: replicas, storage: { size: '1Gi' } },
        })),
    },
  ],
};

// Zalando postgres-operator (v2.0.1).
const zalando: OperatorProfile = {
  operator: 'Zalando',
  relatedNeeds(object) {
    // Cluster-wide settings such as pod anti-affinity come from the one configuration the operator was started with
    // (pkg/controller/controller.go initOperatorConfig: CONFIG_MAP_NAME or POSTGRES_OPERATOR_CONFIGURATION_OBJECT).
    if (object.kind !== 'postgresql' || apiGroupOf(object) !== 'acid.zalan.do') return [];
    return [{ need: 'operator-configuration', operator: 'zalando', role: 'the operator configuration' }];
  },
};

// Workloads of every flavour read their passwords from Secrets: a Secret's users are found by the Secrets each
// workload's adapter says it reads (its credentials), whatever the operator.
const kubernetes: OperatorProfile = {
  operator: 'Kubernetes',
  relatedNeeds(object, namespace) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return [];
    const name = dig(object, 'metadata', 'name');
    if (typeof name !== 'string' || name === '' || !namespace) return [];
    return [{ need: 'secret-users', namespace, name, role: 'the workloads that read it' }];
  },
  scale: [
    {
      // A StatefulSet's Scale sets spec.replicas (apps/v1 scale subresource).
      group: 'apps',
      version: 'v1',
      kind: 'StatefulSet',
      resource: 'statefulsets',
      replicasPath: '/spec/replicas',
      // Without the stored object only the count is known. deploy/webhooks.yaml sends StatefulSet scales only from
      // namespaces labelled to declare their StatefulSets Postgres; the image says so to the StatefulSet adapter.
      scaled: (stored, name, namespace, replicas) =>
        withCount(stored, ['spec', 'replicas'], replicas, () => ({
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name, ...(namespace ? { namespace } : {}) },
          spec: { replicas, template: { spec: { containers: [{ name: 'postgres', image: 'postgres' }] } } },
        })),
    },
  ],
};

// PGO v4 and v5 need nothing beside their cluster object at admission (their Secrets are found as every workload's
// are), and their CRDs define no scale subresource.
const profiles: readonly OperatorProfile[] = [cnpg, zalando, kubernetes];

/** At most this many Secrets are named for one workload (a StatefulSet can reference many). */
const MAX_SECRETS = 16;

/**
 * The Secrets a Postgres workload reads its passwords from, as its adapter says (the cluster's credentials: PGO v5
 * `<cluster>-pguser-<user>`, Zalando `<user>.<cluster>.credentials…`, CNPG `<cluster>-app` or the named ones, a
 * StatefulSet's `secretKeyRef`s and `envFrom`), in the workload's namespace.
 */
function secretsRead(object: JsonObject, namespace: string | undefined): RelatedObjectNeed[] {
  if (!namespace) return [];
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const placed = metadata.namespace === namespace ? object : { ...object, metadata: { ...metadata, namespace } };
  const names = new Set<string>();
  for (const cluster of buildModel([{ object: placed }]).clusters) for (const credential of cluster.credentials) names.add(credential.secretName);
  return [...names].slice(0, MAX_SECRETS).map((name) => ({
    need: 'object',
    id: 'referenced-secrets',
    group: '',
    version: 'v1',
    kind: 'Secret',
    resource: 'secrets',
    namespace,
    name,
    role: 'a Secret it reads a password from',
    judgedAlone: 'the workload',
    counts: true,
  }));
}

/**
 * The related objects the engine needs to judge `object` as its operator reads it (empty for most objects).
 * `secrets`: also the Secrets a workload reads (only a door allowed to read Secrets asks: `serve --read-secrets`).
 */
export function relatedNeeds(object: unknown, namespace?: string, options: { secrets?: boolean } = {}): RelatedNeed[] {
  if (!isObject(object)) return [];
  const metadataNamespace = dig(object, 'metadata', 'namespace');
  const ns = typeof metadataNamespace === 'string' && metadataNamespace !== '' ? metadataNamespace : namespace;
  const needs: RelatedNeed[] = [];
  for (const profile of profiles) if (profile.relatedNeeds) needs.push(...profile.relatedNeeds(object, ns));
  if (options.secrets) needs.push(...secretsRead(object, ns));
  return needs;
}

const scaleSubjects = new Map(profiles.flatMap((profile) => (profile.scale ?? []).map((subject) => [`${subject.group}/${subject.resource}`, subject] as const)));

/** What a `/scale` request on `group`/`resource` changes, or undefined when no operator's kind is scaled there. */
export function scaleSubject(group: string, resource: string): ScaleSubject | undefined {
  return scaleSubjects.get(`${group}/${resource}`);
}
