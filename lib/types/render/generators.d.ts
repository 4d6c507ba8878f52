import type { Origin } from './types.js';
export type GeneratorField = 'configMapGenerator' | 'secretGenerator';
export type GenerationBehavior = 'create' | 'merge' | 'replace';
export interface GeneratorOptions {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    disableNameSuffixHash?: boolean;
    immutable?: boolean;
}
/** A YAML path inside the kustomization document (keys and sequence indexes). */
export type YamlPath = (string | number)[];
export interface GeneratorContext {
    /** Absolute path of the kustomization file holding the generator entries. */
    kustomizationFile: string;
    /**
     * Reads a file named by a `files:` / `envs:` entry, given as an absolute path resolved against the
     * kustomization's directory. Throws when the file is missing or outside the load root; the error's message
     * is kept (as `cause`) but the GeneratorError names the kustomization entry.
     */
    readFile(absolutePath: string): Uint8Array | string;
    /** Where a node of the kustomization document is; absent → origins carry line 0. See `createLocator`. */
    locate?(yamlPath: YamlPath): Origin | undefined;
    /** The kustomization-level `generatorOptions`, already parsed (plain JSON). */
    generatorOptions?: unknown;
}
export interface GeneratedResource {
    /** The ConfigMap or Secret as kustomize generates it, before namePrefix/namespace/hash. */
    object: Record<string, unknown>;
    behavior: GenerationBehavior;
    /** False when `disableNameSuffixHash` is set (locally or in generatorOptions). Hash with `hashedName` last. */
    needsHashSuffix: boolean;
    /** [RFC 6901 pointer into `object`, where that value was written]. */
    origins: [string, Origin][];
    /** Which entry produced it, for diagnostics. */
    source: {
        file: string;
        field: GeneratorField;
        index: number;
        name: string;
    };
}
export type GeneratorErrorCode = 'invalid-entry' | 'invalid-literal' | 'invalid-file-source' | 'invalid-env-file' | 'duplicate-key' | 'read-failed';
/** The one error this module throws: names the kustomization file, the line of the entry and the entry. */
export declare class GeneratorError extends Error {
    readonly code: GeneratorErrorCode;
    readonly file: string;
    readonly line: number | undefined;
    readonly column: number | undefined;
    readonly field: GeneratorField | 'generatorOptions';
    readonly index: number;
    readonly name = "GeneratorError";
    constructor(message: string, code: GeneratorErrorCode, file: string, line: number | undefined, column: number | undefined, field: GeneratorField | 'generatorOptions', index: number, options?: {
        cause?: unknown;
    });
}
export declare const ENTRY_FIELDS: Readonly<Record<GeneratorField, ReadonlySet<string>>>;
export declare const OPTION_FIELDS: ReadonlySet<string>;
/** RFC 6901 escaping of one reference token. */
export declare function pointerToken(key: string): string;
/** kustomize's base64 for Secret data and ConfigMap binaryData: wrapped every 70 characters, each line ending in \n, once longer than one line. */
export declare function encodeBase64Wrapped(bytes: Uint8Array): string;
/**
 * kv.go keyValuesFromLines: bufio.Scanner lines (split on \n, one trailing \r dropped), BOM trimmed on the first
 * line, leading whitespace trimmed, `#` comments and blank lines skipped, split on the first `=`; no quote
 * processing and no trimming of the key's or value's trailing whitespace. A line without `=` is a key with "".
 * A line with an empty key (`=x`) is skipped, as kustomize treats a blank key like a comment.
 * Returns pairs with the 1-based line each came from; throws a plain Error (wrapped by the caller) on invalid UTF-8.
 */
export declare function parseEnvFile(content: Uint8Array | string): {
    key: string;
    value: string;
    line: number;
    endColumn: number;
}[];
/** Options merged as kustomize's MergeGlobalOptionsIntoLocal does: local labels/annotations win, global booleans force true. */
export declare function mergeGeneratorOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions;
/** Parses kustomization-level `generatorOptions` (plain JSON) with the same checks as per-entry options. */
export declare function parseGeneratorOptions(ctx: GeneratorContext): GeneratorOptions | undefined;
/** Builds one generated ConfigMap or Secret from entry `index` of `field`. */
export declare function generate(field: GeneratorField, entry: unknown, index: number, ctx: GeneratorContext): GeneratedResource;
/** generators.ParseFileSource: `path` (key = basename) or `key=path`; '=' is allowed in neither part. */
export declare function parseFileSource(source: string, onError: () => Error): {
    key: string;
    filePath: string;
};
/** Runs a kustomization's configMapGenerator then secretGenerator entries, in kustomize's order. */
export declare function runGenerators(kustomization: Record<string, unknown>, ctx: GeneratorContext): GeneratedResource[];
/** Every file a kustomization's generators read (absolute), for async prefetching and `RenderResult.inputs`. */
export declare function generatorInputs(kustomization: Record<string, unknown>, kustomizationFile: string): string[];
/**
 * kustomize's appendReplaceOrMerge for a generated object meeting an existing one with the same id
 * (kind + name + namespace, by original or current id — matching is the renderer's job):
 *  - both: labels and annotations are the union, the new object's values winning; name and namespace stay
 *    the existing object's (so a base's namePrefix/namespace are kept);
 *  - merge: data and binaryData are the union, the new values winning;
 *  - replace: data and binaryData are the new object's only.
 * Everything else (type, immutable) is the new object's: a `merge` without `type` turns a base TLS Secret into
 * Opaque, as kustomize does. The result needs a hash suffix only when both did (kubectl kustomize v5.5: a
 * `disableNameSuffixHash` on either side wins). Returns a new object; inputs are not modified.
 */
export declare function mergeGenerated(existing: Record<string, unknown>, generated: Record<string, unknown>, behavior: Exclude<GenerationBehavior, 'create'>): Record<string, unknown>;
/**
 * A `locate` for GeneratorContext from the kustomization's text: the range of the node at a YAML path
 * (1-based lines and columns). Use the renderer's own parse instead when it has one.
 */
export declare function createLocator(file: string, text: string): (yamlPath: YamlPath) => Origin | undefined;
