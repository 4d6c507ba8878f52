// Reading a live cluster the way pgwarden judges it: the Postgres kinds and where they live in the API, the
// Secrets they reference (emptiness only, never values), the whole-cluster audit and its PolicyReports. Used by
// `pgwarden audit` (src/cli) and by `serve --audit-interval` and the webhook's Secret-users index (src/webhook).
export { apiVersionOf, CNPG_SCHEDULED_BACKUPS, collectionPath, type ListedKind, POSTGRES_KINDS, withTypeMeta, ZALANDO_OPERATOR_CONFIGURATIONS } from './kinds.js';
export { emptinessOnly, referencedSecrets, type SecretRef } from './secrets.js';
export { type AuditedFinding, type AuditOptions, type AuditResult, auditCluster, type ClusterApi, clusterApi } from './audit.js';
export { MANAGED_BY, type PolicyReport, type PolicyReportResult, policyReports, REPORT_NAME, writePolicyReports } from './policy-reports.js';
