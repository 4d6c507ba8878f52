import type { RenderDiagnostic } from './types.js';
export declare class RenderError extends Error {
    readonly file: string | undefined;
    readonly line: number | undefined;
    readonly column: number | undefined;
    /** `message` should already name the file:line when known; file/line/column are also kept for tools. */
    constructor(message: string, where?: {
        file?: string;
        line?: number;
        column?: number;
    });
    toDiagnostic(): RenderDiagnostic;
}
/** Where a node sits, for messages: `file:line:column`. */
export declare function locate(file: string, line?: number, column?: number): string;
