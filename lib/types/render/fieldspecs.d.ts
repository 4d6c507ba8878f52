export interface FieldSpec {
    group?: string;
    version?: string;
    kind?: string;
    /** Slash-separated; `\/` is a literal slash in a key, `[]` marks a list (see parseFieldPath). */
    path: string;
    /** Create the field when missing (otherwise only existing fields are updated). */
    create?: boolean;
}
export interface NameReference {
    /** The kind (and group/version) of the referenced object, e.g. ConfigMap. */
    group?: string;
    version?: string;
    kind: string;
    /** Where other objects refer to it by name. */
    fieldSpecs: FieldSpec[];
}
export type FieldSpecCategory = 'namePrefix' | 'nameSuffix' | 'namespace' | 'commonLabels' | 'templateLabels' | 'commonAnnotations' | 'images' | 'replicas' | 'varReference';
export interface Gvk {
    group?: string;
    version?: string;
    kind?: string;
}
/**
 * Kinds whose name kustomize's prefix/suffix transformer never changes (checked with kubectl kustomize v5.5:
 * a Namespace, CustomResourceDefinition and APIService keep their names).
 */
export declare const NAME_CHANGE_SKIPPED_KINDS: readonly Gvk[];
export declare const NAME_REFERENCES: readonly NameReference[];
export declare const BUILTIN_FIELD_SPECS: Readonly<Record<FieldSpecCategory, readonly FieldSpec[]>>;
/** Splits `group/version` of an apiVersion ("v1" → group ""). */
export declare function parseApiVersion(apiVersion: string): {
    group: string;
    version: string;
};
/** kustomize's Gvk.IsSelected: every non-empty selector field must equal the object's. */
export declare function gvkMatches(selector: Gvk, kind: string, group: string, version: string): boolean;
/** The built-in field specs, per transformer, that apply to an object of this kind/group/version. */
export declare function fieldSpecsFor(kind: string, group: string, version: string): Readonly<Record<FieldSpecCategory, readonly FieldSpec[]>>;
/**
 * Name references an object of this kind/group/version (the referrer) holds: for each referenced kind, the
 * referrer's fields that name it. E.g. a Deployment → [ConfigMap: [spec/template/spec/volumes/configMap/name, …], …].
 */
export declare function nameReferencesFrom(kind: string, group: string, version: string): {
    referenced: Gvk;
    fieldSpecs: FieldSpec[];
}[];
/** Name references that can point at an object of this kind/group/version (the referenced side). */
export declare function nameReferencesTo(kind: string, group: string, version: string): NameReference[];
export interface FieldPathSegment {
    key: string;
    /** Written `key[]`: the value is a list whose every item continues the path. kustomize also walks into
     * lists met without `[]`, so callers should treat any list along the path the same way. */
    list: boolean;
}
/** Splits a field-spec path on unescaped `/` (`\/` is a slash inside a key, e.g. annotation names). */
export declare function parseFieldPath(path: string): FieldPathSegment[];
/** Whether kustomize treats this apiVersion/kind as cluster-scoped (no namespace set, matched across namespaces). */
export declare function isClusterScoped(apiVersion: string, kind: string): boolean;
/**
 * kustomize's TransformerConfig (api/internal/plugins/builtinconfig/transformerconfig.go, v5.5.0): the field specs
 * each built-in transformer uses. Every kustomization's accumulator holds one — the defaults merged with its own
 * `configurations:` and `crds:` and with those of everything it includes (accumulator MergeConfig /
 * MergeAccumulator) — so a base's custom config also applies to its overlays' transformers and name references.
 */
