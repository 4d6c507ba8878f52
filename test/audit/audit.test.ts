// src/audit without a cluster: a fake ClusterApi (the real-apiserver runs are in test/e2e/audit.test.ts).
import { describe, expect, it } from 'vitest';
import { auditCluster, type ClusterApi, emptinessOnly, type ListedKind, policyReports, referencedSecrets } from '../../src/audit/index.js';
import { SecretUsers } from '../../src/webhook/secret-users.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const VALUE = 'hunter2-the-real-password';

function cnpg(namespace: string, name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name, namespace, uid: `uid-${name}` },
    spec: { instances: 3, imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4', storage: { size: '1Gi', storageClass: 'standard' }, ...spec },
  };
}

/** List responses omit apiVersion/kind on built-in items: the fake does too, for StatefulSets. */
function fakeApi(objects: Record<string, unknown>[], secrets: Record<string, unknown>, options: { forbidSecrets?: boolean } = {}): ClusterApi & { secretReads: string[] } {
  const secretReads: string[] = [];
  return {
    secretReads,
    async list(kind: ListedKind, namespace?: string) {
      const found = objects.filter((o) => o.kind === kind.kind && (!namespace || (o.metadata as { namespace: string }).namespace === namespace));
      return found.map((o) => (kind.group === 'apps' ? { metadata: o.metadata, spec: o.spec } : o));
    },
    async storageClasses() {
      return ['standard'];
    },
    async secret(namespace: string, name: string) {
      secretReads.push(`${namespace}/${name}`);
      if (options.forbidSecrets) throw Object.assign(new Error('forbidden'), { code: 403 });
      return secrets[`${namespace}/${name}`];
    },
    async policies() {
      return undefined;
    },
  };
}

const statefulSet = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'pg', namespace: 'db' },
  spec: {
    replicas: 2,
    template: { spec: { containers: [{ name: 'postgres', image: 'postgres:16.4', env: [{ name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: 'pg-creds', key: 'password' } } }] }] } },
  },
};

describe('emptinessOnly', () => {
  it('keeps which keys exist and whether each is empty, and nothing of a value', () => {
    const reduced = emptinessOnly({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'db', annotations: { note: VALUE } }, data: { password: b64(VALUE), empty: '' }, stringData: { other: VALUE } });
    expect(reduced).toMatchObject({ kind: 'Secret', metadata: { name: 's', namespace: 'db' }, data: { empty: '' } });
    expect(Object.keys(reduced!.data as object).sort()).toEqual(['empty', 'other', 'password']);
    expect(JSON.stringify(reduced)).not.toContain(VALUE);
    expect(JSON.stringify(reduced)).not.toContain(b64(VALUE));
    expect(emptinessOnly('not a secret')).toBeUndefined();
  });
});

describe('referencedSecrets', () => {
  it('names the Secrets each operator’s cluster reads, as its adapter knows them', () => {
    const refs = referencedSecrets([{ object: cnpg('db', 'main') }, { object: statefulSet }, { object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } } }]);
    expect(refs.get(0)).toEqual([{ namespace: 'db', name: 'main-app' }]);
    expect(refs.get(1)).toEqual([{ namespace: 'db', name: 'pg-creds' }]);
    expect(refs.has(2)).toBe(false);
  });
});

