// Audit results as wgpolicyk8s.io/v1alpha2 PolicyReports, one per namespace, the way Kyverno writes them, so Policy
// Reporter and other readers show pgwarden next to Kyverno. The CRD is deploy/policyreports/ (from
// kubernetes-sigs/wg-policy-prototypes policy-report/crd/v1alpha2). Each result: policy (the PostgresPolicy), rule
// (the rule id), result (fail for errors, warn for warnings, pass for info findings and for rules that found
// nothing), severity, message, the resource, source "pgwarden".
import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { isEnabled, ruleSetting, rules } from '../policies/index.js';
import type { AuditResult } from './audit.js';

export const POLICY_REPORT_GROUP = 'wgpolicyk8s.io';
export const POLICY_REPORT_VERSION = 'v1alpha2';
export const POLICY_REPORT_PLURAL = 'policyreports';
/** Every report pgwarden writes carries this label; a report without it is never touched. */
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'pgwarden' } as const;
export const REPORT_NAME = 'pgwarden';
/** etcd refuses objects over 1.5 MB: results beyond this count are summarised, not listed. */
const MAX_RESULTS = 1000;

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
  resources: { apiVersion: string; kind: string; name: string; namespace: string; uid?: string }[];
  timestamp: { seconds: number; nanos: number };
  properties?: Record<string, string>;
}

export interface PolicyReport {
  apiVersion: 'wgpolicyk8s.io/v1alpha2';
  kind: 'PolicyReport';
  metadata: { name: string; namespace: string; labels: Record<string, string>; resourceVersion?: string };
  summary: Record<PolicyResult, number>;
  results: PolicyReportResult[];
}

const RESULT_OF = { error: 'fail', warning: 'warn', info: 'pass' } as const;
const SEVERITY_OF = { error: 'high', warning: 'medium', info: 'info' } as const;

/** One report per namespace that holds a judged object (an empty namespace gets none; a stale one is deleted by the writer). */
export function policyReports(result: AuditResult, now: Date = new Date()): PolicyReport[] {
  const timestamp = { seconds: Math.floor(now.getTime() / 1000), nanos: 0 };
  const reports: PolicyReport[] = [];
  for (const namespace of result.namespaces) {
    const results: PolicyReportResult[] = [];
    for (const object of result.objects.filter((o) => o.namespace === namespace)) {
      const resources = [{ apiVersion: object.resource.apiVersion, kind: object.resource.kind, name: object.resource.name, namespace, ...(object.resource.uid ? { uid: object.resource.uid } : {}) }];
      const findings = result.findings.filter((f) => f.subject.namespace === namespace && f.subject.kind === object.resource.kind && f.subject.name === object.resource.name);
      for (const finding of findings) {
        results.push({
          source: 'pgwarden',
          policy: object.policy.name,
          rule: finding.ruleId,
          result: RESULT_OF[finding.severity],
          severity: SEVERITY_OF[finding.severity],
          category: 'PostgreSQL',
          message: finding.message,
          scored: true,
          resources,
          timestamp,
          properties: { path: finding.path || '/' },
        });
      }
      // Passes, as Kyverno writes them: each enabled rule that found nothing on a Postgres cluster.
      if (!object.postgres) continue;
      for (const { meta } of rules) {
        if (findings.some((f) => f.ruleId === meta.id) || !isEnabled(ruleSetting(object.policy, meta).severity)) continue;
        results.push({ source: 'pgwarden', policy: object.policy.name, rule: meta.id, result: 'pass', severity: 'info', category: 'PostgreSQL', message: `${meta.id}: no finding`, scored: true, resources, timestamp });
      }
    }
    const summary: Record<PolicyResult, number> = { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 };
    for (const r of results) summary[r.result]++;
    // Failures first, so a truncated report still lists what matters.
    const order: Record<PolicyResult, number> = { fail: 0, error: 1, warn: 2, skip: 3, pass: 4 };
    results.sort((a, b) => order[a.result] - order[b.result]);
    reports.push({
      apiVersion: 'wgpolicyk8s.io/v1alpha2',
      kind: 'PolicyReport',
      metadata: { name: REPORT_NAME, namespace, labels: { ...MANAGED_BY } },
      summary,
      results: results.slice(0, MAX_RESULTS),
    });
  }
  return reports;
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export interface WriteOutcome {
  written: string[];
  deleted: string[];
}

/**
 * Creates or replaces each namespace's `pgwarden` PolicyReport and deletes pgwarden's reports in namespaces that no
 * longer hold a judged object (found by the managed-by label: reports of other tools are never touched).
 */
export async function writePolicyReports(kc: KubeConfig, reports: readonly PolicyReport[]): Promise<WriteOutcome> {
  const api = kc.makeApiClient(CustomObjectsApi);
  const base = { group: POLICY_REPORT_GROUP, version: POLICY_REPORT_VERSION, plural: POLICY_REPORT_PLURAL };
  const outcome: WriteOutcome = { written: [], deleted: [] };
  for (const report of reports) {
    const namespace = report.metadata.namespace;
    let existing: { metadata?: { resourceVersion?: string } } | undefined;
    try {
      existing = (await api.getNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME })) as typeof existing;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (existing) {
      const body = { ...report, metadata: { ...report.metadata, resourceVersion: existing.metadata?.resourceVersion } };
      await api.replaceNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME, body });
    } else {
      await api.createNamespacedCustomObject({ ...base, namespace, body: report });
    }
    outcome.written.push(namespace);
  }
  const keep = new Set(reports.map((r) => r.metadata.namespace));
  const listed = (await api.listClusterCustomObject({ ...base, labelSelector: 'app.kubernetes.io/managed-by=pgwarden' })) as { items?: { metadata?: { name?: string; namespace?: string } }[] };
  for (const item of listed.items ?? []) {
    const namespace = item.metadata?.namespace;
    if (!namespace || keep.has(namespace) || item.metadata?.name !== REPORT_NAME) continue;
    try {
      await api.deleteNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME });
      outcome.deleted.push(namespace);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return outcome;
}
