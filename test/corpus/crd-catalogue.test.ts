// The committed catalogue is what the generator makes from ../shared/crds (the operators' CRDs at their release tags).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('src/policies/crd-catalogue.json is regenerated from ../shared/crds unchanged', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pgwarden-catalogue-'));
  try {
    // Bundled inside the repo so that its imports (yaml) resolve from node_modules.
    const bundle = join(root, 'node_modules/.cache/pgwarden/gen-crd-catalogue.test.mjs');
    const esbuild = spawnSync(
      join(root, 'node_modules/.bin/esbuild'),
      ['scripts/gen-crd-catalogue.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--log-level=warning', `--outfile=${bundle}`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(esbuild.status, esbuild.stderr).toBe(0);
    const before = readFileSync(join(root, 'src/policies/crd-catalogue.json'), 'utf8');
    const run = spawnSync(process.execPath, [bundle, join(root, '../shared/crds'), '--out', join(tmp, 'out.json')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'out.json'), 'utf8')).toBe(before);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
