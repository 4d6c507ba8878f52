import type { Fix } from '../policies/index.js';
import { type Origin } from '../gitops/index.js';
export interface FixCandidate {
    fix: Fix;
    /** The rendered object the patch's pointers refer to. */
    object: unknown;
    origin: (pointer: string) => Origin | undefined;
    /** `rule-id file:line`, for skip reasons. */
    label: string;
}
export interface FixOutcome {
    diff: string;
    files: string[];
    applied: number;
    skipped: string[];
}
export declare function applyFixes(candidates: FixCandidate[], opts: {
    cwd: string;
    write: boolean;
}): FixOutcome;
