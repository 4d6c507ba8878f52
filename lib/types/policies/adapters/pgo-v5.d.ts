import type { ImageUse, OperatorSyntax, PostgresCluster } from '../model.js';
import { type ObjectReader } from './common.js';
import { type AdapterInput } from './context.js';
export declare const PGO_V5_GROUP = "postgres-operator.crunchydata.com";
/** How Crunchy PGO v5 manifests say things, for messages (../shared/domain/pgo-v5.md). */
export declare const pgoV5Syntax: OperatorSyntax;
export declare function isPgoV5Cluster(object: Record<string, unknown> | undefined): boolean;
export declare function pgoV5Cluster(input: AdapterInput, index: number): PostgresCluster | undefined;
export declare function containerImages(reader: ObjectReader, keys: (string | number)[], role: ImageUse['role']): ImageUse[];
