// What one admission request lacks, gathered by the webhook: the Zalando operator configuration (informers on
// OperatorConfigurations or on exactly one operator ConfigMap) for a `postgresql`, and the CNPG Cluster a
// ScheduledBackup names (a GET). Real HTTPS, AdmissionReviews as the apiserver sends them, a fake apiserver.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/webhook/decide.js';
import { realEngine } from '../../src/webhook/engine.js';
import { type RunningServer, serveMain, startServer } from '../../src/webhook/main.js';
import { relatedNeeds, type RelatedObjectNeed } from '../../src/policies/index.js';
import { parseReview } from '../../src/webhook/review.js';
import { FakeApiServer } from './fake-apiserver.js';
import { KINDS, logSink, makePki, post, responseOf, review, type TestPki, until } from './helpers.js';
import { cnpg, operatorConfiguration, scheduledBackup, zalando, zalandoOperatorConfigMap } from './manifests.js';

const OC = '/apis/acid.zalan.do/v1/operatorconfigurations';
const CM = '/api/v1/namespaces/postgres-operator/configmaps';
const CLUSTERS = '/apis/postgresql.cnpg.io/v1/namespaces/db-prod/clusters';
const CNPG_MESSAGE = /is read seconds first/;
const SC = '/apis/storage.k8s.io/v1/storageclasses';
const timing = { minBackoffMs: 50, maxBackoffMs: 200, resyncMs: 60_000, startTimeoutMs: 2000 };

