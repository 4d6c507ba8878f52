// Bundles the Action into one file that GitHub runs with `runs.using: node24` (no npm install on the runner).
//   node github-action/build.mjs                 → github-action/dist/index.js (committed)
//   node github-action/build.mjs --outfile F     → F (the staleness test builds to a temp file and compares)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const flag = process.argv.indexOf('--outfile');
const outfile = flag >= 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]) : join(here, 'dist', 'index.js');

/**
 * The CLI loads the engine and the renderer with `import(SPECIFIER)` where SPECIFIER is a string constant (so a
 * module still being written is a runtime error, not a compile error). esbuild cannot follow an import whose
 * argument is a variable, and inside one bundle those relative paths point nowhere. This plugin turns such imports
 * into a lookup table of static `import('…')` calls, one per `const X = './….js'` constant in the same file whose
 * TypeScript source exists, so the modules land in the bundle. Unknown specifiers still go to a real import().
 */
const staticDynamicImports = {
  name: 'static-dynamic-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\bimport\((?!\s*['"`])/.test(source)) return undefined;
      const specifiers = [...source.matchAll(/\bconst\s+\w+\s*=\s*'(\.{1,2}\/[^']+)\.js'/g)]
        .map((m) => m[1])
        .filter((spec) => existsSync(resolve(dirname(args.path), `${spec}.ts`)));
      if (specifiers.length === 0) return undefined;
      const table = specifiers.map((spec) => `  ${JSON.stringify(`${spec}.js`)}: () => import(${JSON.stringify(`${spec}.js`)}),`).join('\n');
      const rewritten = source.replace(/\bimport\((?!\s*['"`])/g, '__pgwardenImport(');
      const helper = `\nconst __pgwardenImports: Record<string, () => Promise<unknown>> = {\n${table}\n};\nfunction __pgwardenImport(specifier: string): Promise<unknown> {\n  const load = __pgwardenImports[specifier];\n  return load ? load() : import(specifier);\n}\n`;
      process.stderr.write(`build: bundled ${specifiers.length} dynamic imports of ${relative(repoRoot, args.path)}\n`);
      return { contents: rewritten + helper, loader: 'ts' };
    });
  },
};

await build({
  plugins: [staticDynamicImports],
  // Paths in the bundle's comments are relative to this, so the output does not depend on where it is built.
  absWorkingDir: repoRoot,
  entryPoints: ['github-action/src/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // Bundled CommonJS dependencies call require() for Node built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as __pgwardenCreateRequire } from 'node:module';\nconst require = __pgwardenCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
