import type { SchemaSource } from '../policies/index.js';
export interface ClusterFacts {
    storageClasses: string[];
    crds: SchemaSource[];
}
export declare function readCluster(context?: string): Promise<ClusterFacts>;
