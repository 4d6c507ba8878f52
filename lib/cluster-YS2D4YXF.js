import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3ZR33BMR.js";
import "./chunk-ED6WIMI7.js";

// src/cli/cluster.ts
async function readCluster(context) {
  const { ApiextensionsV1Api, KubeConfig, StorageV1Api } = await import("@kubernetes/client-node");
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
  const list = async (what, call) => {
    try {
      return await call();
    } catch (error) {
      const e = error;
      throw new UsageError(`--cluster: cannot list ${what}${e.code ? ` (HTTP ${e.code})` : ""}: ${(e.message ?? String(error)).split("\n")[0]}`);
    }
  };
  const [classes, crds] = await Promise.all([
    list("StorageClasses", () => config.makeApiClient(StorageV1Api).listStorageClass()),
    // Reading CRDs is optional: a user allowed to list StorageClasses but not CRDs still gets the built-in catalogue.
    list("CustomResourceDefinitions", () => config.makeApiClient(ApiextensionsV1Api).listCustomResourceDefinition()).catch(() => ({ items: [] }))
  ]);
  return {
    storageClasses: classes.items.map((sc) => sc.metadata?.name).filter((n) => typeof n === "string"),
    crds: crds.items.map((crd) => ({ crd: wireCrd(crd), source: `the live cluster (${config.getCurrentContext()})` }))
  };
}
var isJson = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function wireSchema(node) {
  if (!isJson(node)) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === void 0) continue;
    if (key === "properties" || key === "patternProperties" || key === "definitions") {
      out[key] = isJson(value) ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, wireSchema(child)])) : value;
    } else if (key === "items" || key === "additionalProperties" || key === "additionalItems" || key === "not") {
      out[key] = wireSchema(value);
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = Array.isArray(value) ? value.map(wireSchema) : value;
    } else if (key === "_enum" || key === "_default") out[key.slice(1)] = value;
    else if (key.startsWith("x_kubernetes_")) out[key.replace(/_/g, "-")] = value;
    else out[key] = value;
  }
  return out;
}
function wireCrd(crd) {
  const plain = JSON.parse(JSON.stringify(crd));
  const spec = isJson(plain.spec) ? plain.spec : {};
  if (Array.isArray(spec.versions)) {
    for (const version of spec.versions) {
      if (isJson(version) && isJson(version.schema)) version.schema.openAPIV3Schema = wireSchema(version.schema.openAPIV3Schema);
    }
  }
  return plain;
}
export {
  readCluster
};
