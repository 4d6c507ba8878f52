// `pgwarden lint --cluster` against a real apiserver: the live StorageClasses and the live CRDs (read through
// client-node, whose typed models rename schema keywords — the door must put the wire names back, or
// x-kubernetes-preserve-unknown-fields and enums would be lost and every map reported as unknown).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgwarden } from './harness.js';

interface JsonReport {
  findings: { ruleId: string; message: string; path: string; file: string; line: number }[];
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgwarden-e2e-lint-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/kustomization.yaml'), 'resources: [cluster.yaml]\n');
  writeFileSync(
    join(dir, 'app/cluster.yaml'),
    `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: shop, namespace: shop}
spec:
  instance: 3
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:16.4
  primaryUpdateStrategy: manual
  postgresql:
    parameters: {max_connections: "200"}
  storage: {size: 1Gi, storageClass: no-such-class}
`,
  );
  return dir;
}

describe('lint --cluster', () => {
  it('checks fields against the live CRDs (named in the message) and classes against the live StorageClasses', () => {
    const dir = repo();
    const r = pgwarden(['lint', '--cluster', '-f', 'json', 'app'], {}, dir);
    expect(r.stderr).not.toMatch(/internal/i);
    const report = JSON.parse(r.stdout) as JsonReport;
    const unknown = report.findings.filter((f) => f.ruleId === 'unknown-field');
    // Only the typo: maps (parameters) and enum-checked fields read right from the live schema.
    expect(unknown.map((f) => [f.path, f.line])).toEqual([['/spec/instance', 5]]);
    expect(unknown[0]?.message).toContain('schema: the live cluster');
    // The enum survives the trip through client-node only if `_enum` is put back as `enum`.
    const invalid = report.findings.filter((f) => f.ruleId === 'invalid-manifest' && f.message.includes('schema: the live cluster'));
    expect(invalid.map((f) => f.path)).toEqual(['/spec/primaryUpdateStrategy']);
    expect(report.findings.some((f) => f.ruleId === 'storage-class' && f.message.includes('no-such-class'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
