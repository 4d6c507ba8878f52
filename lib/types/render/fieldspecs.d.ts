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
