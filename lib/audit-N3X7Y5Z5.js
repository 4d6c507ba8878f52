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
} from "./chunk-MUB3V2V6.js";
import "./chunk-SBCOEEK7.js";
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
