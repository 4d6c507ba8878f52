// Formatter registry (ESLint-style: one module per format). Stable API for the GitHub Action helper:
//   formatReport(format, report, ctx) → the text to print or write.
import { maskReport } from '../redact.js';
import type { LintReport } from '../report.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatName } from './names.js';
import type { FormatContext, Formatter } from './types.js';

export { FORMATS, type FormatName, isFormatName } from './names.js';
export type { FormatContext, Formatter } from './types.js';

const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github };

/** Every format prints the report with credentials masked (messages, fix values); stylish also masks its frames. */
export function formatReport(format: FormatName, report: LintReport, ctx: FormatContext = {}): string {
  return formatters[format](maskReport(report), ctx);
}
