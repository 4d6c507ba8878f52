export { apiVersionOf, CNPG_SCHEDULED_BACKUPS, collectionPath, type ListedKind, POSTGRES_KINDS, withTypeMeta, ZALANDO_OPERATOR_CONFIGURATIONS } from './kinds.js';
export { emptinessOnly, referencedSecrets, type SecretRef } from './secrets.js';
export { type AuditedFinding, type AuditOptions, type AuditResult, auditCluster, type ClusterApi, clusterApi } from './audit.js';
export { MANAGED_BY, type PolicyReport, type PolicyReportResult, policyReports, REPORT_NAME, writePolicyReports } from './policy-reports.js';
