// Engine entry point: adapters → model → rules → findings. No I/O, no imports from doors.


export { buildModel } from './adapters/index.js';
// What a door that sees one object at a time asks the operators' profiles: related objects, `/scale` subjects.
export {
  type OperatorConfigurationNeed,
  type RelatedNeed,
  type RelatedObjectNeed,
  relatedNeeds,
  type ScaleSubject,
  type SecretUsersNeed,
  scaleSubject,
} from './adapters/profiles.js';
// Change rules (issue 12): the change from a base to a head, judged over both sides' models.
export { type EvaluateChangeOptions, evaluateChange, evaluateUpdate, pairClusters, pairKey, type UpdateFindings } from './change.js';
export type { ChangeContext, ChangeFinding, ChangeRule, ChangeSide, ClusterPair } from './change-rule.js';
export { defineChangeRule, parseQuantity } from './change-rule.js';
export { changeRules } from './change-rules/index.js';
export { compareFindings, evaluate, IGNORE_ANNOTATION_PREFIX, resolveOptions } from './engine.js';
export type * from './model.js';
export type { Policy, PolicyMatch, PolicySet, RuleSetting } from './policy.js';
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
export { didYouMean } from './suggest.js';
export { allRuleMetas, ignoreAnnotationMeta, internalErrorMeta, ruleById, ruleMetas, rules } from './rules/index.js';
export type * from './types.js';
