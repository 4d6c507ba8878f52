import type { ChangeFinding, ClusterPair } from './change-rule.js';
import type { Model } from './model.js';
import type { EvaluateOptions, Finding, InputObject, ResourceRef } from './types.js';
/** The identity a cluster keeps across the change: API group (not version), kind, namespace, name. */
export declare function pairKey(resource: ResourceRef): string;
/** Pairs the clusters of both sides; removed clusters (base only) first in base order, then head order. */
export declare function pairClusters(baseModel: Model, headModel: Model): ClusterPair[];
export interface EvaluateChangeOptions extends EvaluateOptions {
    /** Ids of the change rules to run (default: all of them); the webhook judges a DELETE by cluster-removed only. */
    ruleIds?: readonly string[];
}
/**
 * Judges the change from `baseInputs` to `headInputs` with the change rules. Each pair follows the policy of its head
 * object (of its base object when it is removed). A finding is ignored by `ignore.pgwarden.io/<rule>: "<reason>"` on
 * the head object, or on the base object (the only place for a removed cluster). Pure, no I/O, never throws.
 */
export declare function evaluateChange(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateChangeOptions): ChangeFinding[];
export interface UpdateFindings {
    /** evaluate() of the head. */
    head: Finding[];
    /** evaluateChange() from the base to the head. */
    change: ChangeFinding[];
}
/**
 * An update judged whole, as an admission UPDATE is: the head's state (evaluate) and the change from the base
 * (evaluateChange), over one model of each side — the head's model is built once and read by both rule sets.
 * Pure, no I/O, never throws.
 */
export declare function evaluateUpdate(baseInputs: readonly InputObject[], headInputs: readonly InputObject[], options?: EvaluateChangeOptions): UpdateFindings;
