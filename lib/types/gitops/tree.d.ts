import { type RepoFs } from './fs.js';
import type { Excluder } from './ignore.js';
export declare const KUSTOMIZATION_FILES: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** Larger YAML files are not Kubernetes manifests anyone edits by hand; reading them would only cost memory. */
export declare const MAX_FILE_BYTES: number;
export declare const SKIP_DIRS: Set<string>;
/** A Helm chart's root (helm.sh/helm/v3 pkg/chartutil: `ChartfileName`). */
export declare const HELM_CHART_FILE = "Chart.yaml";
export interface FileProblem {
    ruleId: 'yaml-syntax' | 'render-error';
    /** Absolute path. */
    file: string;
    line: number;
    column: number;
    message: string;
}
/** A parsed document of the tree, kept only for the kinds discovery needs. */
export interface TreeDoc {
    file: string;
    docIndex: number;
    line: number;
    object: Record<string, unknown>;
}
export type ParsedYamlFile = ReturnType<typeof readYamlFile>;
export interface YamlFileCache {
    get(file: string): ParsedYamlFile | undefined;
    set(file: string, parsed: ParsedYamlFile): void;
}
export interface KustomizationInfo {
    dir: string;
    file: string;
    isComponent: boolean;
    /** Absolute dirs (resources/bases/components that are directories) and files it references. */
    refs: string[];
}
export declare function findKustomizationFile(dir: string, exists: (p: string) => boolean): string | undefined;
export interface WalkResult {
    kustomizations: Map<string, KustomizationInfo>;
    /** Manifest files (with at least one apiVersion+kind document) outside kustomization file names. */
    manifests: Map<string, TreeDoc[]>;
    /** YAML files with no Kubernetes object in them (kustomize-controller refuses them in a generated kustomization). */
    nonManifests: Set<string>;
    problems: FileProblem[];
    /** Helm chart directories skipped. */
    charts: string[];
    /** Symlinks not followed because they lead out of the repository. */
    escapes: {
        link: string;
        target: string;
    }[];
}
/** `p` (a real path) is inside one of the boundary's real paths. */
export declare function within(p: string, boundary: readonly string[]): boolean;
export declare function realBoundary(dirs: readonly string[], fs: RepoFs): string[];
/** Read and parse one YAML file; problems instead of exceptions. */
export declare function readYamlFile(file: string, fs?: RepoFs): {
    docs: TreeDoc[];
    problem?: FileProblem;
    text?: string;
};
export declare function walk(roots: string[], fs: RepoFs, excluded: Excluder, boundary: readonly string[], yamlFiles?: YamlFileCache): WalkResult;
export declare function where(doc: TreeDoc, cwd: string): string;
/** A source path inside the repository (Argo CD and Flux never leave their checkout; neither does a symlink). */
export declare function resolveSourcePath(path: string, sourceRoots: string[], fs: RepoFs, boundary: readonly string[]): string | undefined;
/** The manifests of a plain directory (Argo CD "directory" apps, Flux paths without a kustomization). */
export declare function directoryManifests(dir: string, recurse: boolean, manifests: Map<string, TreeDoc[]>, include?: string, exclude?: string): string[];
