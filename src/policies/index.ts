// Engine entry point: adapters → model → rules → findings. No I/O, no imports from doors.
export type * from './types.js';
export type * from './model.js';
export type { Policy, PolicySet, RuleSetting, PolicyMatch } from './policy.js';

export { buildModel } from './adapters/index.js';
export { compareFindings, evaluate, IGNORE_ANNOTATION_PREFIX, resolveOptions } from './engine.js';
export {
  isEnabled,
  POLICY_API_VERSION,
  POLICY_KIND,
  PolicyError,
  type PolicyProblem,
  parsePolicy,
  policyFor,
  policyMatches,
  policySchema,
  presets,
  type ResolvedRuleSetting,
  recommendedPolicy,
  ruleSetting,
  tryParsePolicy,
} from './policy.js';
export type { OptionsOf, OptionsSchema, ReportDescriptor, Rule, RuleContext, RuleDefinition } from './rule.js';
export { defineRule, formatMessage } from './rule.js';
export { allRuleMetas, ignoreAnnotationMeta, internalErrorMeta, ruleById, ruleMetas, rules } from './rules/index.js';
