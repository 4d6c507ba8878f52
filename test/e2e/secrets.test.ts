// A Secret arriving alone is judged with the workloads that reference it (pgwarden's list/watch of the Postgres
// kinds, with deploy/'s RBAC: no access to Secrets); a workload arriving after its Secret only with --read-secrets
// and deploy/read-secrets/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOk, applyYaml, kubectl, kubectlOk, repoRoot, type Serve, serviceAccountKubeconfig, servingCert, startWebhook, unregisterWebhooks, until } from './harness.js';

const NS = 'e2e-secrets';
const b64 = (text: string) => Buffer.from(text).toString('base64');

function secret(name: string, labels: Record<string, string>, password: string) {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: NS, labels }, type: 'Opaque', data: { password: b64(password), username: b64('app') } };
}

function statefulSet(name: string, secretName: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: NS },
    spec: {
      replicas: 2,
      serviceName: name,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          affinity: {
            podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: name } } }] },
          },
          containers: [
            {
              name: 'postgres',
              image: 'postgres:16.4',
              env: [{ name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: secretName, key: 'password' } } }],
            },
          ],
        },
      },
    },
  };
}

let serve: Serve;
let tls: ReturnType<typeof servingCert>;
let saConfig: string;
const serveArgs = () => ['--tls-cert', tls.certFile, '--tls-key', tls.keyFile, '--policy-source', 'crd', '--kubeconfig', saConfig];

