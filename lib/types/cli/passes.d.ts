import type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
export declare function summarize(findings: ReportFinding[], apps: number, files: number): LintReport['summary'];
/** The suppressions pass: hide findings the suppressions file records (and write or prune it on request). */
export declare function suppress(options: LintOptions, cwd: string, result: LintResult): void;
/** Run-level notes: nothing in scope, or no Postgres object at all (probably the wrong path). */
export declare function addRunNotes(options: LintOptions, narrowed: boolean, result: LintResult): void;
