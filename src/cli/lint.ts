// `pgwarden lint`, in process. Stable API (the GitHub Action and the tests call it):
//
//   runLint(options: LintOptions, deps?: LintDeps): Promise<LintResult>
//     options.paths   dirs and/or files (files limit the run to the apps that include them), default ['.']
//     options.cwd     report paths are relative to it (default process.cwd())
//     options.policyFile, changedSince, clusterStorageClasses, fix, suppressionsFile, suppressAll,
//     pruneSuppressions, onProgress — see LintOptions in report.ts
//   → { report, diagnostics, inputsByApp, postgresObjects, rules, fix?, suppressions? }
//
// Throws only UsageError / PolicyFileError (exit 2). Everything wrong in the linted tree — invalid YAML, an app
// that does not render, an unreadable file — is a finding at file:line and the rest of the tree is still linted.
// Pipeline: discover apps → render each (one RenderCache for the run) → Flux substitution / namespaces →
// evaluate per app with the objects other apps put in the same namespace as context → findings mapped through
// provenance to the line a person edits → deduplicated across apps.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { PolicySet } from '../policies/policy.js';
import type { Finding, InputObject, ResourceRef, RuleMeta } from '../policies/types.js';
import type { Origin, RenderResult } from '../render/types.js';
import { CLI_RULES } from './cli-rules.js';
import { type EngineApi, loadEngine, loadRenderer, type RendererApi } from './deps.js';
import { type App, type Discovery, discover, type FileProblem } from './discover.js';
import { PolicyFileError, UsageError } from './errors.js';
import { applyFixes, type FixCandidate } from './fix.js';
import { fluxSubstitute } from './flux.js';
import { toPosix } from './formatters/paths.js';
import { changedFilesSince, gitTopLevel } from './git.js';
import type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE } from './suppressions.js';

export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';

export interface LintDeps {
  engine?: EngineApi;
  renderer?: RendererApi;
}

export const POLICY_FILE_NAME = '.pgwarden.yaml';

