import type { PostgresCluster, Volume } from '../model.js';
/** A volume's identity across the change: its role and its owner (instance set, repo, claim template). */
export declare function volumePairs(base: PostgresCluster, head: PostgresCluster): {
    before: Volume;
    after: Volume;
}[];
export declare function describeVolume(volume: Volume): string;
export declare function describe(cluster: PostgresCluster): string;
