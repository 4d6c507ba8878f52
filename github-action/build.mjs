// Bundles the Action into one file that GitHub runs with `runs.using: node24` (no npm install on the runner).
//   node github-action/build.mjs                 → github-action/dist/index.js (committed)
//   node github-action/build.mjs --outfile F     → F (the staleness test builds to a temp file and compares)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const flag = process.argv.indexOf('--outfile');
const outfile = flag >= 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]) : join(here, 'dist', 'index.js');

await build({
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
