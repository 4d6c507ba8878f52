import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  InlineEvaluator,
  WorkerPoolEvaluator,
  buildPolicySet,
  loadEngine
} from "./chunk-Q46YH3F7.js";
import {
  POSTGRES_KINDS,
  auditCluster,
  clusterApi,
  collectionPath,
  emptinessOnly,
  policyReports,
  referencedSecrets,
  withTypeMeta,
  writePolicyReports
} from "./chunk-2NIY4BAU.js";
import "./chunk-BDTKAFLH.js";
import "./chunk-5SV3PAFL.js";
import {
  require_dist
} from "./chunk-CCDCPPZS.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/webhook/main.ts
import { parseArgs } from "node:util";
import { pino as pino2 } from "pino";

// src/webhook/audit-loop.ts
function parseDuration(value, flag) {
  const match = /^(\d+)(ms|s|m|h)$/.exec(value.trim());
  if (!match) throw new Error(`--${flag} must be a duration like 30s, 10m or 1h, got "${value}"`);
  const unit = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[match[2]];
  const ms = Number(match[1]) * unit;
  if (ms < 1e3) throw new Error(`--${flag} must be at least 1s, got "${value}"`);
  return ms;
}
function startAuditLoop(options) {
  const api = clusterApi(options.kubeConfig);
  let timer;
  let running;
  let stopped = false;
  let crdMissingLogged = false;
  const round = async () => {
    const started = Date.now();
    try {
      const policy = options.policy();
      const result = await auditCluster(api, { policy, secrets: options.readSecrets });
      const reports = policyReports(result);
      const outcome = await writePolicyReports(options.kubeConfig, reports);
      const totals = reports.reduce((t, r) => ({ fail: t.fail + r.summary.fail, warn: t.warn + r.summary.warn, pass: t.pass + r.summary.pass }), { fail: 0, warn: 0, pass: 0 });
      options.log.info(
        { namespaces: outcome.written.length, deleted: outcome.deleted.length, ...totals, policy: result.policySource, notes: result.notes, ms: Date.now() - started },
        "audit: PolicyReports written"
      );
      crdMissingLogged = false;
    } catch (error) {
      const code = error.code;
      if (code === 404) {
        if (!crdMissingLogged) options.log.error("audit: the PolicyReport CRD (wgpolicyk8s.io/v1alpha2) is not installed; apply deploy/policyreports/");
        crdMissingLogged = true;
      } else {
        options.log.error({ err: error.message?.split("\n")[0] ?? String(error), code }, "audit round failed; retrying at the next interval");
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = round().finally(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running?.catch(() => {
    });
  };
}

// src/webhook/cluster.ts
import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  StorageV1Api,
  Watch,
  makeInformer
} from "@kubernetes/client-node";
var POLICY_GROUP = "pgwarden.io";
var POLICY_VERSION = "v1alpha1";
var POLICY_PLURAL = "postgrespolicies";
function loadKubeConfig(kubeconfigPath) {
  const kc = new KubeConfig();
  if (kubeconfigPath) kc.loadFromFile(kubeconfigPath);
  else kc.loadFromCluster();
  return kc;
}
function storageClassInformer(kc) {
  const api = kc.makeApiClient(StorageV1Api);
  return () => makeInformer(kc, "/apis/storage.k8s.io/v1/storageclasses", () => api.listStorageClass());
}
function policyInformer(kc) {
  const api = kc.makeApiClient(CustomObjectsApi);
  const list = async () => await api.listClusterCustomObject({ group: POLICY_GROUP, version: POLICY_VERSION, plural: POLICY_PLURAL });
  return () => makeInformer(kc, `/apis/${POLICY_GROUP}/${POLICY_VERSION}/${POLICY_PLURAL}`, list);
}
var ZALANDO_CONFIG_GROUP = "acid.zalan.do";
var CNPG_GROUP = "postgresql.cnpg.io";
function namespacedName(value, flag) {
  const match = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-.a-z0-9]*[a-z0-9])?)$/.exec(value);
  if (!match) throw new Error(`--${flag} must be NAMESPACE/NAME, got "${value}"`);
  return { namespace: match[1], name: match[3] };
}
function statusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const record = error;
  const code = record.code ?? record.statusCode;
  return typeof code === "number" ? code : void 0;
}
var ListWatchInformer = class {
  constructor(kc, options) {
    this.kc = kc;
    this.options = options;
  }
  kc;
  options;
  items = /* @__PURE__ */ new Map();
  handlers = {};
  resourceVersion;
  controller;
  stopped = false;
  on(verb, cb) {
    const list = this.handlers[verb] ?? [];
    list.push(cb);
    this.handlers[verb] = list;
  }
  emit(verb, value) {
    for (const cb of this.handlers[verb] ?? []) cb(value);
  }
  list() {
    return [...this.items.values()];
  }
  async start() {
    this.stopped = false;
    let listed;
    try {
      listed = await this.options.list();
    } catch (error) {
      if (this.options.absentIsEmpty && statusOf(error) === 404) return;
      this.emit("error", error);
      return;
    }
    this.resourceVersion = listed.metadata?.resourceVersion;
    for (const item of listed.items ?? []) {
      const name = keyOf(item);
      this.items.set(name, item);
      this.emit("add", item);
    }
    void this.watch();
  }
  async watch() {
    if (this.stopped) return;
    const query = { allowWatchBookmarks: true };
    if (this.resourceVersion) query.resourceVersion = this.resourceVersion;
    if (this.options.fieldSelector) query.fieldSelector = this.options.fieldSelector;
    const started = Date.now();
    this.controller = await new Watch(this.kc).watch(
      this.options.path,
      query,
      (type, object) => {
        if (this.stopped) return;
        if (type === "ERROR") {
          this.stopped = true;
          this.controller?.abort();
          this.emit("error", Object.assign(new Error(`watch error ${JSON.stringify(object.code ?? "")}`), { statusCode: object.code }));
          return;
        }
        const rv = object.metadata?.resourceVersion;
        if (rv) this.resourceVersion = rv;
        if (type === "BOOKMARK") return;
        const name = keyOf(object);
        if (type === "DELETED") {
          this.items.delete(name);
          this.emit("delete", object);
        } else {
          const known = this.items.has(name);
          this.items.set(name, object);
          this.emit(known ? "update" : "add", object);
        }
      },
      (error) => {
        if (this.stopped) return;
        const normal = !error || error instanceof Error && error.name === "TimeoutError";
        if (normal && Date.now() - started >= 1e3) {
          void this.watch();
          return;
        }
        this.stopped = true;
        this.emit("error", error ?? new Error("watch ended at once"));
      }
    );
  }
  async stop() {
    this.stopped = true;
    this.controller?.abort();
  }
};
function keyOf(object) {
  const meta = object.metadata;
  return `${meta?.namespace ?? ""}/${meta?.name ?? ""}`;
}
var ZALANDO_CONFIG_PLURAL = "operatorconfigurations";
function operatorConfigurationInformer(kc, only) {
  const api = kc.makeApiClient(CustomObjectsApi);
  const base = { group: ZALANDO_CONFIG_GROUP, version: "v1", plural: ZALANDO_CONFIG_PLURAL };
  return () => new ListWatchInformer(
    kc,
    only ? {
      path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/namespaces/${only.namespace}/${ZALANDO_CONFIG_PLURAL}`,
      fieldSelector: `metadata.name=${only.name}`,
      list: async () => await api.listNamespacedCustomObject({ ...base, namespace: only.namespace, fieldSelector: `metadata.name=${only.name}` }),
      absentIsEmpty: true
    } : {
      path: `/apis/${ZALANDO_CONFIG_GROUP}/v1/${ZALANDO_CONFIG_PLURAL}`,
      list: async () => await api.listClusterCustomObject(base),
      absentIsEmpty: true
    }
  );
}
function configMapInformer(kc, only) {
  const api = kc.makeApiClient(CoreV1Api);
  const fieldSelector = `metadata.name=${only.name}`;
  return () => new ListWatchInformer(kc, {
    path: `/api/v1/namespaces/${only.namespace}/configmaps`,
    fieldSelector,
    list: () => api.listNamespacedConfigMap({ namespace: only.namespace, fieldSelector })
  });
}
function cnpgClusterGetter(kc) {
  const api = kc.makeApiClient(CustomObjectsApi);
  return async (namespace, name) => {
    try {
      return await api.getNamespacedCustomObject({ group: CNPG_GROUP, version: "v1", plural: "clusters", namespace, name });
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
}

// src/webhook/server.ts
import Fastify from "fastify";
import { pino } from "pino";
import { Gauge as Gauge2 } from "prom-client";

// src/webhook/informers.ts
function errorText(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const record = error;
    return String(record.message ?? record.statusCode ?? record.code ?? "error");
  }
  return String(error);
}
var SupervisedInformer = class {
  constructor(options) {
    this.options = options;
    this.backoffMs = options.minBackoffMs ?? 500;
    this.state = { name: options.name, synced: false, healthy: false, restarts: 0, failingSince: Date.now() };
    options.metrics?.informerHealthy.set({ informer: options.name }, 0);
  }
  options;
  informer;
  generation = 0;
  backoffMs;
  retryTimer;
  resyncTimer;
  stopped = false;
  state;
  health() {
    return { ...this.state };
  }
  start() {
    this.stopped = false;
    void this.run();
  }
  async run() {
    const generation = ++this.generation;
    const informer = this.options.create();
    this.informer = informer;
    const current = () => generation === this.generation && !this.stopped;
    let listed = false;
    let failed = false;
    const changed = () => {
      if (listed && current()) this.options.onChange(informer.list());
    };
    informer.on("add", changed);
    informer.on("update", changed);
    informer.on("delete", changed);
    informer.on("error", (error) => {
      failed = true;
      if (current()) this.fail(informer, error);
    });
    const timeoutMs = this.options.startTimeoutMs ?? 3e4;
    let timeout;
    try {
      await Promise.race([
        informer.start(),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no initial list within ${timeoutMs} ms`)), timeoutMs);
          timeout.unref();
        })
      ]);
    } catch (error) {
      if (current()) this.fail(informer, error);
      return;
    } finally {
      if (timeout) clearTimeout(timeout);
    }
    if (!current() || failed) return;
    listed = true;
    const wasHealthy = this.state.healthy;
    this.state = { ...this.state, synced: true, healthy: true, failingSince: void 0, lastError: void 0 };
    this.backoffMs = this.options.minBackoffMs ?? 500;
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 1);
    if (!wasHealthy) this.options.log.info({ informer: this.options.name, objects: informer.list().length }, "informer synced");
    this.options.onChange(informer.list());
    this.resyncTimer = setTimeout(() => this.restart(informer, "periodic relist"), this.options.resyncMs ?? 3e5);
    this.resyncTimer.unref();
  }
  fail(informer, error) {
    const message = errorText(error);
    this.state = {
      ...this.state,
      healthy: false,
      failingSince: this.state.failingSince ?? Date.now(),
      lastError: message
    };
    this.options.metrics?.informerHealthy.set({ informer: this.options.name }, 0);
    this.options.log.warn({ informer: this.options.name, err: message, retryInMs: this.backoffMs }, "informer failed; restarting");
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 3e4);
    this.retryTimer = setTimeout(() => this.restart(informer, message), delay);
    this.retryTimer.unref();
  }
  restart(informer, reason) {
    if (this.stopped) return;
    this.state = { ...this.state, restarts: this.state.restarts + 1 };
    this.options.metrics?.informerRestarts.inc({ informer: this.options.name });
    this.options.log.debug({ informer: this.options.name, reason }, "informer restart");
    informer.stop().catch(() => {
    });
    void this.run();
  }
  async stop() {
    this.stopped = true;
    this.generation++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.informer?.stop().catch(() => {
    });
  }
};

