import type { RepoFs } from './fs.js';
/** More entries than this in the base tree is refused (a tree this size is not a GitOps repo). */
export declare const MAX_BASE_ENTRIES = 200000;
/** Blobs larger than this are not read (discovery reports files over its own, smaller limit by their size). */
export declare const MAX_BASE_BLOB_BYTES: number;
/** The blobs of the files changed since the ref are held in memory: more than this in all is refused. */
export declare const MAX_BASE_CHANGED_BYTES: number;
export declare class BaseTreeError extends Error {
}
export interface GitTree {
    /** The commit `ref` resolved to ('' for the empty tree of an unborn HEAD). */
    commit: string;
    /** The tree at the commit, under the working tree's paths. */
    fs: RepoFs;
    /** Whether `file` (an absolute path in the working tree) has the same content at the commit as on disk now. */
    unchanged(file: string): boolean;
    /**
     * The tree written into a new temporary directory, for what must read a disk (the kustomize fallback); symlinks
     * are written as symlinks, which the load restrictor resolves against that directory. `dispose` removes it.
     */
    materialize(): {
        root: string;
        dispose(): void;
    };
}
export declare function git(repoRoot: string, args: string[]): string;
/** HEAD names a branch with no commit yet. */
export declare function unbornHead(repoRoot: string): boolean;
/** The tree of `ref` (a commit-ish of the repository whose working tree is `repoRoot`). */
export declare function openGitTree(repoRoot: string, ref: string): Promise<GitTree>;
