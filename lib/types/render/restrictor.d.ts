import { type SourceFs } from './cache.js';
export type LoadRestrictor = 'rootOnly' | 'none';
/** Thrown for a refused path; the builder re-throws it at the line that names the path. */
export declare class RestrictionError extends Error {
    constructor(message: string);
}
/** `dir` equals `root` or lies below it (ConfirmedDir.HasPrefix). */
export declare function isWithin(dir: string, root: string): boolean;
/** The nearest ancestor of `dir` (itself included) that holds a `.git` entry: the checkout's root. */
export declare function findRepoRoot(dir: string): string | undefined;
export interface Resolved {
    /** The real path (every symlink resolved). */
    real: string;
    /** The same file as a person sees it: the real path with the lexical prefix of the repository (or top dir). */
    shown: string;
}
/** One per render: realpath lookups are cached, since a base is reached once per overlay. */
export declare class PathRestrictor {
    readonly mode: LoadRestrictor;
    /** Where paths are resolved: the disk, or a tree read from git objects (`lint --base`). */
    private readonly fs;
    private readonly reals;
    private readonly shownCache;
    /** Real repository root; undefined when none is known (then only kustomize's own rules apply). */
    readonly repo: string | undefined;
    private readonly prefixes;
    constructor(mode: LoadRestrictor, repoRoot: string | undefined, topDir: string, 
    /** Where paths are resolved: the disk, or a tree read from git objects (`lint --base`). */
    fs?: SourceFs);
    private realOrSelf;
    /** realpath(3), cached; the error (ENOENT for a missing path or a dangling link, ELOOP, …) when it fails. */
    realpath(p: string): string | NodeJS.ErrnoException;
    /** How a real path is shown: under the repository's (or top dir's) lexical prefix when that names the same file. */
    shown(real: string): string;
    private resolveExisting;
    private outsideRepo;
    /**
     * A top-level kustomization directory (kustomize's ConfirmDir): its real path, inside the repository.
     * undefined when it does not exist.
     */
    topRoot(dir: string): Resolved | undefined;
    /**
     * kustomize's loader.New for a base or component named `rel` in the kustomization rooted at `root` (real):
     * absolute roots refused, symlinks resolved, the repository boundary kept, cycles refused against `chain`
     * (the real roots being loaded). undefined when the path does not exist.
     */
    newRoot(root: string, rel: string, chain: readonly string[]): Resolved | undefined;
    /**
     * kustomize's Load(path) through the restrictor, for a file a kustomization rooted at `root` (real) names:
     * every symlink resolved first, then the real file must be in or below the root (rootOnly) and always inside
     * the repository. undefined when the path does not exist.
     */
    file(root: string, rel: string): Resolved | undefined;
    /** A file given directly (loose manifests): only the repository boundary applies. */
    looseFile(file: string): Resolved | undefined;
}
