import { type EngineApi, type RendererApi } from './deps.js';
import type { LintOptions, LintResult } from './report.js';
export { summarize } from './passes.js';
export { findPolicyFile, loadPolicy, POLICY_FILE_NAME } from './policy-file.js';
export type { LintOptions, LintReport, LintResult, ReportFinding } from './report.js';
export interface LintDeps {
    engine?: EngineApi;
    renderer?: RendererApi;
}
export declare function runLint(options: LintOptions, deps?: LintDeps): Promise<LintResult>;
/** `--print-config FILE`: which policy applies to each object that FILE puts into an app, and how. */
export interface PrintedConfig {
    file: string;
    /** The policy file in force for FILE (relative to cwd), null for the built-in preset. */
    policyFile: string | null;
    /** The policy file's documents in match order (the built-in preset when there is no file). */
    policies: string[];
    objects: {
        resource: {
            apiVersion: string;
            kind: string;
            name: string;
            namespace?: string;
        };
        apps: string[];
        policy: string;
        mode: 'enforce' | 'audit';
        /** Every rule: severity, and options with the rule's defaults filled in. */
        rules: Record<string, {
            severity: string;
            options: Record<string, unknown>;
        }>;
    }[];
}
/**
 * The effective policy for one file, as `lint FILE` would apply it: the objects are the rendered ones (namespaces
 * from the Argo CD destination or Flux target, labels from kustomize), since policies match on those.
 */
export declare function printConfig(file: string, options: Omit<LintOptions, 'paths' | 'parseCache'>, deps?: LintDeps): Promise<PrintedConfig>;