function requestOf(body: Record<string, unknown>) {
  const parsed = parseReview(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe('decide with related inputs (real engine, no I/O)', () => {
  const builtin = { engine: realEngine, policy: undefined };

  it('a 2-instance Zalando postgresql: allowed when the operator configuration enables anti-affinity, denied when it does not', () => {
    const body = review(KINDS.postgresql, zalando('acid-main', 'db-prod', { instances: 2 }));
    expect(decide(requestOf(body), 'validate', builtin).response.allowed).toBe(false);
    const on = decide(requestOf(body), 'validate', { ...builtin, related: { objects: [operatorConfiguration()], reason: 'zalando-operator-config' } });
    expect(on.response.allowed).toBe(true);
    expect(on.summary.findings.map((f) => f.ruleId)).not.toContain('anti-affinity');
    const off = decide(requestOf(body), 'validate', { ...builtin, related: { objects: [operatorConfiguration('c', 'postgres-operator', false)], reason: 'zalando-operator-config' } });
    expect(off.response.allowed).toBe(false);
    expect(off.response.status?.message).toContain('[anti-affinity]');
  });

  it('keeps only findings about the ScheduledBackup: a Cluster with problems of its own does not leak in', () => {
    const cluster = { ...cnpg('pg-main', 'db-prod', { instances: 1 }), spec: { ...cnpg().spec, instances: 1, imageName: 'postgres:latest' } };
    const result = decide(requestOf(review(KINDS.ScheduledBackup, scheduledBackup())), 'validate', { ...builtin, related: { objects: [cluster], reason: 'cnpg-cluster' } });
    expect(result.response).toEqual({ uid: result.response.uid, allowed: true });
    expect(result.summary.findings).toEqual([]);
  });

  it('what the CNPG profile says stands for a missing Cluster judges the schedule alone and says so, without the "backs up nothing" finding', () => {
    const [need] = relatedNeeds(scheduledBackup()) as RelatedObjectNeed[];
    const related = { objects: [need!.whenAbsent!()], notes: ['pgwarden: Cluster db-prod/pg-main does not exist (yet); only the schedule was judged'], reason: 'cnpg-cluster-missing' };
    const good = decide(requestOf(review(KINDS.ScheduledBackup, scheduledBackup())), 'validate', { ...builtin, related });
    expect(good.response.allowed).toBe(true);
    expect(good.response.warnings).toEqual([related.notes[0]]);
    expect(good.summary.findings).toEqual([]);
    const bad = decide(requestOf(review(KINDS.ScheduledBackup, scheduledBackup('nightly', 'db-prod', { schedule: '0 2 * * *' }))), 'validate', { ...builtin, related });
    expect(bad.response.allowed).toBe(false);
    expect(bad.response.status?.message).toMatch(CNPG_MESSAGE);
    expect(bad.response.warnings).toEqual([related.notes[0]]);
  });
});

describe('Zalando operator configuration and CNPG ScheduledBackups in cluster mode (fake apiserver)', () => {
  let api: FakeApiServer;
  let pki: TestPki;
  let server: RunningServer;
  const sink = logSink();
  const validate = async (kind: (typeof KINDS)[keyof typeof KINDS], object: unknown) => responseOf(await post(server.url, '/validate', JSON.stringify(review(kind, object)), pki.ca));

  beforeAll(async () => {
    api = new FakeApiServer();
    api.collection(SC, 'StorageClass', 'storage.k8s.io/v1');
    api.put(SC, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast-ssd' }, provisioner: 'ebs.csi.aws.com' });
    api.collection(OC, 'OperatorConfiguration', 'acid.zalan.do/v1');
    api.collection(CLUSTERS, 'Cluster', 'postgresql.cnpg.io/v1');
    api.put(OC, operatorConfiguration('postgresql-operator-default-configuration', 'postgres-operator', true));
    api.put(CLUSTERS, cnpg('pg-main', 'db-prod'));
    await api.start();
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      policySource: 'builtin',
      kubeConfig: api.kubeConfig(),
      logger: pino({ level: 'debug' }, sink.stream),
      informerTiming: timing,
      defaultMetrics: false,
    });
    await untilSynced(server);
  });
  afterAll(async () => {
    await server?.close();
    await api?.stop();
  });

  it('reports the OperatorConfiguration informer in /readyz', () => {
    expect(server.ready().checks).toMatchObject({ informers: { 'zalando-operatorconfigurations': { synced: true, healthy: true } } });
  });

  it('a 2-instance postgresql is allowed while the watched OperatorConfiguration enables anti-affinity, denied once it does not', async () => {
    const pg = zalando('acid-main', 'db-prod', { instances: 2 });
    const allowed = await validate(KINDS.postgresql, pg);
    expect(allowed.allowed).toBe(true);
    expect(JSON.stringify(allowed)).not.toContain('anti-affinity');
    api.put(OC, operatorConfiguration('postgresql-operator-default-configuration', 'postgres-operator', false));
    await until(async () => !(await validate(KINDS.postgresql, pg)).allowed, 5000, 'disabled anti-affinity seen');
    const denied = await validate(KINDS.postgresql, pg);
    expect(denied.status?.message).toContain('[anti-affinity]');
    expect(denied.status?.message).toContain('decides this for every cluster of that operator');
    api.put(OC, operatorConfiguration('postgresql-operator-default-configuration', 'postgres-operator', true));
    await until(async () => (await validate(KINDS.postgresql, pg)).allowed, 5000, 'enabled again');
  });

  it('with several OperatorConfigurations and none named, uses none and says so', async () => {
    const pg = zalando('acid-main', 'db-prod', { instances: 2 });
    api.put(OC, operatorConfiguration('second', 'other-operator', true));
    await until(async () => !(await validate(KINDS.postgresql, pg)).allowed, 5000, 'ambiguity seen');
    const response = await validate(KINDS.postgresql, pg);
    expect(response.warnings?.some((w) => w.includes('2 OperatorConfigurations exist'))).toBe(true);
    expect(sink.lines.some((l) => String(l.msg).includes('2 OperatorConfigurations exist'))).toBe(true);
    api.remove(OC, 'second');
    await until(async () => (await validate(KINDS.postgresql, pg)).allowed, 5000, 'one configuration again');
  });

  it('ScheduledBackup `0 2 * * *` is denied with the CNPG message; `0 0 2 * * *` is allowed; the Cluster was read with a GET', async () => {
    const gets = api.getCount;
    const bad = await validate(KINDS.ScheduledBackup, scheduledBackup('nightly', 'db-prod', { schedule: '0 2 * * *' }));
    expect(bad.allowed).toBe(false);
    expect(bad.status?.code).toBe(403);
    expect(bad.status?.message).toMatch(/^pgwarden denied ScheduledBackup db-prod\/nightly/);
    expect(bad.status?.message).toContain('[backup-schedule] spec.schedule');
    expect(bad.status?.message).toMatch(CNPG_MESSAGE);
    const good = await validate(KINDS.ScheduledBackup, scheduledBackup('nightly', 'db-prod', { schedule: '0 0 2 * * *' }));
    expect(good).toMatchObject({ allowed: true });
    expect(good.warnings).toBeUndefined();
    expect(api.getCount).toBe(gets + 2);
    expect(api.requests).toContain(`${CLUSTERS}/pg-main`);
    const logged = sink.lines.filter((l) => l.msg === 'admission' && l.kind === 'postgresql.cnpg.io/ScheduledBackup');
    // Allowed untouched: a debug line (level 20).
    expect(logged.at(-1)).toMatchObject({ decision: 'allowed', related: 'cnpg-cluster', level: 20 });
  });

  it('a ScheduledBackup whose Cluster does not exist is not denied for that alone; its schedule is still judged', async () => {
    const orphan = await validate(KINDS.ScheduledBackup, scheduledBackup('nightly', 'db-prod', { cluster: 'pg-later' }));
    expect(orphan.allowed).toBe(true);
    expect(orphan.warnings).toEqual(['pgwarden: Cluster db-prod/pg-later does not exist (yet); only the schedule was judged']);
    // Allowed, but with a warning: an info line (level 30), as every review pgwarden said something about.
    const logged = sink.lines.filter((l) => l.msg === 'admission' && l.kind === 'postgresql.cnpg.io/ScheduledBackup');
    expect(logged.at(-1)).toMatchObject({ decision: 'allowed', related: 'cnpg-cluster-missing', level: 30 });
    const orphanBad = await validate(KINDS.ScheduledBackup, scheduledBackup('nightly', 'db-prod', { cluster: 'pg-later', schedule: '0 2 * * *' }));
    expect(orphanBad.allowed).toBe(false);
    expect(orphanBad.status?.message).toMatch(CNPG_MESSAGE);
  });

  it('a failing GET judges the schedule alone with a warning; no answer is delayed past the look-up timeout', async () => {
    api.failGets = 1;
    const response = await validate(KINDS.ScheduledBackup, scheduledBackup());
    expect(response.allowed).toBe(true);
    expect(response.warnings).toEqual(['pgwarden: could not read Cluster db-prod/pg-main; only the schedule was judged']);
    expect(sink.lines.some((l) => l.msg === 'could not read the CNPG Cluster of a ScheduledBackup; judging the schedule alone')).toBe(true);
  });

  it('other kinds take no detour: a CNPG Cluster makes no GET and gets no operator configuration', async () => {
    const gets = api.getCount;
    expect((await validate(KINDS.Cluster, cnpg('pg-main', 'db-prod'))).allowed).toBe(true);
    expect(api.getCount).toBe(gets);
    const logged = sink.lines.filter((l) => l.msg === 'admission' && l.kind === 'postgresql.cnpg.io/Cluster');
    expect(logged.at(-1)?.related).toBeUndefined();
  });
});

describe('--zalando-operator-configmap: exactly that ConfigMap', () => {
  let api: FakeApiServer;
  let pki: TestPki;
  let server: RunningServer;

  beforeAll(async () => {
    api = new FakeApiServer();
    api.collection(SC, 'StorageClass', 'storage.k8s.io/v1');
    api.put(SC, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast-ssd' }, provisioner: 'ebs.csi.aws.com' });
    api.collection(CM, 'ConfigMap', 'v1');
    // Another operator-looking ConfigMap in the namespace, listed first, must not be read (nor be visible at all).
    api.put(CM, zalandoOperatorConfigMap('some-other-map', 'postgres-operator', false));
    api.put(CM, zalandoOperatorConfigMap('postgres-operator', 'postgres-operator', true));
    await api.start();
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      kubeConfig: api.kubeConfig(),
      zalando: { configMap: { namespace: 'postgres-operator', name: 'postgres-operator' } },
      logger: pino({ level: 'silent' }),
      informerTiming: timing,
      defaultMetrics: false,
    });
    await untilSynced(server);
  });
  afterAll(async () => {
    await server?.close();
    await api?.stop();
  });

  it('follows the named ConfigMap: allowed while it enables anti-affinity, denied when it is switched off or deleted', async () => {
    const pg = zalando('acid-main', 'db-prod', { instances: 2 });
    const validate = async () => responseOf(await post(server.url, '/validate', JSON.stringify(review(KINDS.postgresql, pg)), pki.ca));
    expect((await validate()).allowed).toBe(true);
    expect(server.ready().checks).toMatchObject({ informers: { 'zalando-operator-configmap': { synced: true, healthy: true } } });
    api.put(CM, zalandoOperatorConfigMap('postgres-operator', 'postgres-operator', false));
    await until(async () => !(await validate()).allowed, 5000, 'switched off');
    api.put(CM, zalandoOperatorConfigMap('postgres-operator', 'postgres-operator', true));
    await until(async () => (await validate()).allowed, 5000, 'switched on');
    api.remove(CM, 'postgres-operator');
    await until(async () => !(await validate()).allowed, 5000, 'deleted');
    expect((await validate()).warnings).toContain('pgwarden: operator ConfigMap postgres-operator/postgres-operator not found; judged with the operator defaults');
    // never an unrestricted list of the namespace's ConfigMaps, and no OperatorConfiguration informer
    expect(api.requests.filter((p) => p.includes('operatorconfigurations'))).toEqual([]);
  });
});

describe('serve flags', () => {
  it('rejects a malformed --zalando-operator-configmap, the two Zalando flags together, and either without cluster access (exit 2)', async () => {
    const pki = makePki();
    const base = ['--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--port', '0'];
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      stderr.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(await serveMain([...base, '--zalando-operator-configmap', 'postgres-operator'])).toBe(2);
      expect(await serveMain([...base, '--zalando-operator-configmap', 'a/b', '--zalando-operator-configuration', 'a/c'])).toBe(2);
      expect(await serveMain([...base, '--no-cluster', '--zalando-operator-configmap', 'postgres-operator/postgres-operator'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join('')).toContain('--zalando-operator-configmap must be NAMESPACE/NAME, got "postgres-operator"');
    expect(stderr.join('')).toContain('exclude each other');
    expect(stderr.join('')).toContain('need cluster access');
  });
});

/** Waits for the informers; on a timeout, says which readiness check is still failing. */
async function untilSynced(server: { ready(): { ready: boolean; checks: unknown } }): Promise<void> {
  await until(() => server.ready().ready, 10_000, 'informers synced').catch((error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify(server.ready().checks)}`);
  });
}
