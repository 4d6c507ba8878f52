import type { Model, PostgresCluster } from './model.js';
import type { MessageData } from './rule.js';
import type { Finding, Pointer, RuleMeta, Severity } from './types.js';
/** Which side of the change a finding lands on: the head object, or (for a removed object) the base object. */
export type ChangeSide = 'head' | 'base';
/** A change finding: `objectIndex` indexes the head inputs, or the base inputs when `side` is `base`. */
export interface ChangeFinding extends Finding {
    side: ChangeSide;
    messageId: string;
    data: Readonly<Record<string, string | number>>;
}
/** One cluster at the base and at the head, paired by API group, kind, namespace and name (either may be missing). */
export interface ClusterPair {
    base?: PostgresCluster;
    head?: PostgresCluster;
    /** The whole models, for related objects (Secrets, problems). */
    baseModel: Model;
    headModel: Model;
}
export type ChangeReport<M extends Readonly<Record<string, string>>> = {
    [Id in keyof M & string]: {
        messageId: Id;
        data: MessageData<M[Id]>;
        /** `head` (default): on the head cluster; `base`: on the base cluster (the object is removed in this change). */
        side?: ChangeSide;
        pointer: Pointer;
        /** The rule's own level for this case (default meta.defaultSeverity); the policy scales it. */
        severity?: Severity;
    };
}[keyof M & string];
export interface ChangeContext<M extends Readonly<Record<string, string>> = Readonly<Record<string, string>>> {
    ruleId: string;
    severity: Severity;
    report(descriptor: ChangeReport<M>): void;
}
export interface ChangeRuleDefinition<M extends Readonly<Record<string, string>>> {
    meta: Omit<RuleMeta, 'fixable'> & {
        messages: M;
    };
    check(pair: ClusterPair, context: ChangeContext<M>): void;
}
export interface ChangeRule {
    meta: RuleMeta & {
        messages: Readonly<Record<string, string>>;
    };
    check(pair: ClusterPair, context: ChangeContext): void;
}
/** Declares a change rule: the same meta/messages/report contract as defineRule, over a pair of clusters. */
export declare function defineChangeRule<const M extends Readonly<Record<string, string>>>(definition: ChangeRuleDefinition<M>): ChangeRule;
/**
 * A Kubernetes quantity in base units (bytes for storage), or undefined when it does not parse — the grammar of
 * k8s.io/apimachinery pkg/api/resource/quantity.go: a decimal number, then a binary (Ki…Ei) or decimal (n…E) suffix or
 * an exponent. 1Gi and 1024Mi are the same size.
 */
export declare function parseQuantity(text: string): number | undefined;
/** The Postgres major a cluster declares (postgresVersion / postgresql.version / catalog major), else its image's. */
export declare function postgresMajor(cluster: PostgresCluster): {
    major: number;
    path: Pointer;
    via: string;
} | 'unknown' | undefined;
