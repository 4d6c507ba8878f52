import type { ReportFinding } from './report.js';
export declare const DEFAULT_SUPPRESSIONS_FILE = "pgwarden-suppressions.json";
export type Suppressions = Record<string, Record<string, {
    count: number;
}>>;
export declare function readSuppressions(path: string): Suppressions;
export interface SuppressionOutcome {
    findings: ReportFinding[];
    suppressed: number;
    written: boolean;
    pruned: number;
    /** Entries whose findings are gone (reported as a note so people prune them). */
    unused: number;
}
export declare function applySuppressions(findings: ReportFinding[], opts: {
    path: string;
    cwd: string;
    suppressAll?: boolean;
    prune?: boolean;
}): SuppressionOutcome;
