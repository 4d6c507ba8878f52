// Cluster access for the webhook: the two informers its RBAC allows (storageclasses, postgrespolicies).
import { CustomObjectsApi, KubeConfig, type KubernetesListObject, StorageV1Api, type V1StorageClass, makeInformer } from '@kubernetes/client-node';
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
