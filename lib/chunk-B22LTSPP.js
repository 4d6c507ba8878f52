import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/cli/formatters/paths.ts
import { readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function absoluteOf(file, ctx) {
  return isAbsolute(file) ? file : resolve(ctx.cwd ?? process.cwd(), file);
}
function repoRelative(file, ctx) {
  const root = ctx.repoRoot ?? ctx.cwd ?? process.cwd();
  return toPosix(relative(root, absoluteOf(file, ctx)));
}
function readSource(file, ctx) {
  const abs = absoluteOf(file, ctx);
  if (ctx.readSource) return ctx.readSource(abs);
  try {
    const real = realpathSync(abs);
    const root = realpathSync(ctx.repoRoot ?? ctx.cwd ?? process.cwd());
    if (real !== abs && real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) return void 0;
    const text = readFileSync(real, "utf8");
    return text.includes("\0") ? void 0 : text;
  } catch {
    return void 0;
  }
}

export {
  toPosix,
  absoluteOf,
  repoRelative,
  readSource
};
