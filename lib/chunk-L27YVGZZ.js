import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  buildModel,
  evaluate,
  isEnabled,
  parsePolicy,
  policyFor,
  ruleSetting,
  rules
} from "./chunk-UKR6ZIRD.js";
import {
  require_dist
} from "./chunk-KZPG3NJF.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/audit/kinds.ts
var POSTGRES_KINDS = [
  { group: "postgres-operator.crunchydata.com", version: "v1beta1", plural: "postgresclusters", kind: "PostgresCluster", operator: "PGO v5" },
  { group: "crunchydata.com", version: "v1", plural: "pgclusters", kind: "Pgcluster", operator: "PGO v4" },
  { group: "acid.zalan.do", version: "v1", plural: "postgresqls", kind: "postgresql", operator: "Zalando" },
  { group: "postgresql.cnpg.io", version: "v1", plural: "clusters", kind: "Cluster", operator: "CloudNativePG" },
  { group: "apps", version: "v1", plural: "statefulsets", kind: "StatefulSet" }
];
var CNPG_SCHEDULED_BACKUPS = {
  group: "postgresql.cnpg.io",
  version: "v1",
  plural: "scheduledbackups",
  kind: "ScheduledBackup",
  operator: "CloudNativePG"
};
var ZALANDO_OPERATOR_CONFIGURATIONS = {
  group: "acid.zalan.do",
  version: "v1",
  plural: "operatorconfigurations",
  kind: "OperatorConfiguration",
  operator: "Zalando"
};
function collectionPath(kind, namespace) {
  const base = kind.group === "" ? `/api/${kind.version}` : `/apis/${kind.group}/${kind.version}`;
  return `${base}${namespace ? `/namespaces/${namespace}` : ""}/${kind.plural}`;
}
function apiVersionOf(kind) {
  return kind.group === "" ? kind.version : `${kind.group}/${kind.version}`;
}
function withTypeMeta(object, kind) {
  const record = object;
  if (typeof record.apiVersion === "string" && typeof record.kind === "string") return object;
  return { ...object, apiVersion: apiVersionOf(kind), kind: kind.kind };
}

// src/audit/secrets.ts
var PLACEHOLDER = Buffer.from("<set>").toString("base64");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function emptinessOnly(secret) {
  if (!isRecord(secret)) return void 0;
  const meta = isRecord(secret.metadata) ? secret.metadata : {};
  const data = {};
  for (const field of ["data", "stringData"]) {
    const block = secret[field];
    if (!isRecord(block)) continue;
    for (const [key, value] of Object.entries(block)) data[key] = typeof value === "string" && value !== "" ? PLACEHOLDER : "";
  }
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      ...typeof meta.name === "string" ? { name: meta.name } : {},
      ...typeof meta.namespace === "string" ? { namespace: meta.namespace } : {},
      ...isRecord(meta.labels) ? { labels: meta.labels } : {}
    },
    ...typeof secret.type === "string" ? { type: secret.type } : {},
    data
  };
}
function referencedSecrets(objects) {
  const out = /* @__PURE__ */ new Map();
  for (const cluster of buildModel(objects).clusters) {
    const namespace = cluster.resource.namespace;
    if (!namespace) continue;
    const refs = out.get(cluster.objectIndex) ?? [];
    for (const credential of cluster.credentials) {
      if (credential.secretUnknown) continue;
      const secretNamespace = credential.secretNamespace ?? namespace;
      if (!refs.some((r) => r.name === credential.secretName && r.namespace === secretNamespace)) refs.push({ namespace: secretNamespace, name: credential.secretName });
    }
    out.set(cluster.objectIndex, refs);
  }
  return out;
}

