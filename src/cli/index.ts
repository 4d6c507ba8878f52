// The CLI door's entry for other doors (the GitHub Action runs the same lint pipeline and formatters).
export { escapeData } from './formatters/github.js';
export { formatReport, type FormatContext, type FormatName } from './formatters/index.js';
export { type LintDeps, runLint, summarize } from './lint.js';
export { maskReport, maskText } from './redact.js';
export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
