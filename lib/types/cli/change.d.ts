import { type ParsedYamlFile, type RenderedApp, type Renderer } from '../gitops/index.js';
import type { EvaluateOptions } from '../policies/index.js';
import type { EngineApi } from './deps.js';
import type { ReportFinding } from './report.js';
export interface ChangeRun {
    ref: string;
    cwd: string;
    repoRoot: string;
    /** The linted directories (absolute, inside repoRoot). */
    roots: string[];
    sourceRoots: string[];
    exclude: string[];
    engine: EngineApi;
    renderer: Renderer;
    evaluateOptions: EvaluateOptions;
    policyBase: string;
    /** Whether repoRoot is a git checkout. */
    inGit: boolean;
    /** File arguments and --changed-since: only the apps (at either side) that read one of these files are reported on. */
    scope?: ReadonlySet<string>;
}
/** What the head lint did: its apps, rendered, and its parses of the tree's YAML files. */
export interface HeadWork {
    apps: RenderedApp[];
    yamlFiles: ReadonlyMap<string, ParsedYamlFile>;
}
/** The change findings between the tree at `run.ref` and the head. */
export declare function changeFindings(run: ChangeRun, head: HeadWork, diagnostics: string[]): Promise<ReportFinding[]>;
