// `pgwarden audit` and `serve --audit-interval` against a real apiserver: objects stored without any webhook (as in
// a cluster that predates pgwarden), judged with the live StorageClasses, the cluster's PostgresPolicies and the
// emptiness of the Secrets they reference; PolicyReports written per namespace and kept current.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOk, getJson, kubectl, kubectlOk, pgwarden, type Serve, serviceAccountKubeconfig, servingCert, startServe, unregisterWebhooks, until } from './harness.js';

const A = 'e2e-audit-a';
const B = 'e2e-audit-b';
const CLEAN = 'e2e-audit-clean';
const SECRET_VALUE = 'sup3r-s3cret-value';
const b64 = (text: string) => Buffer.from(text).toString('base64');

const cnpg = (namespace: string, name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'Cluster',
  metadata: { name, namespace },
  spec: {
    instances: 3,
    imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4',
    storage: { size: '1Gi', storageClass: 'standard' },
    affinity: { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname', podAntiAffinityType: 'required' },
    backup: { barmanObjectStore: { destinationPath: 's3://backups/', s3Credentials: { inheritFromIAMRole: true } } },
    ...spec,
  },
});

interface JsonReport {
  summary: { errors: number; warnings: number };
  findings: { ruleId: string; severity: string; file: string; message: string }[];
}

