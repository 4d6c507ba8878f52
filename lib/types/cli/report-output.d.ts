import { type FormatName } from './formatters/names.js';
import type { LintReport } from './report.js';
export declare const REPORT_OPTIONS: {
    readonly format: {
        readonly type: "string";
        readonly short: "f";
    };
    readonly output: {
        readonly type: "string";
        readonly short: "o";
    };
    readonly quiet: {
        readonly type: "boolean";
    };
    readonly 'max-warnings': {
        readonly type: "string";
    };
    readonly color: {
        readonly type: "boolean";
    };
    readonly 'no-color': {
        readonly type: "boolean";
    };
};
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
export declare function reportSettings(flags: ReportFlags): {
    format: FormatName;
    maxWarnings: number;
};
/** --quiet: errors only. */
export declare function quieted(report: LintReport, quiet: boolean | undefined): LintReport;
/** Colour only for stylish on a terminal, unless forced either way (NO_COLOR honoured). */
export declare function useColor(flags: ReportFlags, format: FormatName, io: ReportIo): boolean;
/**
 * Colour when neither --color nor --no-color is given, as Node, chalk and most CLIs read the environment:
 * FORCE_COLOR (`0`/`false` off, anything else on — CI logs and `| less -R`), then NO_COLOR (set and not empty: off,
 * https://no-color.org), then whether stdout is a terminal.
 */
export declare function colorFromEnv(env: NodeJS.ProcessEnv, isTTY: boolean): boolean;
/** The report to --output FILE (its directory created) or stdout. */
export declare function writeOutput(text: string, flags: ReportFlags, io: ReportIo): void;
/** ESLint's: 1 with errors, or more warnings than --max-warnings (not under --quiet); else 0. */
export declare function exitCode(summary: LintReport['summary'], flags: ReportFlags, maxWarnings: number, io: ReportIo): number;
