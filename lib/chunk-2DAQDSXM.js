import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  require_dist
} from "./chunk-CCDCPPZS.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/cli/formatters/paths.ts
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
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
    const text = readFileSync(abs, "utf8");
    return text.includes("\0") ? void 0 : text;
  } catch {
    return void 0;
  }
}

// src/cli/redact.ts
var import_yaml = __toESM(require_dist(), 1);
var MASK = "<redacted>";
var SENSITIVE = /pass(word|wd)?|secret|token|api_?key|credential|private_?key/i;
function secretLines(text) {
  const lines = /* @__PURE__ */ new Set();
  const counter = new import_yaml.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return lines;
  }
  if (!Array.isArray(docs)) return lines;
  const markRange = (node) => {
    const range = node?.range;
    if (!range) return;
    const start = counter.linePos(range[0]).line;
    const end = counter.linePos(Math.max(range[0], range[1] - 1)).line;
    for (let l = start; l <= end; l++) lines.add(l);
  };
  const visit = (node, depth) => {
    if (depth > 64) return;
    if ((0, import_yaml.isMap)(node)) {
      const name = node.get("name");
      const envLike = typeof name === "string" && SENSITIVE.test(name);
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
        const value = pair.value;
        if ((0, import_yaml.isScalar)(value) && (SENSITIVE.test(key) || envLike && key === "value")) markRange(value);
        else visit(value, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  for (const doc of docs) {
    const root = doc.contents;
    visit(root, 0);
    if (!(0, import_yaml.isMap)(root)) continue;
    const kind = root.get("kind");
    for (const pair of root.items) {
      if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value;
      if (kind === "Secret" && (key === "data" || key === "stringData")) markRange(value);
      if (key === "secretGenerator" && (0, import_yaml.isSeq)(value)) markRange(value);
    }
  }
  return lines;
}
function maskLine(line) {
  const keyValue = /^(\s*(?:-\s+)?[^\s:#][^:#]*:)(\s*)(\S.*)$/.exec(line);
  if (keyValue) return `${keyValue[1]}${keyValue[2] || " "}${MASK}`;
  const indent = /^\s*(?:-\s+)?/.exec(line)?.[0] ?? "";
  return line.trim() === "" ? line : `${indent}${MASK}`;
}

export {
  toPosix,
  repoRelative,
  readSource,
  secretLines,
  maskLine
};
