// The rules on real manifests: the shared corpus (../shared/corpus/<owner__repo>/<path>) and the seed articles
// (../shared/seeds), as a user's repository has them. Moved out of test/rules so `npm test` runs on a plain clone.
import { describe, expect, it } from 'vitest';
import { loadManifests, runRule } from '../../src/policies/rule-tester.js';
import { corpus, seedObjects } from './helpers.js';

describe('anti-affinity on real manifests', () => {
  const rule = 'anti-affinity';

  it('the StatefulSet from seed 002 (Bitnami repmgr, 3 replicas) spreads nothing', () => {
    const objects = seedObjects('002_7d7d4ffb64b4c263.txt', 'StatefulSet');
    expect(objects).toHaveLength(1);
    const { findings } = runRule(rule, { manifests: loadManifests(objects) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: 'none', data: { count: 3 } });
    expect(findings[0]?.fix?.patch[0]?.path).toBe('/spec/template/spec/affinity');
  });
});

describe('backup-schedule on real manifests', () => {
  const rule = 'backup-schedule';

  it('seed 003 production overlay: full weekly + incremental, no retention', () => {
    const clusters = seedObjects('003_42f57fd6fc4dd89f.txt', 'PostgresCluster', { '<cluster_name>': 'hippo' });
    const prod = clusters.find((c) => JSON.stringify(c).includes('schedules'));
    const { findings } = runRule(rule, { manifests: loadManifests([prod]) });
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([['warning', 'noRetention']]);
  });

  it('CNPG olm ScheduledBackup sample (corpus) whose Cluster is elsewhere', () => {
    const { findings } = runRule(rule, { manifests: corpus('cloudnative-pg__cloudnative-pg/config/olm-samples/postgresql_v1_scheduledbackup.yaml') });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toBe('/spec/cluster/name');
  });
});

describe('image-tag on real manifests', () => {
  const rule = 'image-tag';

  it('seed 002 StatefulSet (bitnami/postgresql-repmgr:11.12.0-debian-10-r44) is pinned', () => {
    const { findings } = runRule(rule, { manifests: loadManifests(seedObjects('002_7d7d4ffb64b4c263.txt', 'StatefulSet')) });
    expect(findings).toEqual([]);
  });

  it('Zalando complete manifest (corpus): findings only name images it really uses', () => {
    const inputs = corpus('zalando__postgres-operator/manifests/complete-postgres-manifest.yaml');
    const { findings } = runRule(rule, { manifests: inputs, options: { requireDigest: true } });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.severity).toBe('error');
      expect(finding.messageId).toBe('noDigest');
    }
  });
});

describe('password-reset on real manifests', () => {
  const rule = 'password-reset';

  it('seed 003: the reset-password overlay beside its base cluster is a reset (info)', () => {
    const replacements = { '<cluster_name>': 'hippo' };
    const base = seedObjects('003_42f57fd6fc4dd89f.txt', 'PostgresCluster', replacements).find((c) => JSON.stringify(c).includes('"users"'));
    const secrets = seedObjects('003_42f57fd6fc4dd89f.txt', 'Secret', replacements);
    expect(secrets).toHaveLength(1);
    const { findings } = runRule(rule, { manifests: loadManifests([base, ...secrets]) });
    expect(findings.map((f) => [f.severity, f.objectIndex])).toEqual([['info', 1]]);
  });
});

describe('replicas on real manifests', () => {
  const rule = 'replicas';

  it('seed 003 base PostgresCluster (replicas: 1) warns; its shutdown patch does not', () => {
    const clusters = seedObjects('003_42f57fd6fc4dd89f.txt', 'PostgresCluster', { '<cluster_name>': 'hippo' });
    const base = clusters.find((c) => JSON.stringify(c).includes('"users"'));
    const { findings } = runRule(rule, { manifests: loadManifests([base]) });
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['warning', '/spec/instances/0/replicas']]);
  });

  it('Zalando complete manifest (corpus) runs 2 instances: no finding', () => {
    const { findings } = runRule(rule, { manifests: corpus('zalando__postgres-operator/manifests/complete-postgres-manifest.yaml') });
    expect(findings).toEqual([]);
  });
});

describe('storage-class on real manifests', () => {
  const rule = 'storage-class';

  it('Zalando minimal manifest (corpus): no class set, the cluster default decides', () => {
    const { findings } = runRule(rule, { manifests: corpus('zalando__postgres-operator/manifests/minimal-postgres-manifest.yaml') });
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['warning', '/spec/volume']]);
  });

  it('PGO v4 createcluster base (corpus): three volumes without a class', () => {
    const { findings } = runRule(rule, {
      manifests: corpus('CrunchyData__postgres-operator/examples/kustomize/createcluster/base/pgcluster.yaml'),
    });
    expect(findings.map((f) => f.path).sort()).toEqual([
      '/spec/BackrestStorage/storageclass',
      '/spec/PrimaryStorage/storageclass',
      '/spec/ReplicaStorage/storageclass',
    ]);
  });
});
