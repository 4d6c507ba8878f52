import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  exitCode,
  quieted,
  reportSettings,
  useColor,
  writeOutput
} from "./chunk-BJB2RR5P.js";
import {
  PolicyFileError,
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  parsePolicy
} from "./chunk-UKR6ZIRD.js";
import {
  formatReport
} from "./chunk-YAGMM2PZ.js";
import "./chunk-B22LTSPP.js";
import {
  FORMATS
} from "./chunk-76GNYLZX.js";
import "./chunk-75JXLHVC.js";
import "./chunk-QEV33P7Q.js";
import "./chunk-4MUFVCMV.js";
import "./chunk-NUU3TWGB.js";
import {
  require_dist
} from "./chunk-KZPG3NJF.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/cli/audit.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var AUDIT_HELP = `Usage: pgwarden audit [options]

Judges every Postgres object in a running cluster (PGO v4/v5 clusters, Zalando postgresqls, CloudNativePG Clusters
and ScheduledBackups, Postgres StatefulSets) with the same rules as lint and the webhook, and the cluster's own
context: its StorageClasses, the Zalando operator configuration, and whether the Secrets they reference hold empty
passwords (only emptiness is read; values are never kept or printed). Findings name the object as
<namespace>/<Kind>/<name>.

Cluster:
      --kubeconfig FILE         kubeconfig (default: $KUBECONFIG, then ~/.kube/config)
      --context NAME            kubeconfig context (default: the current one)
  -n, --namespace NS            audit one namespace (default: the context's namespace, else "default")
  -A, --all-namespaces          audit every namespace
      --no-secrets              do not read Secrets (empty passwords are then not checked)
Policy:
  -p, --policy FILE             policy file (default: the cluster's PostgresPolicy resources, else the recommended preset)
Output:
  -f, --format NAME             ${FORMATS.join(" | ")} (default stylish)
  -o, --output FILE             write the report to FILE instead of stdout
      --quiet                   report errors only
      --max-warnings N          exit 1 when there are more than N warnings
      --color / --no-color      force colours on or off (default: on a TTY only)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error or the cluster could not be read.
`;
function yamlPosition(object, pointer) {
  if (typeof object !== "object" || object === null) return { line: 1, column: 1 };
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)((0, import_yaml.stringify)(object, { sortMapEntries: true, indentSeq: false }), { lineCounter: counter });
  const segments = pointer === "" ? [] : pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  for (let n = segments.length; n > 0; n--) {
    const path = segments.slice(0, n).map((s) => /^\d+$/.test(s) ? Number(s) : s);
    const parent = n > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const pair = (0, import_yaml.isMap)(parent) ? parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(path.at(-1))) : void 0;
    const node = pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : doc.getIn(path, true);
    const offset = node?.range?.[0];
    if (offset !== void 0) {
      const { line, col } = counter.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
function objectPath(resource) {
  return `${resource.namespace ?? "_cluster"}/${resource.kind}/${resource.name}`;
}
async function auditCommand(args, io, toolVersion) {
  let parsed;
  function parse() {
    return parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        kubeconfig: { type: "string" },
        context: { type: "string" },
        namespace: { type: "string", short: "n" },
        "all-namespaces": { type: "boolean", short: "A" },
        "no-secrets": { type: "boolean" },
        policy: { type: "string", short: "p" },
        ...REPORT_OPTIONS
      }
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError(`audit: ${error.message}`);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  const { format, maxWarnings } = reportSettings(values);
  if (values.namespace && values["all-namespaces"]) throw new UsageError("--namespace and --all-namespaces exclude each other");
  let policy;
  if (values.policy) {
    const file = resolve(io.cwd, values.policy);
    let text2;
    try {
      text2 = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`--policy ${values.policy}: ${error.code ?? error.message}`);
    }
    try {
      policy = { set: parsePolicy(text2, values.policy), source: values.policy };
    } catch (error) {
      throw new PolicyFileError(error.message);
    }
  }
  const { KubeConfig } = await import("@kubernetes/client-node");
  const { auditCluster, clusterApi } = await import("./audit-LZFAKWFP.js");
  const kc = new KubeConfig();
  try {
    if (values.kubeconfig) kc.loadFromFile(resolve(io.cwd, values.kubeconfig));
    else kc.loadFromDefault();
  } catch (error) {
    throw new UsageError(`cannot load the kubeconfig: ${error.message.split("\n")[0]}`);
  }
  if (values.context) {
    if (!kc.getContexts().some((c) => c.name === values.context)) throw new UsageError(`--context ${values.context}: no such context in the kubeconfig`);
    kc.setCurrentContext(values.context);
  }
  if (!kc.getCurrentCluster()) throw new UsageError("the kubeconfig has no current cluster (use --context or --kubeconfig)");
  const namespace = values["all-namespaces"] ? void 0 : values.namespace ?? kc.getContextObject(kc.getCurrentContext())?.namespace ?? "default";
  let result;
  try {
    result = await auditCluster(clusterApi(kc), { ...namespace ? { namespace } : {}, ...policy ? { policy } : {}, secrets: !values["no-secrets"] });
  } catch (error) {
    const e = error;
    io.stderr(`pgwarden: cannot read the cluster${e.code ? ` (HTTP ${e.code})` : ""}: ${(e.message ?? String(error)).split("\n")[0]}
`);
    return 2;
  }
  const judged = result.objects.filter((o) => o.postgres).length;
  const spaces = result.namespaces.length;
  io.stderr(
    `pgwarden: audited ${judged} Postgres ${judged === 1 ? "object" : "objects"} in ${namespace ? `namespace ${namespace}` : `${spaces} ${spaces === 1 ? "namespace" : "namespaces"}`} (policy: ${result.policySource})
`
  );
  for (const note of result.notes) io.stderr(`pgwarden: ${note}
`);
  const objectOf = new Map(result.objects.map((o) => [objectPath(o.resource), o.object]));
  const findings = result.findings.map((f) => {
    const at = yamlPosition(objectOf.get(objectPath(f.subject)), f.path);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: objectPath(f.subject),
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column,
      resource: { apiVersion: f.subject.apiVersion, kind: f.subject.kind, name: f.subject.name, ...f.subject.namespace ? { namespace: f.subject.namespace } : {} },
      path: f.path,
      apps: [f.subject.namespace ?? ""]
    };
  });
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const full = {
    version: 1,
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), apps: result.namespaces.length, files: result.objects.length },
    findings
  };
  const { rules } = await import("./policies-TY7TVWUR.js");
  const text = formatReport(format, quieted(full, values.quiet), {
    cwd: io.cwd,
    repoRoot: io.cwd,
    color: useColor(values, format, io),
    rules: rules.map((r) => r.meta),
    apps: result.namespaces,
    toolVersion,
    // A finding's "file" is an object in the cluster, never a local file with the same name.
    readSource: () => void 0
  });
  writeOutput(text, values, io);
  return exitCode(full.summary, values, maxWarnings, io);
}
export {
  AUDIT_HELP,
  auditCommand,
  objectPath,
  yamlPosition
};
