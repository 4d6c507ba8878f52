// Lone Secrets judged with their users. An admission request for a Secret carries only the Secret, and whether its
// blank password is a mistake, a deliberate PGO v5 reset, or nobody's business depends on the cluster that reads it.
// This keeps list/watch caches of the Postgres workloads (StatefulSets and the operators' cluster objects, the kinds
// in src/audit/kinds.ts) and indexes them by the Secrets they reference — the engine's adapters say which
// (buildModel credentials: PGO v5 `<cluster>-pguser-<user>`, Zalando `<user>.<cluster>.credentials…`, CNPG
// `<cluster>-app`/`-superuser` or the named ones, a StatefulSet's secretKeyRefs). No permission to read Secrets is
// needed: only the workloads are watched, the Secret comes with the request.
import type { KubeConfig, KubernetesListObject, KubernetesObject } from '@kubernetes/client-node';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { collectionPath, emptinessOnly, type ListedKind, POSTGRES_KINDS, referencedSecrets, withTypeMeta } from '../audit/index.js';
import { ListWatchInformer } from './cluster.js';
import { SupervisedInformer, type SupervisorOptions } from './informers.js';
import type { WebhookMetrics } from './metrics.js';

type Workload = KubernetesObject & { metadata?: { name?: string; namespace?: string; resourceVersion?: string; managedFields?: unknown } };

interface Entry {
  resourceVersion: string | undefined;
  object: Workload;
  /** `namespace/secret` keys this workload reads passwords from. */
  secrets: string[];
}

const key = (namespace: string, name: string) => `${namespace}/${name}`;

/** The object without managedFields (large, and never read by the engine). */
function slim(object: Workload): Workload {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}

export class SecretUsers {
  /** group/plural → (namespace/name → entry) */
  private readonly byKind = new Map<string, Map<string, Entry>>();
  /** namespace/secret → the workloads that reference it */
  private index = new Map<string, Workload[]>();

  /**
   * Replaces what is known about one kind with this full list (an informer's cache after a change). Items of a list
   * response carry no apiVersion/kind (watch events do): they are set from the kind, or the adapters would not know
   * a StatefulSet after a relist.
   */
  update(kind: ListedKind, listed: readonly Workload[]): void {
    const objects = listed.map((object) => withTypeMeta(object, kind));
    const previous = this.byKind.get(`${kind.group}/${kind.plural}`) ?? new Map<string, Entry>();
    const next = new Map<string, Entry>();
    const changed: Workload[] = [];
    for (const object of objects) {
      const id = key(object.metadata?.namespace ?? '', object.metadata?.name ?? '');
      const known = previous.get(id);
      // Only objects whose resourceVersion moved are read again by the adapters: a relist costs a map lookup each.
      if (known && known.resourceVersion !== undefined && known.resourceVersion === object.metadata?.resourceVersion) next.set(id, known);
      else changed.push(object);
    }
    const refs = referencedSecrets(changed.map((object) => ({ object })));
    changed.forEach((object, i) => {
      const secrets = (refs.get(i) ?? []).map((r) => key(r.namespace, r.name));
      // Workloads that reference no Secret (a StatefulSet that is not Postgres) are not kept.
      if (secrets.length === 0) return;
      next.set(key(object.metadata?.namespace ?? '', object.metadata?.name ?? ''), { resourceVersion: object.metadata?.resourceVersion, object: slim(object), secrets });
    });
    this.byKind.set(`${kind.group}/${kind.plural}`, next);
    this.rebuild();
  }

  private rebuild(): void {
    const index = new Map<string, Workload[]>();
    for (const entries of this.byKind.values()) {
      for (const entry of entries.values()) {
        for (const secret of entry.secrets) {
          const list = index.get(secret) ?? [];
          list.push(entry.object);
          index.set(secret, list);
        }
      }
    }
    this.index = index;
  }

  /** The workloads that read their passwords from this Secret (empty when none is known). */
  usersOf(namespace: string, name: string): readonly unknown[] {
    return this.index.get(key(namespace, name)) ?? [];
  }

  /** One cached workload by resource (`/scale` judges the stored object with its new count); undefined when not cached. */
  find(group: string, resource: string, namespace: string, name: string): unknown {
    return this.byKind.get(`${group}/${resource}`)?.get(key(namespace, name))?.object;
  }

  /** How many workloads are indexed (for the log). */
  size(): number {
    let n = 0;
    for (const entries of this.byKind.values()) n += entries.size;
    return n;
  }
}

/** A list/watch of one kind in all namespaces; a CRD that is not installed is an empty cache (the relist looks again). */
function workloadInformer(kc: KubeConfig, kind: ListedKind): () => ListWatchInformer<Workload> {
  const api = kc.makeApiClient(CustomObjectsApi);
  return () =>
    new ListWatchInformer<Workload>(kc, {
      path: collectionPath(kind),
      list: async () => (await api.listClusterCustomObject({ group: kind.group, version: kind.version, plural: kind.plural })) as KubernetesListObject<Workload>,
      // A 404 is an operator whose CRD is not installed (an empty cache, relisted every 5 minutes).
      absentIsEmpty: true,
    });
}

/** One supervised informer per Postgres kind, feeding `users`. RBAC: list/watch on exactly these kinds (deploy/rbac.yaml). */
export function secretUserInformers(
  kc: KubeConfig,
  users: SecretUsers,
  log: Logger,
  metrics: WebhookMetrics | undefined,
  timing: Pick<SupervisorOptions<unknown>, 'minBackoffMs' | 'maxBackoffMs' | 'resyncMs' | 'startTimeoutMs'>,
): SupervisedInformer<Workload>[] {
  return POSTGRES_KINDS.map(
    (kind) =>
      new SupervisedInformer<Workload>({
        name: `secret-users-${kind.plural}`,
        create: workloadInformer(kc, kind),
        onChange: (objects) => users.update(kind, objects),
        log,
        ...(metrics ? { metrics } : {}),
        ...timing,
      }),
  );
}

/**
 * `--read-secrets`: GET one Secret and keep only the emptiness of its keys (the value never leaves this function);
 * `undefined` when it does not exist. Needs `get` on secrets (docs/webhook.md, "A workload after its Secret").
 */
export function secretGetter(kc: KubeConfig): (namespace: string, name: string) => Promise<unknown> {
  const api = kc.makeApiClient(CoreV1Api);
  return async (namespace, name) => {
    try {
      return emptinessOnly(await api.readNamespacedSecret({ namespace, name }));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 404) return undefined;
      throw error;
    }
  };
}
