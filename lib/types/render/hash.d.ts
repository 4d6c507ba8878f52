/** Go encoding/json output for plain JSON values: sorted keys, HTML-safe escapes. */
export declare function goJsonMarshal(value: unknown): string;
/** kustomize's `encode(hex)`: the first 10 hex digits with the substitution table applied. */
export declare function encodeHashHex(hex: string): string;
/** The exact bytes kustomize feeds to sha256 for a ConfigMap or Secret (exported for tests and debugging). */
export declare function hashInput(obj: Record<string, unknown>): string;
/** The 10-character suffix kustomize appends (as `-<suffix>`) to a generated ConfigMap's or Secret's name. */
export declare function kustomizeHash(obj: Record<string, unknown>): string;
/** `name-<hash>`, computed on the object as it is at the end of the build (kustomize hashes last). */
export declare function hashedName(obj: Record<string, unknown>): string;
