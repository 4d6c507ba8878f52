import type { RuleMeta } from '../../policies/index.js';
import type { LintReport } from '../report.js';
export interface FormatContext {
    /** Directory the report's `file` fields are relative to (default process.cwd()). */
    cwd?: string;
    /** Root the SARIF / GitHub paths are made relative to (the git checkout); default `cwd`. */
    repoRoot?: string;
    /** ANSI colours (stylish only); the CLI sets it only when the output is a TTY. */
    color?: boolean;
    /** Rule metadata for SARIF descriptors and stylish/junit links; rules absent here get a generic descriptor. */
    rules?: readonly RuleMeta[];
    /** All linted app names, so junit can list clean apps as passing suites. */
    apps?: readonly string[];
    /** pgwarden's version, for SARIF `tool.driver.version`. */
    toolVersion?: string;
    /** Read a source file for code frames (tests inject); default reads from disk, undefined on any error. */
    readSource?: (absolutePath: string) => string | undefined;
}
export type Formatter = (report: LintReport, ctx: FormatContext) => string;
