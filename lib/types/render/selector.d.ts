import { type PNode, str } from './pnode.js';
import { type Resource } from './resource.js';
export interface Selector {
    group?: string;
    version?: string;
    kind?: string;
    name?: string;
    namespace?: string;
    labelSelector?: string;
    annotationSelector?: string;
}
export declare function readSelector(node: PNode | undefined): Selector | undefined;
interface Requirement {
    key: string;
    op: 'eq' | 'neq' | 'in' | 'notin' | 'exists' | 'notexists';
    values: string[];
}
/** Parse a Kubernetes label selector string (`a=b,c!=d,e in (x,y),!f,g`). */
export declare function parseLabelSelector(text: string): Requirement[];
/** Whether `r` is selected; names and namespaces match the current or any previous value (kustomize's ids). */
export declare function selects(sel: Selector, r: Resource): boolean;
export declare function describeSelector(sel: Selector): string;
export { str };