// src/webhook/metrics.ts
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
function createMetrics(defaultMetrics = true) {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "pgwarden_" });
  return {
    registry,
    requests: new Counter({
      name: "pgwarden_admission_requests_total",
      help: "Admission reviews answered, by endpoint, operation and result",
      labelNames: ["endpoint", "operation", "result"],
      registers: [registry]
    }),
    latency: new Histogram({
      name: "pgwarden_admission_duration_seconds",
      help: "Time from a review arriving to its answer",
      labelNames: ["endpoint"],
      buckets: [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry]
    }),
    findings: new Counter({
      name: "pgwarden_findings_total",
      help: "Findings reported in admission reviews, by rule and severity",
      labelNames: ["rule", "severity"],
      registers: [registry]
    }),
    policyReloads: new Counter({
      name: "pgwarden_policy_reloads_total",
      help: "Policy loads, by source (file|crd) and result (applied|rejected)",
      labelNames: ["source", "result"],
      registers: [registry]
    }),
    tlsReloads: new Counter({
      name: "pgwarden_tls_reloads_total",
      help: "TLS certificate reloads, by result (applied|rejected)",
      labelNames: ["result"],
      registers: [registry]
    }),
    informerHealthy: new Gauge({
      name: "pgwarden_informer_healthy",
      help: "1 when the informer is synced and watching, 0 while it is failing or restarting",
      labelNames: ["informer"],
      registers: [registry]
    }),
    informerRestarts: new Counter({
      name: "pgwarden_informer_restarts_total",
      help: "Informer restarts by the supervisor (after an error or a silent stall)",
      labelNames: ["informer"],
      registers: [registry]
    }),
    workerReplacements: new Counter({
      name: "pgwarden_eval_worker_replacements_total",
      help: "Evaluation workers replaced because a request outlived its budget or the worker died",
      registers: [registry]
    }),
    badRequests: new Counter({
      name: "pgwarden_bad_requests_total",
      help: "Requests answered with a 4xx before judging, by reason",
      labelNames: ["reason"],
      registers: [registry]
    })
  };
}

