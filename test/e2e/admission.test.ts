// The admission webhook called by a real kube-apiserver: deploy/'s webhook configurations (clientConfig pointed at a
// `pgwarden serve` on 127.0.0.1, authenticated as deploy/'s ServiceAccount so its RBAC is what is tested), the
// PostgresPolicies of deploy/policies, and kubectl as a user drives it.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOk,
  applyYaml,
  caseFile,
  getJson,
  kubectl,
  kubectlOk,
  pki,
  registerWebhooks,
  repoRoot,
  rotate,
  type Serve,
  serviceAccountKubeconfig,
  servingCert,
  startServe,
  unregisterWebhooks,
  until,
} from './harness.js';

const cnpg = (namespace: string, name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'Cluster',
  metadata: { name, namespace },
  spec: { instances: 3, imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4', storage: { size: '1Gi', storageClass: 'standard' }, ...spec },
});
const latest = (namespace: string, name: string) => cnpg(namespace, name, { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' });
const policy = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'pgwarden.io/v1alpha1', kind: 'PostgresPolicy', metadata: { name }, spec });

let serve: Serve;
let saConfig: string;
let tls: ReturnType<typeof servingCert>;

async function startWebhook(): Promise<void> {
  serve = await startServe(['--tls-cert', tls.certFile, '--tls-key', tls.keyFile, '--policy-source', 'crd', '--kubeconfig', saConfig, '--log-level', 'debug']);
  registerWebhooks(serve.port);
  // Registered and answering: the apiserver denies a bad object through it.
  await until('the apiserver to call the webhook', () => kubectl(['apply', '--dry-run=server', '-f', caseFile('bad/cnpg-latest.yaml')]).status !== 0, 30_000);
}

beforeAll(async () => {
  kubectlOk(['create', 'namespace', 'db-prod']);
  kubectlOk(['label', 'namespace', 'db-prod', 'pgwarden.io/statefulset-scale=enabled']);
  for (const ns of ['db-dev', 'e2e-policy', 'e2e-mutate']) kubectlOk(['create', 'namespace', ns]);
  for (const name of ['standard', 'fast-ssd']) {
    expect(applyYaml({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'kubernetes.io/no-provisioner' }).status).toBe(0);
  }
  kubectlOk(['apply', '-k', join(repoRoot, 'deploy/policies')]);
  saConfig = serviceAccountKubeconfig();
  tls = servingCert();
  await startWebhook();
});

afterAll(async () => {
  unregisterWebhooks();
  await serve?.stop();
});

