// The only error type render code throws. `render()` catches it and returns it as a diagnostic.
import type { RenderDiagnostic } from './types.js';

export class RenderError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  /** `message` should already name the file:line when known; file/line/column are also kept for tools. */
  constructor(message: string, where?: { file?: string; line?: number; column?: number }) {
    super(message);
    this.name = 'RenderError';
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }

  toDiagnostic(): RenderDiagnostic {
    const d: RenderDiagnostic = { severity: 'error', message: this.message };
    if (this.file !== undefined) d.file = this.file;
    if (this.line !== undefined) d.line = this.line;
    if (this.column !== undefined) d.column = this.column;
    return d;
  }
}

/** Where a node sits, for messages: `file:line:column`. */
export function locate(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}
