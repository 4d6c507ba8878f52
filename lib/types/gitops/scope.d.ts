import { type RenderedApp, type Renderer } from './app.js';
import { type RepoFs } from './fs.js';
import type { App, Discovery } from './model.js';
import { type ParsedYamlFile } from './tree.js';
/** What an app reads and where its objects land, known without rendering it. */
export interface BoundedApp {
    /** Real kustomization roots it may read below. */
    roots: string[];
    /** Files that define it besides (its Argo CD Application). */
    definedIn: string[];
    /** The one namespace its namespaced objects land in. */
    namespace: string;
}
/**
 * The file that defines an app for its deployer (its Argo CD Application or ApplicationSet, its Flux Kustomization):
 * a change there (a destination, a target namespace) changes the app though none of its files changed.
 */
export declare function definitionFile(app: App, cwd: string): string | undefined;
/** The app reads one of `files`, or is defined in one. */
export declare function appReaches(rendered: RenderedApp, files: ReadonlySet<string>, cwd: string): boolean;
/** The bounds of `app`, or undefined when they cannot be known without rendering it. */
export declare function boundApp(app: App, parsed: ReadonlyMap<string, ParsedYamlFile>, fs: RepoFs, cwd: string): BoundedApp | undefined;
/**
 * Renders the apps `changed` (absolute paths) can reach, and the apps those share a namespace with; the other apps are
 * left out when they are bounded (boundApp) and reach none of it. Returns the renders in discovery order.
 */
export declare function renderChanged(discovery: Discovery, renderer: Renderer, changed: ReadonlySet<string>, parsed: ReadonlyMap<string, ParsedYamlFile>, fs: RepoFs, cwd: string, onRendered?: (done: number, total: number) => void): Promise<{
    rendered: RenderedApp[];
    left: number;
}>;
