// Formatter registry (ESLint-style: one module per format). Stable API for the GitHub Action helper:
//   formatReport(format, report, ctx) → the text to print or write.
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

export function formatReport(format: FormatName, report: LintReport, ctx: FormatContext = {}): string {
  return formatters[format](report, ctx);
}
