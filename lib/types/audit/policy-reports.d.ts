import { type KubeConfig } from '@kubernetes/client-node';
import type { AuditResult } from './audit.js';
export declare const POLICY_REPORT_GROUP = "wgpolicyk8s.io";
export declare const POLICY_REPORT_VERSION = "v1alpha2";
export declare const POLICY_REPORT_PLURAL = "policyreports";
/** Every report pgwarden writes carries this label; a report without it is never touched. */
export declare const MANAGED_BY: {
    readonly 'app.kubernetes.io/managed-by': "pgwarden";
};
export declare const REPORT_NAME = "pgwarden";
export type PolicyResult = 'pass' | 'fail' | 'warn' | 'error' | 'skip';
export interface PolicyReportResult {
    source: 'pgwarden';
    policy: string;
    rule: string;
    result: PolicyResult;
    severity: 'high' | 'medium' | 'info';
    category: 'PostgreSQL';
    message: string;
    scored: true;
    resources: {
        apiVersion: string;
        kind: string;
        name: string;
        namespace: string;
        uid?: string;
    }[];
    timestamp: {
        seconds: number;
        nanos: number;
    };
    properties?: Record<string, string>;
}
export interface PolicyReport {
    apiVersion: 'wgpolicyk8s.io/v1alpha2';
    kind: 'PolicyReport';
    metadata: {
        name: string;
        namespace: string;
        labels: Record<string, string>;
        resourceVersion?: string;
    };
    summary: Record<PolicyResult, number>;
    results: PolicyReportResult[];
}
/** One report per namespace that holds a judged object (an empty namespace gets none; a stale one is deleted by the writer). */
export declare function policyReports(result: AuditResult, now?: Date): PolicyReport[];
export interface WriteOutcome {
    written: string[];
    deleted: string[];
}
/**
 * Creates or replaces each namespace's `pgwarden` PolicyReport and deletes pgwarden's reports in namespaces that no
 * longer hold a judged object (found by the managed-by label: reports of other tools are never touched).
 */
export declare function writePolicyReports(kc: KubeConfig, reports: readonly PolicyReport[]): Promise<WriteOutcome>;
