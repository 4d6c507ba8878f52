// Render what can be rendered (issue 10 §3): an app with a remote base that cannot be fetched is still linted
// without it, with one render-incomplete warning at the line naming what was left out.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/lint.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-incomplete-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const cluster = [
  'apiVersion: postgresql.cnpg.io/v1',
  'kind: Cluster',
  'metadata:',
  '  name: shop',
  'spec:',
  '  instances: 1',
  '  imageName: ghcr.io/cloudnative-pg/postgresql:16.4',
  '  storage: {size: 10Gi}',
  '',
].join('\n');

describe('lint of an app with a remote base that cannot be fetched', () => {
  it('checks the rest of the app and reports one render-incomplete warning naming the remote resource', { timeout: 120_000 }, async () => {
    const cwd = tree({
      'app/cluster.yaml': cluster,
      // Port 1 on loopback refuses at once: kustomize (if installed) fails fast, as it would offline.
      'app/kustomization.yaml': [
        'resources:',
        '- https://127.0.0.1:1/example/platform//postgres?ref=v1',
        '- cluster.yaml',
        'patches:',
        '- target: {kind: Deployment, name: from-remote}',
        '  patch: |-',
        '    - {op: replace, path: /spec/replicas, value: 2}',
        '',
      ].join('\n'),
    });
    const result = await runLint({ paths: ['.'], cwd });
    const incomplete = result.report.findings.filter((f) => f.ruleId === 'render-incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ severity: 'warning', file: 'app/kustomization.yaml', line: 2, apps: ['app'] });
    expect(incomplete[0]!.message).toContain('remote resource https://127.0.0.1:1/example/platform//postgres?ref=v1');
    // The local cluster was judged: its single instance is a finding.
    expect(result.report.findings.some((f) => f.ruleId === 'replicas' && f.file === 'app/cluster.yaml')).toBe(true);
    expect(result.report.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
    // The patch whose target the remote base would have supplied is a note, not an error.
    expect(result.diagnostics.some((d) => /app: note: .*matches no resource/.test(d))).toBe(true);
    expect(result.rules.map((r) => r.id)).toContain('render-incomplete');
  });
});
