// Render diagnostics name files the way the report does: relative to the run's cwd, never as absolute paths
// (the renderer and kubectl print absolute ones), also when the message is cut to one bounded line.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/index.js';
import { relativeMessage } from '../../src/cli/locate.js';

function tree(files: Record<string, string>): string {
  // A long cwd, so a message cut at its bound would cut an absolute path in half.
  const root = join(mkdtempSync(join(tmpdir(), 'pgwarden-msg-')), ...['a', 'b', 'c'].map((c) => c.repeat(120)));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const cluster = 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\n  namespace: team\nspec:\n  instances: 3\n';

describe('paths in render messages', () => {
  it('shows render errors, warnings and notes with cwd-relative paths', async () => {
    const root = tree({
      'broken/kustomization.yaml': 'resources:\n  - missing.yaml\n',
      'warned/kustomization.yaml': 'resources:\n  - cluster.yaml\npatches:\n  - target:\n      kind: Deployment\n      name: nothing\n    patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 2\n',
      'warned/cluster.yaml': cluster,
      'nameless/kustomization.yaml': 'resources:\n  - job.yaml\n',
      'nameless/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata: {}\n',
    });
    const result = await runLint({ paths: ['.'], cwd: root });
    const messages = [...result.report.findings.map((f) => f.message), ...result.diagnostics];
    expect(messages.filter((m) => m.includes(root.slice(0, 40)))).toEqual([]);
    expect(result.report.findings.find((f) => f.file === 'broken/kustomization.yaml')?.message).toContain('broken/missing.yaml');
  });

  it('also when cwd is reached through a symlink (the path with links resolved is shown relative too)', async () => {
    const root = tree({ 'broken/kustomization.yaml': 'resources:\n  - missing.yaml\n' });
    const link = join(mkdtempSync(join(tmpdir(), 'pgwarden-msg-link-')), 'repo');
    symlinkSync(root, link);
    const result = await runLint({ paths: ['.'], cwd: link });
    const messages = [...result.report.findings.map((f) => f.message), ...result.diagnostics];
    expect(messages.filter((m) => m.includes(realpathSync(root).slice(0, 40)) || m.includes(link))).toEqual([]);
    expect(messages.some((m) => m.includes('broken/missing.yaml'))).toBe(true);
  });

  it('relativizes only whole absolute paths under cwd, never one nested in another path', () => {
    const cwd = '/work/repo';
    expect(relativeMessage("from '/work/repo/apps/db': '/work/repo' and /work/repository/x", cwd)).toBe("from 'apps/db': '.' and /work/repository/x");
    // kubectl's path from its wrapper directory stays whole instead of becoming `../../..apps`.
    expect(relativeMessage("from '../../../work/repo/apps'", cwd)).toBe("from '../../../work/repo/apps'");
  });
});
