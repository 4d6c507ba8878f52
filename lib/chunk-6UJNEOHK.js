import {
  AliasExpansion,
  EXCESSIVE_ALIASING,
  YamlAliasError,
  allRuleMetas,
  buildModel,
  evaluate,
  parsePolicy,
  parseYamlStream,
  parseYamlValue,
  yamlToJS
} from "./chunk-LAJTW652.js";

// src/cli/main.ts
import { existsSync as existsSync5, mkdirSync, readFileSync as readFileSync8, writeFileSync as writeFileSync5 } from "node:fs";
import { dirname as dirname5, join as join5, resolve as resolve8 } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/audit.ts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var PolicyFileError = class extends Error {
  name = "PolicyFileError";
};

// src/cli/redact.ts
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar } from "yaml";
var MASK = "<redacted>";
var RENDER_MASK = "<redacted by pgwarden>";
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
var CREDENTIAL_WORD = /passw(?:or)?d|passphrase|pass(?![a-z])|pwd|secret|token|key|credential/i;
function isCredentialName(name) {
  return CREDENTIAL_WORD.test(name);
}
var REFERENCE_SUFFIX = /(?:name|names|ref|refs|selector|namespace|file|files|path|paths|dir|mode|type|method|encryption|policy|enabled|length|expiry|ttl)$/i;
var SETTING_PREFIX = /^(?:enable|disable|allow|use|require|skip)/i;
function isCredentialKey(key) {
  if (key === "key" || !isCredentialName(key)) return false;
  const bare = key.replace(/[^A-Za-z0-9]+$/, "");
  return !REFERENCE_SUFFIX.test(bare) && !SETTING_PREFIX.test(bare);
}
var FLAG = /^-{1,2}[A-Za-z][\w.-]*$/;
var ASSIGNMENT = /^(-{0,2}[A-Za-z_][\w.-]*)=/;
function credentialMarks(root, view) {
  const marks = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ node: root, generator: false, literals: false }];
  while (stack.length) {
    const { node, generator, literals } = stack.pop();
    if (node !== null && typeof node === "object") {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    const entries = view.entries(node);
    if (entries) {
      const scalarOf = (key) => {
        const found = entries.find(([k2]) => k2 === key);
        return found ? view.scalar(found[1]) : void 0;
      };
      const kind = scalarOf("kind");
      const name = scalarOf("name");
      const envCredential = typeof name === "string" && isCredentialName(name);
      for (const [key, child2] of entries) {
        if (kind === "Secret" && (key === "data" || key === "stringData")) {
          const values = view.entries(child2);
          if (values) for (const [, v] of values) marks.push({ node: v });
          else marks.push({ node: child2 });
          continue;
        }
        if (key === LAST_APPLIED || key === "value" && envCredential) {
          marks.push({ node: child2 });
          continue;
        }
        const value = view.scalar(child2);
        if (value !== void 0 && value !== null && value !== "" && typeof value !== "boolean" && isCredentialKey(key)) {
          marks.push({ node: child2 });
          continue;
        }
        const underGenerator = generator || key === "secretGenerator";
        stack.push({ node: child2, generator: underGenerator, literals: generator && key === "literals" });
      }
      continue;
    }
    const items2 = view.items(node);
    if (!items2) continue;
    items2.forEach((item, i) => {
      const value = view.scalar(item);
      if (value === void 0) {
        stack.push({ node: item, generator, literals: false });
        return;
      }
      if (literals) {
        const key = /^[^=]*=/.exec(String(value));
        marks.push(key && typeof value === "string" ? { node: item, from: key[0].length } : { node: item });
        return;
      }
      if (typeof value !== "string") return;
      const assignment = ASSIGNMENT.exec(value);
      if (assignment && isCredentialName(assignment[1])) {
        marks.push({ node: item, from: assignment[0].length });
      } else if (FLAG.test(value) && isCredentialName(value)) {
        const next = items2[i + 1];
        if (next !== void 0 && view.scalar(next) !== void 0) marks.push({ node: next });
      }
    });
  }
  return marks;
}
var VALUE = String.raw`("[^"\n]*"|'[^'\n]*'|[^\s"',;&\]})]+)`;
var NOT_MASKED = "(?!<redacted)";
var URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/?#"'<>]{0,256}:)([^\s@"'<>]{1,512})@/gi;
var ASSIGNED = new RegExp(String.raw`(^|[\s"'\[,({;?&])(-{0,2}[A-Za-z_][\w.-]*)(=)${NOT_MASKED}${VALUE}`, "g");
var FLAG_ARG = new RegExp(String.raw`(^|[\s"'\[,])(-{1,2}[A-Za-z][\w.-]*)(\s+|["']\s*,\s*["']?)${NOT_MASKED}(?!-)${VALUE}`, "g");
var KEY_VALUE = new RegExp(
  String.raw`(^|[\s{,"'])([A-Za-z_][\w.-]*)(["']?\s*:(?:\s+|(?=["']))|["']?\s*:\s*(?=["']))${NOT_MASKED}(?![|>&*!{\[#\s])${VALUE}`,
  "g"
);
var INLINE_ENV = new RegExp(
  String.raw`(name["']?\s*:\s*["']?)([\w.-]+)(["']?\s*,\s*["']?value["']?\s*:\s*)${NOT_MASKED}${VALUE}`,
  "g"
);
function maskText(text, mask = MASK) {
  return text.replace(URL_USERINFO, (_m, head) => `${head}${mask}@`).replace(ASSIGNED, (m, pre, name, eq) => isCredentialName(name) ? `${pre}${name}${eq}${mask}` : m).replace(
    FLAG_ARG,
    (m, pre, flag, sep5, value) => isCredentialName(flag) ? `${pre}${flag}${sep5}${quoted(value, mask)}` : m
  );
}
function maskLinePatterns(line, mask) {
  return maskText(line, mask).replace(
    INLINE_ENV,
    (m, pre, name, mid, value) => isCredentialName(name) ? `${pre}${name}${mid}${quoted(value, mask)}` : m
  ).replace(
    KEY_VALUE,
    (m, pre, key, sep5, value) => isCredentialKey(key) ? `${pre}${key}${sep5}${quoted(value, mask)}` : m
  );
}
function quoted(value, mask) {
  const q = value[0];
  return (q === '"' || q === "'") && value.length > 1 && value.endsWith(q) ? `${q}${mask}${q}` : mask;
}
var yamlAst = {
  entries(node) {
    if (!isMap(node)) return void 0;
    return node.items.map((pair) => [isScalar(pair.key) ? String(pair.key.value) : "", pair.value ?? null]);
  },
  items(node) {
    return isSeq(node) ? node.items.map((item) => item ?? null) : void 0;
  },
  scalar(node) {
    if (isScalar(node)) return node.value ?? null;
    return isAlias(node) ? null : void 0;
  }
};
var SECRET_KIND = /(^|[\s{,])["']?kind["']?\s*:\s*["']?secret["']?\s*($|[,}#])|^["']?stringData["']?\s*:|^["']?type["']?\s*:\s*["']?(Opaque|kubernetes\.io\/)/im;
var YAML_FILE = /(\.(ya?ml|json)|(^|[\\/])Kustomization)$/i;
function maskSource(text, file) {
  return maskSourceAt(text, file !== void 0 && !YAML_FILE.test(file), MASK, 0);
}
function maskSourceText(text, file) {
  return maskSource(text, file).lines.join("\n");
}
function maskSourceAt(text, opaque, mask, depth) {
  const original = text.split("\n");
  const whole = /* @__PURE__ */ new Set();
  const spans = [];
  let lines = original;
  if (opaque) {
    lines = original.map((line, i) => {
      if (/^\s*(#|\r?$)/.test(line)) return line;
      const assignment = /^(\s*(?:export\s+)?[A-Za-z_][\w.-]*\s*=)(.*?)(\r?)$/.exec(line);
      if (assignment) return `${assignment[1]}${assignment[2] ? mask : ""}${assignment[3]}`;
      whole.add(i + 1);
      return line;
    });
  } else {
    structuralSpans(text, spans, whole, mask, depth);
    lines = applySpans(text, original, lineStarts(text), spans, mask);
  }
  const masked = /* @__PURE__ */ new Set();
  const out = lines.map((line, i) => {
    const shown = whole.has(i + 1) ? maskWholeLine(line, mask) : maskLinePatterns(line, mask);
    if (shown !== original[i]) masked.add(i + 1);
    return shown;
  });
  maskEnvPairs(out, masked, mask);
  return { lines: out, masked };
}
function structuralSpans(text, spans, whole, mask, depth) {
  const starts = lineStarts(text);
  const lineOf = (offset) => lineIndex(starts, offset) + 1;
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, keepSourceTokens: false });
  } catch {
    for (let l = 1; l <= starts.length; l++) whole.add(l);
    return;
  }
  if (!Array.isArray(docs)) return;
  docs.forEach((doc, index) => {
    const from = index === 0 ? 0 : doc.range?.[0] ?? 0;
    const to = index + 1 < docs.length ? docs[index + 1].range?.[0] ?? text.length : text.length;
    if (doc.errors.length > 0 && SECRET_KIND.test(text.slice(from, to))) {
      for (let l = lineOf(from); l <= lineOf(Math.max(from, to - 1)); l++) whole.add(l);
      return;
    }
    if (isScalar(doc.contents) && doc.contents.range) {
      const [s, e] = doc.contents.range;
      for (let l = lineOf(s); l <= lineOf(Math.max(s, e - 1)); l++) whole.add(l);
      return;
    }
    for (const mark of credentialMarks(doc.contents, yamlAst)) {
      const node = mark.node;
      const range = node?.range;
      if (!node || !range) continue;
      if (mark.from !== void 0 && isScalar(node) && typeof node.value === "string") {
        const partial = partialSpan(text, node, mark.from);
        if (partial) {
          spans.push(partial);
          continue;
        }
      }
      const quoted2 = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
      const oneLine2 = !text.slice(range[0], range[1]).includes("\n") && range[1] - range[0] >= 2;
      spans.push(quoted2 && oneLine2 ? [range[0] + 1, range[1] - 1] : [range[0], range[1]]);
    }
    if (depth < 2) {
      visitBlockLiterals(doc.contents, (scalar) => {
        const value = String(scalar.value);
        if (!value.includes(":")) return;
        const inner = maskSourceAt(value, false, mask, depth + 1);
        const header = lineOf(scalar.range[0]);
        for (const l of inner.masked) whole.add(header + l);
      });
    }
  });
}
function visitBlockLiterals(root, fn) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) for (const pair of node.items) stack.push(pair.value);
    else if (isSeq(node)) stack.push(...node.items);
    else if (isScalar(node) && node.type === Scalar.BLOCK_LITERAL && node.range) fn(node);
  }
}
function partialSpan(text, node, from) {
  const [start, end] = node.range;
  const source = text.slice(start, end);
  const value = String(node.value);
  if (source.includes("\n")) return void 0;
  const quote = source[0] === '"' || source[0] === "'" ? 1 : 0;
  if (source.slice(quote, quote + from) !== value.slice(0, from)) return void 0;
  const last = quote && source.length > 1 && source.endsWith(source[0]) ? end - 1 : end;
  return last > start + quote + from ? [start + quote + from, last] : void 0;
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineIndex(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function applySpans(text, lines, starts, spans, mask) {
  if (spans.length === 0) return lines;
  const byLine = /* @__PURE__ */ new Map();
  for (const [s, e] of spans) {
    if (e <= s) continue;
    const first = lineIndex(starts, s);
    const last = lineIndex(starts, e - 1);
    for (let l = first; l <= last; l++) {
      const lineStart = starts[l];
      const lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : text.length;
      const from = Math.max(s, lineStart) - lineStart;
      const to = Math.min(e, lineEnd) - lineStart;
      const list = byLine.get(l) ?? [];
      list.push([from, to]);
      byLine.set(l, list);
    }
  }
  const out = [...lines];
  for (const [l, parts] of byLine) {
    const line = lines[l];
    const merged = parts.sort((a, b) => a[0] - b[0]).reduce((acc, [s, e]) => {
      const prev = acc[acc.length - 1];
      if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
      else acc.push([s, e]);
      return acc;
    }, []);
    let result = "";
    let at2 = 0;
    for (const [s, e] of merged) {
      const indent = /^\s*/.exec(line.slice(s, e))?.[0].length ?? 0;
      const body = line.slice(s + indent, e).replace(/\r$/, "");
      result += line.slice(at2, s + indent) + (body.trim() ? mask : body);
      at2 = e;
    }
    out[l] = result + line.slice(at2);
  }
  return out;
}
function maskWholeLine(line, mask) {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  if (body.trim() === "" || /^\s*(---|\.\.\.)\s*$/.test(body)) return line;
  return `${/^\s*(?:-\s+)?/.exec(body)?.[0] ?? ""}${mask}${cr}`;
}
function maskEnvPairs(lines, masked, mask) {
  let pending;
  lines.forEach((line, i) => {
    const name = /^(\s*)(-\s+)?name\s*:\s*["']?([^"'\s#]+)["']?\s*(#.*)?\r?$/.exec(line);
    if (name) {
      const indent = name[1].length + (name[2]?.length ?? 0);
      pending = isCredentialName(name[3]) ? { indent } : void 0;
      return;
    }
    if (!pending) return;
    const value = /^(\s*)value\s*:(\s*)(.*?)(\r?)$/.exec(line);
    if (value && value[1].length === pending.indent) {
      if (value[3] && !value[3].startsWith(mask) && !/^["']?<redacted/.test(value[3])) {
        lines[i] = `${value[1]}value:${value[2] || " "}${mask}${value[4]}`;
        masked.add(i + 1);
      }
      pending = void 0;
    } else if (/^\s*-\s/.test(line) || line.trim() && /^\s*/.exec(line)[0].length < pending.indent) {
      pending = void 0;
    }
  });
}
function maskObject(value, mask = MASK) {
  if (value === null || typeof value !== "object") return typeof value === "string" ? maskText(value, mask) : value;
  const root = { value: structuredClone(value) };
  const slotOf = /* @__PURE__ */ new Map();
  const view = {
    entries(slot) {
      const v = read(slot);
      if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
      const record = v;
      return Object.keys(record).map((k2) => [k2, childSlot(record, k2)]);
    },
    items(slot) {
      const v = read(slot);
      return Array.isArray(v) ? v.map((_, i) => childSlot(v, i)) : void 0;
    },
    scalar(slot) {
      const v = read(slot);
      return v === null || typeof v !== "object" ? v : void 0;
    }
  };
  function childSlot(holder, key) {
    const v = holder[key];
    if (v !== null && typeof v === "object") {
      const existing = slotOf.get(v);
      if (existing) return existing;
      const slot = { holder, key };
      slotOf.set(v, slot);
      return slot;
    }
    return { holder, key };
  }
  const rootSlot = { holder: root, key: "value" };
  const marks = credentialMarks(rootSlot, view);
  for (const { node, from } of marks) {
    const current = read(node);
    const masked = from !== void 0 && typeof current === "string" ? `${current.slice(0, from)}${mask}` : mask;
    node.holder[node.key] = masked;
  }
  maskStrings(root, mask);
  return root.value;
}
function read(slot) {
  return slot.holder[slot.key];
}
function maskStrings(root, mask) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const holder = stack.pop();
    if (seen.has(holder)) continue;
    seen.add(holder);
    const record = holder;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === "string") {
        const masked = maskText(v, mask);
        if (masked !== v) record[key] = masked;
      } else if (v !== null && typeof v === "object") {
        stack.push(v);
      }
    }
  }
}
function maskReport(report) {
  return { ...report, findings: report.findings.map(maskFinding) };
}
function maskFinding(finding) {
  const masked = { ...finding, message: maskText(finding.message) };
  if (finding.fix) {
    masked.fix = {
      ...finding.fix,
      patch: finding.fix.patch.map((op) => {
        if (!("value" in op)) return op;
        const segments = op.path.split("/").slice(1);
        const credential = segments.some((s) => s === "data" || s === "stringData" || s === LAST_APPLIED.replace(/\//g, "~1") || isCredentialKey(s));
        return { ...op, value: credential ? MASK : maskObject(op.value) };
      })
    };
  }
  return masked;
}

// src/cli/formatters/paths.ts
import { readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path7) {
  return sep === "/" ? path7 : path7.split(sep).join("/");
}
function absoluteOf(file, ctx) {
  return isAbsolute(file) ? file : resolve(ctx.cwd ?? process.cwd(), file);
}
function repoRelative(file, ctx) {
  const root = ctx.repoRoot ?? ctx.cwd ?? process.cwd();
  return toPosix(relative(root, absoluteOf(file, ctx)));
}
function readSource(file, ctx) {
  const abs = absoluteOf(file, ctx);
  if (ctx.readSource) return ctx.readSource(abs);
  try {
    const real = realpathSync(abs);
    const root = realpathSync(ctx.repoRoot ?? ctx.cwd ?? process.cwd());
    if (real !== abs && real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) return void 0;
    const text = readFileSync(real, "utf8");
    return text.includes("\0") ? void 0 : text;
  } catch {
    return void 0;
  }
}

// src/cli/formatters/github.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var command = { error: "error", warning: "warning", info: "notice" };
var github = (report, ctx) => {
  const lines = report.findings.map((f) => {
    const props = [
      ["title", `pgwarden ${f.ruleId}`],
      ["file", repoRelative(f.file, ctx)],
      ["line", f.line],
      ["endLine", f.endLine],
      ["col", f.column],
      ["endColumn", f.endColumn]
    ];
    const body = `${f.message}${f.apps.length ? ` (apps: ${f.apps.join(", ")})` : ""}`;
    const rendered = props.map(([k2, v]) => `${k2}=${escapeProperty(String(v))}`).join(",");
    return `::${command[f.severity]} ${rendered}::${escapeData(body)}`;
  });
  return lines.length ? `${lines.join("\n")}
` : "";
};

// src/cli/formatters/json.ts
var json = (report) => `${JSON.stringify(report, null, 2)}
`;

// src/cli/formatters/junit.ts
function xmlEscape(text) {
  return text.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
var junit = (report, ctx) => {
  const byApp = /* @__PURE__ */ new Map();
  for (const app of ctx.apps ?? []) byApp.set(app, []);
  for (const f of report.findings) {
    const apps = f.apps.length ? f.apps : ["(no app)"];
    for (const app of apps) {
      const list = byApp.get(app) ?? [];
      list.push(f);
      byApp.set(app, list);
    }
  }
  const suites = [];
  let total = 0;
  let failures = 0;
  for (const [app, findings] of [...byApp].sort(([a], [b]) => a.localeCompare(b))) {
    const cases = [];
    const used = /* @__PURE__ */ new Map();
    let suiteFailures = 0;
    for (const f of findings) {
      const file = repoRelative(f.file, ctx);
      const base = `${f.ruleId} ${file}:${f.line}:${f.column}`;
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      const name = seen === 0 ? base : `${base} #${seen + 1}`;
      const object = `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name}`;
      const body = `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId}: ${f.message}
${object} at ${f.path}`;
      const open = `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(name)}" time="0">`;
      if (f.severity === "info") {
        cases.push(`${open}
      <system-out>${xmlEscape(body)}</system-out>
    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(
          `${open}
      <failure message="${xmlEscape(f.message)}" type="${xmlEscape(`${f.severity} ${f.ruleId}`)}">${xmlEscape(body)}</failure>
    </testcase>`
        );
      }
    }
    if (cases.length === 0) {
      cases.push(`    <testcase classname="${xmlEscape(app)}" name="${xmlEscape(`pgwarden ${app}`)}" time="0"/>`);
    }
    total += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xmlEscape(app)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pgwarden" tests="${total}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
};

// src/cli/formatters/sarif.ts
import { pathToFileURL } from "node:url";

// src/cli/cli-rules.ts
var DOCS = "https://github.com/pgwarden/pgwarden/blob/main/docs/cli.md";
var CLI_RULES = [
  {
    id: "yaml-syntax",
    docsUrl: `${DOCS}#yaml-syntax`,
    description: "A YAML file in the tree does not parse; its objects are not checked until it does.",
    defaultSeverity: "error",
    optionsSchema: {},
    fixable: false
  },
  {
    id: "render-error",
    docsUrl: `${DOCS}#render-error`,
    description: "An app (kustomization, Argo CD Application, Flux Kustomization) or a file could not be rendered or read (missing file, cycle, unreadable, binary or huge file), so its objects are not checked.",
    defaultSeverity: "error",
    optionsSchema: {},
    fixable: false
  }
];

// src/cli/formatters/sarif.ts
var level = { error: "error", warning: "warning", info: "note" };
function descriptor(rule) {
  const short = rule.description.split(/(?<=\.)\s/)[0] ?? rule.description;
  return {
    id: rule.id,
    // SARIF wants `name` to differ from the opaque `id`: PascalCase plus "Rule" (replicas → ReplicasRule).
    name: `${rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())}Rule`,
    shortDescription: { text: short },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: {
      text: `${rule.description} See ${rule.docsUrl}`,
      markdown: `${rule.description}

[pgwarden docs: ${rule.id}](${rule.docsUrl})`
    },
    defaultConfiguration: { level: level[rule.defaultSeverity] },
    properties: { tags: ["postgresql", "kubernetes"], fixable: rule.fixable }
  };
}
var sarif = (report, ctx) => {
  const known = /* @__PURE__ */ new Map();
  for (const rule of [...ctx.rules ?? [], ...CLI_RULES]) if (!known.has(rule.id)) known.set(rule.id, rule);
  for (const f of report.findings) {
    if (!known.has(f.ruleId)) {
      known.set(f.ruleId, {
        id: f.ruleId,
        docsUrl: "https://github.com/pgwarden/pgwarden/blob/main/docs/cli.md",
        description: `pgwarden rule ${f.ruleId}.`,
        defaultSeverity: f.severity,
        optionsSchema: {},
        fixable: false
      });
    }
  }
  const rules = [...known.values()];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = ctx.repoRoot ?? ctx.cwd ?? process.cwd();
  const results = report.findings.map((f) => {
    const object = `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name}`;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: level[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(repoRelative(f.file, ctx)), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: Math.max(1, f.line),
              startColumn: Math.max(1, f.column),
              endLine: Math.max(f.line, f.endLine, 1),
              endColumn: Math.max(1, f.endColumn)
            }
          },
          logicalLocations: [{ name: f.resource.name || object.trim(), fullyQualifiedName: `${object.trim()}${f.path}`, kind: "resource" }]
        }
      ],
      properties: { apps: f.apps, resource: f.resource, path: f.path }
    };
  });
  const rootUri = pathToFileURL(root).href;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pgwarden",
            informationUri: "https://github.com/pgwarden/pgwarden",
            version: ctx.toolVersion ?? "0.0.0",
            semanticVersion: ctx.toolVersion ?? "0.0.0",
            rules: rules.map(descriptor)
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: rootUri.endsWith("/") ? rootUri : `${rootUri}/` } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/cli/formatters/window.ts
var FRAME_WIDTH = 160;
var ELLIPSIS = "\u2026";
function frameWindow(line, column) {
  const col = Math.max(0, column - 1);
  const start = line.length <= FRAME_WIDTH && col < FRAME_WIDTH ? 0 : Math.max(0, Math.min(col - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const end = start + FRAME_WIDTH;
  const lead = start > 0 ? ELLIPSIS.length : 0;
  return {
    cut(text) {
      if (start === 0 && text.length <= FRAME_WIDTH) return text;
      return `${start > 0 ? ELLIPSIS : ""}${text.slice(start, end)}${text.length > end ? ELLIPSIS : ""}`;
    },
    caret(from, to) {
      const a = Math.min(Math.max(from - 1, start), end);
      const b = Math.min(Math.max(to - 1, a + 1), end);
      return { start: a - start + lead + 1, end: b - start + lead + 1 };
    }
  };
}

// src/cli/formatters/stylish.ts
var ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, cyan: 36 };
var FRAME_CONTEXT = 1;
var stylish = (report, ctx) => {
  const paint = (style, text) => ctx.color ? `\x1B[${ansi[style]}m${text}\x1B[0m` : text;
  const severityStyle = { error: "red", warning: "yellow", info: "blue" };
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out = [];
  for (const [file, findings] of byFile) {
    out.push(paint("underline", visible(file.startsWith(":") ? `./${file}` : file)));
    const source = readSource(file, ctx);
    const shown = source === void 0 ? void 0 : maskSource(source, file);
    const sourceLines = shown?.lines;
    const masked = shown?.masked ?? /* @__PURE__ */ new Set();
    for (const f of findings) {
      const where2 = `${f.line}:${f.column}`;
      out.push(
        `  ${paint("gray", where2.padEnd(7))} ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${visible(f.message)}  ${paint("gray", f.ruleId)}`
      );
      const object = f.resource.kind ? `${f.resource.kind}${f.resource.name ? ` ${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name}` : ""}${f.path ? ` at ${f.path}` : ""}` : "";
      const context = [object, f.apps.length ? `apps: ${f.apps.join(", ")}` : ""].filter(Boolean).join(" \xB7 ");
      if (context) out.push(paint("gray", `          ${visible(context)}`));
      if (sourceLines && f.resource.kind !== "Secret") out.push(...codeFrame(sourceLines, masked, f, paint));
    }
    out.push("");
  }
  const { errors, warnings, infos, apps, files } = report.summary;
  const problems = errors + warnings + infos;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (problems === 0) {
    out.push(paint("bold", `\u2714 no problems (${plural(apps, "app")}, ${plural(files, "file")} checked)`));
  } else {
    const mark = errors > 0 ? paint("red", "\u2716") : paint("yellow", "\u26A0");
    const fixable = report.findings.filter((f) => f.fix).length;
    out.push(
      paint(
        "bold",
        `${mark} ${plural(problems, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}) in ${plural(apps, "app")}, ${plural(files, "file")}`
      )
    );
    if (fixable > 0) out.push(`  ${plural(fixable, "problem")} potentially fixable with \`--fix\`.`);
  }
  return `${out.join("\n")}
`;
};
function codeFrame(lines, masked, f, paint) {
  if (f.line < 1 || f.line > lines.length) return [];
  const lastLine = f.line;
  const from = Math.max(1, f.line - FRAME_CONTEXT);
  const to = Math.min(lines.length, lastLine + FRAME_CONTEXT);
  const width = String(to).length;
  const frame = [];
  const window = frameWindow(lines[f.line - 1] ?? "", f.column);
  for (let n = from; n <= to; n++) {
    const raw = (lines[n - 1] ?? "").replace(/\r$/, "");
    const text = visible(window.cut(raw));
    const marked = n >= f.line && n <= lastLine;
    frame.push(`    ${marked ? paint("red", ">") : " "} ${paint("gray", `${String(n).padStart(width)} |`)} ${text}`);
    if (n === f.line && !masked.has(n)) {
      const first = Math.max(1, f.column);
      const last = f.endLine === f.line && f.endColumn > first ? f.endColumn : Math.max(raw.length + 1, first + 1);
      const { start, end } = window.caret(first, last);
      frame.push(`      ${" ".repeat(width)} ${paint("gray", "|")} ${" ".repeat(start - 1)}${paint("red", "^".repeat(end - start))}`);
    }
  }
  return frame;
}
var INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(text) {
  return text.replace(INVISIBLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

// src/cli/formatters/index.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
var formatters = { stylish, json, sarif, junit, github };
function isFormatName(name) {
  return FORMATS.includes(name);
}
function formatReport(format, report, ctx = {}) {
  return formatters[format](maskReport(report), ctx);
}

// src/cli/audit.ts
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
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" }
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
  const format = values.format ?? "stylish";
  if (!isFormatName(format)) throw new UsageError(`--format ${format}: expected one of ${FORMATS.join(", ")}`);
  if (values.namespace && values["all-namespaces"]) throw new UsageError("--namespace and --all-namespaces exclude each other");
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings ${values["max-warnings"]}: expected a non-negative integer`);
  }
  let policy;
  if (values.policy) {
    const file = resolve2(io.cwd, values.policy);
    let text2;
    try {
      text2 = readFileSync2(file, "utf8");
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
  const { auditCluster, clusterApi } = await import("./audit-3VVQ36DH.js");
  const kc = new KubeConfig();
  try {
    if (values.kubeconfig) kc.loadFromFile(resolve2(io.cwd, values.kubeconfig));
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
  io.stderr(`pgwarden: audited ${result.objects.filter((o) => o.postgres).length} Postgres objects in ${namespace ? `namespace ${namespace}` : `${result.namespaces.length} namespaces`} (policy: ${result.policySource})
`);
  for (const note of result.notes) io.stderr(`pgwarden: ${note}
`);
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: objectPath(f.subject),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    resource: { apiVersion: f.subject.apiVersion, kind: f.subject.kind, name: f.subject.name, ...f.subject.namespace ? { namespace: f.subject.namespace } : {} },
    path: f.path,
    apps: [f.subject.namespace ?? ""]
  }));
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const full = {
    version: 1,
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), apps: result.namespaces.length, files: result.objects.length },
    findings
  };
  const report = values.quiet ? { ...full, findings: findings.filter((f) => f.severity === "error"), summary: { ...full.summary, warnings: 0, infos: 0 } } : full;
  const { rules } = await import("./policies-NYMQUME6.js");
  const color = values["no-color"] ? false : values.color ? true : format === "stylish" && !values.output && io.stdoutIsTTY && !io.env.NO_COLOR;
  const text = formatReport(format, report, {
    cwd: io.cwd,
    repoRoot: io.cwd,
    color,
    rules: rules.map((r) => r.meta),
    apps: result.namespaces,
    toolVersion,
    // A finding's "file" is an object in the cluster, never a local file with the same name.
    readSource: () => void 0
  });
  if (values.output) {
    try {
      writeFileSync(resolve2(io.cwd, values.output), text);
    } catch (error) {
      throw new UsageError(`--output ${values.output}: ${error.code ?? error.message}`);
    }
  } else {
    io.stdout(text);
  }
  if (full.summary.errors > 0) return 1;
  if (!values.quiet && maxWarnings >= 0 && full.summary.warnings > maxWarnings) {
    io.stderr(`pgwarden: too many warnings (${full.summary.warnings}); the maximum allowed is ${maxWarnings}.
`);
    return 1;
  }
  return 0;
}

// src/cli/cluster.ts
async function clusterStorageClasses(context) {
  const { KubeConfig, StorageV1Api } = await import("@kubernetes/client-node");
  const config = new KubeConfig();
  try {
    config.loadFromDefault();
  } catch (error) {
    throw new UsageError(`--cluster: cannot load kubeconfig: ${error.message}`);
  }
  if (context) {
    if (!config.getContexts().some((c) => c.name === context)) throw new UsageError(`--context ${context}: no such context in the kubeconfig`);
    config.setCurrentContext(context);
  }
  if (!config.getCurrentCluster()) throw new UsageError("--cluster: the kubeconfig has no current cluster (use --context)");
  try {
    const list = await config.makeApiClient(StorageV1Api).listStorageClass();
    return list.items.map((sc) => sc.metadata?.name).filter((n) => typeof n === "string");
  } catch (error) {
    const e = error;
    throw new UsageError(`--cluster: cannot list StorageClasses${e.code ? ` (HTTP ${e.code})` : ""}: ${(e.message ?? String(error)).split("\n")[0]}`);
  }
}

// src/gitops/flux.ts
var PLACEHOLDER = /(\$?)\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-=+])([^}]*))?\}/g;
var DISABLED = "kustomize.toolkit.fluxcd.io/substitute";
function substituteString(text, vars) {
  return text.replace(PLACEHOLDER, (whole, escaped, name, op, arg) => {
    if (escaped) return whole.slice(1);
    const value = vars[name];
    const set = value !== void 0 && (op?.startsWith(":") ? value !== "" : true);
    if (op === void 0) return value ?? whole;
    if (op.endsWith("+")) return set ? arg ?? "" : "";
    return set ? value ?? "" : arg ?? "";
  });
}
function substituteValue(value, vars) {
  if (typeof value === "string") {
    if (!value.includes("${")) return value;
    const out = substituteString(value, vars);
    if (out === value) return value;
    if (/^\$\{[^}]+\}$/.test(value) && !out.includes("${")) {
      try {
        const typed = parseYamlValue(out);
        if (typeof typed === "number" || typeof typed === "boolean" || typed === null) return typed;
      } catch {
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteValue(v, vars));
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [k2, v] of Object.entries(value)) out[substituteString(k2, vars)] = substituteValue(v, vars);
    return out;
  }
  return value;
}
function fluxSubstitute(objects, vars) {
  return objects.map((object) => {
    const metadata = object.metadata;
    if (metadata?.annotations?.[DISABLED] === "disabled") return object;
    return substituteValue(object, vars);
  });
}

// src/gitops/objects.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function namespaceOf(object) {
  const md = object.metadata;
  return isRecord(md) && typeof md.namespace === "string" && md.namespace ? md.namespace : void 0;
}
function identityOf(object) {
  const md = isRecord(object.metadata) ? object.metadata : {};
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] ?? "" : "";
  return `${group}|${String(object.kind ?? "")}|${String(md.namespace ?? "")}|${String(md.name ?? "")}`;
}

// src/gitops/app.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PersistentVolume",
  "PriorityClass",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "IngressClass",
  "RuntimeClass",
  "VolumeSnapshotClass",
  "CSIDriver",
  "Node",
  "ClusterIssuer",
  "ClusterImageCatalog"
]);
function withNamespace(objects, namespace, override) {
  return objects.map((o) => {
    if (typeof o.kind === "string" && CLUSTER_SCOPED.has(o.kind)) return o;
    if (!override && namespaceOf(o)) return o;
    const md = isRecord(o.metadata) ? o.metadata : {};
    return { ...o, metadata: { ...md, namespace } };
  });
}
function withCommonMetadata(objects, common) {
  return objects.map((o) => {
    const md = isRecord(o.metadata) ? o.metadata : {};
    const labels = { ...isRecord(md.labels) ? md.labels : {}, ...common.labels };
    const annotations = { ...isRecord(md.annotations) ? md.annotations : {}, ...common.annotations };
    return {
      ...o,
      metadata: {
        ...md,
        ...Object.keys(labels).length ? { labels } : {},
        ...Object.keys(annotations).length ? { annotations } : {}
      }
    };
  });
}
function combineResults(parts) {
  if (parts.length === 1 && parts[0]) return parts[0];
  const offsets = [];
  const objects = [];
  for (const part of parts) {
    offsets.push({ start: objects.length, part });
    objects.push(...part.objects);
  }
  return {
    objects,
    inputs: [...new Set(parts.flatMap((p) => p.inputs))].sort(),
    diagnostics: parts.flatMap((p) => p.diagnostics),
    origin(index, pointer) {
      for (let i = offsets.length - 1; i >= 0; i--) {
        const o = offsets[i];
        if (o && index >= o.start) return o.part.origin(index - o.start, pointer);
      }
      return void 0;
    }
  };
}
function emptyResult() {
  return { objects: [], origin: () => void 0, inputs: [], diagnostics: [] };
}
function fluxVariables(app, discovery, notes) {
  const flux = app.flux;
  if (!flux) return {};
  const vars = {};
  for (const ref of flux.substituteFrom) {
    if (ref.kind !== "ConfigMap") {
      notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ${ref.kind} ${ref.name} is not read; its variables stay unknown.`);
      continue;
    }
    const found = discovery.configMaps.find((d) => {
      const md = isRecord(d.object.metadata) ? d.object.metadata : {};
      return md.name === ref.name && (md.namespace ?? flux.namespace) === flux.namespace;
    });
    if (!found) {
      if (!ref.optional) notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ConfigMap ${flux.namespace}/${ref.name} is not in this tree; its variables stay unknown.`);
      continue;
    }
    const data = isRecord(found.object.data) ? found.object.data : {};
    for (const [k2, v] of Object.entries(data)) if (v !== null && v !== void 0) vars[k2] = String(v);
  }
  return { ...vars, ...flux.substitute };
}
async function renderApp(app, renderer, cache2, discovery) {
  const notes = [];
  let result;
  const bound = discovery.repoRoot ? { repoRoot: discovery.repoRoot } : {};
  try {
    if (app.type === "kustomization" && app.dir) {
      const opts = { loadRestrictor: app.loadRestrictor, cache: cache2, ...bound };
      if (app.components?.length) opts.components = app.components;
      result = await renderer.render(app.dir, opts);
    } else {
      const parts = [];
      if (app.files?.length) parts.push(await renderer.renderFiles(app.files, { cache: cache2, loadRestrictor: app.loadRestrictor, ...bound }));
      for (const dir of app.kustomizations ?? []) parts.push(await renderer.render(dir, { cache: cache2, loadRestrictor: app.loadRestrictor, ...bound }));
      result = combineResults(parts);
    }
  } catch (error) {
    result = emptyResult();
    const e = error;
    result.diagnostics.push({
      severity: "error",
      message: e.message ?? String(error),
      file: e.file ?? app.anchor,
      ...e.line ? { line: e.line } : {},
      ...e.column ? { column: e.column } : {}
    });
  }
  let objects = result.objects;
  if (app.flux) {
    const vars = fluxVariables(app, discovery, notes);
    if (Object.keys(vars).length > 0) objects = fluxSubstitute(objects, vars);
    if (app.flux.targetNamespace) objects = withNamespace(objects, app.flux.targetNamespace, true);
    if (app.flux.commonMetadata) objects = withCommonMetadata(objects, app.flux.commonMetadata);
  }
  if (app.argo?.namespaceOverride) objects = withNamespace(objects, app.argo.namespaceOverride, true);
  if (app.argo?.commonMetadata) objects = withCommonMetadata(objects, app.argo.commonMetadata);
  if (app.argo?.destinationNamespace) objects = withNamespace(objects, app.argo.destinationNamespace, false);
  const failed = result.diagnostics.some((d) => d.severity === "error");
  const inputs = [.../* @__PURE__ */ new Set([...result.inputs ?? [], ...app.files ?? [], app.anchor])];
  return { app, result, objects, inputs, failed, notes };
}
async function renderApps(discovery, renderer, onRendered) {
  const cache2 = renderer.newCache();
  const rendered = [];
  const renderAll = async (apps, total) => {
    for (const app of apps) {
      rendered.push(await renderApp(app, renderer, cache2, discovery));
      onRendered?.(rendered.length, total());
    }
  };
  await renderAll(discovery.apps, () => discovery.apps.length);
  const covered = new Set(rendered.flatMap((r) => r.inputs));
  const extra = discovery.uncovered(covered);
  if (extra.length > 0) {
    discovery.apps.push(...extra);
    await renderAll(extra, () => discovery.apps.length);
  }
  return rendered;
}

// src/gitops/discover.ts
import { basename, dirname, isAbsolute as isAbsolute3, join as join2, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";
import picomatch from "picomatch";
import { isMap as isMap2, LineCounter } from "yaml";

// src/gitops/fs.ts
import { lstatSync, readdirSync, readFileSync as readFileSync3, realpathSync as realpathSync2, statSync } from "node:fs";
function typeOfStats(st) {
  return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
}
var nodeFs = {
  readdir: (dir) => readdirSync(dir),
  typeOf: (path7) => typeOfStats(statSync(path7)),
  isSymlink: (path7) => lstatSync(path7).isSymbolicLink(),
  size: (path7) => statSync(path7).size,
  readFile: (path7) => readFileSync3(path7),
  realpath: (path7) => realpathSync2(path7)
};
function typeOrUndefined(fs, path7) {
  try {
    return fs.typeOf(path7);
  } catch {
    return void 0;
  }
}

// src/gitops/ignore.ts
import { isAbsolute as isAbsolute2, join, relative as relative2 } from "node:path";
import ignore from "ignore";

// src/gitops/paths.ts
import { sep as sep2 } from "node:path";
function toPosix2(path7) {
  return sep2 === "/" ? path7 : path7.split(sep2).join("/");
}

// src/gitops/ignore.ts
var IGNORE_FILE_NAME = ".pgwardenignore";
function scoped(base, matcher) {
  return (path7, dir) => {
    const rel = toPosix2(relative2(base, path7));
    if (!rel || rel.startsWith("../") || rel === ".." || isAbsolute2(rel)) return false;
    return matcher.ignores(dir ? `${rel}/` : rel);
  };
}
function buildExcluder(options2) {
  const scopes = [];
  const patterns = (options2.patterns ?? []).filter((p) => p.trim() !== "");
  if (patterns.length > 0) scopes.push({ base: options2.cwd, matcher: ignore().add(patterns.map(toPosix2)) });
  const file = join(options2.ignoreFileDir, IGNORE_FILE_NAME);
  let ignoreFile;
  try {
    const text = options2.fs.readFile(file).toString("utf8");
    scopes.push({ base: options2.ignoreFileDir, matcher: ignore().add(text) });
    ignoreFile = file;
  } catch {
  }
  const excluders = scopes.map((s) => scoped(s.base, s.matcher));
  const excluded = (path7, dir) => excluders.some((e) => e(path7, dir));
  return ignoreFile ? { excluded, ignoreFile } : { excluded };
}
var NOTHING_EXCLUDED = () => false;

// src/gitops/discover.ts
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var FULL_KINDS = /* @__PURE__ */ new Set(["Application", "ApplicationSet", "Kustomization", "Component", "ConfigMap"]);
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist"]);
var HELM_CHART_FILE = "Chart.yaml";
var GITOPS_GROUPS = /^(argoproj\.io|[a-z]+\.toolkit\.fluxcd\.io)\//;
function findKustomizationFile(dir, exists) {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join2(dir, name);
    if (exists(file)) return file;
  }
  return void 0;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringRecord(value) {
  return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, String(v)]));
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function kustomizationRefs(k2, dir) {
  const refs = [];
  const add = (p) => {
    if (typeof p !== "string" || p.includes("://") || /^(git@|github\.com\/)/.test(p)) return;
    refs.push(resolve3(dir, p));
  };
  const list = (v) => Array.isArray(v) ? v : [];
  for (const key of ["resources", "bases", "components", "patchesStrategicMerge", "crds"]) {
    for (const entry of list(k2[key])) add(entry);
  }
  for (const key of ["patches", "patchesJson6902", "replacements"]) {
    for (const entry of list(k2[key])) if (isRecord2(entry)) add(entry.path);
  }
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const gen of list(k2[key])) {
      if (!isRecord2(gen)) continue;
      for (const f of list(gen.files)) if (typeof f === "string") add(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
      for (const f of list(gen.envs)) add(f);
      add(gen.env);
    }
  }
  return refs;
}
function within(p, boundary) {
  return boundary.some((b) => p === b || p.startsWith(b.endsWith(sep3) ? b : b + sep3));
}
function realBoundary(dirs, fs) {
  return dirs.flatMap((d) => {
    try {
      return [fs.realpath(d)];
    } catch {
      return [];
    }
  });
}
function yamlProblem(file, error) {
  const e = error;
  const pos = e.linePos?.[0];
  const message = String(e.message ?? error).split(/ at line \d+, column \d+|\n/)[0] ?? "invalid YAML";
  return { ruleId: "yaml-syntax", file, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `Invalid YAML: ${message}` };
}
function readYamlFile(file, fs = nodeFs) {
  let text;
  try {
    const size = fs.size(file);
    if (size > MAX_FILE_BYTES) {
      return {
        docs: [],
        problem: { ruleId: "render-error", file, line: 1, column: 1, message: `File is too large to lint (${size} bytes; limit ${MAX_FILE_BYTES}).` }
      };
    }
    const buffer = fs.readFile(file);
    if (buffer.subarray(0, 8192).includes(0)) {
      return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: "Binary file where a YAML manifest was expected." } };
    }
    text = buffer.toString("utf8");
  } catch (error) {
    const code = error.code ?? "read error";
    return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: `Cannot read file (${code}).` } };
  }
  const counter = new LineCounter();
  let parsed;
  try {
    parsed = parseYamlStream(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  } catch (error) {
    return { docs: [], problem: yamlProblem(file, error), text };
  }
  const docs = [];
  let problem;
  parsed.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      problem ??= yamlProblem(file, doc.errors[0]);
      return;
    }
    if (!isMap2(doc.contents)) return;
    const kind = doc.contents.get("kind");
    const apiVersion = doc.contents.get("apiVersion");
    let object;
    if (typeof kind === "string" && typeof apiVersion === "string" && !FULL_KINDS.has(kind)) {
      object = { apiVersion, kind };
    } else {
      try {
        object = yamlToJS(doc);
      } catch (error) {
        if (error instanceof YamlAliasError) {
          const pos = counter.linePos(error.offset);
          problem ??= { ruleId: "yaml-syntax", file, line: pos.line, column: pos.col, message: `Invalid YAML: ${error.message}.` };
        } else problem ??= yamlProblem(file, error);
        return;
      }
    }
    if (isRecord2(object)) {
      const line = doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
      docs.push({ file, docIndex, line, object });
    }
  });
  return problem ? { docs, problem, text } : { docs, text };
}
function walk(roots, fs, excluded, boundary) {
  const result = { kustomizations: /* @__PURE__ */ new Map(), manifests: /* @__PURE__ */ new Map(), nonManifests: /* @__PURE__ */ new Set(), problems: [], charts: [], escapes: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const dirProblem = (dir, error) => {
    const code = error.code ?? "error";
    result.problems.push({ ruleId: "render-error", file: dir, line: 1, column: 1, message: `Cannot read directory (${code}).` });
  };
  const visit2 = (dir) => {
    let real;
    try {
      real = fs.realpath(dir);
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = fs.readdir(dir).sort();
    } catch (error) {
      dirProblem(dir, error);
      return;
    }
    if (entries.includes(HELM_CHART_FILE) && !roots.includes(dir) && typeOrUndefined(fs, join2(dir, HELM_CHART_FILE)) === "file") {
      result.charts.push(dir);
      return;
    }
    const kfile = KUSTOMIZATION_FILES.find((n) => entries.includes(n));
    for (const name of entries) {
      const path7 = join2(dir, name);
      let type;
      try {
        type = fs.typeOf(path7);
        if (fs.isSymlink(path7)) {
          const target = fs.realpath(path7);
          if (!within(target, boundary)) {
            result.escapes.push({ link: path7, target });
            continue;
          }
        }
      } catch (error) {
        const code = error.code ?? "error";
        if ((/\.ya?ml$/.test(name) || code === "ELOOP") && !excluded(path7, false)) {
          const why = code === "ELOOP" ? "symlink loop" : code === "ENOENT" ? "dangling symlink" : code;
          result.problems.push({ ruleId: "render-error", file: path7, line: 1, column: 1, message: `Cannot read ${name} (${why}).` });
        }
        continue;
      }
      if (type === "dir") {
        if (!SKIP_DIRS.has(name) && !(name.startsWith(".") && name !== ".argocd") && !excluded(path7, true)) visit2(path7);
        continue;
      }
      if (type !== "file" || !(/\.ya?ml$/.test(name) || name === "Kustomization")) continue;
      if (excluded(path7, false)) continue;
      const { docs, problem } = readYamlFile(path7, fs);
      if (problem) result.problems.push(problem);
      if (name === kfile) {
        const k2 = docs[0]?.object ?? {};
        result.kustomizations.set(dir, {
          dir,
          file: path7,
          isComponent: k2.kind === "Component",
          refs: kustomizationRefs(k2, dir)
        });
        continue;
      }
      const manifests = docs.filter((d) => typeof d.object.apiVersion === "string" && typeof d.object.kind === "string");
      if (manifests.length > 0 || problem && docs.length === 0) result.manifests.set(path7, manifests);
      else if (!problem && docs.length > 0) result.nonManifests.add(path7);
    }
  };
  for (const root of roots) visit2(root);
  return result;
}
function where(doc, cwd) {
  return `${toPosix2(relative3(cwd, doc.file))}:${doc.line}`;
}
function resolveSourcePath(path7, sourceRoots, fs, boundary) {
  if (isAbsolute3(path7)) return void 0;
  for (const root of sourceRoots) {
    const candidate = resolve3(root, path7);
    if (typeOrUndefined(fs, candidate) !== "dir") continue;
    try {
      if (within(fs.realpath(candidate), boundary)) return candidate;
    } catch {
    }
  }
  return void 0;
}
function gitDirectoryParams(repoRelDir) {
  const segments = repoRelDir.split("/");
  const base = segments[segments.length - 1] ?? "";
  const params = {
    path: repoRelDir,
    "path.path": repoRelDir,
    "path.basename": base,
    "path.basenameNormalized": base.replace(/[^a-zA-Z0-9-]/g, "-"),
    "path.filename": base
  };
  segments.forEach((seg, i) => {
    params[`path[${i}]`] = seg;
    params[`path.segments[${i}]`] = seg;
  });
  return params;
}
function flatParams(value, prefix = "") {
  const out = {};
  for (const [k2, v] of Object.entries(value)) {
    if (isRecord2(v)) Object.assign(out, flatParams(v, `${prefix}${k2}.`));
    else if (v !== null && v !== void 0) out[`${prefix}${k2}`] = String(v);
  }
  return out;
}
function applyAppSetTemplate(template, params) {
  return template.replace(/\{\{-?\s*\.?([\w.]+(?:\[\d+\])?)\s*-?\}\}/g, (whole, key) => params[key] ?? whole);
}
function generatorParams(generators, tree) {
  const sets = [];
  const unsupported = [];
  for (const gen of Array.isArray(generators) ? generators : []) {
    if (!isRecord2(gen)) continue;
    const git = gen.git;
    const list = gen.list;
    if (isRecord2(git) && Array.isArray(git.directories)) {
      const dirs = git.directories.filter(isRecord2).map((d) => ({ path: str(d.path) ?? "", exclude: d.exclude === true }));
      const includes = dirs.filter((p) => !p.exclude).map((p) => p.path);
      const excludes = dirs.filter((p) => p.exclude).map((p) => p.path);
      const matchesInclude = picomatch(includes);
      const matchesExclude = excludes.length ? picomatch(excludes) : () => false;
      for (const root of tree.sourceRoots) {
        const matched = listDirs(root, tree).map((d) => toPosix2(relative3(root, d))).filter((d) => d && matchesInclude(d) && !matchesExclude(d));
        if (matched.length === 0) continue;
        for (const repoRelDir of matched.sort()) sets.push({ params: gitDirectoryParams(repoRelDir), root });
        break;
      }
    } else if (isRecord2(list) && Array.isArray(list.elements)) {
      for (const element of list.elements) if (isRecord2(element)) sets.push({ params: flatParams(element) });
    } else if (isRecord2(gen.matrix) || isRecord2(gen.merge)) {
      const inner = gen.matrix ?? gen.merge;
      const nested = generatorParams(inner.generators, tree);
      sets.push(...nested.sets);
      unsupported.push(...nested.unsupported);
    } else {
      unsupported.push(Object.keys(gen).join(","));
    }
  }
  return { sets, unsupported };
}
function listDirs(root, tree) {
  const cached = tree.dirs.get(root);
  if (cached) return cached;
  const dirs = [];
  tree.dirs.set(root, dirs);
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (dir) => {
    let real;
    try {
      real = tree.fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    dirs.push(dir);
    let entries = [];
    try {
      entries = tree.fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (SKIP_DIRS.has(name) || name.startsWith(".")) continue;
      const path7 = join2(dir, name);
      if (typeOrUndefined(tree.fs, path7) === "dir" && !tree.excluded(path7, true)) visit2(path7);
    }
  };
  visit2(root);
  return dirs;
}
function directoryManifests(dir, recurse, manifests, include, exclude) {
  const inc = include ? picomatch(include.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  const exc = exclude ? picomatch(exclude.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  return [...manifests.keys()].filter((f) => {
    const rel = toPosix2(relative3(dir, f));
    if (rel.startsWith("..")) return false;
    if (!recurse && rel.includes("/")) return false;
    if (inc && !inc(rel) && !inc(basename(rel))) return false;
    if (exc && (exc(rel) || exc(basename(rel)))) return false;
    return true;
  }).sort();
}
function discover(options2) {
  const { cwd } = options2;
  const fs = options2.fs ?? nodeFs;
  const excluded = options2.excluded ?? NOTHING_EXCLUDED;
  const context = { sourceRoots: options2.sourceRoots, fs, excluded, dirs: /* @__PURE__ */ new Map() };
  const boundary = realBoundary(options2.repoRoot ? [options2.repoRoot] : options2.roots, fs);
  const tree = walk(options2.roots, fs, excluded, boundary);
  const diagnostics = tree.escapes.map((e) => `${toPosix2(relative3(cwd, e.link))}: symlink out of the repository (to ${e.target}); not read.`);
  const rel = (p) => toPosix2(relative3(cwd, p)) || ".";
  const allDocs = [...tree.manifests.values()].flat();
  const configMaps = allDocs.filter((d) => d.object.kind === "ConfigMap" && d.object.apiVersion === "v1");
  const apps = [];
  const generatorProblems = [];
  const usedNames = /* @__PURE__ */ new Set();
  const uniqueName = (name) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name}#${n}`;
    usedNames.add(candidate);
    return candidate;
  };
  const appForDir = (dir, base) => {
    const kfile = tree.kustomizations.get(dir)?.file ?? findKustomizationFile(dir, (p) => typeOrUndefined(fs, p) === "file");
    if (kfile) return { ...base, type: "kustomization", dir, anchor: kfile };
    if (base.flux) {
      const nested = [...tree.kustomizations.keys()].filter((k2) => k2.startsWith(`${dir}${sep3}`)).filter((k2, _i, all) => !all.some((other) => other !== k2 && k2.startsWith(`${other}${sep3}`))).sort();
      const outsideNested = (f) => !nested.some((k2) => f.startsWith(`${k2}${sep3}`));
      const files2 = directoryManifests(dir, true, tree.manifests).filter(outsideNested);
      for (const f of [...tree.nonManifests].filter((f2) => f2.startsWith(`${dir}${sep3}`) && outsideNested(f2)).sort()) {
        if (generatorProblems.some((p) => p.file === f)) continue;
        generatorProblems.push({
          ruleId: "render-error",
          file: f,
          line: 1,
          column: 1,
          message: `Not a Kubernetes manifest (no apiVersion and kind), in ${base.name}'s spec.path, which has no kustomization.yaml: kustomize-controller generates one listing every YAML file there and fails to decode this one. Add a kustomization.yaml that lists the manifests, or move this file out of the path.`
        });
      }
      if (files2.length === 0 && nested.length === 0) return void 0;
      const anchor = files2[0] ?? tree.kustomizations.get(nested[0] ?? "")?.file ?? dir;
      return { ...base, type: "files", files: files2, kustomizations: nested, anchor };
    }
    const files = directoryManifests(dir, base.argo ? base.argo.recurse : true, tree.manifests, base.argo?.include, base.argo?.exclude);
    if (files.length === 0) return void 0;
    return { ...base, type: "files", files, anchor: files[0] ?? dir };
  };
  for (const doc of allDocs) {
    const o = doc.object;
    const apiVersion = str(o.apiVersion) ?? "";
    const metadata = isRecord2(o.metadata) ? o.metadata : {};
    const spec = isRecord2(o.spec) ? o.spec : {};
    const name = str(metadata.name) ?? "(unnamed)";
    if (apiVersion.startsWith("argoproj.io/") && o.kind === "Application") {
      const sources = [spec.source, ...Array.isArray(spec.sources) ? spec.sources : []].filter(isRecord2);
      const destination = isRecord2(spec.destination) ? spec.destination : {};
      sources.forEach((source, i) => {
        if (str(source.chart) || isRecord2(source.helm)) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: Helm sources are not rendered by pgwarden; skipped.`);
          return;
        }
        const overrides = isRecord2(source.kustomize) ? source.kustomize : {};
        const unapplied = Object.keys(overrides).filter((k2) => !["namespace", "commonLabels", "commonAnnotations", "version"].includes(k2));
        if (unapplied.length > 0) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: spec.source.kustomize ${unapplied.join(", ")} not applied; linting without.`);
        }
        const path7 = str(source.path);
        if (path7 === void 0) return;
        const dir = resolveSourcePath(path7, options2.sourceRoots, fs, boundary);
        if (!dir) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: source path "${path7}" is not a directory in this tree; skipped.`);
          return;
        }
        const directory = isRecord2(source.directory) ? source.directory : {};
        const argo = {
          kind: "argocd",
          name,
          path: dir,
          recurse: directory.recurse === true,
          definedAt: where(doc, cwd)
        };
        const ns = str(destination.namespace);
        if (ns) argo.destinationNamespace = ns;
        const kustomizeNamespace = str(overrides.namespace);
        if (kustomizeNamespace) argo.namespaceOverride = kustomizeNamespace;
        if (isRecord2(overrides.commonLabels) || isRecord2(overrides.commonAnnotations)) {
          argo.commonMetadata = {
            labels: stringRecord(isRecord2(overrides.commonLabels) ? overrides.commonLabels : {}),
            annotations: stringRecord(isRecord2(overrides.commonAnnotations) ? overrides.commonAnnotations : {})
          };
        }
        const inc = str(directory.include);
        const exc = str(directory.exclude);
        if (inc) argo.include = inc;
        if (exc) argo.exclude = exc;
        const app = appForDir(dir, { name: uniqueName(sources.length > 1 ? `argocd:${name}[${i}]` : `argocd:${name}`), loadRestrictor: "rootOnly", argo });
        if (app) apps.push(app);
        else diagnostics.push(`${where(doc, cwd)}: argocd:${name}: "${path7}" holds no manifests.`);
      });
    } else if (apiVersion.startsWith("argoproj.io/") && o.kind === "ApplicationSet") {
      const { sets, unsupported } = generatorParams(spec.generators, context);
      const template = isRecord2(spec.template) ? spec.template : {};
      const tspec = isRecord2(template.spec) ? template.spec : {};
      const tsource = isRecord2(tspec.source) ? tspec.source : {};
      const tmeta = isRecord2(template.metadata) ? template.metadata : {};
      const tdest = isRecord2(tspec.destination) ? tspec.destination : {};
      if (unsupported.length > 0) {
        diagnostics.push(`${where(doc, cwd)}: argocd:${name}: generators ${unsupported.join("; ")} are not expanded (git directories and list are).`);
      }
      for (const { params, root } of sets) {
        const appName = applyAppSetTemplate(str(tmeta.name) ?? `${name}-{{path.basename}}`, params);
        const path7 = applyAppSetTemplate(str(tsource.path) ?? "{{path}}", params);
        const dir = root ? resolve3(root, path7) : resolveSourcePath(path7, options2.sourceRoots, fs, boundary);
        if (!dir || path7.includes("{{")) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${appName}: source path "${path7}" is not a directory in this tree; skipped.`);
          continue;
        }
        const argo = { kind: "argocd", name: appName, path: dir, recurse: false, definedAt: where(doc, cwd) };
        const ns = str(tdest.namespace);
        if (ns) argo.destinationNamespace = applyAppSetTemplate(ns, params);
        const app = appForDir(dir, { name: uniqueName(`argocd:${appName}`), loadRestrictor: "rootOnly", argo });
        if (app) apps.push(app);
      }
    } else if (apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && o.kind === "Kustomization") {
      const namespace = str(metadata.namespace) ?? "flux-system";
      const path7 = str(spec.path) ?? "./";
      const dir = resolveSourcePath(path7, options2.sourceRoots, fs, boundary);
      if (!dir) {
        diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.path "${path7}" is not a directory in this tree; skipped.`);
        continue;
      }
      const postBuild = isRecord2(spec.postBuild) ? spec.postBuild : {};
      const substitute = {};
      if (isRecord2(postBuild.substitute)) {
        for (const [k2, v] of Object.entries(postBuild.substitute)) if (v !== null && v !== void 0) substitute[k2] = String(v);
      }
      const flux = {
        kind: "flux",
        name,
        namespace,
        path: dir,
        components: (Array.isArray(spec.components) ? spec.components : []).filter((c) => typeof c === "string").map((c) => resolve3(dir, c)),
        substitute,
        substituteFrom: (Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []).filter(isRecord2).map((s) => ({
          kind: str(s.kind) ?? "ConfigMap",
          name: str(s.name) ?? "",
          optional: s.optional === true
        })),
        definedAt: where(doc, cwd)
      };
      const target = str(spec.targetNamespace);
      if (target) flux.targetNamespace = target;
      if (isRecord2(spec.commonMetadata)) {
        const labels = isRecord2(spec.commonMetadata.labels) ? spec.commonMetadata.labels : {};
        const annotations = isRecord2(spec.commonMetadata.annotations) ? spec.commonMetadata.annotations : {};
        flux.commonMetadata = { labels: stringRecord(labels), annotations: stringRecord(annotations) };
      }
      for (const unsupported of ["patches", "images", "namePrefix", "nameSuffix"]) {
        if (spec[unsupported] !== void 0) {
          diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.${unsupported} is not applied by pgwarden; linting without it.`);
        }
      }
      const app = appForDir(dir, { name: uniqueName(`flux:${namespace}/${name}`), loadRestrictor: "none", components: flux.components, flux });
      if (app) apps.push(app);
      else diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: "${path7}" holds no manifests.`);
    }
  }
  for (const chart of tree.charts) {
    diagnostics.push(`${rel(chart)}: Helm chart (${HELM_CHART_FILE}) skipped: its templates are not Kubernetes YAML until helm renders them.`);
  }
  const included = /* @__PURE__ */ new Set();
  for (const k2 of tree.kustomizations.values()) for (const ref of k2.refs) included.add(ref);
  const sourceDirs = apps.flatMap((a) => [a.argo?.path, a.flux?.path].filter((d) => Boolean(d)));
  const underSource = (file) => sourceDirs.some((d) => file.startsWith(`${d}${sep3}`));
  const rootsAndLoose = (covered) => {
    const out = [];
    const sorted2 = [...tree.kustomizations.values()].sort((a, b) => a.dir.localeCompare(b.dir));
    const reached = /* @__PURE__ */ new Set();
    const reach = (dir) => {
      if (reached.has(dir)) return;
      reached.add(dir);
      for (const ref of tree.kustomizations.get(dir)?.refs ?? []) if (tree.kustomizations.has(ref)) reach(ref);
    };
    for (const k2 of sorted2) {
      if (included.has(k2.dir) || k2.isComponent) continue;
      reach(k2.dir);
      if (covered && (covered.has(k2.file) || underSource(k2.file))) continue;
      out.push({ name: uniqueName(rel(k2.dir)), type: "kustomization", dir: k2.dir, anchor: k2.file, loadRestrictor: "rootOnly" });
    }
    for (const k2 of sorted2) {
      if (reached.has(k2.dir) || k2.isComponent) continue;
      reach(k2.dir);
      if (covered && (covered.has(k2.file) || underSource(k2.file))) continue;
      out.push({ name: uniqueName(rel(k2.dir)), type: "kustomization", dir: k2.dir, anchor: k2.file, loadRestrictor: "rootOnly" });
    }
    const looseByDir = /* @__PURE__ */ new Map();
    for (const [file, docs] of tree.manifests) {
      if (included.has(file) || docs.length === 0) continue;
      if (covered) {
        if (covered.has(file) || underSource(file)) continue;
        if (docs.every((d) => GITOPS_GROUPS.test(String(d.object.apiVersion)))) continue;
      }
      const dir = dirname(file);
      looseByDir.set(dir, [...looseByDir.get(dir) ?? [], file]);
    }
    for (const [dir, files] of [...looseByDir].sort(([a], [b]) => a.localeCompare(b))) {
      const base = rel(dir);
      const name = usedNames.has(base) ? `${base} (loose files)` : base;
      out.push({ name: uniqueName(name), type: "files", files: files.sort(), anchor: files[0] ?? dir, loadRestrictor: "rootOnly" });
    }
    return out;
  };
  const gitops = apps.length > 0;
  if (!gitops) apps.push(...rootsAndLoose());
  const uncovered = (covered) => gitops ? rootsAndLoose(covered).map((a) => ({ ...a, undeployed: true })) : [];
  const discovery = { apps, problems: [...tree.problems, ...generatorProblems], diagnostics, configMaps, gitops, uncovered };
  if (options2.repoRoot) discovery.repoRoot = options2.repoRoot;
  return discovery;
}

// src/gitops/git.ts
import { execFileSync } from "node:child_process";
function gitTopLevel(cwd) {
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}

// src/gitops/units.ts
function components(apps) {
  const parent = apps.map((_, i) => i);
  const find = (i) => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const owner = /* @__PURE__ */ new Map();
  apps.forEach((app, i) => {
    for (const object of app.objects) {
      const ns = namespaceOf(object);
      if (!ns) continue;
      const first = owner.get(ns);
      if (first === void 0) owner.set(ns, i);
      else parent[find(i)] = find(first);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  apps.forEach((app, i) => {
    const root = find(i);
    groups.set(root, [...groups.get(root) ?? [], app]);
  });
  return [...groups.values()];
}
function evaluationUnits(apps, report) {
  const units = [];
  for (const group of components(apps.filter((a) => !a.failed))) {
    if (!group.some((a) => report.has(a))) continue;
    const copies = /* @__PURE__ */ new Map();
    for (const app of group) {
      app.objects.forEach((object, index) => {
        const id = identityOf(object);
        const list = copies.get(id);
        if (list) list.push({ object, app, index });
        else copies.set(id, [{ object, app, index }]);
      });
    }
    const rounds = Math.max(1, ...[...copies.values()].map((c) => c.length));
    const passes = [];
    for (let round = 0; round < rounds; round++) {
      const objects = [];
      const reported = [];
      for (const list of copies.values()) {
        const own = list[round];
        const entry = own ?? list[0];
        if (!entry) continue;
        objects.push(entry);
        reported.push(own !== void 0 && report.has(own.app));
      }
      passes.push({ objects, reported });
    }
    units.push({ apps: group, passes });
  }
  return units;
}

// src/render/index.ts
import path6 from "node:path";
import { Document, Scalar as Scalar3, visit } from "yaml";

// src/render/build.ts
import path3 from "node:path";

// src/render/cache.ts
import { readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { LineCounter as LineCounter2 } from "yaml";

// src/render/errors.ts
var RenderError = class extends Error {
  file;
  line;
  column;
  /** `message` should already name the file:line when known; file/line/column are also kept for tools. */
  constructor(message, where2) {
    super(message);
    this.name = "RenderError";
    this.file = where2?.file;
    this.line = where2?.line;
    this.column = where2?.column;
  }
  toDiagnostic() {
    const d = { severity: "error", message: this.message };
    if (this.file !== void 0) d.file = this.file;
    if (this.line !== void 0) d.line = this.line;
    if (this.column !== void 0) d.column = this.column;
    return d;
  }
};

// src/render/pnode.ts
import {
  isAlias as isAlias2,
  isMap as isMap3,
  isPair,
  isScalar as isScalar2,
  isSeq as isSeq2,
  Scalar as Scalar2
} from "yaml";
var expansions = /* @__PURE__ */ new WeakMap();
function expansionOf(doc) {
  let e = expansions.get(doc);
  if (!e) {
    e = new AliasExpansion(doc);
    expansions.set(doc, e);
  }
  return e;
}
function materialize(prov) {
  const s = prov.doc.linePos(prov.start);
  const e = prov.doc.linePos(prov.end);
  const o = {
    file: prov.doc.file,
    line: s.line,
    column: s.col,
    endLine: e.line,
    endColumn: e.col,
    docIndex: prov.doc.docIndex,
    yamlPath: [...prov.yamlPath],
    via: prov.via
  };
  if (prov.doc.embeddedIn) o.embeddedIn = [...prov.doc.embeddedIn];
  return o;
}
function withVia(prov, via) {
  return prov.via === via ? prov : { ...prov, via };
}
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var INFS = /* @__PURE__ */ new Set([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"]);
var NANS = /* @__PURE__ */ new Set([".nan", ".NaN", ".NAN"]);
var FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var TIMESTAMP_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;
var YAML11_BOOLS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].map((s) => [s, true]),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF"].map((s) => [s, false])
]);
function parseGoInt(text) {
  const plain = text.replaceAll("_", "");
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (!m) return void 0;
  const sign = m[1] === "-" ? -1 : 1;
  const body = m[2];
  let n;
  if (/^0[xX]/.test(body)) n = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) n = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) n = Number.parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith("0")) n = Number.parseInt(body.slice(1), 8);
  else n = Number.parseInt(body, 10);
  return sign * n;
}
function pad(n, w = 2) {
  return String(n).padStart(w, "0");
}
function goTimestamp(m) {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = `${pad(Number(y), 4)}-${pad(Number(mo))}-${pad(Number(d))}`;
  if (h === void 0) return `${date}T00:00:00Z`;
  let fraction = (frac ?? "").slice(0, 9).replace(/0+$/, "");
  fraction = fraction ? `.${fraction}` : "";
  let z = "Z";
  if (zone && zone !== "Z") {
    const zm = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (zm) {
      const hh = Number(zm[2]);
      const mm = Number(zm[3] ?? "0");
      z = hh === 0 && mm === 0 ? "Z" : `${zm[1]}${pad(hh)}:${pad(mm)}`;
    }
  }
  return `${date}T${pad(Number(h))}:${pad(Number(mi))}:${pad(Number(s))}${fraction}${z}`;
}
function failAt(where2, msg) {
  const w = where2();
  return new RenderError(`${w.file}:${w.line}:${w.column}: ${msg}`, w);
}
function resolvePlain(text, where2) {
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  const c = text.charCodeAt(0);
  const maybeNumber = c >= 48 && c <= 57 || text[0] === "-" || text[0] === "+" || text[0] === ".";
  if (!maybeNumber) return text;
  if (INFS.has(text) || NANS.has(text)) {
    throw failAt(where2, `.inf/.nan cannot be encoded as JSON (kustomize rejects it too)`);
  }
  const i = parseGoInt(text);
  if (i !== void 0) return i;
  const plain = text.replaceAll("_", "");
  if (FLOAT_RE.test(plain)) return Number(plain);
  const ts = TIMESTAMP_RE.exec(text);
  if (ts) return goTimestamp(ts);
  return text;
}
function resolveTagged(tag, text, where2) {
  switch (tag) {
    case "tag:yaml.org,2002:str":
      return text;
    case "tag:yaml.org,2002:null":
      return null;
    case "tag:yaml.org,2002:bool":
      if (TRUES.has(text)) return true;
      if (FALSES.has(text)) return false;
      throw failAt(where2, `the value tagged !!bool is not true or false`);
    case "tag:yaml.org,2002:int": {
      const n = parseGoInt(text);
      if (n === void 0) throw failAt(where2, `the value tagged !!int is not an integer`);
      return n;
    }
    case "tag:yaml.org,2002:float": {
      const n = resolvePlain(text, where2);
      if (typeof n !== "number") throw failAt(where2, `the value tagged !!float is not a number`);
      return n;
    }
    default:
      return resolvePlain(text, where2);
  }
}
function rangeOf(node) {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}
function fromYaml(node, doc, yamlDoc, yamlPath, via, fallbackRange) {
  const where2 = (n) => {
    return () => {
      const [s] = n ? rangeOf(n) : fallbackRange;
      const lp = doc.linePos(s);
      return { file: doc.file, line: lp.line, column: lp.col };
    };
  };
  const expansion = expansionOf(yamlDoc);
  expansion.decode(node?.range?.[0] ?? fallbackRange[0]);
  const target = node;
  if (target && isAlias2(target)) {
    const resolved = expansion.target(target);
    if (resolved) return expansion.expand(() => fromYaml(resolved, doc, yamlDoc, yamlPath, via, fallbackRange));
  }
  if (!target || isAlias2(target)) {
    const [s, e] = node ? rangeOf(node) : fallbackRange;
    return { t: "s", v: null, p: { doc, start: s, end: e, yamlPath, via } };
  }
  const [start, end] = rangeOf(target);
  const prov = { doc, start, end, yamlPath, via };
  if (isScalar2(target)) {
    const raw = target.value;
    const text = raw === null || raw === void 0 ? "" : String(raw);
    let v;
    if (target.tag && target.tag !== "!") v = resolveTagged(target.tag, text, where2(target));
    else if (target.type === Scalar2.PLAIN) {
      const yaml11 = via === "kustomization" || doc.lenientKeys === true;
      v = yaml11 && YAML11_BOOLS.has(text) ? YAML11_BOOLS.get(text) : resolvePlain(text, where2(target));
    } else v = text;
    if (typeof v === "string" && (target.type === Scalar2.BLOCK_LITERAL || target.type === Scalar2.BLOCK_FOLDED) && doc.eofWithoutNewline !== void 0 && end >= doc.eofWithoutNewline && v.endsWith("\n")) {
      v = v.slice(0, -1);
    }
    return { t: "s", v, p: prov };
  }
  if (isSeq2(target)) {
    const items2 = [];
    target.items.forEach((item, i) => {
      items2.push(fromYaml(item, doc, yamlDoc, [...yamlPath, i], via, [start, end]));
    });
    return { t: "a", v: items2, p: prov };
  }
  if (isMap3(target)) {
    const m = /* @__PURE__ */ new Map();
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      let key;
      if (keyNode && isScalar2(keyNode)) {
        key = keyNode.value === null ? "" : String(keyNode.value);
        if (keyNode.type === Scalar2.PLAIN && key !== "<<") {
          const yaml11 = via === "kustomization" || doc.lenientKeys === true;
          const k2 = yaml11 && YAML11_BOOLS.has(key) ? YAML11_BOOLS.get(key) : resolvePlain(key, where2(keyNode));
          if (typeof k2 !== "string" && !doc.lenientKeys) {
            throw failAt(where2(keyNode), `the key ${key} is read as ${k2 === null ? "null" : typeof k2} by kustomize, not as a string: quote it`);
          }
        }
      } else if (keyNode && isAlias2(keyNode)) {
        const r = expansion.target(keyNode);
        key = r && isScalar2(r) ? String(r.value) : "";
      } else {
        throw failAt(where2(keyNode), "complex mapping keys are not valid in a Kubernetes object");
      }
      const valueNode = pair.value;
      const keyRange = keyNode ? rangeOf(keyNode) : [start, start];
      if (key === "<<" && keyNode.type === Scalar2.PLAIN) {
        const merged = fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0], keyRange[1]]);
        const sources = merged.t === "a" ? merged.v : [merged];
        for (const src of sources) {
          if (src.t !== "m") continue;
          for (const [k2, v] of src.v) if (!m.has(k2)) m.set(k2, v);
        }
        continue;
      }
      m.set(key, fromYaml(valueNode, doc, yamlDoc, [...yamlPath, key], via, [keyRange[0], keyRange[1]]));
    }
    return { t: "m", v: m, p: prov };
  }
  return { t: "s", v: null, p: prov };
}
function fromJSON(value, p) {
  if (Array.isArray(value)) return { t: "a", v: value.map((x) => fromJSON(x, p)), p };
  if (value !== null && typeof value === "object") {
    const m = /* @__PURE__ */ new Map();
    for (const [k2, v] of Object.entries(value)) {
      if (v !== void 0) m.set(k2, fromJSON(v, p));
    }
    return { t: "m", v: m, p };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) {
    return { t: "s", v: value, p };
  }
  return { t: "s", v: null, p };
}
function toJSON(node) {
  switch (node.t) {
    case "s":
      return node.v;
    case "a":
      return node.v.map(toJSON);
    case "m": {
      const out = {};
      for (const [k2, v] of node.v) out[k2] = toJSON(v);
      return out;
    }
  }
}
function clone(node) {
  switch (node.t) {
    case "s":
      return { t: "s", v: node.v, p: node.p };
    case "a":
      return { t: "a", v: node.v.map(clone), p: node.p };
    case "m": {
      const m = /* @__PURE__ */ new Map();
      for (const [k2, v] of node.v) m.set(k2, clone(v));
      return { t: "m", v: m, p: node.p };
    }
  }
}
function cloneVia(node, via) {
  const p = withVia(node.p, via);
  switch (node.t) {
    case "s":
      return { t: "s", v: node.v, p };
    case "a":
      return { t: "a", v: node.v.map((x) => cloneVia(x, via)), p };
    case "m": {
      const m = /* @__PURE__ */ new Map();
      for (const [k2, v] of node.v) m.set(k2, cloneVia(v, via));
      return { t: "m", v: m, p };
    }
  }
}
function parsePointer(pointer) {
  if (pointer === "" || pointer === "/") return pointer === "/" ? [""] : [];
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function child(node, seg) {
  if (!node) return void 0;
  if (node.t === "m") return node.v.get(seg);
  if (node.t === "a") {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return void 0;
    return node.v[Number(seg)];
  }
  return void 0;
}
function nearest(root, segments) {
  let cur = root;
  for (const seg of segments) {
    const next = child(cur, seg);
    if (!next) break;
    cur = next;
  }
  return cur;
}
function str2(node) {
  return node && node.t === "s" && typeof node.v === "string" ? node.v : void 0;
}
function deepEqual(a, b) {
  if (a.t !== b.t) return false;
  if (a.t === "s") return a.v === b.v;
  if (a.t === "a") {
    const bv = b.v;
    return a.v.length === bv.length && a.v.every((x, i) => deepEqual(x, bv[i]));
  }
  const bm = b.v;
  if (a.v.size !== bm.size) return false;
  for (const [k2, v] of a.v) {
    const o = bm.get(k2);
    if (!o || !deepEqual(v, o)) return false;
  }
  return true;
}

// src/render/cache.ts
var RenderCache = class {
  texts = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  kinds = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  /** A derived parse (an inline patch of a kustomization) computed once per process, keyed by its location. */
  memoize(key, compute) {
    if (this.memo.has(key)) return this.memo.get(key);
    const v = compute();
    this.memo.set(key, v);
    return v;
  }
  /** Number of YAML parses done (for tests and the bench: shared bases are parsed once). */
  parseCount = 0;
  kind(path7) {
    let k2 = this.kinds.get(path7);
    if (k2 === void 0) {
      try {
        const st = statSync2(path7);
        k2 = st.isDirectory() ? "dir" : "file";
      } catch {
        k2 = "missing";
      }
      this.kinds.set(path7, k2);
    }
    return k2;
  }
  readText(file) {
    let text = this.texts.get(file);
    if (text === void 0) {
      try {
        text = readFileSync4(file, "utf8");
      } catch (e) {
        const code = e.code ?? "read error";
        throw new RenderError(`${file}: cannot read file (${code})`, { file });
      }
      this.texts.set(file, text);
    }
    return text;
  }
  /** Raw bytes (generator `files:` may be binary). Not cached: generator inputs are read once per build. */
  readBytes(file) {
    try {
      return readFileSync4(file);
    } catch (e) {
      const code = e.code ?? "read error";
      throw new RenderError(`${file}: cannot read file (${code})`, { file });
    }
  }
  /** All documents of a YAML file, as provenance trees (`via` as given; patches relabel on use). */
  parseFile(file, via = "resource", lenientKeys = false) {
    const key = `${via}\0${lenientKeys ? "lenient" : "strict"}\0${file}`;
    let pf = this.parsed.get(key);
    if (!pf) {
      pf = parseYamlText(this.readText(file), file, via, void 0, void 0, lenientKeys);
      this.parseCount++;
      this.parsed.set(key, pf);
    }
    return pf;
  }
};
function parseYamlText(text, file, via, mapPos, embeddedIn, lenientKeys = false) {
  const lineCounter = new LineCounter2();
  const list = parseYamlStream(text, { lineCounter, schema: "failsafe", prettyErrors: false, uniqueKeys: true });
  const linePos = (offset) => {
    const lp = lineCounter.linePos(offset);
    return mapPos ? mapPos(lp.line, lp.col) : lp;
  };
  const out = [];
  list.forEach((doc, docIndex) => {
    const err = doc.errors[0];
    if (err) {
      const lp = linePos(err.pos[0]);
      const msg = err.message.split("\n")[0] ?? err.message;
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${msg}`, {
        file,
        line: lp.line,
        column: lp.col
      });
    }
    const src = embeddedIn ? { file, docIndex, linePos, embeddedIn } : { file, docIndex, linePos };
    if (!text.endsWith("\n")) src.eofWithoutNewline = text.length;
    if (lenientKeys) src.lenientKeys = true;
    const contents = doc.contents;
    if (contents === null || contents === void 0) {
      out.push({ root: null, docIndex });
      return;
    }
    let root;
    try {
      root = fromYaml(contents, src, doc, [], via, [0, 0]);
    } catch (e) {
      if (!(e instanceof YamlAliasError)) throw e;
      const lp = linePos(e.offset);
      throw new RenderError(`${file}:${lp.line}:${lp.col}: invalid YAML: ${EXCESSIVE_ALIASING}`, { file, line: lp.line, column: lp.col });
    }
    out.push({ root: root.t === "s" && root.v === null ? null : root, docIndex });
  });
  return { file, docs: out };
}

