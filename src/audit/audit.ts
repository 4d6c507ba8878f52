// The whole-cluster audit: read every Postgres object in scope with the context the engine needs (StorageClasses,
// the Zalando operator's configuration, the CNPG ScheduledBackups, whether referenced Secrets are empty), judge each
// namespace's objects together with the same engine the webhook and the linter use, and keep the findings.
import { CoreV1Api, CustomObjectsApi, type KubeConfig, StorageV1Api } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { evaluate, type Finding, type InputObject, type Policy, type PolicySet, parsePolicy, policyFor, type ResourceRef } from '../policies/index.js';
import { CNPG_SCHEDULED_BACKUPS, type ListedKind, POSTGRES_KINDS, withTypeMeta, ZALANDO_OPERATOR_CONFIGURATIONS } from './kinds.js';
import { emptinessOnly, referencedSecrets } from './secrets.js';

type KObject = Record<string, unknown> & { metadata?: { name?: string; namespace?: string; uid?: string; managedFields?: unknown } };

/** What the audit reads from a cluster (a fake in unit tests; `clusterApi` for a real one). */
export interface ClusterApi {
  /** Every object of the kind (in one namespace, or all); `undefined` when the kind is not served (CRD absent). */
  list(kind: ListedKind, namespace?: string): Promise<KObject[] | undefined>;
  storageClasses(): Promise<string[]>;
  /** One Secret, or undefined when it does not exist. Throws (403) without read access. */
  secret(namespace: string, name: string): Promise<unknown>;
  /** PostgresPolicy resources; `undefined` when the CRD is not installed. */
  policies(): Promise<KObject[] | undefined>;
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function clusterApi(kc: KubeConfig): ClusterApi {
  const custom = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const storage = kc.makeApiClient(StorageV1Api);
  const absentAs404 = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
  return {
    async list(kind, namespace) {
      const base = { group: kind.group, version: kind.version, plural: kind.plural };
      const listed = (await absentAs404(() => (namespace ? custom.listNamespacedCustomObject({ ...base, namespace }) : custom.listClusterCustomObject(base)))) as
        | { items?: KObject[] }
        | undefined;
      return listed ? (listed.items ?? []).map((item) => withTypeMeta(item, kind)) : undefined;
    },
    async storageClasses() {
      const list = await storage.listStorageClass();
      return list.items.map((sc) => sc.metadata?.name).filter((n): n is string => typeof n === 'string');
    },
    async secret(namespace, name) {
      return absentAs404(() => core.readNamespacedSecret({ namespace, name }));
    },
    async policies() {
      const listed = (await absentAs404(() => custom.listClusterCustomObject({ group: 'pgwarden.io', version: 'v1alpha1', plural: 'postgrespolicies' }))) as { items?: KObject[] } | undefined;
      return listed?.items;
    },
  };
}

export interface AuditOptions {
  /** One namespace; undefined = all namespaces. */
  namespace?: string;
  /** A policy given by the caller (`--policy FILE`, the webhook's policy in force); default: the cluster's PostgresPolicies. */
  policy?: { set: PolicySet | undefined; source: string };
  /** Read the Secrets the workloads reference (their emptiness). Default true; false when the caller may not. */
  secrets?: boolean;
  /** How many Secrets are read at most (a cluster can reference thousands). Default 500. */
  maxSecrets?: number;
}

export interface AuditedFinding extends Finding {
  /** The object the finding is about, as listed (uid included, for PolicyReport resources). */
  subject: ResourceRef & { uid?: string };
  /** The policy that judged it. */
  policy: Policy;
}

export interface AuditResult {
  /** The objects judged (clusters, ScheduledBackups, Secrets), by namespace. */
  objects: { namespace: string; resource: ResourceRef & { uid?: string }; policy: Policy; postgres: boolean; object: unknown }[];
  findings: AuditedFinding[];
  /** What could not be read or decided, one line each (never a value). */
  notes: string[];
  /** Where the policy came from: a file, `PostgresPolicy/<name>,…`, or `recommended`. */
  policySource: string;
  storageClasses: string[];
  namespaces: string[];
}

function metaOf(object: KObject): { name: string; namespace: string; uid?: string } {
  const meta = object.metadata ?? {};
  return { name: String(meta.name ?? ''), namespace: String(meta.namespace ?? ''), ...(typeof meta.uid === 'string' ? { uid: meta.uid } : {}) };
}

function slim(object: KObject): KObject {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}

/** The cluster's PostgresPolicies, in name order, each validated alone (an invalid one is a note and skipped). */
async function clusterPolicy(api: ClusterApi, notes: string[]): Promise<{ set: PolicySet | undefined; source: string }> {
  const objects = ((await api.policies()) ?? []).slice().sort((a, b) => (metaOf(a).name < metaOf(b).name ? -1 : 1));
  const policies: Policy[] = [];
  const names: string[] = [];
  for (const object of objects) {
    const name = metaOf(object).name;
    try {
      policies.push(...parsePolicy(stringify({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name }, spec: object.spec ?? {} }), `PostgresPolicy/${name}`).policies);
      names.push(`PostgresPolicy/${name}`);
    } catch (error) {
      notes.push(`PostgresPolicy ${name} is invalid and was skipped: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return policies.length > 0 ? { set: { policies }, source: names.join(', ') } : { set: undefined, source: 'recommended (no PostgresPolicy in the cluster)' };
}

/** Reads the cluster and judges every Postgres object in scope. Throws only when the cluster cannot be read at all. */
export async function auditCluster(api: ClusterApi, options: AuditOptions = {}): Promise<AuditResult> {
  const notes: string[] = [];
  const policy = options.policy ?? (await clusterPolicy(api, notes));
  const [storageClasses, configurations, backups, ...workloadLists] = await Promise.all([
    api.storageClasses().catch((error: unknown) => {
      notes.push(`StorageClasses could not be listed (${statusOf(error) ?? (error as Error).message}): storage classes were judged by the policy's list only`);
      return undefined;
    }),
    api.list(ZALANDO_OPERATOR_CONFIGURATIONS).catch(() => undefined),
    api.list(CNPG_SCHEDULED_BACKUPS, options.namespace),
    ...POSTGRES_KINDS.map((kind) => api.list(kind, options.namespace)),
  ]);
  // List items of built-in kinds carry no apiVersion/kind: set them, or the adapters would not know a StatefulSet.
  const workloads = workloadLists.flatMap((list, i) => (list ?? []).map((item) => slim(withTypeMeta(item, POSTGRES_KINDS[i]!))));
  // The Zalando operator reads one configuration; with several and none named, the operator defaults apply (as in the webhook).
  let zalandoConfig: KObject[] = [];
  if (configurations && configurations.length === 1) zalandoConfig = configurations.map(slim);
  else if (configurations && configurations.length > 1 && workloads.some((w) => w.kind === 'postgresql')) {
    notes.push(`${configurations.length} Zalando OperatorConfigurations exist: postgresqls were judged with the operator defaults`);
  }

  // The Secrets the workloads reference, reduced to emptiness as they are read.
  const secrets: KObject[] = [];
  if (options.secrets !== false) {
    const refs = [...referencedSecrets(workloads.map((object) => ({ object }))).values()].flat();
    const unique = [...new Map(refs.map((r) => [`${r.namespace}/${r.name}`, r])).values()];
    const max = options.maxSecrets ?? 500;
    if (unique.length > max) notes.push(`${unique.length} Secrets are referenced; only the first ${max} were checked for empty passwords`);
    let forbidden = false;
    for (const ref of unique.slice(0, max)) {
      if (forbidden) break;
      try {
        const secret = emptinessOnly(await api.secret(ref.namespace, ref.name));
        if (secret) secrets.push(secret as KObject);
      } catch (error) {
        if (statusOf(error) === 403) {
          forbidden = true;
          notes.push('Secrets cannot be read with these credentials (403): empty passwords were not checked');
        } else notes.push(`Secret ${ref.namespace}/${ref.name} could not be read (${statusOf(error) ?? (error as Error).message}): its passwords were not checked`);
      }
    }
  }

  // One evaluation per namespace, as a GitOps app would hold it: a cluster with its ScheduledBackups and Secrets.
  const byNamespace = new Map<string, KObject[]>();
  for (const object of [...workloads, ...(backups ?? []), ...secrets]) {
    const ns = metaOf(object).namespace;
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), object]);
  }
  const result: AuditResult = { objects: [], findings: [], notes, policySource: policy.source, storageClasses: storageClasses ?? [], namespaces: [] };
  for (const namespace of [...byNamespace.keys()].sort()) {
    const own = byNamespace.get(namespace)!;
    const inputs: InputObject[] = [...own, ...zalandoConfig].map((object) => ({ object }));
    // Objects read from the apiserver were pruned and validated against the live CRDs when they were stored.
    const findings = evaluate(inputs, { schemaAppliedByApiserver: true, ...(policy.set ? { policy: policy.set } : {}), ...(storageClasses ? { clusterStorageClasses: storageClasses } : {}) });
    const subjects = own.map((object, index) => {
      const meta = metaOf(object);
      const resource = { apiVersion: String(object.apiVersion), kind: String(object.kind), name: meta.name, namespace, ...(meta.uid ? { uid: meta.uid } : {}) };
      return { resource, policy: policyFor(inputs[index]!, policy.set), object };
    });
    const postgresIndexes = new Set(referencedSecrets(inputs.slice(0, own.length)).keys());
    subjects.forEach((s, index) => {
      // A StatefulSet that is not Postgres is not the audit's business.
      if (s.resource.kind === 'StatefulSet' && !postgresIndexes.has(index) && !findings.some((f) => f.objectIndex === index)) return;
      result.objects.push({ namespace, resource: s.resource, policy: s.policy, postgres: s.resource.kind !== 'Secret' && s.resource.kind !== CNPG_SCHEDULED_BACKUPS.kind, object: s.object });
    });
    for (const finding of findings) {
      // Findings about the shared operator configuration belong to no namespace's objects.
      const subject = subjects[finding.objectIndex];
      if (!subject) continue;
      result.findings.push({ ...finding, subject: subject.resource, policy: subject.policy });
    }
  }
  // A namespace whose only StatefulSets are not Postgres holds nothing pgwarden judges.
  result.namespaces = [...new Set(result.objects.map((o) => o.namespace))].sort();
  return result;
}
