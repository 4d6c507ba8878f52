import { type EvaluationUnit, type RenderedApp } from '../gitops/index.js';
import type { EvaluateOptions, Finding } from '../policies/index.js';
import type { EngineApi } from './deps.js';
export interface AppFinding {
    app: RenderedApp;
    /** The finding, with `objectIndex` into `app.objects`. */
    finding: Finding;
}
export interface EvaluateOutcome {
    findings: AppFinding[];
    /** Apps whose unit the engine could not evaluate, with the engine's message (first line). */
    failures: {
        app: RenderedApp;
        message: string;
    }[];
}
export declare function evaluateUnits(units: EvaluationUnit[], engine: EngineApi, options: EvaluateOptions, policyBase: string): EvaluateOutcome;
