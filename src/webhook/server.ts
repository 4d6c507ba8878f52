// The admission webhook server: fastify over HTTPS. POST /validate and /mutate take an admission.k8s.io/v1
// AdmissionReview and answer one; /healthz, /readyz, /metrics for the kubelet and Prometheus.
import type { AddressInfo } from 'node:net';
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Logger, pino } from 'pino';
import { Gauge } from 'prom-client';
import { cnpgClusterGetter, configMapInformer, operatorConfigurationInformer, policyInformer, storageClassInformer } from './cluster.js';
import type { Endpoint } from './decide.js';
import { type EngineApi, loadEngine } from './engine.js';
import { startAuditLoop } from './audit-loop.js';
import { buildPolicySet, type Evaluator, InlineEvaluator, type TimeoutDecision, WorkerPoolEvaluator } from './evaluator.js';
import { type InformerHealth, SupervisedInformer } from './informers.js';
import { type WebhookMetrics, createMetrics } from './metrics.js';
import { CrdPolicyCollector, PolicyState, loadPolicyFile } from './policy-source.js';
import { type RelatedInputs, RelatedSource } from './related.js';
import { parseReview, reviewWith } from './review.js';
import { SecretUsers, secretGetter, secretUserInformers } from './secret-users.js';
import { type TlsFiles, readTls } from './tls.js';
import type { AdmissionRequest, DecisionResult } from './types.js';
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
  /** `--audit-interval`: audit the cluster this often and write PolicyReports (cluster access only). */
  auditIntervalMs?: number;
  /** How long the GET of a ScheduledBackup's CNPG Cluster may take. Default 1500 ms. */
  lookupTimeoutMs?: number;
  /** Engine override for tests; default the real engine (src/policies). */
  engine?: EngineApi;
  /** Evaluation worker threads; 0 = evaluate on the main thread (then the time budget cannot be enforced). */
  workers?: number;
  workerScript?: string | URL;
  /** Module URL exporting evaluate/parsePolicy/policyFor to use instead of the real engine (tests, benches). */
  engineModule?: string;
  /** Answer within this many ms whatever the engine does (workers only). Default 2000, under the 5 s timeoutSeconds. */
  budgetMs?: number;
  /** What a request that outlived the budget gets; `deny` matches failurePolicy: Fail. */
  onTimeout?: TimeoutDecision;
  /** Request bodies over this are a 413. Default 3 MiB (the apiserver's own request limit). */
  bodyLimit?: number;
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

export interface RunningServer {
  url: string;
  port: number;
  app: FastifyInstance;
  metrics: WebhookMetrics;
  policy: PolicyState;
  /** Re-reads the policy file now (the watcher does this by itself). */
  reloadPolicy(): boolean;
  /** Re-reads the TLS files now (the watcher does this by itself). */
  reloadTls(): boolean;
  ready(): { ready: boolean; checks: Record<string, unknown> };
  informers(): InformerHealth[];
  /** Stop being ready (the Service stops routing here), keep serving. */
  beginDrain(): void;
  /** Stops accepting connections, answers in-flight requests, then stops watchers, informers and workers. */
  close(): Promise<void>;
}

const JSON_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty; send an AdmissionReview',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported Content-Type; send application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'the body is larger than the limit',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

/**
 * A JSON body that did not parse. Fastify closes the connection on any parser error, so a client sending garbage
 * would pay a new TLS handshake per request; the body was read in full, so the connection can stay open and the
 * route answers 400 itself.
 */
class UnparsableBody {
  constructor(readonly message: string) {}
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.logger ?? pino({ base: { component: 'pgwarden-webhook' } });
  const engine = options.engine ?? (await loadEngine(options.engineModule));
  const metrics = createMetrics(options.defaultMetrics ?? true);
  const budgetMs = options.budgetMs ?? 2000;
  const onTimeout = options.onTimeout ?? 'deny';
  const bodyLimit = options.bodyLimit ?? 3 * 1024 * 1024;
  const source = options.policySource ?? (options.policyFile ? 'file' : 'builtin');
  if (source === 'file' && !options.policyFile) throw new Error('--policy-source file needs --policy FILE');
  if (source === 'crd' && !options.kubeConfig) throw new Error('--policy-source crd needs cluster access (in-cluster or --kubeconfig)');