describe('deploy/ webhooks called by kube-apiserver 1.28', () => {
  const cases = ['good', 'bad', 'audit'].flatMap((group) =>
    readdirSync(join(repoRoot, 'test/webhook/e2e', group)).map((file) => {
      const text = readFileSync(caseFile(`${group}/${file}`), 'utf8');
      const [, verdict, detail] = /^# expect: (allow|deny|warn)\s*(.*)$/m.exec(text)!;
      return { name: `${group}/${file}`, verdict: verdict!, detail: detail!.trim(), object: parse(text) as { kind: string; metadata: { name: string; namespace: string } } };
    }),
  );

  // Good objects first: the ScheduledBackup is judged with the Cluster it names, which must exist by then.
  it.each(cases)('$name: $verdict $detail (server-side dry run, then applied)', ({ verdict, detail, object, name }) => {
    const file = caseFile(name);
    for (const mode of ['server', 'none']) {
      const r = kubectl(['apply', `--dry-run=${mode}`, '-f', file]);
      if (verdict === 'deny') {
        expect(r.status, r.output).not.toBe(0);
        expect(r.stderr).toContain('admission webhook "');
        expect(r.stderr).toContain('pgwarden denied');
        expect(r.stderr).toContain(`[${detail}]`);
      } else {
        expect(r.status, r.output).toBe(0);
        if (verdict === 'warn') expect(r.stderr).toMatch(new RegExp(`Warning: .*${detail.replace(/[[\]]/g, '\\$&')}`));
      }
    }
    const stored = kubectl(['get', object.kind.toLowerCase() === 'cluster' ? 'clusters.postgresql.cnpg.io' : object.kind.toLowerCase(), '-n', object.metadata.namespace, object.metadata.name]);
    expect(stored.status === 0, `${name} stored: ${stored.output}`).toBe(verdict !== 'deny');
  });

  it('a denial names the object, the policy and its mode, and numbers each reason with its field', () => {
    const bad = cnpg('db-prod', 'pg-two-wrongs', { imageName: 'ghcr.io/cloudnative-pg/postgresql:latest', instances: 1 });
    const r = applyYaml(bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('admission webhook "postgres.validate.pgwarden.io" denied the request: pgwarden denied Cluster db-prod/pg-two-wrongs (policy 10-prod, enforce):');
    expect(r.stderr).toMatch(/\(1\) \[\w[\w-]*\] spec\.\w+: /);
    expect(r.stderr).toMatch(/\(2\) \[\w[\w-]*\] spec\.\w+: /);
    expect(r.stderr).toContain('[image-tag] spec.imageName:');
    expect(r.stderr).toContain('[replicas] spec.instances:');
  });

  it('a server-side dry run is judged like a real request and stores nothing either way', () => {
    const denied = applyYaml(latest('db-prod', 'pg-dry'), '--dry-run=server');
    expect(denied.status).not.toBe(0);
    expect(denied.stderr).toContain('[image-tag]');
    const allowed = applyYaml(cnpg('db-prod', 'pg-dry-ok', { affinity: { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname', podAntiAffinityType: 'required' } }), '--dry-run=server');
    expect(allowed.status, allowed.output).toBe(0);
    expect(kubectl(['get', 'clusters.postgresql.cnpg.io', '-n', 'db-prod', 'pg-dry', 'pg-dry-ok']).stderr).toMatch(/NotFound/);
  });

  it('audit mode (90-default) stores the object and returns the errors as warnings kubectl prints', () => {
    const r = applyYaml(latest('db-dev', 'pg-audit'));
    expect(r.status, r.output).toBe(0);
    expect(r.stderr).toMatch(/Warning: audit: \[image-tag\] spec\.imageName: /);
    expect(kubectl(['get', 'clusters.postgresql.cnpg.io', '-n', 'db-dev', 'pg-audit']).status).toBe(0);
  });

  it('a scale to 1 through /scale is denied for a CNPG Cluster and an opted-in StatefulSet; scaling up is allowed', () => {
    for (const target of ['clusters.postgresql.cnpg.io/pg-main', 'statefulset/pg-sts']) {
      const r = kubectl(['-n', 'db-prod', 'scale', target, '--replicas=1']);
      expect(r.status, r.output).not.toBe(0);
      expect(r.stderr).toContain('[replicas]');
    }
    expect(kubectl(['-n', 'db-prod', 'scale', 'clusters.postgresql.cnpg.io/pg-main', '--replicas=4']).status).toBe(0);
    expect(getJson<{ spec: { instances: number } }>(['clusters.postgresql.cnpg.io', '-n', 'db-prod', 'pg-main']).spec.instances).toBe(4);
  });

  it('DELETE is asked (failurePolicy Ignore) and allowed unless a policy names cluster-removed for the namespace', async () => {
    kubectlOk(['-n', 'db-dev', 'apply', '-f', '-'], JSON.stringify(cnpg('db-dev', 'pg-to-delete', { instances: 1 })));
    // Under the enforcing 10-prod policy, and one stored under audit with findings (:latest): both simply go.
    const r = kubectl(['-n', 'db-prod', 'delete', 'clusters.postgresql.cnpg.io', 'pg-main', '--wait=false']);
    expect(r.status, r.output).toBe(0);
    expect(kubectl(['-n', 'db-dev', 'delete', 'clusters.postgresql.cnpg.io', 'pg-audit', '--wait=false']).status).toBe(0);
    expect(kubectl(['-n', 'db-dev', 'delete', 'clusters.postgresql.cnpg.io', 'pg-to-delete', '--wait=false']).status).toBe(0);
    await until('the DELETE reviews to be logged', () => serve.logs.some((l) => l.msg === 'admission' && l.operation === 'DELETE'), 10_000);

    // A team that opts in: deleting a cluster in its namespace is refused, naming the rule and the way out.
    kubectlOk(['create', 'namespace', 'e2e-keep']);
    applyOk(policy('04-e2e-keep', { match: { namespaces: ['e2e-keep'] }, mode: 'enforce', rules: { 'cluster-removed': { severity: 'error' } } }));
    await until('the keep policy to be in force', () => serve.logs.some((l) => JSON.stringify(l).includes('04-e2e-keep')), 10_000);
    kubectlOk(['-n', 'e2e-keep', 'apply', '-f', '-'], JSON.stringify(cnpg('e2e-keep', 'pg-keep')));
    const refused = kubectl(['-n', 'e2e-keep', 'delete', 'clusters.postgresql.cnpg.io', 'pg-keep', '--wait=false']);
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.stderr).toContain('[cluster-removed]');
    expect(getJson(['clusters.postgresql.cnpg.io', '-n', 'e2e-keep', 'pg-keep'])).toBeTruthy();
    // The documented way out: the reason on the object itself.
    kubectlOk(['-n', 'e2e-keep', 'annotate', 'clusters.postgresql.cnpg.io', 'pg-keep', 'ignore.pgwarden.io/cluster-removed=decommissioned, data exported (TICKET-1)']);
    const allowed = kubectl(['-n', 'e2e-keep', 'delete', 'clusters.postgresql.cnpg.io', 'pg-keep', '--wait=false']);
    expect(allowed.status, allowed.output).toBe(0);
    kubectlOk(['delete', 'postgrespolicies.pgwarden.io', '04-e2e-keep']);
  });

  it('mutation (opt-in by `mutate: true`) is applied by the apiserver and recorded in the annotation', async () => {
    applyOk(policy('05-e2e-mutate', { match: { namespaces: ['e2e-mutate'] }, mode: 'enforce', rules: { 'storage-class': { allowed: ['fast-ssd'], default: 'fast-ssd', mutate: true } } }));
    await until('the mutating policy to be in force', () => serve.logs.some((l) => JSON.stringify(l).includes('05-e2e-mutate')), 10_000);
    await until('the mutation', () => {
      kubectl(['-n', 'e2e-mutate', 'delete', 'clusters.postgresql.cnpg.io', 'pg-mutated', '--ignore-not-found']);
      const r = applyYaml(cnpg('e2e-mutate', 'pg-mutated', { storage: { size: '1Gi', storageClass: 'standard' } }));
      if (r.status !== 0) return false;
      return getJson<{ spec: { storage: { storageClass: string } } }>(['clusters.postgresql.cnpg.io', '-n', 'e2e-mutate', 'pg-mutated']).spec.storage.storageClass === 'fast-ssd';
    });
    const stored = getJson<{ metadata: { annotations: Record<string, string> }; spec: { storage: { storageClass: string } } }>(['clusters.postgresql.cnpg.io', '-n', 'e2e-mutate', 'pg-mutated']);
    expect(stored.spec.storage.storageClass).toBe('fast-ssd');
    expect(stored.metadata.annotations['pgwarden.io/mutated']).toMatch(/^storage-class: replace storage class standard: set .*fast-ssd/);
    kubectlOk(['delete', 'postgrespolicy', '05-e2e-mutate']);
  });

  it('a PostgresPolicy created, edited and deleted changes the decisions within seconds (informer)', async () => {
    const probe = () => applyYaml(latest('e2e-policy', 'pg-probe'), '--dry-run=server');
    // 90-default (audit): allowed with a warning.
    expect(probe().status).toBe(0);
    const t0 = Date.now();
    applyOk(policy('20-e2e', { match: { namespaces: ['e2e-policy'] }, mode: 'enforce', rules: { 'image-tag': { severity: 'error' } } }));
    await until('the new policy to deny', () => probe().status !== 0, 10_000);
    const created = Date.now() - t0;
    expect(probe().stderr).toContain('(policy 20-e2e, enforce)');
    applyOk(policy('20-e2e', { match: { namespaces: ['e2e-policy'] }, mode: 'enforce', rules: { 'image-tag': { severity: 'off' } } }));
    await until('the edited policy to allow', () => {
      const r = probe();
      return r.status === 0 && !r.stderr.includes('image-tag');
    }, 10_000);
    applyOk(policy('20-e2e', { match: { namespaces: ['e2e-policy'] }, mode: 'enforce', rules: { 'image-tag': { severity: 'error' } } }));
    await until('the re-edited policy to deny', () => probe().status !== 0, 10_000);
    kubectlOk(['delete', 'postgrespolicy', '20-e2e']);
    await until('90-default to apply again', () => {
      const r = probe();
      return r.status === 0 && r.stderr.includes('audit: [image-tag]');
    }, 10_000);
    expect(created).toBeLessThan(10_000);
  });

  it('an invalid PostgresPolicy is refused: by the CRD schema at the door, by pgwarden (last good version kept) past it', async () => {
    const schema = applyYaml(policy('30-e2e-bad-mode', { mode: 'strict' }));
    expect(schema.status).not.toBe(0);
    expect(schema.stderr).toMatch(/spec\.mode: Unsupported value: "strict"/);
    applyOk(policy('20-e2e', { match: { namespaces: ['e2e-policy'] }, rules: { 'image-tag': { severity: 'error' } } }));
    await until('20-e2e to deny', () => applyYaml(latest('e2e-policy', 'pg-probe'), '--dry-run=server').status !== 0, 10_000);
    // Valid for the CRD schema (rules are free-form there), not for the rule's options: pgwarden rejects this version.
    applyOk(policy('20-e2e', { match: { namespaces: ['e2e-policy'] }, rules: { 'image-tag': { severity: 'off' }, replicas: { min: 'two' } } }));
    await until('the rejection to be logged', () => serve.logs.some((l) => l.msg === 'PostgresPolicy rejected' && JSON.stringify(l).includes('20-e2e')), 10_000);
    const r = applyYaml(latest('e2e-policy', 'pg-probe'), '--dry-run=server');
    expect(r.status, 'the last good version of 20-e2e still denies').not.toBe(0);
    expect(r.stderr).toContain('(policy 20-e2e, enforce)');
    kubectlOk(['delete', 'postgrespolicy', '20-e2e']);
  });

  it('never judges kube-system or its own namespace, whatever they hold', () => {
    for (const ns of ['kube-system', 'pgwarden']) {
      const r = applyYaml(latest(ns, 'pg-unjudged'));
      expect(r.status, r.output).toBe(0);
      expect(r.stderr).not.toContain('pgwarden');
    }
    expect(serve.logs.some((l) => l.msg === 'admission' && (l.namespace === 'kube-system' || l.namespace === 'pgwarden'))).toBe(false);
  });

  it('logs each decision without object data', () => {
    const decisions = serve.logs.filter((l) => l.msg === 'admission');
    expect(decisions.some((l) => l.decision === 'denied' && l.policy === '10-prod')).toBe(true);
    expect(JSON.stringify(decisions)).not.toMatch(/"data":|"stringData":/);
  });

  it('a TLS certificate rotation under load fails no request', async () => {
    const servedSerial = () =>
      new Promise<string>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: serve.port, ca: readFileSync(join(pki, 'ca.crt')), servername: 'localhost' }, () => {
          resolve(socket.getPeerCertificate().serialNumber.toUpperCase());
          socket.end();
        });
        socket.on('error', reject);
      });
    const before = await servedSerial();
    // Straight to the apiserver (admin client certificate): server-side dry-run creates, each one judged by pgwarden.
    const server = new URL(/server: (\S+)/.exec(readFileSync(join(pki, '..', 'kubeconfig'), 'utf8'))![1]!);
    const body = JSON.stringify(latest('db-prod', 'pg-rotation'));
    const dryRun = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: server.hostname,
            port: server.port,
            method: 'POST',
            path: '/apis/postgresql.cnpg.io/v1/namespaces/db-prod/clusters?dryRun=All',
            ca: readFileSync(join(pki, 'ca.crt')),
            cert: readFileSync(join(pki, 'admin.crt')),
            key: readFileSync(join(pki, 'admin.key')),
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            let text = '';
            res.on('data', (c) => {
              text += String(c);
            });
            res.on('end', () => resolve(res.statusCode === 403 && text.includes('pgwarden denied') ? 403 : (res.statusCode ?? 0)));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    let stop = false;
    const statuses: number[] = [];
    const load = (async () => {
      while (!stop) statuses.push(await dryRun().catch(() => -1));
    })();
    await new Promise((r) => setTimeout(r, 500));
    const first = rotate(tls);
    await until('the first rotated certificate to be served', async () => (await servedSerial()) === first.toUpperCase(), 10_000);
    const second = rotate(tls);
    await until('the second rotated certificate to be served', async () => (await servedSerial()) === second.toUpperCase(), 10_000);
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await load;
    expect(before).not.toBe(first.toUpperCase());
    expect(statuses.length).toBeGreaterThan(10);
    // Every request judged by pgwarden: a 403 with its message, never a webhook call failure (500) or a 0.
    expect(statuses.filter((s) => s !== 403)).toEqual([]);
  });

  it('with the webhook stopped, failurePolicy decides: Fail refuses the operator kinds, Ignore lets StatefulSets and Secrets through', async () => {
    expect(await serve.stop()).toBe(0);
    const cluster = applyYaml(cnpg('db-dev', 'pg-while-down'));
    expect(cluster.status).not.toBe(0);
    expect(cluster.stderr).toMatch(/failed calling webhook "postgres\.validate\.pgwarden\.io"/);
    const sts = kubectl(['apply', '-f', caseFile('bad/statefulset-empty-password.yaml'), '--dry-run=server']);
    expect(sts.status, sts.output).toBe(0);
    const secret = kubectl(['apply', '-f', caseFile('good/pgo-password-reset.yaml'), '--dry-run=server']);
    expect(secret.status, secret.output).toBe(0);
    // Back up: the same Cluster is judged (and allowed) again.
    await startWebhook();
    expect(applyYaml(cnpg('db-dev', 'pg-while-down'), '--dry-run=server').status).toBe(0);
  });
});
