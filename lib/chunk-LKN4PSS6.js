import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);
import {
  loadEngine,
  loadRenderer
} from "./chunk-5IVTSHLM.js";
import {
  changedFilesSince
} from "./chunk-GUESJCEK.js";
import {
  ParseCache
} from "./chunk-6SGQUXCX.js";
import {
  findPolicyFile,
  loadPolicy
} from "./chunk-VFF3NK65.js";
import {
  PolicyFileError,
  UsageError
} from "./chunk-3ZR33BMR.js";
import {
  policyFor,
  recommendedPolicy,
  resolveOptions,
  ruleSetting
} from "./chunk-UKR6ZIRD.js";
import {
  toPosix as toPosix2
} from "./chunk-B22LTSPP.js";
import {
  CLI_RULES
} from "./chunk-75JXLHVC.js";
import {
  BaseTreeError,
  KUSTOMIZATION_FILES,
  appReaches,
  buildExcluder,
  compareText,
  discover,
  evaluationUnits,
  gitTopLevel,
  memoizedFs,
  nodeFs,
  openGitTree,
  relativePath,
  renderApp,
  renderApps,
  renderChanged,
  toPosix,
  typeOrUndefined
} from "./chunk-QEV33P7Q.js";
import {
  maskSourceText
} from "./chunk-4MUFVCMV.js";
import {
  parseMemo,
  parseYamlStream,
  require_dist,
  setParseMemo
} from "./chunk-KZPG3NJF.js";
import {
  __toESM
} from "./chunk-ED6WIMI7.js";

// src/cli/lint.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname2, relative as relative7, resolve as resolve4, sep as sep3 } from "node:path";

// src/cli/change.ts
import { join, relative, sep as sep2 } from "node:path";

// src/cli/locate.ts
import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
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
    file: toPosix(relativePath(cwd, file)),
    line,
    column,
    endLine: origin?.endLine ?? line,
    endColumn: origin?.endColumn ?? column,
    resource: f.resource,
    path: f.path,
    apps: [rendered.app.name]
  };
  if (f.messageId) {
    finding.messageId = f.messageId;
    finding.data = f.data;
  }
  if (f.fix) finding.fix = f.fix;
  const located = { finding };
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
    file: toPosix(relativePath(cwd, p.file)),
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
function relativeMessage(message, cwd) {
  let real = cwd;
  try {
    real = realpathSync(cwd);
  } catch {
  }
  let out = message;
  for (const dir of /* @__PURE__ */ new Set([cwd, real])) {
    if (dir === sep) continue;
    const at = `(?<![\\w.@/\\\\-])${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    out = out.replace(new RegExp(`${at}${sep.replace("\\", "\\\\")}`, "g"), "").replace(new RegExp(`${at}(?![\\w.@-])`, "g"), ".");
  }
  return out;
}
function renderProblems(r, discovery, cwd, diagnostics) {
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const out = [];
  for (const d of r.result.diagnostics) {
    const message = oneLine(relativeMessage(d.message, cwd));
    if (d.code === "render-incomplete") {
      const file2 = d.file ? resolve(cwd, d.file) : r.app.anchor;
      const text = `${r.app.name} is ${message}`;
      const at = { ruleId: "render-error", file: file2, line: d.line ?? 1, column: d.column ?? 1, message: text };
      out.push({ ...problemFinding(at, cwd, [r.app.name]), ruleId: "render-incomplete", severity: "warning" });
      continue;
    }
    if (d.severity === "warning" || d.severity === "info") {
      diagnostics.push(`${r.app.name}: ${d.severity === "info" ? "note" : "warning"}: ${message}`);
      continue;
    }
    const file = d.file ? resolve(cwd, d.file) : r.app.anchor;
    if (problemFiles.has(file)) continue;
    const ruleId = /: invalid YAML: /.test(message) ? "yaml-syntax" : "render-error";
    out.push(problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${message}` }, cwd, [r.app.name]));
  }
  return out;
}