// src/render/restrictor.ts
import { existsSync, realpathSync as realpathSync3, statSync as statSync3 } from "node:fs";
import path from "node:path";
var RestrictionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RestrictionError";
  }
};
function isWithin(dir, root) {
  if (root === path.sep || dir === root) return true;
  return dir.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function findRepoRoot(dir) {
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (existsSync(path.join(cur, ".git"))) return cur;
    if (path.dirname(cur) === cur) return void 0;
  }
}
var PathRestrictor = class {
  constructor(mode, repoRoot, topDir) {
    this.mode = mode;
    const repoLexical = repoRoot ? path.resolve(repoRoot) : void 0;
    this.repo = repoLexical ? this.realOrSelf(repoLexical) : void 0;
    if (repoLexical && this.repo && this.repo !== repoLexical) this.prefixes.push({ real: this.repo, lexical: repoLexical });
    const topLexical = path.resolve(topDir);
    const topReal = this.realOrSelf(topLexical);
    if (topReal !== topLexical) {
      const a = topLexical.split(path.sep);
      const b = topReal.split(path.sep);
      while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
        a.pop();
        b.pop();
      }
      this.prefixes.push({ real: b.join(path.sep) || path.sep, lexical: a.join(path.sep) || path.sep });
    }
  }
  mode;
  reals = /* @__PURE__ */ new Map();
  shownCache = /* @__PURE__ */ new Map();
  /** Real repository root; undefined when none is known (then only kustomize's own rules apply). */
  repo;
  prefixes = [];
  realOrSelf(p) {
    const r = this.realpath(p);
    return typeof r === "string" ? r : p;
  }
  /** realpath(3), cached; the error (ENOENT for a missing path or a dangling link, ELOOP, …) when it fails. */
  realpath(p) {
    let r = this.reals.get(p);
    if (r === void 0) {
      try {
        r = realpathSync3(p);
      } catch (e) {
        r = e;
      }
      this.reals.set(p, r);
    }
    return r;
  }
  /** How a real path is shown: under the repository's (or top dir's) lexical prefix when that names the same file. */
  shown(real) {
    let s = this.shownCache.get(real);
    if (s === void 0) {
      s = real;
      for (const { real: rp, lexical } of this.prefixes) {
        if (!isWithin(real, rp)) continue;
        const candidate = path.join(lexical, path.relative(rp, real));
        if (this.realpath(candidate) === real) {
          s = candidate;
          break;
        }
      }
      this.shownCache.set(real, s);
    }
    return s;
  }
  resolveExisting(joined) {
    const r = this.realpath(joined);
    if (typeof r === "string") return r;
    if (r.code === "ENOENT" || r.code === "ENOTDIR") return void 0;
    throw new RestrictionError(`'${joined}' cannot be resolved (${r.code ?? r.message})`);
  }
  outsideRepo(what, given, real) {
    const target = real !== given ? ` (it resolves to '${real}')` : "";
    return new RestrictionError(
      `security; ${what} '${given}' is not in or below the repository '${this.repo}'${target}: pgwarden never reads outside the repository`
    );
  }
  /**
   * A top-level kustomization directory (kustomize's ConfirmDir): its real path, inside the repository.
   * undefined when it does not exist.
   */
  topRoot(dir) {
    const joined = path.resolve(dir);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("directory", joined, real);
    return { real, shown: this.shown(real) };
  }
  /**
   * kustomize's loader.New for a base or component named `rel` in the kustomization rooted at `root` (real):
   * absolute roots refused, symlinks resolved, the repository boundary kept, cycles refused against `chain`
   * (the real roots being loaded). undefined when the path does not exist.
   */
  newRoot(root, rel, chain) {
    if (path.isAbsolute(rel)) throw new RestrictionError(`new root '${rel}' cannot be absolute`);
    const joined = path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("directory", joined, real);
    for (let i = chain.length - 1; i >= 0; i--) {
      const visited = chain[i];
      if (isWithin(visited, real)) {
        throw new RestrictionError(`cycle detected: candidate root '${this.shown(real)}' contains visited root '${this.shown(visited)}'`);
      }
    }
    return { real, shown: this.shown(real) };
  }
  /**
   * kustomize's Load(path) through the restrictor, for a file a kustomization rooted at `root` (real) names:
   * every symlink resolved first, then the real file must be in or below the root (rootOnly) and always inside
   * the repository. undefined when the path does not exist.
   */
  file(root, rel) {
    const joined = path.isAbsolute(rel) ? path.normalize(rel) : path.join(root, rel);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    let isDir = false;
    try {
      isDir = statSync3(real).isDirectory();
    } catch {
    }
    if (isDir) throw new RestrictionError(`'${joined}' must resolve to a file`);
    if (this.mode === "rootOnly" && !isWithin(path.dirname(real), root)) {
      const target = real !== joined ? ` (it resolves to '${real}')` : "";
      throw new RestrictionError(`security; file '${joined}' is not in or below '${this.shown(root)}'${target}`);
    }
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("file", joined, real);
    return { real, shown: this.shown(real) };
  }
  /** A file given directly (loose manifests): only the repository boundary applies. */
  looseFile(file) {
    const joined = path.resolve(file);
    const real = this.resolveExisting(joined);
    if (real === void 0) return void 0;
    if (this.repo && !isWithin(real, this.repo)) throw this.outsideRepo("file", joined, real);
    return { real, shown: this.shown(real) };
  }
};