// src/webhook/policy-source.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var PolicyState = class {
  constructor(engine, evaluator, log, metrics) {
    this.engine = engine;
    this.evaluator = evaluator;
    this.log = log;
    this.metrics = metrics;
  }
  engine;
  evaluator;
  log;
  metrics;
  documents = [];
  digest = "";
  /** The last rejected candidate: the file watcher and the poller may both report one change; reject it once. */
  rejectedDigest = "";
  loaded = false;
  /** Increments on every applied policy, for logs and tests. */
  version = 0;
  lastError;
  /** Validates and applies. Returns false (last good policy kept) when any document is invalid. */
  apply(documents, source) {
    const digest = createHash("sha256").update(JSON.stringify(documents)).digest("hex");
    if (this.loaded && digest === this.digest) return true;
    if (digest === this.rejectedDigest) return false;
    try {
      buildPolicySet(this.engine, documents);
    } catch (error) {
      this.lastError = error.message;
      this.rejectedDigest = digest;
      this.metrics.policyReloads.inc({ source, result: "rejected" });
      this.log.error({ source, err: this.lastError, keptVersion: this.version }, "policy rejected; the last good policy stays in force");
      return false;
    }
    this.evaluator.setPolicy(documents);
    this.documents = documents;
    this.digest = digest;
    this.rejectedDigest = "";
    this.loaded = true;
    this.version++;
    this.lastError = void 0;
    this.metrics.policyReloads.inc({ source, result: "applied" });
    this.log.info({ source, version: this.version, documents: documents.map((d) => d.source) }, "policy applied");
    return true;
  }
  current() {
    return this.documents;
  }
};
function loadPolicyFile(state, file, log, metrics) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    state.lastError = `cannot read policy file ${file}: ${error.code ?? "error"}`;
    metrics.policyReloads.inc({ source: "file", result: "rejected" });
    log.error({ source: "file", err: state.lastError }, "policy rejected; the last good policy stays in force");
    return false;
  }
  return state.apply([{ text, source: file }], "file");
}
var CrdPolicyCollector = class {
  constructor(engine, log, metrics) {
    this.engine = engine;
    this.log = log;
    this.metrics = metrics;
  }
  engine;
  log;
  metrics;
  lastGood = /* @__PURE__ */ new Map();
  collect(objects) {
    const seen = /* @__PURE__ */ new Set();
    for (const object of objects) {
      const name = object.metadata?.name;
      if (!name) continue;
      seen.add(name);
      const text = (0, import_yaml.stringify)({
        apiVersion: object.apiVersion ?? "pgwarden.io/v1alpha1",
        kind: object.kind ?? "PostgresPolicy",
        metadata: { name },
        spec: object.spec ?? {}
      });
      const previous = this.lastGood.get(name);
      if (previous?.text === text) continue;
      const document = { text, source: `PostgresPolicy/${name}` };
      try {
        buildPolicySet(this.engine, [document]);
        this.lastGood.set(name, document);
      } catch (error) {
        this.metrics.policyReloads.inc({ source: "crd", result: "rejected" });
        this.log.error(
          { source: "crd", policy: name, err: error.message, kept: previous ? "last good version" : "none" },
          "PostgresPolicy rejected"
        );
      }
    }
    for (const name of [...this.lastGood.keys()]) if (!seen.has(name)) this.lastGood.delete(name);
    return [...this.lastGood.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, doc]) => doc);
  }
};

