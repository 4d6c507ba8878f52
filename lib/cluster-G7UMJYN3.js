import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3ZR33BMR.js";
import "./chunk-ED6WIMI7.js";

// src/cli/cluster.ts
async function clusterStorageClasses(context) {
  const { KubeConfig, StorageV1Api } = await import("@kubernetes/client-node");
  const config = new KubeConfig();
  try {
    config.loadFromDefault();
  } catch (error) {
    throw new UsageError(`--cluster: cannot load kubeconfig: ${error.message}`);
  }
  if (context) {
    if (!config.getContexts().some((c) => c.name === context)) throw new UsageError(`--context ${context}: no such context in the kubeconfig`);
    config.setCurrentContext(context);
  }
  if (!config.getCurrentCluster()) throw new UsageError("--cluster: the kubeconfig has no current cluster (use --context)");
  try {
    const list = await config.makeApiClient(StorageV1Api).listStorageClass();
    return list.items.map((sc) => sc.metadata?.name).filter((n) => typeof n === "string");
  } catch (error) {
    const e = error;
    throw new UsageError(`--cluster: cannot list StorageClasses${e.code ? ` (HTTP ${e.code})` : ""}: ${(e.message ?? String(error)).split("\n")[0]}`);
  }
}
export {
  clusterStorageClasses
};
