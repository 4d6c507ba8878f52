// The package's library entry (`import { runLint, formatReport } from 'pgwarden'`, package.json "exports"): the
// in-process lint the GitHub Action runs, and the formatters the CLI prints with. Documented in docs/cli.md
// ("In-process API"); the JSON shape of the report in docs/json-format.md.
export { FORMATS, type FormatContext, type FormatName, formatReport } from './formatters/index.js';
export { runLint } from './lint.js';
export { version } from './main.js';
export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
