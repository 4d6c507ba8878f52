import { type ParseMemo } from '../yaml/index.js';
/** The whole cache file, in characters of its JSON. */
export declare const MAX_BYTES: number;
/** A file above this size is not kept (its entry would crowd out the rest). */
export declare const MAX_ENTRY_BYTES: number;
/**
 * At most this many caches (one per repository linted) stay in the directory, the most recently used: repositories
 * linted once (a temporary checkout, a test's fixture) do not pile up.
 */
export declare const MAX_FILES = 16;
/** Where the cache lives and whose it is: bin/pgwarden's cache directory and the bundle's hash. */
export interface ParseCacheLocation {
    dir: string;
    build: string;
    /** The bound (default MAX_BYTES). */
    maxBytes?: number;
}
export declare class ParseCache implements ParseMemo {
    /** The cache file. */
    readonly file: string;
    private readonly build;
    private readonly root;
    private readonly maxBytes;
    private readonly entries;
    private readonly used;
    private changed;
    private constructor();
    /** The cache of repository `root` (an absolute path) in `location`, empty when there is none or it is unusable. */
    static open(location: ParseCacheLocation, root: string): ParseCache;
    /** Put this cache in force (src/yaml/memo.ts); the function returned puts back the one in force before. */
    enter(): () => void;
    get(file: string, text: string, kind: string): unknown;
    set(file: string, text: string, kind: string, value: unknown): void;
    /** Write the cache when this run added to it; drop caches of other builds unused for a week. Never throws. */
    save(): void;
    /**
     * Drop the caches of other builds unused for a week, temporary files a killed run left, and all but the MAX_FILES
     * most recently used caches. Never throws.
     */
    private prune;
}