// src/webhook/related.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MAX_SECRETS = 16;
function isSecret(request) {
  return request.kind.group === "" && request.kind.kind === "Secret" && !request.subResource;
}
function withRequestNamespace(request) {
  const object = request.object;
  const meta = isRecord(object.metadata) ? object.metadata : {};
  if (typeof meta.namespace === "string" && meta.namespace !== "") return object;
  return { ...object, metadata: { ...meta, namespace: request.namespace } };
}
function isZalandoPostgresql(request) {
  return request.kind.group === "acid.zalan.do" && request.kind.kind === "postgresql" && !request.subResource;
}
function isCnpgScheduledBackup(request) {
  return request.kind.group === "postgresql.cnpg.io" && request.kind.kind === "ScheduledBackup" && !request.subResource;
}
function standInCluster(namespace, name) {
  return { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name, ...namespace ? { namespace } : {} }, spec: { instances: 1, storage: { size: "1Gi" } } };
}
var RelatedSource = class {
  constructor(options) {
    this.options = options;
  }
  options;
  zalando = [];
  zalandoNote;
  /** The cached operator configuration objects (already chosen: at most the one the operator reads). */
  setZalandoConfig(objects, note) {
    this.zalando = [...objects];
    this.zalandoNote = note;
  }
  zalandoConfig() {
    return this.zalando;
  }
  async for(request) {
    if (request.operation !== "CREATE" && request.operation !== "UPDATE") return void 0;
    if (isZalandoPostgresql(request)) {
      const config = this.zalando.length === 0 && !this.zalandoNote ? void 0 : { objects: this.zalando, ...this.zalandoNote ? { notes: [this.zalandoNote] } : {}, reason: "zalando-operator-config" };
      const secrets = this.options.getSecret && isRecord(request.object) ? await this.referencedSecretsOf(request, this.options.getSecret) : void 0;
      if (!config || !secrets) return config ?? secrets;
      return { ...config, objects: [...config.objects, ...secrets.objects], counted: secrets.objects.map((_, i) => config.objects.length + i) };
    }
    if (isCnpgScheduledBackup(request) && this.options.getCnpgCluster) return this.cnpgCluster(request, this.options.getCnpgCluster);
    if (isSecret(request) && this.options.secretUsers) return this.secretUsersOf(request, this.options.secretUsers);
    if (this.options.getSecret && !request.subResource && isRecord(request.object)) return this.referencedSecretsOf(request, this.options.getSecret);
    return void 0;
  }
  /** A Secret arriving alone: the workloads that read it, so a blank password is judged for what it is to them. */
  secretUsersOf(request, users) {
    const meta = isRecord(request.object) && isRecord(request.object.metadata) ? request.object.metadata : void 0;
    const name = typeof meta?.name === "string" ? meta.name : request.name;
    const namespace = typeof meta?.namespace === "string" && meta.namespace !== "" ? meta.namespace : request.namespace;
    if (!name || !namespace) return void 0;
    const found = users(namespace, name);
    return found.length > 0 ? { objects: [...found], reason: "secret-users" } : void 0;
  }
  /** `--read-secrets`: a workload arriving after its Secrets is judged with them (their emptiness only). */
  async referencedSecretsOf(request, get) {
    const object = withRequestNamespace(request);
    const refs = (referencedSecrets([{ object }]).get(0) ?? []).slice(0, MAX_SECRETS);
    if (refs.length === 0) return void 0;
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer;
    const fetched = await Promise.race([
      Promise.all(
        refs.map(
          (ref) => get(ref.namespace, ref.name).then(
            (secret) => emptinessOnly(secret),
            (error) => {
              this.options.log.warn({ namespace: ref.namespace, secret: ref.name, err: error instanceof Error ? error.message : String(error) }, "could not read a referenced Secret; judging without it");
              return void 0;
            }
          )
        )
      ),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(void 0), timeoutMs);
      })
    ]).finally(() => clearTimeout(timer));
    const secrets = (fetched ?? []).filter((s) => s !== void 0);
    if (secrets.length === 0) return void 0;
    return { objects: secrets, reason: "referenced-secrets", counted: secrets.map((_, i) => i) };
  }
  async cnpgCluster(request, get) {
    const object = request.object;
    if (!isRecord(object)) return void 0;
    const spec = isRecord(object.spec) ? object.spec : void 0;
    const cluster = spec && isRecord(spec.cluster) ? spec.cluster.name : void 0;
    const meta = isRecord(object.metadata) ? object.metadata : void 0;
    const namespace = typeof meta?.namespace === "string" && meta.namespace !== "" ? meta.namespace : request.namespace;
    if (typeof cluster !== "string" || cluster === "" || !namespace || !/^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/.test(cluster)) return void 0;
    const timeoutMs = this.options.lookupTimeoutMs ?? 1500;
    let timer;
    try {
      const found = await Promise.race([
        get(namespace, cluster),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        })
      ]);
      if (found !== void 0) return { objects: [found], reason: "cnpg-cluster" };
      return {
        objects: [standInCluster(namespace, cluster)],
        notes: [`pgwarden: Cluster ${namespace}/${cluster} does not exist (yet); only the schedule was judged`],
        reason: "cnpg-cluster-missing"
      };
    } catch (error) {
      this.options.log.warn({ namespace, cluster, err: error instanceof Error ? error.message : String(error) }, "could not read the CNPG Cluster of a ScheduledBackup; judging its schedule alone");
      return {
        objects: [standInCluster(namespace, cluster)],
        notes: [`pgwarden: could not read Cluster ${namespace}/${cluster}; only the schedule was judged`],
        reason: "cnpg-cluster-unreadable"
      };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
};

