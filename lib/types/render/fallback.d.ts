import type { RenderCache } from './cache.js';
import type { PMap } from './pnode.js';
/** `kustomize build` or `kubectl kustomize`, whichever is on PATH (kustomize first: it is what Flux embeds). */
export declare function fallbackTool(): {
    cmd: string;
    args: string[];
} | undefined;
export interface FallbackObject {
    root: PMap;
}
/**
 * kustomize's error about the wrapper, as it would have said it about `dir` itself: the wrapper's layer
 * ("accumulating resources from '<path from the wrapper>' … recursed accumulation of path '<dir>': ") is cut, and
 * any other mention of the wrapper-relative path names the user's directory.
 */
export declare function unwrapError(message: string, dir: string, entry: string): string;
/**
 * Build `dir` with the external tool through a wrapper kustomization (in a temporary directory) that adds
 * `buildMetadata: [originAnnotations]` to what the app's own kustomization asks for (`buildMetadata` is the top
 * kustomization's alone: kustomize copies it into every base, api/internal/target/kusttarget.go
 * accumulateDirectory). Returns the objects with provenance set to each object's origin file; the build
 * annotations the app asked for are kept, with paths relative to the app as kustomize writes them.
 */
export declare function runFallback(dir: string, cache: RenderCache, loadRestrictor: 'rootOnly' | 'none', isComponent?: boolean, buildMetadata?: readonly string[]): PMap[];
