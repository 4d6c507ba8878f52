// Cluster mode against a fake apiserver: StorageClass and PostgresPolicy informers through @kubernetes/client-node,
// the supervisor's restarts after errors and silent hangs, and what /readyz and /metrics say about them.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/webhook/main.js';
import { SupervisedInformer, type InformerLike } from '../../src/webhook/informers.js';
import { FakeApiServer } from './fake-apiserver.js';
import { KINDS, get, logSink, makePki, post, responseOf, review, type TestPki, until } from './helpers.js';
import { cnpg, pgoV5 } from './manifests.js';

const SC = '/apis/storage.k8s.io/v1/storageclasses';
const PP = '/apis/pgwarden.io/v1alpha1/postgrespolicies';

const storageClass = (name: string) => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'ebs.csi.aws.com' });
const postgresPolicy = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'pgwarden.io/v1alpha1', kind: 'PostgresPolicy', metadata: { name }, spec });

describe('cluster mode (fake apiserver)', () => {
  let api: FakeApiServer;
  let pki: TestPki;
  let server: RunningServer;
  const sink = logSink();
  const validate = async (object: unknown, kind = KINDS.Cluster) =>
    responseOf(await post(server.url, '/validate', JSON.stringify(review(kind, object)), pki.ca));

  beforeAll(async () => {
    api = new FakeApiServer();
    api.collection(SC, 'StorageClass', 'storage.k8s.io/v1');
    api.collection(PP, 'PostgresPolicy', 'pgwarden.io/v1alpha1');
    api.put(SC, storageClass('fast-ssd'));
    api.put(PP, postgresPolicy('10-prod', { mode: 'enforce', match: { namespaces: ['*-prod'] } }));
    await api.start();
    pki = makePki();
    server = await startServer({
      port: 0,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
      policySource: 'crd',
      kubeConfig: api.kubeConfig(),
      logger: pino({ level: 'debug' }, sink.stream),
      informerTiming: { minBackoffMs: 50, maxBackoffMs: 200, resyncMs: 60_000, startTimeoutMs: 500 },
      informerGraceMs: 60_000,
      defaultMetrics: false,
    });
    await until(() => server.ready().ready, 10_000, 'informers synced');
  });
  afterAll(async () => {
    await server?.close();
    await api?.stop();
  });

  it('is ready once the policy and both informers are synced', async () => {
    const ready = await get(server.url, '/readyz', pki.ca);
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ checks: { informers: { storageclasses: { synced: true, healthy: true }, postgrespolicies: { synced: true } } } });
    expect((await get(server.url, '/metrics', pki.ca)).body).toMatch(/pgwarden_informer_healthy\{informer="storageclasses"\} 1/);
  });

  it('storage-class flags a class that does not exist in the cluster, and follows the informer', async () => {
    expect((await validate(cnpg('pg', 'db-prod', { storageClass: 'fast-ssd' }))).allowed).toBe(true);
    const missing = await validate(cnpg('pg', 'db-prod', { storageClass: 'gp3' }));
    expect(missing.allowed).toBe(false);
    expect(missing.status?.message).toContain('[storage-class]');
    api.put(SC, storageClass('gp3'));
    await until(async () => (await validate(cnpg('pg', 'db-prod', { storageClass: 'gp3' }))).allowed, 5000, 'new StorageClass seen');
  });

  it('applies PostgresPolicy changes, rejects an invalid one and keeps its last good version', async () => {
    const bad = pgoV5('hippo', 'db-prod', { image: 'postgres:latest' });
    expect((await validate(bad, KINDS.PostgresCluster)).allowed).toBe(false);
    api.put(PP, postgresPolicy('10-prod', { mode: 'audit', match: { namespaces: ['*-prod'] } }));
    await until(async () => (await validate(bad, KINDS.PostgresCluster)).allowed, 5000, 'audit policy applied');
    const version = server.policy.version;
    api.put(PP, postgresPolicy('10-prod', { mode: 'sometimes' }));
    await until(() => sink.lines.some((l) => l.msg === 'PostgresPolicy rejected'), 5000, 'rejection logged');
    const rejection = sink.lines.find((l) => l.msg === 'PostgresPolicy rejected');
    expect(rejection).toMatchObject({ policy: '10-prod', kept: 'last good version' });
    expect(String(rejection?.err)).toContain('PostgresPolicy/10-prod');
    expect(server.policy.version).toBe(version);
    expect((await validate(bad, KINDS.PostgresCluster)).allowed).toBe(true);
    // deleting it falls back to the built-in policy, which enforces
    api.remove(PP, '10-prod');
    await until(async () => !(await validate(bad, KINDS.PostgresCluster)).allowed, 5000, 'policy removed');
  });

  it('restarts informers after watch and list errors, with readiness and metrics following', async () => {
    const restartsBefore = server.informers().find((h) => h.name === 'storageclasses')!.restarts;
    api.failWatches = 2;
    api.failLists = 2;
    api.dropWatches();
    await until(() => server.informers().every((h) => h.healthy) && server.informers().find((h) => h.name === 'storageclasses')!.restarts > restartsBefore, 10_000, 'informers recovered');
    const metrics = (await get(server.url, '/metrics', pki.ca)).body;
    expect(metrics).toMatch(/pgwarden_informer_restarts_total\{informer="storageclasses"\} [1-9]/);
    expect(metrics).toMatch(/pgwarden_informer_healthy\{informer="storageclasses"\} 1/);
    expect(sink.lines.some((l) => l.msg === 'informer failed; restarting')).toBe(true);
    // still judging with the cluster's classes
    expect((await validate(cnpg('pg', 'db-prod', { storageClass: 'gp3' }))).allowed).toBe(true);
  });
});

