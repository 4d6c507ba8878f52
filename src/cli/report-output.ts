// What every command that prints a findings report shares (lint, audit): the output flags, their checks, --quiet,
// colour, writing to --output, and ESLint's exit codes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { FORMATS, type FormatName, isFormatName } from './formatters/names.js';
import type { LintReport } from './report.js';

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export interface ReportFlags {
  format?: string;
  output?: string;
  quiet?: boolean;
  'max-warnings'?: string;
  color?: boolean;
  'no-color'?: boolean;
}

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The format and --max-warnings (-1 = no limit), or a usage error naming the flag. */
export function reportSettings(flags: ReportFlags): { format: FormatName; maxWarnings: number } {
  const format = flags.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`--format ${format}: expected one of ${FORMATS.join(', ')}`);
  let maxWarnings = -1;
  if (flags['max-warnings'] !== undefined) {
    maxWarnings = Number(flags['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings ${flags['max-warnings']}: expected a non-negative integer`);
  }
  return { format, maxWarnings };
}

/** --quiet: errors only. */
export function quieted(report: LintReport, quiet: boolean | undefined): LintReport {
  if (!quiet) return report;
  return { ...report, findings: report.findings.filter((f) => f.severity === 'error'), summary: { ...report.summary, warnings: 0, infos: 0 } };
}

/** Colour only for stylish on a terminal, unless forced either way (NO_COLOR honoured). */
export function useColor(flags: ReportFlags, format: FormatName, io: ReportIo): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  return format === 'stylish' && !flags.output && colorFromEnv(io.env, io.stdoutIsTTY);
}

/**
 * Colour when neither --color nor --no-color is given, as Node, chalk and most CLIs read the environment:
 * FORCE_COLOR (`0`/`false` off, anything else on — CI logs and `| less -R`), then NO_COLOR (set and not empty: off,
 * https://no-color.org), then whether stdout is a terminal.
 */
export function colorFromEnv(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}

/** The report to --output FILE (its directory created) or stdout. */
export function writeOutput(text: string, flags: ReportFlags, io: ReportIo): void {
  if (!flags.output) {
    io.stdout(text);
    return;
  }
  const out = resolve(io.cwd, flags.output);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } catch (error) {
    throw new UsageError(`--output ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** ESLint's: 1 with errors, or more warnings than --max-warnings (not under --quiet); else 0. */
export function exitCode(summary: LintReport['summary'], flags: ReportFlags, maxWarnings: number, io: ReportIo): number {
  if (summary.errors > 0) return 1;
  if (!flags.quiet && maxWarnings >= 0 && summary.warnings > maxWarnings) {
    io.stderr(`pgwarden: too many warnings (${summary.warnings}); the maximum allowed is ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}
