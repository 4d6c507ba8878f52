import type { DiscoveryContext } from './model.js';
import { type TreeDoc } from './tree.js';
export declare function str(value: unknown): string | undefined;
export declare function stringRecord(value: Record<string, unknown>): Record<string, string>;
/** The apps of an Argo CD Application: one per source (`argocd:<name>`, `argocd:<name>[i]` with several). */
export declare function applicationApps(doc: TreeDoc, ctx: DiscoveryContext): void;
/** The apps of an ApplicationSet: one per parameter set of its generators, named and placed by its template. */
export declare function applicationSetApps(doc: TreeDoc, ctx: DiscoveryContext): void;