// src/render/generators.ts
import path2 from "node:path";
import { isMap as isMap4, isScalar as isScalar3, isSeq as isSeq3, LineCounter as LineCounter3 } from "yaml";
var GeneratorError = class extends Error {
  constructor(message, code, file, line, column, field2, index, options2) {
    super(message, options2);
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field2;
    this.index = index;
  }
  code;
  file;
  line;
  column;
  field;
  index;
  name = "GeneratorError";
};
var ENTRY_FIELDS = {
  configMapGenerator: /* @__PURE__ */ new Set(["name", "namespace", "behavior", "literals", "files", "envs", "env", "options"]),
  secretGenerator: /* @__PURE__ */ new Set(["name", "namespace", "behavior", "literals", "files", "envs", "env", "options", "type"])
};
var OPTION_FIELDS = /* @__PURE__ */ new Set(["labels", "annotations", "disableNameSuffixHash", "immutable"]);
var UTF8_BOM = "\uFEFF";
function isRecord3(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function pointerToken(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function encodeBase64Wrapped(bytes) {
  const encoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  const LINE = 70;
  if (Math.floor(encoded.length / LINE) + 1 <= 1) return encoded;
  let out = "";
  for (let i = 0; i < encoded.length; i += LINE) out += `${encoded.slice(i, i + LINE)}
`;
  return out;
}
function removeQuotes(s) {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}
function goPathBase(p) {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  const i = trimmed.lastIndexOf("/");
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}
function isGoSpace(ch) {
  return /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/.test(ch);
}
function parseEnvFile(content) {
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      throw new Error("env file is not valid UTF-8");
    }
  }
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const out = [];
  lines.forEach((raw, i) => {
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (i === 0 && line.startsWith(UTF8_BOM)) line = line.slice(1);
    let start = 0;
    while (start < line.length && isGoSpace(line[start])) start++;
    line = line.slice(start);
    if (line.length === 0 || line[0] === "#") return;
    const eq = line.indexOf("=");
    const key = eq >= 0 ? line.slice(0, eq) : line;
    const value = eq >= 0 ? line.slice(eq + 1) : "";
    if (key.length === 0) return;
    out.push({ key, value, line: i + 1, endColumn: raw.length + 1 });
  });
  return out;
}
function resolveFrom(kustomizationFile, p) {
  return path2.resolve(path2.dirname(kustomizationFile), p);
}
function toBytes(content) {
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function plainOrigin(file, yamlPath) {
  return { file, line: 0, column: 0, endLine: 0, endColumn: 0, docIndex: 0, yamlPath, via: "generator" };
}
function mergeGeneratorOptions(local, global) {
  const merged = { ...local ?? {} };
  if (!global) return merged;
  if (global.labels) merged.labels = { ...global.labels, ...local?.labels ?? {} };
  if (global.annotations) merged.annotations = { ...global.annotations, ...local?.annotations ?? {} };
  if (global.disableNameSuffixHash) merged.disableNameSuffixHash = true;
  if (global.immutable) merged.immutable = true;
  return merged;
}
var EntryReader = class {
  constructor(ctx, field2, index, basePath) {
    this.ctx = ctx;
    this.field = field2;
    this.index = index;
    this.basePath = basePath;
  }
  ctx;
  field;
  index;
  basePath;
  origin(sub) {
    return originAt(this.ctx, [...this.basePath, ...sub]);
  }
  fail(code, what, sub = [], cause) {
    const at2 = this.origin(sub);
    const where2 = at2.line > 0 ? `${this.ctx.kustomizationFile}:${at2.line}` : this.ctx.kustomizationFile;
    const entry = this.field === "generatorOptions" ? "generatorOptions" : `${this.field}[${this.index}]`;
    return new GeneratorError(
      `${where2}: ${entry}: ${what}`,
      code,
      this.ctx.kustomizationFile,
      at2.line > 0 ? at2.line : void 0,
      at2.line > 0 ? at2.column : void 0,
      this.field,
      this.index,
      cause === void 0 ? void 0 : { cause }
    );
  }
  stringList(entry, key) {
    const v = entry[key];
    if (v === void 0 || v === null) return [];
    if (!Array.isArray(v)) throw this.fail("invalid-entry", `\`${key}\` must be a list of strings`, [key]);
    return v.map((item, i) => {
      if (typeof item !== "string") throw this.fail("invalid-entry", `\`${key}[${i}]\` must be a string`, [key, i]);
      return item;
    });
  }
  stringMap(v, sub) {
    if (v === void 0 || v === null) return void 0;
    if (!isRecord3(v)) throw this.fail("invalid-entry", `\`${sub.join(".")}\` must be a map of strings`, sub);
    const out = {};
    for (const [k2, val] of Object.entries(v)) {
      if (typeof val !== "string") {
        throw this.fail("invalid-entry", `\`${[...sub, k2].join(".")}\` must be a string (quote it)`, [...sub, k2]);
      }
      out[k2] = val;
    }
    return out;
  }
  options(v, sub) {
    if (v === void 0 || v === null) return void 0;
    if (!isRecord3(v)) throw this.fail("invalid-entry", `\`${sub.join(".") || this.field}\` must be a map`, sub);
    for (const k2 of Object.keys(v)) {
      if (!OPTION_FIELDS.has(k2)) throw this.fail("invalid-entry", `unknown field \`${k2}\` in options`, [...sub, k2]);
    }
    const opts = {};
    const labels = this.stringMap(v.labels, [...sub, "labels"]);
    if (labels) opts.labels = labels;
    const annotations = this.stringMap(v.annotations, [...sub, "annotations"]);
    if (annotations) opts.annotations = annotations;
    for (const flag of ["disableNameSuffixHash", "immutable"]) {
      const b = v[flag];
      if (b === void 0 || b === null) continue;
      if (typeof b !== "boolean") throw this.fail("invalid-entry", `\`${flag}\` must be true or false`, [...sub, flag]);
      opts[flag] = b;
    }
    return opts;
  }
};
function parseGeneratorOptions(ctx) {
  return new EntryReader(ctx, "generatorOptions", 0, ["generatorOptions"]).options(ctx.generatorOptions, []);
}
function generate(field2, entry, index, ctx) {
  const r = new EntryReader(ctx, field2, index, [field2, index]);
  if (!isRecord3(entry)) throw r.fail("invalid-entry", "each generator entry must be a map");
  for (const k2 of Object.keys(entry)) {
    if (!ENTRY_FIELDS[field2].has(k2)) throw r.fail("invalid-entry", `unknown field \`${k2}\``, [k2]);
  }
  const kind = field2 === "configMapGenerator" ? "ConfigMap" : "Secret";
  const name = entry.name;
  if (typeof name !== "string" || name === "") throw r.fail("invalid-entry", `a ${kind} generator needs a \`name\``, ["name"]);
  const namespace = entry.namespace;
  if (namespace !== void 0 && namespace !== null && typeof namespace !== "string") {
    throw r.fail("invalid-entry", "`namespace` must be a string", ["namespace"]);
  }
  const behaviorRaw = entry.behavior;
  if (behaviorRaw !== void 0 && behaviorRaw !== null && typeof behaviorRaw !== "string") {
    throw r.fail("invalid-entry", "`behavior` must be create, merge or replace", ["behavior"]);
  }
  const behavior = behaviorRaw === "merge" || behaviorRaw === "replace" ? behaviorRaw : "create";
  const literals = r.stringList(entry, "literals");
  const files = r.stringList(entry, "files");
  const envs = r.stringList(entry, "envs");
  const envPaths = envs.map((p, i) => ({ p, sub: ["envs", i] }));
  if (entry.env !== void 0 && entry.env !== null) {
    if (typeof entry.env !== "string") throw r.fail("invalid-entry", "`env` must be a string", ["env"]);
    if (entry.env !== "") envPaths.push({ p: entry.env, sub: ["env"] });
  }
  const pairs = [];
  for (const { p, sub } of envPaths) {
    const abs = resolveFrom(ctx.kustomizationFile, p);
    let content;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail("read-failed", `cannot read env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    let parsed;
    try {
      parsed = parseEnvFile(content);
    } catch (e) {
      throw r.fail("invalid-env-file", `env file ${JSON.stringify(p)}: ${errorText(e)}`, sub, e);
    }
    for (const kv of parsed) {
      pairs.push({
        key: kv.key,
        value: kv.value,
        origin: { file: abs, line: kv.line, column: 1, endLine: kv.line, endColumn: kv.endColumn, docIndex: 0, yamlPath: [], via: "generator" }
      });
    }
  }
  literals.forEach((lit, i) => {
    const eq = lit.indexOf("=");
    if (eq <= 0) throw r.fail("invalid-literal", `literal #${i + 1} must be key=value`, ["literals", i]);
    pairs.push({ key: lit.slice(0, eq), value: removeQuotes(lit.slice(eq + 1)), origin: r.origin(["literals", i]) });
  });
  files.forEach((src, i) => {
    const { key, filePath } = parseFileSource(src, () => r.fail("invalid-file-source", `files entry #${i + 1}: ${fileSourceProblem(src)}`, ["files", i]));
    const abs = resolveFrom(ctx.kustomizationFile, filePath);
    let content;
    try {
      content = ctx.readFile(abs);
    } catch (e) {
      throw r.fail("read-failed", `cannot read file ${JSON.stringify(filePath)}: ${errorText(e)}`, ["files", i], e);
    }
    pairs.push({ key, value: content, origin: r.origin(["files", i]) });
  });
  const seen = /* @__PURE__ */ new Set();
  for (const p of pairs) {
    if (seen.has(p.key)) throw r.fail("duplicate-key", `${kind} ${name} repeats the key \`${p.key}\``);
    seen.add(p.key);
  }
  const localOptions = r.options(entry.options, ["options"]);
  const globalOptions = parseGeneratorOptions(ctx);
  const options2 = mergeGeneratorOptions(localOptions, globalOptions);
  const metadata = { name };
  const object = { apiVersion: "v1", kind, metadata };
  const origins = [
    ["", r.origin([])],
    ["/metadata/name", r.origin(["name"])]
  ];
  if (typeof namespace === "string" && namespace !== "") {
    metadata.namespace = namespace;
    origins.push(["/metadata/namespace", r.origin(["namespace"])]);
  }
  if (kind === "Secret") {
    const type = entry.type;
    if (type !== void 0 && type !== null && typeof type !== "string") throw r.fail("invalid-entry", "`type` must be a string", ["type"]);
    object.type = typeof type === "string" && type !== "" ? type : "Opaque";
    if (typeof type === "string" && type !== "") origins.push(["/type", r.origin(["type"])]);
    const data = {};
    for (const p of sortedByKey(pairs)) {
      data[p.key] = encodeBase64Wrapped(toBytes(p.value));
      origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
    }
    object.data = data;
  } else {
    const data = {};
    const binaryData = {};
    for (const p of sortedByKey(pairs)) {
      const text = typeof p.value === "string" ? p.value : decodeUtf8(p.value);
      if (text !== void 0) {
        data[p.key] = text;
        origins.push([`/data/${pointerToken(p.key)}`, p.origin]);
      } else {
        binaryData[p.key] = encodeBase64Wrapped(toBytes(p.value));
        origins.push([`/binaryData/${pointerToken(p.key)}`, p.origin]);
      }
    }
    if (Object.keys(data).length > 0) object.data = data;
    if (Object.keys(binaryData).length > 0) object.binaryData = binaryData;
  }
  const labelSource = localOptions?.labels ? [field2, index, "options", "labels"] : ["generatorOptions", "labels"];
  const annotationSource = localOptions?.annotations ? [field2, index, "options", "annotations"] : ["generatorOptions", "annotations"];
  if (options2.labels && Object.keys(options2.labels).length > 0) {
    metadata.labels = { ...options2.labels };
    for (const k2 of Object.keys(options2.labels)) {
      const fromLocal = localOptions?.labels && k2 in localOptions.labels;
      origins.push([`/metadata/labels/${pointerToken(k2)}`, originAt(ctx, fromLocal ? [...labelSource, k2] : ["generatorOptions", "labels", k2])]);
    }
  }
  if (options2.annotations && Object.keys(options2.annotations).length > 0) {
    metadata.annotations = { ...options2.annotations };
    for (const k2 of Object.keys(options2.annotations)) {
      const fromLocal = localOptions?.annotations && k2 in localOptions.annotations;
      origins.push([
        `/metadata/annotations/${pointerToken(k2)}`,
        originAt(ctx, fromLocal ? [...annotationSource, k2] : ["generatorOptions", "annotations", k2])
      ]);
    }
  }
  if (options2.immutable) {
    object.immutable = true;
    origins.push(["/immutable", originAt(ctx, localOptions?.immutable ? [field2, index, "options", "immutable"] : ["generatorOptions", "immutable"])]);
  }
  return {
    object,
    behavior,
    needsHashSuffix: !options2.disableNameSuffixHash,
    origins,
    source: { file: ctx.kustomizationFile, field: field2, index, name }
  };
}
function originAt(ctx, p) {
  for (let n = p.length; n >= 0 && ctx.locate; n--) {
    const found = ctx.locate(p.slice(0, n));
    if (found) return { ...found, via: "generator" };
  }
  return plainOrigin(ctx.kustomizationFile, p);
}
function sortedByKey(pairs) {
  return [...pairs].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function errorText(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function fileSourceProblem(src) {
  if (src.startsWith("=")) return "missing key name before `=`";
  const rest = src.slice(src.indexOf("=") + 1);
  if (rest === "") return "missing file path after `=`";
  return "the key name or file path contains `=`";
}
function parseFileSource(source, onError) {
  const sep5 = source.indexOf("=");
  if (sep5 === -1) return { key: goPathBase(source), filePath: source };
  if (sep5 === 0) throw onError();
  const key = source.slice(0, sep5);
  const filePath = source.slice(sep5 + 1);
  if (filePath.includes("=") || filePath === "") throw onError();
  return { key, filePath };
}
function runGenerators(kustomization, ctx) {
  const out = [];
  for (const field2 of ["configMapGenerator", "secretGenerator"]) {
    const list = kustomization[field2];
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) {
      throw new EntryReader(ctx, field2, 0, [field2]).fail("invalid-entry", `\`${field2}\` must be a list`);
    }
    list.forEach((entry, i) => {
      out.push(generate(field2, entry, i, ctx));
    });
  }
  return out;
}
function stringRecord2(v) {
  const out = {};
  if (isRecord3(v)) {
    for (const [k2, val] of Object.entries(v)) if (typeof val === "string") out[k2] = val;
  }
  return out;
}
function mergeGenerated(existing, generated, behavior) {
  const result = structuredClone(generated);
  const oldMeta = isRecord3(existing.metadata) ? existing.metadata : {};
  const newMeta = isRecord3(result.metadata) ? result.metadata : {};
  result.metadata = newMeta;
  const labels = { ...stringRecord2(oldMeta.labels), ...stringRecord2(newMeta.labels) };
  const annotations = { ...stringRecord2(oldMeta.annotations), ...stringRecord2(newMeta.annotations) };
  if (Object.keys(labels).length > 0) newMeta.labels = labels;
  else delete newMeta.labels;
  if (Object.keys(annotations).length > 0) newMeta.annotations = annotations;
  else delete newMeta.annotations;
  if (oldMeta.name !== void 0) newMeta.name = oldMeta.name;
  if (typeof oldMeta.namespace === "string" && oldMeta.namespace !== "") newMeta.namespace = oldMeta.namespace;
  else delete newMeta.namespace;
  if (behavior === "merge") {
    for (const field2 of ["data", "binaryData"]) {
      const merged = { ...isRecord3(existing[field2]) ? existing[field2] : {}, ...isRecord3(result[field2]) ? result[field2] : {} };
      if (Object.keys(merged).length > 0) result[field2] = merged;
    }
  }
  return result;
}

// src/render/hash.ts
import { createHash } from "node:crypto";
var HEX_SUBSTITUTIONS = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
function goJsonMarshal(value) {
  return JSON.stringify(sortKeysDeep(value)).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const sorted2 = {};
    for (const key of Object.keys(value).sort(compareCodePoints)) {
      sorted2[key] = sortKeysDeep(value[key]);
    }
    return sorted2;
  }
  return value;
}
function compareCodePoints(a, b) {
  const ca = Array.from(a);
  const cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i].codePointAt(0);
    const y = cb[i].codePointAt(0);
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}
function encodeHashHex(hex) {
  if (hex.length < 10) throw new Error("hash input must be at least 10 hex digits");
  let out = "";
  for (const ch of hex.slice(0, 10)) out += HEX_SUBSTITUTIONS[ch] ?? ch;
  return out;
}
function isPlainMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function scalarOrMap(v) {
  if (v === void 0 || v === null) return "";
  if (isPlainMap(v)) return v;
  if (Array.isArray(v)) return v;
  return String(v);
}
function hashInput(obj) {
  const kind = obj.kind;
  if (kind === "ConfigMap") {
    const m = { kind: "ConfigMap", name: "", data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.binaryData)) m.binaryData = obj.binaryData;
    return goJsonMarshal(m);
  }
  if (kind === "Secret") {
    const m = { kind: "Secret", type: scalarOrMap(obj.type), name: "", data: scalarOrMap(obj.data) };
    if (isPlainMap(obj.stringData)) m.stringData = obj.stringData;
    return goJsonMarshal(m);
  }
  throw new Error(`kustomize name hashes are only defined here for ConfigMap and Secret, not ${String(kind)}`);
}
function kustomizeHash(obj) {
  return encodeHashHex(createHash("sha256").update(hashInput(obj), "utf8").digest("hex"));
}
function hashedName(obj) {
  const meta = obj.metadata;
  const name = isPlainMap(meta) && typeof meta.name === "string" ? meta.name : "";
  return `${name}-${kustomizeHash(obj)}`;
}

