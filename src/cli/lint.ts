// `pgwarden lint`, in process. Stable API (the GitHub Action and the tests call it):
//
//   runLint(options: LintOptions, deps?: LintDeps): Promise<LintResult>
//     options.paths   dirs and/or files (files limit the run to the apps that include them), default ['.']
//     options.cwd     report paths are relative to it (default process.cwd())
//     options.policyFile, changedSince, clusterStorageClasses, exclude, fix, suppressionsFile, suppressAll,
//     pruneSuppressions, onProgress — see LintOptions in report.ts
//   → { report, diagnostics, inputsByApp, postgresObjects, rules, fix?, suppressions? }
//
// Throws only UsageError / PolicyFileError (exit 2). Everything wrong in the linted tree — invalid YAML, an app
// that does not render, an unreadable file — is a finding at file:line and the rest of the tree is still linted.
//
// The pipeline: discover (src/gitops) → render each app → evaluate each unit of apps sharing namespaces once →
// locate findings through provenance → merge them across apps → report; then passes of their own: fix (and lint
// again what the edits left), suppressions, run-level notes. Formatting is the caller's (formatters/).
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  appReaches,
  buildExcluder,
  compareText,
  discover,
  type Excluder,
  evaluationUnits,
  gitTopLevel,
  memoizedFs,
  nodeFs,
  type ParsedYamlFile,
  type RenderedApp,
  renderApps,
  relativePath,
  renderChanged,
  toPosix,
} from '../gitops/index.js';
import { type Finding, type InputObject, type PolicySet, policyFor, type RuleMeta, recommendedPolicy, resolveOptions, ruleSetting, type SchemaSource } from '../policies/index.js';
import { type ChangeRun, changeFindings } from './change.js';
import { CLI_RULES } from './cli-rules.js';
import { type EngineApi, loadEngine, loadRenderer, type RendererApi } from './deps.js';
import { PolicyFileError, UsageError } from './errors.js';
import { evaluateUnits } from './evaluate.js';
import { applyFixes } from './fix.js';
import { changedFilesSince } from './git.js';
import { type Located, locate, oneLine, problemFinding, renderProblems } from './locate.js';
import { FindingMerger } from './merge.js';
import { ParseCache } from './parse-cache.js';
import { addRunNotes, summarize, suppress } from './passes.js';
import { findPolicyFile, loadPolicy } from './policy-file.js';
import type { FindingPolicy, LintOptions, LintResult, ReportFinding } from './report.js';
import { unjudgedNotes } from './unjudged.js';
import { parseMemo, setParseMemo } from '../yaml/index.js';

export { summarize } from './passes.js';
export { findPolicyFile, loadPolicy, POLICY_FILE_NAME } from './policy-file.js';
export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';

export interface LintDeps {
  engine?: EngineApi;
  renderer?: RendererApi;
}

/** What one run needs, resolved once from the options (the re-lint after --fix reuses it). */
interface Run {
  options: LintOptions;
  cwd: string;
  engine: EngineApi;
  renderer: RendererApi;
  roots: string[];
  sourceRoots: string[];
  /** Nothing outside it is read (the git checkout, else cwd or the linted dir). */
  repoRoot: string;
  excluded: Excluder;
  /** File arguments and --changed-since: the run reports on the apps that read them. */
  scopeFiles?: Set<string>;
  policy?: PolicySet;
  /** The policy file read (absolute), when there is one. */
  policyFile?: string;
  policyBase: string;
  /** Notes about the arguments (excluded files given on the command line). */
  notes: string[];
  /** The parse cache in force for this run (options.parseCache), saved when the run ends. */
  parseCache?: ParseCache;
}

export async function runLint(options: LintOptions, deps: LintDeps = {}): Promise<LintResult> {
  const inForce = parseMemo();
  try {
    const run = await prepare(options, deps);
    let { result, merger, rendered, yamlFiles } = await lint(run);
    if (options.fix) {
      const outcome = applyFixes(merger.fixes(), { cwd: run.cwd, write: options.fix === 'apply' });
      // Report what is left after the edits, as ESLint does: lint again from the files on disk.
      if (options.fix === 'apply' && outcome.files.length > 0) ({ result, merger, rendered, yamlFiles } = await lint(run));
      result.fix = outcome;
    }
    if (options.base !== undefined) await judgeChange(run, result, rendered, yamlFiles);
    suppress(options, run.cwd, result);
    addRunNotes(options, run.scopeFiles !== undefined, result);
    run.parseCache?.save();
    return result;
  } finally {
    setParseMemo(inForce);
  }
}

