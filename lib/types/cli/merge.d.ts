import type { FixCandidate } from './fix.js';
import type { Located } from './locate.js';
import type { ReportFinding } from './report.js';
export declare class FindingMerger {
    private readonly groups;
    /** Add one app's findings (in the engine's order: the n-th same-keyed finding of each app pairs with the n-th). */
    addApp(app: string, findings: Located[]): void;
    /** The merged findings, each message formatted once with the other objects it stands for. */
    findings(): ReportFinding[];
    fixes(): FixCandidate[];
}