  let tls = readTls(options.tls);
  const evaluator: Evaluator =
    (options.workers ?? 0) > 0
      ? new WorkerPoolEvaluator({
          size: options.workers ?? 1,
          ...(options.workerScript ? { script: options.workerScript } : {}),
          ...(options.engineModule ? { engineModule: options.engineModule } : {}),
          onTimeout,
          onWorkerReplaced: (reason) => {
            metrics.workerReplacements.inc();
            log.warn({ reason }, 'evaluation worker replaced');
          },
        })
      : new InlineEvaluator(engine);
  const policy = new PolicyState(engine, evaluator, log, metrics);
  if (evaluator.heapUsed) {
    const heapUsed = evaluator.heapUsed.bind(evaluator);
    new Gauge({
      name: 'pgwarden_eval_worker_heap_used_bytes',
      help: 'Heap used by the evaluation worker threads (not included in pgwarden_nodejs_heap_size_used_bytes)',
      registers: [metrics.registry],
      async collect() {
        this.set(await heapUsed());
      },
    });
  }
  const stoppers: (() => void | Promise<void>)[] = [];
  const supervised: SupervisedInformer<unknown>[] = [];

  const reloadPolicy = (): boolean => (options.policyFile ? loadPolicyFile(policy, options.policyFile, log, metrics) : false);
  if (source === 'file') {
    if (!reloadPolicy()) {
      await evaluator.close();
      throw new Error(policy.lastError ?? `invalid policy ${options.policyFile}`);
    }
    stoppers.push(watchFiles([options.policyFile!], reloadPolicy, { pollMs: options.filePollMs ?? 2000 }));
  } else if (source === 'builtin') {
    policy.apply([], 'builtin');
  }

  const timing = options.informerTiming ?? {};
  const secretUsers = new SecretUsers();
  const related = new RelatedSource({
    ...(options.kubeConfig ? { getCnpgCluster: cnpgClusterGetter(options.kubeConfig), secretUsers: (ns: string, name: string) => secretUsers.usersOf(ns, name) } : {}),
    ...(options.kubeConfig && options.readSecrets ? { getSecret: secretGetter(options.kubeConfig) } : {}),
    ...(options.lookupTimeoutMs !== undefined ? { lookupTimeoutMs: options.lookupTimeoutMs } : {}),
    log,
  });
  if (options.kubeConfig) {
    const classes = new SupervisedInformer({
      name: 'storageclasses',
      create: storageClassInformer(options.kubeConfig),
      onChange: (objects) => {
        const names = objects.map((o) => o.metadata?.name).filter((n): n is string => typeof n === 'string');
        evaluator.setStorageClasses(names.sort());
      },
      log,
      metrics,
      ...timing,
    });
    supervised.push(classes as SupervisedInformer<unknown>);
    if (source === 'crd') {
      const collector = new CrdPolicyCollector(engine, log, metrics);
      const policies = new SupervisedInformer({
        name: 'postgrespolicies',
        create: policyInformer(options.kubeConfig),
        onChange: (objects) => {
          policy.apply(collector.collect(objects), 'crd');
        },
        log,
        metrics,
        ...timing,
      });
      supervised.push(policies as SupervisedInformer<unknown>);
    }
    for (const informer of secretUserInformers(options.kubeConfig, secretUsers, log, metrics, timing)) supervised.push(informer as SupervisedInformer<unknown>);
    supervised.push(zalandoConfigInformer(options.kubeConfig, options.zalando ?? {}, related, log, metrics, timing) as SupervisedInformer<unknown>);
    for (const informer of supervised) informer.start();
    if (options.auditIntervalMs) {
      const documents = () => policy.current();
      stoppers.push(
        startAuditLoop({
          kubeConfig: options.kubeConfig,
          intervalMs: options.auditIntervalMs,
          policy: () => {
            const docs = documents();
            return { set: buildPolicySet(engine, docs), source: docs.length > 0 ? docs.map((d) => d.source).join(', ') : 'recommended' };
          },
          readSecrets: options.readSecrets === true,
          log,
        }),
      );
    }
  }

