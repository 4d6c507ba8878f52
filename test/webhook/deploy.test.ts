// deploy/: renders with kubectl kustomize, and the manifests keep the promises docs/webhook.md makes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { repoRoot } from './helpers.js';

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; [k: string]: unknown };

function render(dir: string): Obj[] {
  const text = execFileSync('kubectl', ['kustomize', join(repoRoot, dir)], { encoding: 'utf8' });
  return parseAllDocuments(text).map((d) => d.toJS() as Obj);
}

const objects = render('deploy');
const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
const one = (kind: string) => {
  const found = byKind(kind);
  expect(found).toHaveLength(1);
  return found[0] as Obj & Record<string, never>;
};

interface Webhook {
  name: string;
  failurePolicy: string;
  sideEffects: string;
  timeoutSeconds: number;
  admissionReviewVersions: string[];
  clientConfig: { service: { name: string; namespace: string; path: string } };
  namespaceSelector: { matchExpressions: { key: string; operator: string; values: string[] }[] };
  objectSelector?: unknown;
  rules: { apiGroups: string[]; resources: string[]; operations: string[] }[];
}

describe('deploy/ (kubectl kustomize)', () => {
  it('renders the namespace, CRD, RBAC, cert-manager objects, Deployment, Service, PDB and both webhook configurations', () => {
    const kinds = objects.map((o) => o.kind).sort();
    expect(kinds).toEqual(
      [
        'Certificate',
        'Certificate',
        'ClusterRole',
        'ClusterRoleBinding',
        'CustomResourceDefinition',
        'Deployment',
        'Issuer',
        'Issuer',
        'MutatingWebhookConfiguration',
        'Namespace',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
        'ValidatingWebhookConfiguration',
      ].sort(),
    );
  });

  it('RBAC: read-only — storageclasses, postgrespolicies, Zalando operatorconfigurations, list/watch of the Postgres workloads; no Secrets', () => {
    const role = one('ClusterRole') as unknown as { rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[] };
    expect(role.rules).toEqual([
      { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['pgwarden.io'], resources: ['postgrespolicies'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['acid.zalan.do'], resources: ['operatorconfigurations'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ['list', 'watch'] },
      { apiGroups: ['postgres-operator.crunchydata.com'], resources: ['postgresclusters'], verbs: ['list', 'watch'] },
      { apiGroups: ['crunchydata.com'], resources: ['pgclusters'], verbs: ['list', 'watch'] },
      { apiGroups: ['acid.zalan.do'], resources: ['postgresqls'], verbs: ['list', 'watch'] },
      { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['get', 'list', 'watch'] },
    ]);
    expect(JSON.stringify(role.rules)).not.toContain('secrets');
    expect(byKind('Role')).toEqual([]);
  });

  it('the CRD is cluster-scoped PostgresPolicy pgwarden.io/v1alpha1', () => {
    const crd = one('CustomResourceDefinition') as unknown as { spec: { group: string; scope: string; names: { kind: string }; versions: { name: string }[] } };
    expect(crd.spec).toMatchObject({ group: 'pgwarden.io', scope: 'Cluster', names: { kind: 'PostgresPolicy' } });
    expect(crd.spec.versions.map((v) => v.name)).toEqual(['v1alpha1']);
  });

  it('Deployment: 2 replicas, required anti-affinity across nodes, limits, read-only root, non-root, TLS mounted', () => {
    const deployment = one('Deployment') as unknown as {
      metadata: { namespace: string };
      spec: { replicas: number; template: { spec: Record<string, unknown> & { containers: Record<string, unknown>[] } } };
    };
    expect(deployment.metadata.namespace).toBe('pgwarden');
    expect(deployment.spec.replicas).toBe(2);
    const pod = deployment.spec.template.spec as Record<string, unknown> & {
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { topologyKey: string }[] } };
      securityContext: { runAsNonRoot: boolean };
      containers: {
        image: string;
        args: string[];
        resources: { requests: Record<string, string>; limits: Record<string, string> };
        securityContext: { readOnlyRootFilesystem: boolean; allowPrivilegeEscalation: boolean };
      }[];
    };
    expect(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]?.topologyKey).toBe('kubernetes.io/hostname');
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const container = pod.containers[0]!;
    expect(container.image).toMatch(/^ghcr\.io\/pgwarden\/pgwarden:\d+\.\d+\.\d+$/);
    expect(container.args).toEqual(expect.arrayContaining(['serve', '--tls-cert=/tls/tls.crt', '--tls-key=/tls/tls.key', '--policy-source=crd']));
    expect(container.resources.requests.cpu).toBeDefined();
    expect(container.resources.limits.memory).toBeDefined();
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    const pdb = one('PodDisruptionBudget') as unknown as { spec: { minAvailable: number } };
    expect(pdb.spec.minAvailable).toBe(1);
  });

  it('the serving certificate names the Service, and both webhook configurations get its CA injected', () => {
    const serving = byKind('Certificate').find((c) => c.metadata.name === 'pgwarden-serving') as unknown as { spec: { dnsNames: string[]; secretName: string } };
    expect(serving.spec.dnsNames).toContain('pgwarden.pgwarden.svc');
    for (const kind of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
      expect(one(kind).metadata.annotations?.['cert-manager.io/inject-ca-from']).toBe('pgwarden/pgwarden-serving');
    }
  });

  it('webhooks: admission v1, sideEffects None, short timeouts, explicit failurePolicy, kube-system and pgwarden excluded', () => {
    const webhooks = [
      ...((one('ValidatingWebhookConfiguration') as unknown as { webhooks: Webhook[] }).webhooks ?? []),
      ...((one('MutatingWebhookConfiguration') as unknown as { webhooks: Webhook[] }).webhooks ?? []),
    ];
    expect(webhooks.length).toBeGreaterThanOrEqual(2);
    for (const webhook of webhooks) {
      expect(webhook.admissionReviewVersions).toEqual(['v1']);
      expect(webhook.sideEffects).toBe('None');
      expect(webhook.timeoutSeconds).toBeLessThanOrEqual(10);
      expect(['Fail', 'Ignore']).toContain(webhook.failurePolicy);
      expect(webhook.clientConfig.service).toMatchObject({ name: 'pgwarden', namespace: 'pgwarden' });
      expect(webhook.namespaceSelector.matchExpressions).toContainEqual({
        key: 'kubernetes.io/metadata.name',
        operator: 'NotIn',
        values: ['kube-system', 'pgwarden'],
      });
      // DELETE only in its own entry, on the four operator cluster kinds, never blocking while pgwarden is down.
      const deletes = webhook.rules.filter((rule) => rule.operations.includes('DELETE'));
      if (webhook.name === 'postgres-delete.validate.pgwarden.io') {
        expect(webhook.failurePolicy).toBe('Ignore');
        expect(deletes.flatMap((rule) => rule.resources).sort()).toEqual(['clusters', 'pgclusters', 'postgresclusters', 'postgresqls']);
        for (const rule of webhook.rules) expect(rule.operations).toEqual(['DELETE']);
      } else {
        expect(deletes).toEqual([]);
      }
    }
  });

  it('webhooks match only the five Postgres kinds, CNPG ScheduledBackups, their scale subresources, and labelled Secrets', () => {
    const validating = (one('ValidatingWebhookConfiguration') as unknown as { webhooks: Webhook[] }).webhooks;
    const resources = new Set(validating.flatMap((w) => w.rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}`)))));
    expect([...resources].sort()).toEqual(
      [
        'postgres-operator.crunchydata.com/postgresclusters',
        'crunchydata.com/pgclusters',
        'acid.zalan.do/postgresqls',
        'postgresql.cnpg.io/clusters',
        'postgresql.cnpg.io/clusters/scale',
        'postgresql.cnpg.io/scheduledbackups',
        'apps/statefulsets',
        'apps/statefulsets/scale',
        '/secrets',
      ].sort(),
    );
    for (const webhook of validating) {
      if (webhook.rules.some((r) => r.resources.includes('secrets'))) {
        expect(webhook.objectSelector, `${webhook.name} must be scoped by labels`).toBeDefined();
        expect(webhook.failurePolicy).toBe('Ignore');
      }
      expect(webhook.clientConfig.service.path).toBe('/validate');
    }
    const mutating = (one('MutatingWebhookConfiguration') as unknown as { webhooks: Webhook[] }).webhooks;
    for (const webhook of mutating) {
      expect(webhook.clientConfig.service.path).toBe('/mutate');
      expect(webhook.rules.flatMap((r) => r.resources)).not.toContain('secrets');
    }
  });

  it('deploy/policies renders and every PostgresPolicy is valid for the engine', () => {
    const policies = render('deploy/policies');
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      expect(policy.kind).toBe('PostgresPolicy');
      const text = readFileSync(join(repoRoot, 'deploy/policies', `${policy.metadata.name}.yaml`), 'utf8');
      expect(parsePolicy(text, `${policy.metadata.name}.yaml`).policies[0]?.name).toBe(policy.metadata.name);
    }
  });

  it('pgwarden lints its own deploy/ without errors', async () => {
    const { runLint } = await import('../../src/cli/lint.js');
    const result = await runLint({ paths: ['deploy'], cwd: repoRoot });
    expect(result.report.summary.apps).toBeGreaterThan(0);
    const errors = result.report.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});
