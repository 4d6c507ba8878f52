import { type Rule } from '../rule.js';
import type { RuleMeta } from '../types.js';
export declare const rules: readonly Rule[];
/** Checked by the engine itself (it reads annotations, not the model); configurable like any rule. */
export declare const ignoreAnnotationMeta: Rule['meta'];
/** A rule (or the model builder) threw: the engine reports it instead of crashing. Not configurable. */
export declare const internalErrorMeta: Rule['meta'];
/** Every rule a policy can configure, with its meta (for `pgwarden rules`, SARIF descriptors, the policy schema). */
export declare const ruleMetas: readonly RuleMeta[];
export declare const allRuleMetas: readonly RuleMeta[];
export declare function ruleById(id: string): Rule | undefined;