// src/render/jsonpatch.ts
function readOps(list) {
  if (list.t !== "a") throw opError(list.p, "a JSON 6902 patch must be a list of operations");
  return list.v.map((item) => {
    if (item.t !== "m") throw opError(item.p, "a JSON 6902 operation must be a mapping");
    const op = str2(item.v.get("op"));
    const path7 = str2(item.v.get("path"));
    if (!op) throw opError(item.p, "JSON 6902 operation without `op`");
    if (path7 === void 0) throw opError(item.p, `JSON 6902 \`${op}\` without \`path\``);
    const o = { op, path: path7, at: item.p };
    const from = str2(item.v.get("from"));
    if (from !== void 0) o.from = from;
    const value = item.v.get("value");
    if (value) o.value = value;
    else if (item.v.has("value")) o.value = { t: "s", v: null, p: item.p };
    return o;
  });
}
function opError(p, msg) {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
}
function resolveParent(root, path7, op, createMaps = false) {
  const segs = parsePointer(path7);
  if (segs.length === 0) throw opError(op.at, `JSON 6902 \`${op.op}\` on the document root is not supported`);
  let cur = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    let next;
    if (cur.t === "m") {
      next = cur.v.get(seg);
      const isAnnotations = i === 0 && seg === "metadata" || i === 1 && segs[0] === "metadata" && seg === "annotations";
      if (!next && createMaps && isAnnotations) {
        next = { t: "m", v: /* @__PURE__ */ new Map(), p: op.value?.p ?? op.at };
        cur.v.set(seg, next);
      }
    } else if (cur.t === "a" && /^(0|[1-9][0-9]*)$/.test(seg)) next = cur.v[Number(seg)];
    if (!next) throw missing(op, path7);
    cur = next;
  }
  return { parent: cur, key: segs[segs.length - 1] };
}
function missing(op, path7) {
  return opError(op.at, `JSON 6902 \`${op.op}\`: path ${path7} does not exist in the target`);
}
function getAt(root, path7, op) {
  const { parent, key } = resolveParent(root, path7, op);
  let v;
  if (parent.t === "m") v = parent.v.get(key);
  else if (parent.t === "a" && /^(0|[1-9][0-9]*)$/.test(key)) v = parent.v[Number(key)];
  if (!v) throw missing(op, path7);
  return v;
}
function removeAt(root, path7, op) {
  const { parent, key } = resolveParent(root, path7, op);
  if (parent.t === "m") {
    const v = parent.v.get(key);
    if (!v) throw missing(op, path7);
    parent.v.delete(key);
    return v;
  }
  if (parent.t === "a" && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < parent.v.length) {
    return parent.v.splice(Number(key), 1)[0];
  }
  throw missing(op, path7);
}
function addAt(root, path7, value, op, replace) {
  const { parent, key } = resolveParent(root, path7, op, true);
  if (parent.t === "m") {
    parent.v.set(key, value);
    return;
  }
  if (parent.t === "a") {
    if (key === "-" && !replace) {
      parent.v.push(value);
      return;
    }
    if (!/^(0|[1-9][0-9]*)$/.test(key)) throw missing(op, path7);
    const idx = Number(key);
    if (replace) {
      if (idx >= parent.v.length) throw missing(op, path7);
      parent.v[idx] = value;
    } else {
      if (idx > parent.v.length) throw missing(op, path7);
      parent.v.splice(idx, 0, value);
    }
    return;
  }
  throw missing(op, path7);
}
function applyJsonPatch(root, ops) {
  for (const op of ops) {
    switch (op.op) {
      case "add":
      case "replace": {
        if (!op.value) throw opError(op.at, `JSON 6902 \`${op.op}\` without \`value\``);
        addAt(root, op.path, cloneVia(op.value, "patch"), op, op.op === "replace");
        break;
      }
      case "remove":
        removeAt(root, op.path, op);
        break;
      case "move": {
        if (op.from === void 0) throw opError(op.at, "JSON 6902 `move` without `from`");
        const v = removeAt(root, op.from, op);
        addAt(root, op.path, v, op, false);
        break;
      }
      case "copy": {
        if (op.from === void 0) throw opError(op.at, "JSON 6902 `copy` without `from`");
        addAt(root, op.path, clone(getAt(root, op.from, op)), op, false);
        break;
      }
      case "test": {
        if (!op.value) throw opError(op.at, "JSON 6902 `test` without `value`");
        if (!deepEqual(getAt(root, op.path, op), op.value)) {
          throw opError(op.at, `JSON 6902 \`test\` failed at ${op.path}`);
        }
        break;
      }
      default:
        throw opError(op.at, `unknown JSON 6902 op \`${op.op}\``);
    }
  }
}

// src/render/merge.ts
var BUILTIN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "apps",
  "batch",
  "autoscaling",
  "policy",
  "extensions",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "scheduling.k8s.io",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "node.k8s.io",
  "certificates.k8s.io",
  "events.k8s.io",
  "flowcontrol.apiserver.k8s.io"
]);
function isBuiltinGroup(group) {
  return BUILTIN_GROUPS.has(group);
}
function mergeKeyFor(field2, parentField, kind) {
  switch (field2) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "resourceClaims":
    case "schedulingGates":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "hostAliases":
      return "ip";
    case "topologySpreadConstraints":
      return "topologyKey";
    case "conditions":
      return "type";
    case "ownerReferences":
      return "uid";
    case "ports":
      return kind === "Service" && parentField === "spec" ? "port" : "containerPort";
    default:
      return void 0;
  }
}
var MERGED_PRIMITIVE_LISTS = /* @__PURE__ */ new Set(["finalizers"]);
var DIRECTIVE = "$patch";
var DELETE_FROM = "$deleteFromPrimitiveList/";
function directiveOf(node) {
  if (node.t !== "m") return void 0;
  const d = node.v.get(DIRECTIVE);
  return d && d.t === "s" && typeof d.v === "string" ? d.v : void 0;
}
function stripDirectives(node) {
  if (node.t === "m") {
    const d = directiveOf(node);
    if (d === "delete") return void 0;
    const m = /* @__PURE__ */ new Map();
    for (const [k2, v] of node.v) {
      if (k2 === DIRECTIVE) continue;
      if (k2.startsWith(DELETE_FROM) && MERGED_PRIMITIVE_LISTS.has(k2.slice(DELETE_FROM.length))) continue;
      if (v.t === "s" && v.v === null) continue;
      const s = stripDirectives(v);
      if (s) m.set(k2, s);
    }
    return { t: "m", v: m, p: node.p };
  }
  if (node.t === "a") {
    const items2 = [];
    for (const it of node.v) {
      if (it.t === "m" && directiveOf(it) === "replace" && it.v.size === 1) continue;
      const s = stripDirectives(it);
      if (s) items2.push(s);
    }
    return { t: "a", v: items2, p: node.p };
  }
  return node;
}
function mergeNode(base, patch, ctx, field2, parentField) {
  if (patch.t === "m") {
    const d = directiveOf(patch);
    if (d === "delete") return void 0;
    if (d === "replace") return stripDirectives(patch);
    if (base?.t !== "m") return stripDirectives(patch);
    return mergeMap(base, patch, ctx, field2);
  }
  if (patch.t === "a") {
    if (!ctx.strategic) return patch;
    if (base?.t !== "a" || field2 === void 0) return stripDirectives(patch);
    return mergeList(base, patch, ctx, field2, parentField);
  }
  return patch;
}
function mergeMap(base, patch, ctx, field2) {
  for (const [k2, pv] of patch.v) {
    if (k2 === DIRECTIVE) continue;
    if (k2.startsWith(DELETE_FROM) && ctx.strategic && MERGED_PRIMITIVE_LISTS.has(k2.slice(DELETE_FROM.length))) {
      const target = k2.slice(DELETE_FROM.length);
      const list = base.v.get(target);
      if (list && list.t === "a" && pv.t === "a") {
        const drop = new Set(pv.v.map((x) => x.t === "s" ? x.v : void 0));
        list.v = list.v.filter((x) => !(x.t === "s" && drop.has(x.v)));
      }
      continue;
    }
    if (pv.t === "s" && pv.v === null) {
      base.v.delete(k2);
      continue;
    }
    const merged = mergeNode(base.v.get(k2), pv, ctx, k2, field2);
    if (merged === void 0) base.v.delete(k2);
    else base.v.set(k2, merged);
  }
  return base;
}
function keyValue(item, key) {
  if (item.t !== "m") return void 0;
  const v = item.v.get(key);
  return v && v.t === "s" ? v.v : void 0;
}
function mergeList(base, patch, ctx, field2, parentField) {
  if (patch.v.some((it) => it.t === "m" && directiveOf(it) === "replace" && it.v.size === 1)) {
    return stripDirectives(patch) ?? { t: "a", v: [], p: patch.p };
  }
  const allScalars = patch.v.every((x) => x.t === "s") && base.v.every((x) => x.t === "s");
  if (allScalars && MERGED_PRIMITIVE_LISTS.has(field2)) {
    const seen = new Set(patch.v.map((x) => x.v));
    return { t: "a", v: [...patch.v, ...base.v.filter((x) => !seen.has(x.v))], p: patch.p };
  }
  const key = mergeKeyFor(field2, parentField, ctx.kind);
  if (!key || !patch.v.every((x) => x.t === "m") || !base.v.every((x) => x.t === "m")) {
    return stripDirectives(patch) ?? { t: "a", v: [], p: patch.p };
  }
  if (key === "containerPort") return mergeContainerPorts(base, patch, ctx);
  const used = /* @__PURE__ */ new Set();
  const out = [];
  for (const pItem of patch.v) {
    const kv = keyValue(pItem, key);
    const idx = kv === void 0 ? -1 : base.v.findIndex((b, i) => !used.has(i) && keyValue(b, key) === kv);
    const d = directiveOf(pItem);
    if (idx >= 0) used.add(idx);
    if (d === "delete") continue;
    if (idx >= 0) {
      const merged = mergeNode(base.v[idx], pItem, ctx, void 0, field2);
      if (merged) out.push(merged);
    } else {
      const s = stripDirectives(pItem);
      if (s) out.push(s);
    }
  }
  base.v.forEach((b, i) => {
    if (!used.has(i)) out.push(b);
  });
  return { t: "a", v: out, p: base.p };
}
function mergeContainerPorts(base, patch, ctx) {
  const protocolOf = (n) => keyValue(n, "protocol");
  const added = [];
  const out = [...base.v];
  for (const pItem of patch.v) {
    const port = keyValue(pItem, "containerPort");
    const proto = protocolOf(pItem);
    const same = out.findIndex((b) => keyValue(b, "containerPort") === port && protocolOf(b) === proto);
    if (same >= 0) {
      if (directiveOf(pItem) === "delete") {
        out.splice(same, 1);
        continue;
      }
      const merged = mergeNode(out[same], pItem, ctx, void 0, "ports");
      if (merged) out[same] = merged;
      else out.splice(same, 1);
      continue;
    }
    const conflict = out.some(
      (b) => keyValue(b, "containerPort") === port && protocolOf(b) === void 0 !== (proto === void 0)
    );
    if (conflict || directiveOf(pItem) === "delete") continue;
    const s = stripDirectives(pItem);
    if (s) added.push(s);
  }
  return { t: "a", v: [...added, ...out], p: base.p };
}

