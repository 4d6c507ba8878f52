import type { OperatorSyntax, PostgresCluster } from '../model.js';
import { type PostgresImageFamily } from '../images.js';
import { type JsonObject } from './common.js';
import { type AdapterInput } from './context.js';
/** How a plain StatefulSet says things, for messages (../shared/domain/statefulset.md). */
export declare const statefulSetSyntax: OperatorSyntax;
/** The family of the first container running a Postgres server, or undefined (not a Postgres StatefulSet). */
export declare function postgresContainer(object: JsonObject | undefined): {
    index: number;
    family: PostgresImageFamily;
} | undefined;
export declare function statefulSetCluster(input: AdapterInput, index: number): PostgresCluster | undefined;
