import { gitTopLevel } from '../gitops/index.js';
export { gitTopLevel };
/** Absolute paths of files changed (committed, staged, unstaged or untracked) since `ref`. */
export declare function changedFilesSince(ref: string, cwd: string): string[];