  const app = Fastify({
    https: { cert: tls.cert, key: tls.key },
    bodyLimit,
    logger: false,
    // While closing, keep answering requests on open connections (a 503 there would hit failurePolicy); idle
    // keep-alive connections are closed so the drain finishes.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    keepAliveTimeout: 30_000,
  });

  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    defaultJson(request, typeof body === 'string' ? body : body.toString('utf8'), (error: Error | null, value?: unknown) => {
      if (!error) return done(null, value);
      const code = (error as FastifyError).code;
      done(null, new UnparsableBody((code && JSON_ERRORS[code]) ?? 'the body is not valid JSON'));
    });
  });

  const reloadTls = (): boolean => {
    let next: typeof tls;
    try {
      next = readTls(options.tls);
    } catch (error) {
      metrics.tlsReloads.inc({ result: 'rejected' });
      log.error({ err: (error as Error).message }, 'TLS reload rejected; the current certificate stays in use');
      return false;
    }
    if (next.cert.equals(tls.cert) && next.key.equals(tls.key)) return true;
    app.server.setSecureContext({ cert: next.cert, key: next.key });
    tls = next;
    metrics.tlsReloads.inc({ result: 'applied' });
    log.info({ certFile: options.tls.certFile }, 'TLS certificate reloaded');
    return true;
  };
  stoppers.push(watchFiles([options.tls.certFile, options.tls.keyFile], reloadTls, { pollMs: options.filePollMs ?? 2000 }));

  let draining = false;
  const graceMs = options.informerGraceMs ?? 120_000;
  const ready = () => {
    const informers = supervised.map((s) => s.health());
    const now = Date.now();
    const informersOk = informers.every((h) => h.synced && (h.healthy || (h.failingSince !== undefined && now - h.failingSince < graceMs)));
    const workers = evaluator.readiness?.();
    const checks: Record<string, unknown> = {
      ...(workers ? { workers } : {}),
      policy: policy.loaded ? { version: policy.version, ...(policy.lastError ? { lastRejected: policy.lastError } : {}) } : 'not loaded',
      informers: Object.fromEntries(
        informers.map((h) => [h.name, { synced: h.synced, healthy: h.healthy, restarts: h.restarts, ...(h.lastError ? { lastError: h.lastError } : {}) }]),
      ),
      draining,
    };
    return { ready: policy.loaded && informersOk && !draining && (!workers || workers.ready > 0), checks };
  };

  // A declared body over the limit: read and discard it (up to 4× the limit), then answer 413 on a connection that
  // stays usable. Fastify's own check answers before reading and closes the connection, which a client still
  // writing its body sees as a reset. Bigger bodies still get fastify's answer-and-close.
  app.addHook('onRequest', (request, reply, done) => {
    const declared = Number(request.headers['content-length']);
    if (!(declared > bodyLimit) || declared > 4 * bodyLimit) {
      done();
      return;
    }
    const message = `${JSON_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE} (${bodyLimit} bytes)`;
    metrics.badRequests.inc({ reason: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    log.warn({ path: request.url, status: 413, reason: message }, 'bad request');
    const answer = () => {
      request.raw.removeListener('error', answer);
      reply.code(413).send({ error: 'bad request', message });
    };
    request.raw.on('error', answer);
    request.raw.once('end', answer);
    request.raw.resume();
  });

  // While draining, ask clients to close the connection after each answer, so close() does not wait for idle
  // keep-alive connections to time out.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = (error.code && JSON_ERRORS[error.code]) ?? error.message;
      const detail = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `${message} (${bodyLimit} bytes)` : message;
      metrics.badRequests.inc({ reason: error.code ?? String(status) });
      log.warn({ path: request.url, status, reason: detail }, 'bad request');
      return reply.code(status).send({ error: 'bad request', message: detail });
    }
    log.error({ path: request.url, err: error.message }, 'internal error');
    return reply.code(500).send({ error: 'internal error', message: 'pgwarden failed to answer; see its log' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not found', message: `no route ${request.method} ${request.url}; use POST /validate or POST /mutate` });
  });

  const logDecision = (endpoint: Endpoint, request: AdmissionRequest, result: DecisionResult, seconds: number, related?: RelatedInputs) => {
    const object = request.object as { metadata?: { name?: unknown; namespace?: unknown } } | null | undefined;
    const name = typeof object?.metadata?.name === 'string' ? object.metadata.name : request.name;
    const s = result.summary;
    const entry = {
      uid: request.uid,
      endpoint,
      operation: request.operation,
      kind: `${request.kind.group ? `${request.kind.group}/` : ''}${request.kind.kind}${request.subResource ? `/${request.subResource}` : ''}`,
      namespace: request.namespace,
      name,
      dryRun: request.dryRun === true,
      ...(related ? { related: related.reason } : {}),
      decision: s.decision,
      policy: s.policy,
      mode: s.mode,
      rules: s.findings.map((f) => `${f.ruleId}:${f.severity}`),
      ...(s.infos.length > 0 ? { info: s.infos } : {}),
      ...(s.details && s.details.length > 0 ? { detail: s.details } : {}),
      ms: Math.round(seconds * 10_000) / 10,
    };
    if (s.decision === 'error' || s.decision === 'timeout') log.error(entry, 'admission');
    else log.info(entry, 'admission');
  };

  const admit = (endpoint: Endpoint) => async (request: FastifyRequest, reply: FastifyReply) => {
    const started = process.hrtime.bigint();
    if (request.body instanceof UnparsableBody) {
      metrics.badRequests.inc({ reason: 'invalid-json' });
      log.warn({ path: request.url, status: 400, reason: request.body.message }, 'bad request');
      return reply.code(400).send({ error: 'bad request', message: request.body.message });
    }
    const parsed = parseReview(request.body);
    if (!parsed.ok) {
      metrics.badRequests.inc({ reason: 'invalid-review' });
      log.warn({ path: request.url, status: parsed.status, reason: parsed.message }, 'bad request');
      return reply.code(parsed.status).send({ error: 'bad request', message: parsed.message });
    }
    const extra = options.kubeConfig ? await related.for(parsed.request) : undefined;
    const result = await evaluator.decide(parsed.request, endpoint, budgetMs, extra);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.latency.observe({ endpoint }, seconds);
    metrics.requests.inc({ endpoint, operation: parsed.request.operation, result: result.summary.decision });
    for (const finding of result.summary.findings) metrics.findings.inc({ rule: finding.ruleId, severity: finding.severity });
    logDecision(endpoint, parsed.request, result, seconds, extra);
    return reply.send(reviewWith(result.response));
  };

  app.post('/validate', admit('validate'));
  app.post('/mutate', admit('mutate'));
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const state = ready();
    return reply.code(state.ready ? 200 : 503).send(state);
  });
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  try {
    await app.listen({ port: options.port ?? 8443, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    for (const stop of stoppers) await stop();
    for (const informer of supervised) await informer.stop();
    await evaluator.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  log.info({ port: address.port, policySource: source, workers: options.workers ?? 0, cluster: Boolean(options.kubeConfig) }, 'pgwarden webhook listening');

  let closing: Promise<void> | undefined;
  return {
    url: `https://${host}:${address.port}`,
    port: address.port,
    app,
    metrics,
    policy,
    reloadPolicy,
    reloadTls,
    ready,
    informers: () => supervised.map((s) => s.health()),
    beginDrain: () => {
      draining = true;
    },
    close: () => {
      closing ??= (async () => {
        draining = true;
        await app.close();
        for (const stop of stoppers) await stop();
        for (const informer of supervised) await informer.stop();
        await evaluator.close();
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
