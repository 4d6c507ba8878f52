export { FORMATS, type FormatContext, type FormatName, formatReport } from './formatters/index.js';
export { runLint } from './lint.js';
export { version } from './main.js';
export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