/** `--print-config FILE`: which policy applies to each object that FILE puts into an app, and how. */
export interface PrintedConfig {
  file: string;
  /** The policy file in force for FILE (relative to cwd), null for the built-in preset. */
  policyFile: string | null;
  /** The policy file's documents in match order (the built-in preset when there is no file). */
  policies: string[];
  objects: {
    resource: { apiVersion: string; kind: string; name: string; namespace?: string };
    apps: string[];
    policy: string;
    mode: 'enforce' | 'audit';
    /** Every rule: severity, and options with the rule's defaults filled in. */
    rules: Record<string, { severity: string; options: Record<string, unknown> }>;
  }[];
}

/**
 * The effective policy for one file, as `lint FILE` would apply it: the objects are the rendered ones (namespaces
 * from the Argo CD destination or Flux target, labels from kustomize), since policies match on those.
 */
export async function printConfig(file: string, options: Omit<LintOptions, 'paths' | 'parseCache'>, deps: LintDeps = {}): Promise<PrintedConfig> {
  const run = await prepare({ ...options, paths: [file] }, deps);
  const target = resolve(run.cwd, file);
  const discovery = discover({ cwd: run.cwd, roots: run.roots, sourceRoots: run.sourceRoots, excluded: run.excluded, repoRoot: run.repoRoot });
  const rendered = await renderApps(discovery, run.renderer, () => {});
  const byIdentity = new Map<string, PrintedConfig['objects'][number]>();
  for (const r of rendered) {
    if (!r.inputs.includes(target)) continue;
    r.objects.forEach((object, i) => {
      const origin = r.result.origin(i, '')?.file;
      if (origin !== target) return;
      const md = (object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
      const resource = {
        apiVersion: String(object.apiVersion ?? ''),
        kind: String(object.kind ?? ''),
        name: String(md.name ?? ''),
        ...(typeof md.namespace === 'string' ? { namespace: md.namespace } : {}),
      };
      const policy = policyFor({ object, file: toPosix(relative(run.policyBase, origin)) }, run.policy);
      const key = `${resource.kind}/${resource.namespace ?? ''}/${resource.name}/${policy.name}`;
      const seen = byIdentity.get(key);
      if (seen) {
        if (!seen.apps.includes(r.app.name)) seen.apps.push(r.app.name);
        return;
      }
      const rules: PrintedConfig['objects'][number]['rules'] = {};
      for (const meta of safeRules(run.engine)) {
        const setting = ruleSetting(policy, meta);
        let resolved: Record<string, unknown> = setting.options;
        try {
          resolved = { ...resolveOptions(meta, setting.options) };
        } catch {
          // options the rule's schema rejects are shown as written (lint reports them)
        }
        rules[meta.id] = { severity: setting.severity, options: resolved };
      }
      byIdentity.set(key, { resource, apps: [r.app.name], policy: policy.name, mode: policy.mode, rules });
    });
  }
  return {
    file: toPosix(relative(run.cwd, target)),
    policyFile: run.policyFile ? toPosix(relative(run.cwd, run.policyFile)) : null,
    policies: run.policy ? run.policy.policies.map((p) => p.name) : [recommendedPolicy.name],
    objects: [...byIdentity.values()],
  };
}

async function prepare(options: LintOptions, deps: LintDeps): Promise<Run> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const engine = deps.engine ?? (await loadEngine());
  const renderer = deps.renderer ?? (await loadRenderer());

  // Paths: directories are walked; files restrict the run to the apps that include them.
  const paths = (options.paths.length ? options.paths : ['.']).map((p) => resolve(cwd, p));
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let type: string;
    try {
      type = nodeFs.typeOf(p);
    } catch {
      throw new UsageError(`${toPosix(relative(cwd, p)) || p}: no such file or directory`);
    }
    (type === 'dir' ? dirs : files).push(p);
  }
  // File arguments (pre-commit runs at the repository root): the apps around them are found from cwd.
  const roots = dirs.length ? dirs : [cwd];
  const top = gitTopLevel(roots[0] ?? cwd);
  const sourceRoots = [...new Set([...roots, ...(top ? [top] : []), cwd])];
  // The repository: the git checkout; outside one, cwd when the linted paths are in it (Argo CD / Flux paths are
  // resolved from there), else the directory linted. Nothing outside it is read.
  const inCwd = roots.every((r) => r === cwd || r.startsWith(cwd.endsWith(sep) ? cwd : cwd + sep));
  const repoRoot = top ?? (inCwd ? cwd : (roots[0] ?? cwd));
  const { excluded } = buildExcluder({ patterns: options.exclude ?? [], cwd, ignoreFileDir: top ?? cwd, fs: nodeFs });

  const notes: string[] = [];
  let scopeFiles: Set<string> | undefined;
  if (files.length || options.changedSince) {
    scopeFiles = new Set();
    for (const f of files) {
      if (excluded(f, false)) notes.push(`${toPosix(relative(cwd, f))}: excluded (--exclude or .pgwardenignore); not linted.`);
      else scopeFiles.add(f);
    }
    if (options.changedSince) for (const f of changedFilesSince(options.changedSince, cwd)) if (!excluded(f, false)) scopeFiles.add(f);
  }

  // The nearest .pgwarden.yaml from what is linted: the first directory, or for file arguments (pre-commit, run at
  // the repository root) the first file's directory — not the current directory, which may be above the policy.
  const policyStart = dirs[0] ?? (files[0] ? dirname(files[0]) : cwd);
  const policyFile = options.policyFile ? resolve(cwd, options.policyFile) : findPolicyFile(policyStart);
  if (options.policyFile && !existsSync(policyFile ?? '')) throw new PolicyFileError(`${options.policyFile}: policy file not found`);
  if (!options.policyFile) {
    const others = new Set([...dirs, ...files.map((f) => dirname(f))].map((start) => findPolicyFile(start)).filter((f) => f !== policyFile));
    for (const other of others) {
      const shown = other ? toPosix(relative(cwd, other)) : 'the built-in preset';
      notes.push(`some paths given are nearer to ${shown}; one policy applies per run: ${policyFile ? toPosix(relative(cwd, policyFile)) : 'the built-in preset'}.`);
    }
  }
  const run: Run = { options, cwd, engine, renderer, roots, sourceRoots, repoRoot, excluded, policyBase: options.policyFilesBase ?? (policyFile ? dirname(policyFile) : cwd), notes };
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