// src/render/fieldpath.ts
function parseFieldPath(text) {
  const raw = [];
  let cur = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "." && depth === 0) {
      raw.push(cur);
      cur = "";
    } else cur += ch;
  }
  raw.push(cur);
  const out = [];
  for (const part of raw) {
    if (part === "") continue;
    const m = /^([^[]+)\[(.*)\]$/.exec(part);
    if (m) {
      out.push({ t: "key", key: m[1] });
      out.push(bracket(m[2]));
      continue;
    }
    if (part.startsWith("[") && part.endsWith("]")) {
      out.push(bracket(part.slice(1, -1)));
      continue;
    }
    if (part === "*") out.push({ t: "any" });
    else if (/^(0|[1-9][0-9]*)$/.test(part)) out.push({ t: "index", index: Number(part) });
    else out.push({ t: "key", key: part });
  }
  return out;
}
function bracket(inner) {
  const eq = inner.indexOf("=");
  if (eq > 0) return { t: "match", key: inner.slice(0, eq), value: inner.slice(eq + 1) };
  if (/^(0|[1-9][0-9]*)$/.test(inner)) return { t: "index", index: Number(inner) };
  return { t: "key", key: inner };
}
function matches(item, key, value) {
  if (item.t !== "m") return false;
  const v = item.v.get(key);
  return v !== void 0 && v.t === "s" && String(v.v) === value;
}
function lookupAll(root, segs) {
  let cur = [root];
  for (const seg of segs) {
    const next = [];
    for (const n of cur) {
      if (seg.t === "key") {
        if (n.t === "m") {
          const v = n.v.get(seg.key);
          if (v) next.push(v);
        } else if (n.t === "a" && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
          const v = n.v[Number(seg.key)];
          if (v) next.push(v);
        }
      } else if (seg.t === "index") {
        if (n.t === "a" && n.v[seg.index]) next.push(n.v[seg.index]);
      } else if (seg.t === "match") {
        if (n.t === "a") next.push(...n.v.filter((it) => matches(it, seg.key, seg.value)));
      } else if (n.t === "a") next.push(...n.v);
      else if (n.t === "m") next.push(...n.v.values());
    }
    cur = next;
  }
  return cur;
}
function setAll(root, segs, make, create, createProv) {
  if (segs.length === 0) return 0;
  let count = 0;
  const go = (node, i) => {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (seg.t === "key" && node.t === "m") {
      const existing = node.v.get(seg.key);
      if (last) {
        if (existing || create) {
          node.v.set(seg.key, make(existing));
          count++;
        }
        return;
      }
      let next = existing;
      if (!next && create) {
        const nextSeg = segs[i + 1];
        next = nextSeg.t === "index" || nextSeg.t === "match" ? { t: "a", v: [], p: createProv } : { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
        node.v.set(seg.key, next);
      }
      if (next) go(next, i + 1);
      return;
    }
    if (node.t !== "a") return;
    let idxs = [];
    if (seg.t === "index") idxs = seg.index < node.v.length ? [seg.index] : [];
    else if (seg.t === "any") idxs = node.v.map((_, j) => j);
    else if (seg.t === "match") {
      idxs = node.v.flatMap((it, j) => matches(it, seg.key, seg.value) ? [j] : []);
      if (idxs.length === 0 && create) {
        const item = { t: "m", v: /* @__PURE__ */ new Map([[seg.key, { t: "s", v: seg.value, p: createProv }]]), p: createProv };
        node.v.push(item);
        idxs = [node.v.length - 1];
      }
    } else if (seg.t === "key" && /^(0|[1-9][0-9]*)$/.test(seg.key)) {
      const j = Number(seg.key);
      idxs = j < node.v.length ? [j] : [];
    }
    for (const j of idxs) {
      if (last) {
        node.v[j] = make(node.v[j]);
        count++;
      } else go(node.v[j], i + 1);
    }
  };
  go(root, 0);
  return count;
}

// src/render/fieldspecs.ts
function specs(kinds, paths, create) {
  const out = [];
  for (const k2 of kinds) {
    for (const path7 of paths) {
      const s = { ...k2, path: path7 };
      if (create !== void 0) s.create = create;
      out.push(s);
    }
  }
  return out;
}
var k = (kind, group, version2) => {
  const g = { kind };
  if (group !== void 0) g.group = group;
  if (version2 !== void 0) g.version = version2;
  return g;
};
var NAME_FIELD = [{ path: "metadata/name" }];
var NAME_CHANGE_SKIPPED_KINDS = [
  k("CustomResourceDefinition", "apiextensions.k8s.io"),
  k("APIService", "apiregistration.k8s.io"),
  k("Namespace", "")
];
var NAMESPACE = [
  { kind: "Namespace", path: "metadata/name", create: true },
  { group: "apiregistration.k8s.io", kind: "APIService", path: "spec/service/namespace", create: true },
  { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition", path: "spec/conversion/webhook/clientConfig/service/namespace" }
];
var AFFINITY_SELECTOR_PATHS = [
  "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"
];
var METADATA_LABELS = [
  { path: "metadata/labels", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/template/metadata/labels", create: true },
  { kind: "Deployment", path: "spec/template/metadata/labels", create: true },
  { kind: "ReplicaSet", path: "spec/template/metadata/labels", create: true },
  { kind: "DaemonSet", path: "spec/template/metadata/labels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/template/metadata/labels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/volumeClaimTemplates[]/metadata/labels", create: true },
  { group: "batch", kind: "Job", path: "spec/template/metadata/labels", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/metadata/labels", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/template/metadata/labels", create: true }
];
var COMMON_LABELS = [
  { version: "v1", kind: "Service", path: "spec/selector", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/selector", create: true },
  { kind: "Deployment", path: "spec/selector/matchLabels", create: true },
  ...specs([k("Deployment", "apps")], AFFINITY_SELECTOR_PATHS, false),
  { kind: "ReplicaSet", path: "spec/selector/matchLabels", create: true },
  { kind: "DaemonSet", path: "spec/selector/matchLabels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/selector/matchLabels", create: true },
  { group: "apps", kind: "StatefulSet", path: "spec/volumeClaimTemplates[]/metadata/labels", create: true },
  ...specs([k("StatefulSet", "apps")], AFFINITY_SELECTOR_PATHS, false),
  { group: "batch", kind: "Job", path: "spec/selector/matchLabels", create: false },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/selector/matchLabels", create: false },
  { group: "policy", kind: "PodDisruptionBudget", path: "spec/selector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/podSelector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/ingress/from/podSelector/matchLabels", create: false },
  { group: "networking.k8s.io", kind: "NetworkPolicy", path: "spec/egress/to/podSelector/matchLabels", create: false },
  ...METADATA_LABELS
];
var COMMON_ANNOTATIONS = [
  { path: "metadata/annotations", create: true },
  { version: "v1", kind: "ReplicationController", path: "spec/template/metadata/annotations", create: true },
  { kind: "Deployment", path: "spec/template/metadata/annotations", create: true },
  { kind: "ReplicaSet", path: "spec/template/metadata/annotations", create: true },
  { kind: "DaemonSet", path: "spec/template/metadata/annotations", create: true },
  { kind: "StatefulSet", path: "spec/template/metadata/annotations", create: true },
  { group: "batch", kind: "Job", path: "spec/template/metadata/annotations", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/metadata/annotations", create: true },
  { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/template/metadata/annotations", create: true }
];
var IMAGES = specs(
  [{}],
  [
    "spec/containers[]/image",
    "spec/initContainers[]/image",
    "spec/volumes[]/image/reference",
    "spec/template/spec/containers[]/image",
    "spec/template/spec/initContainers[]/image",
    "spec/template/spec/volumes[]/image/reference"
  ],
  true
);
var REPLICAS = specs(
  [k("Deployment"), k("ReplicationController"), k("ReplicaSet"), k("StatefulSet")],
  ["spec/replicas"],
  true
);
var CONTAINER_VAR_PATHS = (podSpec) => ["containers", "initContainers"].flatMap(
  (c) => ["args", "command", "env/value", "volumeMounts/mountPath"].map((leaf) => `${podSpec}/${c}/${leaf}`)
);
var VAR_REFERENCE = [
  ...specs([k("CronJob")], CONTAINER_VAR_PATHS("spec/jobTemplate/spec/template/spec")),
  ...specs([k("DaemonSet"), k("Deployment")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Ingress")], ["spec/rules/host", "spec/tls/hosts", "spec/tls/secretName"]),
  ...specs([k("Job")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Pod")], CONTAINER_VAR_PATHS("spec")),
  ...specs([k("ReplicaSet")], CONTAINER_VAR_PATHS("spec/template/spec")),
  ...specs([k("Service")], ["spec/ports/port", "spec/ports/targetPort"]),
  ...specs([k("StatefulSet")], CONTAINER_VAR_PATHS("spec/template/spec")),
  { kind: "Deployment", path: "spec/template/metadata/annotations" },
  { path: "metadata/labels" },
  { path: "metadata/annotations" }
];
var POD_SPEC_OWNERS = [
  { kind: k("Pod", void 0, "v1"), podSpec: "spec" },
  { kind: k("PodTemplate"), podSpec: "template/spec" },
  { kind: k("Deployment"), podSpec: "spec/template/spec" },
  { kind: k("ReplicaSet"), podSpec: "spec/template/spec" },
  { kind: k("DaemonSet"), podSpec: "spec/template/spec" },
  { kind: k("StatefulSet"), podSpec: "spec/template/spec" },
  { kind: k("Job"), podSpec: "spec/template/spec" },
  { kind: k("CronJob"), podSpec: "spec/jobTemplate/spec/template/spec" }
];
function podSpecRefs(leafs, owners = POD_SPEC_OWNERS) {
  return owners.flatMap(({ kind, podSpec }) => specs([kind], leafs.map((l) => `${podSpec}/${l}`)));
}
var CONFIGMAP_LEAFS = [
  "volumes/configMap/name",
  "containers/env/valueFrom/configMapKeyRef/name",
  "initContainers/env/valueFrom/configMapKeyRef/name",
  "containers/envFrom/configMapRef/name",
  "initContainers/envFrom/configMapRef/name",
  "volumes/projected/sources/configMap/name"
];
var SECRET_LEAFS = [
  "volumes/secret/secretName",
  "containers/env/valueFrom/secretKeyRef/name",
  "initContainers/env/valueFrom/secretKeyRef/name",
  "containers/envFrom/secretRef/name",
  "initContainers/envFrom/secretRef/name",
  "imagePullSecrets/name",
  "volumes/projected/sources/secret/name"
];
var WORKLOAD_OWNERS = [
  { kind: k("Pod"), podSpec: "spec" },
  { kind: k("StatefulSet"), podSpec: "spec/template/spec" },
  { kind: k("Deployment"), podSpec: "spec/template/spec" },
  { kind: k("ReplicationController"), podSpec: "spec/template/spec" },
  { kind: k("CronJob"), podSpec: "spec/jobTemplate/spec/template/spec" },
  { kind: k("Job"), podSpec: "spec/template/spec" },
  { kind: k("DaemonSet"), podSpec: "spec/template/spec" }
];
var RBAC = "rbac.authorization.k8s.io";
var NAME_REFERENCES = [
  ...["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map(
    (kind) => ({ kind, fieldSpecs: [{ kind: "HorizontalPodAutoscaler", path: "spec/scaleTargetRef/name" }] })
  ),
  {
    kind: "ConfigMap",
    version: "v1",
    fieldSpecs: [
      ...podSpecRefs(CONFIGMAP_LEAFS),
      { kind: "Node", path: "spec/configSource/configMap" },
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap" }
    ]
  },
  {
    kind: "Secret",
    version: "v1",
    fieldSpecs: [
      ...podSpecRefs(SECRET_LEAFS),
      { kind: "Ingress", path: "spec/tls/secretName" },
      { kind: "Ingress", path: "metadata/annotations/ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret" },
      { kind: "ServiceAccount", path: "imagePullSecrets/name" },
      ...specs([k("StorageClass")], ["parameters/secretName", "parameters/adminSecretName", "parameters/userSecretName", "parameters/secretRef"]),
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { group: "serving.knative.dev", version: "v1", kind: "Service", path: "spec/template/spec/containers/env/valueFrom/secretKeyRef/name" },
      { kind: "PersistentVolume", path: "spec/azureFile/secretName" }
    ]
  },
  {
    kind: "Service",
    version: "v1",
    fieldSpecs: [
      { group: "apps", kind: "StatefulSet", path: "spec/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/serviceName" },
      { kind: "Ingress", path: "spec/backend/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/service/name" },
      { kind: "Ingress", path: "spec/defaultBackend/service/name" },
      { group: "apiregistration.k8s.io", kind: "APIService", path: "spec/service/name" },
      // A {name, namespace} map: the renderer updates name (and namespace) inside it.
      { group: "admissionregistration.k8s.io", kind: "ValidatingWebhookConfiguration", path: "webhooks/clientConfig/service" },
      { group: "admissionregistration.k8s.io", kind: "MutatingWebhookConfiguration", path: "webhooks/clientConfig/service" },
      { kind: "HTTPRoute", path: "spec/rules/backendRefs/name" }
    ]
  },
  { kind: "Role", group: RBAC, fieldSpecs: [{ group: RBAC, kind: "RoleBinding", path: "roleRef/name" }] },
  {
    kind: "ClusterRole",
    group: RBAC,
    fieldSpecs: [
      { group: RBAC, kind: "RoleBinding", path: "roleRef/name" },
      { group: RBAC, kind: "ClusterRoleBinding", path: "roleRef/name" }
    ]
  },
  {
    kind: "ServiceAccount",
    version: "v1",
    fieldSpecs: [
      // A list of {kind, name, namespace}: only ServiceAccount subjects are renamed.
      { group: RBAC, kind: "RoleBinding", path: "subjects" },
      { group: RBAC, kind: "ClusterRoleBinding", path: "subjects" },
      ...WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/serviceAccountName`]))
    ]
  },
  {
    kind: "PersistentVolumeClaim",
    version: "v1",
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/volumes/persistentVolumeClaim/claimName`]))
  },
  {
    kind: "PersistentVolume",
    version: "v1",
    fieldSpecs: [
      { kind: "PersistentVolumeClaim", path: "spec/volumeName" },
      { kind: "ClusterRole", path: "rules/resourceNames" }
    ]
  },
  {
    kind: "StorageClass",
    version: "v1",
    group: "storage.k8s.io",
    fieldSpecs: [
      { kind: "PersistentVolume", path: "spec/storageClassName" },
      { kind: "PersistentVolumeClaim", path: "spec/storageClassName" },
      { kind: "StatefulSet", path: "spec/volumeClaimTemplates/spec/storageClassName" }
    ]
  },
  {
    kind: "PriorityClass",
    version: "v1",
    group: "scheduling.k8s.io",
    fieldSpecs: WORKLOAD_OWNERS.flatMap(({ kind, podSpec }) => specs([kind], [`${podSpec}/priorityClassName`]))
  },
  // kustomize's table says group "networking.k8s.io/v1" here (sic), so an IngressClass in group
  // networking.k8s.io never matches it; kept as kustomize has it so renames behave the same.
  { kind: "IngressClass", version: "v1", group: "networking.k8s.io/v1", fieldSpecs: [{ kind: "Ingress", path: "spec/ingressClassName" }] },
  {
    kind: "ValidatingAdmissionPolicy",
    group: "admissionregistration.k8s.io",
    fieldSpecs: [{ kind: "ValidatingAdmissionPolicyBinding", group: "admissionregistration.k8s.io", path: "spec/policyName" }]
  }
];
var BUILTIN_FIELD_SPECS = {
  namePrefix: NAME_FIELD,
  nameSuffix: NAME_FIELD,
  namespace: NAMESPACE,
  commonLabels: COMMON_LABELS,
  templateLabels: METADATA_LABELS,
  commonAnnotations: COMMON_ANNOTATIONS,
  images: IMAGES,
  replicas: REPLICAS,
  varReference: VAR_REFERENCE
};
function gvkMatches(selector, kind, group, version2) {
  if (selector.group && selector.group !== group) return false;
  if (selector.version && selector.version !== version2) return false;
  if (selector.kind && selector.kind !== kind) return false;
  return true;
}
var cache = /* @__PURE__ */ new Map();
function fieldSpecsFor(kind, group, version2) {
  const key = `${group}\0${version2}\0${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = {};
  for (const [category, list] of Object.entries(BUILTIN_FIELD_SPECS)) {
    result[category] = list.filter((s) => gvkMatches(s, kind, group, version2));
  }
  cache.set(key, result);
  return result;
}
function parseFieldPath2(path7) {
  const out = [];
  let cur = "";
  for (let i = 0; i < path7.length; i++) {
    const ch = path7[i];
    if (ch === "\\" && path7[i + 1] === "/") {
      cur += "/";
      i++;
    } else if (ch === "/") {
      out.push(segment(cur));
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(segment(cur));
  return out;
}
function segment(raw) {
  return raw.endsWith("[]") ? { key: raw.slice(0, -2), list: true } : { key: raw, list: false };
}
var CLUSTER_SCOPED2 = new Set(
  [
    ["admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"],
    ["apiextensions.k8s.io/v1", "CustomResourceDefinition"],
    ["apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"],
    ["apiregistration.k8s.io/v1", "APIService"],
    ["apiregistration.k8s.io/v1beta1", "APIService"],
    ["certificates.k8s.io/v1", "CertificateSigningRequest"],
    ["certificates.k8s.io/v1beta1", "CertificateSigningRequest"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"],
    ["networking.k8s.io/v1", "IngressClass"],
    ["networking.k8s.io/v1beta1", "IngressClass"],
    ["node.k8s.io/v1", "RuntimeClass"],
    ["node.k8s.io/v1beta1", "RuntimeClass"],
    ["policy/v1beta1", "PodSecurityPolicy"],
    ["rbac.authorization.k8s.io/v1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"],
    ["scheduling.k8s.io/v1", "PriorityClass"],
    ["scheduling.k8s.io/v1beta1", "PriorityClass"],
    ["storage.k8s.io/v1", "CSIDriver"],
    ["storage.k8s.io/v1", "CSINode"],
    ["storage.k8s.io/v1", "StorageClass"],
    ["storage.k8s.io/v1", "VolumeAttachment"],
    ["storage.k8s.io/v1beta1", "CSIDriver"],
    ["storage.k8s.io/v1beta1", "CSINode"],
    ["storage.k8s.io/v1beta1", "StorageClass"],
    ["storage.k8s.io/v1beta1", "VolumeAttachment"],
    ["v1", "ComponentStatus"],
    ["v1", "Namespace"],
    ["v1", "Node"],
    ["v1", "NodeProxyOptions"],
    ["v1", "PersistentVolume"]
  ].map(([apiVersion, kind]) => `${apiVersion} ${kind}`)
);
function isClusterScoped(apiVersion, kind) {
  return CLUSTER_SCOPED2.has(`${apiVersion} ${kind}`);
}

// src/render/resource.ts
function storePreviousId(r) {
  r.prevIds.push({ kind: gvkOf(r).kind, name: nameOf(r), namespace: effectiveNamespace(r) });
}
function effectiveNamespace(r) {
  if (isClusterScoped2(r)) return "";
  const ns = namespaceOf2(r);
  return ns === "" ? "default" : ns;
}
function splitApiVersion(apiVersion) {
  const i = apiVersion.indexOf("/");
  if (i >= 0) return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
  return { group: "", version: apiVersion };
}
function gvkOf(r) {
  const { group, version: version2 } = splitApiVersion(str2(r.root.v.get("apiVersion")) ?? "");
  return { group, version: version2, kind: str2(r.root.v.get("kind")) ?? "" };
}
function metaOf(r) {
  const m = r.root.v.get("metadata");
  return m && m.t === "m" ? m : void 0;
}
function nameOf(r) {
  return str2(metaOf(r)?.v.get("name")) ?? "";
}
function namespaceOf2(r) {
  return str2(metaOf(r)?.v.get("namespace")) ?? "";
}
function setMeta(r, field2, value, p) {
  let meta = metaOf(r);
  if (!meta) {
    meta = { t: "m", v: /* @__PURE__ */ new Map(), p };
    r.root.v.set("metadata", meta);
  }
  meta.v.set(field2, { t: "s", v: value, p });
}
function setName(r, value, p) {
  const meta = metaOf(r);
  const old = meta?.v.get("name");
  setMeta(r, "name", value, p ?? old?.p ?? r.root.p);
  if (!r.names.includes(value)) r.names.push(value);
}
function setNamespace(r, value, p) {
  setMeta(r, "namespace", value, p);
  if (!r.namespaces.includes(value)) r.namespaces.push(value);
}
function idString(r) {
  const g = gvkOf(r);
  const ns = namespaceOf2(r);
  const gv = g.group ? `${g.group}/${g.version}` : g.version;
  return `${gv}, Kind=${g.kind}, ${ns ? `${ns}/` : ""}${nameOf(r)}`;
}
function idKey(r) {
  const g = gvkOf(r);
  const ns = namespaceOf2(r);
  return `${g.group}|${g.kind}|${ns === "default" ? "" : ns}|${nameOf(r)}`;
}
function newResource(root, file) {
  if (root.t !== "m") {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: a resource must be a YAML mapping`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  const r = { root, names: [], namespaces: [], file, prevIds: [], prefixes: [], suffixes: [] };
  const kind = str2(root.v.get("kind"));
  if (!kind) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing kind in object (kustomize rejects it too)`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  const name = nameOf(r);
  if (!name && !(kind.endsWith("List") && root.v.get("items"))) {
    const o = materialize(root.p);
    throw new RenderError(`${o.file}:${o.line}:${o.column}: missing metadata.name in ${kind} object`, {
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  r.names.push(name);
  r.namespaces.push(namespaceOf2(r));
  return r;
}
function isClusterScoped2(r) {
  return isClusterScoped(str2(r.root.v.get("apiVersion")) ?? "", gvkOf(r).kind);
}

// src/render/selector.ts
function readSelector(node) {
  if (node?.t !== "m") return void 0;
  const s = {};
  for (const k2 of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) {
    const v = node.v.get(k2);
    if (v && v.t === "s" && v.v !== null) s[k2] = String(v.v);
  }
  return s;
}
var regexCache = /* @__PURE__ */ new Map();
function anchored(pattern) {
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(`^(?:${pattern})$`);
    } catch {
      throw new RenderError(`invalid regular expression in patch target: ${pattern}`);
    }
    regexCache.set(pattern, re);
  }
  return re;
}
function parseLabelSelector(text) {
  const reqs = [];
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p);
    if (m) {
      reqs.push({
        key: m[1],
        op: m[2],
        values: m[3].split(",").map((s) => s.trim()).filter(Boolean)
      });
      continue;
    }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1], op: m[2] === "!=" ? "neq" : "eq", values: [m[3]] });
      continue;
    }
    m = /^!\s*(\S+)$/.exec(p);
    if (m) {
      reqs.push({ key: m[1], op: "notexists", values: [] });
      continue;
    }
    if (/^\S+$/.test(p)) {
      reqs.push({ key: p, op: "exists", values: [] });
      continue;
    }
    throw new RenderError(`invalid label selector: ${text}`);
  }
  return reqs;
}
function matchesSelector(map, text) {
  const labels = /* @__PURE__ */ new Map();
  if (map && map.t === "m") {
    for (const [k2, v] of map.v) if (v.t === "s") labels.set(k2, String(v.v));
  }
  return parseLabelSelector(text).every((r) => {
    const v = labels.get(r.key);
    switch (r.op) {
      case "eq":
        return v === r.values[0];
      case "neq":
        return v !== r.values[0];
      case "in":
        return v !== void 0 && r.values.includes(v);
      case "notin":
        return v === void 0 || !r.values.includes(v);
      case "exists":
        return v !== void 0;
      case "notexists":
        return v === void 0;
    }
    return false;
  });
}
function selects(sel, r) {
  const g = gvkOf(r);
  if (sel.group !== void 0 && sel.group !== "" && !anchored(sel.group).test(g.group)) return false;
  if (sel.version !== void 0 && sel.version !== "" && !anchored(sel.version).test(g.version)) return false;
  if (sel.kind !== void 0 && sel.kind !== "" && !anchored(sel.kind).test(g.kind)) return false;
  if (sel.name !== void 0 && sel.name !== "") {
    const re = anchored(sel.name);
    if (!r.names.some((n) => re.test(n))) return false;
  }
  if (sel.namespace !== void 0 && sel.namespace !== "") {
    const re = anchored(sel.namespace);
    if (!r.namespaces.some((n) => re.test(n === "" ? "default" : n))) return false;
  }
  const meta = metaOf(r);
  if (sel.labelSelector && !matchesSelector(meta?.v.get("labels"), sel.labelSelector)) return false;
  if (sel.annotationSelector && !matchesSelector(meta?.v.get("annotations"), sel.annotationSelector)) return false;
  return true;
}
function describeSelector(sel) {
  return Object.entries(sel).map(([k2, v]) => `${k2}=${v}`).join(", ");
}

// src/render/replacements.ts
function options(node) {
  const out = { index: 0, create: false };
  if (node?.t !== "m") return out;
  const d = str2(node.v.get("delimiter"));
  if (d !== void 0 && d !== "") out.delimiter = d;
  const i = node.v.get("index");
  if (i && i.t === "s" && typeof i.v === "number") out.index = i.v;
  const c = node.v.get("create");
  out.create = c?.t === "s" && c.v === true;
  return out;
}
function selectorFrom(node) {
  const s = readSelector(node) ?? {};
  return s;
}
function applyReplacements(resources, entries, fail) {
  for (const entry of entries) {
    if (entry.t !== "m") throw fail(entry.p, "a replacement must be a mapping with `source` and `targets`");
    const sourceNode = entry.v.get("source");
    if (sourceNode?.t !== "m") throw fail(entry.p, "a replacement needs a `source`");
    const sourceSel = selectorFrom(sourceNode);
    const sources = resources.filter((r) => selects(sourceSel, r));
    if (sources.length === 0) throw fail(sourceNode.p, `nothing selected by replacement source (${describeSelector(sourceSel)})`);
    if (sources.length > 1) {
      throw fail(sourceNode.p, `more than one match for replacement source (${describeSelector(sourceSel)})`);
    }
    const fieldPath = str2(sourceNode.v.get("fieldPath")) ?? "metadata.name";
    const found = lookupAll(sources[0].root, parseFieldPath(fieldPath));
    if (found.length === 0) throw fail(sourceNode.p, `fieldPath \`${fieldPath}\` is missing for replacement source`);
    let value = found[0];
    const srcOpts = options(sourceNode.v.get("options"));
    if (srcOpts.delimiter !== void 0) {
      if (value.t !== "s") throw fail(sourceNode.p, "a replacement source with a delimiter must be a string");
      const parts = String(value.v).split(srcOpts.delimiter);
      const part = parts[srcOpts.index];
      if (part === void 0) throw fail(sourceNode.p, `options.index ${srcOpts.index} is out of range`);
      value = { t: "s", v: part, p: value.p };
    }
    const targets = entry.v.get("targets");
    if (targets?.t !== "a") throw fail(entry.p, "a replacement needs `targets`");
    for (const t of targets.v) {
      if (t.t !== "m") throw fail(t.p, "a replacement target must be a mapping");
      const selectNode = t.v.get("select");
      if (!selectNode) throw fail(t.p, "a replacement target needs `select`");
      const sel = selectorFrom(selectNode);
      const rejects = t.v.get("reject");
      const rejectSels = rejects?.t === "a" ? rejects.v.map(selectorFrom) : [];
      const opts = options(t.v.get("options"));
      const fieldPaths = t.v.get("fieldPaths");
      const paths = fieldPaths?.t === "a" ? fieldPaths.v.map((x) => str2(x) ?? "") : ["metadata.name"];
      for (const r of resources) {
        if (!selects(sel, r)) continue;
        if (rejectSels.some((rs) => Object.keys(rs).length > 0 && selects(rs, r))) continue;
        for (const fp of paths) {
          const stringMap = /^metadata\.(labels|annotations)\./.test(fp);
          const make = (old) => {
            if (opts.delimiter === void 0) {
              if (stringMap && value.t === "s" && value.v !== null && typeof value.v !== "string") {
                return { t: "s", v: String(value.v), p: value.p };
              }
              return clone(value);
            }
            const oldText = old && old.t === "s" && old.v !== null ? String(old.v) : "";
            const parts = oldText.split(opts.delimiter);
            const v = value.t === "s" ? String(value.v) : "";
            if (opts.index >= parts.length) parts.push(v);
            else if (opts.index < 0) parts.unshift(v);
            else parts[opts.index] = v;
            return { t: "s", v: parts.join(opts.delimiter), p: value.p };
          };
          const n = setAll(r.root, parseFieldPath(fp), make, opts.create, value.p);
          if (n === 0 && !opts.create) {
            throw fail(t.p, `unable to find field \`${fp}\` in replacement target`);
          }
        }
      }
    }
  }
}

// src/render/transformers.ts
var pathCache = /* @__PURE__ */ new Map();
function segmentsOf(path7) {
  let s = pathCache.get(path7);
  if (!s) {
    s = parseFieldPath2(path7);
    pathCache.set(path7, s);
  }
  return s;
}
function walkSpec(node, path7, create, createProv, visit2) {
  walk2(node, segmentsOf(path7), 0, create, createProv, visit2);
}
function walk2(node, segs, i, create, createProv, visit2) {
  if (node.t === "a") {
    for (const item of node.v) walk2(item, segs, i, create, createProv, visit2);
    return;
  }
  if (node.t !== "m") return;
  const seg = segs[i];
  if (i === segs.length - 1) {
    visit2(node, seg.key);
    return;
  }
  let next = node.v.get(seg.key);
  if (!next || next.t === "s" && next.v === null) {
    if (!create || seg.list) return;
    next = { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
    node.v.set(seg.key, next);
  }
  walk2(next, segs, i + 1, create, createProv, visit2);
}
function specsFor(r) {
  const g = gvkOf(r);
  return fieldSpecsFor(g.kind, g.group, g.version);
}
function applyNamespace(resources, ns, p) {
  for (const r of resources) {
    const g = gvkOf(r);
    storePreviousId(r);
    if (!isClusterScoped2(r)) setNamespace(r, ns, p);
    for (const spec of specsFor(r).namespace) {
      if (spec.path === "metadata/name" && g.version !== "v1") continue;
      if (spec.path === "metadata/name" && g.group !== "") continue;
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (!holder.v.has(key) && !spec.create) return;
        if (holder === metaOf(r) && key === "name") setName(r, ns, p);
        else holder.v.set(key, { t: "s", v: ns, p });
      });
    }
    if (g.group === "rbac.authorization.k8s.io" && (g.kind === "RoleBinding" || g.kind === "ClusterRoleBinding")) {
      const subjects = r.root.v.get("subjects");
      if (subjects && subjects.t === "a") {
        for (const s of subjects.v) {
          if (s.t !== "m") continue;
          const kind = s.v.get("kind");
          const name = s.v.get("name");
          if (kind?.t === "s" && kind.v === "ServiceAccount" && name?.t === "s" && name.v === "default") {
            s.v.set("namespace", { t: "s", v: ns, p });
          }
        }
      }
    }
  }
}
function applyPrefixSuffix(resources, prefix, suffix, p) {
  for (const r of resources) {
    const g = gvkOf(r);
    if (NAME_CHANGE_SKIPPED_KINDS.some((s) => gvkMatches(s, g.kind, g.group, g.version))) continue;
    const nameNode = metaOf(r)?.v.get("name");
    if (prefix) {
      r.prefixes.push(prefix);
      storePreviousId(r);
    }
    if (suffix) {
      r.suffixes.push(suffix);
      storePreviousId(r);
    }
    setName(r, `${prefix}${nameOf(r)}${suffix}`, nameNode?.p ?? p);
  }
}
function setPairs(holder, key, pairs, create, createProv) {
  let target = holder.v.get(key);
  if (!target || target.t === "s" && target.v === null) {
    if (!create) return;
    target = { t: "m", v: /* @__PURE__ */ new Map(), p: createProv };
    holder.v.set(key, target);
  }
  if (target.t !== "m") return;
  for (const pair of pairs) target.v.set(pair.key, { t: "s", v: pair.value, p: pair.p });
}
function applyLabels(resources, pairs, mode, createProv, extraSpecs = []) {
  if (pairs.length === 0) return;
  for (const r of resources) {
    const g = gvkOf(r);
    let specs2;
    if (mode.selectors) specs2 = specsFor(r).commonLabels;
    else if (mode.templates) specs2 = specsFor(r).templateLabels;
    else specs2 = [{ path: "metadata/labels", create: true }];
    const extra = extraSpecs.filter((s) => gvkMatches(s, g.kind, g.group, g.version));
    for (const spec of [...specs2, ...extra]) {
      walkSpec(
        r.root,
        spec.path,
        spec.create === true,
        createProv,
        (holder, key) => setPairs(holder, key, pairs, spec.create === true, createProv)
      );
    }
  }
}
function applyAnnotations(resources, pairs, createProv) {
  if (pairs.length === 0) return;
  for (const r of resources) {
    for (const spec of specsFor(r).commonAnnotations) {
      walkSpec(
        r.root,
        spec.path,
        spec.create === true,
        createProv,
        (holder, key) => setPairs(holder, key, pairs, spec.create === true, createProv)
      );
    }
  }
}
function splitImage(image) {
  let name = image;
  let digest = "";
  const at2 = name.indexOf("@");
  if (at2 >= 0) {
    digest = name.slice(at2 + 1);
    name = name.slice(0, at2);
  }
  let tag = "";
  const lastSlash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { name, tag, digest };
}
function rewriteImage(value, rule) {
  const { name, tag, digest } = splitImage(value);
  if (name !== rule.name) return void 0;
  const newName = rule.newName ?? name;
  if (rule.digest) return rule.newTag !== void 0 ? `${newName}:${rule.newTag}@${rule.digest}` : `${newName}@${rule.digest}`;
  if (rule.newTag !== void 0) return `${newName}:${rule.newTag}`;
  if (digest) return `${newName}${tag ? `:${tag}` : ""}@${digest}`;
  return tag ? `${newName}:${tag}` : newName;
}
function imageFieldVisitor(rules) {
  return (holder, key) => {
    const cur = holder.v.get(key);
    if (cur?.t !== "s" || typeof cur.v !== "string") return;
    let value = cur.v;
    let p;
    for (const rule of rules) {
      const next = rewriteImage(value, rule);
      if (next !== void 0) {
        value = next;
        p = rule.p;
      }
    }
    if (p) holder.v.set(key, { t: "s", v: value, p });
  };
}
function walkContainerLists(node, visit2) {
  if (node.t === "a") {
    for (const it of node.v) walkContainerLists(it, visit2);
    return;
  }
  if (node.t !== "m") return;
  for (const [k2, v] of node.v) {
    if ((k2 === "containers" || k2 === "initContainers") && v.t === "a") {
      for (const c of v.v) if (c.t === "m") visit2(c, "image");
    } else if (v.t !== "s") walkContainerLists(v, visit2);
  }
}
function applyImages(resources, rules) {
  if (rules.length === 0) return;
  const visit2 = imageFieldVisitor(rules);
  for (const r of resources) {
    walkContainerLists(r.root, visit2);
    for (const spec of specsFor(r).images) {
      if (/containers\[\]\/image$/i.test(spec.path) || /initContainers\[\]\/image$/.test(spec.path)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, visit2);
    }
  }
}
function applyReplicas(resources, name, count, p, fail) {
  let found = false;
  for (const r of resources) {
    if (!r.names.includes(name)) continue;
    const specs2 = specsFor(r).replicas;
    if (specs2.length > 0) found = true;
    for (const spec of specs2) {
      walkSpec(r.root, spec.path, spec.create === true, p, (holder, key) => {
        if (holder.v.has(key) || spec.create) holder.v.set(key, { t: "s", v: count, p });
      });
    }
  }
  if (!found && resources.some((r) => r.names.includes(name))) {
    const kinds = [...new Set(BUILTIN_FIELD_SPECS.replicas.map((s) => s.kind))].join(", ");
    throw fail(`replicas: no ${kinds} is named ${name}; kustomize rejects replicas for other kinds`);
  }
}
function fixNameReferences(resources, fail) {
  if (!resources.some((r) => r.prevIds.length > 0)) {
    for (const r of resources) if (gvkOf(r).kind === "RoleBinding") visibleTo(r, [], fail);
    return;
  }
  for (const referrer of resources) {
    const g = gvkOf(referrer);
    const orgKind = referrer.prevIds[0]?.kind ?? g.kind;
    let visible2;
    for (const ref of NAME_REFERENCES) {
      for (const spec of ref.fieldSpecs) {
        if (!gvkMatches(spec, orgKind, g.group, g.version)) continue;
        visible2 ??= visibleTo(referrer, resources, fail);
        const sel = { referrer, target: ref, path: spec.path, fail };
        walkSpec(referrer.root, spec.path, false, referrer.root.p, (holder, key) => {
          const cur = holder.v.get(key);
          if (!cur) return;
          if (cur.t === "s" && typeof cur.v === "string") {
            const t = selectReferral(sel, cur.v, visible2, false);
            if (t && nameOf(t) !== cur.v) holder.v.set(key, { t: "s", v: nameOf(t), p: cur.p });
          } else if (cur.t === "a") {
            cur.v = cur.v.map((item) => {
              if (item.t === "s" && typeof item.v === "string") {
                const t = selectReferral(sel, item.v, visible2, false);
                return t && nameOf(t) !== item.v ? { t: "s", v: nameOf(t), p: item.p } : item;
              }
              if (item.t === "m") setMapping(sel, item, visible2);
              return item;
            });
          } else if (cur.t === "m") {
            setMapping(sel, cur, visible2);
          }
        });
      }
    }
  }
}
function visibleTo(referrer, resources, fail) {
  if (isClusterScoped2(referrer)) return resources;
  const ns = effectiveNamespace(referrer);
  const g = gvkOf(referrer);
  const subjectNamespaces = /* @__PURE__ */ new Set();
  if (g.kind === "RoleBinding") {
    const subjects = referrer.root.v.get("subjects");
    if (subjects?.t === "a") {
      for (const s of subjects.v) {
        if (s.t !== "m" || !s.v.has("namespace") || str2(s.v.get("kind")) !== "ServiceAccount") continue;
        const n = s.v.get("namespace");
        if (n.t === "s" && typeof n.v === "string") subjectNamespaces.add(n.v);
        else throw fail(referrer, `Invalid Input: namespace is blank for a ServiceAccount subject of RoleBinding ${nameOf(referrer)} (kustomize rejects it): give it a namespace or remove the key`);
      }
    }
  }
  return resources.filter((t) => isClusterScoped2(t) || effectiveNamespace(t) === ns || subjectNamespaces.has(namespaceOf2(t)));
}
function setMapping(sel, obj, visible2) {
  const n = obj.v.get("name");
  if (n?.t !== "s" || typeof n.v !== "string") return;
  const nsNode = obj.v.get("namespace");
  let candidates = visible2;
  if (nsNode?.t === "s" && nsNode.v !== null) {
    const ns = String(nsNode.v);
    const byOriginal = visible2.filter((r) => (r.prevIds[0] ? r.prevIds[0].namespace : namespaceOf2(r)) === ns);
    candidates = byOriginal.length > 0 ? byOriginal : visible2.filter((r) => namespaceOf2(r) === ns);
  }
  const t = selectReferral(sel, n.v, candidates, true);
  if (!t) return;
  const name = nameOf(t);
  const namespace = namespaceOf2(t);
  if (name === n.v && namespace === "") return;
  if (name !== n.v) obj.v.set("name", { t: "s", v: name, p: n.p });
  if (namespace === "" || nsNode?.t === "s" && nsNode.v === namespace) return;
  const source = metaOf(t)?.v.get("namespace");
  obj.v.set("namespace", { t: "s", v: namespace, p: source?.p ?? nsNode?.p ?? n.p });
}
function selectReferral(sel, oldName, candidates, mapping) {
  const { referrer, target } = sel;
  let c = candidates.filter(
    (r) => r.prevIds.some((id) => id.name === oldName) && r.prevIds.some((id) => gvkMatches(target, id.kind, gvkOf(r).group, gvkOf(r).version))
  );
  if (c.length === 0) return void 0;
  if (sel.path.endsWith("roleRef/name")) {
    const roleRef = referrer.root.v.get("roleRef");
    const kind = roleRef?.t === "m" ? roleRef.v.get("kind") : void 0;
    const group = roleRef?.t === "m" ? roleRef.v.get("apiGroup") : void 0;
    if (kind?.t === "s" && group?.t === "s") {
      c = c.filter((r) => r.prevIds.some((id) => id.kind === String(kind.v) && gvkOf(r).group === String(group.v ?? "")));
    }
  }
  if (!isClusterScoped2(referrer)) {
    const ns = effectiveNamespace(referrer);
    c = c.filter((r) => isClusterScoped2(r) || gvkOf(r).kind === "ServiceAccount" || effectiveNamespace(r) === ns);
  }
  if (c.length === 1) return c[0];
  c = c.filter((r) => sameAffixes(r, referrer, true));
  if (c.length > 1) c = c.filter((r) => sameAffixes(r, referrer, false));
  if (c.length <= 1) return c[0];
  const first = c[0];
  if (c.every((r) => nameOf(r) === nameOf(first) && (!mapping || namespaceOf2(r) === namespaceOf2(first)))) return first;
  throw sel.fail(
    referrer,
    `found multiple possible referrals for ${target.kind} '${oldName}' in ${sel.path} of ${gvkOf(referrer).kind} ${nameOf(referrer)}: ${c.map((r) => `${gvkOf(r).kind} ${namespaceOf2(r) ? `${namespaceOf2(r)}/` : ""}${nameOf(r)}`).join(", ")} (kustomize rejects this too)`
  );
}
function sameAffixes(a, b, allowEmpty) {
  if (allowEmpty) {
    return (a.prefixes.length === 0 || b.prefixes.length === 0 || sameEnding(a.prefixes, b.prefixes)) && (a.suffixes.length === 0 || b.suffixes.length === 0 || sameEnding(a.suffixes, b.suffixes));
  }
  return sameEnding(a.prefixes, b.prefixes) && sameEnding(a.suffixes, b.suffixes);
}
function sameEnding(x, y) {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const diff = long.length - short.length;
  if (short.length === 0) return diff === 0;
  return short.every((v, i) => long[i + diff] === v);
}

// src/render/vars.ts
function collectVars(node, existing, fail) {
  if (node.t === "s" && node.v === null) return [];
  if (node.t !== "a") throw fail(node.p, "`vars` must be a list");
  const out = [];
  for (const v of node.v) {
    if (v.t !== "m") throw fail(v.p, "a var must be a mapping");
    const name = str2(v.v.get("name"));
    const objref = v.v.get("objref");
    if (!name || !objref || objref.t !== "m") throw fail(v.p, "a var needs `name` and `objref`");
    if ([...existing, ...out].some((e) => e.name === name)) throw fail(v.p, `var '${name}' already encountered`);
    const fieldref = v.v.get("fieldref");
    const fieldPath = (fieldref?.t === "m" ? str2(fieldref.v.get("fieldpath")) : void 0) ?? "metadata.name";
    const def = {
      name,
      kind: str2(objref.v.get("kind")) ?? "",
      objName: str2(objref.v.get("name")) ?? "",
      fieldPath,
      p: v.p
    };
    const apiVersion = str2(objref.v.get("apiVersion"));
    if (apiVersion) def.apiVersion = apiVersion;
    const ns = str2(objref.v.get("namespace"));
    if (ns) def.namespace = ns;
    out.push(def);
  }
  return out;
}
var VAR_RE = /\$\(([A-Za-z0-9_.-]+)\)/g;
function resolveVars(resources, vars, fail) {
  if (vars.length === 0) return;
  const values = /* @__PURE__ */ new Map();
  for (const v of vars) {
    const { group, version: version2 } = splitApiVersion(v.apiVersion ?? "");
    const matches2 = resources.filter((r) => {
      const g = gvkOf(r);
      if (g.kind !== v.kind) return false;
      if (v.apiVersion && (g.group !== group || version2 && g.version !== version2)) return false;
      if (!r.names.includes(v.objName)) return false;
      if (v.namespace && !r.namespaces.includes(v.namespace)) return false;
      return true;
    });
    if (matches2.length !== 1) {
      const msg = matches2.length === 0 ? `var '${v.name}' cannot be mapped to a field in the set of known resources` : `var '${v.name}' matches more than one resource`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    const found = lookupAll(matches2[0].root, parseFieldPath(v.fieldPath));
    if (found.length === 0 || found[0].t !== "s") {
      const msg = `var '${v.name}': field ${v.fieldPath} not found (or not a scalar) in ${v.kind} ${v.objName}`;
      if (fail) throw fail(v.p, msg);
      throw new Error(msg);
    }
    values.set(v.name, found[0]);
  }
  const replaceIn = (node) => {
    if (node.t !== "s" || typeof node.v !== "string" || !node.v.includes("$(")) return node;
    const whole = /^\$\(([A-Za-z0-9_.-]+)\)$/.exec(node.v);
    if (whole) {
      const val = values.get(whole[1]);
      if (val && val.t === "s") return { t: "s", v: val.v, p: val.p };
    }
    const replaced = node.v.replace(VAR_RE, (m, name) => {
      const val = values.get(name);
      return val && val.t === "s" ? String(val.v) : m;
    });
    return replaced === node.v ? node : { t: "s", v: replaced, p: node.p };
  };
  for (const r of resources) {
    const g = gvkOf(r);
    for (const spec of BUILTIN_FIELD_SPECS.varReference) {
      if (!gvkMatches(spec, g.kind, g.group, g.version)) continue;
      walkSpec(r.root, spec.path, false, r.root.p, (holder, key) => {
        const cur = holder.v.get(key);
        if (!cur) return;
        if (cur.t === "a") cur.v = cur.v.map(replaceIn);
        else if (cur.t === "m") for (const [k2, v] of cur.v) cur.v.set(k2, replaceIn(v));
        else holder.v.set(key, replaceIn(cur));
      });
    }
  }
}

// src/render/build.ts
var KUSTOMIZATION_FILES2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var UnsupportedFeature = class extends RenderError {
  constructor(message, where2) {
    super(message, where2);
    this.name = "UnsupportedFeature";
  }
};
var UNSUPPORTED_FIELDS = [
  "helmCharts",
  "helmChartInflationGenerator",
  "helmGlobals",
  "transformers",
  "generators",
  "validators",
  "openapi",
  "crds",
  "configurations"
];
var KNOWN_FIELDS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources",
  "bases",
  "components",
  "patches",
  "patchesStrategicMerge",
  "patchesJson6902",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "images",
  "replicas",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "replacements",
  "vars",
  "buildMetadata",
  "sortOptions",
  ...UNSUPPORTED_FIELDS
]);
var Builder = class {
  constructor(cache2, opts) {
    this.cache = cache2;
    this.opts = opts;
  }
  cache;
  opts;
  inputs = /* @__PURE__ */ new Set();
  /** Non-fatal findings (a patch target that matches nothing: kustomize ignores it, we say so). */
  warnings = [];
  /** Real roots being loaded (kustomize's referrer chain), for cycle detection. */
  stack = [];
  // --- errors ---
  at(p, msg) {
    const o = materialize(p);
    return new RenderError(`${o.file}:${o.line}:${o.column}: ${msg}`, { file: o.file, line: o.line, column: o.column });
  }
  // --- loading ---
  findKustomizationFile(dir) {
    const found = KUSTOMIZATION_FILES2.map((f) => path3.join(dir, f)).filter((f) => this.cache.kind(f) === "file");
    if (found.length > 1) {
      throw new RenderError(
        `${dir}: found multiple kustomization files (${found.map((f) => path3.basename(f)).join(", ")}); kustomize requires exactly one`,
        { file: found[0] }
      );
    }
    return found[0];
  }
  /** Apply the restrictor; a refusal becomes a RenderError at `p` (or naming `file` when there is no line). */
  restricted(p, file, check) {
    try {
      return check();
    } catch (e) {
      if (!(e instanceof RestrictionError)) throw e;
      throw p ? this.at(p, e.message) : new RenderError(`${file}: ${e.message}`, { file });
    }
  }
  loadKustomization(root, from) {
    const dir = root.shown;
    const found = this.findKustomizationFile(dir);
    if (!found) {
      const msg = `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir}'`;
      throw from ? this.at(from, msg) : new RenderError(msg, { file: dir });
    }
    const file = this.restricted(from, found, () => this.opts.restrictor.file(root.real, path3.basename(found)))?.shown ?? found;
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, "kustomization");
    const first = parsed.docs.find((d) => d.root !== null);
    const kroot = first?.root && first.root.t === "m" ? first.root : {
      t: "m",
      v: /* @__PURE__ */ new Map(),
      p: { doc: { file, docIndex: 0, linePos: () => ({ line: 1, col: 1 }) }, start: 0, end: 0, yamlPath: [], via: "kustomization" }
    };
    if (first?.root && first.root.t !== "m") throw this.at(first.root.p, "a kustomization must be a YAML mapping");
    for (const [key, value] of kroot.v) {
      if (UNSUPPORTED_FIELDS.includes(key)) {
        const isEmpty = value.t === "a" && value.v.length === 0 || value.t === "s" && value.v === null;
        if (!isEmpty) {
          const o = materialize(value.p);
          throw new UnsupportedFeature(`${file}:${o.line}: \`${key}\` is not supported by pgwarden's renderer`, {
            file,
            line: o.line,
            column: o.column
          });
        }
      } else if (!KNOWN_FIELDS.has(key)) {
        throw this.at(value.p, `invalid Kustomization: json: unknown field "${key}"`);
      }
    }
    return { dir, real: root.real, file, root: kroot, kind: str2(kroot.v.get("kind")) ?? "Kustomization" };
  }
  /**
   * A file a kustomization names, through the load restrictor (symlinks resolved first). Returns the path to
   * read and show; a path that does not exist comes back as the lexical join, for the caller's own message.
   */
  resolvePath(k2, rel, p) {
    const r = this.restricted(p, k2.file, () => this.opts.restrictor.file(k2.real, rel));
    return r?.shown ?? path3.resolve(k2.dir, rel);
  }
  list(k2, field2) {
    const v = k2.root.v.get(field2);
    if (!v || v.t === "s" && v.v === null) return [];
    if (v.t !== "a") throw this.at(v.p, `\`${field2}\` must be a list`);
    return v.v;
  }
  /** Build a kustomization directory into a fresh accumulator. */
  buildDir(root, from, allowComponent = false) {
    const k2 = this.loadKustomization(root, from);
    if (k2.kind === "Component" && !allowComponent) {
      const msg = `expected kind != 'Component' for path '${k2.dir}'; a Component belongs under \`components:\``;
      throw from ? this.at(from, msg) : new RenderError(`${k2.file}: ${msg}`, { file: k2.file });
    }
    this.stack.push(k2.real);
    try {
      const acc = { resources: [], vars: [] };
      this.accumulate(k2, acc, true);
      return acc;
    } finally {
      this.stack.pop();
    }
  }
  /** The top-level build: accumulate, then hash generated names, fix name references, resolve vars. */
  buildTop(dir) {
    const root = this.restricted(void 0, dir, () => this.opts.restrictor.topRoot(dir));
    if (!root) throw new RenderError(`${path3.resolve(dir)}: no such directory`, { file: path3.resolve(dir) });
    const k2 = this.loadKustomization(root);
    this.stack.push(k2.real);
    let acc;
    try {
      acc = { resources: [], vars: [] };
      this.accumulate(k2, acc, true);
    } finally {
      this.stack.pop();
    }
    for (const r of acc.resources) {
      if (r.needsHash) {
        const json2 = toJSON(r.root);
        storePreviousId(r);
        setName(r, hashedName(json2));
      }
    }
    fixNameReferences(acc.resources, (r, msg) => this.at(r.root.p, msg));
    resolveVars(acc.resources, acc.vars, (p, m) => this.at(p, m));
    for (const r of acc.resources) {
      const meta = metaOf(r);
      const ann = meta?.v.get("annotations");
      if (ann && (ann.t === "m" && ann.v.size === 0 || ann.t === "s" && ann.v === null)) meta.v.delete("annotations");
      if (ann?.t === "m") {
        for (const [key, v] of ann.v) {
          if (v.t === "s" && (typeof v.v === "number" || typeof v.v === "boolean")) ann.v.set(key, { ...v, v: String(v.v) });
        }
      }
    }
    return acc.resources;
  }
  addResource(acc, r, at2) {
    this.addResources(acc, [r], at2);
  }
  /** Append, rejecting an id that is already there (ids are current ones: they change as transformers run). */
  addResources(acc, list, at2) {
    const ids = new Set(acc.resources.map(idKey));
    for (const r of list) {
      const key = idKey(r);
      if (ids.has(key)) throw this.at(at2, `may not add resource with an already registered id: ${idString(r)}`);
      ids.add(key);
      acc.resources.push(r);
    }
  }
  accumulate(k2, acc, withComponents) {
    const isComponent = k2.kind === "Component";
    for (const entry of [...this.list(k2, "resources"), ...this.list(k2, "bases")]) {
      const rel = str2(entry);
      if (rel === void 0) throw this.at(entry.p, "a `resources` entry must be a string");
      if (/^(https?:\/\/|git@|ssh:\/\/|git::)/.test(rel) || /^github\.com\//.test(rel) || rel.includes("?ref=")) {
        const o = materialize(entry.p);
        throw new UnsupportedFeature(`${k2.file}:${o.line}: remote resource ${rel} is not supported by pgwarden's renderer`, {
          file: k2.file,
          line: o.line,
          column: o.column
        });
      }
      const restrictor = this.opts.restrictor;
      const resolved = this.restricted(entry.p, k2.file, () => restrictor.realpath(path3.isAbsolute(rel) ? rel : path3.join(k2.real, rel)));
      const kind = typeof resolved === "string" ? this.cache.kind(resolved) : "missing";
      if (kind === "missing") {
        throw this.at(entry.p, `accumulating resources: '${path3.resolve(k2.dir, rel)}' must resolve to a file or a directory (it does not exist)`);
      }
      if (kind === "dir") {
        const root = this.restricted(entry.p, k2.file, () => restrictor.newRoot(k2.real, rel, this.stack));
        const sub = this.buildDir(root, entry.p);
        if (isComponent) for (const r of sub.resources) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, sub.resources, entry.p);
        acc.vars.push(...sub.vars);
      } else {
        const loaded = this.loadResourceFile(this.resolvePath(k2, rel, entry.p));
        if (isComponent) for (const r of loaded) r.hiddenFromGeneratorMerge = true;
        this.addResources(acc, loaded, entry.p);
      }
    }
    const componentEntries = this.list(k2, "components").map((e) => {
      const rel = str2(e);
      if (rel === void 0) throw this.at(e.p, "a `components` entry must be a string");
      return { rel, p: e.p };
    });
    if (withComponents && this.stack.length === 1) {
      for (const extra of this.opts.extraComponents) {
        componentEntries.push({ rel: path3.isAbsolute(extra) ? path3.relative(k2.dir, extra) : extra, p: k2.root.p });
      }
    }
    for (const c of componentEntries) {
      const root = this.restricted(c.p, k2.file, () => this.opts.restrictor.newRoot(k2.real, c.rel, this.stack));
      if (!root || this.cache.kind(root.real) !== "dir") throw this.at(c.p, `component '${path3.resolve(k2.dir, c.rel)}' must be a directory`);
      const comp = this.loadKustomization(root, c.p);
      if (comp.kind !== "Component") {
        throw this.at(c.p, `expected kind 'Component' for path '${comp.dir}' but got '${comp.kind}'`);
      }
      this.stack.push(comp.real);
      try {
        this.accumulate(comp, acc, false);
      } finally {
        this.stack.pop();
      }
    }
    this.runGenerators(k2, acc);
    this.runTransformers(k2, acc);
    const varsNode = k2.root.v.get("vars");
    if (varsNode) acc.vars.push(...collectVars(varsNode, acc.vars, (p, m) => this.at(p, m)));
  }
  loadResourceFile(file) {
    this.inputs.add(file);
    const parsed = this.cache.parseFile(file, "resource");
    const out = [];
    for (const d of parsed.docs) {
      if (!d.root) continue;
      const root = clone(d.root);
      if (root.t === "m") {
        const kind = str2(root.v.get("kind"));
        const items2 = root.v.get("items");
        if (kind?.endsWith("List") && items2 && items2.t === "a") {
          for (const it of items2.v) out.push(newResource(it, file));
          continue;
        }
      }
      out.push(newResource(root, file));
    }
    return out;
  }
  // --- generators ---
  runGenerators(k2, acc) {
    if (!k2.root.v.has("configMapGenerator") && !k2.root.v.has("secretGenerator")) return;
    const json2 = toJSON(k2.root);
    const ctx = {
      kustomizationFile: k2.file,
      readFile: (abs) => {
        const r = this.opts.restrictor.file(k2.real, path3.relative(k2.dir, abs));
        const file = r?.shown ?? abs;
        this.inputs.add(file);
        return this.cache.readBytes(file);
      },
      locate: (yamlPath) => {
        let cur = k2.root;
        for (const seg of yamlPath) cur = child(cur, String(seg));
        return cur ? materialize(cur.p) : void 0;
      },
      generatorOptions: json2.generatorOptions
    };
    let generated;
    try {
      generated = runGenerators(json2, ctx);
    } catch (e) {
      if (e instanceof GeneratorError) {
        const where2 = { file: e.file };
        if (e.line !== void 0) where2.line = e.line;
        if (e.column !== void 0) where2.column = e.column;
        throw new RenderError(e.message, where2);
      }
      throw e;
    }
    for (const g of generated) {
      const genNode = k2.root.v.get(g.source.field);
      const entryNode = genNode?.t === "a" ? genNode.v[g.source.index] : void 0;
      const entryProv = withViaGen(entryNode?.p ?? k2.root.p);
      const root = fromJSON(g.object, entryProv);
      for (const [pointer, origin] of g.origins) {
        const node = nodeAt(root, pointer);
        if (node) node.p = fixedProv(origin);
      }
      const r = newResource(root, k2.file);
      r.generated = true;
      r.needsHash = g.needsHashSuffix;
      if (g.behavior === "create") {
        this.addResource(acc, r, entryProv);
        continue;
      }
      const kind = gvkOf(r).kind;
      const ns = namespaceOf2(r);
      const wantNs = ns === "" ? "default" : ns;
      const existing = acc.resources.find(
        (x) => !x.hiddenFromGeneratorMerge && gvkOf(x).kind === kind && x.names.includes(g.source.name) && x.namespaces.some((n) => (n === "" ? "default" : n) === wantNs)
      );
      if (!existing) {
        throw this.at(
          entryProv,
          `${g.source.field} \`${g.source.name}\` has behavior ${g.behavior} but no ${kind} named ${g.source.name} comes from a base (kustomize fails the same way)`
        );
      }
      const mergedJson = mergeGenerated(toJSON(existing.root), g.object, g.behavior);
      const merged = fromJSON(mergedJson, entryProv);
      carryProvenance(merged, existing.root, root);
      existing.root = merged;
      existing.needsHash = Boolean(existing.needsHash) && g.needsHashSuffix;
    }
  }
  // --- transformers, in kustomize's order ---
  runTransformers(k2, acc) {
    const res = acc.resources;
    for (const entry of this.list(k2, "patchesStrategicMerge")) {
      for (const patch of this.patchDocs(k2, entry)) this.applyStrategicPatch(res, patch, void 0, entry.p, acc);
    }
    for (const entry of this.list(k2, "patches")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `patches` entry must be a mapping with `path` or `patch`");
      const target = readSelector(entry.v.get("target"));
      const docs = this.patchEntryDocs(k2, entry);
      for (const doc of docs) {
        if (doc.t === "a") {
          if (!target) throw this.at(entry.p, "a JSON 6902 patch needs a `target`");
          this.applyJson6902(res, doc, target, entry.p);
        } else {
          const options2 = entry.v.get("options");
          const flag = (key) => {
            const v = options2?.t === "m" ? options2.v.get(key) : void 0;
            return v?.t === "s" && v.v === true;
          };
          this.applyStrategicPatch(res, doc, target, entry.p, acc, {
            allowNameChange: flag("allowNameChange"),
            allowKindChange: flag("allowKindChange")
          });
        }
      }
    }
    const nsNode = k2.root.v.get("namespace");
    const ns = this.typedString(nsNode, "namespace");
    if (nsNode && ns) applyNamespace(res, ns, nsNode.p);
    const prefixNode = k2.root.v.get("namePrefix");
    const suffixNode = k2.root.v.get("nameSuffix");
    const prefix = this.typedString(prefixNode, "namePrefix") ?? "";
    const suffix = this.typedString(suffixNode, "nameSuffix") ?? "";
    if (prefix || suffix) applyPrefixSuffix(res, prefix, suffix, (prefixNode ?? suffixNode).p);
    const commonLabels = k2.root.v.get("commonLabels");
    if (commonLabels) {
      applyLabels(res, this.pairs(commonLabels, "commonLabels"), { selectors: true, templates: true }, commonLabels.p);
    }
    for (const entry of this.list(k2, "labels")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `labels` entry must be a mapping");
      const pairsNode = entry.v.get("pairs");
      if (!pairsNode) continue;
      const includeSelectors = entry.v.get("includeSelectors");
      const includeTemplates = entry.v.get("includeTemplates");
      const sel = includeSelectors?.t === "s" && includeSelectors.v === true;
      const tpl = includeTemplates?.t === "s" && includeTemplates.v === true;
      const fields = entry.v.get("fields");
      const extra = [];
      if (fields?.t === "a") {
        for (const f of fields.v) {
          const json2 = toJSON(f);
          if (typeof json2.path === "string") {
            const spec = { path: json2.path };
            for (const key of ["group", "version", "kind"]) if (typeof json2[key] === "string") spec[key] = json2[key];
            if (json2.create === true) spec.create = true;
            extra.push(spec);
          }
        }
      }
      applyLabels(res, this.pairs(pairsNode, "labels.pairs"), { selectors: sel, templates: sel || tpl }, pairsNode.p, extra);
    }
    const annotations = k2.root.v.get("commonAnnotations");
    if (annotations) applyAnnotations(res, this.pairs(annotations, "commonAnnotations"), annotations.p);
    for (const entry of this.list(k2, "patchesJson6902")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `patchesJson6902` entry must be a mapping");
      const target = readSelector(entry.v.get("target"));
      if (!target) throw this.at(entry.p, "a `patchesJson6902` entry needs a `target`");
      for (const doc of this.patchEntryDocs(k2, entry)) {
        if (doc.t !== "a") throw this.at(doc.p, "a JSON 6902 patch must be a list of operations");
        this.applyJson6902(res, doc, target, entry.p);
      }
    }
    for (const entry of this.list(k2, "replicas")) {
      if (entry.t !== "m") throw this.at(entry.p, "a `replicas` entry must be a mapping");
      const name = this.typedString(entry.v.get("name"), "replicas.name");
      const countNode = entry.v.get("count");
      if (!name || !countNode || countNode.t !== "s" || typeof countNode.v !== "number") {
        throw this.at(entry.p, "a `replicas` entry needs `name` and an integer `count`");
      }
      applyReplicas(res, name, countNode.v, countNode.p, (msg) => this.at(entry.p, msg));
    }
    const rules = [];
    for (const entry of this.list(k2, "images")) {
      if (entry.t !== "m") throw this.at(entry.p, "an `images` entry must be a mapping");
      const name = this.typedString(entry.v.get("name"), "images.name");
      if (!name) throw this.at(entry.p, "an `images` entry needs `name`");
      const newName = entry.v.get("newName");
      const newTag = entry.v.get("newTag");
      const digest = entry.v.get("digest");
      const rule = { name, p: (newTag ?? digest ?? newName ?? entry).p };
      const nn = this.typedString(newName, "images.newName");
      const nt = this.typedString(newTag, "images.newTag");
      const dg = this.typedString(digest, "images.digest");
      if (nn !== void 0) rule.newName = nn;
      if (nt !== void 0) rule.newTag = nt;
      if (dg !== void 0) rule.digest = dg;
      rules.push(rule);
    }
    applyImages(res, rules);
    const replacements = this.list(k2, "replacements");
    if (replacements.length > 0) {
      const entries = [];
      for (const e of replacements) {
        if (e.t === "m" && e.v.has("path")) {
          const rel = str2(e.v.get("path"));
          const abs = this.resolvePath(k2, rel, e.p);
          if (this.cache.kind(abs) !== "file") throw this.at(e.p, `replacement file '${abs}' does not exist`);
          this.inputs.add(abs);
          for (const d of this.cache.parseFile(abs, "kustomization").docs) {
            if (!d.root) continue;
            if (d.root.t === "a") entries.push(...d.root.v);
            else entries.push(d.root);
          }
        } else entries.push(e);
      }
      applyReplacements(res, entries, (p, m) => this.at(p, m));
    }
  }
  pairs(node, field2) {
    if (node.t === "s" && node.v === null) return [];
    if (node.t !== "m") throw this.at(node.p, `\`${field2}\` must be a map`);
    const out = [];
    for (const [key, v] of node.v) out.push({ key, value: this.typedString(v, `${field2}.${key}`) ?? "", p: v.p });
    return out;
  }
  /**
   * A kustomization field Go unmarshals into a string: a YAML number or bool there is an error in kustomize
   * ("cannot unmarshal number into Go struct field … of type string"), so it is one here. null reads as "".
   */
  typedString(node, field2) {
    if (!node) return void 0;
    if (node.t !== "s") throw this.at(node.p, `invalid Kustomization: \`${field2}\` must be a string`);
    if (node.v === null) return void 0;
    if (typeof node.v !== "string") {
      throw this.at(
        node.p,
        `invalid Kustomization: \`${field2}\` is read as a ${typeof node.v}, not a string (kustomize rejects it): quote it`
      );
    }
    return node.v;
  }
  // --- patches ---
  /** The documents of a `patches`/`patchesJson6902` entry (inline `patch:` or `path:`), relabelled `via: patch`. */
  patchEntryDocs(k2, entry) {
    const inline = entry.v.get("patch");
    const rel = str2(entry.v.get("path"));
    if (inline && inline.t === "s" && typeof inline.v === "string") return this.inlineDocs(k2, inline);
    if (rel !== void 0) return this.patchFileDocs(k2, rel, entry.p);
    throw this.at(entry.p, "a patch entry needs `path` or `patch`");
  }
  /** patchesStrategicMerge entries: a path, or an inline YAML string. */
  patchDocs(k2, entry) {
    const s = str2(entry);
    if (s === void 0) {
      if (entry.t === "m") return [cloneVia(entry, "patch")];
      throw this.at(entry.p, "a `patchesStrategicMerge` entry must be a path or an inline patch");
    }
    if (s.includes("\n") || /^\s*(apiVersion|kind)\s*:/.test(s)) return this.inlineDocs(k2, entry);
    return this.patchFileDocs(k2, s, entry.p);
  }
  patchFileDocs(k2, rel, p) {
    const abs = this.resolvePath(k2, rel, p);
    if (this.cache.kind(abs) !== "file") throw this.at(p, `patch file '${abs}' does not exist`);
    this.inputs.add(abs);
    return this.cache.parseFile(abs, "patch").docs.filter((d) => d.root !== null).map((d) => d.root);
  }
  /** Parse an inline patch string; positions map back to the kustomization's lines (block scalars exactly). */
  inlineDocs(k2, node) {
    return this.cache.memoize(`inline\0${k2.file}\0${node.p.start}`, () => this.parseInline(k2, node));
  }
  parseInline(k2, node) {
    const text = String(node.v);
    const hostText = this.cache.readText(k2.file);
    const host = node.p.doc;
    const start = host.linePos(node.p.start);
    const indicator = hostText[node.p.start];
    let mapPos;
    if (indicator === "|") {
      const lines = hostText.slice(node.p.start).split("\n");
      let indent = 0;
      for (let i = 1; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === "") continue;
        indent = l.length - l.trimStart().length;
        break;
      }
      mapPos = (line, col) => ({ line: start.line + line, col: col + indent });
    } else {
      mapPos = () => start;
    }
    const parsed = parseYamlText(text, k2.file, "patch", mapPos, [...node.p.yamlPath]);
    return parsed.docs.filter((d) => d.root !== null).map((d) => d.root);
  }
  applyStrategicPatch(res, patch, target, at2, acc, options2 = { allowNameChange: false, allowKindChange: false }) {
    if (patch.t !== "m") throw this.at(patch.p, "a strategic merge patch must be a mapping");
    let matches2;
    if (target) {
      matches2 = this.select(res, target, at2);
      if (matches2.length === 0) this.noMatch(at2, target);
    } else {
      const { group, version: version2 } = splitApiVersion(str2(patch.v.get("apiVersion")) ?? "");
      const kind = str2(patch.v.get("kind")) ?? "";
      const meta = patch.v.get("metadata");
      const name = str2(child(meta, "name")) ?? "";
      const ns = str2(child(meta, "namespace")) ?? "";
      matches2 = res.filter((r) => {
        const g = gvkOf(r);
        if (g.group !== group || version2 && g.version !== version2) return false;
        const ids = [...r.prevIds, { kind: g.kind, name: nameOf(r) }];
        if (!ids.some((id) => id.kind === kind && id.name === name) && !(g.kind === kind && r.names.includes(name))) return false;
        if (ns && ns !== "default" && !r.namespaces.includes(ns)) return false;
        return true;
      });
      if (matches2.length === 0) {
        throw this.at(
          patch.p,
          `no matches for Id ${kind}.${version2}.${group || "[noGrp]"}/${name}.${ns || "[noNs]"}; failed to find unique target for patch`
        );
      }
      if (matches2.length > 1) {
        throw this.at(patch.p, `multiple matches for Id ${kind} ${name}; failed to find unique target for patch`);
      }
    }
    for (const r of matches2) {
      const g = gvkOf(r);
      const p = cloneVia(patch, "patch");
      if (options2.allowNameChange || options2.allowKindChange) storePreviousId(r);
      if (target) {
        const m = p.v.get("metadata");
        if (m && m.t === "m" && !options2.allowNameChange) {
          m.v.delete("name");
          m.v.delete("namespace");
        }
        if (!options2.allowKindChange) {
          p.v.delete("apiVersion");
          p.v.delete("kind");
        }
      }
      const before = { kind: r.root.v.get("kind"), name: metaOf(r)?.v.get("name"), namespace: metaOf(r)?.v.get("namespace") };
      const merged = mergeNode(r.root, p, { strategic: isBuiltinGroup(g.group), kind: g.kind });
      if (merged === void 0) {
        acc.resources.splice(acc.resources.indexOf(r), 1);
        continue;
      }
      if (merged.t !== "m") throw this.at(at2, "a patch turned a resource into a non-mapping");
      r.root = merged;
      if (!options2.allowKindChange && before.kind) r.root.v.set("kind", before.kind);
      const meta = metaOf(r);
      if (meta) {
        if (!options2.allowNameChange && before.name) meta.v.set("name", before.name);
        if (before.namespace) meta.v.set("namespace", before.namespace);
        else meta.v.delete("namespace");
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf2(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }
  /** Resources a target selects; a bad regex or label selector is reported at the patch entry. */
  select(res, target, at2) {
    try {
      return res.filter((r) => selects(target, r));
    } catch (e) {
      if (e instanceof RenderError && e.file === void 0) throw this.at(at2, e.message);
      throw e;
    }
  }
  /** kustomize applies a patch whose target selects nothing as a no-op; we keep going but warn, with the line. */
  noMatch(at2, target) {
    const o = materialize(at2);
    this.warnings.push({
      severity: "warning",
      message: `${o.file}:${o.line}:${o.column}: the patch target (${describeSelector(target)}) matches no resource, so the patch does nothing`,
      file: o.file,
      line: o.line,
      column: o.column
    });
  }
  applyJson6902(res, doc, target, at2) {
    const ops = readOps(doc);
    const matches2 = this.select(res, target, at2);
    if (matches2.length === 0) this.noMatch(at2, target);
    for (const r of matches2) {
      storePreviousId(r);
      try {
        applyJsonPatch(r.root, ops);
      } catch (e) {
        if (e instanceof RenderError) {
          throw new RenderError(`${e.message} (target ${idString(r)})`, { file: e.file, line: e.line, column: e.column });
        }
        throw e;
      }
      const newName = nameOf(r);
      if (!r.names.includes(newName)) r.names.push(newName);
      const newNs = namespaceOf2(r);
      if (!r.namespaces.includes(newNs)) r.namespaces.push(newNs);
    }
  }
};
function withViaGen(p) {
  return p.via === "generator" ? p : { ...p, via: "generator" };
}
function fixedProv(o) {
  const doc = {
    file: o.file,
    docIndex: o.docIndex,
    linePos: (off) => off === 0 ? { line: o.line, col: o.column } : { line: o.endLine, col: o.endColumn }
  };
  return { doc, start: 0, end: 1, yamlPath: o.yamlPath, via: o.via };
}
function nodeAt(root, pointer) {
  let cur = root;
  for (const seg of parsePointer(pointer)) cur = child(cur, seg);
  return cur;
}
function carryProvenance(merged, oldNode, newNode) {
  if (newNode && merged.t === newNode.t && merged.t === "s" && newNode.v === merged.v) {
    merged.p = newNode.p;
    return;
  }
  if (oldNode && merged.t === oldNode.t && merged.t === "s" && oldNode.v === merged.v) {
    merged.p = oldNode.p;
    return;
  }
  if (merged.t === "m") {
    if (newNode?.t === "m") merged.p = newNode.p;
    for (const [key, v] of merged.v) {
      carryProvenance(v, oldNode?.t === "m" ? oldNode.v.get(key) : void 0, newNode?.t === "m" ? newNode.v.get(key) : void 0);
    }
  }
}

// src/render/audit.ts
import path4 from "node:path";
var KUSTOMIZATION_FILES3 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var REMOTE = /^(https?:\/\/|git@|ssh:\/\/|git::|oci:\/\/)|^github\.com\/|\?ref=/;
function items(node) {
  return node?.t === "a" ? node.v : [];
}
function field(node, key) {
  return node?.t === "m" ? node.v.get(key) : void 0;
}
function namedPaths(k2) {
  const out = [];
  const add = (node, as) => {
    const rel = node ? str2(node) : void 0;
    if (node && rel !== void 0 && rel !== "" && !rel.includes("\n") && !REMOTE.test(rel)) out.push({ node, rel, as });
  };
  for (const key of ["resources", "bases", "generators", "transformers", "validators"]) for (const e of items(k2.v.get(key))) add(e, "either");
  for (const e of items(k2.v.get("components"))) add(e, "dir");
  for (const key of ["patchesStrategicMerge", "configurations", "crds"]) for (const e of items(k2.v.get(key))) add(e, "file");
  for (const key of ["patches", "patchesJson6902", "replacements"]) for (const e of items(k2.v.get(key))) add(field(e, "path"), "file");
  add(field(k2.v.get("openapi"), "path"), "file");
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const g of items(k2.v.get(key))) {
      for (const f of items(field(g, "files"))) {
        const s = str2(f);
        if (s !== void 0) out.push({ node: f, rel: s.includes("=") ? s.slice(s.indexOf("=") + 1) : s, as: "file" });
      }
      for (const f of items(field(g, "envs"))) add(f, "file");
      add(field(g, "env"), "file");
    }
  }
  for (const h of items(k2.v.get("helmCharts"))) {
    add(field(h, "valuesFile"), "file");
    for (const f of items(field(h, "additionalValuesFiles"))) add(f, "file");
  }
  add(field(k2.v.get("helmGlobals"), "chartHome"), "dir");
  return out.filter((p) => !REMOTE.test(p.rel));
}
function at(p, message) {
  const o = materialize(p);
  return new RenderError(`${o.file}:${o.line}:${o.column}: ${message}`, { file: o.file, line: o.line, column: o.column });
}
function auditTree(top, restrictor, cache2) {
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (root, chain) => {
    if (seen.has(root.real)) return;
    seen.add(root.real);
    const found = KUSTOMIZATION_FILES3.map((f) => path4.join(root.shown, f)).find((f) => cache2.kind(f) === "file");
    if (!found) return;
    const kfile = restrictor.file(root.real, path4.basename(found));
    if (!kfile) return;
    const doc = cache2.parseFile(kfile.shown, "kustomization").docs.find((d) => d.root !== null)?.root;
    if (doc?.t !== "m") return;
    for (const { node, rel, as } of namedPaths(doc)) {
      try {
        const real = restrictor.realpath(path4.isAbsolute(rel) ? rel : path4.join(root.real, rel));
        const isDir = typeof real === "string" && cache2.kind(real) === "dir";
        if (as === "dir" || as === "either" && isDir) {
          const sub = restrictor.newRoot(root.real, rel, [...chain, root.real]);
          if (sub && cache2.kind(sub.real) === "dir") visit2(sub, [...chain, root.real]);
        } else {
          restrictor.file(root.real, rel);
        }
      } catch (e) {
        if (e instanceof RestrictionError) throw at(node.p, e.message);
        throw e;
      }
    }
  };
  visit2(top, []);
}

// src/render/fallback.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import path5 from "node:path";
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
function onPath(cmd) {
  const dirs = (process.env.PATH ?? "").split(path5.delimiter);
  for (const d of dirs) {
    if (!d) continue;
    const full = path5.join(d, cmd);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
    }
  }
  return void 0;
}
var toolCache;
function fallbackTool() {
  if (toolCache === void 0) {
    const kustomize = onPath("kustomize");
    const kubectl = onPath("kubectl");
    toolCache = kustomize ? { cmd: kustomize, args: ["build"] } : kubectl ? { cmd: kubectl, args: ["kustomize"] } : null;
  }
  return toolCache ?? void 0;
}
function fileProv(file, line, via) {
  const doc = { file, docIndex: 0, linePos: () => ({ line, col: 1 }) };
  return { doc, start: 0, end: 0, yamlPath: [], via };
}
function locateInFile(cache2, file, kind, name) {
  try {
    const pf = cache2.parseFile(file, "resource");
    for (const d of pf.docs) {
      const r = d.root;
      if (r?.t !== "m") continue;
      const meta = r.v.get("metadata");
      const n = meta?.t === "m" ? str2(meta.v.get("name")) : void 0;
      if (str2(r.v.get("kind")) === kind && n === name) {
        return { line: r.p.doc.linePos(r.p.start).line, docIndex: d.docIndex };
      }
    }
  } catch {
  }
  return { line: 1, docIndex: 0 };
}
function runFallback(dir, cache2, loadRestrictor, isComponent = false) {
  const tool = fallbackTool();
  if (!tool) throw new RenderError(`${dir}: this app needs kustomize itself, and neither kustomize nor kubectl is on PATH`);
  const tmp = mkdtempSync(path5.join(tmpdir(), "pgwarden-kustomize-"));
  try {
    writeFileSync2(
      path5.join(tmp, "kustomization.yaml"),
      // A Component cannot be a resource: include it as a component of the (empty) wrapper instead.
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
${isComponent ? "components" : "resources"}:
- ${JSON.stringify(path5.relative(tmp, path5.resolve(dir)))}
buildMetadata: [originAnnotations]
`
    );
    const args = [...tool.args, tmp];
    if (loadRestrictor === "none") args.push("--load-restrictor=LoadRestrictionsNone");
    let out;
    try {
      out = execFileSync2(tool.cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 12e4, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      const stderr = String(e.stderr ?? "").trim();
      const first = stderr.split("\n").find((l) => l.trim()) ?? String(e);
      throw new RenderError(`${dir}: ${path5.basename(tool.cmd)} failed: ${first.replaceAll(tmp, "<wrapper>")}`, { file: dir });
    }
    const objects = [];
    for (const doc of parseYamlStream(out)) {
      const json2 = yamlToJS(doc);
      if (!json2 || typeof json2 !== "object" || Array.isArray(json2)) continue;
      const obj = json2;
      const meta = obj.metadata ?? {};
      const annotations = meta.annotations ?? {};
      let originFile = path5.resolve(dir);
      const originText = annotations[ORIGIN_ANNOTATION];
      if (typeof originText === "string") {
        const origin = parseYamlValue(originText);
        const rel = origin && typeof origin.path === "string" ? origin.path : origin?.configuredIn;
        if (typeof rel === "string") originFile = path5.resolve(tmp, rel);
        delete annotations[ORIGIN_ANNOTATION];
        if (Object.keys(annotations).length === 0) delete meta.annotations;
      }
      if (cache2.kind(originFile) === "dir") {
        const k2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((f) => path5.join(originFile, f));
        originFile = k2.find((f) => cache2.kind(f) === "file") ?? originFile;
      }
      const kind = typeof obj.kind === "string" ? obj.kind : "";
      const name = typeof meta.name === "string" ? meta.name : "";
      const at2 = originFile.endsWith(".yaml") || originFile.endsWith(".yml") ? locateInFile(cache2, originFile, kind, name) : { line: 1, docIndex: 0 };
      const p = fileProv(originFile, at2.line, "fallback");
      const node = fromJSON(obj, { ...p, doc: { ...p.doc, docIndex: at2.docIndex } });
      if (node.t === "m") objects.push(node);
    }
    return objects;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// src/render/index.ts
var ORDER_FIRST = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
var TYPE_ORDER = new Map([
  ...ORDER_FIRST.map((k2, i) => [k2, i - ORDER_FIRST.length]),
  ...ORDER_LAST.map((k2, i) => [k2, i + 1])
]);
function stringList(node) {
  if (node?.t !== "a") return [];
  return node.v.flatMap((x) => x.t === "s" && typeof x.v === "string" ? [x.v] : []);
}
function typeOrder(first, last) {
  return new Map([
    ...first.map((k2, i) => [k2, i - first.length]),
    ...last.map((k2, i) => [k2, i + 1])
  ]);
}
function sortKey(r, order) {
  const g = gvkOf(r);
  return {
    order: order.get(g.kind) ?? 0,
    gvk: `${g.group || "~G"}_${g.version || "~V"}_${g.kind || "~K"}`,
    rest: `${namespaceOf2(r) || "~X"}|${nameOf(r)}`
  };
}
function legacySort(resources, custom) {
  const order = custom ? typeOrder(custom.orderFirst, custom.orderLast) : TYPE_ORDER;
  const keyed = resources.map((r) => ({ r, k: sortKey(r, order) }));
  keyed.sort((a, b) => {
    if (a.k.order !== b.k.order) return a.k.order - b.k.order;
    if (a.k.gvk !== b.k.gvk) return a.k.gvk < b.k.gvk ? -1 : 1;
    if (a.k.rest !== b.k.rest) return a.k.rest < b.k.rest ? -1 : 1;
    return 0;
  });
  return keyed.map((x) => x.r);
}
function makeResult(roots, inputs, diagnostics) {
  const objects = roots.map((r) => toJSON(r));
  return {
    objects,
    origin(index, pointer) {
      const root = roots[index];
      if (!root) return void 0;
      return materialize(nearest(root, parsePointer(pointer)).p);
    },
    inputs: [...new Set(inputs)].sort(),
    diagnostics
  };
}
function asDiagnostic(e, file) {
  if (e instanceof RenderError) return e.toDiagnostic();
  if (e instanceof RestrictionError) return { severity: "error", message: `${file}: ${e.message}`, file };
  const msg = e instanceof Error ? e.message : String(e);
  return { severity: "error", message: `${file}: internal renderer error: ${msg}`, file };
}
function cacheFrom(opts) {
  return opts?.cache instanceof RenderCache ? opts.cache : new RenderCache();
}
async function render(dir, opts = {}) {
  const abs = path6.resolve(dir);
  const cache2 = cacheFrom(opts);
  const loadRestrictor = opts.loadRestrictor ?? "rootOnly";
  const restrictor = new PathRestrictor(loadRestrictor, opts.repoRoot ?? findRepoRoot(abs), abs);
  const builder = new Builder(cache2, { restrictor, extraComponents: opts.components ?? [] });
  try {
    let resources = builder.buildTop(abs);
    const kfile = builder.findKustomizationFile(abs);
    const top = kfile ? cache2.parseFile(kfile, "kustomization").docs[0]?.root : void 0;
    const sortOptions = top?.t === "m" ? top.v.get("sortOptions") : void 0;
    const order = sortOptions?.t === "m" ? str2(sortOptions.v.get("order")) : void 0;
    if (order !== "fifo") {
      const legacy = sortOptions?.t === "m" ? sortOptions.v.get("legacySortOptions") : void 0;
      resources = legacySort(
        resources,
        legacy?.t === "m" ? { orderFirst: stringList(legacy.v.get("orderFirst")), orderLast: stringList(legacy.v.get("orderLast")) } : void 0
      );
    }
    return makeResult(
      resources.map((r) => r.root),
      builder.inputs,
      [...builder.warnings]
    );
  } catch (e) {
    if (e instanceof UnsupportedFeature && opts.fallback !== false) {
      try {
        const kfile = builder.findKustomizationFile(abs);
        const top = kfile ? cache2.parseFile(kfile, "kustomization").docs[0]?.root : void 0;
        const isComponent = top?.t === "m" && str2(top.v.get("kind")) === "Component";
        const topRoot = restrictor.topRoot(abs);
        if (topRoot) auditTree(topRoot, restrictor, cache2);
        const roots = runFallback(abs, cache2, loadRestrictor, isComponent);
        const inputs = new Set(builder.inputs);
        for (const r of roots) if (cache2.kind(r.p.doc.file) === "file") inputs.add(r.p.doc.file);
        return makeResult(roots, inputs, [
          {
            severity: "warning",
            message: `${e.message}; rendered with kustomize itself instead, so findings point at each object's file, not the exact line`,
            ...e.file !== void 0 ? { file: e.file } : {},
            ...e.line !== void 0 ? { line: e.line } : {}
          }
        ]);
      } catch (fe) {
        return makeResult([], builder.inputs, [e.toDiagnostic(), asDiagnostic(fe, abs)]);
      }
    }
    return makeResult([], builder.inputs, [asDiagnostic(e, abs)]);
  }
}
async function renderFiles(files, opts = {}) {
  const cache2 = cacheFrom(opts);
  const roots = [];
  const diagnostics = [];
  const inputs = [];
  for (const f of files) {
    const abs = path6.resolve(f);
    inputs.push(abs);
    try {
      new PathRestrictor("none", opts.repoRoot ?? findRepoRoot(path6.dirname(abs)), path6.dirname(abs)).looseFile(abs);
      const parsed = cache2.parseFile(abs, "resource", true);
      for (const d of parsed.docs) {
        if (!d.root) continue;
        if (d.root.t !== "m" || !str2(d.root.v.get("kind"))) continue;
        if (str2(d.root.v.get("apiVersion"))?.startsWith("kustomize.config.k8s.io/")) continue;
        try {
          const kind = str2(d.root.v.get("kind"));
          const items2 = d.root.v.get("items");
          if (kind.endsWith("List") && items2?.t === "a") {
            for (const it of items2.v) if (it.t === "m") roots.push(newResource(it, abs).root);
          } else roots.push(newResource(d.root, abs).root);
        } catch (e) {
          diagnostics.push({ ...asDiagnostic(e, abs), severity: "warning" });
        }
      }
    } catch (e) {
      diagnostics.push(asDiagnostic(e, abs));
    }
  }
  return makeResult(roots, inputs, diagnostics);
}
var YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var NUMBERISH = /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?)$/;
var DATEISH = /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/;
function needsDoubleQuotes(s) {
  return s === "" || YAML11_NON_STRING.test(s) || NUMBERISH.test(s) || DATEISH.test(s);
}
var REDACTED_SECRET_VALUE = "<redacted by pgwarden>";
function redactSecret(o) {
  if (o.kind !== "Secret") return o;
  const copy = { ...o };
  for (const field2 of ["data", "stringData"]) {
    const v = o[field2];
    if (v && typeof v === "object" && !Array.isArray(v)) {
      copy[field2] = Object.fromEntries(Object.keys(v).map((k2) => [k2, REDACTED_SECRET_VALUE]));
    }
  }
  return copy;
}
function renderToYaml(result) {
  return result.objects.map((obj) => {
    const o = redactSecret(obj);
    const doc = new Document(o, {
      version: "1.1",
      sortMapEntries: (a, b) => goYamlKeyCompare(String(a.key.value), String(b.key.value)),
      aliasDuplicateObjects: false
    });
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === "string" && needsDoubleQuotes(node.value)) node.type = Scalar3.QUOTE_DOUBLE;
      }
    });
    return foldLikeGoYaml(
      doc.toString({
        indentSeq: false,
        lineWidth: 0,
        minContentWidth: 0,
        blockQuote: "literal",
        singleQuote: true,
        nullStr: "null"
      })
    );
  }).join("---\n");
}
var isLetter = (c) => new RegExp("\\p{L}", "u").test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function goYamlKeyCompare(a, b) {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i];
    const y = br[i];
    if (x === y) continue;
    const xl = isLetter(x);
    const yl = isLetter(y);
    if (xl && yl) return x < y ? -1 : 1;
    if (xl || yl) return yl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (x === "0" || y === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return ar.length - br.length;
}
var BEST_WIDTH = 80;
var LINE_RE = /^((?:\s*- )*\s*)((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#-][^\n]*?|-[^\s][^\n]*?): )?(.*)$/;
function foldLikeGoYaml(text) {
  const out = [];
  let blockIndent = -1;
  for (const line of text.split("\n")) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) {
        out.push(line);
        continue;
      }
      blockIndent = -1;
    }
    const m = LINE_RE.exec(line);
    const value = m?.[3] ?? "";
    if (/^[|>][-+0-9]*$/.test(value)) {
      blockIndent = indent;
      out.push(line);
      continue;
    }
    if (!m || line.length <= BEST_WIDTH + 1 || value === "" || value.startsWith("{") || value.startsWith("[")) {
      out.push(line);
      continue;
    }
    const prefix = (m[1] ?? "") + (m[2] ?? "");
    const cont = " ".repeat(m[2] ? (m[1] ?? "").length + 2 : (m[1] ?? "").length);
    const quote = value[0] === "'" || value[0] === '"' ? value[0] : "";
    let cur = prefix;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      const inner = !quote || i > 1 && i < value.length - 2;
      if (ch === " " && value[i - 1] !== " " && value[i + 1] !== " " && cur.length > BEST_WIDTH && inner) {
        out.push(cur);
        cur = cont;
        continue;
      }
      cur += ch;
    }
    out.push(cur);
  }
  return out.join("\n");
}

