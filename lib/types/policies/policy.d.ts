import type { InputObject, RuleMeta, Severity, SeveritySetting } from './types.js';
export interface RuleSetting {
    severity?: SeveritySetting;
    /** Webhook only: apply this rule's safe fixes as a mutation. */
    mutate?: boolean;
    options?: Record<string, unknown>;
    [option: string]: unknown;
}
export interface PolicyMatch {
    namespaces?: string[];
    labels?: Record<string, string>;
    files?: string[];
}
export interface Policy {
    name: string;
    /** Where it was read from, for messages (`file:line`). */
    source?: string;
    mode: 'enforce' | 'audit';
    match?: PolicyMatch;
    rules: Record<string, RuleSetting>;
    /**
     * Added: what rules the policy does not list get. `recommended` (default): their default severity and options;
     * `none`: off. Lets a policy switch on only the rules it names.
     */
    extends?: 'recommended' | 'none';
}
/** Ordered: the first policy whose `match` matches an object applies to it; `recommended` when none does. */
export interface PolicySet {
    policies: Policy[];
}
export declare const POLICY_API_VERSION = "pgwarden.io/v1alpha1";
export declare const POLICY_KIND = "PostgresPolicy";
/** The built-in preset: every rule at its default severity and options, enforced. */
export declare const recommendedPolicy: Policy;
export declare const presets: Readonly<Record<string, Policy>>;
/** The JSON Schema of one PostgresPolicy document, assembled from each rule's options schema. */
export declare function policySchema(): Record<string, unknown>;
export interface PolicyProblem {
    file: string;
    line: number;
    column: number;
    /** Dotted field path, e.g. `spec.rules.replicas.min`. */
    field: string;
    message: string;
}
/** An invalid policy file: every problem with file:line and the field. */
export declare class PolicyError extends Error {
    readonly problems: PolicyProblem[];
    constructor(problems: PolicyProblem[]);
}
/**
 * Parses a policy file (one or more `PostgresPolicy` documents, `---`-separated; order = match order).
 * Throws PolicyError naming file:line and the field for every problem found.
 */
export declare function parsePolicy(text: string, file?: string): PolicySet;
/** Like parsePolicy, but returns the problems instead of throwing. */
export declare function tryParsePolicy(text: string, file?: string): {
    policySet: PolicySet;
} | {
    problems: PolicyProblem[];
};
/**
 * Whether `policy.match` selects the object: every given condition must hold. An object without a namespace matches
 * no `namespaces` condition; an object without a file (webhook) matches no `files` condition.
 */
export declare function policyMatches(policy: Policy, input: InputObject): boolean;
/** The policy for one object: the first in the set whose match selects it; `recommended` when none does. */
export declare function policyFor(input: InputObject, policySet: PolicySet | undefined): Policy;
export interface ResolvedRuleSetting {
    severity: SeveritySetting;
    mutate: boolean;
    /** Options as written (without severity/mutate), not yet defaulted. */
    options: Record<string, unknown>;
}
/** What `policy` says about `meta`'s rule, with unlisted rules following `policy.extends`. */
export declare function ruleSetting(policy: Policy, meta: RuleMeta): ResolvedRuleSetting;
export declare function isEnabled(severity: SeveritySetting): severity is Severity;