beforeAll(async () => {
  kubectlOk(['create', 'namespace', NS]);
  for (const name of ['standard']) applyOk({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'kubernetes.io/no-provisioner' });
  applyOk({ apiVersion: 'pgwarden.io/v1alpha1', kind: 'PostgresPolicy', metadata: { name: '15-e2e-secrets' }, spec: { mode: 'enforce', match: { namespaces: [NS] }, extends: 'none', rules: { 'password-reset': { severity: 'error' } } } });
  tls = servingCert();
  saConfig = serviceAccountKubeconfig();
  serve = await startWebhook(serveArgs());
  // The workloads exist before their Secrets (Argo CD sync waves, or a Secret rotated later).
  applyOk(statefulSet('pg-sts', 'pg-sts-creds'));
  applyOk({
    apiVersion: 'acid.zalan.do/v1',
    kind: 'postgresql',
    metadata: { name: 'acid-main', namespace: NS },
    spec: { teamId: 'acid', numberOfInstances: 1, postgresql: { version: '16' }, volume: { size: '1Gi', storageClass: 'standard' }, users: { app: [] } },
  });
  applyOk({
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: 'pg-app', namespace: NS },
    spec: { instances: 1, imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4', storage: { size: '1Gi', storageClass: 'standard' } },
  });
  applyOk({
    apiVersion: 'postgres-operator.crunchydata.com/v1beta1',
    kind: 'PostgresCluster',
    metadata: { name: 'hippo', namespace: NS },
    spec: {
      postgresVersion: 16,
      instances: [{ name: 'instance1', replicas: 1, dataVolumeClaimSpec: { storageClassName: 'standard', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      users: [{ name: 'app' }],
      backups: { pgbackrest: { repos: [{ name: 'repo1', schedules: { full: '0 1 * * 0' }, volume: { volumeClaimSpec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } }] } },
    },
  });
});

afterAll(async () => {
  unregisterWebhooks();
  await serve?.stop();
});

describe('a lone Secret is judged with the workloads that reference it', () => {
  it('a blank password in the Secret a StatefulSet reads (labelled pgwarden.io/check) is denied, naming the StatefulSet', async () => {
    const r = await until('the StatefulSet to be indexed', () => {
      const attempt = applyYaml(secret('pg-sts-creds', { 'pgwarden.io/check': 'true' }, ''), '--dry-run=server');
      return attempt.status !== 0 ? attempt : undefined;
    });
    expect(r.stderr).toContain('pgwarden denied Secret e2e-secrets/pg-sts-creds (policy 15-e2e-secrets, enforce)');
    expect(r.stderr).toContain('[password-reset]');
    expect(r.stderr).toContain('StatefulSet');
    await until('the decision log line', () => serve.logs.some((l) => l.msg === 'admission' && l.name === 'pg-sts-creds' && l.related === 'secret-users'), 5000);
    // The same Secret with a password is stored.
    const good = applyYaml(secret('pg-sts-creds', { 'pgwarden.io/check': 'true' }, 'not-empty'));
    expect(good.status, good.output).toBe(0);
  });

  it('the Zalando and CloudNativePG user Secrets (their operators’ labels and names) are judged with their clusters', async () => {
    for (const [name, labels] of [
      ['app.acid-main.credentials.postgresql.acid.zalan.do', { application: 'spilo', 'cluster-name': 'acid-main' }],
      ['pg-app-app', { 'cnpg.io/cluster': 'pg-app' }],
    ] as const) {
      const r = await until(`${name} to be denied`, () => {
        const attempt = applyYaml(secret(name, labels, ''), '--dry-run=server');
        return attempt.status !== 0 ? attempt : undefined;
      });
      expect(r.stderr).toContain(`Secret e2e-secrets/${name}`);
      expect(r.stderr).toContain('[password-reset]');
    }
  });

  it('a PGO v5 user Secret blanked is the deliberate reset PGO performs: allowed', () => {
    const r = applyYaml(secret('hippo-pguser-app', { 'postgres-operator.crunchydata.com/cluster': 'hippo', 'postgres-operator.crunchydata.com/pguser': 'app' }, ''), '--dry-run=server');
    expect(r.status, r.output).toBe(0);
  });

  it('a Secret no workload references is judged alone (allowed), and the answer never holds a value', () => {
    const r = applyYaml(secret('unused-creds', { 'pgwarden.io/check': 'true' }, ''), '--dry-run=server');
    expect(r.status, r.output).toBe(0);
    expect(JSON.stringify(serve.logs)).not.toContain(b64('not-empty'));
  });

  it('a StatefulSet deleted stops vouching for its Secret within seconds', async () => {
    applyOk(statefulSet('pg-sts-gone', 'pg-gone-creds'));
    await until('the Secret to be denied', () => applyYaml(secret('pg-gone-creds', { 'pgwarden.io/check': 'true' }, ''), '--dry-run=server').status !== 0);
    kubectlOk(['-n', NS, 'delete', 'statefulset', 'pg-sts-gone']);
    await until('the Secret to be allowed', () => applyYaml(secret('pg-gone-creds', { 'pgwarden.io/check': 'true' }, ''), '--dry-run=server').status === 0);
  });
});

describe('a workload arriving after its Secret', () => {
  it('is judged without it by default (pgwarden cannot read Secrets)', () => {
    // The Secret is not one the webhooks match (no label): stored as it is.
    applyOk({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'later-creds', namespace: NS }, data: { password: '' } });
    const r = applyYaml(statefulSet('pg-later', 'later-creds'), '--dry-run=server');
    expect(r.status, r.output).toBe(0);
  });

  it('is denied with --read-secrets and deploy/read-secrets/ (Secret get), naming the empty Secret', async () => {
    kubectlOk(['apply', '-k', join(repoRoot, 'deploy/read-secrets')]);
    await serve.stop();
    serve = await startWebhook([...serveArgs(), '--read-secrets']);
    const r = applyYaml(statefulSet('pg-later', 'later-creds'), '--dry-run=server');
    expect(r.status, r.output).not.toBe(0);
    expect(r.stderr).toContain('pgwarden denied StatefulSet e2e-secrets/pg-later');
    expect(r.stderr).toContain('[password-reset]');
    expect(r.stderr).toContain('later-creds');
    // With a password, the same StatefulSet is allowed.
    applyOk({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'later-creds', namespace: NS }, data: { password: b64('s3cret-value') } });
    const ok = applyYaml(statefulSet('pg-later', 'later-creds'), '--dry-run=server');
    expect(ok.status, ok.output).toBe(0);
    expect(JSON.stringify(serve.logs)).not.toContain('s3cret-value');
    expect(JSON.stringify(serve.logs)).not.toContain(b64('s3cret-value'));
    kubectl(['delete', '-k', join(repoRoot, 'deploy/read-secrets')]);
  });
});
