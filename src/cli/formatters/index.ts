// Formatter registry (ESLint-style: one module per format). Stable API for the GitHub Action helper:
//   formatReport(format, report, ctx) → the text to print or write.
import { maskReport } from '../redact.js';
import type { LintReport } from '../report.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github };

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Every format prints the report with credentials masked (messages, fix values); stylish also masks its frames. */
export function formatReport(format: FormatName, report: LintReport, ctx: FormatContext = {}): string {
  return formatters[format](maskReport(report), ctx);
}
