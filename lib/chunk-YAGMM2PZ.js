import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  absoluteOf,
  readSource,
  repoRelative
} from "./chunk-B22LTSPP.js";
import {
  visible
} from "./chunk-76GNYLZX.js";
import {
  CLI_RULES
} from "./chunk-75JXLHVC.js";
import {
  compareText
} from "./chunk-QEV33P7Q.js";
import {
  maskFileSource,
  maskReport
} from "./chunk-4MUFVCMV.js";

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
    const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
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
  for (const [app, findings] of [...byApp].sort(([a], [b]) => compareText(a, b))) {
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
      properties: { apps: f.apps, resource: f.resource, path: f.path, ...f.policy ? { policy: f.policy } : {} }
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
    const shown = source === void 0 ? void 0 : maskFileSource(source, file, absoluteOf(file, ctx));
    const sourceLines = shown?.lines;
    const masked = shown?.masked ?? /* @__PURE__ */ new Set();
    for (const f of findings) {
      const where = `${f.line}:${f.column}`;
      out.push(
        `  ${paint("gray", where.padEnd(7))} ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${visible(f.message)}  ${paint("gray", f.ruleId)}`
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
  const suppressed = report.summary.suppressed ? `; ${report.summary.suppressed} suppressed (pgwarden-suppressions.json)` : "";
  if (problems === 0) {
    out.push(paint("bold", `\u2714 no problems (${plural(apps, "app")}, ${plural(files, "file")} checked${suppressed})`));
  } else {
    const mark = errors > 0 ? paint("red", "\u2716") : paint("yellow", "\u26A0");
    const fixable = report.findings.filter((f) => f.fix).length;
    out.push(
      paint(
        "bold",
        `${mark} ${plural(problems, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}) in ${plural(apps, "app")}, ${plural(files, "file")}${suppressed}`
      )
    );
    if (fixable > 0) out.push(`  ${plural(fixable, "problem")} potentially fixable with \`--fix\`.`);
  }
  if (report.policy) {
    const { file, names } = report.policy;
    out.push(paint("gray", file ? `  policy: ${visible(file)} (${names.map(visible).join(", ")})` : "  policy: the built-in recommended preset (no .pgwarden.yaml found)"));
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

// src/cli/formatters/index.ts
var formatters = { stylish, json, sarif, junit, github };
function formatReport(format, report, ctx = {}) {
  return formatters[format](maskReport(report), ctx);
}

export {
  formatReport
};
