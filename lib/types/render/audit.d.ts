import type { RenderCache } from './cache.js';
import { type PathRestrictor, type Resolved } from './restrictor.js';
/**
 * Check every path the kustomization tree rooted at `top` names, recursively through bases and components.
 * Throws a RenderError at the line of the first refused path. Paths that do not exist are left to kustomize.
 */
export declare function auditTree(top: Resolved, restrictor: PathRestrictor, cache: RenderCache): void;
