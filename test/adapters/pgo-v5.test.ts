import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/policies/adapters/index.js';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';

const base = `apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata:
  name: hippo
spec:
  postgresVersion: 16
  instances:
    - name: instance1
      replicas: 2
      dataVolumeClaimSpec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
    - dataVolumeClaimSpec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
  backups:
    pgbackrest:
      global:
        repo1-retention-full: "14"
      repos:
        - name: repo1
          schedules:
            full: "0 1 * * 0"
            differential: "0 1 * * 1-6"
          volume:
            volumeClaimSpec:
              accessModes: [ReadWriteOnce]
              resources: { requests: { storage: 1Gi } }
`;

describe('PGO v5 PostgresCluster', () => {
  it('reads instance sets (replicas default 1, unnamed set 01), volumes, schedules and retention', () => {
    const cluster = onlyCluster(modelOf(base));
    expect(cluster.instanceSets.map((set) => [set.name, set.replicas.value, set.replicas.defaulted ?? false])).toEqual([
      ['instance1', 2, false],
      ['01', 1, true],
    ]);
    expect(cluster.totalInstances.value).toBe(3);
    expect(cluster.postgresVersion).toEqual({ value: 16, path: '/spec/postgresVersion' });
    expect(cluster.volumes.map((v) => [v.role, v.owner, v.storageClass.value])).toEqual([
      ['data', 'instance1', undefined],
      ['data', '01', 'fast'],
      ['backup', 'repo1', undefined],
    ]);
    expect(cluster.backups.schedules.map((s) => [s.type, s.schedule.value, s.dialect, s.schedule.path])).toEqual([
      ['full', '0 1 * * 0', 'kubernetes', '/spec/backups/pgbackrest/repos/0/schedules/full'],
      ['differential', '0 1 * * 1-6', 'kubernetes', '/spec/backups/pgbackrest/repos/0/schedules/differential'],
    ]);
    expect(cluster.backups.retention).toEqual([
      { setting: { value: '14', path: '/spec/backups/pgbackrest/global/repo1-retention-full' }, scope: 'for repo1', fix: expect.stringContaining('`repo1-retention-full: "14"`') },
    ]);
    expect(cluster.images[0]).toMatchObject({ role: 'postgres', reference: { value: undefined, defaulted: true } });
  });

  it('adds the default soft hostname+zone spread unless disableDefaultPodScheduling', () => {
    const spreading = onlyCluster(modelOf(base)).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('soft');
    expect(spreading.topologyKeys).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
    expect(spreading.terms.every((t) => t.source === 'operatorDefault' && t.defaulted)).toBe(true);
    const off = onlyCluster(modelOf(base.replace('  postgresVersion: 16\n', '  postgresVersion: 16\n  disableDefaultPodScheduling: true\n')));
    expect(off.instanceSets[0]!.spreading.level).toBe('none');
    expect(off.instanceSets[0]!.spreading.disabledBy?.path).toBe('/spec/disableDefaultPodScheduling');
  });

  it('the anti-affinity fix uses the operator labels and selects the set itself', () => {
    const yaml = base.replace('  postgresVersion: 16\n', '  postgresVersion: 16\n  disableDefaultPodScheduling: true\n');
    const cluster = onlyCluster(modelOf(yaml));
    const fixed = applied(inputsOf(yaml)[0]!.object, cluster.instanceSets[0]!.spreading.addSoftAntiAffinity!);
    const after = onlyCluster(buildModel([{ object: fixed }]));
    expect(after.instanceSets[0]!.spreading).toMatchObject({ level: 'soft', topologyKeys: ['kubernetes.io/hostname'] });
    expect(after.instanceSets[0]!.spreading.terms[0]).toMatchObject({ source: 'podAntiAffinity', selectsOwnPods: true });
  });

  it('an anti-affinity term selecting another app spreads nothing', () => {
    const yaml = base
      .replace('  postgresVersion: 16\n', '  postgresVersion: 16\n  disableDefaultPodScheduling: true\n')
      .replace(
        '      replicas: 2\n',
        `      replicas: 2
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchLabels:
                  postgres-operator.crunchydata.com/cluster: someone-else
`,
      );
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.terms[0]).toMatchObject({ level: 'hard', selectsOwnPods: false });
    expect(spreading.level).toBe('none');
  });

  it('users: nil ⇒ <cluster> user; [] ⇒ none; listed ⇒ pguser secrets that regenerate blanks', () => {
    expect(onlyCluster(modelOf(base)).credentials).toEqual([
      { user: 'hippo', secretName: 'hippo-pguser-hippo', passwordKey: 'password', regeneratesBlank: true, path: '/spec' },
    ]);
    expect(onlyCluster(modelOf(base + '  users: []\n')).credentials).toEqual([]);
    expect(onlyCluster(modelOf(base + '  users:\n    - name: rhino\n')).credentials.map((c) => [c.secretName, c.path])).toEqual([['hippo-pguser-rhino', '/spec/users/0']]);
  });

  it('missing postgresVersion and instances are problems naming the field; shutdown is read', () => {
    const model = modelOf('apiVersion: postgres-operator.crunchydata.com/v1beta1\nkind: PostgresCluster\nmetadata: { name: x }\nspec:\n  shutdown: true\n');
    expect(model.problems.map((p) => p.message).join('\n')).toMatch(/spec\.postgresVersion is required[\s\S]*spec\.instances is required/);
    expect(onlyCluster(model).shutdown).toEqual({ value: true, path: '/spec/shutdown' });
  });
});

describe('PGO v5 fix only where needed', () => {
  it('no anti-affinity fix on a set that already has an anti-affinity term for its pods', () => {
    const yaml = base.replace(
      '      replicas: 2\n',
      `      replicas: 2
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 1
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels: { postgres-operator.crunchydata.com/cluster: hippo }
`,
    );
    const sets = onlyCluster(modelOf(yaml)).instanceSets;
    expect(sets[0]!.spreading.addSoftAntiAffinity).toBeUndefined();
    expect(sets[1]!.spreading.addSoftAntiAffinity).toBeDefined();
  });
});