/**
 * CRDs the linted repo itself installs, for every app: a CRD is cluster-wide, so an operator's CRD in one app's tree
 * decides how another app's objects are checked (unknown-field), before `--crds` and the built-in catalogue.
 */
function repoCrds(rendered: readonly RenderedApp[], cwd: string): SchemaSource[] {
  const found: SchemaSource[] = [];
  const seen = new Set<unknown>();
  for (const app of rendered) {
    app.objects.forEach((object, index) => {
      if (object.kind !== 'CustomResourceDefinition' || seen.has(object)) return;
      seen.add(object);
      const file = app.result.origin(index, '')?.file;
      found.push({ crd: object, source: `the CRD in ${file ? toPosix(relative(cwd, file)) : app.app.name}` });
    });
  }
  return found;
}

async function lint(run: Run): Promise<{ result: LintResult; merger: FindingMerger; rendered: RenderedApp[]; yamlFiles: Map<string, ParsedYamlFile> }> {
  const { cwd, engine, options } = run;
  const diagnostics: string[] = [...run.notes];

  // --debug: what each phase cost and what it found. The clock is read only then: the `performance` global loads
  // Node's perf_hooks (eleven modules, ~0.5 ms of a short run) on first access.
  const debug = options.debug;
  let phaseStart = debug ? performance.now() : 0;
  const phase = (name: string, detail: string) => {
    if (!debug) return;
    const now = performance.now();
    debug(`${name} ${(now - phaseStart).toFixed(1)} ms: ${detail}`);
    phaseStart = now;
  };
  if (options.debug) {
    options.debug(`policy: ${run.policyFile ? toPosix(relative(cwd, run.policyFile)) : 'the built-in recommended preset'}; roots: ${run.roots.map((r) => toPosix(relative(cwd, r)) || '.').join(', ')}`);
  }

  // discover → render (--base keeps the parses: the base reuses those of files that did not change; file arguments
  // and --changed-since read the kustomizations from them to leave out the apps none of those files reaches, which is
  // what a one-file lint from pre-commit pays per commit)
  const changedOnly = options.base === undefined && run.scopeFiles !== undefined;
  const yamlFiles = new Map<string, ParsedYamlFile>();
  // One set of answers about the tree for discovery and for the bounds of the apps a narrowed run leaves out.
  const fs = memoizedFs(nodeFs);
  const discovery = discover({
    fs,
    cwd,
    roots: run.roots,
    sourceRoots: run.sourceRoots,
    excluded: run.excluded,
    repoRoot: run.repoRoot,
    ...(options.base !== undefined || changedOnly ? { yamlFiles } : {}),
  });
  diagnostics.push(...discovery.diagnostics);
  phase('discover', `${discovery.apps.length} apps (${discovery.apps.map((a) => a.name).join(', ')}), ${discovery.problems.length} file problems`);
  const progress = (done: number, total: number) => options.onProgress?.(done, total * 2);
  let leftOut = 0;
  let rendered: RenderedApp[];
  if (changedOnly && run.scopeFiles) {
    // With --base every app is rendered: the base pairs its objects with the head's.
    ({ rendered, left: leftOut } = await renderChanged(discovery, run.renderer, run.scopeFiles, yamlFiles, fs, cwd, progress));
  } else {
    rendered = await renderApps(discovery, run.renderer, progress);
  }
  const renders = rendered.length;
  if (options.debug) {
    const fallbacks = rendered.filter((r) => r.objects.some((_, i) => r.result.origin(i, '')?.via === 'fallback')).map((r) => r.app.name);
    const skipped = changedOnly ? `, ${leftOut} left out (no file given or changed reaches them)` : '';
    phase('render', `${renders} apps${changedOnly ? ` (${rendered.map((r) => r.app.name).join(', ')})` : ''}${skipped}, ${rendered.filter((r) => r.failed).length} failed, kustomize fallback for ${fallbacks.length ? fallbacks.join(', ') : 'none'}`);
  }

  // Which apps this run reports on: file arguments and --changed-since narrow it to the apps that read them or are
  // defined in them (an Argo CD Application, a Flux Kustomization).
  const scope = run.scopeFiles;
  const selected = scope ? rendered.filter((r) => appReaches(r, scope, cwd)) : rendered;

  // evaluate: each unit of apps sharing namespaces once, with every object of its apps.
  const crds = [...repoCrds(rendered, cwd), ...(options.crds ?? [])];
  const evaluateOptions = {
    ...(run.policy ? { policy: run.policy } : {}),
    ...(options.clusterStorageClasses ? { clusterStorageClasses: options.clusterStorageClasses } : {}),
    ...(crds.length > 0 ? { crds } : {}),
  };
  const evaluated = evaluateUnits(evaluationUnits(rendered, new Set(selected)), engine, evaluateOptions, run.policyBase);
  const findingsByApp = new Map<RenderedApp, Located[]>();
  for (const { app, finding } of evaluated.findings) {
    const list = findingsByApp.get(app) ?? [];
    const located = locate(finding, app, cwd);
    located.finding.policy = policyOf(run, app, finding);
    list.push(located);
    findingsByApp.set(app, list);
  }

  phase('evaluate', `${selected.length} apps reported on, ${evaluated.findings.length} findings before merging`);

  // locate → merge, app by app in discovery order (the first app's message stands for the others).
  const merger = new FindingMerger();
  const problems: ReportFinding[] = [];
  const inputsByApp: Record<string, string[]> = {};
  const countedFiles = new Set<string>();
  let postgresObjects = 0;
  let checked = 0;
  for (const r of selected) {
    inputsByApp[r.app.name] = r.inputs.map((i) => toPosix(relative(cwd, i))).sort();
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
        problems.push(problemFinding({ ruleId: 'render-error', file: r.app.anchor, line: 1, column: 1, message }, cwd, [r.app.name]));
      }
      merger.addApp(r.app.name, findingsByApp.get(r) ?? []);
    }
    options.onProgress?.(renders + ++checked, renders + selected.length);
  }

  const findings = merger.findings();
  // File problems from the walk: all of them on a full run, those in scope on a narrowed one.
  for (const p of discovery.problems.filter((p) => !scope || scope.has(p.file))) {
    findings.push(problemFinding(p, cwd, selected.filter((r) => r.inputs.includes(p.file)).map((r) => r.app.name)));
    countedFiles.add(p.file);
  }
  // Render errors reported once per place, with every app they break.
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

  phase('locate and merge', `${findings.length} findings`);
  const rules: RuleMeta[] = [...safeRules(engine), ...CLI_RULES];
  const policy = run.policyFile && run.policy ? { file: toPosix(relative(cwd, run.policyFile)), names: run.policy.policies.map((p) => p.name) } : { file: null, names: [recommendedPolicy.name] };
  const result: LintResult = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), policy, findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules,
  };
  return { result, merger, rendered, yamlFiles };
}