// src/webhook/review.ts
var OPERATIONS = /* @__PURE__ */ new Set(["CREATE", "UPDATE", "DELETE", "CONNECT"]);
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function bad(message) {
  return { ok: false, status: 400, message };
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a JSON array";
  return `a ${typeof value}`;
}
function parseReview(body) {
  if (!isRecord2(body)) return bad(`the body must be an AdmissionReview JSON object, got ${describe(body)}`);
  if (body.kind !== "AdmissionReview") {
    return bad(`kind must be "AdmissionReview", got ${JSON.stringify(body.kind ?? null).slice(0, 60)}`);
  }
  if (body.apiVersion !== "admission.k8s.io/v1") {
    return bad(
      `apiVersion must be "admission.k8s.io/v1" (set admissionReviewVersions: ["v1"]), got ${JSON.stringify(body.apiVersion ?? null).slice(0, 60)}`
    );
  }
  const request = body.request;
  if (!isRecord2(request)) return bad("request is missing: an AdmissionReview sent to a webhook carries a request");
  if (typeof request.uid !== "string" || request.uid.length === 0) return bad("request.uid is missing or not a string");
  if (typeof request.operation !== "string" || !OPERATIONS.has(request.operation)) {
    return bad("request.operation must be one of CREATE, UPDATE, DELETE, CONNECT");
  }
  const kind = request.kind;
  if (!isRecord2(kind) || typeof kind.kind !== "string" || typeof kind.version !== "string" || typeof kind.group !== "string") {
    return bad("request.kind must be {group, version, kind}");
  }
  const resource = request.resource;
  if (!isRecord2(resource) || typeof resource.resource !== "string" || typeof resource.version !== "string" || typeof resource.group !== "string") {
    return bad("request.resource must be {group, version, resource}");
  }
  for (const field of ["name", "namespace", "subResource"]) {
    if (request[field] !== void 0 && typeof request[field] !== "string") return bad(`request.${field} must be a string`);
  }
  if (request.dryRun !== void 0 && typeof request.dryRun !== "boolean") return bad("request.dryRun must be a boolean");
  return {
    ok: true,
    request: { ...request, operation: request.operation }
  };
}
function reviewWith(response) {
  return { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", response };
}

// src/webhook/secret-users.ts
import { CoreV1Api as CoreV1Api2, CustomObjectsApi as CustomObjectsApi2 } from "@kubernetes/client-node";
var key = (namespace, name) => `${namespace}/${name}`;
function slim(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
var SecretUsers = class {
  /** kind plural → (namespace/name → entry) */
  byKind = /* @__PURE__ */ new Map();
  /** namespace/secret → the workloads that reference it */
  index = /* @__PURE__ */ new Map();
  /**
   * Replaces what is known about one kind with this full list (an informer's cache after a change). Items of a list
   * response carry no apiVersion/kind (watch events do): they are set from the kind, or the adapters would not know
   * a StatefulSet after a relist.
   */
  update(kind, listed) {
    const objects = listed.map((object) => withTypeMeta(object, kind));
    const previous = this.byKind.get(kind.plural) ?? /* @__PURE__ */ new Map();
    const next = /* @__PURE__ */ new Map();
    const changed = [];
    for (const object of objects) {
      const id = key(object.metadata?.namespace ?? "", object.metadata?.name ?? "");
      const known = previous.get(id);
      if (known && known.resourceVersion !== void 0 && known.resourceVersion === object.metadata?.resourceVersion) next.set(id, known);
      else changed.push(object);
    }
    const refs = referencedSecrets(changed.map((object) => ({ object })));
    changed.forEach((object, i) => {
      const secrets = (refs.get(i) ?? []).map((r) => key(r.namespace, r.name));
      if (secrets.length === 0) return;
      next.set(key(object.metadata?.namespace ?? "", object.metadata?.name ?? ""), { resourceVersion: object.metadata?.resourceVersion, object: slim(object), secrets });
    });
    this.byKind.set(kind.plural, next);
    this.rebuild();
  }
  rebuild() {
    const index = /* @__PURE__ */ new Map();
    for (const entries of this.byKind.values()) {
      for (const entry of entries.values()) {
        for (const secret of entry.secrets) {
          const list = index.get(secret) ?? [];
          list.push(entry.object);
          index.set(secret, list);
        }
      }
    }
    this.index = index;
  }
  /** The workloads that read their passwords from this Secret (empty when none is known). */
  usersOf(namespace, name) {
    return this.index.get(key(namespace, name)) ?? [];
  }
  /** How many workloads are indexed (for the log). */
  size() {
    let n = 0;
    for (const entries of this.byKind.values()) n += entries.size;
    return n;
  }
};
function workloadInformer(kc, kind) {
  const api = kc.makeApiClient(CustomObjectsApi2);
  return () => new ListWatchInformer(kc, {
    path: collectionPath(kind),
    list: async () => await api.listClusterCustomObject({ group: kind.group, version: kind.version, plural: kind.plural }),
    // A 404 is an operator whose CRD is not installed (an empty cache, relisted every 5 minutes).
    absentIsEmpty: true
  });
}
function secretUserInformers(kc, users, log, metrics, timing) {
  return POSTGRES_KINDS.map(
    (kind) => new SupervisedInformer({
      name: `secret-users-${kind.plural}`,
      create: workloadInformer(kc, kind),
      onChange: (objects) => users.update(kind, objects),
      log,
      ...metrics ? { metrics } : {},
      ...timing
    })
  );
}
function secretGetter(kc) {
  const api = kc.makeApiClient(CoreV1Api2);
  return async (namespace, name) => {
    try {
      return emptinessOnly(await api.readNamespacedSecret({ namespace, name }));
    } catch (error) {
      const code = error.code;
      if (code === 404) return void 0;
      throw error;
    }
  };
}

// src/webhook/tls.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createSecureContext } from "node:tls";
function readTls(files) {
  let cert;
  let key2;
  try {
    cert = readFileSync2(files.certFile);
    key2 = readFileSync2(files.keyFile);
  } catch (error) {
    throw new Error(`cannot read TLS files ${files.certFile} / ${files.keyFile}: ${error.code ?? "error"}`);
  }
  try {
    createSecureContext({ cert, key: key2 });
  } catch (error) {
    throw new Error(`TLS pair ${files.certFile} / ${files.keyFile} is not usable: ${error.message}`);
  }
  return { cert, key: key2 };
}

// src/webhook/watch.ts
import { statSync, watch } from "node:fs";
import { dirname } from "node:path";
function fingerprint(paths) {
  return paths.map((path) => {
    try {
      const stat = statSync(path);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return "missing";
    }
  }).join("|");
}
function watchFiles(paths, onChange, options = {}) {
  const debounceMs = options.debounceMs ?? 100;
  let timer;
  const trigger = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      onChange();
    }, debounceMs);
    timer.unref();
  };
  const watchers = [];
  for (const dir of new Set(paths.map((path) => dirname(path)))) {
    try {
      const watcher = watch(dir, { persistent: false }, trigger);
      watcher.on("error", () => {
      });
      watchers.push(watcher);
    } catch {
    }
  }
  let last = fingerprint(paths);
  const poll = setInterval(() => {
    const now = fingerprint(paths);
    if (now !== last) {
      last = now;
      trigger();
    }
  }, options.pollMs ?? 2e3);
  poll.unref();
  return () => {
    clearInterval(poll);
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

// src/webhook/server.ts
var JSON_ERRORS = {
  FST_ERR_CTP_INVALID_JSON_BODY: "the body is not valid JSON",
  FST_ERR_CTP_EMPTY_JSON_BODY: "the body is empty; send an AdmissionReview",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported Content-Type; send application/json",
  FST_ERR_CTP_BODY_TOO_LARGE: "the body is larger than the limit",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "Content-Length does not match the body"
};
var UnparsableBody = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
async function startServer(options) {
  const log = options.logger ?? pino({ base: { component: "pgwarden-webhook" } });
  const engine = options.engine ?? await loadEngine(options.engineModule);
  const metrics = createMetrics(options.defaultMetrics ?? true);
  const budgetMs = options.budgetMs ?? 2e3;
  const onTimeout = options.onTimeout ?? "deny";
  const bodyLimit = options.bodyLimit ?? 3 * 1024 * 1024;
  const source = options.policySource ?? (options.policyFile ? "file" : "builtin");
  if (source === "file" && !options.policyFile) throw new Error("--policy-source file needs --policy FILE");
  if (source === "crd" && !options.kubeConfig) throw new Error("--policy-source crd needs cluster access (in-cluster or --kubeconfig)");
  let tls = readTls(options.tls);
  const evaluator = (options.workers ?? 0) > 0 ? new WorkerPoolEvaluator({
    size: options.workers ?? 1,
    ...options.workerScript ? { script: options.workerScript } : {},
    ...options.engineModule ? { engineModule: options.engineModule } : {},
    onTimeout,
    onWorkerReplaced: (reason) => {
      metrics.workerReplacements.inc();
      log.warn({ reason }, "evaluation worker replaced");
    }
  }) : new InlineEvaluator(engine);
  const policy = new PolicyState(engine, evaluator, log, metrics);
  if (evaluator.heapUsed) {
    const heapUsed = evaluator.heapUsed.bind(evaluator);
    new Gauge2({
      name: "pgwarden_eval_worker_heap_used_bytes",
      help: "Heap used by the evaluation worker threads (not included in pgwarden_nodejs_heap_size_used_bytes)",
      registers: [metrics.registry],
      async collect() {
        this.set(await heapUsed());
      }
    });
  }
  const stoppers = [];
  const supervised = [];
  const reloadPolicy = () => options.policyFile ? loadPolicyFile(policy, options.policyFile, log, metrics) : false;
  if (source === "file") {
    if (!reloadPolicy()) {
      await evaluator.close();
      throw new Error(policy.lastError ?? `invalid policy ${options.policyFile}`);
    }
    stoppers.push(watchFiles([options.policyFile], reloadPolicy, { pollMs: options.filePollMs ?? 2e3 }));
  } else if (source === "builtin") {
    policy.apply([], "builtin");
  }
  const timing = options.informerTiming ?? {};
  const secretUsers = new SecretUsers();
  const related = new RelatedSource({
    ...options.kubeConfig ? { getCnpgCluster: cnpgClusterGetter(options.kubeConfig), secretUsers: (ns, name) => secretUsers.usersOf(ns, name) } : {},
    ...options.kubeConfig && options.readSecrets ? { getSecret: secretGetter(options.kubeConfig) } : {},
    ...options.lookupTimeoutMs !== void 0 ? { lookupTimeoutMs: options.lookupTimeoutMs } : {},
    log
  });
  if (options.kubeConfig) {
    const classes = new SupervisedInformer({
      name: "storageclasses",
      create: storageClassInformer(options.kubeConfig),
      onChange: (objects) => {
        const names = objects.map((o) => o.metadata?.name).filter((n) => typeof n === "string");
        evaluator.setStorageClasses(names.sort());
      },
      log,
      metrics,
      ...timing
    });
    supervised.push(classes);
    if (source === "crd") {
      const collector = new CrdPolicyCollector(engine, log, metrics);
      const policies = new SupervisedInformer({
        name: "postgrespolicies",
        create: policyInformer(options.kubeConfig),
        onChange: (objects) => {
          policy.apply(collector.collect(objects), "crd");
        },
        log,
        metrics,
        ...timing
      });
      supervised.push(policies);
    }
    for (const informer of secretUserInformers(options.kubeConfig, secretUsers, log, metrics, timing)) supervised.push(informer);
    supervised.push(zalandoConfigInformer(options.kubeConfig, options.zalando ?? {}, related, log, metrics, timing));
    for (const informer of supervised) informer.start();
    if (options.auditIntervalMs) {
      const documents = () => policy.current();
      stoppers.push(
        startAuditLoop({
          kubeConfig: options.kubeConfig,
          intervalMs: options.auditIntervalMs,
          policy: () => {
            const docs = documents();
            return { set: buildPolicySet(engine, docs), source: docs.length > 0 ? docs.map((d) => d.source).join(", ") : "recommended" };
          },
          readSecrets: options.readSecrets === true,
          log
        })
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
    forceCloseConnections: "idle",
    keepAliveTimeout: 3e4
  });
  const defaultJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    defaultJson(request, typeof body === "string" ? body : body.toString("utf8"), (error, value) => {
      if (!error) return done(null, value);
      const code = error.code;
      done(null, new UnparsableBody((code && JSON_ERRORS[code]) ?? "the body is not valid JSON"));
    });
  });
  const reloadTls = () => {
    let next;
    try {
      next = readTls(options.tls);
    } catch (error) {
      metrics.tlsReloads.inc({ result: "rejected" });
      log.error({ err: error.message }, "TLS reload rejected; the current certificate stays in use");
      return false;
    }
    if (next.cert.equals(tls.cert) && next.key.equals(tls.key)) return true;
    app.server.setSecureContext({ cert: next.cert, key: next.key });
    tls = next;
    metrics.tlsReloads.inc({ result: "applied" });
    log.info({ certFile: options.tls.certFile }, "TLS certificate reloaded");
    return true;
  };
  stoppers.push(watchFiles([options.tls.certFile, options.tls.keyFile], reloadTls, { pollMs: options.filePollMs ?? 2e3 }));
  let draining = false;
  const graceMs = options.informerGraceMs ?? 12e4;
  const ready = () => {
    const informers = supervised.map((s) => s.health());
    const now = Date.now();
    const informersOk = informers.every((h) => h.synced && (h.healthy || h.failingSince !== void 0 && now - h.failingSince < graceMs));
    const workers = evaluator.readiness?.();
    const checks = {
      ...workers ? { workers } : {},
      policy: policy.loaded ? { version: policy.version, ...policy.lastError ? { lastRejected: policy.lastError } : {} } : "not loaded",
      informers: Object.fromEntries(
        informers.map((h) => [h.name, { synced: h.synced, healthy: h.healthy, restarts: h.restarts, ...h.lastError ? { lastError: h.lastError } : {} }])
      ),
      draining
    };
    return { ready: policy.loaded && informersOk && !draining && (!workers || workers.ready > 0), checks };
  };
  app.addHook("onRequest", (request, reply, done) => {
    const declared = Number(request.headers["content-length"]);
    if (!(declared > bodyLimit) || declared > 4 * bodyLimit) {
      done();
      return;
    }
    const message = `${JSON_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE} (${bodyLimit} bytes)`;
    metrics.badRequests.inc({ reason: "FST_ERR_CTP_BODY_TOO_LARGE" });
    log.warn({ path: request.url, status: 413, reason: message }, "bad request");
    const answer = () => {
      request.raw.removeListener("error", answer);
      reply.code(413).send({ error: "bad request", message });
    };
    request.raw.on("error", answer);
    request.raw.once("end", answer);
    request.raw.resume();
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    if (draining) reply.header("connection", "close");
    return payload;
  });
  app.setErrorHandler((error, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = (error.code && JSON_ERRORS[error.code]) ?? error.message;
      const detail = error.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? `${message} (${bodyLimit} bytes)` : message;
      metrics.badRequests.inc({ reason: error.code ?? String(status) });
      log.warn({ path: request.url, status, reason: detail }, "bad request");
      return reply.code(status).send({ error: "bad request", message: detail });
    }
    log.error({ path: request.url, err: error.message }, "internal error");
    return reply.code(500).send({ error: "internal error", message: "pgwarden failed to answer; see its log" });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: "not found", message: `no route ${request.method} ${request.url}; use POST /validate or POST /mutate` });
  });
  const logDecision = (endpoint, request, result, seconds, related2) => {
    const object = request.object;
    const name = typeof object?.metadata?.name === "string" ? object.metadata.name : request.name;
    const s = result.summary;
    const entry = {
      uid: request.uid,
      endpoint,
      operation: request.operation,
      kind: `${request.kind.group ? `${request.kind.group}/` : ""}${request.kind.kind}${request.subResource ? `/${request.subResource}` : ""}`,
      namespace: request.namespace,
      name,
      dryRun: request.dryRun === true,
      ...related2 ? { related: related2.reason } : {},
      decision: s.decision,
      policy: s.policy,
      mode: s.mode,
      rules: s.findings.map((f) => `${f.ruleId}:${f.severity}`),
      ...s.infos.length > 0 ? { info: s.infos } : {},
      ...s.details && s.details.length > 0 ? { detail: s.details } : {},
      ms: Math.round(seconds * 1e4) / 10
    };
    if (s.decision === "error" || s.decision === "timeout") log.error(entry, "admission");
    else log.info(entry, "admission");
  };
  const admit = (endpoint) => async (request, reply) => {
    const started = process.hrtime.bigint();
    if (request.body instanceof UnparsableBody) {
      metrics.badRequests.inc({ reason: "invalid-json" });
      log.warn({ path: request.url, status: 400, reason: request.body.message }, "bad request");
      return reply.code(400).send({ error: "bad request", message: request.body.message });
    }
    const parsed = parseReview(request.body);
    if (!parsed.ok) {
      metrics.badRequests.inc({ reason: "invalid-review" });
      log.warn({ path: request.url, status: parsed.status, reason: parsed.message }, "bad request");
      return reply.code(parsed.status).send({ error: "bad request", message: parsed.message });
    }
    const extra = options.kubeConfig ? await related.for(parsed.request) : void 0;
    const result = await evaluator.decide(parsed.request, endpoint, budgetMs, extra);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.latency.observe({ endpoint }, seconds);
    metrics.requests.inc({ endpoint, operation: parsed.request.operation, result: result.summary.decision });
    for (const finding of result.summary.findings) metrics.findings.inc({ rule: finding.ruleId, severity: finding.severity });
    logDecision(endpoint, parsed.request, result, seconds, extra);
    return reply.send(reviewWith(result.response));
  };
  app.post("/validate", admit("validate"));
  app.post("/mutate", admit("mutate"));
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const state = ready();
    return reply.code(state.ready ? 200 : 503).send(state);
  });
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  try {
    await app.listen({ port: options.port ?? 8443, host: options.host ?? "127.0.0.1" });
  } catch (error) {
    for (const stop of stoppers) await stop();
    for (const informer of supervised) await informer.stop();
    await evaluator.close();
    throw error;
  }
  const address = app.server.address();
  const host = options.host && options.host !== "0.0.0.0" && options.host !== "::" ? options.host : "127.0.0.1";
  log.info({ port: address.port, policySource: source, workers: options.workers ?? 0, cluster: Boolean(options.kubeConfig) }, "pgwarden webhook listening");
  let closing;
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
        log.info("pgwarden webhook stopped");
      })();
      return closing;
    }
  };
}
function withoutManagedFields(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
function zalandoConfigInformer(kc, zalando, related, log, metrics, timing) {
  const named = zalando.configMap ?? zalando.operatorConfiguration;
  const what = zalando.configMap ? "operator ConfigMap" : "OperatorConfiguration";
  let lastNote;
  return new SupervisedInformer({
    name: zalando.configMap ? "zalando-operator-configmap" : "zalando-operatorconfigurations",
    create: zalando.configMap ? configMapInformer(kc, zalando.configMap) : operatorConfigurationInformer(kc, zalando.operatorConfiguration),
    onChange: (objects) => {
      let note;
      let chosen = objects;
      if (named && objects.length === 0) {
        note = `pgwarden: ${what} ${named.namespace}/${named.name} not found; judged with the operator defaults`;
      } else if (!named && objects.length > 1) {
        chosen = [];
        note = `pgwarden: ${objects.length} OperatorConfigurations exist and none is named (--zalando-operator-configuration); judged with the operator defaults`;
      }
      related.setZalandoConfig(chosen.map(withoutManagedFields), note);
      if (note !== lastNote && note) log.warn({ informer: "zalando", objects: objects.length }, note.replace(/^pgwarden: /, ""));
      lastNote = note;
    },
    log,
    metrics,
    ...timing
  });
}

// src/webhook/main.ts
var SERVE_HELP = `Usage: pgwarden serve [options]

Runs the admission webhook (HTTPS): POST /validate and POST /mutate take an admission.k8s.io/v1
AdmissionReview; GET /healthz, /readyz, /metrics.

Options:
  --port N                 port to listen on (default 8443)
  --host ADDR              address to bind (default 0.0.0.0)
  --tls-cert FILE          certificate (PEM), reloaded when the file changes (required)
  --tls-key FILE           private key (PEM), reloaded when the file changes (required)
  --policy FILE            policy file (PostgresPolicy YAML), reloaded when it changes
  --policy-source SOURCE   file | crd | builtin (default: file with --policy, else builtin)
                           crd: PostgresPolicy resources in the cluster, applied in name order
  --kubeconfig FILE        cluster access from this kubeconfig (default: in-cluster service account
                           when running in a pod; none otherwise)
  --no-cluster             no cluster access even in a pod (no informers, no Cluster look-ups)
  --zalando-operator-configmap NAMESPACE/NAME
                           the Zalando operator runs from this ConfigMap: watch exactly it and judge
                           postgresql anti-affinity with its settings (default: none; OperatorConfigurations
                           are watched instead)
  --zalando-operator-configuration NAMESPACE/NAME
                           the OperatorConfiguration the Zalando operator reads, when several exist
                           (default: every OperatorConfiguration, used when there is exactly one)
  --read-secrets           also judge a workload with the Secrets it references (GET, emptiness only;
                           needs get on secrets, off by default). Lone Secrets are always judged with the
                           workloads that reference them (list/watch of the Postgres kinds, no Secret access)
  --audit-interval DURATION
                           every DURATION (30s, 10m, 1h) audit every Postgres object in the cluster and
                           write one wgpolicyk8s.io/v1alpha2 PolicyReport per namespace (needs cluster
                           access and deploy/policyreports/); default off
  --workers N              evaluation worker threads (default 2; 0 = main thread, no time budget)
  --budget-ms N            answer within N ms whatever the engine does (default 2000)
  --on-timeout deny|allow  answer for a request that outlived the budget (default deny)
  --body-limit BYTES       larger bodies get 413 (default 3145728)
  --shutdown-delay-ms N    on SIGTERM, stay up but unready this long before draining (default 0)
  --log-level LEVEL        pino level (default info)
  -h, --help               this help

Exit codes: 0 stopped by a signal after draining, 2 bad arguments or startup failure.
`;
function intOption(value, name, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}
function inCluster() {
  return Boolean(process.env.KUBERNETES_SERVICE_HOST);
}
async function serveMain(argv) {
  let values;
  function parse(args) {
    return parseArgs({
      args,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "tls-cert": { type: "string" },
        "tls-key": { type: "string" },
        policy: { type: "string" },
        "policy-source": { type: "string" },
        kubeconfig: { type: "string" },
        "no-cluster": { type: "boolean" },
        "zalando-operator-configmap": { type: "string" },
        "zalando-operator-configuration": { type: "string" },
        "read-secrets": { type: "boolean" },
        "audit-interval": { type: "string" },
        workers: { type: "string" },
        "budget-ms": { type: "string" },
        "on-timeout": { type: "string" },
        "body-limit": { type: "string" },
        "shutdown-delay-ms": { type: "string" },
        "log-level": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  }
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${error.message}
${SERVE_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const log = pino2({ level: values["log-level"] ?? "info", base: { component: "pgwarden-webhook" } });
  let options;
  let shutdownDelayMs;
  try {
    const certFile = values["tls-cert"];
    const keyFile = values["tls-key"];
    if (!certFile || !keyFile) throw new Error("--tls-cert and --tls-key are required (the apiserver only calls webhooks over HTTPS)");
    const source = values["policy-source"] ?? (values.policy ? "file" : "builtin");
    if (source !== "file" && source !== "crd" && source !== "builtin") {
      throw new Error(`--policy-source must be file, crd or builtin, got "${source}"`);
    }
    if (source === "file" && !values.policy) throw new Error("--policy-source file needs --policy FILE");
    const onTimeout = values["on-timeout"] ?? "deny";
    if (onTimeout !== "deny" && onTimeout !== "allow") throw new Error(`--on-timeout must be deny or allow, got "${onTimeout}"`);
    let kubeConfig;
    if (!values["no-cluster"] && (values.kubeconfig || inCluster())) kubeConfig = loadKubeConfig(values.kubeconfig);
    const zalandoConfigMap = values["zalando-operator-configmap"];
    const zalandoConfiguration = values["zalando-operator-configuration"];
    if (zalandoConfigMap && zalandoConfiguration) {
      throw new Error("--zalando-operator-configmap and --zalando-operator-configuration exclude each other: the operator reads one of them");
    }
    const zalando = {
      ...zalandoConfigMap ? { configMap: namespacedName(zalandoConfigMap, "zalando-operator-configmap") } : {},
      ...zalandoConfiguration ? { operatorConfiguration: namespacedName(zalandoConfiguration, "zalando-operator-configuration") } : {}
    };
    if ((zalandoConfigMap || zalandoConfiguration) && !kubeConfig) {
      throw new Error("--zalando-operator-configmap / --zalando-operator-configuration need cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    }
    if (values["read-secrets"] && !kubeConfig) throw new Error("--read-secrets needs cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    const auditIntervalMs = values["audit-interval"] !== void 0 ? parseDuration(values["audit-interval"], "audit-interval") : void 0;
    if (auditIntervalMs && !kubeConfig) throw new Error("--audit-interval needs cluster access (in-cluster or --kubeconfig, not --no-cluster)");
    shutdownDelayMs = intOption(values["shutdown-delay-ms"], "shutdown-delay-ms", 0);
    options = {
      port: intOption(values.port, "port", 8443),
      host: values.host ?? "0.0.0.0",
      tls: { certFile, keyFile },
      policySource: source,
      ...values.policy ? { policyFile: values.policy } : {},
      ...kubeConfig ? { kubeConfig, zalando, ...values["read-secrets"] ? { readSecrets: true } : {}, ...auditIntervalMs ? { auditIntervalMs } : {} } : {},
      workers: intOption(values.workers, "workers", 2),
      budgetMs: intOption(values["budget-ms"], "budget-ms", 2e3),
      onTimeout,
      bodyLimit: intOption(values["body-limit"], "body-limit", 3 * 1024 * 1024),
      logger: log
    };
  } catch (error) {
    process.stderr.write(`pgwarden serve: ${error.message}
`);
    return 2;
  }
  let server;
  try {
    server = await startServer(options);
  } catch (error) {
    log.fatal({ err: error.message }, "pgwarden webhook failed to start");
    return 2;
  }
  return new Promise((resolve) => {
    const stop = (signal) => {
      log.info({ signal, shutdownDelayMs }, "draining");
      server.beginDrain();
      setTimeout(() => {
        server.close().then(
          () => resolve(0),
          (error) => {
            log.error({ err: error.message }, "error while draining");
            resolve(1);
          }
        );
      }, shutdownDelayMs);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}
export {
  SERVE_HELP,
  serveMain,
  startServer
};
