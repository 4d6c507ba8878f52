// The admission webhook server: fastify over HTTPS, assembled from plugins — policy (file, CRD informer or the
// preset), cluster informers, admission (/validate, /mutate), health (/healthz, /readyz), metrics (/metrics) and TLS
// reload — each cleaning up after itself in `onClose`. Connections are bounded: a TLS handshake, a request's headers
// and a whole request each have a deadline, idle keep-alive connections end, and the number of open connections is
// capped, so slow or idle clients cannot hold the server.
import type { AddressInfo } from 'node:net';
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import { admissionPlugin } from './admission.js';
import { startAuditLoop } from './audit-loop.js';
import { configMapInformer, customObjectGetter, operatorConfigurationInformer, policyInformer, storageClassInformer } from './cluster.js';
import { type EngineApi, realEngine } from './engine.js';
import { Judge, type ObjectLimits } from './evaluator.js';
import { type Readiness, healthPlugin } from './health.js';
import { type InformerHealth, SupervisedInformer } from './informers.js';
import { webhookLogger } from './log.js';
import { type WebhookMetrics, createMetrics, metricsPlugin } from './metrics.js';
import { policyCompiler } from './policy-compile.js';
import { CrdPolicyCollector, type PostgresPolicyObject, PolicyState, loadPolicyFile } from './policy-source.js';
import { RelatedSource } from './related.js';
import { SecretUsers, secretGetter, secretUserInformers } from './secret-users.js';
import { type TlsFiles, readTls, tlsReloadPlugin } from './tls.js';
import { watchFiles } from './watch.js';

export interface ServerOptions {
  /** 0 = any free port (tests). Default 8443. */
  port?: number;
  /** Default 127.0.0.1; `pgwarden serve` binds 0.0.0.0. */
  host?: string;
  tls: TlsFiles;
  /** `file` needs policyFile; `crd` needs cluster access; `builtin` = the engine's recommended preset. */
  policySource?: 'file' | 'crd' | 'builtin';
  policyFile?: string;
  /** Cluster access (informers). Without it there is no StorageClass informer and `crd` is impossible. */
  kubeConfig?: KubeConfig;
  /**
   * The Zalando operator's configuration, passed along when judging a `postgresql` (cluster access only):
   * `configMap` = exactly that operator ConfigMap (the operator runs from a ConfigMap); `operatorConfiguration` =
   * exactly that OperatorConfiguration; neither = every OperatorConfiguration, used when there is exactly one.
   */
  zalando?: { configMap?: NamespacedName; operatorConfiguration?: NamespacedName };
  /**
   * Judge a workload (StatefulSet, operator cluster) with the Secrets it references, read with a GET (emptiness only).
   * Needs read access to Secrets: off by default. Lone Secrets are judged with their workloads regardless.
   */
  readSecrets?: boolean;
  /** `--audit-interval`: audit the cluster this often and write PolicyReports (audit-loop.ts). Cluster access only. */
  auditIntervalMs?: number;
  /** How long the GET of an object a profile names (a ScheduledBackup's CNPG Cluster) may take. Default 1500 ms. */
  lookupTimeoutMs?: number;
  /** The engine, as an object; default the real one (src/policies). Tests and benches pass their own. */
  engine?: EngineApi;
  /** Caps on the judged objects (evaluator.ts); default DEFAULT_LIMITS. */
  limits?: ObjectLimits;
  /** The compiled policy-worker.js; default next to this module (lib/). Absent → policies compile on the main thread. */
  policyWorkerScript?: string | URL;
  /** Request bodies over this are a 413. Default 3 MiB (the apiserver's own request limit). */
  bodyLimit?: number;
  /** Connection deadlines and the cap on open connections; defaults in CONNECTION_DEFAULTS. */
  connections?: Partial<ConnectionLimits>;
  logger?: Logger;
  /** How often mounted files are polled in addition to fs.watch. Default 2000 ms. */
  filePollMs?: number;
  /** An informer failing longer than this makes /readyz fail. Default 120 s. */
  informerGraceMs?: number;
  /** Passed to the informer supervisor (tests use small values). */
  informerTiming?: { minBackoffMs?: number; maxBackoffMs?: number; resyncMs?: number; startTimeoutMs?: number };
  /** Register prom-client's process metrics (memory, event loop lag). Default true. */
  defaultMetrics?: boolean;
}

