// unknown-field through the CLI: a typo in an overlay patch is reported at the patch's line, `--fix` renames a
// case-only typo in the file a person edits, and the schema comes from the repo's CRD, then --crds, then built-in.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, lintJson, pgwarden } from './helpers.js';

beforeAll(() => ensureBuilt());

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgwarden-unknown-field-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const base = {
  'base/kustomization.yaml': 'resources: [cluster.yaml]\n',
  'base/cluster.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: shop}
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:16.4
  storage: {size: 10Gi}
`,
  'prod/kustomization.yaml': 'namespace: shop-prod\nresources: [../base]\npatches: [{path: storage.yaml}]\n',
  'prod/storage.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: shop}
spec:
  storage:
    # the class prod must use
    storageclass: encrypted-gp3
`,
};

describe('unknown-field through the CLI', () => {
  it('reports the typo at the overlay line that wrote it, naming the operator version', () => {
    const cwd = repo(base);
    const { run, report } = lintJson(['prod'], cwd);
    const found = report.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(found.map((f) => [f.file, f.line, f.path])).toEqual([['prod/storage.yaml', 7, '/spec/storage/storageclass']]);
    expect(found[0]?.message).toContain('write `spec.storage.storageClass`');
    expect(found[0]?.message).toContain('CloudNativePG 1.30.0');
    expect(run.code).toBe(1);
  });

  it('--fix renames the case-only typo in the overlay, keeping its comment', () => {
    const cwd = repo(base);
    const run = pgwarden(['lint', '--fix', 'prod'], cwd);
    expect(run.stderr).not.toMatch(/internal/i);
    expect(readFileSync(join(cwd, 'prod/storage.yaml'), 'utf8')).toBe(`apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: shop}
spec:
  storage:
    # the class prod must use
    storageClass: encrypted-gp3
`);
    const again = lintJson(['prod'], cwd).report.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(again).toEqual([]);
  });

  it('a CRD the repo installs decides first; --crds DIR next; either is named in the message', () => {
    const crd = (extra: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: clusters.postgresql.cnpg.io}
spec:
  group: postgresql.cnpg.io
  names: {kind: Cluster, plural: clusters}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                instances: {type: integer}
                imageName: {type: string}
                storage:
                  type: object
                  properties:
                    size: {type: string}
                    storageClass: {type: string}
                    ${extra}: {type: string}
`;
    const withCrdDir = repo({ ...base, 'crds/cnpg.yaml': crd('storageclass') });
    const fromDir = lintJson(['prod', '--crds', 'crds'], withCrdDir).report.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(fromDir).toEqual([]);

    const installing = repo({ ...base, 'operator/kustomization.yaml': 'resources: [crd.yaml]\n', 'operator/crd.yaml': crd('other') });
    const fromRepo = lintJson(['.'], installing).report.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(fromRepo.map((f) => [f.file, f.line])).toEqual([['prod/storage.yaml', 7]]);
    expect(fromRepo[0]?.message).toContain('schema: the CRD in operator/crd.yaml');
  });

  it('--crds names a missing directory, a file without CRDs and broken YAML at file:line, exit 2', () => {
    const cwd = repo({ ...base, 'empty/a.yaml': 'kind: ConfigMap\n', 'broken/a.yaml': 'kind: [\n' });
    for (const [dir, said] of [
      ['nowhere', '--crds nowhere: no such file or directory'],
      ['empty', 'no CustomResourceDefinition found'],
      ['broken', '--crds: broken/a.yaml:'],
    ] as const) {
      const run = pgwarden(['lint', 'prod', '--crds', dir], cwd);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(said);
    }
  });
});
