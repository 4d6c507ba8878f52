// Cluster access for the webhook: the informers its RBAC allows (storageclasses, postgrespolicies, Zalando operator
// configuration) and the one GET it makes (the CNPG Cluster a ScheduledBackup names).
import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  StorageV1Api,
  type V1ConfigMap,
  type V1StorageClass,
  Watch,
  makeInformer,
} from '@kubernetes/client-node';
import type { InformerLike } from './informers.js';
import type { PostgresPolicyObject } from './policy-source.js';

export const POLICY_GROUP = 'pgwarden.io';
export const POLICY_VERSION = 'v1alpha1';
export const POLICY_PLURAL = 'postgrespolicies';

/** `--kubeconfig FILE`, or the pod's service account when none is given. */
export function loadKubeConfig(kubeconfigPath: string | undefined): KubeConfig {
  const kc = new KubeConfig();
  if (kubeconfigPath) kc.loadFromFile(kubeconfigPath);
  else kc.loadFromCluster();
  return kc;
}

export function storageClassInformer(kc: KubeConfig): () => InformerLike<V1StorageClass> {
  const api = kc.makeApiClient(StorageV1Api);
  return () => makeInformer(kc, '/apis/storage.k8s.io/v1/storageclasses', () => api.listStorageClass());
}

export function policyInformer(kc: KubeConfig): () => InformerLike<PostgresPolicyObject & { metadata: { name: string } }> {
  const api = kc.makeApiClient(CustomObjectsApi);
  type PolicyObject = PostgresPolicyObject & { metadata: { name: string } };
  const list = async (): Promise<KubernetesListObject<PolicyObject>> =>
    (await api.listClusterCustomObject({ group: POLICY_GROUP, version: POLICY_VERSION, plural: POLICY_PLURAL })) as KubernetesListObject<PolicyObject>;
  return () => makeInformer<PolicyObject>(kc, `/apis/${POLICY_GROUP}/${POLICY_VERSION}/${POLICY_PLURAL}`, list);
}

export const ZALANDO_CONFIG_GROUP = 'acid.zalan.do';

/** `NAMESPACE/NAME` → parts; throws naming the flag. */
export function namespacedName(value: string, flag: string): { namespace: string; name: string } {
  const match = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-.a-z0-9]*[a-z0-9])?)$/.exec(value);
  if (!match) throw new Error(`--${flag} must be NAMESPACE/NAME, got "${value}"`);
  return { namespace: match[1]!, name: match[3]! };
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as Record<string, unknown>;
  const code = record.code ?? record.statusCode;
  return typeof code === 'number' ? code : undefined;
}

type Named = KubernetesObject & { metadata?: { name?: string; resourceVersion?: string } };

export interface ListWatchOptions<T extends Named> {
  /** Collection path, e.g. `/apis/acid.zalan.do/v1/operatorconfigurations`. */
  path: string;
  /** The list call (generated client), with the same field selector. */
  list: () => Promise<KubernetesListObject<T>>;
  /** `metadata.name=NAME`: watch exactly one object (RBAC can then be limited by resourceNames). */
  fieldSelector?: string;
  /** A 404 on the list (the CRD is not installed) is an empty, healthy cache; the periodic relist looks again. */
  absentIsEmpty?: boolean;
}

/**
 * A list-then-watch cache for the supervisor. client-node's makeInformer cannot take a field selector and treats a
 * missing CRD as a failure; this one does both, re-watches from the last resourceVersion when the apiserver ends a
 * watch normally, and reports any other failure (non-200, 410 Gone) as an error so the supervisor relists.
 */
export class ListWatchInformer<T extends Named> implements InformerLike<T> {
  private readonly items = new Map<string, T>();
  private readonly handlers: Record<string, ((value: never) => void)[]> = {};
  private resourceVersion: string | undefined;
  private controller: AbortController | undefined;
  private stopped = false;

  constructor(
    private readonly kc: KubeConfig,
    private readonly options: ListWatchOptions<T>,
  ) {}

  on(verb: 'add' | 'update' | 'delete', cb: (obj: T) => void): void;
  on(verb: 'error', cb: (err?: unknown) => void): void;
  on(verb: string, cb: (value: never) => void): void {
    const list = this.handlers[verb] ?? [];
    list.push(cb);
    this.handlers[verb] = list;
  }

  private emit(verb: string, value: unknown): void {
    for (const cb of this.handlers[verb] ?? []) (cb as (v: unknown) => void)(value);
  }

  list(): readonly T[] {
    return [...this.items.values()];
  }

  async start(): Promise<void> {
    this.stopped = false;
    let listed: KubernetesListObject<T>;
    try {
      listed = await this.options.list();
    } catch (error) {
      if (this.options.absentIsEmpty && statusOf(error) === 404) return;
      this.emit('error', error);
      return;
    }
    this.resourceVersion = listed.metadata?.resourceVersion;
    for (const item of listed.items ?? []) {
      const name = keyOf(item);
      this.items.set(name, item);
      this.emit('add', item);
    }
    void this.watch();
  }

