import type { RenderError } from './errors.js';
import { type TransformerConfig } from './fieldspecs.js';
import { type PNode, type Prov } from './pnode.js';
import { type Resource } from './resource.js';
export interface VarDef {
    name: string;
    kind: string;
    apiVersion?: string;
    objName: string;
    namespace?: string;
    fieldPath: string;
    p: Prov;
    /**
     * The object the var was bound to where it was declared (kustomize's MergeVars binds each var then, by any id the
     * object had, so a same-named object another base adds later does not make it ambiguous).
     */
    target?: Resource;
}
type Fail = (p: Prov, msg: string) => RenderError;
export declare function collectVars(node: PNode, existing: VarDef[], fail: Fail, resources: Resource[]): VarDef[];
/** Resolve vars in place. Throws (as kustomize does) when a var's object or field does not exist. */
export declare function resolveVars(resources: Resource[], vars: VarDef[], fail?: Fail, config?: TransformerConfig): void;
export {};
