export interface ListedKind {
    group: string;
    version: string;
    plural: string;
    kind: string;
    /** The operator whose CRD serves it; absent for built-in kinds. */
    operator?: string;
}
/** Postgres clusters of every flavour the engine reads, and the objects judged with them. */
export declare const POSTGRES_KINDS: readonly ListedKind[];
/** Judged with the Cluster it names (its schedule), never alone. */
export declare const CNPG_SCHEDULED_BACKUPS: ListedKind;
/** The Zalando operator's configuration (cluster-wide settings such as pod anti-affinity). */
export declare const ZALANDO_OPERATOR_CONFIGURATIONS: ListedKind;
/** `/api/v1` or `/apis/<group>/<version>`, then the namespace when given, then the plural. */
export declare function collectionPath(kind: ListedKind, namespace?: string): string;
export declare function apiVersionOf(kind: ListedKind): string;
/** The object with apiVersion and kind set: items of a list response omit them. */
export declare function withTypeMeta<T extends object>(object: T, kind: ListedKind): T;
