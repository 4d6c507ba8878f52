import type { OperatorSyntax, PostgresCluster } from '../model.js';
import { type AdapterInput } from './context.js';
export declare const PGO_V4_GROUP = "crunchydata.com";
/** How Crunchy PGO v4 manifests say things, for messages (../shared/domain/pgo-v4.md). */
export declare const pgoV4Syntax: OperatorSyntax;
export declare function isPgoV4Cluster(object: Record<string, unknown> | undefined): boolean;
export declare function pgoV4Cluster(input: AdapterInput, index: number): PostgresCluster | undefined;