// src/cli/deps.ts
async function loadEngine() {
  return {
    evaluate,
    parsePolicy,
    rules: () => [...allRuleMetas],
    countClusters: (inputs) => buildModel(inputs).clusters.length
  };
}
async function loadRenderer() {
  return { render, renderFiles, renderToYaml, newCache: () => new RenderCache() };
}

// src/cli/git.ts
import { execFileSync as execFileSync3 } from "node:child_process";
import { resolve as resolve4 } from "node:path";
function changedFilesSince(ref, cwd) {
  const top = gitTopLevel(cwd);
  if (!top) throw new UsageError(`--changed-since needs a git checkout; ${cwd} is not in one`);
  if (ref.startsWith("-")) throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  const run = (args) => {
    try {
      return execFileSync3("git", args, { cwd: top, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const stderr = String(error.stderr ?? "").trim().split("\n")[0];
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ""}`);
    }
  };
  run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const changed = run(["diff", "--name-only", "-z", ref, "--"]).split("\0");
  const untracked = run(["ls-files", "--others", "--exclude-standard", "-z"]).split("\0");
  return [...new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve4(top, f)))];
}

// src/cli/init.ts
var STARTER_POLICY = `# pgwarden policy (https://github.com/pgwarden/pgwarden/blob/main/docs/policy.md).
# \`pgwarden lint\` reads the nearest .pgwarden.yaml upwards; \`--policy FILE\` picks another one.
# Several documents may follow each other: the first whose \`match\` fits an object applies to it,
# and objects no policy matches get the built-in \`recommended\` preset.
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata:
  name: production
spec:
  # enforce: the admission webhook denies errors; audit: it only warns. The CLI reports both the same way.
  mode: enforce
  match:
    # Globs on the object's namespace; also \`labels: {team: payments}\` and \`files: ["apps/**/prod/**"]\`.
    namespaces: ["*-prod", "production"]
  rules:
    # Every rule takes \`severity: error | warning | info | off\` plus its own options.
    storage-class:
      severity: error
      # Classes Postgres data may use; a class outside this list is an error.
      # allowed: [fast-ssd]
    anti-affinity:
      severity: error
    replicas:
      severity: error
      min: 2
    image-tag:
      severity: error
    backup-schedule:
      severity: error
    password-reset:
      severity: warning
---
apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata:
  name: everything-else
spec:
  mode: audit
  rules:
    replicas:
      # A single instance is fine outside production.
      severity: info
    anti-affinity:
      severity: warning
`;

// src/cli/lint.ts
import { existsSync as existsSync4 } from "node:fs";
import { dirname as dirname4, join as join4, relative as relative8, resolve as resolve7, sep as sep4 } from "node:path";

// src/cli/evaluate.ts
import { relative as relative4 } from "node:path";
function evaluateUnits(units, engine, options2, policyBase) {
  const outcome = { findings: [], failures: [] };
  for (const unit of units) {
    for (const pass of unit.passes) {
      const inputs = pass.objects.map(({ object, app, index }) => {
        const file = app.result.origin(index, "")?.file;
        return file ? { object, file: toPosix2(relative4(policyBase, file)) } : { object };
      });
      let findings;
      try {
        findings = engine.evaluate(inputs, options2);
      } catch (error) {
        const message = (error.message ?? String(error)).split("\n")[0] ?? "";
        for (const app of unit.apps) if (!outcome.failures.some((f) => f.app === app)) outcome.failures.push({ app, message });
        break;
      }
      for (const finding of findings) {
        const input = pass.objects[finding.objectIndex];
        if (!input || !pass.reported[finding.objectIndex]) continue;
        outcome.findings.push({ app: input.app, finding: { ...finding, objectIndex: input.index } });
      }
    }
  }
  return outcome;
}

// src/cli/fix.ts
import { readFileSync as readFileSync5, writeFileSync as writeFileSync3 } from "node:fs";
import { relative as relative5 } from "node:path";
import { createTwoFilesPatch } from "diff";
import { isMap as isMap5, isSeq as isSeq4 } from "yaml";
function decodePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function encodePointer(segments) {
  return segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function existingPrefix(object, segments) {
  let node = object;
  let depth = 0;
  for (const seg of segments) {
    if (Array.isArray(node)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= node.length) break;
      node = node[i];
    } else if (typeof node === "object" && node !== null && Object.hasOwn(node, seg)) {
      node = node[seg];
    } else {
      break;
    }
    depth++;
  }
  return { depth, isList: Array.isArray(node) };
}
function nest(rest, value) {
  let out = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i] ?? "";
    out = seg === "-" || /^\d+$/.test(seg) ? [out] : { [seg]: out };
  }
  return out;
}
function isKustomizationFile(file) {
  return KUSTOMIZATION_FILES.some((n) => file.endsWith(`/${n}`) || file.endsWith(`\\${n}`));
}
function planOp(candidate, op) {
  if (op.op !== "add" && op.op !== "replace" && op.op !== "remove") return `${op.op} ops are not applied`;
  const segments = decodePointer(op.path);
  const { depth, isList } = existingPrefix(candidate.object, segments);
  const exists = depth === segments.length;
  if ((op.op === "replace" || op.op === "remove") && !exists) return `${op.path} does not exist in the rendered object`;
  const anchorSegments = exists ? segments : segments.slice(0, depth);
  const origin = candidate.origin(encodePointer(anchorSegments));
  if (!origin) return `no source position for ${op.path}`;
  if (origin.via !== "resource" && origin.via !== "patch") return `${op.path} is set by a ${origin.via} (edit it by hand)`;
  if (origin.via === "patch" && isKustomizationFile(origin.file)) return `${op.path} is set by an inline patch (edit it by hand)`;
  const rest = segments.slice(depth);
  const value = "value" in op ? op.value : void 0;
  if (op.op === "remove") return { file: origin.file, edit: { op: "delete", docIndex: origin.docIndex, yamlPath: origin.yamlPath } };
  if (exists) return { file: origin.file, edit: { op: "set", docIndex: origin.docIndex, yamlPath: origin.yamlPath, value } };
  const [first, ...deeper] = rest;
  if (first === void 0) return `${op.path}: nothing to add`;
  if (isList) {
    const nested = deeper.length ? nest(deeper, value) : value;
    if (first === "-") return { file: origin.file, edit: { op: "append", docIndex: origin.docIndex, yamlPath: origin.yamlPath, value: nested } };
    const index = Number(first);
    if (!Number.isInteger(index)) return `${op.path}: "${first}" is not a list index`;
    return { file: origin.file, edit: { op: "insert", docIndex: origin.docIndex, yamlPath: origin.yamlPath, index, value: nested } };
  }
  return {
    file: origin.file,
    edit: { op: "set", docIndex: origin.docIndex, yamlPath: [...origin.yamlPath, first], value: deeper.length ? nest(deeper, value) : value }
  };
}
function applyEdit(doc, edit) {
  switch (edit.op) {
    case "set":
      if (edit.yamlPath.length === 0) return false;
      doc.setIn(edit.yamlPath, doc.createNode(edit.value));
      return true;
    case "delete":
      return doc.deleteIn(edit.yamlPath);
    case "append":
    case "insert": {
      const node = edit.yamlPath.length ? doc.getIn(edit.yamlPath, true) : doc.contents;
      if (!isSeq4(node)) return false;
      const item = doc.createNode(edit.value);
      if (edit.op === "append") node.items.push(item);
      else node.items.splice(Math.min(edit.index ?? 0, node.items.length), 0, item);
      return true;
    }
  }
}
function indentSeqOf(text) {
  const unindented = /^( *)[^\s#-][^\n]*:[ \t]*\n\1- /m.test(text);
  const indented = /^( *)[^\s#-][^\n]*:[ \t]*\n\1 +- /m.test(text);
  return !(unindented && !indented);
}
function printEdited(text, docs, changed) {
  const options2 = {
    lineWidth: 0,
    indentSeq: indentSeqOf(text),
    // `{a: 1}` stays `{a: 1}` in a file written that way (yaml prints `{ a: 1 }` by default).
    flowCollectionPadding: /[[{] \S/.test(text) || !/[[{][^\s\]}]/.test(text)
  };
  const starts = docs.map((d, i) => i === 0 ? 0 : d.range?.[0] ?? 0);
  return docs.map((doc, i) => {
    if (changed.has(i)) return doc.toString(options2);
    return text.slice(starts[i], i + 1 < docs.length ? starts[i + 1] : text.length);
  }).join("");
}
function applyFixes(candidates, opts) {
  const byFile = /* @__PURE__ */ new Map();
  const skipped = [];
  let applied = 0;
  for (const candidate of candidates) {
    const planned = [];
    let reason;
    for (const op of candidate.fix.patch) {
      const plan = planOp(candidate, op);
      if (typeof plan === "string") {
        reason = plan;
        break;
      }
      planned.push(plan);
    }
    if (reason) {
      skipped.push(`${candidate.label}: ${reason}`);
      continue;
    }
    applied++;
    for (const { file, edit } of planned) {
      const edits = byFile.get(file) ?? /* @__PURE__ */ new Map();
      edits.set(JSON.stringify([edit.op, edit.docIndex, edit.yamlPath, edit.index, edit.value]), edit);
      byFile.set(file, edits);
    }
  }
  const diffs = [];
  const files = [];
  for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    let before;
    try {
      before = readFileSync5(file, "utf8");
    } catch (error) {
      skipped.push(`${file}: cannot read (${error.code ?? "error"})`);
      continue;
    }
    const docs = parseYamlStream(before, { keepSourceTokens: false });
    if (docs.some((d) => d.errors.length > 0)) {
      skipped.push(`${file}: does not parse; not edited`);
      continue;
    }
    const changed = /* @__PURE__ */ new Set();
    for (const edit of edits.values()) {
      const doc = docs[edit.docIndex];
      if (!doc || !(isMap5(doc.contents) || isSeq4(doc.contents))) {
        skipped.push(`${file}: document ${edit.docIndex} not found`);
        continue;
      }
      if (applyEdit(doc, edit)) changed.add(edit.docIndex);
      else skipped.push(`${file}: could not edit ${edit.yamlPath.join(".")}`);
    }
    if (changed.size === 0) continue;
    const after = printEdited(before, docs, changed);
    if (after === before) continue;
    const rel = toPosix(relative5(opts.cwd, file));
    diffs.push(
      createTwoFilesPatch(`a/${rel}`, `b/${rel}`, maskSourceText(before, file), maskSourceText(after, file), void 0, void 0, {
        context: 3
      })
    );
    files.push(rel);
    if (opts.write) writeFileSync3(file, after);
  }
  return { diff: diffs.join(""), files, applied, skipped };
}

// src/cli/locate.ts
import { relative as relative6 } from "node:path";
function valueAt(object, pointer) {
  let node = object;
  if (pointer !== "") {
    for (const raw of pointer.slice(1).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (typeof node !== "object" || node === null) return void 0;
      node = node[key];
    }
  }
  return node === null || ["string", "number", "boolean"].includes(typeof node) ? JSON.stringify(node) : void 0;
}
function locate(f, rendered, cwd) {
  const origin = rendered.result.origin(f.objectIndex, f.path) ?? rendered.result.origin(f.objectIndex, "");
  const file = origin?.file ?? rendered.app.anchor;
  const line = origin?.line ?? 1;
  const column = origin?.column ?? 1;
  const finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: toPosix2(relative6(cwd, file)),
    line,
    column,
    endLine: origin?.endLine ?? line,
    endColumn: origin?.endColumn ?? column,
    resource: f.resource,
    path: f.path,
    apps: [rendered.app.name]
  };
  if (f.fix) finding.fix = f.fix;
  const located = { finding };
  const messageId = f.messageId;
  if (typeof messageId === "string") located.messageId = messageId;
  const object = rendered.objects[f.objectIndex];
  const value = f.path.startsWith("/metadata") ? void 0 : valueAt(object, f.path);
  if (value !== void 0) located.value = value;
  if (f.fix) {
    located.fix = {
      fix: f.fix,
      object,
      origin: (pointer) => rendered.result.origin(f.objectIndex, pointer),
      label: `${f.ruleId} ${finding.file}:${line}`
    };
  }
  return located;
}
function problemFinding(p, cwd, apps) {
  return {
    ruleId: p.ruleId,
    severity: "error",
    message: p.message,
    file: toPosix2(relative6(cwd, p.file)),
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    resource: { apiVersion: "", kind: "", name: "" },
    path: "",
    apps
  };
}
function oneLine(message) {
  const first = message.split("\n")[0] ?? message;
  return first.length > 400 ? `${first.slice(0, 400)}\u2026` : first;
}

// src/cli/merge.ts
var FindingMerger = class {
  groups = /* @__PURE__ */ new Map();
  /** Add one app's findings (in the engine's order: the n-th same-keyed finding of each app pairs with the n-th). */
  addApp(app, findings) {
    const rank = /* @__PURE__ */ new Map();
    for (const located of findings) {
      const f = located.finding;
      const base = [f.ruleId, f.severity, f.file, f.line, f.column, f.path, located.messageId ?? "", located.value ?? ""].join("\0");
      const n = rank.get(base) ?? 0;
      rank.set(base, n + 1);
      const key = `${base}\0${n}`;
      const seen = this.groups.get(key);
      if (seen) {
        if (!seen.located.finding.apps.includes(app)) seen.located.finding.apps.push(app);
        seen.resources.push(f.resource);
      } else {
        this.groups.set(key, { located, resources: [f.resource] });
      }
    }
  }
  /** The merged findings, each message formatted once with the other objects it stands for. */
  findings() {
    const id = (r) => r.namespace ? `${r.namespace}/${r.name}` : r.name;
    return [...this.groups.values()].map(({ located, resources }) => {
      const finding = { ...located.finding };
      const first = resources[0];
      const others = first ? [...new Set(resources.map(id))].filter((x) => x !== id(first)) : [];
      if (others.length > 0) finding.message = `${finding.message} (also ${others.join(", ")})`;
      return finding;
    });
  }
  fixes() {
    return [...this.groups.values()].flatMap((g) => g.located.fix ? [g.located.fix] : []);
  }
};

// src/cli/policy-file.ts
import { existsSync as existsSync2, readFileSync as readFileSync6 } from "node:fs";
import { dirname as dirname2, join as join3, resolve as resolve5 } from "node:path";
var POLICY_FILE_NAME = ".pgwarden.yaml";
function findPolicyFile(start) {
  let dir = resolve5(start);
  for (; ; ) {
    const candidate = join3(dir, POLICY_FILE_NAME);
    if (existsSync2(candidate)) return candidate;
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadPolicy(engine, file) {
  let text;
  try {
    text = readFileSync6(file, "utf8");
  } catch (error) {
    throw new PolicyFileError(`${file}: cannot read policy (${error.code ?? "error"})`);
  }
  try {
    return engine.parsePolicy(text, file);
  } catch (error) {
    throw new PolicyFileError(error.message || String(error));
  }
}

// src/cli/suppressions.ts
import { existsSync as existsSync3, readFileSync as readFileSync7, writeFileSync as writeFileSync4 } from "node:fs";
import { dirname as dirname3, relative as relative7, resolve as resolve6 } from "node:path";
var DEFAULT_SUPPRESSIONS_FILE = "pgwarden-suppressions.json";
function readSuppressions(path7) {
  if (!existsSync3(path7)) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync7(path7, "utf8"));
  } catch (error) {
    throw new UsageError(`${path7}: not a valid suppressions file (${error.message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UsageError(`${path7}: expected an object of files`);
  const out = {};
  for (const [file, rules] of Object.entries(parsed)) {
    if (typeof rules !== "object" || rules === null) throw new UsageError(`${path7}: "${file}" must map rule ids to {count}`);
    for (const [rule, entry] of Object.entries(rules)) {
      const count = entry?.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
        throw new UsageError(`${path7}: "${file}" \u2192 "${rule}".count must be a non-negative integer`);
      }
      out[file] ??= {};
      out[file][rule] = { count };
    }
  }
  return out;
}
function keyOf(finding, cwd, base) {
  return toPosix(relative7(base, resolve6(cwd, finding.file)));
}
function countByFileRule(findings, cwd, base) {
  const counts = {};
  for (const f of findings) {
    const file = keyOf(f, cwd, base);
    counts[file] ??= {};
    const entry = counts[file][f.ruleId] ?? { count: 0 };
    entry.count++;
    counts[file][f.ruleId] = entry;
  }
  return counts;
}
function sorted(s) {
  const out = {};
  for (const file of Object.keys(s).sort()) {
    const rules = s[file] ?? {};
    const inner = {};
    for (const rule of Object.keys(rules).sort()) inner[rule] = rules[rule] ?? { count: 0 };
    out[file] = inner;
  }
  return out;
}
function applySuppressions(findings, opts) {
  const base = dirname3(opts.path);
  const current = countByFileRule(findings, opts.cwd, base);
  let stored = readSuppressions(opts.path);
  let written = false;
  let pruned = 0;
  if (opts.suppressAll) {
    stored = sorted({ ...stored, ...current });
    writeFileSync4(opts.path, `${JSON.stringify(stored, null, 2)}
`);
    written = true;
  } else if (opts.prune) {
    const next = {};
    for (const [file, rules] of Object.entries(stored)) {
      for (const [rule, { count }] of Object.entries(rules)) {
        const now = current[file]?.[rule]?.count ?? 0;
        const keep = Math.min(count, now);
        if (keep < count) pruned++;
        if (keep > 0) {
          next[file] ??= {};
          next[file][rule] = { count: keep };
        }
      }
    }
    stored = sorted(next);
    writeFileSync4(opts.path, `${JSON.stringify(stored, null, 2)}
`);
    written = true;
  }
  let suppressed = 0;
  let unused = 0;
  const kept = findings.filter((f) => {
    const allowed = stored[keyOf(f, opts.cwd, base)]?.[f.ruleId]?.count ?? 0;
    const actual = current[keyOf(f, opts.cwd, base)]?.[f.ruleId]?.count ?? 0;
    if (allowed > 0 && actual <= allowed) {
      suppressed++;
      return false;
    }
    return true;
  });
  for (const [file, rules] of Object.entries(stored)) {
    for (const [rule, { count }] of Object.entries(rules)) if ((current[file]?.[rule]?.count ?? 0) < count) unused++;
  }
  return { findings: kept, suppressed, written, pruned, unused };
}

// src/cli/lint.ts
async function runLint(options2, deps = {}) {
  const run = await prepare(options2, deps);
  let { result, merger } = await lint(run);
  if (options2.fix) {
    const outcome = applyFixes(merger.fixes(), { cwd: run.cwd, write: options2.fix === "apply" });
    if (options2.fix === "apply" && outcome.files.length > 0) ({ result, merger } = await lint(run));
    result.fix = outcome;
  }
  suppress(run, result);
  addRunNotes(run, result);
  return result;
}
async function prepare(options2, deps) {
  const cwd = resolve7(options2.cwd ?? process.cwd());
  const engine = deps.engine ?? await loadEngine();
  const renderer = deps.renderer ?? await loadRenderer();
  const paths = (options2.paths.length ? options2.paths : ["."]).map((p) => resolve7(cwd, p));
  const dirs = [];
  const files = [];
  for (const p of paths) {
    let type;
    try {
      type = nodeFs.typeOf(p);
    } catch {
      throw new UsageError(`${toPosix2(relative8(cwd, p)) || p}: no such file or directory`);
    }
    (type === "dir" ? dirs : files).push(p);
  }
  const roots = dirs.length ? dirs : [cwd];
  const top = gitTopLevel(roots[0] ?? cwd);
  const sourceRoots = [.../* @__PURE__ */ new Set([...roots, ...top ? [top] : [], cwd])];
  const inCwd = roots.every((r) => r === cwd || r.startsWith(cwd.endsWith(sep4) ? cwd : cwd + sep4));
  const repoRoot = top ?? (inCwd ? cwd : roots[0] ?? cwd);
  const { excluded } = buildExcluder({ patterns: options2.exclude ?? [], cwd, ignoreFileDir: top ?? cwd, fs: nodeFs });
  const notes = [];
  let scopeFiles;
  if (files.length || options2.changedSince) {
    scopeFiles = /* @__PURE__ */ new Set();
    for (const f of files) {
      if (excluded(f, false)) notes.push(`${toPosix2(relative8(cwd, f))}: excluded (--exclude or .pgwardenignore); not linted.`);
      else scopeFiles.add(f);
    }
    if (options2.changedSince) {
      for (const f of changedFilesSince(options2.changedSince, cwd)) if (!excluded(f, false)) scopeFiles.add(f);
    }
  }
  const policyFile = options2.policyFile ? resolve7(cwd, options2.policyFile) : findPolicyFile(roots[0] ?? cwd);
  if (options2.policyFile && !existsSync4(policyFile ?? "")) throw new PolicyFileError(`${options2.policyFile}: policy file not found`);
  const run = { options: options2, cwd, engine, renderer, roots, sourceRoots, repoRoot, excluded, policyBase: policyFile ? dirname4(policyFile) : cwd, notes };
  if (policyFile) run.policy = loadPolicy(engine, policyFile);
  if (scopeFiles) run.scopeFiles = scopeFiles;
  return run;
}
async function lint(run) {
  const { cwd, engine, options: options2 } = run;
  const diagnostics = [...run.notes];
  const discovery = discover({ cwd, roots: run.roots, sourceRoots: run.sourceRoots, excluded: run.excluded, repoRoot: run.repoRoot });
  diagnostics.push(...discovery.diagnostics);
  const rendered = await renderApps(discovery, run.renderer, (done, total) => options2.onProgress?.(done, total * 2));
  const renders = rendered.length;
  const scope = run.scopeFiles;
  const selected = scope ? rendered.filter((r) => r.inputs.some((i) => scope.has(i))) : rendered;
  const evaluateOptions = {
    ...run.policy ? { policy: run.policy } : {},
    ...options2.clusterStorageClasses ? { clusterStorageClasses: options2.clusterStorageClasses } : {}
  };
  const evaluated = evaluateUnits(evaluationUnits(rendered, new Set(selected)), engine, evaluateOptions, run.policyBase);
  const findingsByApp = /* @__PURE__ */ new Map();
  for (const { app, finding } of evaluated.findings) {
    const list = findingsByApp.get(app) ?? [];
    list.push(locate(finding, app, cwd));
    findingsByApp.set(app, list);
  }
  const merger = new FindingMerger();
  const problems = [];
  const inputsByApp = {};
  const countedFiles = /* @__PURE__ */ new Set();
  let postgresObjects = 0;
  let checked = 0;
  for (const r of selected) {
    inputsByApp[r.app.name] = r.inputs.map((i) => toPosix2(relative8(cwd, i))).sort();
    for (const i of r.inputs) countedFiles.add(i);
    diagnostics.push(...r.notes);
    if (r.app.undeployed) diagnostics.push(`${r.app.name}: no Argo CD Application or Flux Kustomization in this tree deploys it; linted as it stands.`);
    problems.push(...renderProblems(r, discovery, cwd, diagnostics));
    if (!r.failed) {
      postgresObjects += countClusters(engine, r);
      const failure = evaluated.failures.find((f) => f.app === r);
      if (failure) {
        const message = `Internal error evaluating ${r.app.name}: ${oneLine(failure.message)}`;
        problems.push(problemFinding({ ruleId: "render-error", file: r.app.anchor, line: 1, column: 1, message }, cwd, [r.app.name]));
      }
      merger.addApp(r.app.name, findingsByApp.get(r) ?? []);
    }
    options2.onProgress?.(renders + ++checked, renders + selected.length);
  }
  const findings = merger.findings();
  for (const p of discovery.problems.filter((p2) => !scope || scope.has(p2.file))) {
    findings.push(problemFinding(p, cwd, selected.filter((r) => r.inputs.includes(p.file)).map((r) => r.app.name)));
    countedFiles.add(p.file);
  }
  for (const p of problems) {
    const same = findings.find((f) => f.ruleId === p.ruleId && f.file === p.file && f.line === p.line && f.message === p.message);
    if (same) {
      for (const a of p.apps) if (!same.apps.includes(a)) same.apps.push(a);
    } else {
      findings.push(p);
    }
  }
  for (const f of findings) f.apps.sort();
  const rules = [...safeRules(engine), ...CLI_RULES];
  const result = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules
  };
  return { result, merger };
}
function renderProblems(r, discovery, cwd, diagnostics) {
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const out = [];
  for (const d of r.result.diagnostics) {
    const message = oneLine(d.message);
    if (d.severity === "warning") {
      diagnostics.push(`${r.app.name}: warning: ${message}`);
      continue;
    }
    const file = d.file ? resolve7(cwd, d.file) : r.app.anchor;
    if (problemFiles.has(file)) continue;
    const relativeMessage = message.split(`${cwd}${sep4}`).join("");
    const ruleId = /: invalid YAML: /.test(message) ? "yaml-syntax" : "render-error";
    out.push(problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${relativeMessage}` }, cwd, [r.app.name]));
  }
  return out;
}
function countClusters(engine, r) {
  const own = r.objects.map((object) => ({ object }));
  try {
    return engine.countClusters(own);
  } catch {
    return 0;
  }
}
function suppress(run, result) {
  const { options: options2, cwd } = run;
  if (!(options2.suppressionsFile || options2.suppressAll || options2.pruneSuppressions || existsSync4(join4(cwd, DEFAULT_SUPPRESSIONS_FILE)))) return;
  const path7 = resolve7(cwd, options2.suppressionsFile ?? DEFAULT_SUPPRESSIONS_FILE);
  const outcome = applySuppressions(result.report.findings, {
    path: path7,
    cwd,
    ...options2.suppressAll ? { suppressAll: true } : {},
    ...options2.pruneSuppressions ? { prune: true } : {}
  });
  result.report.findings = outcome.findings;
  result.report.summary = summarize(outcome.findings, result.report.summary.apps, result.report.summary.files);
  result.suppressions = { file: toPosix2(relative8(cwd, path7)), suppressed: outcome.suppressed, written: outcome.written, pruned: outcome.pruned };
  if (outcome.unused > 0 && !options2.pruneSuppressions) {
    result.diagnostics.push(`${toPosix2(relative8(cwd, path7))}: ${outcome.unused} suppression entr${outcome.unused === 1 ? "y no longer occurs" : "ies no longer occur"}; run with --prune-suppressions.`);
  }
}
function addRunNotes(run, result) {
  const { options: options2 } = run;
  if (result.report.summary.apps === 0 && (options2.changedSince || run.scopeFiles)) {
    result.diagnostics.push(
      options2.changedSince ? `no app reads a file changed since ${options2.changedSince}: nothing to lint.` : "no app reads the files given: nothing to lint."
    );
  } else if (result.postgresObjects === 0) {
    const where2 = options2.paths.length ? options2.paths.join(", ") : ".";
    const { apps, files } = result.report.summary;
    result.diagnostics.push(
      `no PostgreSQL object found in ${where2} (${apps} app${apps === 1 ? "" : "s"}, ${files} file${files === 1 ? "" : "s"}): is this the right path?`
    );
  }
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
  );
}
function summarize(findings, apps, files) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    apps,
    files
  };
}
function safeRules(engine) {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}

// src/cli/main.ts
var processIo = () => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env
});
function version() {
  const here = dirname5(fileURLToPath(import.meta.url));
  for (const candidate of [join5(here, "..", "package.json"), join5(here, "..", "..", "package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync8(candidate, "utf8"));
      if (pkg.name === "pgwarden" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var HELP = {
  main: `pgwarden \u2014 policy checks for PostgreSQL clusters on Kubernetes (PGO v4/v5, Zalando, CloudNativePG, StatefulSets)

Usage: pgwarden <command> [options]

Commands:
  lint [PATH...]   Lint a GitOps tree (default command; see \`pgwarden lint --help\`)
  render DIR       Print a kustomization rendered as \`kubectl kustomize\` prints it
  rules            List the rules, their default severities and docs
  init [FILE]      Write a commented starter policy (default ${POLICY_FILE_NAME})
  audit            Judge the Postgres objects in a running cluster (see \`pgwarden audit --help\`)
  serve            Run the admission webhook (see \`pgwarden serve --help\`)

Options:
  -h, --help       Show help (also after each command)
  -v, --version    Print the version
`,
  lint: `Usage: pgwarden lint [options] [PATH...]

Finds the apps in PATH (default .) the way Argo CD / Flux would deploy them, renders each with kustomize
semantics, checks it with the policy that matches it and reports each finding at the line that set the value.
File arguments (as pre-commit passes them) lint the apps that include those files.

Output:
  -f, --format NAME             ${FORMATS.join(" | ")} (default stylish)
  -o, --output FILE             Write the report to FILE instead of stdout
      --quiet                   Report errors only
      --max-warnings N          Exit 1 when there are more than N warnings
      --color / --no-color      Force colours on or off (default: on a TTY only)
Policy:
  -p, --policy FILE             Policy file (default: the nearest ${POLICY_FILE_NAME} upwards)
      --cluster                 Read StorageClasses from the live cluster (kubeconfig) and flag classes it lacks
      --context NAME            kubeconfig context for --cluster
Scope:
      --changed-since REF       Lint only the apps whose inputs changed since the git ref
      --exclude GLOB            Skip paths matching GLOB (gitignore syntax, relative to the working directory;
                                repeatable); a .pgwardenignore at the repository root is read too
      --fail-if-no-objects      Exit 2 when no PostgreSQL object is found (a wrong path must not pass)
Fixes and adoption:
      --fix                     Apply the engine's fixes in the source files (comments and layout kept)
      --fix-dry-run             Print the fixes as a unified diff instead of writing them
      --suppress-all            Record every current finding in the suppressions file (only new ones fail)
      --prune-suppressions      Drop suppressions that no longer occur
      --suppressions-location FILE   Suppressions file (default pgwarden-suppressions.json)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, policy or internal error.
`,
  render: `Usage: pgwarden render DIR

Renders the kustomization in DIR the way \`kubectl kustomize DIR\` does and prints the YAML stream.
Secret values and other credentials (env values of password/secret/token/key variables, --password arguments,
user:pass@ in URLs, last-applied annotations) are never printed: each one is shown as <redacted by pgwarden>.
Exit 1 with the diagnostics on stderr when it cannot be rendered.
`,
  rules: `Usage: pgwarden rules [--format text|json]

Lists every rule with its default severity, whether it can fix, and its documentation link.
`,
  init: `Usage: pgwarden init [FILE] [--force]

Writes a commented starter policy to FILE (default ${POLICY_FILE_NAME}); refuses to overwrite without --force.
`
};
var COMMANDS = /* @__PURE__ */ new Set(["lint", "render", "rules", "init", "audit", "serve"]);
async function main(argv, io = processIo()) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyFileError) {
      io.stderr(`pgwarden: ${error.message}
`);
      return 2;
    }
    const e = error;
    io.stderr(`pgwarden: internal error: ${e?.message ?? String(error)}
${io.env.PGWARDEN_DEBUG ? `${e?.stack ?? ""}
` : ""}`);
    return 2;
  }
}
async function dispatch(argv, io) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    io.stdout(`${version()}
`);
    return 0;
  }
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(HELP.main);
    return first === void 0 ? 2 : 0;
  }
  const command2 = COMMANDS.has(first) ? first : "lint";
  const args = command2 === first ? rest : argv;
  if (command2 === "lint" && first !== "lint" && !first.startsWith("-") && !existsSync5(resolve8(io.cwd, first))) {
    throw new UsageError(`unknown command or path "${first}" (see pgwarden --help)`);
  }
  switch (command2) {
    case "lint":
      return lintCommand(args, io);
    case "render":
      return renderCommand(args, io);
    case "rules":
      return rulesCommand(args, io);
    case "init":
      return initCommand(args, io);
    case "audit":
      return auditCommand(args, io, version());
    case "serve":
      return serveCommand(args, io);
  }
}
function guard(parseFn) {
  try {
    return parseFn();
  } catch (error) {
    throw new UsageError(error.message);
  }
}
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
async function lintCommand(args, io) {
  const { values, positionals } = guard(
    () => parseArgs2({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...HELP_OPTION,
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        policy: { type: "string", short: "p" },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        cluster: { type: "boolean" },
        context: { type: "string" },
        "changed-since": { type: "string" },
        exclude: { type: "string", multiple: true },
        "fail-if-no-objects": { type: "boolean" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "suppress-all": { type: "boolean" },
        "prune-suppressions": { type: "boolean" },
        "suppressions-location": { type: "string" }
      }
    })
  );
  if (values.help) {
    io.stdout(HELP.lint);
    return 0;
  }
  const format = values.format ?? "stylish";
  if (!isFormatName(format)) throw new UsageError(`--format ${format}: expected one of ${FORMATS.join(", ")}`);
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings ${values["max-warnings"]}: expected a non-negative integer`);
  }
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  if (values.context && !values.cluster) throw new UsageError("--context only makes sense with --cluster");
  const options2 = { paths: positionals, cwd: io.cwd };
  if (values.policy) options2.policyFile = values.policy;
  if (values["changed-since"]) options2.changedSince = values["changed-since"];
  if (values.exclude?.length) options2.exclude = values.exclude;
  if (values.fix) options2.fix = "apply";
  if (values["fix-dry-run"]) options2.fix = "dry-run";
  if (values["suppress-all"]) options2.suppressAll = true;
  if (values["prune-suppressions"]) options2.pruneSuppressions = true;
  if (values["suppressions-location"]) options2.suppressionsFile = values["suppressions-location"];
  if (values.cluster) options2.clusterStorageClasses = await clusterStorageClasses(values.context);
  let progressShown = false;
  if (io.stderrIsTTY) {
    options2.onProgress = (done, total) => {
      if (total < 40) return;
      progressShown = true;
      io.stderr(`\r\x1B[Kpgwarden: ${Math.floor(100 * done / total)}% (${done}/${total} steps)`);
    };
  }
  const result = await runLint(options2);
  if (progressShown) io.stderr("\r\x1B[K");
  for (const note of result.diagnostics) io.stderr(`pgwarden: ${maskText(note)}
`);
  if (result.fix) {
    for (const skip of result.fix.skipped) io.stderr(`pgwarden: fix skipped: ${maskText(skip)}
`);
    if (options2.fix === "apply" && result.fix.files.length) io.stderr(`pgwarden: fixed ${result.fix.files.join(", ")}
`);
  }
  if (result.suppressions?.written) io.stderr(`pgwarden: wrote ${result.suppressions.file}
`);
  const errorsOnly = result.report.findings.filter((f) => f.severity === "error");
  const report = values.quiet ? { ...result.report, findings: errorsOnly, summary: { ...result.report.summary, warnings: 0, infos: 0 } } : result.report;
  const color = values["no-color"] ? false : values.color ? true : format === "stylish" && !values.output && io.stdoutIsTTY && !io.env.NO_COLOR;
  const text = options2.fix === "dry-run" ? result.fix?.diff ?? "" : formatReport(format, report, {
    cwd: io.cwd,
    repoRoot: gitTopLevel(io.cwd) ?? io.cwd,
    color,
    rules: result.rules,
    apps: Object.keys(result.inputsByApp),
    toolVersion: version()
  });
  if (values.output) {
    const out = resolve8(io.cwd, values.output);
    try {
      mkdirSync(dirname5(out), { recursive: true });
      writeFileSync5(out, text);
    } catch (error) {
      throw new UsageError(`--output ${values.output}: ${error.code ?? error.message}`);
    }
  } else {
    io.stdout(text);
  }
  if (values["fail-if-no-objects"] && result.postgresObjects === 0) return 2;
  const { errors, warnings } = result.report.summary;
  if (errors > 0) return 1;
  if (!values.quiet && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`pgwarden: too many warnings (${warnings}); the maximum allowed is ${maxWarnings}.
`);
    return 1;
  }
  return 0;
}
async function renderCommand(args, io) {
  const { values, positionals } = guard(
    () => parseArgs2({ args, allowPositionals: true, strict: true, options: { ...HELP_OPTION } })
  );
  if (values.help) {
    io.stdout(HELP.render);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("render takes exactly one directory (see pgwarden render --help)");
  const dir = resolve8(io.cwd, positionals[0] ?? ".");
  if (!existsSync5(dir)) throw new UsageError(`${positionals[0]}: no such directory`);
  const renderer = await loadRenderer();
  const result = await renderer.render(dir, { cache: renderer.newCache() });
  for (const d of result.diagnostics) {
    const where2 = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ` : "";
    io.stderr(`pgwarden: ${d.severity}: ${where2}${maskText((d.message.split("\n")[0] ?? "").slice(0, 400))}
`);
  }
  if (result.diagnostics.some((d) => d.severity === "error")) return 1;
  io.stdout(renderer.renderToYaml({ ...result, objects: result.objects.map((o) => maskObject(o, RENDER_MASK)) }));
  return 0;
}
async function rulesCommand(args, io) {
  const { values } = guard(
    () => parseArgs2({ args, allowPositionals: false, strict: true, options: { ...HELP_OPTION, format: { type: "string", short: "f" } } })
  );
  if (values.help) {
    io.stdout(HELP.rules);
    return 0;
  }
  const engine = await loadEngine();
  const rules = [...engine.rules(), ...CLI_RULES];
  if (values.format === "json") {
    io.stdout(`${JSON.stringify(rules.map(({ id, defaultSeverity, fixable, description, docsUrl }) => ({ id, defaultSeverity, fixable, description, docsUrl })), null, 2)}
`);
    return 0;
  }
  if (values.format !== void 0 && values.format !== "text") throw new UsageError(`--format ${values.format}: expected text or json`);
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? "fixable" : "       "}  ${r.docsUrl}
`);
    io.stdout(`${" ".repeat(width)}  ${r.description}
