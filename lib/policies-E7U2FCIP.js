import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  IGNORE_ANNOTATION_PREFIX,
  POLICY_API_VERSION,
  POLICY_KIND,
  PolicyError,
  allRuleMetas,
  buildModel,
  compareFindings,
  evaluate,
  ignoreAnnotationMeta,
  internalErrorMeta,
  isEnabled,
  parsePolicy,
  policyFor,
  policyMatches,
  policySchema,
  presets,
  recommendedPolicy,
  ruleById,
  ruleMetas,
  ruleSetting,
  rules,
  tryParsePolicy
} from "./chunk-MN6SYPXR.js";
import "./chunk-5SV3PAFL.js";
import "./chunk-CCDCPPZS.js";
import "./chunk-ED6WIMI7.js";
export {
  IGNORE_ANNOTATION_PREFIX,
  POLICY_API_VERSION,
  POLICY_KIND,
  PolicyError,
  allRuleMetas,
  buildModel,
  compareFindings,
  evaluate,
  ignoreAnnotationMeta,
  internalErrorMeta,
  isEnabled,
  parsePolicy,
  policyFor,
  policyMatches,
  policySchema,
  presets,
  recommendedPolicy,
  ruleById,
  ruleMetas,
  ruleSetting,
  rules,
  tryParsePolicy
};
