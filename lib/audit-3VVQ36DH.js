import {
  CNPG_SCHEDULED_BACKUPS,
  MANAGED_BY,
  POSTGRES_KINDS,
  REPORT_NAME,
  ZALANDO_OPERATOR_CONFIGURATIONS,
  apiVersionOf,
  auditCluster,
  clusterApi,
  collectionPath,
  emptinessOnly,
  policyReports,
  referencedSecrets,
  withTypeMeta,
  writePolicyReports
} from "./chunk-P5R75OYT.js";
import "./chunk-LAJTW652.js";
export {
  CNPG_SCHEDULED_BACKUPS,
  MANAGED_BY,
  POSTGRES_KINDS,
  REPORT_NAME,
  ZALANDO_OPERATOR_CONFIGURATIONS,
  apiVersionOf,
  auditCluster,
  clusterApi,
  collectionPath,
  emptinessOnly,
  policyReports,
  referencedSecrets,
  withTypeMeta,
  writePolicyReports
};
