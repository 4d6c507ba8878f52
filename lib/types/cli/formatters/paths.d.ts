import type { FormatContext } from './types.js';
export declare function toPosix(path: string): string;
export declare function absoluteOf(file: string, ctx: FormatContext): string;
/** The file relative to the repository root, forward slashes (what GitHub matches against the checkout). */
export declare function repoRelative(file: string, ctx: FormatContext): string;
export declare function readSource(file: string, ctx: FormatContext): string | undefined;
