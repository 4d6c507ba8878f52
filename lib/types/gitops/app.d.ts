import type { RenderOptions, RenderResult } from '../render/index.js';
import type { App, Discovery } from './discover.js';
import type { RepoFs } from './fs.js';
/** The renderer as gitops drives it (src/render binds it; tests inject small fakes). */
export interface Renderer {
    render(dir: string, opts?: RenderOptions): Promise<RenderResult>;
    renderFiles(files: string[], opts?: RenderOptions): Promise<RenderResult>;
    /** A parse cache shared by every app of one run, reading files through `fs` (default: the disk). */
    newCache(fs?: RepoFs): unknown;
}
export interface RenderedApp {
    app: App;
    result: RenderResult;
    /** Rendered objects after Flux substitution and namespace defaulting (same indexes as result.objects). */
    objects: Record<string, unknown>[];
    /** Absolute files read to render it (the renderer's inputs, the app's files, its anchor). */
    inputs: string[];
    /** Whether the render reported an error (its objects are then not evaluated). */
    failed: boolean;
    /** Notes for stderr (Flux variables that stay unknown, …). */
    notes: string[];
}
/** Kinds kustomize and the apiserver treat as cluster-scoped: a destination/target namespace never applies. */
export declare const CLUSTER_SCOPED: Set<string>;
/** Several renders as one app: objects concatenated, each origin asked of the render it came from. */
export declare function combineResults(parts: RenderResult[]): RenderResult;
/** Render one app and apply its deployer's transformations. Never throws: a failure is a diagnostic on the app. */
export declare function renderApp(app: App, renderer: Renderer, cache: unknown, discovery: Discovery): Promise<RenderedApp>;
/**
 * Render every app of a discovery with one cache (bases shared by overlays are parsed once), then what the apps
 * leave out (uncovered kustomization roots and loose manifests, as apps of their own).
 */
export declare function renderApps(discovery: Discovery, renderer: Renderer, onRendered?: (done: number, total: number) => void, 
/** A render known to be identical (lint --base: the app's files did not change), used instead of rendering. */
reuse?: (app: App) => RenderedApp | undefined, 
/** Where the files are read (lint --base: the tree at a git ref); default the disk. */
fs?: RepoFs): Promise<RenderedApp[]>;
