import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  IGNORE_ANNOTATION_PREFIX,
  POLICY_API_VERSION,
  POLICY_KIND,
  PolicyError,
  allRuleMetas,
  buildModel,
  compareFindings,
  defineRule,
  evaluate,
  formatMessage,
  ignoreAnnotationMeta,
  internalErrorMeta,
  isEnabled,
  parsePolicy,
  policyFor,
  policyMatches,
  policySchema,
  presets,
  recommendedPolicy,
  resolveOptions,
  ruleById,
  ruleMetas,
  ruleSetting,
  rules,
  tryParsePolicy
} from "./chunk-6VI3RL7H.js";
import "./chunk-NUU3TWGB.js";
import "./chunk-ATWLMTBJ.js";
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
  defineRule,
  evaluate,
  formatMessage,
  ignoreAnnotationMeta,
  internalErrorMeta,
  isEnabled,
  parsePolicy,
  policyFor,
  policyMatches,
  policySchema,
  presets,
  recommendedPolicy,
  resolveOptions,
  ruleById,
  ruleMetas,
  ruleSetting,
  rules,
  tryParsePolicy
};