/** `--base REF`: the change rules' findings join the report (see change.ts). */
async function judgeChange(run: Run, result: LintResult, rendered: RenderedApp[], yamlFiles: ReadonlyMap<string, ParsedYamlFile>): Promise<void> {
  const { options } = run;
  const changeRun: ChangeRun = {
    ref: options.base ?? 'HEAD',
    cwd: run.cwd,
    repoRoot: run.repoRoot,
    roots: run.roots,
    sourceRoots: run.sourceRoots,
    exclude: options.exclude ?? [],
    engine: run.engine,
    renderer: run.renderer,
    evaluateOptions: evaluateOptionsOf(run),
    policyBase: run.policyBase,
    inGit: gitTopLevel(run.repoRoot) !== undefined,
    ...(run.scopeFiles ? { scope: run.scopeFiles } : {}),
  };
  const found = await changeFindings(changeRun, { apps: rendered, yamlFiles }, result.diagnostics);
  const findings = [...result.report.findings, ...found];
  result.report.findings = sortFindings(findings);
  result.report.summary = summarize(findings, result.report.summary.apps, result.report.summary.files);
}

function evaluateOptionsOf(run: Run) {
  return {
    ...(run.policy ? { policy: run.policy } : {}),
    ...(run.options.clusterStorageClasses ? { clusterStorageClasses: run.options.clusterStorageClasses } : {}),
  };
}

