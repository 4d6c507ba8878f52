// The Action runs the committed github-action/dist/index.js, not the TypeScript: a source change that was not
// rebuilt would ship old behaviour. Rebuild to a temp file and compare byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('github-action/dist/index.js', () => {
  it('is what github-action/build.mjs builds from the current sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgw-bundle-'));
    try {
      const outfile = join(dir, 'index.js');
      const r = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [join(repoRoot, 'github-action/build.mjs'), '--outfile', outfile], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      const fresh = readFileSync(outfile, 'utf8');
      const committed = readFileSync(join(repoRoot, 'github-action/dist/index.js'), 'utf8');
      // Not toBe(): a 2 MB diff helps nobody. The message says what to do.
      expect(fresh === committed, 'github-action/dist/index.js is stale: run `node github-action/build.mjs` and commit it').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