export interface NamespacedName {
  namespace: string;
  name: string;
}

export interface ConnectionLimits {
  /** A TLS handshake must finish within this (Node's default is 120 s). */
  handshakeTimeoutMs: number;
  /** A request's headers must arrive within this. */
  headersTimeoutMs: number;
  /** A whole request, body included, must arrive within this: the apiserver sends it at once. */
  requestTimeoutMs: number;
  /** How often Node checks the two deadlines above (its default, 30 s, would let a slow client linger that long). */
  checkIntervalMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are closed as they arrive. */
  maxConnections: number;
}

/**
 * Measured (test/webhook/hostile.test.ts): a body sent a byte a second is cut at requestTimeout + up to one check
 * interval (≈ 11 s); a connection that never starts its handshake at handshakeTimeout; 2,000 idle connections are
 * held open without stopping a review from being answered, and closed after the handshake deadline.
 */
export const CONNECTION_DEFAULTS: ConnectionLimits = {
  handshakeTimeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 75_000,
  maxConnections: 4_096,
};

export interface RunningServer {
  url: string;
  port: number;
  app: FastifyInstance;
  metrics: WebhookMetrics;
  policy: PolicyState;
  /** Re-reads the policy file now (the watcher does this by itself). */
  reloadPolicy(): Promise<boolean>;
  /** Re-reads the TLS files now (the watcher does this by itself). */
  reloadTls(): boolean;
  ready(): Readiness;
  informers(): InformerHealth[];
  /** Stop being ready (the Service stops routing here), keep serving. */
  beginDrain(): void;
  /** Stops accepting connections, answers in-flight requests, then stops watchers and informers (onClose). */
  close(): Promise<void>;
}

type Supervised = SupervisedInformer<unknown>;

/** Loads the policy before the server listens (an invalid file fails the start) and keeps it current. */
const policyPlugin: FastifyPluginAsync<{
  source: 'file' | 'crd' | 'builtin';
  file?: string;
  state: PolicyState;
  pollMs: number;
  handle: { reload?: () => Promise<boolean> };
}> = async (app, { source, file, state, pollMs, handle }) => {
  if (source === 'builtin') {
    await state.apply([], 'builtin');
    return;
  }
  if (source !== 'file' || !file) return; // crd: the cluster plugin's informer feeds the state
  const reload = () => loadPolicyFile(state, file);
  handle.reload = reload;
  if (!(await reload())) throw new Error(state.lastError ?? `invalid policy ${file}`);
  const stop = watchFiles([file], () => void reload(), { pollMs });
  app.addHook('onClose', async () => stop());
};

/**
 * The informers of cluster access: StorageClasses, PostgresPolicies (`crd`), the workloads that reference Secrets
 * (so a lone Secret is judged with them), the Zalando configuration. Stopped on close.
 */
