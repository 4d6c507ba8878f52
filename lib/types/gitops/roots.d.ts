import type { App } from './model.js';
import type { WalkResult } from './tree.js';
export interface RootsContext {
    cwd: string;
    tree: WalkResult;
    /** The Argo CD / Flux apps found: files under their source paths are theirs. */
    apps: readonly App[];
    /** Names taken so far (apps are named once per run). */
    usedNames: ReadonlySet<string>;
    uniqueName(name: string): string;
}
/**
 * The roots and loose-file apps; with `covered` (the files the Argo CD / Flux apps' renders read), only those that
 * no app deploys.
 */
export declare function rootsAndLoose(ctx: RootsContext, covered?: ReadonlySet<string>): App[];
