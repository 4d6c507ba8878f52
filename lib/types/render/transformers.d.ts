import { BUILTIN_FIELD_SPECS, type FieldSpec, type TransformerConfig } from './fieldspecs.js';
import { type PMap, type PNode, type Prov } from './pnode.js';
import { isClusterScoped, type Resource } from './resource.js';
/**
 * Visit the field a spec names: `visit(holder, key)` is called on the map that holds (or would hold) the last
 * key. Lists met along the path are walked item by item (kustomize does so with or without `[]`).
 */
export declare function walkSpec(node: PNode, path: string, create: boolean, createProv: Prov, visit: (holder: PMap, key: string) => void): void;
/** How the namespace transformer treats RoleBinding subjects (api/filters/namespace RoleBindingSubjectMode). */
export type SubjectMode = 'defaultOnly' | 'allServiceAccounts' | 'none';
export { isClusterScoped };
/**
 * The namespace transformer (api/filters/namespace/namespace.go): metadata.namespace of every namespaced object,
 * then the config's field specs; `unsetOnly` leaves a namespace already set alone (NamespaceTransformer plugin).
 */
export declare function applyNamespace(resources: Resource[], ns: string, p: Prov, specs?: readonly FieldSpec[], opts?: {
    unsetOnly?: boolean;
    subjects?: SubjectMode;
    storePrevious?: boolean;
}): void;
/**
 * The prefix and suffix transformers (api/internal/builtins/PrefixTransformer.go, SuffixTransformer.go), prefix
 * first. A field spec selects by the object's original kind; `metadata/name` renames the object, any other path
 * gets the prefix/suffix on its string values.
 */
export declare function applyPrefixSuffix(resources: Resource[], prefix: string, suffix: string, p: Prov, prefixSpecs?: readonly FieldSpec[], suffixSpecs?: readonly FieldSpec[]): void;
export interface LabelPair {
    key: string;
    value: string;
    p: Prov;
}
/**
 * commonLabels (selectors + templates), or a `labels:` entry: metadata only, plus templates with
 * includeTemplates, plus selectors with includeSelectors.
 */
export declare function applyLabels(resources: Resource[], pairs: LabelPair[], specs: readonly FieldSpec[], createProv: Prov): void;
export declare function applyAnnotations(resources: Resource[], pairs: LabelPair[], createProv: Prov, specs?: readonly FieldSpec[]): void;
export interface ImageRule {
    name: string;
    newName?: string;
    newTag?: string;
    digest?: string;
    /** newTag's node if set, else digest's, else newName's: where a person changes the result. */
    p: Prov;
}
/** Split an image reference into name, tag and digest the way kustomize's image.Split does. */
export declare function splitImage(image: string): {
    name: string;
    tag: string;
    digest: string;
};
export declare function applyImages(resources: Resource[], rules: ImageRule[], specs?: readonly FieldSpec[]): void;
export declare function applyReplicas(resources: Resource[], name: string, count: number, p: Prov, fail: (msg: string) => Error, replicaSpecs?: readonly FieldSpec[]): void;
/**
 * kustomize's name reference fix (api/filters/nameref/nameref.go, api/internal/accumulator/
 * namereferencetransformer.go, v5.5.0), run once after all names changed: every field that refers to an object of
 * a kind by name is pointed at the current name of the object it meant. The referral is chosen the way kustomize
 * chooses it: among the objects the referrer can see (its namespace, cluster-scoped ones, a RoleBinding's subject
 * namespaces), those with a previous id of that name and kind, of the roleRef's kind, in the referrer's namespace;
 * if several remain, those whose applied prefixes/suffixes end like the referrer's (one base included several
 * times); several still — unless they agree on the name — is kustomize's "found multiple possible referrals"
 * error. The value keeps the reference's provenance (the line that wrote the reference).
 */
export declare function fixNameReferences(resources: Resource[], fail: (r: Resource, msg: string) => Error, config?: TransformerConfig): void;
export { BUILTIN_FIELD_SPECS };