/** A hand-driven informer for the supervisor's own logic. */
class FakeInformer implements InformerLike<{ name: string }> {
  handlers: Record<string, ((x?: unknown) => void)[]> = {};
  items: { name: string }[] = [];
  stopped = false;
  constructor(private readonly behaviour: 'ok' | 'hang' | 'fail-list') {}
  on(verb: 'add' | 'update' | 'delete', cb: (obj: { name: string }) => void): void;
  on(verb: 'error', cb: (err?: unknown) => void): void;
  on(verb: string, cb: ((obj: { name: string }) => void) | ((err?: unknown) => void)): void {
    const list = this.handlers[verb] ?? [];
    list.push(cb as (x?: unknown) => void);
    this.handlers[verb] = list;
  }
  emit(verb: string, value?: unknown): void {
    for (const cb of this.handlers[verb] ?? []) cb(value);
  }
  start(): Promise<void> {
    if (this.behaviour === 'hang') return new Promise(() => {});
    if (this.behaviour === 'fail-list') {
      this.emit('error', Object.assign(new Error('Internal Server Error'), { statusCode: 500 }));
      return Promise.resolve(); // like client-node: start() resolves after reporting a failed list
    }
    this.items = [{ name: 'a' }, { name: 'b' }];
    for (const item of this.items) this.emit('add', item); // partial lists must not leak out
    return Promise.resolve();
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
  list() {
    return this.items;
  }
}

describe('SupervisedInformer', () => {
  it('restarts with growing backoff after a failed list, a hang, then syncs; never forwards a partial list', async () => {
    const plan: ('ok' | 'hang' | 'fail-list')[] = ['fail-list', 'hang', 'fail-list', 'ok'];
    const created: FakeInformer[] = [];
    const seen: number[] = [];
    const supervisor = new SupervisedInformer({
      name: 'test',
      create: () => {
        const informer = new FakeInformer(plan[created.length] ?? 'ok');
        created.push(informer);
        return informer;
      },
      onChange: (objects) => seen.push(objects.length),
      log: pino({ level: 'silent' }),
      minBackoffMs: 20,
      maxBackoffMs: 1000,
      startTimeoutMs: 100,
    });
    const started = Date.now();
    supervisor.start();
    expect(supervisor.health()).toMatchObject({ synced: false, healthy: false });
    await until(() => supervisor.health().healthy, 5000, 'supervised informer healthy');
    // backoff 20 + 40 + 80 ms, plus the 100 ms start timeout of the hang
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 + 80 + 100 - 10);
    expect(created.length).toBe(4);
    expect(created.slice(0, 3).every((i) => i.stopped)).toBe(true);
    expect(supervisor.health()).toMatchObject({ synced: true, healthy: true, restarts: 3 });
    expect(seen).toEqual([2]);
    // after sync, changes flow through
    const live = created[3]!;
    live.items = [...live.items, { name: 'c' }];
    live.emit('add', { name: 'c' });
    expect(seen).toEqual([2, 3]);
    // a later watch error makes it unhealthy, then it recovers
    live.emit('error', new Error('watch closed: 500'));
    expect(supervisor.health()).toMatchObject({ healthy: false, lastError: 'watch closed: 500' });
    await until(() => supervisor.health().healthy, 5000, 'recovered');
    expect(supervisor.health().restarts).toBe(4);
    await supervisor.stop();
  });

  it('relists periodically, so a watch that hangs silently is replaced', async () => {
    let count = 0;
    const supervisor = new SupervisedInformer({
      name: 'resync',
      create: () => {
        count++;
        return new FakeInformer('ok');
      },
      onChange: () => {},
      log: pino({ level: 'silent' }),
      resyncMs: 50,
    });
    supervisor.start();
    await until(() => count >= 3, 5000, 'periodic relists');
    await supervisor.stop();
    const after = count;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(count).toBe(after);
  });
});
