import {
  evaluate,
  parsePolicy,
  policyFor
} from "./chunk-LAJTW652.js";

// src/webhook/engine.ts
var realEngine = { evaluate, parsePolicy, policyFor };
async function loadEngine(moduleUrl) {
  if (!moduleUrl) return realEngine;
  const mod = await import(moduleUrl);
  const { evaluate: ev, parsePolicy: parse, policyFor: pick } = mod;
  if (typeof ev !== "function" || typeof parse !== "function" || typeof pick !== "function") {
    throw new Error(`${moduleUrl} does not export evaluate, parsePolicy and policyFor`);
  }
  return { evaluate: ev, parsePolicy: parse, policyFor: pick };
}

// src/webhook/decide.ts
import jsonPatch from "fast-json-patch";
var MUTATED_ANNOTATION = "pgwarden.io/mutated";
var WARNING_MAX = 120;
var WARNINGS_TOTAL_MAX = 4096;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SCALE_PARENTS = {
  "apps/statefulsets": {
    kind: "StatefulSet",
    replicasPath: "/spec/replicas",
    build: (name, namespace, replicas) => ({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name, namespace },
      // The namespace opted in to StatefulSet scale checks (deploy/webhooks.yaml) declares its StatefulSets to be
      // Postgres; the image only lets the engine recognise the synthetic object as one.
      spec: { replicas, template: { spec: { containers: [{ name: "postgres", image: "postgres" }] } } }
    })
  },
  "postgresql.cnpg.io/clusters": {
    kind: "Cluster",
    replicasPath: "/spec/instances",
    build: (name, namespace, replicas) => ({
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Cluster",
      metadata: { name, namespace },
      spec: { instances: replicas, storage: { size: "1Gi" } }
    })
  }
};
function resourceLabel(request, object) {
  const meta = isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
  const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
  const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
  const sub = request.subResource ? `/${request.subResource}` : "";
  const kind = request.subResource ? SCALE_PARENTS[`${request.resource.group}/${request.resource.resource}`]?.kind ?? request.resource.resource : request.kind.kind;
  return `${kind}${sub} ${namespace ? `${namespace}/` : ""}${name}`;
}
function withNamespace(object, namespace) {
  if (!namespace) return object;
  const meta = isRecord(object.metadata) ? object.metadata : void 0;
  if (meta && typeof meta.namespace === "string" && meta.namespace !== "") return object;
  return { ...object, metadata: { ...meta ?? {}, namespace } };
}
var PGO_CLUSTER_LABEL = "postgres-operator.crunchydata.com/cluster";
var PGO_USER_LABEL = "postgres-operator.crunchydata.com/pguser";
function pgoUserSecretContext(secret) {
  const meta = isRecord(secret.metadata) ? secret.metadata : void 0;
  const labels = meta && isRecord(meta.labels) ? meta.labels : void 0;
  const cluster = labels?.[PGO_CLUSTER_LABEL];
  const name = meta?.name;
  if (typeof cluster !== "string" || typeof name !== "string" || !name.startsWith(`${cluster}-pguser-`)) return void 0;
  const labelledUser = labels?.[PGO_USER_LABEL];
  const user = typeof labelledUser === "string" ? labelledUser : name.slice(`${cluster}-pguser-`.length);
  if (user === "") return void 0;
  return {
    apiVersion: "postgres-operator.crunchydata.com/v1beta1",
    kind: "PostgresCluster",
    metadata: { name: cluster, namespace: meta?.namespace },
    spec: { instances: [{ name: "instance1" }], users: [{ name: user }] }
  };
}
function judgedInputs(request, related) {
  const object = request.object;
  if (request.subResource === "scale") {
    if (!isRecord(object)) return { invalid: "request.object must be an autoscaling/v1 Scale object" };
    const spec = object.spec;
    if (spec !== void 0 && !isRecord(spec)) return { invalid: "Scale spec must be an object" };
    const replicas = spec?.replicas ?? 0;
    if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
      return { invalid: "Scale spec.replicas must be a non-negative integer" };
    }
    const meta = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof meta.name === "string" ? meta.name : request.name ?? "";
    const namespace = typeof meta.namespace === "string" ? meta.namespace : request.namespace;
    const parent = SCALE_PARENTS[`${request.resource.group}/${request.resource.resource}`];
    if (!parent) return { inputs: [], subjectIndex: 0 };
    return {
      inputs: [{ object: parent.build(name, namespace, replicas) }],
      subjectIndex: 0,
      keep: (f) => f.ruleId === "replicas" || f.ruleId === "invalid-manifest" && f.path === parent.replicasPath
    };
  }
  if (!isRecord(object)) {
    return { invalid: `request.object must be the ${request.kind.kind} object, got ${object === null ? "null" : typeof object}` };
  }
  const subject = { object: withNamespace(object, request.namespace) };
  if (request.operation === "UPDATE" && isRecord(request.oldObject)) {
    subject.oldObject = withNamespace(request.oldObject, request.namespace);
  }
  const inputs = [subject];
  if (request.kind.group === "" && request.kind.kind === "Secret") {
    const cluster = pgoUserSecretContext(subject.object);
    if (cluster) inputs.push({ object: cluster });
  }
  const offset = inputs.length;
  for (const object2 of related?.objects ?? []) inputs.push({ object: object2 });
  const counted = related?.counted?.length ? new Set(related.counted.map((i) => offset + i)) : void 0;
  return { inputs, subjectIndex: 0, ...counted ? { counted } : {} };
}
function fieldOf(pointer) {
  if (pointer === "" || pointer === "/") return "(object)";
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function boundedWarnings(lines) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const warning = truncate(oneLine(lines[i] ?? ""), WARNING_MAX - 1);
    if (seen.has(warning)) continue;
    const more = `pgwarden: ${lines.length - i} more findings not shown; see pgwarden's log`;
    if (total + warning.length > WARNINGS_TOTAL_MAX - more.length - 8) {
      out.push(more);
      break;
    }
    seen.add(warning);
    out.push(warning);
    total += warning.length;
  }
  return out;
}
function findingLine(finding) {
  return `[${finding.ruleId}] ${fieldOf(finding.path)}: ${oneLine(finding.message)}`;
}
function summarise(policy, findings) {
  return {
    decision: "allowed",
    ...policy ? { policy: policy.name } : {},
    mode: policy?.mode ?? "enforce",
    findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
    infos: findings.filter((f) => f.severity === "info").map(findingLine),
    details: findings.filter((f) => f.severity !== "info").map(findingLine)
  };
}
function allow(uid) {
  return { uid, allowed: true };
}
function mutationPatch(object, findings, policy) {
  const optedIn = findings.filter((f) => f.fix && f.fix.patch.length > 0 && policy?.rules[f.ruleId]?.mutate === true);
  if (optedIn.length === 0) return { ops: [], applied: [] };
  let document = jsonPatch.deepClone(object);
  const ops = [];
  const applied = [];
  for (const finding of optedIn) {
    const patch = finding.fix?.patch ?? [];
    try {
      const trial = jsonPatch.deepClone(document);
      document = jsonPatch.applyPatch(trial, jsonPatch.deepClone(patch), true, true).newDocument;
      ops.push(...patch);
      applied.push(finding);
    } catch {
    }
  }
  if (applied.length === 0) return { ops: [], applied };
  const record = applied.map((f) => `${f.ruleId}: ${oneLine(f.fix?.description ?? "")}`).join("; ");
  const meta = isRecord(document) && isRecord(document.metadata) ? document.metadata : void 0;
  if (meta && isRecord(meta.annotations)) {
    ops.push({ op: "add", path: `/metadata/annotations/${MUTATED_ANNOTATION.replace(/~/g, "~0").replace(/\//g, "~1")}`, value: record });
  } else if (meta) {
    ops.push({ op: "add", path: "/metadata/annotations", value: { [MUTATED_ANNOTATION]: record } });
  }
  return { ops, applied };
}
function decide(request, endpoint, context) {
  const uid = request.uid;
  if (request.operation === "DELETE" || request.operation === "CONNECT") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource && request.subResource !== "scale") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  if (request.subResource === "scale" && endpoint === "mutate") {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  const judged = judgedInputs(request, request.subResource ? void 0 : context.related);
  const label = resourceLabel(request, request.object);
  if ("invalid" in judged) {
    return {
      response: { uid, allowed: false, status: { code: 400, reason: "BadRequest", message: `pgwarden: ${label}: ${judged.invalid}` } },
      summary: { decision: "denied", findings: [], infos: [] }
    };
  }
  if (judged.inputs.length === 0) {
    return { response: allow(uid), summary: { decision: "skipped", findings: [], infos: [] } };
  }
  let findings;
  let policy;
  try {
    const subject = judged.inputs[judged.subjectIndex];
    policy = context.engine.policyFor(subject, context.policy);
    findings = context.engine.evaluate(judged.inputs, {
      ...context.policy ? { policy: context.policy } : {},
      ...context.clusterStorageClasses ? { clusterStorageClasses: context.clusterStorageClasses } : {}
    }).filter((f) => (f.objectIndex === judged.subjectIndex || judged.counted?.has(f.objectIndex) === true) && (!judged.keep || judged.keep(f)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      response: {
        uid,
        allowed: false,
        status: { code: 500, reason: "InternalError", message: `pgwarden: internal error judging ${label}: ${oneLine(reason).slice(0, 300)}` }
      },
      summary: { decision: "error", findings: [], infos: [] }
    };
  }
  const summary = summarise(policy, findings);
  const mode = summary.mode ?? "enforce";
  if (endpoint === "mutate") {
    const { ops, applied } = mutationPatch(judged.inputs[judged.subjectIndex].object, findings.filter((f) => f.objectIndex === judged.subjectIndex), policy);
    if (ops.length === 0) return { response: allow(uid), summary };
    return {
      response: {
        uid,
        allowed: true,
        patchType: "JSONPatch",
        patch: Buffer.from(JSON.stringify(ops)).toString("base64"),
        auditAnnotations: { mutated: applied.map((f) => f.ruleId).join(",") }
      },
      summary: { ...summary, decision: "mutated" }
    };
  }
  const errors = findings.filter((f) => f.severity === "error");
  const notes = context.related?.notes ?? [];
  const warnings = findings.filter((f) => f.severity === "warning");
  const policyName = policy ? `policy ${policy.name}` : "built-in policy";
  if (errors.length > 0 && mode === "enforce") {
    const list = errors.map((f, i) => `(${i + 1}) ${findingLine(f)}`).join(" ");
    const message = `pgwarden denied ${label} (${policyName}, enforce): ${list}`;
    const response = { uid, allowed: false, status: { code: 403, reason: "Forbidden", message } };
    const shown = [...warnings.map(findingLine), ...notes];
    if (shown.length > 0) response.warnings = boundedWarnings(shown);
    return { response, summary: { ...summary, decision: "denied" } };
  }
  const lines = [...errors.map((f) => `audit: ${findingLine(f)}`), ...warnings.map(findingLine)];
  if (lines.length === 0) return { response: notes.length > 0 ? { uid, allowed: true, warnings: boundedWarnings(notes) } : allow(uid), summary };
  lines.push(...notes);
  return { response: { uid, allowed: true, warnings: boundedWarnings(lines) }, summary: { ...summary, decision: "warned" } };
}

// src/webhook/evaluator.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function buildPolicySet(engine, documents) {
  if (documents.length === 0) return void 0;
  const policies = documents.flatMap((doc) => engine.parsePolicy(doc.text, doc.source).policies);
  return { policies };
}
function timedOut(request, budgetMs, onTimeout) {
  const message = `pgwarden could not judge ${request.kind.kind} ${request.namespace ? `${request.namespace}/` : ""}${request.name ?? ""} within its ${budgetMs} ms budget`;
  const response = onTimeout === "deny" ? { uid: request.uid, allowed: false, status: { code: 503, reason: "Timeout", message: `${message}; retry, or see pgwarden's log` } } : { uid: request.uid, allowed: true, warnings: [`${message}; allowed unjudged`.slice(0, 119)] };
  return { response, summary: { decision: "timeout", findings: [], infos: [] } };
}
var InlineEvaluator = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  policy;
  classes;
  setPolicy(documents) {
    this.policy = buildPolicySet(this.engine, documents);
  }
  setStorageClasses(classes) {
    this.classes = classes;
  }
  async decide(request, endpoint, _budgetMs, related) {
    return decide(request, endpoint, {
      engine: this.engine,
      policy: this.policy,
      ...this.classes ? { clusterStorageClasses: this.classes } : {},
      ...related ? { related } : {}
    });
  }
  async close() {
  }
};
function defaultWorkerScript() {
  return new URL("./eval-worker.js", import.meta.url);
}
var WorkerPoolEvaluator = class {
  constructor(options) {
    this.options = options;
    this.script = options.script ?? defaultWorkerScript();
    const path = this.script instanceof URL ? fileURLToPath(this.script) : this.script;
    if (!existsSync(path)) throw new Error(`evaluation worker ${path} is missing; run \`npm run bundle\` or use --workers 0`);
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }
  options;
  slots = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  documents = [];
  classes;
  closed = false;
  /** Set when a worker cannot load the engine: respawning would loop, so answer with the timeout decision. */
  fatal;
  script;
  spawn() {
    const worker = new Worker(this.script, { workerData: { engineModule: this.options.engineModule } });
    const slot = { worker, inFlight: 0, ready: false };
    worker.on("message", (message) => {
      if (message.type === "fatal") {
        this.fatal = message.message;
        return;
      }
      if (message.type === "ready") {
        slot.ready = true;
        return;
      }
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      slot.inFlight--;
      pending.resolve(message.result);
    });
    worker.on("error", (error) => this.replace(slot, `worker error: ${error.message}`));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `worker exited with code ${code}`);
    });
    worker.postMessage({ type: "policy", documents: this.documents });
    worker.postMessage({ type: "storageClasses", classes: this.classes });
    worker.unref();
    return slot;
  }
  /** Ends a stuck or dead worker: its other requests get the timeout answer, a fresh worker takes its place. */
  replace(slot, reason) {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    if (!this.fatal) this.slots[index] = this.spawn();
    else this.slots.splice(index, 1);
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    void slot.worker.terminate();
    this.options.onWorkerReplaced?.(reason);
  }
  async heapUsed() {
    const stats = await Promise.all(this.slots.map((slot) => slot.worker.getHeapStatistics().catch(() => void 0)));
    return stats.reduce((sum, s) => sum + (s?.used_heap_size ?? 0), 0);
  }
  /** Warm workers / all workers, for /readyz. */
  readiness() {
    return { ready: this.slots.filter((s) => s.ready).length, total: this.slots.length };
  }
  setPolicy(documents) {
    this.documents = documents;
    for (const slot of this.slots) slot.worker.postMessage({ type: "policy", documents });
  }
  setStorageClasses(classes) {
    this.classes = classes;
    for (const slot of this.slots) slot.worker.postMessage({ type: "storageClasses", classes });
  }
  decide(request, endpoint, budgetMs, related) {
    const first = this.slots[0];
    if (this.closed || !first) return Promise.resolve(timedOut(request, budgetMs, this.options.onTimeout));
    let slot = this.slots.find((s) => s.ready) ?? first;
    for (const candidate of this.slots) {
      if ((candidate.ready || !slot.ready) && candidate.inFlight < slot.inFlight) slot = candidate;
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.replace(slot, `a request outlived its ${budgetMs} ms budget`);
      }, budgetMs);
      this.pending.set(id, { request, budgetMs, timer, resolve, slot });
      slot.inFlight++;
      slot.worker.postMessage({ type: "decide", id, request, endpoint, ...related ? { related } : {} });
    });
  }
  async close() {
    this.closed = true;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
};

export {
  loadEngine,
  decide,
  buildPolicySet,
  InlineEvaluator,
  WorkerPoolEvaluator
};
