// deploy/'s opt-in kustomizations render and grant exactly what docs/webhook.md and docs/audit.md say: reading
// Secrets (get only) for --read-secrets, writing PolicyReports for --audit-interval. deploy/ itself never does either.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
type Obj = { kind: string; metadata: { name: string }; rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[]; subjects?: unknown[]; spec?: Record<string, unknown> };
const render = (dir: string) => parseAllDocuments(execFileSync('kubectl', ['kustomize', join(repoRoot, dir)], { encoding: 'utf8' })).map((d) => d.toJS() as Obj);
const subject = [{ kind: 'ServiceAccount', name: 'pgwarden', namespace: 'pgwarden' }];

describe('deploy/read-secrets (serve --read-secrets)', () => {
  it('grants get on secrets to pgwarden’s ServiceAccount, and nothing else (no list, no watch)', () => {
    const objects = render('deploy/read-secrets');
    expect(objects.map((o) => o.kind).sort()).toEqual(['ClusterRole', 'ClusterRoleBinding']);
    expect(objects.find((o) => o.kind === 'ClusterRole')!.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]);
    expect(objects.find((o) => o.kind === 'ClusterRoleBinding')!.subjects).toEqual(subject);
  });
});

describe('deploy/policyreports (serve --audit-interval)', () => {
  const objects = render('deploy/policyreports');
  it('holds the wgpolicyk8s.io PolicyReport CRD serving v1alpha2', () => {
    const crd = objects.find((o) => o.kind === 'CustomResourceDefinition')!;
    expect(crd.metadata.name).toBe('policyreports.wgpolicyk8s.io');
    const versions = crd.spec!.versions as { name: string; served: boolean }[];
    expect(versions.find((v) => v.name === 'v1alpha2')?.served).toBe(true);
    expect(crd.spec!.scope).toBe('Namespaced');
  });
  it('grants writing PolicyReports and listing ScheduledBackups, no Secrets', () => {
    const role = objects.find((o) => o.kind === 'ClusterRole')!;
    expect(role.rules).toEqual([
      { apiGroups: ['postgresql.cnpg.io'], resources: ['scheduledbackups'], verbs: ['list'] },
      { apiGroups: ['wgpolicyk8s.io'], resources: ['policyreports'], verbs: ['get', 'list', 'create', 'update', 'delete'] },
    ]);
    expect(objects.find((o) => o.kind === 'ClusterRoleBinding')!.subjects).toEqual(subject);
  });
});
