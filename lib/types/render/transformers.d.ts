import { BUILTIN_FIELD_SPECS, type FieldSpec } from './fieldspecs.js';
import { type PMap, type PNode, type Prov } from './pnode.js';
import { isClusterScoped, type Resource } from './resource.js';
/**
 * Visit the field a spec names: `visit(holder, key)` is called on the map that holds (or would hold) the last
 * key. Lists met along the path are walked item by item (kustomize does so with or without `[]`).
 */
export declare function walkSpec(node: PNode, path: string, create: boolean, createProv: Prov, visit: (holder: PMap, key: string) => void): void;
export { isClusterScoped };
export declare function applyNamespace(resources: Resource[], ns: string, p: Prov): void;
export declare function applyPrefixSuffix(resources: Resource[], prefix: string, suffix: string, p: Prov): void;
export interface LabelPair {
    key: string;
    value: string;
    p: Prov;
}
/**
 * commonLabels (selectors + templates), or a `labels:` entry: metadata only, plus templates with
 * includeTemplates, plus selectors with includeSelectors.
 */
export declare function applyLabels(resources: Resource[], pairs: LabelPair[], mode: {
    selectors: boolean;
    templates: boolean;
}, createProv: Prov, extraSpecs?: FieldSpec[]): void;
export declare function applyAnnotations(resources: Resource[], pairs: LabelPair[], createProv: Prov): void;
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
export declare function applyImages(resources: Resource[], rules: ImageRule[]): void;
export declare function applyReplicas(resources: Resource[], name: string, count: number, p: Prov, fail: (msg: string) => Error): void;
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
export declare function fixNameReferences(resources: Resource[], fail: (r: Resource, msg: string) => Error): void;
export { BUILTIN_FIELD_SPECS };
