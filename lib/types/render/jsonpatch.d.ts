import { type PNode, type Prov } from './pnode.js';
export interface JsonOp {
    op: string;
    path: string;
    from?: string;
    value?: PNode;
    /** Where the op is written (for errors). */
    at: Prov;
}
export declare function readOps(list: PNode): JsonOp[];
/** Apply ops to `root` in place (root is owned by the caller). */
export declare function applyJsonPatch(root: PNode, ops: JsonOp[]): void;
