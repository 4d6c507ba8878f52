import { type Resource } from './resource.js';
import type { RenderOptions, RenderResult } from './types.js';
export { UnsupportedFeature } from './build.js';
export { diskFs, RenderCache, type SourceFs } from './cache.js';
export { RenderError } from './errors.js';
export type { Origin, RenderDiagnostic, RenderOptions, RenderResult } from './types.js';
/** kustomize's legacy order; `sortOptions.legacySortOptions` may replace the first/last kind lists. */
export declare function legacySort(resources: Resource[], custom?: {
    orderFirst: string[];
    orderLast: string[];
}): Resource[];
/** Render one kustomization directory as `kubectl kustomize` would. Never throws: problems are diagnostics. */
export declare function render(dir: string, opts?: RenderOptions): Promise<RenderResult>;
/** Render loose manifest files (multi-document), for manifests no kustomization includes. Files keep their order. */
export declare function renderFiles(files: string[], opts?: RenderOptions): Promise<RenderResult>;
export declare const REDACTED_SECRET_VALUE = "<redacted by pgwarden>";
/**
 * The multi-document YAML stream `kubectl kustomize` prints (go-yaml key order and folding, sequences not
 * indented), byte for byte — except Secret values: pgwarden never prints one, so each `data` / `stringData` value
 * becomes REDACTED_SECRET_VALUE (the keys stay, so the shape is visible).
 */
export declare function renderToYaml(result: RenderResult): string;
/**
 * go-yaml's key order (sorter.go keyList.Less), which kubectl kustomize prints with: not byte order — a
 * non-letter sorts before a letter (`WAL_` before `WALG_`) and digit runs compare as numbers (`a2` before `a10`).
 */
export declare function goYamlKeyCompare(a: string, b: string): number;
/**
 * go-yaml's line folding, which the yaml package does not reproduce: in a plain or quoted scalar, a single space
 * met once the line is already past column 80 becomes a line break, continued two columns right of the key (or
 * of the sequence dash). Lines inside block scalars are left alone.
 */
export declare function foldLikeGoYaml(text: string): string;