export interface TransformerConfig {
    namePrefix: readonly FieldSpec[];
    nameSuffix: readonly FieldSpec[];
    namespace: readonly FieldSpec[];
    commonLabels: readonly FieldSpec[];
    /** kustomize's `labels` category: merged into every `labels:` entry's field specs. */
    labels: readonly FieldSpec[];
    templateLabels: readonly FieldSpec[];
    commonAnnotations: readonly FieldSpec[];
    images: readonly FieldSpec[];
    replicas: readonly FieldSpec[];
    varReference: readonly FieldSpec[];
    nameReference: readonly NameReference[];
}
declare const SPEC_CATEGORIES: readonly ["namePrefix", "nameSuffix", "namespace", "commonLabels", "labels", "templateLabels", "commonAnnotations", "images", "replicas", "varReference"];
type SpecCategory = (typeof SPEC_CATEGORIES)[number];
export declare const DEFAULT_TRANSFORMER_CONFIG: TransformerConfig;
/** An accumulator's config before anything is merged into it (accumulator.MakeEmptyAccumulator). */
export declare const EMPTY_TRANSFORMER_CONFIG: TransformerConfig;
export declare const ORDER_FIRST: string[];
export declare const ORDER_LAST: string[];
/** A field spec list or config a kustomization cannot use (kustomize fails the build the same way). */
export declare class TransformerConfigError extends Error {
}
/**
 * types.FsSlice.MergeAll: append what is new. A spec already there is one with the same path whose gvk the new
 * one's selects (FieldSpec.effectivelyEquals): so a kind-specific spec met first absorbs a later generic one — which
 * kubectl kustomize v5.5 shows: a `configurations:` namePrefix spec for one kind leaves other kinds unprefixed.
 * The same spec with another `create` is a conflict.
 */
export declare function mergeFieldSpecs(base: readonly FieldSpec[], more: readonly FieldSpec[]): readonly FieldSpec[];
/**
 * TransformerConfig.Merge, `a` first. Every config but the empty one was merged with the defaults at some point,
 * and merging never removes a spec, so merging the defaults again is a no-op.
 */
export declare function mergeTransformerConfig(a: TransformerConfig, b: TransformerConfig): TransformerConfig;
/** One field spec as kustomize decodes it (types.FieldSpec: gvk inline, path, create). */
export declare function readFieldSpec(raw: unknown, where: string): FieldSpec;
/**
 * Merging field specs is quadratic (each is compared with those already there, as kustomize does); a real config
 * lists tens. A list longer than this is refused rather than allowed to cost minutes.
 */
export declare const MAX_FIELD_SPECS = 2000;
export declare function readFieldSpecs(raw: unknown, where: string): FieldSpec[];
/** A `configurations:` file (makeTransformerConfigFromBytes: strict, so an unknown key is an error). */
export declare function readTransformerConfig(raw: unknown, where: string): TransformerConfig;
/**
 * The config of a kustomization's `configurations:` files (loadDefaultConfig: each merged in turn) with the
 * defaults (MakeTransformerConfig). Measured with kubectl kustomize v5.5: the custom specs come first, so they
 * absorb the default ones they select (a custom namePrefix spec for one kind, with no base directory before it,
 * leaves every other kind unprefixed).
 */
export declare function customTransformerConfig(files: readonly TransformerConfig[]): TransformerConfig;
/** The field specs, per transformer, of `config` that apply to an object of this kind/group/version. */
export declare function specsIn(config: TransformerConfig, kind: string, group: string, version: string): Readonly<Record<SpecCategory, readonly FieldSpec[]>>;
/**
 * A `crds:` file: Go OpenAPI definitions keyed by type name. Each type that looks like a Kubernetes object (kind,
 * apiVersion and metadata properties) is walked through its `$ref`s: properties marked `x-kubernetes-annotation`,
 * `-label-selector` or `-identity` become commonAnnotations, commonLabels and namePrefix field specs, and an object
 * reference (`x-kubernetes-object-ref-api-version` + `-kind`, name key `name` unless `-name-key` says otherwise) a
 * name reference. The kind is the type name after its last dot (makeGvkFromTypeName).
 */
export declare function readCrdConfig(raw: unknown, where: string): TransformerConfig;
export {};
