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
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  buildExcluder,
  type Discovery,
  discover,
  type Excluder,
  evaluationUnits,
  gitTopLevel,
  nodeFs,
  type RenderedApp,
  renderApps,
  toPosix,
} from '../gitops/index.js';
import type { InputObject, PolicySet, RuleMeta } from '../policies/index.js';
import { type ChangeRun, changeFindings } from './change.js';
import { CLI_RULES } from './cli-rules.js';
import { type EngineApi, loadEngine, loadRenderer, type RendererApi } from './deps.js';
import { PolicyFileError, UsageError } from './errors.js';
import { evaluateUnits } from './evaluate.js';
import { applyFixes } from './fix.js';
import { changedFilesSince } from './git.js';
import { type Located, locate, oneLine, problemFinding } from './locate.js';
import { FindingMerger } from './merge.js';
import { findPolicyFile, loadPolicy } from './policy-file.js';
import type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE } from './suppressions.js';

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
  policyBase: string;
  /** Notes about the arguments (excluded files given on the command line). */
  notes: string[];
}

export async function runLint(options: LintOptions, deps: LintDeps = {}): Promise<LintResult> {
  const run = await prepare(options, deps);
  let { result, merger, rendered } = await lint(run);
  if (options.fix) {
    const outcome = applyFixes(merger.fixes(), { cwd: run.cwd, write: options.fix === 'apply' });
    // Report what is left after the edits, as ESLint does: lint again from the files on disk.
    if (options.fix === 'apply' && outcome.files.length > 0) ({ result, merger, rendered } = await lint(run));
    result.fix = outcome;
  }
  if (options.base !== undefined) await judgeChange(run, result, rendered);
  suppress(run, result);
  addRunNotes(run, result);
  return result;
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

  const policyFile = options.policyFile ? resolve(cwd, options.policyFile) : findPolicyFile(roots[0] ?? cwd);
  if (options.policyFile && !existsSync(policyFile ?? '')) throw new PolicyFileError(`${options.policyFile}: policy file not found`);
  const run: Run = { options, cwd, engine, renderer, roots, sourceRoots, repoRoot, excluded, policyBase: policyFile ? dirname(policyFile) : cwd, notes };
  if (policyFile) run.policy = loadPolicy(engine, policyFile);
  if (scopeFiles) run.scopeFiles = scopeFiles;
  return run;
}

async function lint(run: Run): Promise<{ result: LintResult; merger: FindingMerger; rendered: RenderedApp[] }> {
  const { cwd, engine, options } = run;
  const diagnostics: string[] = [...run.notes];

  // discover → render
  const discovery = discover({ cwd, roots: run.roots, sourceRoots: run.sourceRoots, excluded: run.excluded, repoRoot: run.repoRoot });
  diagnostics.push(...discovery.diagnostics);
  const rendered = await renderApps(discovery, run.renderer, (done, total) => options.onProgress?.(done, total * 2));
  const renders = rendered.length;

  // Which apps this run reports on: file arguments and --changed-since narrow it to the apps that read them.
  const scope = run.scopeFiles;
  const selected = scope ? rendered.filter((r) => r.inputs.some((i) => scope.has(i))) : rendered;

  // evaluate: each unit of apps sharing namespaces once, with every object of its apps.
  const evaluateOptions = evaluateOptionsOf(run);
  const evaluated = evaluateUnits(evaluationUnits(rendered, new Set(selected)), engine, evaluateOptions, run.policyBase);
  const findingsByApp = new Map<RenderedApp, Located[]>();
  for (const { app, finding } of evaluated.findings) {
    const list = findingsByApp.get(app) ?? [];
    list.push(locate(finding, app, cwd));
    findingsByApp.set(app, list);
  }

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
  for (const f of findings) f.apps.sort();

  const rules: RuleMeta[] = [...safeRules(engine), ...CLI_RULES];
  const result: LintResult = {
    report: { version: 1, summary: summarize(findings, selected.length, countedFiles.size), findings: sortFindings(findings) },
    diagnostics,
    inputsByApp,
    postgresObjects,
    rules,
  };
  return { result, merger, rendered };
}

/** `--base REF`: the change rules' findings join the report (see change.ts). */
async function judgeChange(run: Run, result: LintResult, rendered: RenderedApp[]): Promise<void> {
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
  };
  const found = await changeFindings(changeRun, rendered, result.diagnostics);
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

/** An app's render diagnostics: warnings are notes; errors are findings where the renderer points. */
function renderProblems(r: RenderedApp, discovery: Discovery, cwd: string, diagnostics: string[]): ReportFinding[] {
  const problemFiles = new Set(discovery.problems.map((p) => p.file));
  const out: ReportFinding[] = [];
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
    out.push(problemFinding({ ruleId, file, line: d.line ?? 1, column: d.column ?? 1, message: `Cannot render ${r.app.name}: ${relativeMessage}` }, cwd, [r.app.name]));
  }
  return out;
}

function countClusters(engine: EngineApi, r: RenderedApp): number {
  const own: InputObject[] = r.objects.map((object) => ({ object }));
  try {
    return engine.countClusters(own);
  } catch {
    return 0; // counting is only for the "no Postgres object" note
  }
}

/** The suppressions pass: hide findings the suppressions file records (and write or prune it on request). */
function suppress(run: Run, result: LintResult): void {
  const { options, cwd } = run;
  if (!(options.suppressionsFile || options.suppressAll || options.pruneSuppressions || existsSync(join(cwd, DEFAULT_SUPPRESSIONS_FILE)))) return;
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

/** Run-level notes: nothing in scope, or no Postgres object at all (probably the wrong path). */
function addRunNotes(run: Run, result: LintResult): void {
  const { options } = run;
  if (result.report.summary.apps === 0 && (options.changedSince || run.scopeFiles)) {
    result.diagnostics.push(
      options.changedSince ? `no app reads a file changed since ${options.changedSince}: nothing to lint.` : 'no app reads the files given: nothing to lint.',
    );
  } else if (result.postgresObjects === 0) {
    const where = options.paths.length ? options.paths.join(', ') : '.';
    const { apps, files } = result.report.summary;
    result.diagnostics.push(
      `no PostgreSQL object found in ${where} (${apps} app${apps === 1 ? '' : 's'}, ${files} file${files === 1 ? '' : 's'}): is this the right path?`,
    );
  }
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

function safeRules(engine: EngineApi): RuleMeta[] {
  try {
    return engine.rules();
  } catch {
    return [];
  }
}
