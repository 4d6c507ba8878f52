// `lint --cluster [--context NAME]`: the StorageClasses that exist in the live cluster, read through
// @kubernetes/client-node with the user's kubeconfig. The engine then flags classes that do not exist there.
import { UsageError } from './errors.js';

export async function clusterStorageClasses(context?: string): Promise<string[]> {
  // Loaded on demand: the client pulls in an HTTP stack that a plain lint never needs.
  const { KubeConfig, StorageV1Api } = await import('@kubernetes/client-node');
  const config = new KubeConfig();
  try {
    config.loadFromDefault();
  } catch (error) {
    throw new UsageError(`--cluster: cannot load kubeconfig: ${(error as Error).message}`);
  }
  if (context) {
    if (!config.getContexts().some((c) => c.name === context)) throw new UsageError(`--context ${context}: no such context in the kubeconfig`);
    config.setCurrentContext(context);
  }
  if (!config.getCurrentCluster()) throw new UsageError('--cluster: the kubeconfig has no current cluster (use --context)');
  try {
    const list = await config.makeApiClient(StorageV1Api).listStorageClass();
    return list.items.map((sc) => sc.metadata?.name).filter((n): n is string => typeof n === 'string');
  } catch (error) {
    const e = error as { code?: number; message?: string };
    throw new UsageError(`--cluster: cannot list StorageClasses${e.code ? ` (HTTP ${e.code})` : ''}: ${(e.message ?? String(error)).split('\n')[0]}`);
  }
}
