import { describe, expect, it } from 'vitest';
import {
  BUILTIN_FIELD_SPECS,
  fieldSpecsFor,
  gvkMatches,
  isClusterScoped,
  NAME_REFERENCES,
  nameReferencesFrom,
  nameReferencesTo,
  parseApiVersion,
  parseFieldPath,
} from '../../src/render/fieldspecs.js';

const paths = (list: readonly { path: string }[]) => list.map((s) => s.path);

describe('built-in field specs', () => {
  it('selects by group/version/kind with empty selectors matching anything', () => {
    expect(gvkMatches({ kind: 'StatefulSet', group: 'apps' }, 'StatefulSet', 'apps', 'v1')).toBe(true);
    expect(gvkMatches({ kind: 'StatefulSet', group: 'apps' }, 'StatefulSet', 'apps.example.com', 'v1')).toBe(false);
    expect(gvkMatches({}, 'Cluster', 'postgresql.cnpg.io', 'v1')).toBe(true);
  });

  it('gives a StatefulSet its selector, template and volumeClaimTemplates labels', () => {
    const s = fieldSpecsFor('StatefulSet', 'apps', 'v1');
    expect(paths(s.commonLabels)).toEqual(
      expect.arrayContaining(['metadata/labels', 'spec/selector/matchLabels', 'spec/template/metadata/labels', 'spec/volumeClaimTemplates[]/metadata/labels']),
    );
    expect(paths(s.templateLabels)).not.toContain('spec/selector/matchLabels');
    expect(paths(s.replicas)).toEqual(['spec/replicas']);
    expect(paths(s.commonAnnotations)).toEqual(['metadata/annotations', 'spec/template/metadata/annotations']);
  });

  it('only metadata for a custom resource (a PGO PostgresCluster), but images on pod-template paths', () => {
    const s = fieldSpecsFor('PostgresCluster', 'postgres-operator.crunchydata.com', 'v1beta1');
    expect(paths(s.commonLabels)).toEqual(['metadata/labels']);
    expect(paths(s.commonAnnotations)).toEqual(['metadata/annotations']);
    expect(s.replicas).toEqual([]);
    expect(paths(s.images)).toContain('spec/template/spec/containers[]/image');
  });

  it('labels a CronJob on both job template levels; a Job selector is only updated, not created', () => {
    const cron = fieldSpecsFor('CronJob', 'batch', 'v1');
    expect(paths(cron.commonLabels)).toEqual(
      expect.arrayContaining(['spec/jobTemplate/metadata/labels', 'spec/jobTemplate/spec/template/metadata/labels']),
    );
    const job = fieldSpecsFor('Job', 'batch', 'v1');
    expect(job.commonLabels.find((s) => s.path === 'spec/selector/matchLabels')?.create).toBe(false);
  });

  it('knows where workloads name ConfigMaps, Secrets, PVCs and ServiceAccounts', () => {
    const refs = nameReferencesFrom('CronJob', 'batch', 'v1');
    const byKind = new Map(refs.map((r) => [r.referenced.kind, paths(r.fieldSpecs)]));
    expect(byKind.get('ConfigMap')).toContain('spec/jobTemplate/spec/template/spec/volumes/configMap/name');
    expect(byKind.get('Secret')).toContain('spec/jobTemplate/spec/template/spec/containers/env/valueFrom/secretKeyRef/name');
    expect(byKind.get('PersistentVolumeClaim')).toEqual(['spec/jobTemplate/spec/template/spec/volumes/persistentVolumeClaim/claimName']);
    expect(byKind.get('ServiceAccount')).toEqual(['spec/jobTemplate/spec/template/spec/serviceAccountName']);
    const sts = new Map(nameReferencesFrom('StatefulSet', 'apps', 'v1').map((r) => [r.referenced.kind, paths(r.fieldSpecs)]));
    expect(sts.get('Service')).toEqual(['spec/serviceName']);
    expect(nameReferencesTo('Secret', '', 'v1').map((r) => r.kind)).toEqual(['Secret']);
    // A Pod's ConfigMap references carry version v1, so a v2 "Pod" of another group does not match.
    expect(nameReferencesFrom('Pod', 'example.com', 'v2').find((r) => r.referenced.kind === 'ConfigMap')).toBeUndefined();
  });

  it('has no duplicate name-reference targets and every spec has a path', () => {
    const kinds = NAME_REFERENCES.map((r) => `${r.group ?? ''}/${r.kind}`);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const list of Object.values(BUILTIN_FIELD_SPECS)) for (const s of list) expect(s.path).not.toBe('');
  });

  it('splits paths on unescaped slashes and marks lists', () => {
    expect(parseFieldPath('metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret')).toEqual([
      { key: 'metadata', list: false },
      { key: 'annotations', list: false },
      { key: 'nginx.ingress.kubernetes.io/auth-secret', list: false },
    ]);
    expect(parseFieldPath('spec/containers[]/image')[1]).toEqual({ key: 'containers', list: true });
  });

  it('knows kustomize’s cluster-scoped kinds and treats the rest as namespaced', () => {
    expect(isClusterScoped('v1', 'Namespace')).toBe(true);
    expect(isClusterScoped('storage.k8s.io/v1', 'StorageClass')).toBe(true);
    expect(isClusterScoped('v1', 'Secret')).toBe(false);
    expect(isClusterScoped('postgresql.cnpg.io/v1', 'Cluster')).toBe(false);
    // Not in kustomize's table, so kustomize (and we) set a namespace on it.
    expect(isClusterScoped('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema')).toBe(false);
    expect(parseApiVersion('apps/v1')).toEqual({ group: 'apps', version: 'v1' });
    expect(parseApiVersion('v1')).toEqual({ group: '', version: 'v1' });
  });
});