function auditJson(...args: string[]): { status: number | null; report: JsonReport; stderr: string } {
  const r = pgwarden(['audit', '-f', 'json', ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

let policyFile: string;

beforeAll(() => {
  unregisterWebhooks(); // stored as they are: what the audit finds is what no webhook stopped
  for (const ns of [A, B, CLEAN]) kubectlOk(['create', 'namespace', ns]);
  applyOk({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' }, provisioner: 'kubernetes.io/no-provisioner' });
  applyOk([
    cnpg(A, 'pg-latest', { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' }),
    cnpg(A, 'pg-nowhere', { storage: { size: '1Gi', storageClass: 'class-that-does-not-exist' } }),
    cnpg(A, 'pg-good'),
    // pg-good's app Secret (CNPG's <cluster>-app): blank. pg-latest's: set, and its value must never show.
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pg-good-app', namespace: A }, data: { username: b64('app'), password: '' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pg-latest-app', namespace: A }, data: { username: b64('app'), password: b64(SECRET_VALUE) } },
    cnpg(B, 'pg-single', { instances: 1 }),
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web', namespace: B },
      spec: { serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:latest' }] } } },
    },
    cnpg(CLEAN, 'pg-clean'),
  ]);
  // A policy file that makes the run independent of the PostgresPolicies other test files leave in the cluster.
  policyFile = join(mkdtempSync(join(tmpdir(), 'pgwarden-e2e-audit-')), 'policy.yaml');
  writeFileSync(policyFile, 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: e2e-audit-file}\nspec: {mode: enforce}\n');
});

describe('pgwarden audit', () => {
  it('judges one namespace with the live StorageClasses and the emptiness of referenced Secrets; exit 1 on errors', () => {
    const { status, report, stderr } = auditJson('-n', A, '-p', policyFile);
    expect(status).toBe(1);
    const by = (file: string, rule: string) => report.findings.filter((f) => f.file === file && f.ruleId === rule);
    expect(by(`${A}/Cluster/pg-latest`, 'image-tag')).toHaveLength(1);
    expect(by(`${A}/Cluster/pg-nowhere`, 'storage-class')[0]?.message).toContain('class-that-does-not-exist');
    expect(by(`${A}/Secret/pg-good-app`, 'password-reset')).toHaveLength(1);
    expect(report.findings.filter((f) => f.file.startsWith(`${A}/Cluster/pg-good`) && f.severity === 'error')).toEqual([]);
    expect(report.findings.every((f) => f.file.startsWith(`${A}/`))).toBe(true);
    expect(stderr).toContain(`in namespace ${A} (policy: ${policyFile})`);
  });

  it('never prints a Secret value, in any format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      const r = pgwarden(['audit', '-n', A, '-p', policyFile, '-f', format]);
      expect(r.status, `${format}: ${r.stderr}`).toBe(1);
      expect(r.output).not.toContain(SECRET_VALUE);
      expect(r.output).not.toContain(b64(SECRET_VALUE));
    }
  });

  it('--no-secrets reads no Secret: no password finding', () => {
    const { report } = auditJson('-n', A, '-p', policyFile, '--no-secrets');
    expect(report.findings.some((f) => f.ruleId === 'password-reset')).toBe(false);
  });

  it('-A covers every namespace; a non-Postgres StatefulSet is not reported; SARIF is valid JSON', () => {
    const { report } = auditJson('-A', '-p', policyFile);
    expect(report.findings.some((f) => f.file === `${B}/Cluster/pg-single` && f.ruleId === 'replicas')).toBe(true);
    expect(report.findings.some((f) => f.file.startsWith(`${A}/`))).toBe(true);
    expect(report.findings.some((f) => f.file === `${B}/StatefulSet/web`)).toBe(false);
    const sarif = pgwarden(['audit', '-A', '-p', policyFile, '-f', 'sarif']);
    expect((JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBe(report.findings.length);
  });

  it('exit 0 for a clean namespace; stylish names each object as namespace/Kind/name', () => {
    const clean = pgwarden(['audit', '-n', CLEAN, '-p', policyFile, '--quiet']);
    expect(clean.status, clean.output).toBe(0);
    const stylish = pgwarden(['audit', '-n', A, '-p', policyFile, '--no-color']);
    expect(stylish.stdout).toContain(`${A}/Cluster/pg-latest`);
  });

  it('without --policy it judges with the cluster’s PostgresPolicies, in name order', async () => {
    applyOk({ apiVersion: 'pgwarden.io/v1alpha1', kind: 'PostgresPolicy', metadata: { name: '01-e2e-audit' }, spec: { match: { namespaces: [A] }, rules: { 'image-tag': { severity: 'off' } } } });
    const { report, stderr } = auditJson('-n', A);
    expect(stderr).toContain('PostgresPolicy/01-e2e-audit');
    expect(report.findings.some((f) => f.ruleId === 'image-tag')).toBe(false);
    expect(report.findings.some((f) => f.ruleId === 'storage-class')).toBe(true);
    kubectlOk(['delete', 'postgrespolicy', '01-e2e-audit']);
  });

  it('usage errors exit 2 with a clear message', () => {
    const both = pgwarden(['audit', '-n', A, '-A']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--namespace and --all-namespaces exclude each other');
    const context = pgwarden(['audit', '--context', 'nope']);
    expect(context.status).toBe(2);
    expect(context.stderr).toContain('--context nope: no such context');
    const unreachable = pgwarden(['audit', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(unreachable.status).toBe(2);
  });
});

describe('serve --audit-interval: PolicyReports per namespace', () => {
  let serve: Serve;

  afterAll(async () => {
    await serve?.stop();
  });

  interface Report {
    metadata: { labels: Record<string, string> };
    summary: { pass: number; fail: number; warn: number };
    results: { policy: string; rule: string; result: string; severity: string; source: string; message: string; resources: { kind: string; name: string; namespace: string; uid?: string }[] }[];
  }
  const report = (ns: string) => getJson<Report>(['policyreports.wgpolicyk8s.io', '-n', ns, 'pgwarden']);

  it('writes wgpolicyk8s.io/v1alpha2 PolicyReports as deploy/’s ServiceAccount, with policy/rule/result/severity/message/resources', async () => {
    const tls = servingCert();
    serve = await startServe(['--tls-cert', tls.certFile, '--tls-key', tls.keyFile, '--policy', policyFile, '--kubeconfig', serviceAccountKubeconfig(), '--audit-interval', '2s']);
    const written = await until('the PolicyReport of ' + A, () => (kubectl(['get', 'policyreports.wgpolicyk8s.io', '-n', A, 'pgwarden']).status === 0 ? report(A) : undefined), 30_000);
    expect(written.metadata.labels['app.kubernetes.io/managed-by']).toBe('pgwarden');
    const uid = getJson<{ metadata: { uid: string } }>(['clusters.postgresql.cnpg.io', '-n', A, 'pg-latest']).metadata.uid;
    const imageTag = written.results.find((r) => r.rule === 'image-tag' && r.resources[0]?.name === 'pg-latest');
    expect(imageTag).toMatchObject({ policy: 'e2e-audit-file', result: 'fail', severity: 'high', source: 'pgwarden', resources: [{ kind: 'Cluster', name: 'pg-latest', namespace: A, uid }] });
    expect(imageTag!.message).toContain('latest');
    expect(written.results.some((r) => r.rule === 'image-tag' && r.resources[0]?.name === 'pg-good' && r.result === 'pass')).toBe(true);
    expect(written.summary.fail).toBe(written.results.filter((r) => r.result === 'fail').length);
    expect(written.summary.pass).toBeGreaterThan(0);
    // Without --read-secrets, pgwarden reads no Secret: the blank one is not judged here.
    expect(written.results.some((r) => r.rule === 'password-reset' && r.result === 'fail')).toBe(false);
    expect(JSON.stringify(written)).not.toContain(SECRET_VALUE);
    // kubectl shows the summary columns the CRD defines.
    expect(kubectlOk(['get', 'policyreports.wgpolicyk8s.io', '-n', A])).toMatch(/NAME\s+PASS\s+FAIL\s+WARN\s+ERROR\s+SKIP\s+AGE\npgwarden\s+\d+\s+[1-9]/);
  });

  it('keeps each report current: a fixed object passes at the next round, a namespace emptied of Postgres loses its report', async () => {
    applyOk(cnpg(A, 'pg-latest'));
    await until('image-tag on pg-latest to pass', () => {
      const r = report(A).results.find((x) => x.rule === 'image-tag' && x.resources[0]?.name === 'pg-latest');
      return r?.result === 'pass';
    }, 20_000);
    expect(kubectl(['get', 'policyreports.wgpolicyk8s.io', '-n', B, 'pgwarden']).status).toBe(0);
    kubectlOk(['-n', B, 'delete', 'clusters.postgresql.cnpg.io', 'pg-single']);
    await until('the report of the emptied namespace to be deleted', () => kubectl(['get', 'policyreports.wgpolicyk8s.io', '-n', B, 'pgwarden']).status !== 0, 20_000);
    expect(serve.logs.some((l) => l.msg === 'audit: PolicyReports written')).toBe(true);
    expect(serve.logs.some((l) => l.msg === 'audit round failed; retrying at the next interval')).toBe(false);
  });
});