`);
  }
  return 0;
}
async function initCommand(args, io) {
  const { values, positionals } = guard(
    () => parseArgs2({ args, allowPositionals: true, strict: true, options: { ...HELP_OPTION, force: { type: "boolean" } } })
  );
  if (values.help) {
    io.stdout(HELP.init);
    return 0;
  }
  const target = resolve8(io.cwd, positionals[0] ?? POLICY_FILE_NAME);
  if (existsSync5(target) && !values.force) throw new UsageError(`${positionals[0] ?? POLICY_FILE_NAME} exists; use --force to overwrite`);
  writeFileSync5(target, STARTER_POLICY);
  io.stderr(`pgwarden: wrote ${positionals[0] ?? POLICY_FILE_NAME}
`);
  return 0;
}
async function serveCommand(args, io) {
  let module;
  try {
    module = await import("./main-B33CBB7Q.js");
  } catch (error) {
    io.stderr(`pgwarden: the webhook could not be loaded: ${error.message}
`);
    return 2;
  }
  if (typeof module.serveMain !== "function") {
    io.stderr("pgwarden: src/webhook/main.js does not export serveMain()\n");
    return 2;
  }
  return module.serveMain(args);
}

export {
  FORMATS,
  formatReport,
  runLint,
  version,
  main
};
