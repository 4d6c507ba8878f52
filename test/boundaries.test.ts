// The arrows between parts are the linter's (biome.json noRestrictedImports per folder), not a habit: each probe
// is linted with the repository's own configuration, and forbidden imports must fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..');

const probes: { file: string; from: string; allowed: boolean }[] = [
  { file: 'src/policies/probe.ts', from: '../render/index.js', allowed: false },
  { file: 'src/policies/probe.ts', from: '../cli/lint.js', allowed: false },
  { file: 'src/render/probe.ts', from: '../policies/index.js', allowed: false },
  { file: 'src/render/probe.ts', from: '../gitops/index.js', allowed: false },
  { file: 'src/gitops/probe.ts', from: '../render/index.js', allowed: true },
  { file: 'src/gitops/probe.ts', from: '../render/build.js', allowed: false },
  { file: 'src/gitops/probe.ts', from: '../policies/index.js', allowed: false },
  { file: 'src/webhook/probe.ts', from: '../gitops/index.js', allowed: false },
  { file: 'src/webhook/probe.ts', from: '../render/index.js', allowed: false },
  { file: 'src/webhook/probe.ts', from: '../policies/index.js', allowed: true },
  { file: 'src/webhook/probe.ts', from: '../policies/engine.js', allowed: false },
  { file: 'src/cli/probe.ts', from: '../webhook/main.js', allowed: false },
  { file: 'src/cli/probe.ts', from: '../render/index.js', allowed: false },
  { file: 'src/cli/probe.ts', from: '../gitops/discover.js', allowed: false },
  { file: 'src/cli/probe.ts', from: '../gitops/index.js', allowed: true },
  { file: 'github-action/src/probe.ts', from: '../../src/cli/index.js', allowed: true },
  { file: 'github-action/src/probe.ts', from: '../../src/cli/lint.js', allowed: false },
  { file: 'github-action/src/probe.ts', from: '../../src/gitops/index.js', allowed: false },
];

describe('part boundaries (biome noRestrictedImports)', () => {
  it('refuses every forbidden arrow and accepts the allowed ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgwarden-boundaries-'));
    const config = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8')) as Record<string, unknown>;
    delete config.$schema;
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
    const files = probes.map(({ file, from }, i) => {
      const path = file.replace('probe.ts', `probe-${i}.ts`);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `import * as probe from '${from}';\nexport const x = probe;\n`);
      return path;
    });
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/biome'), ['lint', '--reporter=json', ...files], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
    const flagged = new Set(report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.location.path));
    const verdicts = files.map((f) => flagged.has(f));
    expect(verdicts).toEqual(probes.map((p) => !p.allowed));
  });
});
