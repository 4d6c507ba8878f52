// Path helpers shared by formatters: report files are cwd-relative; SARIF and GitHub want checkout-relative.
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FormatContext } from './types.js';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function absoluteOf(file: string, ctx: FormatContext): string {
  return isAbsolute(file) ? file : resolve(ctx.cwd ?? process.cwd(), file);
}

/** The file relative to the repository root, forward slashes (what GitHub matches against the checkout). */
export function repoRelative(file: string, ctx: FormatContext): string {
  const root = ctx.repoRoot ?? ctx.cwd ?? process.cwd();
  return toPosix(relative(root, absoluteOf(file, ctx)));
}

export function readSource(file: string, ctx: FormatContext): string | undefined {
  const abs = absoluteOf(file, ctx);
  if (ctx.readSource) return ctx.readSource(abs);
  try {
    // A finding may name a symlink (a loose file refused for leading out of the repository): its target is never
    // shown. A file reached through a symlink is framed only when it really lies inside the repository.
    const real = realpathSync(abs);
    const root = realpathSync(ctx.repoRoot ?? ctx.cwd ?? process.cwd());
    if (real !== abs && real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    const text = readFileSync(real, 'utf8');
    // A binary file has no useful frame.
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
