import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  jsonSafe,
  parseMemo,
  parseYamlStream,
  require_dist
} from "./chunk-KZPG3NJF.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/cli/redact.ts
var import_yaml = __toESM(require_dist(), 1);
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
    const id = view.identity ? view.identity(node) : node;
    if (id !== null && typeof id === "object") {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    const entries = view.entries(node);
    if (entries) {
      const scalarOf = (key) => {
        const found = entries.find(([k]) => k === key);
        return found ? view.scalar(found[1]) : void 0;
      };
      const kind = scalarOf("kind");
      const name = scalarOf("name");
      const envCredential = typeof name === "string" && isCredentialName(name);
      for (const [key, child] of entries) {
        if (kind === "Secret" && (key === "data" || key === "stringData")) {
          const values = view.entries(child);
          if (values) for (const [, v] of values) marks.push({ node: v });
          else marks.push({ node: child });
          continue;
        }
        if (key === LAST_APPLIED || key === "value" && envCredential) {
          marks.push({ node: child });
          continue;
        }
        const value = view.scalar(child);
        if (value !== void 0 && value !== null && value !== "" && typeof value !== "boolean" && isCredentialKey(key)) {
          marks.push({ node: child });
          continue;
        }
        const underGenerator = generator || key === "secretGenerator";
        stack.push({ node: child, generator: underGenerator, literals: generator && key === "literals" });
      }
      continue;
    }
    const items = view.items(node);
    if (!items) continue;
    items.forEach((item, i) => {
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
        const next = items[i + 1];
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
  const withUrls = text.includes("://") ? text.replace(URL_USERINFO, (_m, head) => `${head}${mask}@`) : text;
  if (!CREDENTIAL_WORD.test(withUrls)) return withUrls;
  return withUrls.replace(ASSIGNED, (m, pre, name, eq) => isCredentialName(name) ? `${pre}${name}${eq}${mask}` : m).replace(
    FLAG_ARG,
    (m, pre, flag, sep, value) => isCredentialName(flag) ? `${pre}${flag}${sep}${quoted(value, mask)}` : m
  );
}
function maskLinePatterns(line, mask) {
  const masked = maskText(line, mask);
  if (!CREDENTIAL_WORD.test(masked)) return masked;
  return masked.replace(
    INLINE_ENV,
    (m, pre, name, mid, value) => isCredentialName(name) ? `${pre}${name}${mid}${quoted(value, mask)}` : m
  ).replace(
    KEY_VALUE,
    (m, pre, key, sep, value) => isCredentialKey(key) ? `${pre}${key}${sep}${quoted(value, mask)}` : m
  );
}
function quoted(value, mask) {
  const q = value[0];
  return (q === '"' || q === "'") && value.length > 1 && value.endsWith(q) ? `${q}${mask}${q}` : mask;
}
var yamlAst = {
  entries(node) {
    if (!(0, import_yaml.isMap)(node)) return void 0;
    return node.items.map((pair) => [(0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "", pair.value ?? null]);
  },
  items(node) {
    return (0, import_yaml.isSeq)(node) ? node.items.map((item) => item ?? null) : void 0;
  },
  scalar(node) {
    if ((0, import_yaml.isScalar)(node)) return node.value ?? null;
    return (0, import_yaml.isAlias)(node) ? null : void 0;
  }
};
var SECRET_KIND = /(^|[\s{,])["']?kind["']?\s*:\s*["']?secret["']?\s*($|[,}#])|^["']?stringData["']?\s*:|^["']?type["']?\s*:\s*["']?(Opaque|kubernetes\.io\/)/im;
var YAML_FILE = /(\.(ya?ml|json)|(^|[\\/])Kustomization)$/i;
function maskSource(text, file) {
  return maskSourceAt(text, file !== void 0 && !YAML_FILE.test(file), MASK, 0);
}
function maskFileSource(text, file, path) {
  const memo = parseMemo();
  const kind = YAML_FILE.test(file) ? "mask:yaml" : "mask:opaque";
  const remembered = memo?.get(path, text, kind);
  if (remembered && Array.isArray(remembered.lines) && Array.isArray(remembered.masked)) {
    const { lines, masked } = remembered;
    if (lines.every((l) => typeof l === "string") && masked.every((n) => typeof n === "number")) {
      return { lines, masked: new Set(masked) };
    }
  }
  const shown = maskSource(text, file);
  const wire = { lines: shown.lines, masked: [...shown.masked] };
  if (memo && jsonSafe(wire)) memo.set(path, text, kind, wire);
  return shown;
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
    docs = parseYamlStream(text, { uniqueKeys: false, keepSourceTokens: false });
  } catch {
    for (let l = 1; l <= starts.length; l++) whole.add(l);
    return;
  }
  docs.forEach((doc, index) => {
    const from = index === 0 ? 0 : doc.range?.[0] ?? 0;
    const to = index + 1 < docs.length ? docs[index + 1].range?.[0] ?? text.length : text.length;
    if (doc.errors.length > 0 && SECRET_KIND.test(text.slice(from, to))) {
      for (let l = lineOf(from); l <= lineOf(Math.max(from, to - 1)); l++) whole.add(l);
      return;
    }
    if ((0, import_yaml.isScalar)(doc.contents) && doc.contents.range) {
      const [s, e] = doc.contents.range;
      for (let l = lineOf(s); l <= lineOf(Math.max(s, e - 1)); l++) whole.add(l);
      return;
    }
    for (const mark of credentialMarks(doc.contents, yamlAst)) {
      const node = mark.node;
      const range = node?.range;
      if (!node || !range) continue;
      if (mark.from !== void 0 && (0, import_yaml.isScalar)(node) && typeof node.value === "string") {
        const partial = partialSpan(text, node, mark.from);
        if (partial) {
          spans.push(partial);
          continue;
        }
      }
      const quoted2 = (0, import_yaml.isScalar)(node) && (node.type === import_yaml.Scalar.QUOTE_DOUBLE || node.type === import_yaml.Scalar.QUOTE_SINGLE);
      const oneLine = !text.slice(range[0], range[1]).includes("\n") && range[1] - range[0] >= 2;
      spans.push(quoted2 && oneLine ? [range[0] + 1, range[1] - 1] : [range[0], range[1]]);
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
    if ((0, import_yaml.isMap)(node)) for (const pair of node.items) stack.push(pair.value);
    else if ((0, import_yaml.isSeq)(node)) stack.push(...node.items);
    else if ((0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.BLOCK_LITERAL && node.range) fn(node);
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
    let at = 0;
    for (const [s, e] of merged) {
      const indent = /^\s*/.exec(line.slice(s, e))?.[0].length ?? 0;
      const segment = line.slice(s + indent, e);
      const cr = segment.endsWith("\r") ? "\r" : "";
      result += line.slice(at, s + indent) + (segment.trim() ? `${mask}${cr}` : segment);
      at = e;
    }
    out[l] = result + line.slice(at);
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
  const view = {
    entries(slot) {
      const v = read(slot);
      if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
      const record = v;
      return Object.keys(record).map((k) => [k, { holder: record, key: k }]);
    },
    items(slot) {
      const v = read(slot);
      return Array.isArray(v) ? v.map((_, i) => ({ holder: v, key: i })) : void 0;
    },
    scalar(slot) {
      const v = read(slot);
      return v === null || typeof v !== "object" ? v : void 0;
    },
    // A shared object is walked once (its inner values are masked in place, for every slot it sits in).
    identity(slot) {
      const v = read(slot);
      return v !== null && typeof v === "object" ? v : slot;
    }
  };
  const rootSlot = { holder: root, key: "value" };
  for (const { node, from } of credentialMarks(rootSlot, view)) {
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
  if (finding.data) {
    masked.data = Object.fromEntries(Object.entries(finding.data).map(([key, value]) => [key, typeof value === "string" ? maskText(value) : value]));
  }
  if (finding.fix) {
    masked.fix = {
      ...finding.fix,
      description: maskText(finding.fix.description),
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

export {
  MASK,
  RENDER_MASK,
  isCredentialName,
  isCredentialKey,
  credentialMarks,
  maskText,
  maskSource,
  maskFileSource,
  maskSourceText,
  maskObject,
  maskReport
};
