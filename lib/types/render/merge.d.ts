import type { PNode } from './pnode.js';
export declare function isBuiltinGroup(group: string): boolean;
export interface MergeContext {
    /** Strategic (built-in kind) or plain JSON merge (custom resource). */
    strategic: boolean;
    kind: string;
}
/** Remove `$patch` / `$…` directives from a patch subtree that is inserted as new content. */
export declare function stripDirectives(node: PNode): PNode | undefined;
/**
 * Merge `patch` into `base` (both owned by the caller: base is changed in place where possible).
 * Returns the merged node, or undefined when the patch deletes it (`$patch: delete`).
 */
export declare function mergeNode(base: PNode | undefined, patch: PNode, ctx: MergeContext, field?: string, parentField?: string): PNode | undefined;
