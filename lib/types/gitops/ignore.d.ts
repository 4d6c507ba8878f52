import type { RepoFs } from './fs.js';
export declare const IGNORE_FILE_NAME = ".pgwardenignore";
/** Whether an absolute path is excluded (`dir` true for directories, so `name/` patterns match them). */
export type Excluder = (path: string, dir: boolean) => boolean;
export interface ExcludeOptions {
    /** `--exclude` globs, relative to `cwd`. */
    patterns?: readonly string[];
    cwd: string;
    /** Where `.pgwardenignore` is read (the git top level, else the working directory). */
    ignoreFileDir: string;
    fs: RepoFs;
}
export interface Exclusion {
    excluded: Excluder;
    /** The ignore file read, if any (absolute). */
    ignoreFile?: string;
}
export declare function buildExcluder(options: ExcludeOptions): Exclusion;
export declare const NOTHING_EXCLUDED: Excluder;
