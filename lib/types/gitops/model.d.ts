import type { RepoFs } from './fs.js';
import type { Excluder } from './ignore.js';
import type { FileProblem, TreeDoc, WalkResult, YamlFileCache } from './tree.js';
export interface FluxSource {
    kind: 'flux';
    name: string;
    namespace: string;
    /** Absolute dir of `spec.path`. */
    path: string;
    components: string[];
    substitute: Record<string, string>;
    substituteFrom: {
        kind: string;
        name: string;
        optional: boolean;
    }[];
    targetNamespace?: string;
    /** `spec.commonMetadata`: labels and annotations Flux adds to every object. */
    commonMetadata?: {
        labels: Record<string, string>;
        annotations: Record<string, string>;
    };
    /** The Flux Kustomization's own file:line, for messages. */
    definedAt: string;
}
export interface ArgoSource {
    kind: 'argocd';
    name: string;
    path: string;
    destinationNamespace?: string;
    /** `spec.source.kustomize.namespace`: set on every namespaced object (kustomize's namespace transformer). */
    namespaceOverride?: string;
    /** `spec.source.kustomize.commonLabels` / `commonAnnotations` (labels only on metadata here). */
    commonMetadata?: {
        labels: Record<string, string>;
        annotations: Record<string, string>;
    };
    recurse: boolean;
    include?: string;
    exclude?: string;
    definedAt: string;
}
export interface App {
    /** `argocd:<name>`, `flux:<ns>/<name>`, or the cwd-relative dir (loose files: the dir, suffixed when taken). */
    name: string;
    type: 'kustomization' | 'files';
    /** Absolute kustomization dir (type kustomization). */
    dir?: string;
    /** Absolute manifest files (type files). */
    files?: string[];
    /** Kustomization dirs rendered with the files (a Flux path without a kustomization of its own). */
    kustomizations?: string[];
    /** The file a finding lands on when it has no origin (kustomization file or first manifest). */
    anchor: string;
    loadRestrictor: 'rootOnly' | 'none';
    components?: string[];
    flux?: FluxSource;
    argo?: ArgoSource;
    /** In a tree with Argo CD / Flux objects, none of them deploys this app's files (applied by hand, or dead). */
    undeployed?: boolean;
}
export interface Discovery {
    apps: App[];
    problems: FileProblem[];
    /** Notes for stderr (unsupported sources, paths not found, …). */
    diagnostics: string[];
    /** Every ConfigMap found in the tree (Flux `substituteFrom`). */
    configMaps: TreeDoc[];
    /** Whether Argo CD / Flux objects decided the apps. */
    gitops: boolean;
    /**
     * Apps for what the apps above leave out, given the files their renders read: kustomization roots and loose
     * manifests (one app per directory) that no app covers. Empty for a tree without Argo CD / Flux objects, where
     * `apps` already holds every root and every loose directory.
     */
    uncovered(covered: ReadonlySet<string>): App[];
    /** The repository the renders are bounded to (DiscoverOptions.repoRoot). */
    repoRoot?: string;
}
export interface DiscoverOptions {
    cwd: string;
    /** Directories to walk (absolute). */
    roots: string[];
    /** Where Argo CD / Flux source paths are resolved, in order (lint root, git toplevel, cwd). */
    sourceRoots: string[];
    /** The tree to read (default: the working tree on disk). */
    fs?: RepoFs;
    /** Paths to skip (`--exclude`, `.pgwardenignore`). */
    excluded?: Excluder;
    /** The repository: the walk never follows a symlink out of it, no source path leaves it (default: the roots). */
    repoRoot?: string;
    /**
     * Parses of YAML files kept across discoveries: `lint --base` discovers the base tree with the head's parses of the
     * files whose bytes did not change (parses are shared, never mutated).
     */
    yamlFiles?: YamlFileCache;
}
/** One discovery run, as the Argo CD and Flux readers see it. */
export interface DiscoveryContext {
    cwd: string;
    /** Where Argo CD / Flux source paths are resolved, in order. */
    sourceRoots: string[];
    fs: RepoFs;
    excluded: Excluder;
    /** Real paths nothing outside of is read. */
    boundary: string[];
    tree: WalkResult;
    /** Directories per source root (ApplicationSet git generators), listed once per run. */
    dirs: Map<string, string[]>;
    diagnostics: string[];
    apps: App[];
    /** `name`, or `name#2`, … when taken. */
    uniqueName(name: string): string;
    /** The app a source directory makes (a kustomization, or its manifests), undefined when it holds none. */
    appForDir(dir: string, base: Omit<App, 'type' | 'anchor' | 'dir' | 'files'>): App | undefined;
}
