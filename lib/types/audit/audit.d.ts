import { type KubeConfig } from '@kubernetes/client-node';
import { type Finding, type Policy, type PolicySet, type ResourceRef } from '../policies/index.js';
import { type ListedKind } from './kinds.js';
type KObject = Record<string, unknown> & {
    metadata?: {
        name?: string;
        namespace?: string;
        uid?: string;
        managedFields?: unknown;
    };
};
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
export declare function clusterApi(kc: KubeConfig): ClusterApi;
export interface AuditOptions {
    /** One namespace; undefined = all namespaces. */
    namespace?: string;
    /** A policy given by the caller (`--policy FILE`, the webhook's policy in force); default: the cluster's PostgresPolicies. */
    policy?: {
        set: PolicySet | undefined;
        source: string;
    };
    /** Read the Secrets the workloads reference (their emptiness). Default true; false when the caller may not. */
    secrets?: boolean;
    /** How many Secrets are read at most (a cluster can reference thousands). Default 500. */
    maxSecrets?: number;
}
export interface AuditedFinding extends Finding {
    /** The object the finding is about, as listed (uid included, for PolicyReport resources). */
    subject: ResourceRef & {
        uid?: string;
    };
    /** The policy that judged it. */
    policy: Policy;
}
export interface AuditResult {
    /** The objects judged (clusters, ScheduledBackups, Secrets), by namespace. */
    objects: {
        namespace: string;
        resource: ResourceRef & {
            uid?: string;
        };
        policy: Policy;
        postgres: boolean;
        object: unknown;
    }[];
    findings: AuditedFinding[];
    /** What could not be read or decided, one line each (never a value). */
    notes: string[];
    /** Where the policy came from: a file, `PostgresPolicy/<name>,…`, or `recommended`. */
    policySource: string;
    storageClasses: string[];
    namespaces: string[];
}
/** Reads the cluster and judges every Postgres object in scope. Throws only when the cluster cannot be read at all. */
export declare function auditCluster(api: ClusterApi, options?: AuditOptions): Promise<AuditResult>;
export {};
