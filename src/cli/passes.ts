// The passes after the lint proper, each on the result: suppressions (ESLint's suppressions-file model) and the
// run-level notes. (The fix pass is in lint.ts: applying fixes means linting again what the edits left.)
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { toPosix } from '../gitops/index.js';
import type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE } from './suppressions.js';

export function summarize(findings: ReportFinding[], apps: number, files: number): LintReport['summary'] {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    apps,
    files,
  };
}


/** The suppressions pass: hide findings the suppressions file records (and write or prune it on request). */
export function suppress(options: LintOptions, cwd: string, result: LintResult): void {
  if (!(options.suppressionsFile || options.suppressAll || options.pruneSuppressions || existsSync(join(cwd, DEFAULT_SUPPRESSIONS_FILE)))) return;
  const path = resolve(cwd, options.suppressionsFile ?? DEFAULT_SUPPRESSIONS_FILE);
  const outcome = applySuppressions(result.report.findings, {
    path,
    cwd,
    ...(options.suppressAll ? { suppressAll: true } : {}),
    ...(options.pruneSuppressions ? { prune: true } : {}),
  });
  result.report.findings = outcome.findings;
  result.report.summary = { ...summarize(outcome.findings, result.report.summary.apps, result.report.summary.files), suppressed: outcome.suppressed };
  result.suppressions = { file: toPosix(relative(cwd, path)), suppressed: outcome.suppressed, written: outcome.written, pruned: outcome.pruned };
  if (outcome.unused > 0 && !options.pruneSuppressions) {
    result.diagnostics.push(`${toPosix(relative(cwd, path))}: ${outcome.unused} suppression entr${outcome.unused === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run with --prune-suppressions.`);
  }
}

/** Run-level notes: nothing in scope, or no Postgres object at all (probably the wrong path). */
export function addRunNotes(options: LintOptions, narrowed: boolean, result: LintResult): void {
  if (result.report.summary.apps === 0 && (options.changedSince || narrowed)) {
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
