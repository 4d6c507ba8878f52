// `--format json`: the documented contract (docs/json-format.md), printed as is.
import type { Formatter } from './types.js';

export const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
