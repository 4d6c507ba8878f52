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
} from "./chunk-UWAA4PAV.js";
import "./chunk-YF6UO4ZD.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-AAI73ULZ.js";
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
