import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
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
} from "./chunk-L27YVGZZ.js";
import "./chunk-UKR6ZIRD.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-KZPG3NJF.js";
import "./chunk-ED6WIMI7.js";
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