describe('auditCluster', () => {
  it('judges each namespace with the live StorageClasses and referenced Secrets’ emptiness', async () => {
    const api = fakeApi([cnpg('db', 'main', { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' }), cnpg('other', 'nowhere', { storage: { size: '1Gi', storageClass: 'gone' } }), statefulSet], {
      'db/main-app': { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'main-app', namespace: 'db' }, data: { password: b64(VALUE) } },
      'db/pg-creds': { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pg-creds', namespace: 'db' }, data: { password: '' } },
    });
    const result = await auditCluster(api);
    expect(result.namespaces).toEqual(['db', 'other']);
    expect(result.policySource).toMatch(/^recommended/);
    const rules = (name: string) => result.findings.filter((f) => f.subject.name === name).map((f) => f.ruleId);
    expect(rules('main')).toContain('image-tag');
    expect(rules('nowhere')).toContain('storage-class');
    expect(rules('pg-creds')).toContain('password-reset');
    expect(rules('main-app')).not.toContain('password-reset');
    expect(api.secretReads.sort()).toEqual(['db/main-app', 'db/pg-creds', 'other/nowhere-app']);
    expect(JSON.stringify(result)).not.toContain(b64(VALUE));
  });

  it('says once that Secrets cannot be read (403) and judges the rest', async () => {
    const api = fakeApi([cnpg('db', 'a'), cnpg('db', 'b')], {}, { forbidSecrets: true });
    const result = await auditCluster(api);
    expect(api.secretReads).toHaveLength(1);
    expect(result.notes).toEqual(['Secrets cannot be read with these credentials (403): empty passwords were not checked']);
    expect(result.objects.filter((o) => o.postgres)).toHaveLength(2);
  });
});

describe('policyReports', () => {
  it('one wgpolicyk8s.io/v1alpha2 report per namespace: fail/warn/pass results with policy, rule, severity and the resource', async () => {
    const result = await auditCluster(fakeApi([cnpg('db', 'main', { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' })], {}), { secrets: false });
    const [report, ...rest] = policyReports(result, new Date(1_700_000_000_000));
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ apiVersion: 'wgpolicyk8s.io/v1alpha2', kind: 'PolicyReport', metadata: { name: 'pgwarden', namespace: 'db', labels: { 'app.kubernetes.io/managed-by': 'pgwarden' } } });
    const fail = report!.results.find((r) => r.rule === 'image-tag');
    expect(fail).toMatchObject({
      source: 'pgwarden',
      policy: 'recommended',
      result: 'fail',
      severity: 'high',
      resources: [{ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'main', namespace: 'db', uid: 'uid-main' }],
      timestamp: { seconds: 1_700_000_000, nanos: 0 },
    });
    expect(report!.results[0]!.result).toBe('fail');
    expect(report!.results.some((r) => r.rule === 'replicas' && r.result === 'pass')).toBe(true);
    const counted = { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 };
    for (const r of report!.results) counted[r.result]++;
    expect(report!.summary).toEqual(counted);
  });
});

describe('SecretUsers (the webhook’s index of Secret → workloads)', () => {
  const kind = { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet' };
  it('indexes listed workloads (no apiVersion/kind on list items) by the Secrets they read, and forgets deleted ones', () => {
    const users = new SecretUsers();
    users.update(kind, [{ metadata: { name: 'pg', namespace: 'db', resourceVersion: '1' }, spec: statefulSet.spec } as never]);
    expect(users.usersOf('db', 'pg-creds')).toHaveLength(1);
    expect((users.usersOf('db', 'pg-creds')[0] as { kind: string }).kind).toBe('StatefulSet');
    expect(users.usersOf('other', 'pg-creds')).toEqual([]);
    // A non-Postgres StatefulSet is not kept.
    users.update(kind, [{ metadata: { name: 'web', namespace: 'db', resourceVersion: '2' }, spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } } as never]);
    expect(users.usersOf('db', 'pg-creds')).toEqual([]);
    expect(users.size()).toBe(0);
  });
});

describe('pgwarden audit (arguments, no cluster needed)', () => {
  const run = async (args: string[]) => {
    const { main } = await import('../../src/cli/main.js');
    let out = '';
    let err = '';
    const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd(), env: {} });
    return { code, out, err };
  };
  it('--help documents the scope, secret handling, formats and exit codes', async () => {
    const { code, out } = await run(['audit', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: pgwarden audit');
    for (const flag of ['--context', '--all-namespaces', '--namespace', '--format', '--no-secrets', 'Exit codes']) expect(out).toContain(flag);
  });
  it('refuses contradictory or unknown options with exit 2', async () => {
    expect((await run(['audit', '-n', 'db', '-A'])).code).toBe(2);
    expect((await run(['audit', '--format', 'xml'])).err).toContain('--format xml');
    expect((await run(['audit', '--bogus'])).code).toBe(2);
    const missing = await run(['audit', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot load the kubeconfig');
  });
});

describe('yamlPosition (where a finding points in `kubectl get -o yaml`)', () => {
  it('finds a field, a list item, and the nearest parent of a missing field, with keys sorted as kubectl prints them', async () => {
    const { yamlPosition } = await import('../../src/cli/audit.js');
    const object = { kind: 'Cluster', apiVersion: 'postgresql.cnpg.io/v1', metadata: { name: 'pg' }, spec: { storage: { size: '1Gi' }, instances: 1, imageName: 'x:latest', env: [{ name: 'A' }, { name: 'B' }] } };
    // apiVersion, kind, metadata, name, spec, env, - A, - B (lists unindented, as kubectl prints them), imageName, instances, storage, size
    expect(yamlPosition(object, '/spec/imageName')).toEqual({ line: 9, column: 3 });
    expect(yamlPosition(object, '/spec/env/1/name')).toEqual({ line: 8, column: 5 });
    expect(yamlPosition(object, '/spec/storage/storageClass')).toEqual({ line: 11, column: 3 });
    expect(yamlPosition(object, '')).toEqual({ line: 1, column: 1 });
    expect(yamlPosition(undefined, '/spec')).toEqual({ line: 1, column: 1 });
  });
});