// src/cli/change.ts
function flatten(apps, fileFor) {
  const inputs = [];
  const places = [];
  for (const app of apps) {
    if (app.failed) continue;
    app.objects.forEach((object, index) => {
      const file = app.result.origin(index, "")?.file;
      inputs.push(file ? { object, file: fileFor(file) } : { object });
      places.push({ app, index });
    });
  }
  return { inputs, places };
}
async function changeFindings(run, head, diagnostics) {
  if (!run.inGit) throw new UsageError(`--base ${run.ref} needs a git checkout; ${run.cwd} is not in one`);
  const evaluateChange = run.engine.evaluateChange;
  if (!evaluateChange) throw new UsageError("--base: this engine has no change rules");
  let tree;
  try {
    tree = await openGitTree(run.repoRoot, run.ref);
  } catch (error) {
    if (error instanceof BaseTreeError) throw new UsageError(`--base ${run.ref}: ${error.message}`);
    throw error;
  }
  const base = await renderBase(run, tree, head);
  const broken = base.filter((app) => app.failed).map((app) => app.app.name);
  if (broken.length > 0) diagnostics.push(`--base ${run.ref}: ${broken.join(", ")} did not render at the base; their objects count as added.`);
  const policyFile = (file) => toPosix(relative(run.policyBase, file));
  const before = flatten(base, policyFile);
  const after = flatten(head.apps, policyFile);
  const out = [];
  for (const finding of evaluateChange(before.inputs, after.inputs, run.evaluateOptions)) {
    const place = (finding.side === "base" ? before : after).places[finding.objectIndex];
    if (!place) continue;
    const scope = run.scope;
    if (scope && !appReaches(place.app, scope, run.cwd)) continue;
    out.push({ ...locate({ ...finding, objectIndex: place.index }, place.app, run.cwd).finding, side: finding.side });
  }
  return out;
}
async function renderBase(run, tree, head) {
  const roots = run.roots.filter((root) => typeOrUndefined(tree.fs, root) === "dir");
  if (roots.length === 0) return [];
  const { excluded } = buildExcluder({ patterns: run.exclude, cwd: run.cwd, ignoreFileDir: run.repoRoot, fs: tree.fs });
  const sourceRoots = [.../* @__PURE__ */ new Set([...run.sourceRoots, run.repoRoot])];
  const yamlFiles = { get: (file) => tree.unchanged(file) ? head.yamlFiles.get(file) : void 0, set: () => {
  } };
  const discovery = discover({ cwd: run.cwd, roots, sourceRoots, excluded, repoRoot: run.repoRoot, fs: tree.fs, yamlFiles });
  const heads = new Map(head.apps.map((app) => [app.app.name, app]));
  const base = await renderApps(discovery, run.renderer, void 0, (app) => {
    const same = heads.get(app.name);
    return same && sameDefinition(same.app, app) && same.inputs.every((file) => tree.unchanged(file)) ? { ...same, app } : void 0;
  }, tree.fs);
  const incomplete = base.flatMap((rendered, index) => rendered.result.diagnostics.some((d) => d.code === "render-incomplete") ? [index] : []);
  if (incomplete.length === 0) return base;
  const written = tree.materialize();
  try {
    for (const index of incomplete) base[index] = await renderWritten(base[index], run, discovery, written.root);
  } finally {
    written.dispose();
  }
  return base;
}
function sameDefinition(headApp, baseApp) {
  if (baseApp.flux && baseApp.flux.substituteFrom.length > 0) return false;
  return JSON.stringify(headApp) === JSON.stringify(baseApp);
}
async function renderWritten(app, run, discovery, root) {
  const into = (path) => join(root, relative(run.repoRoot, path));
  const back = (path) => path.startsWith(root + sep2) ? join(run.repoRoot, relative(root, path)) : path;
  const moved = {
    ...app.app,
    anchor: into(app.app.anchor),
    ...app.app.dir ? { dir: into(app.app.dir) } : {},
    ...app.app.files ? { files: app.app.files.map(into) } : {},
    ...app.app.kustomizations ? { kustomizations: app.app.kustomizations.map(into) } : {},
    ...app.app.components ? { components: app.app.components.map(into) } : {}
  };
  const rendered = await renderApp(moved, run.renderer, run.renderer.newCache(), { ...discovery, repoRoot: root });
  const { result } = rendered;
  return {
    ...rendered,
    app: app.app,
    inputs: rendered.inputs.map(back),
    result: {
      ...result,
      inputs: result.inputs.map(back),
      origin(index, pointer) {
        const origin = result.origin(index, pointer);
        return origin ? { ...origin, file: back(origin.file) } : void 0;
      }
    }
  };
}

