import type { PNode, Prov } from './pnode.js';
export type PathSeg = {
    t: 'key';
    key: string;
} | {
    t: 'index';
    index: number;
} | {
    t: 'match';
    key: string;
    value: string;
} | {
    t: 'any';
};
export declare function parseFieldPath(text: string): PathSeg[];
/** All nodes a path selects (several with `*`). */
export declare function lookupAll(root: PNode, segs: PathSeg[]): PNode[];
/**
 * Set the value at a path on every node it selects; with `create`, missing map keys (and `[k=v]` list items)
 * are created. Returns how many places were set.
 */
export declare function setAll(root: PNode, segs: PathSeg[], make: (old: PNode | undefined) => PNode, create: boolean, createProv: Prov): number;
