// Small trees written per test into a temp dir, so line numbers in assertions are the ones in the test source.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Origin, RenderResult } from '../../src/render/types.js';

export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pgwarden-render-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return root;
}

/** Join lines with \n (and a final newline), so a fixture's line N is the N-th element. */
export function lines(...ls: string[]): string {
  return `${ls.join('\n')}\n`;
}

export function indexOf(result: RenderResult, kind: string, name: string): number {
  const i = result.objects.findIndex((o) => {
    const meta = o.metadata as { name?: string } | undefined;
    return o.kind === kind && meta?.name === name;
  });
  if (i < 0) {
    const have = result.objects.map((o) => `${String(o.kind)}/${String((o.metadata as { name?: string })?.name)}`);
    throw new Error(`no ${kind}/${name} in render result (have ${have.join(', ')}; diagnostics ${JSON.stringify(result.diagnostics)})`);
  }
  return i;
}

export function originOf(result: RenderResult, kind: string, name: string, pointer: string): Origin {
  const o = result.origin(indexOf(result, kind, name), pointer);
  if (!o) throw new Error(`no origin for ${kind}/${name} ${pointer}`);
  return o;
}

/** `file:line:column` relative to root, for compact assertions. */
export function where(root: string, o: Origin): string {
  return `${path.relative(root, o.file)}:${o.line}:${o.column}`;
}

export function valueAt(result: RenderResult, kind: string, name: string, pointer: string): unknown {
  let cur: unknown = result.objects[indexOf(result, kind, name)];
  for (const seg of pointer.split('/').slice(1)) {
    const key = seg.replaceAll('~1', '/').replaceAll('~0', '~');
    cur = (cur as Record<string, unknown> | undefined)?.[key];
  }
  return cur;
}
