import type { DiscoveryContext } from './model.js';
import { type TreeDoc } from './tree.js';
/** The app of a Flux Kustomization: its `spec.path` with components, post-build substitution and target namespace. */
export declare function fluxKustomizationApp(doc: TreeDoc, ctx: DiscoveryContext): void;
