// `lint --cluster [--context NAME]`: what the live cluster has, read through @kubernetes/client-node with the user's
// kubeconfig: its StorageClasses (the engine flags classes that do not exist there) and its CRDs (the schemas
// unknown-field and invalid-manifest check the operators' objects against, before the built-in catalogue).
import type { SchemaSource } from '../policies/index.js';
import { UsageError } from './errors.js';

export interface ClusterFacts {
  storageClasses: string[];
  crds: SchemaSource[];
}

export async function readCluster(context?: string): Promise<ClusterFacts> {
  // Loaded on demand: the client pulls in an HTTP stack that a plain lint never needs.
  const { ApiextensionsV1Api, KubeConfig, StorageV1Api } = await import('@kubernetes/client-node');
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
  const list = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const e = error as { code?: number; message?: string };
      throw new UsageError(`--cluster: cannot list ${what}${e.code ? ` (HTTP ${e.code})` : ''}: ${(e.message ?? String(error)).split('\n')[0]}`);
    }
  };
  const [classes, crds] = await Promise.all([
    list('StorageClasses', () => config.makeApiClient(StorageV1Api).listStorageClass()),
    // Reading CRDs is optional: a user allowed to list StorageClasses but not CRDs still gets the built-in catalogue.
    list('CustomResourceDefinitions', () => config.makeApiClient(ApiextensionsV1Api).listCustomResourceDefinition()).catch(() => ({ items: [] })),
  ]);
  return {
    storageClasses: classes.items.map((sc) => sc.metadata?.name).filter((n): n is string => typeof n === 'string'),
    crds: crds.items.map((crd) => ({ crd: wireCrd(crd), source: `the live cluster (${config.getCurrentContext()})` })),
  };
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * client-node's typed models rename schema keywords (`enum` → `_enum`, `x-kubernetes-preserve-unknown-fields` →
 * `x_kubernetes_preserve_unknown_fields`; gen/models/V1JSONSchemaProps.js attributeTypeMap) and it does not export
 * its serializer: put the wire names back, in schema nodes only (field names under `properties` stay as written).
 */
function wireSchema(node: unknown): unknown {
  if (!isJson(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined) continue;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      out[key] = isJson(value) ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, wireSchema(child)])) : value;
    } else if (key === 'items' || key === 'additionalProperties' || key === 'additionalItems' || key === 'not') {
      out[key] = wireSchema(value);
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = Array.isArray(value) ? value.map(wireSchema) : value;
    } else if (key === '_enum' || key === '_default') out[key.slice(1)] = value;
    else if (key.startsWith('x_kubernetes_')) out[key.replace(/_/g, '-')] = value;
    else out[key] = value;
  }
  return out;
}

function wireCrd(crd: unknown): unknown {
  const plain = JSON.parse(JSON.stringify(crd)) as Json;
  const spec = isJson(plain.spec) ? plain.spec : {};
  if (Array.isArray(spec.versions)) {
    for (const version of spec.versions) {
      if (isJson(version) && isJson(version.schema)) version.schema.openAPIV3Schema = wireSchema(version.schema.openAPIV3Schema);
    }
  }
  return plain;
}
