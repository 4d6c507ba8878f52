import type { Model } from './model.js';
import { policyFor } from './policy.js';
import type { EvaluateOptions, Finding, InputObject, RuleMeta } from './types.js';
export declare const IGNORE_ANNOTATION_PREFIX = "ignore.pgwarden.io/";
/**
 * The rule's options with its schema's defaults filled in (a frozen copy). Throws naming the rule and the option when
 * they do not validate — a parsed policy file never gets here invalid (its schema includes every rule's options); a
 * programmatic one does, and becomes an internal-error finding instead of a rule misreading an option.
 */
export declare function resolveOptions(meta: RuleMeta, options: Record<string, unknown>): Readonly<Record<string, unknown>>;
/** Stable order: object, then field, then rule, then severity, then message. */
export declare function compareFindings(a: Finding, b: Finding): number;
/**
 * Checks the objects against their policies (`options.policy`, else the `recommended` preset). Pure, no I/O, never throws.
 * Each object gets the first policy whose match selects it; a finding follows the policy of the object it lands on.
 */
export declare function evaluate(inputs: readonly InputObject[], options?: EvaluateOptions): Finding[];
/**
 * evaluate() over a model already built from `inputs` (evaluateUpdate shares the head's model with the change rules).
 * Never throws.
 */
export declare function evaluateBuilt(inputs: readonly InputObject[], model: Model, options?: EvaluateOptions): Finding[];
/** The policy, mode and per-rule settings that apply to one object (the webhook reads `mode` and `mutate`). */
export { policyFor };
