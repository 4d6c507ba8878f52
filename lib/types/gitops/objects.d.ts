export declare function isRecord(value: unknown): value is Record<string, unknown>;
export declare function namespaceOf(object: Record<string, unknown>): string | undefined;
/** API group (no version), kind, namespace and name: two objects with one identity are one object in a cluster. */
export declare function identityOf(object: Record<string, unknown>): string;