// src/audit/audit.ts
var import_yaml = __toESM(require_dist(), 1);
import { CoreV1Api, CustomObjectsApi, StorageV1Api } from "@kubernetes/client-node";
function statusOf(error) {
  const code = error?.code;
  return typeof code === "number" ? code : void 0;
}
function clusterApi(kc) {
  const custom = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const storage = kc.makeApiClient(StorageV1Api);
  const absentAs404 = async (call) => {
    try {
      return await call();
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
  return {
    async list(kind, namespace) {
      const base = { group: kind.group, version: kind.version, plural: kind.plural };
      const listed = await absentAs404(() => namespace ? custom.listNamespacedCustomObject({ ...base, namespace }) : custom.listClusterCustomObject(base));
      return listed ? (listed.items ?? []).map((item) => withTypeMeta(item, kind)) : void 0;
    },
    async storageClasses() {
      const list = await storage.listStorageClass();
      return list.items.map((sc) => sc.metadata?.name).filter((n) => typeof n === "string");
    },
    async secret(namespace, name) {
      return absentAs404(() => core.readNamespacedSecret({ namespace, name }));
    },
    async policies() {
      const listed = await absentAs404(() => custom.listClusterCustomObject({ group: "pgwarden.io", version: "v1alpha1", plural: "postgrespolicies" }));
      return listed?.items;
    }
  };
}
function metaOf(object) {
  const meta = object.metadata ?? {};
  return { name: String(meta.name ?? ""), namespace: String(meta.namespace ?? ""), ...typeof meta.uid === "string" ? { uid: meta.uid } : {} };
}
function slim(object) {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
async function clusterPolicy(api, notes) {
  const objects = (await api.policies() ?? []).slice().sort((a, b) => metaOf(a).name < metaOf(b).name ? -1 : 1);
  const policies = [];
  const names = [];
  for (const object of objects) {
    const name = metaOf(object).name;
    try {
      policies.push(...parsePolicy((0, import_yaml.stringify)({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name }, spec: object.spec ?? {} }), `PostgresPolicy/${name}`).policies);
      names.push(`PostgresPolicy/${name}`);
    } catch (error) {
      notes.push(`PostgresPolicy ${name} is invalid and was skipped: ${error.message.split("\n")[0]}`);
    }
  }
  return policies.length > 0 ? { set: { policies }, source: names.join(", ") } : { set: void 0, source: "recommended (no PostgresPolicy in the cluster)" };
}
async function auditCluster(api, options = {}) {
  const notes = [];
  const policy = options.policy ?? await clusterPolicy(api, notes);
  const [storageClasses, configurations, backups, ...workloadLists] = await Promise.all([
    api.storageClasses().catch((error) => {
      notes.push(`StorageClasses could not be listed (${statusOf(error) ?? error.message}): storage classes were judged by the policy's list only`);
      return void 0;
    }),
    api.list(ZALANDO_OPERATOR_CONFIGURATIONS).catch(() => void 0),
    api.list(CNPG_SCHEDULED_BACKUPS, options.namespace),
    ...POSTGRES_KINDS.map((kind) => api.list(kind, options.namespace))
  ]);
  const workloads = workloadLists.flatMap((list, i) => (list ?? []).map((item) => slim(withTypeMeta(item, POSTGRES_KINDS[i]))));
  let zalandoConfig = [];
  if (configurations && configurations.length === 1) zalandoConfig = configurations.map(slim);
  else if (configurations && configurations.length > 1 && workloads.some((w) => w.kind === "postgresql")) {
    notes.push(`${configurations.length} Zalando OperatorConfigurations exist: postgresqls were judged with the operator defaults`);
  }
  const secrets = [];
  if (options.secrets !== false) {
    const refs = [...referencedSecrets(workloads.map((object) => ({ object }))).values()].flat();
    const unique = [...new Map(refs.map((r) => [`${r.namespace}/${r.name}`, r])).values()];
    const max = options.maxSecrets ?? 500;
    if (unique.length > max) notes.push(`${unique.length} Secrets are referenced; only the first ${max} were checked for empty passwords`);
    let forbidden = false;
    for (const ref of unique.slice(0, max)) {
      if (forbidden) break;
      try {
        const secret = emptinessOnly(await api.secret(ref.namespace, ref.name));
        if (secret) secrets.push(secret);
      } catch (error) {
        if (statusOf(error) === 403) {
          forbidden = true;
          notes.push("Secrets cannot be read with these credentials (403): empty passwords were not checked");
        } else notes.push(`Secret ${ref.namespace}/${ref.name} could not be read (${statusOf(error) ?? error.message}): its passwords were not checked`);
      }
    }
  }
  const byNamespace = /* @__PURE__ */ new Map();
  for (const object of [...workloads, ...backups ?? [], ...secrets]) {
    const ns = metaOf(object).namespace;
    byNamespace.set(ns, [...byNamespace.get(ns) ?? [], object]);
  }
  const result = { objects: [], findings: [], notes, policySource: policy.source, storageClasses: storageClasses ?? [], namespaces: [] };
  for (const namespace of [...byNamespace.keys()].sort()) {
    const own = byNamespace.get(namespace);
    const inputs = [...own, ...zalandoConfig].map((object) => ({ object }));
    const findings = evaluate(inputs, { schemaAppliedByApiserver: true, ...policy.set ? { policy: policy.set } : {}, ...storageClasses ? { clusterStorageClasses: storageClasses } : {} });
    const subjects = own.map((object, index) => {
      const meta = metaOf(object);
      const resource = { apiVersion: String(object.apiVersion), kind: String(object.kind), name: meta.name, namespace, ...meta.uid ? { uid: meta.uid } : {} };
      return { resource, policy: policyFor(inputs[index], policy.set), object };
    });
    const postgresIndexes = new Set(referencedSecrets(inputs.slice(0, own.length)).keys());
    subjects.forEach((s, index) => {
      if (s.resource.kind === "StatefulSet" && !postgresIndexes.has(index) && !findings.some((f) => f.objectIndex === index)) return;
      result.objects.push({ namespace, resource: s.resource, policy: s.policy, postgres: s.resource.kind !== "Secret" && s.resource.kind !== CNPG_SCHEDULED_BACKUPS.kind, object: s.object });
    });
    for (const finding of findings) {
      const subject = subjects[finding.objectIndex];
      if (!subject) continue;
      result.findings.push({ ...finding, subject: subject.resource, policy: subject.policy });
    }
  }
  result.namespaces = [...new Set(result.objects.map((o) => o.namespace))].sort();
  return result;
}

// src/audit/policy-reports.ts
import { CustomObjectsApi as CustomObjectsApi2 } from "@kubernetes/client-node";
var POLICY_REPORT_GROUP = "wgpolicyk8s.io";
var POLICY_REPORT_VERSION = "v1alpha2";
var POLICY_REPORT_PLURAL = "policyreports";
var MANAGED_BY = { "app.kubernetes.io/managed-by": "pgwarden" };
var REPORT_NAME = "pgwarden";
var MAX_RESULTS = 1e3;
var RESULT_OF = { error: "fail", warning: "warn", info: "pass" };
var SEVERITY_OF = { error: "high", warning: "medium", info: "info" };
function policyReports(result, now = /* @__PURE__ */ new Date()) {
  const timestamp = { seconds: Math.floor(now.getTime() / 1e3), nanos: 0 };
  const reports = [];
  for (const namespace of result.namespaces) {
    const results = [];
    for (const object of result.objects.filter((o) => o.namespace === namespace)) {
      const resources = [{ apiVersion: object.resource.apiVersion, kind: object.resource.kind, name: object.resource.name, namespace, ...object.resource.uid ? { uid: object.resource.uid } : {} }];
      const findings = result.findings.filter((f) => f.subject.namespace === namespace && f.subject.kind === object.resource.kind && f.subject.name === object.resource.name);
      for (const finding of findings) {
        results.push({
          source: "pgwarden",
          policy: object.policy.name,
          rule: finding.ruleId,
          result: RESULT_OF[finding.severity],
          severity: SEVERITY_OF[finding.severity],
          category: "PostgreSQL",
          message: finding.message,
          scored: true,
          resources,
          timestamp,
          properties: { path: finding.path || "/" }
        });
      }
      if (!object.postgres) continue;
      for (const { meta } of rules) {
        if (findings.some((f) => f.ruleId === meta.id) || !isEnabled(ruleSetting(object.policy, meta).severity)) continue;
        results.push({ source: "pgwarden", policy: object.policy.name, rule: meta.id, result: "pass", severity: "info", category: "PostgreSQL", message: `${meta.id}: no finding`, scored: true, resources, timestamp });
      }
    }
    const summary = { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 };
    for (const r of results) summary[r.result]++;
    const order = { fail: 0, error: 1, warn: 2, skip: 3, pass: 4 };
    results.sort((a, b) => order[a.result] - order[b.result]);
    reports.push({
      apiVersion: "wgpolicyk8s.io/v1alpha2",
      kind: "PolicyReport",
      metadata: { name: REPORT_NAME, namespace, labels: { ...MANAGED_BY } },
      summary,
      results: results.slice(0, MAX_RESULTS)
    });
  }
  return reports;
}
function statusOf2(error) {
  const code = error?.code;
  return typeof code === "number" ? code : void 0;
}
async function writePolicyReports(kc, reports) {
  const api = kc.makeApiClient(CustomObjectsApi2);
  const base = { group: POLICY_REPORT_GROUP, version: POLICY_REPORT_VERSION, plural: POLICY_REPORT_PLURAL };
  const outcome = { written: [], deleted: [] };
  for (const report of reports) {
    const namespace = report.metadata.namespace;
    let existing;
    try {
      existing = await api.getNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME });
    } catch (error) {
      if (statusOf2(error) !== 404) throw error;
    }
    if (existing) {
      const body = { ...report, metadata: { ...report.metadata, resourceVersion: existing.metadata?.resourceVersion } };
      await api.replaceNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME, body });
    } else {
      await api.createNamespacedCustomObject({ ...base, namespace, body: report });
    }
    outcome.written.push(namespace);
  }
  const keep = new Set(reports.map((r) => r.metadata.namespace));
  const listed = await api.listClusterCustomObject({ ...base, labelSelector: "app.kubernetes.io/managed-by=pgwarden" });
  for (const item of listed.items ?? []) {
    const namespace = item.metadata?.namespace;
    if (!namespace || keep.has(namespace) || item.metadata?.name !== REPORT_NAME) continue;
    try {
      await api.deleteNamespacedCustomObject({ ...base, namespace, name: REPORT_NAME });
      outcome.deleted.push(namespace);
    } catch (error) {
      if (statusOf2(error) !== 404) throw error;
    }
  }
  return outcome;
}

export {
  POSTGRES_KINDS,
  CNPG_SCHEDULED_BACKUPS,
  ZALANDO_OPERATOR_CONFIGURATIONS,
  collectionPath,
  apiVersionOf,
  withTypeMeta,
  emptinessOnly,
  referencedSecrets,
  clusterApi,
  auditCluster,
  MANAGED_BY,
  REPORT_NAME,
  policyReports,
  writePolicyReports
};
