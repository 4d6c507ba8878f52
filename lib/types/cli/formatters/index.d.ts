import type { LintReport } from '../report.js';
import type { FormatName } from './names.js';
import type { FormatContext } from './types.js';
export { FORMATS, type FormatName, isFormatName } from './names.js';
export type { FormatContext, Formatter } from './types.js';
/** Every format prints the report with credentials masked (messages, fix values); stylish also masks its frames. */
export declare function formatReport(format: FormatName, report: LintReport, ctx?: FormatContext): string;
