/** Substitute in every object except those annotated `kustomize.toolkit.fluxcd.io/substitute: disabled`. */
export declare function fluxSubstitute(objects: Record<string, unknown>[], vars: Record<string, string>): Record<string, unknown>[];