const clusterPlugin: FastifyPluginAsync<{
  kubeConfig: KubeConfig;
  secretUsers: SecretUsers;
  options: ServerOptions;
  judge: Judge;
  state: PolicyState;
  collector: CrdPolicyCollector | undefined;
  related: RelatedSource;
  supervised: Supervised[];
  log: Logger;
  metrics: WebhookMetrics;
}> = async (app, { kubeConfig, secretUsers, options, judge, state, collector, related, supervised, log, metrics }) => {
  const timing = options.informerTiming ?? {};
  supervised.push(
    new SupervisedInformer({
      name: 'storageclasses',
      create: storageClassInformer(kubeConfig),
      onChange: (objects) => {
        const names = objects.map((o) => o.metadata?.name).filter((n): n is string => typeof n === 'string');
        judge.setStorageClasses(names.sort());
      },
      log,
      metrics,
      ...timing,
    }) as Supervised,
  );
  if (collector) {
    supervised.push(
      new SupervisedInformer({
        name: 'postgrespolicies',
        create: policyInformer(kubeConfig),
        onChange: (objects) => {
          void collector.collect(objects as PostgresPolicyObject[]).then(
            ({ set, documents }) => state.applyCompiled(set, documents, 'crd'),
            (error: Error) => log.error({ err: error.message }, 'PostgresPolicy compilation failed; the last good policy stays in force'),
          );
        },
        log,
        metrics,
        ...timing,
      }) as Supervised,
    );
  }
  for (const informer of secretUserInformers(kubeConfig, secretUsers, log, metrics, timing)) supervised.push(informer as Supervised);
  supervised.push(zalandoConfigInformer(kubeConfig, options.zalando ?? {}, related, log, metrics, timing) as Supervised);
  for (const informer of supervised) informer.start();
  const stopAudit = options.auditIntervalMs
    ? startAuditLoop({
        kubeConfig,
        intervalMs: options.auditIntervalMs,
        policy: () => state.inForce(),
        readSecrets: options.readSecrets === true,
        log,
      })
    : undefined;
  app.addHook('onClose', async () => {
    await stopAudit?.();
    for (const informer of supervised) await informer.stop();
  });
};

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.logger ?? webhookLogger();
  const engine = options.engine ?? realEngine;
  const metrics = createMetrics(options.defaultMetrics ?? true);
  const bodyLimit = options.bodyLimit ?? 3 * 1024 * 1024;
  const limits = { ...CONNECTION_DEFAULTS, ...options.connections };
  const source = options.policySource ?? (options.policyFile ? 'file' : 'builtin');
  if (source === 'file' && !options.policyFile) throw new Error('--policy-source file needs --policy FILE');
  if (source === 'crd' && !options.kubeConfig) throw new Error('--policy-source crd needs cluster access (in-cluster or --kubeconfig)');
  const pollMs = options.filePollMs ?? 2000;

  const tls = readTls(options.tls);
  const judge = new Judge(engine, options.limits ? { limits: options.limits } : {});
  const compiler = policyCompiler(engine, engine === realEngine, options.policyWorkerScript);
  const policy = new PolicyState(compiler, judge, log, metrics);
  const secretUsers = new SecretUsers();
  const related = options.kubeConfig
    ? new RelatedSource({
        engine,
        getObject: customObjectGetter(options.kubeConfig),
        secretUsers: (namespace: string, name: string) => secretUsers.usersOf(namespace, name),
        cached: (group: string, resource: string, namespace: string, name: string) => secretUsers.find(group, resource, namespace, name),
        ...(options.readSecrets ? { getSecret: secretGetter(options.kubeConfig) } : {}),
        ...(options.lookupTimeoutMs !== undefined ? { lookupTimeoutMs: options.lookupTimeoutMs } : {}),
        log,
      })
    : undefined;
  const supervised: Supervised[] = [];

  const app = Fastify({
    https: {
      cert: tls.cert,
      key: tls.key,
      handshakeTimeout: limits.handshakeTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    bodyLimit,
    logger: false,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // While closing, keep answering requests on open connections (a 503 there would hit failurePolicy); idle
    // keep-alive connections are closed so the drain finishes.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });
  app.server.maxConnections = limits.maxConnections;
  app.server.on('drop', () => metrics.badRequests.inc({ reason: 'max-connections' }));
  app.addHook('onClose', async () => compiler.close());

  let draining = false;
  // While draining, ask clients to close the connection after each answer, so close() does not wait for idle
  // keep-alive connections to time out.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not found', message: `no route ${request.method} ${request.url.slice(0, 100)}; use POST /validate or POST /mutate` });
  });

  const graceMs = options.informerGraceMs ?? 120_000;
  const ready = (): Readiness => {
    const informers = supervised.map((s) => s.health());
    const now = Date.now();
    const informersOk = informers.every((h) => h.synced && (h.healthy || (h.failingSince !== undefined && now - h.failingSince < graceMs)));
    const checks: Record<string, unknown> = {
      policy: policy.loaded ? { version: policy.version, ...(policy.lastError ? { lastRejected: policy.lastError } : {}) } : 'not loaded',
      informers: Object.fromEntries(
        informers.map((h) => [h.name, { synced: h.synced, healthy: h.healthy, restarts: h.restarts, ...(h.lastError ? { lastError: h.lastError } : {}) }]),
      ),
      draining,
    };
    return { ready: policy.loaded && informersOk && !draining, checks };
  };

  const policyHandle: { reload?: () => Promise<boolean> } = {};
  const tlsHandle: { reload?: () => boolean } = {};
  await app.register(policyPlugin, { source, ...(options.policyFile ? { file: options.policyFile } : {}), state: policy, pollMs, handle: policyHandle });
  if (options.kubeConfig && related) {
    const collector = source === 'crd' ? new CrdPolicyCollector(compiler, log, metrics) : undefined;
    await app.register(clusterPlugin, { kubeConfig: options.kubeConfig, secretUsers, options, judge, state: policy, collector, related, supervised, log, metrics });
  }
  await app.register(admissionPlugin, { judge, ...(related ? { related } : {}), metrics, log, bodyLimit });
  await app.register(healthPlugin, { ready });
  await app.register(metricsPlugin, { metrics });
  await app.register(tlsReloadPlugin, { files: options.tls, initial: tls, metrics, log, pollMs, handle: tlsHandle });

  try {
    await app.listen({ port: options.port ?? 8443, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  log.info({ port: address.port, policySource: source, policyCompiler: compiler.where, cluster: Boolean(options.kubeConfig) }, 'pgwarden webhook listening');

  let closing: Promise<void> | undefined;
  return {
    url: `https://${host}:${address.port}`,
    port: address.port,
    app,
    metrics,
    policy,
    reloadPolicy: () => policyHandle.reload?.() ?? Promise.resolve(false),
    reloadTls: () => tlsHandle.reload?.() ?? false,
    ready,
    informers: () => supervised.map((s) => s.health()),
    beginDrain: () => {
      draining = true;
    },
    close: () => {
      closing ??= (async () => {
        draining = true;
        await app.close();
        log.info('pgwarden webhook stopped');
      })();
      return closing;
    },
  };
}

function withoutManagedFields(object: KubernetesObject): KubernetesObject {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}

/**
 * The Zalando operator reads one configuration: the ConfigMap named by its CONFIG_MAP_NAME, or the
 * OperatorConfiguration named by POSTGRES_OPERATOR_CONFIGURATION_OBJECT. pgwarden cannot see the operator's
 * environment, so it uses what the flags name, or the only OperatorConfiguration there is; with several and none
 * named it passes none (the engine then applies the operator defaults) and says so in the answer.
 */
function zalandoConfigInformer(
  kc: KubeConfig,
  zalando: { configMap?: NamespacedName; operatorConfiguration?: NamespacedName },
  related: RelatedSource,
  log: Logger,
  metrics: WebhookMetrics,
  timing: NonNullable<ServerOptions['informerTiming']>,
): SupervisedInformer<KubernetesObject> {
  const named = zalando.configMap ?? zalando.operatorConfiguration;
  const what = zalando.configMap ? 'operator ConfigMap' : 'OperatorConfiguration';
  let lastNote: string | undefined;
  return new SupervisedInformer<KubernetesObject>({
    name: zalando.configMap ? 'zalando-operator-configmap' : 'zalando-operatorconfigurations',
    create: zalando.configMap ? configMapInformer(kc, zalando.configMap) : operatorConfigurationInformer(kc, zalando.operatorConfiguration),
    onChange: (objects) => {
      let note: string | undefined;
      let chosen: readonly KubernetesObject[] = objects;
      if (named && objects.length === 0) {
        note = `pgwarden: ${what} ${named.namespace}/${named.name} not found; judged with the operator defaults`;
      } else if (!named && objects.length > 1) {
        chosen = [];
        note = `pgwarden: ${objects.length} OperatorConfigurations exist and none is named (--zalando-operator-configuration); judged with the operator defaults`;
      }
      related.setZalandoConfig(chosen.map(withoutManagedFields), note);
      if (note !== lastNote && note) log.warn({ informer: 'zalando', objects: objects.length }, note.replace(/^pgwarden: /, ''));
      lastNote = note;
    },
    log,
    metrics,
    ...timing,
  });
}
