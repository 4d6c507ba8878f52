// Secrets as the engine needs them: which keys exist and whether each is empty. Values are replaced the moment a
// Secret is read, so no value is held, logged or passed on (the engine's model keeps emptiness only, too).
import { buildModel, type InputObject } from '../policies/index.js';

const PLACEHOLDER = Buffer.from('<set>').toString('base64');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The Secret with every non-empty value replaced by a fixed placeholder and every empty one kept empty; only
 * apiVersion, kind, name, namespace, labels, annotations, type and the keys survive.
 */
export function emptinessOnly(secret: unknown): Record<string, unknown> | undefined {
  if (!isRecord(secret)) return undefined;
  const meta = isRecord(secret.metadata) ? secret.metadata : {};
  const data: Record<string, string> = {};
  for (const field of ['data', 'stringData'] as const) {
    const block = secret[field];
    if (!isRecord(block)) continue;
    for (const [key, value] of Object.entries(block)) data[key] = typeof value === 'string' && value !== '' ? PLACEHOLDER : '';
  }
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      ...(typeof meta.name === 'string' ? { name: meta.name } : {}),
      ...(typeof meta.namespace === 'string' ? { namespace: meta.namespace } : {}),
      ...(isRecord(meta.labels) ? { labels: meta.labels } : {}),
    },
    ...(typeof secret.type === 'string' ? { type: secret.type } : {}),
    data,
  };
}

export interface SecretRef {
  namespace: string;
  name: string;
}

/**
 * The Secrets the Postgres clusters among these objects read their passwords from (the engine's adapters know each
 * operator's naming: PGO v5 `<cluster>-pguser-<user>`, Zalando `<user>.<cluster>.credentials…`, CNPG
 * `<cluster>-app`/`-superuser` or the named ones, a StatefulSet's `secretKeyRef`s), one entry per object index.
 */
export function referencedSecrets(objects: readonly InputObject[]): Map<number, SecretRef[]> {
  const out = new Map<number, SecretRef[]>();
  for (const cluster of buildModel(objects).clusters) {
    const namespace = cluster.resource.namespace;
    if (!namespace) continue;
    const refs = out.get(cluster.objectIndex) ?? [];
    for (const credential of cluster.credentials) {
      // Zalando `enable_cross_namespace_secret` puts some users' Secrets in another namespace (the adapter says which).
      if (credential.secretUnknown) continue;
      const secretNamespace = credential.secretNamespace ?? namespace;
      if (!refs.some((r) => r.name === credential.secretName && r.namespace === secretNamespace)) refs.push({ namespace: secretNamespace, name: credential.secretName });
    }
    out.set(cluster.objectIndex, refs);
  }
  return out;
}
