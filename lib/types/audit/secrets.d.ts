import { type InputObject } from '../policies/index.js';
/**
 * The Secret with every non-empty value replaced by a fixed placeholder and every empty one kept empty; only
 * apiVersion, kind, name, namespace, labels, annotations, type and the keys survive.
 */
export declare function emptinessOnly(secret: unknown): Record<string, unknown> | undefined;
export interface SecretRef {
    namespace: string;
    name: string;
}
/**
 * The Secrets the Postgres clusters among these objects read their passwords from (the engine's adapters know each
 * operator's naming: PGO v5 `<cluster>-pguser-<user>`, Zalando `<user>.<cluster>.credentials…`, CNPG
 * `<cluster>-app`/`-superuser` or the named ones, a StatefulSet's `secretKeyRef`s), one entry per object index.
 */
export declare function referencedSecrets(objects: readonly InputObject[]): Map<number, SecretRef[]>;
