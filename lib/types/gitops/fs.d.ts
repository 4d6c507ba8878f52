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
}
/** The working tree on disk. */
export declare const nodeFs: RepoFs;
/** `typeOf`, with anything unreadable as undefined. */
export declare function typeOrUndefined(fs: RepoFs, path: string): EntryType | undefined;
