import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  findPolicyFile,
  loadPolicy
} from "./chunk-5KK62Y2P.js";
import {
  loadEngine,
  loadRenderer
} from "./chunk-DHGE5VKI.js";
import {
  require_picomatch
} from "./chunk-L3B25FLU.js";
import {
  changedFilesSince,
  gitTopLevel
} from "./chunk-YCWBXKXQ.js";
import {
  PolicyFileError,
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  maskLine,
  secretLines,
  toPosix
} from "./chunk-2DAQDSXM.js";
import {
  CLI_RULES
} from "./chunk-KRFSQUFG.js";
import {
  require_dist
} from "./chunk-CCDCPPZS.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/cli/lint.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join2, relative as relative4, resolve as resolve3, sep as sep2 } from "node:path";

// src/cli/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var FULL_KINDS = /* @__PURE__ */ new Set(["Application", "ApplicationSet", "Kustomization", "Component", "ConfigMap"]);
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist"]);
function findKustomizationFile(dir, exists) {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join(dir, name);
    if (exists(file)) return file;
  }
  return void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringRecord(value) {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function kustomizationRefs(k, dir) {
  const refs = [];
  const add = (p) => {
    if (typeof p !== "string" || p.includes("://") || /^(git@|github\.com\/)/.test(p)) return;
    refs.push(resolve(dir, p));
  };
  const list = (v) => Array.isArray(v) ? v : [];
  for (const key of ["resources", "bases", "components", "patchesStrategicMerge", "crds"]) {
    for (const entry of list(k[key])) add(entry);
  }
  for (const key of ["patches", "patchesJson6902", "replacements"]) {
    for (const entry of list(k[key])) if (isRecord(entry)) add(entry.path);
  }
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const gen of list(k[key])) {
      if (!isRecord(gen)) continue;
      for (const f of list(gen.files)) if (typeof f === "string") add(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
      for (const f of list(gen.envs)) add(f);
      add(gen.env);
    }
  }
  return refs;
}
function yamlProblem(file, error) {
  const e = error;
  const pos = e.linePos?.[0];
  const message = String(e.message ?? error).split(/ at line \d+, column \d+|\n/)[0] ?? "invalid YAML";
  return { ruleId: "yaml-syntax", file, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `Invalid YAML: ${message}` };
}
function readYamlFile(file) {
  let text;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return {
        docs: [],
        problem: { ruleId: "render-error", file, line: 1, column: 1, message: `File is too large to lint (${size} bytes; limit ${MAX_FILE_BYTES}).` }
      };
    }
    const buffer = readFileSync(file);
    if (buffer.subarray(0, 8192).includes(0)) {
      return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: "Binary file where a YAML manifest was expected." } };
    }
    text = buffer.toString("utf8");
  } catch (error) {
    const code = error.code ?? "read error";
    return { docs: [], problem: { ruleId: "render-error", file, line: 1, column: 1, message: `Cannot read file (${code}).` } };
  }
  const counter = new import_yaml.LineCounter();
  let parsed;
  try {
    parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  } catch (error) {
    return { docs: [], problem: yamlProblem(file, error), text };
  }
  if (!Array.isArray(parsed)) return { docs: [], text };
  const docs = [];
  let problem;
  parsed.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      problem ??= yamlProblem(file, doc.errors[0]);
      return;
    }
    if (!(0, import_yaml.isMap)(doc.contents)) return;
    const kind = doc.contents.get("kind");
    const apiVersion = doc.contents.get("apiVersion");
    let object;
    if (typeof kind === "string" && typeof apiVersion === "string" && !FULL_KINDS.has(kind)) {
      object = { apiVersion, kind };
    } else {
      try {
        object = doc.toJS({ maxAliasCount: 1e3 });
      } catch (error) {
        problem ??= yamlProblem(file, error);
        return;
      }
    }
    if (isRecord(object)) {
      const line = doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
      docs.push({ file, docIndex, line, object });
    }
  });
  return problem ? { docs, problem, text } : { docs, text };
}
function walk(roots) {
  const result = { kustomizations: /* @__PURE__ */ new Map(), manifests: /* @__PURE__ */ new Map(), problems: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch (error) {
      const code = error.code ?? "error";
      result.problems.push({ ruleId: "render-error", file: dir, line: 1, column: 1, message: `Cannot read directory (${code}).` });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      const code = error.code ?? "error";
      result.problems.push({ ruleId: "render-error", file: dir, line: 1, column: 1, message: `Cannot read directory (${code}).` });
      return;
    }
    const kfile = KUSTOMIZATION_FILES.find((n) => entries.includes(n));
    for (const name of entries) {
      const path = join(dir, name);
      let isDir = false;
      let isFile = false;
      try {
        const lst = lstatSync(path);
        if (lst.isSymbolicLink()) {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } else {
          isDir = lst.isDirectory();
          isFile = lst.isFile();
        }
      } catch (error) {
        const code = error.code ?? "error";
        if (/\.ya?ml$/.test(name) || code === "ELOOP") {
          const why = code === "ELOOP" ? "symlink loop" : code === "ENOENT" ? "dangling symlink" : code;
          result.problems.push({ ruleId: "render-error", file: path, line: 1, column: 1, message: `Cannot read ${name} (${why}).` });
        }
        continue;
      }
      if (isDir) {
        if (!SKIP_DIRS.has(name) && !(name.startsWith(".") && name !== ".argocd")) visit(path);
        continue;
      }
      if (!isFile || !(/\.ya?ml$/.test(name) || name === "Kustomization")) continue;
      const { docs, problem } = readYamlFile(path);
      if (problem) result.problems.push(problem);
      if (name === kfile) {
        const k = docs[0]?.object ?? {};
        result.kustomizations.set(dir, {
          dir,
          file: path,
          isComponent: k.kind === "Component",
          refs: kustomizationRefs(k, dir)
        });
        continue;
      }
      const manifests = docs.filter((d) => typeof d.object.apiVersion === "string" && typeof d.object.kind === "string");
      if (manifests.length > 0 || problem && docs.length === 0) result.manifests.set(path, manifests);
    }
  };
  for (const root of roots) visit(root);
  return result;
}
function where(doc, cwd) {
  return `${toPosix(relative(cwd, doc.file))}:${doc.line}`;
}
function resolveSourcePath(path, sourceRoots) {
  if (isAbsolute(path)) return void 0;
  for (const root of sourceRoots) {
    const candidate = resolve(root, path);
    try {
      if (statSync(candidate).isDirectory()) return candidate;
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
  for (const [k, v] of Object.entries(value)) {
    if (isRecord(v)) Object.assign(out, flatParams(v, `${prefix}${k}.`));
    else if (v !== null && v !== void 0) out[`${prefix}${k}`] = String(v);
  }
  return out;
}
function applyAppSetTemplate(template, params) {
  return template.replace(/\{\{-?\s*\.?([\w.]+(?:\[\d+\])?)\s*-?\}\}/g, (whole, key) => params[key] ?? whole);
}
function generatorParams(generators, sourceRoots) {
  const sets = [];
  const unsupported = [];
  for (const gen of Array.isArray(generators) ? generators : []) {
    if (!isRecord(gen)) continue;
    const git = gen.git;
    const list = gen.list;
    if (isRecord(git) && Array.isArray(git.directories)) {
      const dirs = git.directories.filter(isRecord).map((d) => ({ path: str(d.path) ?? "", exclude: d.exclude === true }));
      const includes = dirs.filter((p) => !p.exclude).map((p) => p.path);
      const excludes = dirs.filter((p) => p.exclude).map((p) => p.path);
      const matchesInclude = (0, import_picomatch.default)(includes);
      const matchesExclude = excludes.length ? (0, import_picomatch.default)(excludes) : () => false;
      for (const root of sourceRoots) {
        const matched = listDirs(root).map((d) => toPosix(relative(root, d))).filter((d) => d && matchesInclude(d) && !matchesExclude(d));
        if (matched.length === 0) continue;
        for (const repoRelDir of matched.sort()) sets.push({ params: gitDirectoryParams(repoRelDir), root });
        break;
      }
    } else if (isRecord(list) && Array.isArray(list.elements)) {
      for (const element of list.elements) if (isRecord(element)) sets.push({ params: flatParams(element) });
    } else if (isRecord(gen.matrix) || isRecord(gen.merge)) {
      const inner = gen.matrix ?? gen.merge;
      const nested = generatorParams(inner.generators, sourceRoots);
      sets.push(...nested.sets);
      unsupported.push(...nested.unsupported);
    } else {
      unsupported.push(Object.keys(gen).join(","));
    }
  }
  return { sets, unsupported };
}
var listDirsCache = /* @__PURE__ */ new Map();
function listDirs(root) {
  const cached = listDirsCache.get(root);
  if (cached) return cached;
  const dirs = [];
  listDirsCache.set(root, dirs);
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    dirs.push(dir);
    let entries = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (SKIP_DIRS.has(name) || name.startsWith(".")) continue;
      const path = join(dir, name);
      try {
        if (statSync(path).isDirectory()) visit(path);
      } catch {
      }
    }
  };
  visit(root);
  return dirs;
}
function directoryManifests(dir, recurse, manifests, include, exclude) {
  const inc = include ? (0, import_picomatch.default)(include.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  const exc = exclude ? (0, import_picomatch.default)(exclude.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim())) : void 0;
  return [...manifests.keys()].filter((f) => {
    const rel = toPosix(relative(dir, f));
    if (rel.startsWith("..")) return false;
    if (!recurse && rel.includes("/")) return false;
    if (inc && !inc(rel) && !inc(basename(rel))) return false;
    if (exc && (exc(rel) || exc(basename(rel)))) return false;
    return true;
  }).sort();
}
function discover(options) {
  const { cwd } = options;
  listDirsCache.clear();
  const tree = walk(options.roots);
  const diagnostics = [];
  const rel = (p) => toPosix(relative(cwd, p)) || ".";
  const allDocs = [...tree.manifests.values()].flat();
  const configMaps = allDocs.filter((d) => d.object.kind === "ConfigMap" && d.object.apiVersion === "v1");
  const apps = [];
  const usedNames = /* @__PURE__ */ new Set();
  const uniqueName = (name) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name}#${n}`;
    usedNames.add(candidate);
    return candidate;
  };
  const appForDir = (dir, base) => {
    const kfile = tree.kustomizations.get(dir)?.file ?? findKustomizationFile(dir, (p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (kfile) return { ...base, type: "kustomization", dir, anchor: kfile };
    if (base.flux) {
      const nested = [...tree.kustomizations.keys()].filter((k) => k.startsWith(`${dir}${sep}`)).filter((k, _i, all) => !all.some((other) => other !== k && k.startsWith(`${other}${sep}`))).sort();
      const files2 = directoryManifests(dir, true, tree.manifests).filter((f) => !nested.some((k) => f.startsWith(`${k}${sep}`)));
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
    const metadata = isRecord(o.metadata) ? o.metadata : {};
    const spec = isRecord(o.spec) ? o.spec : {};
    const name = str(metadata.name) ?? "(unnamed)";
    if (apiVersion.startsWith("argoproj.io/") && o.kind === "Application") {
      const sources = [spec.source, ...Array.isArray(spec.sources) ? spec.sources : []].filter(isRecord);
      const destination = isRecord(spec.destination) ? spec.destination : {};
      sources.forEach((source, i) => {
        if (str(source.chart) || isRecord(source.helm)) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: Helm sources are not rendered by pgwarden; skipped.`);
          return;
        }
        const overrides = isRecord(source.kustomize) ? source.kustomize : {};
        const unapplied = Object.keys(overrides).filter((k) => !["namespace", "commonLabels", "commonAnnotations", "version"].includes(k));
        if (unapplied.length > 0) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: spec.source.kustomize ${unapplied.join(", ")} not applied; linting without.`);
        }
        const path = str(source.path);
        if (path === void 0) return;
        const dir = resolveSourcePath(path, options.sourceRoots);
        if (!dir) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${name}: source path "${path}" is not a directory in this tree; skipped.`);
          return;
        }
        const directory = isRecord(source.directory) ? source.directory : {};
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
        if (isRecord(overrides.commonLabels) || isRecord(overrides.commonAnnotations)) {
          argo.commonMetadata = {
            labels: stringRecord(isRecord(overrides.commonLabels) ? overrides.commonLabels : {}),
            annotations: stringRecord(isRecord(overrides.commonAnnotations) ? overrides.commonAnnotations : {})
          };
        }
        const inc = str(directory.include);
        const exc = str(directory.exclude);
        if (inc) argo.include = inc;
        if (exc) argo.exclude = exc;
        const app = appForDir(dir, { name: uniqueName(sources.length > 1 ? `argocd:${name}[${i}]` : `argocd:${name}`), loadRestrictor: "rootOnly", argo });
        if (app) apps.push(app);
        else diagnostics.push(`${where(doc, cwd)}: argocd:${name}: "${path}" holds no manifests.`);
      });
    } else if (apiVersion.startsWith("argoproj.io/") && o.kind === "ApplicationSet") {
      const { sets, unsupported } = generatorParams(spec.generators, options.sourceRoots);
      const template = isRecord(spec.template) ? spec.template : {};
      const tspec = isRecord(template.spec) ? template.spec : {};
      const tsource = isRecord(tspec.source) ? tspec.source : {};
      const tmeta = isRecord(template.metadata) ? template.metadata : {};
      const tdest = isRecord(tspec.destination) ? tspec.destination : {};
      if (unsupported.length > 0) {
        diagnostics.push(`${where(doc, cwd)}: argocd:${name}: generators ${unsupported.join("; ")} are not expanded (git directories and list are).`);
      }
      for (const { params, root } of sets) {
        const appName = applyAppSetTemplate(str(tmeta.name) ?? `${name}-{{path.basename}}`, params);
        const path = applyAppSetTemplate(str(tsource.path) ?? "{{path}}", params);
        const dir = root ? resolve(root, path) : resolveSourcePath(path, options.sourceRoots);
        if (!dir || path.includes("{{")) {
          diagnostics.push(`${where(doc, cwd)}: argocd:${appName}: source path "${path}" is not a directory in this tree; skipped.`);
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
      const path = str(spec.path) ?? "./";
      const dir = resolveSourcePath(path, options.sourceRoots);
      if (!dir) {
        diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.path "${path}" is not a directory in this tree; skipped.`);
        continue;
      }
      const postBuild = isRecord(spec.postBuild) ? spec.postBuild : {};
      const substitute = {};
      if (isRecord(postBuild.substitute)) {
        for (const [k, v] of Object.entries(postBuild.substitute)) if (v !== null && v !== void 0) substitute[k] = String(v);
      }
      const flux = {
        kind: "flux",
        name,
        namespace,
        path: dir,
        components: (Array.isArray(spec.components) ? spec.components : []).filter((c) => typeof c === "string").map((c) => resolve(dir, c)),
        substitute,
        substituteFrom: (Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []).filter(isRecord).map((s) => ({
          kind: str(s.kind) ?? "ConfigMap",
          name: str(s.name) ?? "",
          optional: s.optional === true
        })),
        definedAt: where(doc, cwd)
      };
      const target = str(spec.targetNamespace);
      if (target) flux.targetNamespace = target;
      if (isRecord(spec.commonMetadata)) {
        const labels = isRecord(spec.commonMetadata.labels) ? spec.commonMetadata.labels : {};
        const annotations = isRecord(spec.commonMetadata.annotations) ? spec.commonMetadata.annotations : {};
        flux.commonMetadata = { labels: stringRecord(labels), annotations: stringRecord(annotations) };
      }
      for (const unsupported of ["patches", "images", "namePrefix", "nameSuffix"]) {
        if (spec[unsupported] !== void 0) {
          diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: spec.${unsupported} is not applied by pgwarden; linting without it.`);
        }
      }
      const app = appForDir(dir, { name: uniqueName(`flux:${namespace}/${name}`), loadRestrictor: "none", components: flux.components, flux });
      if (app) apps.push(app);
      else diagnostics.push(`${where(doc, cwd)}: flux:${namespace}/${name}: "${path}" holds no manifests.`);
    }
  }
  const gitops = apps.length > 0;
  if (!gitops) {
    const included = /* @__PURE__ */ new Set();
    for (const k of tree.kustomizations.values()) for (const ref of k.refs) included.add(ref);
    for (const k of [...tree.kustomizations.values()].sort((a, b) => a.dir.localeCompare(b.dir))) {
      if (included.has(k.dir)) continue;
      if (k.isComponent) continue;
      apps.push({ name: uniqueName(rel(k.dir)), type: "kustomization", dir: k.dir, anchor: k.file, loadRestrictor: "rootOnly" });
    }
    const looseByDir = /* @__PURE__ */ new Map();
    for (const [file, docs] of tree.manifests) {
      if (included.has(file) || docs.length === 0) continue;
      const dir = dirname(file);
      looseByDir.set(dir, [...looseByDir.get(dir) ?? [], file]);
    }
    for (const [dir, files] of [...looseByDir].sort(([a], [b]) => a.localeCompare(b))) {
      const base = rel(dir);
      const name = usedNames.has(base) ? `${base} (loose files)` : base;
      apps.push({ name: uniqueName(name), type: "files", files: files.sort(), anchor: files[0] ?? dir, loadRestrictor: "rootOnly" });
    }
  }
  return { apps, problems: tree.problems, diagnostics, configMaps, gitops };
}

// src/cli/fix.ts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { relative as relative2 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/cli/fix.ts
var import_yaml2 = __toESM(require_dist(), 1);
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
function masked(text) {
  const lines = secretLines(text);
  if (lines.size === 0) return text;
  return text.split("\n").map((line, i) => lines.has(i + 1) ? maskLine(line) : line).join("\n");
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
      if (!(0, import_yaml2.isSeq)(node)) return false;
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
  const options = {
    lineWidth: 0,
    indentSeq: indentSeqOf(text),
    // `{a: 1}` stays `{a: 1}` in a file written that way (yaml prints `{ a: 1 }` by default).
    flowCollectionPadding: /[[{] \S/.test(text) || !/[[{][^\s\]}]/.test(text)
  };
  const starts = docs.map((d, i) => i === 0 ? 0 : d.range?.[0] ?? 0);
  return docs.map((doc, i) => {
    if (changed.has(i)) return doc.toString(options);
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
      before = readFileSync2(file, "utf8");
    } catch (error) {
      skipped.push(`${file}: cannot read (${error.code ?? "error"})`);
      continue;
    }
    const docs = (0, import_yaml2.parseAllDocuments)(before, { keepSourceTokens: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) {
      skipped.push(`${file}: does not parse; not edited`);
      continue;
    }
    const changed = /* @__PURE__ */ new Set();
    for (const edit of edits.values()) {
      const doc = docs[edit.docIndex];
      if (!doc || !((0, import_yaml2.isMap)(doc.contents) || (0, import_yaml2.isSeq)(doc.contents))) {
        skipped.push(`${file}: document ${edit.docIndex} not found`);
        continue;
      }
      if (applyEdit(doc, edit)) changed.add(edit.docIndex);
      else skipped.push(`${file}: could not edit ${edit.yamlPath.join(".")}`);
    }
    if (changed.size === 0) continue;
    const after = printEdited(before, docs, changed);
    if (after === before) continue;
    const rel = toPosix(relative2(opts.cwd, file));
    diffs.push(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, masked(before), masked(after), void 0, void 0, { context: 3 }));
    files.push(rel);
    if (opts.write) writeFileSync(file, after);
  }
  return { diff: diffs.join(""), files, applied, skipped };
}

// src/cli/flux.ts
var import_yaml3 = __toESM(require_dist(), 1);
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
        const typed = (0, import_yaml3.parse)(out);
        if (typeof typed === "number" || typeof typed === "boolean" || typed === null) return typed;
      } catch {
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteValue(v, vars));
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[substituteString(k, vars)] = substituteValue(v, vars);
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

// src/cli/suppressions.ts
import { existsSync, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2, relative as relative3, resolve as resolve2 } from "node:path";
var DEFAULT_SUPPRESSIONS_FILE = "pgwarden-suppressions.json";
function readSuppressions(path) {
  if (!existsSync(path)) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync3(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path}: not a valid suppressions file (${error.message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UsageError(`${path}: expected an object of files`);
  const out = {};
  for (const [file, rules] of Object.entries(parsed)) {
    if (typeof rules !== "object" || rules === null) throw new UsageError(`${path}: "${file}" must map rule ids to {count}`);
    for (const [rule, entry] of Object.entries(rules)) {
      const count = entry?.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
        throw new UsageError(`${path}: "${file}" \u2192 "${rule}".count must be a non-negative integer`);
      }
      out[file] ??= {};
      out[file][rule] = { count };
    }
  }
  return out;
}
function keyOf(finding, cwd, base) {
  return toPosix(relative3(base, resolve2(cwd, finding.file)));
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
  const base = dirname2(opts.path);
  const current = countByFileRule(findings, opts.cwd, base);
  let stored = readSuppressions(opts.path);
  let written = false;
  let pruned = 0;
  if (opts.suppressAll) {
    stored = sorted({ ...stored, ...current });
    writeFileSync2(opts.path, `${JSON.stringify(stored, null, 2)}
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
    writeFileSync2(opts.path, `${JSON.stringify(stored, null, 2)}
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
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function resourceOf(object) {
  const o = isRecord2(object) ? object : {};
  const md = isRecord2(o.metadata) ? o.metadata : {};
  const ref = {
    apiVersion: typeof o.apiVersion === "string" ? o.apiVersion : "",
    kind: typeof o.kind === "string" ? o.kind : "",
    name: typeof md.name === "string" ? md.name : ""
  };
  if (typeof md.namespace === "string") ref.namespace = md.namespace;
  return ref;
}
function namespaceOf(object) {
  const md = object.metadata;
  return isRecord2(md) && typeof md.namespace === "string" && md.namespace ? md.namespace : void 0;
}
function withNamespace(objects, namespace, override) {
  return objects.map((o) => {
    if (typeof o.kind === "string" && CLUSTER_SCOPED.has(o.kind)) return o;
    if (!override && namespaceOf(o)) return o;
    const md = isRecord2(o.metadata) ? o.metadata : {};
    return { ...o, metadata: { ...md, namespace } };
  });
}
function oneLine(message) {
  const first = message.split("\n")[0] ?? message;
  return first.length > 400 ? `${first.slice(0, 400)}\u2026` : first;
}
function withCommonMetadata(objects, common) {
  return objects.map((o) => {
    const md = isRecord2(o.metadata) ? o.metadata : {};
    const labels = { ...isRecord2(md.labels) ? md.labels : {}, ...common.labels };
    const annotations = { ...isRecord2(md.annotations) ? md.annotations : {}, ...common.annotations };
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
      const md = isRecord2(d.object.metadata) ? d.object.metadata : {};
      return md.name === ref.name && (md.namespace ?? flux.namespace) === flux.namespace;
    });
    if (!found) {
      if (!ref.optional) notes.push(`${flux.definedAt}: ${app.name}: substituteFrom ConfigMap ${flux.namespace}/${ref.name} is not in this tree; its variables stay unknown.`);
      continue;
    }
    const data = isRecord2(found.object.data) ? found.object.data : {};
    for (const [k, v] of Object.entries(data)) if (v !== null && v !== void 0) vars[k] = String(v);
  }
  return { ...vars, ...flux.substitute };
}
async function renderApp(app, renderer, cache, discovery) {
  const notes = [];
  let result;
  try {
    if (app.type === "kustomization" && app.dir) {
      const opts = { loadRestrictor: app.loadRestrictor, cache };
      if (app.components?.length) opts.components = app.components;
      result = await renderer.render(app.dir, opts);
    } else {
      const parts = [];
      if (app.files?.length) parts.push(await renderer.renderFiles(app.files, { cache, loadRestrictor: app.loadRestrictor }));
      for (const dir of app.kustomizations ?? []) parts.push(await renderer.render(dir, { cache, loadRestrictor: app.loadRestrictor }));
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
  const variables = [];
  if (app.flux) {
    const vars = fluxVariables(app, discovery, notes);
    variables.push(...Object.values(vars));
    if (Object.keys(vars).length > 0) objects = fluxSubstitute(objects, vars);
    if (app.flux.targetNamespace) objects = withNamespace(objects, app.flux.targetNamespace, true);
    if (app.flux.commonMetadata) objects = withCommonMetadata(objects, app.flux.commonMetadata);
  }
  if (app.argo?.namespaceOverride) objects = withNamespace(objects, app.argo.namespaceOverride, true);
  if (app.argo?.commonMetadata) objects = withCommonMetadata(objects, app.argo.commonMetadata);
  if (app.argo?.destinationNamespace) objects = withNamespace(objects, app.argo.destinationNamespace, false);
  const failed = result.diagnostics.some((d) => d.severity === "error");
  const inputs = [.../* @__PURE__ */ new Set([...result.inputs ?? [], ...app.files ?? [], app.anchor])];
  return { app, result, objects, inputs, failed, notes, variables };
}
function mapFinding(f, rendered, cwd) {
  const origin = rendered.result.origin(f.objectIndex, f.path) ?? rendered.result.origin(f.objectIndex, "");
  const file = origin?.file ?? rendered.app.anchor;
  const line = origin?.line ?? 1;
  const column = origin?.column ?? 1;
  const finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: toPosix(relative4(cwd, file)),
    line,
    column,
    endLine: origin?.endLine ?? line,
    endColumn: origin?.endColumn ?? column,
    resource: f.resource,
    path: f.path,
    apps: [rendered.app.name]
  };
  if (f.fix) finding.fix = f.fix;
  const mapped = { finding };
  if (f.fix) {
    mapped.fix = {
      fix: f.fix,
      object: rendered.objects[f.objectIndex],
      origin: (pointer) => rendered.result.origin(f.objectIndex, pointer),
      label: `${f.ruleId} ${finding.file}:${line}`
    };
  }
  return mapped;
}
function problemFinding(p, cwd, apps) {
  return {
    ruleId: p.ruleId,
    severity: "error",
    message: p.message,
    file: toPosix(relative4(cwd, p.file)),
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    resource: { apiVersion: "", kind: "", name: "" },
    path: "",
    apps
  };
}
var RESOURCE_MARK = "";
function messageTemplate(message, resource, variables) {
  let out = message;
  if (resource.name && resource.namespace) out = out.split(`${resource.namespace}/${resource.name}`).join(RESOURCE_MARK);
  if (resource.name) {
    const escaped = resource.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, "g"), RESOURCE_MARK);
  }
  for (const value of variables) if (value.length >= 3) out = out.split(value).join(RESOURCE_MARK);
  return out;
}
function mergedMessage(m) {
  const id = (r) => r.namespace ? `${r.namespace}/${r.name}` : r.name;
  const first = m.resources[0];
  if (!first) return;
  const others = [...new Set(m.resources.map(id))].filter((x) => x !== id(first));
  if (others.length > 0) m.finding.message = `${m.finding.message} (also ${others.join(", ")})`;
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
async function runLint(options, deps = {}) {
  return lintOnce(options, deps, true);
}
async function lintOnce(options, deps, post) {
  const cwd = resolve3(options.cwd ?? process.cwd());
  const engine = deps.engine ?? await loadEngine();
  const renderer = deps.renderer ?? await loadRenderer();
  const diagnostics = [];
  const paths = (options.paths.length ? options.paths : ["."]).map((p) => isAbsolute2(p) ? p : resolve3(cwd, p));
  const dirs = [];
  const files = [];
  for (const p of paths) {
    let isDir;
    try {
      isDir = statSync2(p).isDirectory();
    } catch {
      throw new UsageError(`${toPosix(relative4(cwd, p)) || p}: no such file or directory`);
    }
    (isDir ? dirs : files).push(p);
  }
  const roots = dirs.length ? dirs : [cwd];
  const top = gitTopLevel(roots[0] ?? cwd);
  const sourceRoots = [.../* @__PURE__ */ new Set([...roots, ...top ? [top] : [], cwd])];
  const policyFile = options.policyFile ? resolve3(cwd, options.policyFile) : findPolicyFile(roots[0] ?? cwd);
  if (options.policyFile && !existsSync2(policyFile ?? "")) throw new PolicyFileError(`${options.policyFile}: policy file not found`);
  const policy = policyFile ? loadPolicy(engine, policyFile) : void 0;
  const policyBase = policyFile ? dirname3(policyFile) : cwd;
  const discovery = discover({ cwd, roots, sourceRoots });
  diagnostics.push(...discovery.diagnostics);
  const cache = renderer.newCache();
  const rendered = [];
  let steps = 0;
  for (const app of discovery.apps) {
    rendered.push(await renderApp(app, renderer, cache, discovery));
    options.onProgress?.(++steps, discovery.apps.length * 2);
  }
  let selected = rendered;
  let scopeFiles;
  if (files.length || options.changedSince) {
    scopeFiles = new Set(files);
    if (options.changedSince) for (const f of changedFilesSince(options.changedSince, cwd)) scopeFiles.add(f);
    const scope = scopeFiles;
    selected = rendered.filter((r) => r.inputs.some((i) => scope.has(i)));
  }
  const byNamespace = /* @__PURE__ */ new Map();
  for (const r of rendered) {
    if (r.failed) continue;
    r.objects.forEach((object, i) => {
      const ns = namespaceOf(object);
      if (!ns) return;
      const file = r.result.origin(i, "")?.file ?? r.app.anchor;
      const list = byNamespace.get(ns) ?? [];
      list.push({ app: r, object, file });
      byNamespace.set(ns, list);
    });
  }
  const identity = (o) => {
    const ref = resourceOf(o);
    return `${ref.apiVersion.split("/")[0]}|${ref.kind}|${ref.namespace ?? ""}|${ref.name}`;
  };
  const merged = /* @__PURE__ */ new Map();
  const inputsByApp = {};
  const countedFiles = /* @__PURE__ */ new Set();
  let postgresObjects = 0;
  const evaluateOptions = {
    ...policy ? { policy } : {},
    ...options.clusterStorageClasses ? { clusterStorageClasses: options.clusterStorageClasses } : {}
  };
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const renderProblems = [];
  let done = 0;
  for (const r of selected) {
    inputsByApp[r.app.name] = r.inputs.map((i) => toPosix(relative4(cwd, i))).sort();
    for (const i of r.inputs) countedFiles.add(i);
    diagnostics.push(...r.notes);
    for (const d of r.result.diagnostics) {
      const message = oneLine(d.message);
      if (d.severity === "warning") {
        diagnostics.push(`${r.app.name}: warning: ${message}`);
        continue;
      }
      const file = d.file ? resolve3(cwd, d.file) : r.app.anchor;
      if (problemFiles.has(file)) continue;
      const relativeMessage = message.split(`${cwd}${sep2}`).join("");
      const ruleId = /: invalid YAML: /.test(message) ? "yaml-syntax" : "render-error";
      renderProblems.push(
        problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${relativeMessage}` }, cwd, [r.app.name])
      );
    }
    if (!r.failed) {
      const own = r.objects.map((object, i) => {
        const file = r.result.origin(i, "")?.file;
        return file ? { object, file: toPosix(relative4(policyBase, file)) } : { object };
      });
      const ownIds = new Set(r.objects.map(identity));
      const context = [];
      for (const ns of new Set(r.objects.map(namespaceOf).filter((n) => Boolean(n)))) {
        for (const other of byNamespace.get(ns) ?? []) {
          if (other.app === r || ownIds.has(identity(other.object))) continue;
          context.push({ object: other.object, file: toPosix(relative4(policyBase, other.file)) });
        }
      }
      try {
        postgresObjects += engine.countClusters(own);
      } catch {
      }
      let findings2;
      try {
        findings2 = engine.evaluate([...own, ...context], evaluateOptions);
      } catch (error) {
        findings2 = [];
        renderProblems.push(
          problemFinding({ ruleId: "render-error", file: r.app.anchor, line: 1, column: 1, message: `Internal error evaluating ${r.app.name}: ${oneLine(error.message ?? String(error))}` }, cwd, [r.app.name])
        );
      }
      for (const f of findings2) {
        if (f.objectIndex < 0 || f.objectIndex >= own.length) continue;
        const m = mapFinding(f, r, cwd);
        const template = messageTemplate(m.finding.message, f.resource, r.variables);
        const key = [m.finding.ruleId, m.finding.severity, m.finding.file, m.finding.line, m.finding.column, template].join("\0");
        const seen = merged.get(key);
        if (seen) {
          if (!seen.finding.apps.includes(r.app.name)) seen.finding.apps.push(r.app.name);
          seen.resources.push(f.resource);
        } else {
          merged.set(key, { ...m, template, resources: [f.resource] });
        }
      }
    }
    options.onProgress?.(++done + steps, steps + selected.length);
  }
  const problems = discovery.problems.filter((p) => !scopeFiles || scopeFiles.has(p.file));
  for (const m of merged.values()) mergedMessage(m);
  const findings = [...merged.values()].map((m) => m.finding);
  for (const p of problems) {
    const apps = selected.filter((r) => r.inputs.includes(p.file)).map((r) => r.app.name);
    findings.push(problemFinding(p, cwd, apps));
    countedFiles.add(p.file);
  }
  for (const p of renderProblems) {
    const same = findings.find((f) => f.ruleId === p.ruleId && f.file === p.file && f.line === p.line && f.message === p.message);
    if (same) {
      for (const a of p.apps) if (!same.apps.includes(a)) same.apps.push(a);
    } else {
      findings.push(p);
    }
  }
  for (const f of findings) f.apps.sort();
  const rules = [...safeRules(engine), ...CLI_RULES];
  let result = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules
  };
  if (!post) return result;
  if (options.fix) {
    const candidates = [...merged.values()].flatMap((m) => m.fix ? [m.fix] : []);
    const outcome = applyFixes(candidates, { cwd, write: options.fix === "apply" });
    if (options.fix === "apply" && outcome.files.length > 0) {
      result = await lintOnce(options, { engine, renderer }, false);
    }
    result.fix = outcome;
  }
  if (options.suppressionsFile || options.suppressAll || options.pruneSuppressions || existsSync2(join2(cwd, DEFAULT_SUPPRESSIONS_FILE))) {
    const path = resolve3(cwd, options.suppressionsFile ?? DEFAULT_SUPPRESSIONS_FILE);
    const outcome = applySuppressions(result.report.findings, {
      path,
      cwd,
      ...options.suppressAll ? { suppressAll: true } : {},
      ...options.pruneSuppressions ? { prune: true } : {}
    });
    result.report.findings = outcome.findings;
    result.report.summary = summarize(outcome.findings, result.report.summary.apps, result.report.summary.files);
    result.suppressions = { file: toPosix(relative4(cwd, path)), suppressed: outcome.suppressed, written: outcome.written, pruned: outcome.pruned };
    if (outcome.unused > 0 && !options.pruneSuppressions) {
      result.diagnostics.push(`${toPosix(relative4(cwd, path))}: ${outcome.unused} suppression entr${outcome.unused === 1 ? "y no longer occurs" : "ies no longer occur"}; run with --prune-suppressions.`);
    }
  }
  if (result.report.summary.apps === 0 && (options.changedSince || options.paths.some((p) => !isDirectory(resolve3(cwd, p))))) {
    result.diagnostics.push(
      options.changedSince ? `no app reads a file changed since ${options.changedSince}: nothing to lint.` : "no app reads the files given: nothing to lint."
    );
  } else if (result.postgresObjects === 0) {
    const where2 = options.paths.length ? options.paths.join(", ") : ".";
    result.diagnostics.push(
      `no PostgreSQL object found in ${where2} (${result.report.summary.apps} app${result.report.summary.apps === 1 ? "" : "s"}, ${result.report.summary.files} file${result.report.summary.files === 1 ? "" : "s"}): is this the right path?`
    );
  }
  return result;
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function safeRules(engine) {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}

export {
  combineResults,
  summarize,
  runLint
};