// src/cli/evaluate.ts
import { relative as relative2 } from "node:path";
function evaluateUnits(units, engine, options, policyBase) {
  const outcome = { findings: [], failures: [] };
  for (const unit of units) {
    for (const pass of unit.passes) {
      const inputs = pass.objects.map(({ object, app, index }) => {
        const file = app.result.origin(index, "")?.file;
        return file ? { object, file: toPosix(relative2(policyBase, file)) } : { object };
      });
      let findings;
      try {
        findings = engine.evaluate(inputs, options);
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
import { readFileSync, writeFileSync } from "node:fs";
import { relative as relative3 } from "node:path";

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
var import_yaml = __toESM(require_dist(), 1);
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
  if (op.op === "move") return planRename(candidate, op.from, op.path);
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
function planRename(candidate, from, to) {
  const source = decodePointer(from);
  const target = decodePointer(to);
  const key = target.at(-1);
  if (key === void 0 || source.length !== target.length || source.slice(0, -1).join("/") !== target.slice(0, -1).join("/")) {
    return `move ${from} \u2192 ${to} is not a rename within one map`;
  }
  if (existingPrefix(candidate.object, source).depth !== source.length) return `${from} does not exist in the rendered object`;
  const origin = candidate.origin(from);
  if (!origin) return `no source position for ${from}`;
  if (origin.via !== "resource" && origin.via !== "patch") return `${from} is set by a ${origin.via} (edit it by hand)`;
  if (origin.via === "patch" && isKustomizationFile(origin.file)) return `${from} is set by an inline patch (edit it by hand)`;
  return { file: origin.file, edit: { op: "rename", docIndex: origin.docIndex, yamlPath: origin.yamlPath, key } };
}
function applyEdit(doc, edit) {
  switch (edit.op) {
    case "rename": {
      const parent = edit.yamlPath.length > 1 ? doc.getIn(edit.yamlPath.slice(0, -1), true) : doc.contents;
      const name = edit.yamlPath.at(-1);
      if (!(0, import_yaml.isMap)(parent) || edit.key === void 0 || parent.has(edit.key)) return false;
      const pair = parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === name);
      if (!pair || !(0, import_yaml.isScalar)(pair.key)) return false;
      pair.key.value = edit.key;
      return true;
    }
    case "set":
      if (edit.yamlPath.length === 0) return false;
      doc.setIn(edit.yamlPath, doc.createNode(edit.value));
      return true;
    case "delete":
      return doc.deleteIn(edit.yamlPath);
    case "append":
    case "insert": {
      const node = edit.yamlPath.length ? doc.getIn(edit.yamlPath, true) : doc.contents;
      if (!(0, import_yaml.isSeq)(node)) return false;
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
  for (const [file, edits] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    let before;
    try {
      before = readFileSync(file, "utf8");
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
      if (!doc || !((0, import_yaml.isMap)(doc.contents) || (0, import_yaml.isSeq)(doc.contents))) {
        skipped.push(`${file}: document ${edit.docIndex} not found`);
        continue;
      }
      if (applyEdit(doc, edit)) changed.add(edit.docIndex);
      else skipped.push(`${file}: could not edit ${edit.yamlPath.join(".")}`);
    }
    if (changed.size === 0) continue;
    const after = printEdited(before, docs, changed);
    if (after === before) continue;
    const rel = toPosix2(relative3(opts.cwd, file));
    diffs.push(
      createTwoFilesPatch(`a/${rel}`, `b/${rel}`, maskSourceText(before, file), maskSourceText(after, file), void 0, void 0, {
        context: 3
      })
    );
    files.push(rel);
    if (opts.write) writeFileSync(file, after);
  }
  return { diff: diffs.join(""), files, applied, skipped };
}

// src/cli/merge.ts
var FindingMerger = class {
  groups = /* @__PURE__ */ new Map();
  /** Add one app's findings (in the engine's order: the n-th same-keyed finding of each app pairs with the n-th). */
  addApp(app, findings) {
    const rank = /* @__PURE__ */ new Map();
    for (const located of findings) {
      const f = located.finding;
      const base = [f.ruleId, f.severity, f.file, f.line, f.column, f.path, f.messageId ?? "", located.value ?? ""].join("\0");
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

// src/cli/passes.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, relative as relative5, resolve as resolve3 } from "node:path";

// src/cli/suppressions.ts
import { existsSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname, relative as relative4, resolve as resolve2 } from "node:path";
var DEFAULT_SUPPRESSIONS_FILE = "pgwarden-suppressions.json";
function readSuppressions(path) {
  if (!existsSync(path)) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync2(path, "utf8"));
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
  return toPosix2(relative4(base, resolve2(cwd, finding.file)));
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
  const base = dirname(opts.path);
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

// src/cli/passes.ts
function summarize(findings, apps, files) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    apps,
    files
  };
}
function suppress(options, cwd, result) {
  if (!(options.suppressionsFile || options.suppressAll || options.pruneSuppressions || existsSync2(join2(cwd, DEFAULT_SUPPRESSIONS_FILE)))) return;
  const path = resolve3(cwd, options.suppressionsFile ?? DEFAULT_SUPPRESSIONS_FILE);
  const outcome = applySuppressions(result.report.findings, {
    path,
    cwd,
    ...options.suppressAll ? { suppressAll: true } : {},
    ...options.pruneSuppressions ? { prune: true } : {}
  });
  result.report.findings = outcome.findings;
  result.report.summary = { ...summarize(outcome.findings, result.report.summary.apps, result.report.summary.files), suppressed: outcome.suppressed };
  result.suppressions = { file: toPosix(relative5(cwd, path)), suppressed: outcome.suppressed, written: outcome.written, pruned: outcome.pruned };
  if (outcome.unused > 0 && !options.pruneSuppressions) {
    result.diagnostics.push(`${toPosix(relative5(cwd, path))}: ${outcome.unused} suppression entr${outcome.unused === 1 ? "y no longer occurs" : "ies no longer occur"}; run with --prune-suppressions.`);
  }
}
function addRunNotes(options, narrowed, result) {
  if (result.report.summary.apps === 0 && (options.changedSince || narrowed)) {
    result.diagnostics.push(
      options.changedSince ? `no app reads a file changed since ${options.changedSince}: nothing to lint.` : "no app reads the files given: nothing to lint."
    );
  } else if (result.postgresObjects === 0) {
    const where = options.paths.length ? options.paths.join(", ") : ".";
    const { apps, files } = result.report.summary;
    result.diagnostics.push(
      `no PostgreSQL object found in ${where} (${apps} app${apps === 1 ? "" : "s"}, ${files} file${files === 1 ? "" : "s"}): is this the right path?`
    );
  }
}

// src/cli/unjudged.ts
import { relative as relative6 } from "node:path";
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function clusters(engine, objects) {
  try {
    return engine.countClusters(objects.map((object) => ({ object })));
  } catch {
    return 0;
  }
}
function processed(template, objects) {
  const values = /* @__PURE__ */ new Map();
  for (const p of Array.isArray(template.parameters) ? template.parameters : []) {
    if (isObject(p) && typeof p.name === "string") values.set(p.name, typeof p.value === "string" && p.value !== "" ? p.value : p.name.toLowerCase());
  }
  const text = JSON.stringify(objects).replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name) => JSON.stringify(values.get(name) ?? name.toLowerCase()).slice(1, -1));
  return JSON.parse(text);
}
function unjudgedNotes(engine, r, cwd) {
  const notes = [];
  r.objects.forEach((object, index) => {
    if (!isObject(object) || typeof object.apiVersion !== "string") return;
    const name = isObject(object.metadata) && typeof object.metadata.name === "string" ? object.metadata.name : "(unnamed)";
    const origin = r.result.origin(index, "");
    const at = origin ? `${toPosix(relative6(cwd, origin.file))}:${origin.line}` : toPosix(relative6(cwd, r.app.anchor));
    if (object.kind === "Template" && /^(template\.openshift\.io\/)?v1$/.test(object.apiVersion) && Array.isArray(object.objects)) {
      const count = clusters(engine, processed(object, object.objects.filter(isObject)));
      if (count > 0) {
        notes.push(
          `${at}: OpenShift Template ${name} not checked: the ${count} Postgres object${count === 1 ? "" : "s"} in its objects ${count === 1 ? "is" : "are"} created only when \`oc process\` substitutes its parameters; lint the processed output (\`oc process -f FILE --local -o yaml\`).`
        );
      }
    } else if (object.kind === "PetSet" && object.apiVersion.startsWith("apps/")) {
      notes.push(
        `${at}: PetSet ${name} (${object.apiVersion}) not checked: PetSet became StatefulSet in Kubernetes 1.5 and no apiserver serves it since, so it is rejected; write it as an apps/v1 StatefulSet to have it judged.`
      );
    }
  });
  return notes;
}

// src/cli/lint.ts
async function runLint(options, deps = {}) {
  const inForce = parseMemo();
  try {
    const run = await prepare(options, deps);
    let { result, merger, rendered, yamlFiles } = await lint(run);
    if (options.fix) {
      const outcome = applyFixes(merger.fixes(), { cwd: run.cwd, write: options.fix === "apply" });
      if (options.fix === "apply" && outcome.files.length > 0) ({ result, merger, rendered, yamlFiles } = await lint(run));
      result.fix = outcome;
    }
    if (options.base !== void 0) await judgeChange(run, result, rendered, yamlFiles);
    suppress(options, run.cwd, result);
    addRunNotes(options, run.scopeFiles !== void 0, result);
    run.parseCache?.save();
    return result;
  } finally {
    setParseMemo(inForce);
  }
}
async function printConfig(file, options, deps = {}) {
  const run = await prepare({ ...options, paths: [file] }, deps);
  const target = resolve4(run.cwd, file);
  const discovery = discover({ cwd: run.cwd, roots: run.roots, sourceRoots: run.sourceRoots, excluded: run.excluded, repoRoot: run.repoRoot });
  const rendered = await renderApps(discovery, run.renderer, () => {
  });
  const byIdentity = /* @__PURE__ */ new Map();
  for (const r of rendered) {
    if (!r.inputs.includes(target)) continue;
    r.objects.forEach((object, i) => {
      const origin = r.result.origin(i, "")?.file;
      if (origin !== target) return;
      const md = object.metadata ?? {};
      const resource = {
        apiVersion: String(object.apiVersion ?? ""),
        kind: String(object.kind ?? ""),
        name: String(md.name ?? ""),
        ...typeof md.namespace === "string" ? { namespace: md.namespace } : {}
      };
      const policy = policyFor({ object, file: toPosix(relative7(run.policyBase, origin)) }, run.policy);
      const key = `${resource.kind}/${resource.namespace ?? ""}/${resource.name}/${policy.name}`;
      const seen = byIdentity.get(key);
      if (seen) {
        if (!seen.apps.includes(r.app.name)) seen.apps.push(r.app.name);
        return;
      }
      const rules = {};
      for (const meta of safeRules(run.engine)) {
        const setting = ruleSetting(policy, meta);
        let resolved = setting.options;
        try {
          resolved = { ...resolveOptions(meta, setting.options) };
        } catch {
        }
        rules[meta.id] = { severity: setting.severity, options: resolved };
      }
      byIdentity.set(key, { resource, apps: [r.app.name], policy: policy.name, mode: policy.mode, rules });
    });
  }
  return {
    file: toPosix(relative7(run.cwd, target)),
    policyFile: run.policyFile ? toPosix(relative7(run.cwd, run.policyFile)) : null,
    policies: run.policy ? run.policy.policies.map((p) => p.name) : [recommendedPolicy.name],
    objects: [...byIdentity.values()]
  };
}
async function prepare(options, deps) {
  const cwd = resolve4(options.cwd ?? process.cwd());
  const engine = deps.engine ?? await loadEngine();
  const renderer = deps.renderer ?? await loadRenderer();
  const paths = (options.paths.length ? options.paths : ["."]).map((p) => resolve4(cwd, p));
  const dirs = [];
  const files = [];
  for (const p of paths) {
    let type;
    try {
      type = nodeFs.typeOf(p);
    } catch {
      throw new UsageError(`${toPosix(relative7(cwd, p)) || p}: no such file or directory`);
    }
    (type === "dir" ? dirs : files).push(p);
  }
  const roots = dirs.length ? dirs : [cwd];
  const top = gitTopLevel(roots[0] ?? cwd);
  const sourceRoots = [.../* @__PURE__ */ new Set([...roots, ...top ? [top] : [], cwd])];
  const inCwd = roots.every((r) => r === cwd || r.startsWith(cwd.endsWith(sep3) ? cwd : cwd + sep3));
  const repoRoot = top ?? (inCwd ? cwd : roots[0] ?? cwd);
  const { excluded } = buildExcluder({ patterns: options.exclude ?? [], cwd, ignoreFileDir: top ?? cwd, fs: nodeFs });
  const notes = [];
  let scopeFiles;
  if (files.length || options.changedSince) {
    scopeFiles = /* @__PURE__ */ new Set();
    for (const f of files) {
      if (excluded(f, false)) notes.push(`${toPosix(relative7(cwd, f))}: excluded (--exclude or .pgwardenignore); not linted.`);
      else scopeFiles.add(f);
    }
    if (options.changedSince) {
      for (const f of changedFilesSince(options.changedSince, cwd)) if (!excluded(f, false)) scopeFiles.add(f);
    }
  }
  const policyStart = dirs[0] ?? (files[0] ? dirname2(files[0]) : cwd);
  const policyFile = options.policyFile ? resolve4(cwd, options.policyFile) : findPolicyFile(policyStart);
  if (options.policyFile && !existsSync3(policyFile ?? "")) throw new PolicyFileError(`${options.policyFile}: policy file not found`);
  if (!options.policyFile) {
    const others = new Set([...dirs, ...files.map((f) => dirname2(f))].map((start) => findPolicyFile(start)).filter((f) => f !== policyFile));
    for (const other of others) {
      const shown = other ? toPosix(relative7(cwd, other)) : "the built-in preset";
      notes.push(`some paths given are nearer to ${shown}; one policy applies per run: ${policyFile ? toPosix(relative7(cwd, policyFile)) : "the built-in preset"}.`);
    }
  }
  const run = { options, cwd, engine, renderer, roots, sourceRoots, repoRoot, excluded, policyBase: options.policyFilesBase ?? (policyFile ? dirname2(policyFile) : cwd), notes };
  if (options.parseCache) {
    run.parseCache = ParseCache.open(options.parseCache, repoRoot);
    run.parseCache.enter();
  }
  if (policyFile) {
    run.policy = loadPolicy(engine, policyFile, parseMemo());
    run.policyFile = policyFile;
  }
  if (scopeFiles) run.scopeFiles = scopeFiles;
  return run;
}
function repoCrds(rendered, cwd) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const app of rendered) {
    app.objects.forEach((object, index) => {
      if (object.kind !== "CustomResourceDefinition" || seen.has(object)) return;
      seen.add(object);
      const file = app.result.origin(index, "")?.file;
      found.push({ crd: object, source: `the CRD in ${file ? toPosix(relative7(cwd, file)) : app.app.name}` });
    });
  }
  return found;
}
async function lint(run) {
  const { cwd, engine, options } = run;
  const diagnostics = [...run.notes];
  const debug = options.debug;
  let phaseStart = debug ? performance.now() : 0;
  const phase = (name, detail) => {
    if (!debug) return;
    const now = performance.now();
    debug(`${name} ${(now - phaseStart).toFixed(1)} ms: ${detail}`);
    phaseStart = now;
  };
  if (options.debug) {
    options.debug(`policy: ${run.policyFile ? toPosix(relative7(cwd, run.policyFile)) : "the built-in recommended preset"}; roots: ${run.roots.map((r) => toPosix(relative7(cwd, r)) || ".").join(", ")}`);
  }
  const changedOnly = options.base === void 0 && run.scopeFiles !== void 0;
  const yamlFiles = /* @__PURE__ */ new Map();
  const fs = memoizedFs(nodeFs);
  const discovery = discover({
    fs,
    cwd,
    roots: run.roots,
    sourceRoots: run.sourceRoots,
    excluded: run.excluded,
    repoRoot: run.repoRoot,
    ...options.base !== void 0 || changedOnly ? { yamlFiles } : {}
  });
  diagnostics.push(...discovery.diagnostics);
  phase("discover", `${discovery.apps.length} apps (${discovery.apps.map((a) => a.name).join(", ")}), ${discovery.problems.length} file problems`);
  const progress = (done, total) => options.onProgress?.(done, total * 2);
  let leftOut = 0;
  let rendered;
  if (changedOnly && run.scopeFiles) {
    ({ rendered, left: leftOut } = await renderChanged(discovery, run.renderer, run.scopeFiles, yamlFiles, fs, cwd, progress));
  } else {
    rendered = await renderApps(discovery, run.renderer, progress);
  }
  const renders = rendered.length;
  if (options.debug) {
    const fallbacks = rendered.filter((r) => r.objects.some((_, i) => r.result.origin(i, "")?.via === "fallback")).map((r) => r.app.name);
    const skipped = changedOnly ? `, ${leftOut} left out (no file given or changed reaches them)` : "";
    phase("render", `${renders} apps${changedOnly ? ` (${rendered.map((r) => r.app.name).join(", ")})` : ""}${skipped}, ${rendered.filter((r) => r.failed).length} failed, kustomize fallback for ${fallbacks.length ? fallbacks.join(", ") : "none"}`);
  }
  const scope = run.scopeFiles;
  const selected = scope ? rendered.filter((r) => appReaches(r, scope, cwd)) : rendered;
  const crds = [...repoCrds(rendered, cwd), ...options.crds ?? []];
  const evaluateOptions = {
    ...run.policy ? { policy: run.policy } : {},
    ...options.clusterStorageClasses ? { clusterStorageClasses: options.clusterStorageClasses } : {},
    ...crds.length > 0 ? { crds } : {}
  };
  const evaluated = evaluateUnits(evaluationUnits(rendered, new Set(selected)), engine, evaluateOptions, run.policyBase);
  const findingsByApp = /* @__PURE__ */ new Map();
  for (const { app, finding } of evaluated.findings) {
    const list = findingsByApp.get(app) ?? [];
    const located = locate(finding, app, cwd);
    located.finding.policy = policyOf(run, app, finding);
    list.push(located);
    findingsByApp.set(app, list);
  }
  phase("evaluate", `${selected.length} apps reported on, ${evaluated.findings.length} findings before merging`);
  const merger = new FindingMerger();
  const problems = [];
  const inputsByApp = {};
  const countedFiles = /* @__PURE__ */ new Set();
  let postgresObjects = 0;
  let checked = 0;
  for (const r of selected) {
    inputsByApp[r.app.name] = r.inputs.map((i) => toPosix(relative7(cwd, i))).sort();
    for (const i of r.inputs) countedFiles.add(i);
    diagnostics.push(...r.notes);
    if (r.app.undeployed) diagnostics.push(`${r.app.name}: no Argo CD Application or Flux Kustomization in this tree deploys it; linted as it stands.`);
    problems.push(...renderProblems(r, discovery, cwd, diagnostics));
    if (!r.failed) {
      postgresObjects += countClusters(engine, r);
      for (const note of unjudgedNotes(engine, r, cwd)) if (!diagnostics.includes(note)) diagnostics.push(note);
      const failure = evaluated.failures.find((f) => f.app === r);
      if (failure) {
        const message = `Internal error evaluating ${r.app.name}: ${oneLine(failure.message)}`;
        problems.push(problemFinding({ ruleId: "render-error", file: r.app.anchor, line: 1, column: 1, message }, cwd, [r.app.name]));
      }
      merger.addApp(r.app.name, findingsByApp.get(r) ?? []);
    }
    options.onProgress?.(renders + ++checked, renders + selected.length);
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
  for (const f of findings) {
    f.apps.sort();
    f.policy ??= { name: recommendedPolicy.name, file: null };
  }
  phase("locate and merge", `${findings.length} findings`);
  const rules = [...safeRules(engine), ...CLI_RULES];
  const policy = run.policyFile && run.policy ? { file: toPosix(relative7(cwd, run.policyFile)), names: run.policy.policies.map((p) => p.name) } : { file: null, names: [recommendedPolicy.name] };
  const result = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), policy, findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules
  };
  return { result, merger, rendered, yamlFiles };
}
async function judgeChange(run, result, rendered, yamlFiles) {
  const { options } = run;
  const changeRun = {
    ref: options.base ?? "HEAD",
    cwd: run.cwd,
    repoRoot: run.repoRoot,
    roots: run.roots,
    sourceRoots: run.sourceRoots,
    exclude: options.exclude ?? [],
    engine: run.engine,
    renderer: run.renderer,
    evaluateOptions: evaluateOptionsOf(run),
    policyBase: run.policyBase,
    inGit: gitTopLevel(run.repoRoot) !== void 0,
    ...run.scopeFiles ? { scope: run.scopeFiles } : {}
  };
  const found = await changeFindings(changeRun, { apps: rendered, yamlFiles }, result.diagnostics);
  const findings = [...result.report.findings, ...found];
  result.report.findings = sortFindings(findings);
  result.report.summary = summarize(findings, result.report.summary.apps, result.report.summary.files);
}
function evaluateOptionsOf(run) {
  return {
    ...run.policy ? { policy: run.policy } : {},
    ...run.options.clusterStorageClasses ? { clusterStorageClasses: run.options.clusterStorageClasses } : {}
  };
}
function policyOf(run, app, finding) {
  if (!run.policy || !run.policyFile) return { name: recommendedPolicy.name, file: null };
  const { kind, name, namespace } = finding.resource;
  const about = app.objects.findIndex((o) => {
    const md = o.metadata ?? {};
    return o.kind === kind && md.name === name && (md.namespace ?? void 0) === namespace;
  });
  const index = about >= 0 ? about : finding.objectIndex;
  const object = app.objects[index];
  const file = app.result.origin(index, "")?.file;
  const policy = policyFor(file ? { object, file: toPosix(relativePath(run.policyBase, file)) } : { object }, run.policy);
  return policy === recommendedPolicy ? { name: policy.name, file: null } : { name: policy.name, file: toPosix(relativePath(run.cwd, run.policyFile)) };
}
function countClusters(engine, r) {
  const own = r.objects.map((object) => ({ object }));
  try {
    return engine.countClusters(own);
  } catch {
    return 0;
  }
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message)
  );
}
function safeRules(engine) {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}

export {
  summarize,
  runLint,
  printConfig
};
