export type EntryType = 'file' | 'dir' | 'other';
export interface RepoFs {
    /** Names in a directory; throws an Error with a `code` (ENOENT, EACCES, …) when it cannot be read. */
    readdir(dir: string): string[];
    /** What `path` is, following a symlink; throws with `code` ELOOP / ENOENT for a loop or a dangling link. */
    typeOf(path: string): EntryType;
    /** Whether `path` itself is a symlink (not followed). */
    isSymlink(path: string): boolean;
    /** Size in bytes (following symlinks). */
    size(path: string): number;
    readFile(path: string): Buffer;
    /** The canonical path (symlinks resolved), to visit each directory once. */
    realpath(path: string): string;
    /**
     * typeOf, isSymlink and size in one answer, when the tree can give them at once (the disk: one lstat, and a stat only
     * for a symlink). Throws as isSymlink does; `type` and `size` hold typeOf's error (a loop, a dangling link) instead.
     */
    lookup?(path: string): Entry;
    /**
     * readdir with what each entry is, when the tree can tell without a look at each (the disk: the listing's d_type):
     * a symlink as `symlink`, not followed. The walk then asks nothing more of a directory or a file it does not read.
     */
    list?(dir: string): {
        name: string;
        type: EntryType | 'symlink';
    }[];
    /** The file's bytes, or undefined when it holds more than `max` bytes (read no further), without asking its size first. */
    readCapped?(path: string, max: number): Buffer | undefined;
}
/** What one look at a path says: typeOf, isSymlink and size (or the error typeOf and size throw). */
export interface Entry {
    symlink: boolean;
    followed: {
        type: EntryType;
        size: number;
    } | {
        error: unknown;
    };
}
/** The working tree on disk. */
export declare const nodeFs: RepoFs;
/**
 * `fs` with each answer (or error) about a path kept for the rest of one discovery: the walk, the Argo CD git
 * generators' directory listing, source paths and kustomization lookups ask about the same directories and entries
 * again, which under a cold interpreter cost a one-file lint of the examples 1-2 ms. File contents are not kept (each
 * file is read once). Answers are taken as of the first question, as a walk over a tree that changes under it takes
 * them anyway.
 */
export declare function memoizedFs(fs: RepoFs): RepoFs;
/** The file's bytes, or undefined when it holds more than `max` bytes. Throws as readFile does. */
export declare function readFileCapped(fs: RepoFs, path: string, max: number): Buffer | undefined;
/** `typeOf`, with anything unreadable as undefined. */
export declare function typeOrUndefined(fs: RepoFs, path: string): EntryType | undefined;