  private async watch(): Promise<void> {
    if (this.stopped) return;
    const query: Record<string, string | boolean> = { allowWatchBookmarks: true };
    if (this.resourceVersion) query.resourceVersion = this.resourceVersion;
    if (this.options.fieldSelector) query.fieldSelector = this.options.fieldSelector;
    const started = Date.now();
    this.controller = await new Watch(this.kc).watch(
      this.options.path,
      query,
      (type: string, object: T) => {
        if (this.stopped) return;
        if (type === 'ERROR') {
          this.stopped = true;
          this.controller?.abort();
          this.emit('error', Object.assign(new Error(`watch error ${JSON.stringify((object as { code?: unknown }).code ?? '')}`), { statusCode: (object as { code?: unknown }).code }));
          return;
        }
        const rv = object.metadata?.resourceVersion;
        if (rv) this.resourceVersion = rv;
        if (type === 'BOOKMARK') return;
        const name = keyOf(object);
        if (type === 'DELETED') {
          this.items.delete(name);
          this.emit('delete', object);
        } else {
          const known = this.items.has(name);
          this.items.set(name, object);
          this.emit(known ? 'update' : 'add', object);
        }
      },
      (error: unknown) => {
        if (this.stopped) return;
        // A watch the apiserver ends (its timeout) or an idle one the client timed out: carry on from where it was.
        // One that ends at once is a failure, so a broken endpoint gets the supervisor's backoff, not a busy loop.
        const normal = !error || (error instanceof Error && error.name === 'TimeoutError');
        if (normal && Date.now() - started >= 1000) {
          void this.watch();
          return;
        }
        this.stopped = true;
        this.emit('error', error ?? new Error('watch ended at once'));
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
  }
}

function keyOf(object: Named): string {
  const meta = object.metadata as { name?: string; namespace?: string } | undefined;
  return `${meta?.namespace ?? ''}/${meta?.name ?? ''}`;
}

const ZALANDO_CONFIG_PLURAL = 'operatorconfigurations';

/** Zalando OperatorConfigurations: all of them, or exactly one (`--zalando-operator-configuration`). Absent CRD = none. */
export function operatorConfigurationInformer(kc: KubeConfig, only?: { namespace: string; name: string }): () => InformerLike<KubernetesObject> {
  const api = kc.makeApiClient(CustomObjectsApi);
  const base = { group: ZALANDO_CONFIG_GROUP, version: 'v1', plural: ZALANDO_CONFIG_PLURAL };
  return () =>
    new ListWatchInformer<KubernetesObject>(
      kc,
      only
        ? {
            path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/namespaces/${only.namespace}/${ZALANDO_CONFIG_PLURAL}`,
            fieldSelector: `metadata.name=${only.name}`,
            list: async () =>
              (await api.listNamespacedCustomObject({ ...base, namespace: only.namespace, fieldSelector: `metadata.name=${only.name}` })) as KubernetesListObject<KubernetesObject>,
            absentIsEmpty: true,
          }
        : {
            path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/${ZALANDO_CONFIG_PLURAL}`,
            list: async () => (await api.listClusterCustomObject(base)) as KubernetesListObject<KubernetesObject>,
            absentIsEmpty: true,
          },
    );
}

/** Exactly the operator ConfigMap named by `--zalando-operator-configmap`. */
export function configMapInformer(kc: KubeConfig, only: { namespace: string; name: string }): () => InformerLike<V1ConfigMap> {
  const api = kc.makeApiClient(CoreV1Api);
  const fieldSelector = `metadata.name=${only.name}`;
  return () =>
    new ListWatchInformer<V1ConfigMap>(kc, {
      path: `/api/v1/namespaces/${only.namespace}/configmaps`,
      fieldSelector,
      list: () => api.listNamespacedConfigMap({ namespace: only.namespace, fieldSelector }),
    });
}

/** One CNPG Cluster by name: the object, `undefined` when it does not exist (404); throws on any other failure. */
/**
 * GET one custom object a profile names (relatedNeeds: the CNPG Cluster of a ScheduledBackup); `undefined` when it does
 * not exist. RBAC: `get` on exactly the kinds profiles name (deploy/rbac.yaml).
 */
export function customObjectGetter(kc: KubeConfig): ObjectGetter {
  const api = kc.makeApiClient(CustomObjectsApi);
  return async ({ group, version, resource, namespace, name }) => {
    try {
      return await api.getNamespacedCustomObject({ group, version, plural: resource, namespace, name });
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
}

export type ObjectGetter = (at: { group: string; version: string; resource: string; namespace: string; name: string }) => Promise<unknown>;
