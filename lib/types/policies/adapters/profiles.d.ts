import { type JsonObject } from './common.js';
/** An object the engine needs beside the request's, named by API coordinates. */
export interface RelatedObjectNeed {
    need: 'object';
    /** A stable name for logs and metrics (`cnpg-cluster`). */
    id: string;
    group: string;
    version: string;
    kind: string;
    /** The REST resource (plural). */
    resource: string;
    namespace: string;
    name: string;
    /** For notes and logs: what the object is to the request's, in the operator's terms. */
    role: string;
    /** What of the request is judged when the object cannot be read (`the schedule`). */
    judgedAlone: string;
    /**
     * When the object cannot be read (not created yet, or the read failed): the object as the operator would read it
     * from what the request itself says, so what the request decides is still judged. Findings about it never count.
     */
    whenAbsent?: () => JsonObject;
    /** Findings about this object are the request's own (a blank password in a Secret the workload reads). */
    counts?: boolean;
}
/** The operator's own configuration (one per cluster, chosen by how the operator was started). */
export interface OperatorConfigurationNeed {
    need: 'operator-configuration';
    operator: 'zalando';
    role: string;
}
/** The workloads that read their passwords from this Secret (a Secret arrives alone). */
export interface SecretUsersNeed {
    need: 'secret-users';
    namespace: string;
    name: string;
    role: string;
}
export type RelatedNeed = RelatedObjectNeed | OperatorConfigurationNeed | SecretUsersNeed;
/** What a `/scale` request on a resource changes: which object, and where its replica count lives. */
export interface ScaleSubject {
    group: string;
    version: string;
    kind: string;
    resource: string;
    /** JSON pointer of the count the Scale's `spec.replicas` sets (the scale subresource's `specReplicasPath`). */
    replicasPath: string;
    /**
     * The object as the scale leaves it: `stored` (the object as it is in the cluster, when the door has it) with the
     * count written at replicasPath; without it, the object of this kind the operator would read from the count alone.
     */
    scaled(stored: unknown, name: string, namespace: string | undefined, replicas: number): JsonObject;
}
/**
 * The related objects the engine needs to judge `object` as its operator reads it (empty for most objects).
 * `secrets`: also the Secrets a workload reads (only a door allowed to read Secrets asks: `serve --read-secrets`).
 */
export declare function relatedNeeds(object: unknown, namespace?: string, options?: {
    secrets?: boolean;
}): RelatedNeed[];
/** What a `/scale` request on `group`/`resource` changes, or undefined when no operator's kind is scaled there. */
export declare function scaleSubject(group: string, resource: string): ScaleSubject | undefined;
