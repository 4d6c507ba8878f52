// Bundles the CLI (and the webhook it starts with `pgwarden serve`) into lib/, which is committed.
//   npm run bundle (= node scripts/build-cli.mjs) → lib/ (what bin/pgwarden runs)
//   node scripts/build-cli.mjs --outdir D   → D (the staleness check builds to a temp dir and compares)
//
// Why a committed bundle rather than a `prepare` build: npm 11 (the npm of Node 24) links a deleted temp clone
// when `npm install -g git+file://…` meets any lifecycle script, and that is exactly how pre-commit >= 4.6.1
// installs a `language: node` hook. A package with no install-time build installs cleanly everywhere. For the same
// reason package.json has no script named `build` (npm's git fetcher treats `build` like `prepare`): it is `bundle`.
// Dependencies stay external: npm installs them beside the package.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--outdir');
const outdir = flag >= 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]) : join(repoRoot, 'lib');

// Chunk names carry content hashes: start empty so no chunk of an older build is left behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: repoRoot,
  entryPoints: {
    pgwarden: 'src/cli/main.ts',
    // The library entry (package.json "exports"): runLint and formatReport, sharing chunks with the CLI.
    api: 'src/cli/api.ts',
    // A worker thread is started from a file: it must be an entry of its own, beside the chunk that starts it.
    'eval-worker': 'src/webhook/eval-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  packages: 'external',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  logLevel: 'warning',
});
