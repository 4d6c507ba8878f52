import { type Discovery, type FileProblem, type RenderedApp } from '../gitops/index.js';
import type { Finding } from '../policies/index.js';
import type { FixCandidate } from './fix.js';
import type { ReportFinding } from './report.js';
export interface Located {
    finding: ReportFinding;
    /** The rendered value at the finding's pointer when it is a scalar: apps that render it differently differ. */
    value?: string;
    fix?: FixCandidate;
}
export declare function locate(f: Finding, rendered: RenderedApp, cwd: string): Located;
export declare function problemFinding(p: FileProblem, cwd: string, apps: string[]): ReportFinding;
/** First line only, bounded: renderer/parser messages may quote source text, which may be a Secret's value. */
export declare function oneLine(message: string): string;
/**
 * A renderer's or kubectl's message with the absolute paths under cwd (as given, or with its symlinks resolved, as
 * kubectl prints them) shown relative to cwd, as every report path is. Done before `oneLine` cuts the message, so
 * a path cut in half cannot escape it.
 */
export declare function relativeMessage(message: string, cwd: string): string;
/** An app's render diagnostics: warnings are notes; errors are findings where the renderer points. */
export declare function renderProblems(r: RenderedApp, discovery: Discovery, cwd: string, diagnostics: string[]): ReportFinding[];