/**
 * The policy a finding was judged by: the one the engine picks (policyFor: the first document whose match selects
 * it) for the object the finding is about — the cluster named in `resource`, which may be another object than the
 * one the finding lands on (its Secret) — as the engine saw it (rendered, with its file relative to the policy).
 */
function policyOf(run: Run, app: RenderedApp, finding: Finding): FindingPolicy {
  if (!run.policy || !run.policyFile) return { name: recommendedPolicy.name, file: null };
  const { kind, name, namespace } = finding.resource;
  const about = app.objects.findIndex((o) => {
    const md = (o.metadata ?? {}) as { name?: unknown; namespace?: unknown };
    return o.kind === kind && md.name === name && (md.namespace ?? undefined) === namespace;
  });
  const index = about >= 0 ? about : finding.objectIndex;
  const object = app.objects[index];
  const file = app.result.origin(index, '')?.file;
  const policy = policyFor(file ? { object, file: toPosix(relativePath(run.policyBase, file)) } : { object }, run.policy);
  return policy === recommendedPolicy ? { name: policy.name, file: null } : { name: policy.name, file: toPosix(relativePath(run.cwd, run.policyFile)) };
}

function countClusters(engine: EngineApi, r: RenderedApp): number {
  const own: InputObject[] = r.objects.map((object) => ({ object }));
  try {
    return engine.countClusters(own);
  } catch {
    return 0; // counting is only for the "no Postgres object" note
  }
}

function sortFindings(findings: ReportFinding[]): ReportFinding[] {
  return findings.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

function safeRules(engine: EngineApi): RuleMeta[] {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}
