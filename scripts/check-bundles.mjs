// Fails when a committed bundle (lib/ for bin/pgwarden, github-action/dist/ for the Action) is not what the
// current sources build: shipping a stale bundle would ship old behaviour. `npm run bundle` refreshes both.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'pgwarden-bundles-'));
const stale = [];
try {
  const run = (script, args) => {
    const r = spawnSync(process.execPath, [join(repoRoot, script), ...args], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  };
  run('scripts/build-cli.mjs', ['--outdir', join(tmp, 'lib')]);
  // Every file below lib/ (the bundles, and the declarations in lib/types/).
  const files = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  const fresh = files(join(tmp, 'lib'));
  let committed = [];
  try {
    committed = files(join(repoRoot, 'lib'));
  } catch {}
  if (fresh.join() !== committed.join()) stale.push(`lib/ (files: built ${fresh.join(', ')}; committed ${committed.join(', ') || 'none'})`);
  else for (const f of fresh) if (readFileSync(join(tmp, 'lib', f), 'utf8') !== readFileSync(join(repoRoot, 'lib', f), 'utf8')) stale.push(`lib/${f}`);

  run('github-action/build.mjs', ['--outfile', join(tmp, 'action.js')]);
  if (readFileSync(join(tmp, 'action.js'), 'utf8') !== readFileSync(join(repoRoot, 'github-action/dist/index.js'), 'utf8')) {
    stale.push('github-action/dist/index.js');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (stale.length > 0) {
  process.stderr.write(`Stale committed bundles: ${stale.join('; ')}.\nRun \`npm run bundle\` and commit the result.\n`);
  process.exit(1);
}
process.stdout.write('bundles: lib/ and github-action/dist/ match the sources\n');
