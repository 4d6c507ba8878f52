// The Action: lint (in-process, the CLI's own runLint), then speak GitHub: annotations on changed lines, a job
// summary, a SARIF file for code scanning, outputs, and an exit status that follows `fail-on`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import {
  escapeData,
  type FormatContext,
  type FormatName,
  type LintOptions,
  type LintReport,
  type LintResult,
  maskReport,
  maskText,
  type ReportFinding,
} from '../../src/cli/index.js';
import type { Severity } from '../../src/policies/index.js';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from './annotations.js';
import type { ChangedLines } from './changed-lines.js';
import { changedLines, ensureCommit, eventBase, gitToplevel } from './git.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { renderSummary } from './summary.js';

export interface ActionDeps {
  lint: (options: LintOptions) => Promise<LintResult>;
  format: (format: FormatName, report: LintReport, ctx: FormatContext) => string;
  toolVersion: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

const annotate: Record<Severity, typeof core.error> = { error: core.error, warning: core.warning, info: core.notice };

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Runs the Action; returns the process exit code (0 ok, 1 findings at or above `fail-on`, 2 could not run). */
export async function runAction(deps: ActionDeps): Promise<number> {
  const env = deps.env ?? process.env;
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (err) {
    core.error(`pgwarden: ${maskText((err as Error).message)}`);
    return 2;
  }
  try {
    return await lintAndReport(inputs, deps, env);
  } catch (err) {
    core.error(`pgwarden could not run: ${maskText((err as Error).message)}`);
    return 2;
  }
}

async function lintAndReport(inputs: ActionInputs, deps: ActionDeps, env: NodeJS.ProcessEnv): Promise<number> {
  const workspace = resolve(env.GITHUB_WORKSPACE || deps.cwd || process.cwd());
  const repoRoot = gitToplevel(workspace) ?? workspace;
  const notes: string[] = [];

  // The PR's base: for changed-only linting and for putting changed-line findings first.
  let base = eventBase(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
  let changedOnlyFallback: string | undefined;
  if (base) {
    const missing = ensureCommit(repoRoot, base.base);
    if (missing) {
      if (inputs.changedOnly) changedOnlyFallback = `changed-only was not possible: ${missing}. Linted everything instead.`;
      else notes.push(missing);
      base = undefined;
    }
  }
  const changedSince = inputs.changedOnly && base ? base.base : undefined;

  const options: LintOptions = {
    paths: inputs.paths,
    cwd: workspace,
    ...(inputs.policy ? { policyFile: inputs.policy } : {}),
    ...(changedSince ? { changedSince } : {}),
    // The change rules (cluster removed, volume shrunk, major upgrade, …) judge the pull request against its base.
    ...(base ? { base: base.base } : {}),
    ...(inputs.clusterStorageClasses ? { clusterStorageClasses: inputs.clusterStorageClasses } : {}),
    ...(inputs.exclude ? { exclude: inputs.exclude } : {}),
  };
  // Inputs may carry a newline: escaped, they stay on this line.
  core.info(
    `pgwarden ${deps.toolVersion}: linting ${escapeData(inputs.paths.join(', '))}${changedSince ? ` (apps changed since ${changedSince.slice(0, 12)})` : ''}`,
  );
  const result = await deps.lint(options);
  // Everything below prints from the masked report: annotations, log, summary, report files.
  const report = maskReport(result.report);
  notes.push(...result.diagnostics);

  let changed: ChangedLines | undefined;
  if (base) {
    const diff = changedLines(repoRoot, base.base);
    changed = diff.changed;
    if (diff.note) notes.push(diff.note);
  }

  // Report files are relative to the workspace; GitHub and git diff speak repository-relative paths.
  const toRepo = (file: string) => toPosix(relative(repoRoot, resolve(workspace, file)));
  const findings: ReportFinding[] = report.findings.map((f) => ({ ...f, file: toRepo(f.file) }));

  const limits = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, info: ANNOTATIONS_PER_LEVEL };
  // With changed-only, zero apps means the change touched no app's inputs (docs, CI files): nothing is wrong.
  const nothingChanged = changedSince !== undefined && report.summary.apps === 0;
  if (result.postgresObjects === 0 && !nothingChanged) {
    core.warning(`pgwarden found no PostgreSQL cluster under ${inputs.paths.join(', ')}: is \`path\` right?`);
    limits.warning -= 1;
  }
  const plan = planAnnotations(findings, changed, limits);
  for (const { finding: f } of plan.annotate) {
    const singleLine = f.endLine === f.line;
    // Which apps render this line: a shared base is reported once for every overlay that uses it.
    const apps = f.apps.length ? ` (apps: ${f.apps.join(', ')})` : '';
    annotate[f.severity](`${f.message}${apps}`, {
      title: f.ruleId,
      file: f.file,
      startLine: f.line,
      // GitHub refuses columns on an annotation that spans several lines.
      ...(singleLine ? { startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } : { endLine: f.endLine }),
    });
  }

  const ctx: FormatContext = { cwd: workspace, repoRoot, rules: result.rules, toolVersion: deps.toolVersion, color: false };
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  core.startGroup(`pgwarden report (${count(report.summary.errors, 'error')}, ${count(report.summary.warnings, 'warning')})`);
  logUntrusted([deps.format('stylish', report, ctx) || 'no findings', ...notes.map((note) => `note: ${maskText(note)}`)].join('\n'));
  core.endGroup();

  const writeReport = (file: string, format: FormatName) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, deps.format(format, report, ctx));
  };
  const formatFile = inputs.formatFile ? resolve(workspace, inputs.formatFile) : undefined;
  if (formatFile && inputs.format) writeReport(formatFile, inputs.format);
  const sarifFile =
    formatFile && inputs.format === 'sarif' ? formatFile : join(env.RUNNER_TEMP || tmpdir(), `pgwarden-${process.pid}.sarif`);
  if (sarifFile !== formatFile) writeReport(sarifFile, 'sarif');

  const { errors, warnings } = report.summary;
  const failed = inputs.failOn === 'error' ? errors > 0 : inputs.failOn === 'warning' ? errors + warnings > 0 : false;

  if (env.GITHUB_STEP_SUMMARY) {
    const headSha = gitHead(repoRoot);
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const baseSha = base?.base;
    const linkTo =
      env.GITHUB_REPOSITORY && headSha
        ? (file: string, line: number, side?: 'base' | 'head') =>
            `${server}/${env.GITHUB_REPOSITORY}/blob/${side === 'base' && baseSha ? baseSha : headSha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`
        : undefined;
    const markdown = renderSummary({
      findings,
      totals: report.summary,
      plan,
      ...(changedSince ? { changedOnly: { base: changedSince, apps: report.summary.apps } } : {}),
      ...(changedOnlyFallback ? { changedOnlyFallback } : {}),
      hasDiff: changed !== undefined,
      failOn: inputs.failOn,
      failed,
      notes: notes.map((note) => maskText(note)),
      ...(report.policy ? { policy: report.policy } : {}),
      ...(linkTo ? { linkTo } : {}),
      sarifFile: displayPath(sarifFile, workspace),
    });
    appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
  }

  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('sarif-file', sarifFile);

  if (failed) {
    // Plain log line, not core.setFailed: that would be one more error annotation beyond GitHub's 10.
    core.info(`pgwarden: ${errors} errors, ${warnings} warnings; failing because fail-on is ${inputs.failOn}`);
    return 1;
  }
  return 0;
}

/**
 * Logs text that comes from the input (the stylish report: names, messages, source lines) so that none of its lines
 * is read as a workflow command: GitHub stops processing commands between `::stop-commands::<token>` and
 * `::<token>::`, with a token the text cannot know (docs.github.com, "Workflow commands for GitHub Actions",
 * "Stopping and starting workflow commands"). @actions/core has no helper for it; its `info` writes the line as is.
 */
export function logUntrusted(text: string, log: (line: string) => void = core.info): void {
  let token = randomUUID();
  while (text.includes(token)) token = randomUUID();
  log(`::stop-commands::${token}`);
  log(text);
  log(`::${token}::`);
}

function gitHead(repoRoot: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function displayPath(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : toPosix(rel);
}