/** Kinds kustomize and the apiserver treat as cluster-scoped: a destination/target namespace never applies. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'PriorityClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'APIService',
  'IngressClass',
  'RuntimeClass',
  'VolumeSnapshotClass',
  'CSIDriver',
  'Node',
  'ClusterIssuer',
  'ClusterImageCatalog',
]);

/** Nearest `.pgwarden.yaml` from `start` upwards. */
export function findPolicyFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, POLICY_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadPolicy(engine: EngineApi, file: string): PolicySet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyFileError(`${file}: cannot read policy (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return engine.parsePolicy(text, file);
  } catch (error) {
    throw new PolicyFileError((error as Error).message || String(error));
  }
}

interface RenderedApp {
  app: App;
  result: RenderResult;
  /** Rendered objects after Flux substitution and namespace defaulting (same indexes as result.objects). */
  objects: Record<string, unknown>[];
  inputs: string[];
  failed: boolean;
  notes: string[];
  /** Flux variable values substituted into this app's objects (for merging findings across apps). */
  variables: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resourceOf(object: unknown): ResourceRef {
  const o = isRecord(object) ? object : {};
  const md = isRecord(o.metadata) ? o.metadata : {};
  const ref: ResourceRef = {
    apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : '',
    kind: typeof o.kind === 'string' ? o.kind : '',
    name: typeof md.name === 'string' ? md.name : '',
  };
  if (typeof md.namespace === 'string') ref.namespace = md.namespace;
  return ref;
}

function namespaceOf(object: Record<string, unknown>): string | undefined {
  const md = object.metadata;
  return isRecord(md) && typeof md.namespace === 'string' && md.namespace ? md.namespace : undefined;
}

/** Argo CD fills in the destination namespace where none is set; Flux `targetNamespace` overrides it. */
function withNamespace(objects: Record<string, unknown>[], namespace: string, override: boolean): Record<string, unknown>[] {
  return objects.map((o) => {
    if (typeof o.kind === 'string' && CLUSTER_SCOPED.has(o.kind)) return o;
    if (!override && namespaceOf(o)) return o;
    const md = isRecord(o.metadata) ? o.metadata : {};
    return { ...o, metadata: { ...md, namespace } };
  });
}

/** First line only, bounded: renderer/parser messages may quote source text, which may be a Secret's value. */
function oneLine(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.length > 400 ? `${first.slice(0, 400)}…` : first;
}

/** Flux `spec.commonMetadata`: labels and annotations set on every object (they win over the object's own). */
function withCommonMetadata(
  objects: Record<string, unknown>[],
  common: { labels: Record<string, string>; annotations: Record<string, string> },
): Record<string, unknown>[] {
  return objects.map((o) => {
    const md = isRecord(o.metadata) ? o.metadata : {};
    const labels = { ...(isRecord(md.labels) ? md.labels : {}), ...common.labels };
    const annotations = { ...(isRecord(md.annotations) ? md.annotations : {}), ...common.annotations };
    return {
      ...o,
      metadata: {
        ...md,
        ...(Object.keys(labels).length ? { labels } : {}),
        ...(Object.keys(annotations).length ? { annotations } : {}),
      },
    };
  });
}

/** Several renders as one app: objects concatenated, each origin asked of the render it came from. */
export function combineResults(parts: RenderResult[]): RenderResult {
  if (parts.length === 1 && parts[0]) return parts[0];
  const offsets: { start: number; part: RenderResult }[] = [];
  const objects: Record<string, unknown>[] = [];
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
      return undefined;
    },
  };
}

function emptyResult(): RenderResult {
  return { objects: [], origin: () => undefined, inputs: [], diagnostics: [] };
}

function fluxVariables(app: App, discovery: Discovery, notes: string[]): Record<string, string> {
  const flux = app.flux;
  if (!flux) return {};
  const vars: Record<string, string> = {};
  for (const ref of flux.substituteFrom) {
    if (ref.kind !== 'ConfigMap') {
      // Secret values are never read by pgwarden: those variables stay unknown.
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
    for (const [k, v] of Object.entries(data)) if (v !== null && v !== undefined) vars[k] = String(v);
  }
  // spec.postBuild.substitute takes precedence over substituteFrom.
  return { ...vars, ...flux.substitute };
}

async function renderApp(app: App, renderer: RendererApi, cache: unknown, discovery: Discovery, repoRoot: string): Promise<RenderedApp> {
  const notes: string[] = [];
  let result: RenderResult;
  try {
    // repoRoot: nothing outside the repository is read, whatever a kustomization or symlink names (issue 9).
    if (app.type === 'kustomization' && app.dir) {
      const opts: Parameters<RendererApi['render']>[1] = { loadRestrictor: app.loadRestrictor, cache, repoRoot };
      if (app.components?.length) opts.components = app.components;
      result = await renderer.render(app.dir, opts);
    } else {
      const parts: RenderResult[] = [];
      if (app.files?.length) parts.push(await renderer.renderFiles(app.files, { cache, loadRestrictor: app.loadRestrictor, repoRoot }));
      for (const dir of app.kustomizations ?? []) parts.push(await renderer.render(dir, { cache, loadRestrictor: app.loadRestrictor, repoRoot }));
      result = combineResults(parts);
    }
  } catch (error) {
    // The renderer returns diagnostics rather than throwing; anything thrown is reported on the app, not fatal.
    result = emptyResult();
    const e = error as { message?: string; file?: string; line?: number; column?: number };
    result.diagnostics.push({
      severity: 'error',
      message: e.message ?? String(error),
      file: e.file ?? app.anchor,
      ...(e.line ? { line: e.line } : {}),
      ...(e.column ? { column: e.column } : {}),
    });
  }
  let objects = result.objects;
  const variables: string[] = [];
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
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  const inputs = [...new Set([...(result.inputs ?? []), ...(app.files ?? []), app.anchor])];
  return { app, result, objects, inputs, failed, notes, variables };
}

interface Mapped {
  finding: ReportFinding;
  fix?: FixCandidate;
}

interface MergedFinding extends Mapped {
  template: string;
  resources: ResourceRef[];
}

function mapFinding(f: Finding, rendered: RenderedApp, cwd: string): Mapped {
  const origin: Origin | undefined = rendered.result.origin(f.objectIndex, f.path) ?? rendered.result.origin(f.objectIndex, '');
  const file = origin?.file ?? rendered.app.anchor;
  const line = origin?.line ?? 1;
  const column = origin?.column ?? 1;
  const finding: ReportFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: toPosix(relative(cwd, file)),
    line,
    column,
    endLine: origin?.endLine ?? line,
    endColumn: origin?.endColumn ?? column,
    resource: f.resource,
    path: f.path,
    apps: [rendered.app.name],
  };
  if (f.fix) finding.fix = f.fix;
  const mapped: Mapped = { finding };
  if (f.fix) {
    mapped.fix = {
      fix: f.fix,
      object: rendered.objects[f.objectIndex],
      origin: (pointer) => rendered.result.origin(f.objectIndex, pointer),
      label: `${f.ruleId} ${finding.file}:${line}`,
    };
  }
  return mapped;
}

function problemFinding(p: FileProblem, cwd: string, apps: string[]): ReportFinding {
  return {
    ruleId: p.ruleId,
    severity: 'error',
    message: p.message,
    file: toPosix(relative(cwd, p.file)),
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    resource: { apiVersion: '', kind: '', name: '' },
    path: '',
    apps,
  };
}

const RESOURCE_MARK = '\u0001';

/**
 * The message with what an app gives a shared object — its `namespace/name`, bare name, and the Flux variables
 * substituted into it — replaced by a mark: equal templates at one source position are one finding.
 */
function messageTemplate(message: string, resource: ResourceRef, variables: readonly string[]): string {
  let out = message;
  if (resource.name && resource.namespace) out = out.split(`${resource.namespace}/${resource.name}`).join(RESOURCE_MARK);
  if (resource.name) {
    // The bare name only as a whole token (not inside `shop-daily`).
    const escaped = resource.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, 'g'), RESOURCE_MARK);
  }
  for (const value of variables) if (value.length >= 3) out = out.split(value).join(RESOURCE_MARK);
  return out;
}

/** A merged finding keeps the first app's message and names the other objects it stands for. */
function mergedMessage(m: MergedFinding): void {
  const id = (r: ResourceRef) => (r.namespace ? `${r.namespace}/${r.name}` : r.name);
  const first = m.resources[0];
  if (!first) return;
  const others = [...new Set(m.resources.map(id))].filter((x) => x !== id(first));
  if (others.length > 0) m.finding.message = `${m.finding.message} (also ${others.join(', ')})`;
}

function sortFindings(findings: ReportFinding[]): ReportFinding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

export function summarize(findings: ReportFinding[], apps: number, files: number): LintReport['summary'] {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    apps,
    files,
  };
}

export async function runLint(options: LintOptions, deps: LintDeps = {}): Promise<LintResult> {
  return lintOnce(options, deps, true);
}

/** `post` = apply fixes and suppressions and add the run-level notes (not for the re-lint after --fix). */
async function lintOnce(options: LintOptions, deps: LintDeps, post: boolean): Promise<LintResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const engine = deps.engine ?? (await loadEngine());
  const renderer = deps.renderer ?? (await loadRenderer());
  const diagnostics: string[] = [];

  // Paths: directories are walked; files restrict the run to the apps that include them.
  const paths = (options.paths.length ? options.paths : ['.']).map((p) => (isAbsolute(p) ? p : resolve(cwd, p)));
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new UsageError(`${toPosix(relative(cwd, p)) || p}: no such file or directory`);
    }
    (isDir ? dirs : files).push(p);
  }
  // File arguments (pre-commit runs at the repository root): the apps around them are found from cwd.
  const roots = dirs.length ? dirs : [cwd];
  const top = gitTopLevel(roots[0] ?? cwd);
  const sourceRoots = [...new Set([...roots, ...(top ? [top] : []), cwd])];

  const policyFile = options.policyFile ? resolve(cwd, options.policyFile) : findPolicyFile(roots[0] ?? cwd);
  if (options.policyFile && !existsSync(policyFile ?? '')) throw new PolicyFileError(`${options.policyFile}: policy file not found`);
  const policy = policyFile ? loadPolicy(engine, policyFile) : undefined;
  const policyBase = policyFile ? dirname(policyFile) : cwd;

  // The repository: the git checkout; outside one, cwd when the linted paths are in it (Argo CD / Flux paths are
  // resolved from there), else the directory linted. Nothing outside it is read.
  const inCwd = roots.every((r) => r === cwd || r.startsWith(cwd.endsWith(sep) ? cwd : cwd + sep));
  const repoRoot = top ?? (inCwd ? cwd : (roots[0] ?? cwd));
  const discovery = discover({ cwd, roots, sourceRoots, repoRoot });
  diagnostics.push(...discovery.diagnostics);

  // Render every app with one cache (bases shared by overlays are parsed once).
  const cache = renderer.newCache();
  const rendered: RenderedApp[] = [];
  // Progress counts two steps per app: rendering every discovered app, then checking the selected ones.
  let steps = 0;
  for (const app of discovery.apps) {
    rendered.push(await renderApp(app, renderer, cache, discovery, repoRoot));
    options.onProgress?.(++steps, discovery.apps.length * 2);
  }

  // Which apps this run reports on: file arguments and --changed-since narrow it to the apps that read them.
  let selected = rendered;
  let scopeFiles: Set<string> | undefined;
  if (files.length || options.changedSince) {
    scopeFiles = new Set(files);
    if (options.changedSince) for (const f of changedFilesSince(options.changedSince, cwd)) scopeFiles.add(f);
    const scope = scopeFiles;
    selected = rendered.filter((r) => r.inputs.some((i) => scope.has(i)));
  }

  // Objects by namespace, for cross-app context (a reset Secret in an admin app meets its PostgresCluster).
  const byNamespace = new Map<string, { app: RenderedApp; object: Record<string, unknown>; file: string }[]>();
  for (const r of rendered) {
    if (r.failed) continue;
    r.objects.forEach((object, i) => {
      const ns = namespaceOf(object);
      if (!ns) return;
      const file = r.result.origin(i, '')?.file ?? r.app.anchor;
      const list = byNamespace.get(ns) ?? [];
      list.push({ app: r, object, file });
      byNamespace.set(ns, list);
    });
  }
  const identity = (o: Record<string, unknown>) => {
    const ref = resourceOf(o);
    return `${ref.apiVersion.split('/')[0]}|${ref.kind}|${ref.namespace ?? ''}|${ref.name}`;
  };

  const merged = new Map<string, MergedFinding>();
  const inputsByApp: Record<string, string[]> = {};
  const countedFiles = new Set<string>();
  let postgresObjects = 0;
  const evaluateOptions = {
    ...(policy ? { policy } : {}),
    ...(options.clusterStorageClasses ? { clusterStorageClasses: options.clusterStorageClasses } : {}),
  };
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const renderProblems: ReportFinding[] = [];

  let done = 0;
  for (const r of selected) {
    inputsByApp[r.app.name] = r.inputs.map((i) => toPosix(relative(cwd, i))).sort();
    for (const i of r.inputs) countedFiles.add(i);
    diagnostics.push(...r.notes);
    for (const d of r.result.diagnostics) {
      const message = oneLine(d.message);
      if (d.severity === 'warning') {
        diagnostics.push(`${r.app.name}: warning: ${message}`);
        continue;
      }
      const file = d.file ? resolve(cwd, d.file) : r.app.anchor;
      // The walk already reported this file's own syntax or read error; do not report it twice.
      if (problemFiles.has(file)) continue;
      // Paths in the renderer's messages are absolute: shown relative to cwd, as every report path is.
      const relativeMessage = message.split(`${cwd}${sep}`).join('');
      const ruleId = /: invalid YAML: /.test(message) ? 'yaml-syntax' : 'render-error';
      renderProblems.push(
        problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${relativeMessage}` }, cwd, [r.app.name]),
      );
    }
    if (!r.failed) {
      const own: InputObject[] = r.objects.map((object, i) => {
        const file = r.result.origin(i, '')?.file;
        return file ? { object, file: toPosix(relative(policyBase, file)) } : { object };
      });
      const ownIds = new Set(r.objects.map(identity));
      const context: InputObject[] = [];
      for (const ns of new Set(r.objects.map(namespaceOf).filter((n): n is string => Boolean(n)))) {
        for (const other of byNamespace.get(ns) ?? []) {
          if (other.app === r || ownIds.has(identity(other.object))) continue;
          context.push({ object: other.object, file: toPosix(relative(policyBase, other.file)) });
        }
      }
      try {
        postgresObjects += engine.countClusters(own);
      } catch {
        // counting is only for the "no Postgres object" note
      }
      let findings: Finding[];
      try {
        findings = engine.evaluate([...own, ...context], evaluateOptions);
      } catch (error) {
        findings = [];
        renderProblems.push(
          problemFinding({ ruleId: 'render-error', file: r.app.anchor, line: 1, column: 1, message: `Internal error evaluating ${r.app.name}: ${oneLine((error as Error).message ?? String(error))}` }, cwd, [r.app.name]),
        );
      }
      for (const f of findings) {
        if (f.objectIndex < 0 || f.objectIndex >= own.length) continue; // reported by the app that owns it
        const m = mapFinding(f, r, cwd);
        // A base or component shared by several apps yields the same finding in each, differing only in the
        // namespace (or Flux-substituted name) the app gave the object: one finding, with every app it affects.
        const template = messageTemplate(m.finding.message, f.resource, r.variables);
        const key = [m.finding.ruleId, m.finding.severity, m.finding.file, m.finding.line, m.finding.column, template].join('\u0000');
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

  // File problems from the walk: all of them on a full run, those in scope on a narrowed one.
  const problems = discovery.problems.filter((p) => !scopeFiles || scopeFiles.has(p.file));
  for (const m of merged.values()) mergedMessage(m);
  const findings: ReportFinding[] = [...merged.values()].map((m) => m.finding);
  for (const p of problems) {
    const apps = selected.filter((r) => r.inputs.includes(p.file)).map((r) => r.app.name);
    findings.push(problemFinding(p, cwd, apps));
    countedFiles.add(p.file);
  }
  // Render errors reported once per place, with every app they break.
  for (const p of renderProblems) {
    const same = findings.find((f) => f.ruleId === p.ruleId && f.file === p.file && f.line === p.line && f.message === p.message);
    if (same) {
      for (const a of p.apps) if (!same.apps.includes(a)) same.apps.push(a);
    } else {
      findings.push(p);
    }
  }
  for (const f of findings) f.apps.sort();

  const rules: RuleMeta[] = [...safeRules(engine), ...CLI_RULES];
  let result: LintResult = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules,
  };

  if (!post) return result;

  if (options.fix) {
    const candidates = [...merged.values()].flatMap((m) => (m.fix ? [m.fix] : []));
    const outcome = applyFixes(candidates, { cwd, write: options.fix === 'apply' });
    if (options.fix === 'apply' && outcome.files.length > 0) {
      // Report what is left after the edits, as ESLint does: lint again from the files on disk.
      result = await lintOnce(options, { engine, renderer }, false);
    }
    result.fix = outcome;
  }

  if (options.suppressionsFile || options.suppressAll || options.pruneSuppressions || existsSync(join(cwd, DEFAULT_SUPPRESSIONS_FILE))) {
    const path = resolve(cwd, options.suppressionsFile ?? DEFAULT_SUPPRESSIONS_FILE);
    const outcome = applySuppressions(result.report.findings, {
      path,
      cwd,
      ...(options.suppressAll ? { suppressAll: true } : {}),
      ...(options.pruneSuppressions ? { prune: true } : {}),
    });
    result.report.findings = outcome.findings;
    result.report.summary = summarize(outcome.findings, result.report.summary.apps, result.report.summary.files);
    result.suppressions = { file: toPosix(relative(cwd, path)), suppressed: outcome.suppressed, written: outcome.written, pruned: outcome.pruned };
    if (outcome.unused > 0 && !options.pruneSuppressions) {
      result.diagnostics.push(`${toPosix(relative(cwd, path))}: ${outcome.unused} suppression entr${outcome.unused === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run with --prune-suppressions.`);
    }
  }

  if (result.report.summary.apps === 0 && (options.changedSince || options.paths.some((p) => !isDirectory(resolve(cwd, p))))) {
    result.diagnostics.push(
      options.changedSince ? `no app reads a file changed since ${options.changedSince}: nothing to lint.` : 'no app reads the files given: nothing to lint.',
    );
  } else if (result.postgresObjects === 0) {
    const where = options.paths.length ? options.paths.join(', ') : '.';
    result.diagnostics.push(
      `no PostgreSQL object found in ${where} (${result.report.summary.apps} app${result.report.summary.apps === 1 ? '' : 's'}, ${result.report.summary.files} file${result.report.summary.files === 1 ? '' : 's'}): is this the right path?`,
    );
  }
  return result;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeRules(engine: EngineApi): RuleMeta[] {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}
