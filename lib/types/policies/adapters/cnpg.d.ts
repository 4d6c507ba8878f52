import type { ModelProblem, OperatorSyntax, PostgresCluster } from '../model.js';
import { type AdapterInput } from './context.js';
export declare const CNPG_GROUP = "postgresql.cnpg.io";
/** Operator `POSTGRES_IMAGE_NAME` default at v1.30.0 (`cnpg:pkg/versions/versions.go` L29). */
export declare const CNPG_DEFAULT_IMAGE = "ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie";
/** How CloudNativePG manifests say things, for messages (../shared/domain/cnpg.md). */
export declare const cnpgSyntax: OperatorSyntax;
export declare function isCnpgCluster(object: Record<string, unknown> | undefined): boolean;
export declare function cnpgCluster(input: AdapterInput, index: number): PostgresCluster | undefined;
/** Problems of ScheduledBackups: wrong fields, and the orphan whose Cluster is not in the input (it backs up nothing). */
export declare function scheduledBackupProblems(input: AdapterInput): ModelProblem[];
