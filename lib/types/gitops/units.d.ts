import type { RenderedApp } from './app.js';
export interface UnitObject {
    object: Record<string, unknown>;
    app: RenderedApp;
    /** Index of the object in its app's `objects` (and in its render result). */
    index: number;
}
export interface EvaluationPass {
    objects: UnitObject[];
    /** Whether findings on objects[i] belong to this pass (false: context only). */
    reported: boolean[];
}
export interface EvaluationUnit {
    apps: RenderedApp[];
    passes: EvaluationPass[];
}
/**
 * The evaluation units of a run: every app that rendered, grouped by shared namespaces; only units holding an app
 * in `report` (the apps this run reports on) are returned, and only those apps' objects are reported.
 */
export declare function evaluationUnits(apps: RenderedApp[], report: ReadonlySet<RenderedApp>): EvaluationUnit[];
