import type { Origin } from './origin.js';
import { type PMap, type PNode, type Prov } from './pnode.js';
export interface Resource {
    root: PMap;
    /** Every name this resource had (original first), and the namespaces it had. */
    names: string[];
    namespaces: string[];
    /** Generated ConfigMap/Secret that gets kustomize's hash suffix at the end of the build. */
    needsHash?: boolean;
    generated?: boolean;
    /** Came in through a Component's `resources:` (generator merge/replace cannot target it, as in kustomize). */
    hiddenFromGeneratorMerge?: boolean;
    /** The first file that defined it (fallback provenance, messages). */
    file: string;
    /**
     * Every id it had before a name, namespace or kind change, oldest first (kustomize's previousNames/Kinds/
     * Namespaces build annotations, api/resource/resource.go StorePreviousId): a name reference only ever points
     * at an object through one of these.
     */
    prevIds: PrevId[];
    /** namePrefix / nameSuffix values applied to it, innermost kustomization first (build annotations prefixes/suffixes). */
    prefixes: string[];
    suffixes: string[];
    /** The built-in generator plugin config that made it (`generators:`), for its origin annotation. */
    generatedBy?: Origin['configuredBy'];
    /** The transformers that ran over it, for `buildMetadata: [transformerAnnotations]`. */
    transformations?: Origin[];
}
export interface PrevId {
    kind: string;
    name: string;
    /** The effective namespace: `default` for none, '' for a cluster-scoped kind. */
    namespace: string;
}
/** kustomize's StorePreviousId: remember the current id before a transformer changes it. */
export declare function storePreviousId(r: Resource): void;
/** resid.EffectiveNamespace: '' for cluster-scoped kinds, `default` when unset. */
export declare function effectiveNamespace(r: Resource): string;
export interface Gvk {
    group: string;
    version: string;
    kind: string;
}
export declare function splitApiVersion(apiVersion: string): {
    group: string;
    version: string;
};
export declare function gvkOf(r: Resource): Gvk;
export declare function metaOf(r: Resource): PMap | undefined;
export declare function nameOf(r: Resource): string;
export declare function namespaceOf(r: Resource): string;
/** Set metadata.<field> to a string, creating metadata when needed; the new value carries `p`. */
export declare function setMeta(r: Resource, field: string, value: string, p: Prov): void;
export declare function setName(r: Resource, value: string, p?: Prov): void;
export declare function setNamespace(r: Resource, value: string, p: Prov): void;
/** The resource id as kustomize prints it in messages. */
export declare function idString(r: Resource): string;
/** The id used for duplicate detection (group, kind, namespace, name; version is not part of it). */
export declare function idKey(r: Resource): string;
export declare function newResource(root: PNode, file: string): Resource;
/** A PNode for a value written by a kustomization field. */
export declare function valueNode(value: unknown, p: Prov): PNode;
/** Whether kustomize treats it as cluster-scoped, by apiVersion and kind (a non-core `kind: Namespace` is namespaced). */
export declare function isClusterScoped(r: Resource): boolean;
