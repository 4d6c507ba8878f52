// Manifests written in JSON: `kubectl apply -f DIR` and Argo CD directory apps read *.json beside *.yaml, so
// discovery does too — but only JSON that is a Kubernetes object; dashboards, keys and package.json stay unread.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/index.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-json-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const cluster = (name: string) => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'Cluster',
  metadata: { name, namespace: 'team' },
  spec: { instances: 1 },
});

describe('JSON manifests', () => {
  it('lints a .json Kubernetes object (and a List of them) as a loose manifest, pointing at its line', async () => {
    const root = tree({
      'db/cluster.json': JSON.stringify(cluster('db'), null, 2),
      'db/list.json': JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [cluster('listed')] }, null, '\t'),
    });
    const result = await runLint({ paths: ['.'], cwd: root });
    const replicas = result.report.findings.filter((f) => f.ruleId === 'replicas');
    expect(replicas.map((f) => f.file).sort()).toEqual(['db/cluster.json', 'db/list.json']);
    // `"instances": 1` is on line 9 of the pretty-printed object.
    expect(replicas.find((f) => f.file === 'db/cluster.json')?.line).toBe(9);
  });

  it('skips other JSON quietly: dashboards, keys, package.json, invalid JSON, objects without apiVersion/kind', async () => {
    const root = tree({
      'db/cluster.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: db\n  namespace: team\nspec:\n  instances: 1\n',
      'dashboards/postgres.json': JSON.stringify({ title: 'Postgres', panels: [{ type: 'graph' }] }),
      'keys/gcs-key.json': JSON.stringify({ type: 'service_account', private_key: 'x' }),
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0' }),
      'tsconfig.json': '{ // comments are not JSON\n "compilerOptions": {} }\n',
      'array.json': JSON.stringify([cluster('in-array')]),
      'kindless.json': JSON.stringify({ apiVersion: 'v1', metadata: { name: 'x' } }),
    });
    const result = await runLint({ paths: ['.'], cwd: root });
    expect(result.report.findings.filter((f) => f.file.endsWith('.json'))).toEqual([]);
    expect(result.diagnostics.filter((d) => d.includes('.json'))).toEqual([]);
    expect(result.report.findings.filter((f) => f.ruleId === 'replicas').map((f) => f.file)).toEqual(['db/cluster.yaml']);
  });
});
