import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/policies/adapters/index.js';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';

const base = `apiVersion: crunchydata.com/v1
kind: Pgcluster
metadata:
  name: hippo
  namespace: pgo
spec:
  ccpimage: crunchy-postgres-ha
  ccpimagetag: ubi8-13.10-4.7.10
  replicas: "1"
  user: testuser
  PrimaryStorage:
    storagetype: dynamic
    storageclass: fast
    size: 1G
  podAntiAffinity:
    default: ""
`;

describe('PGO v4 Pgcluster', () => {
  it('replicas "1" is two instances; Pgreplicas of the cluster add more', () => {
    expect(onlyCluster(modelOf(base)).totalInstances).toEqual({ value: 2, path: '/spec/replicas' });
    const withReplica = `${base}---
apiVersion: crunchydata.com/v1
kind: Pgreplica
metadata: { name: hippo-abcd, namespace: pgo }
spec: { clustername: hippo }
`;
    expect(onlyCluster(modelOf(withReplica)).totalInstances.value).toBe(3);
    expect(onlyCluster(modelOf(base.replace('  replicas: "1"\n', ''))).totalInstances).toMatchObject({ value: 1, defaulted: true });
  });

  it('empty podAntiAffinity.default ⇒ preferred by the pgo.yaml default; disabled ⇒ none with a fix', () => {
    expect(onlyCluster(modelOf(base)).instanceSets[0]!.spreading).toMatchObject({ level: 'soft', topologyKeys: ['kubernetes.io/hostname'] });
    const yaml = base.replace('default: ""', 'default: disabled');
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('none');
    expect(spreading.disabledBy?.path).toBe('/spec/podAntiAffinity/default');
    const fixed = applied(inputsOf(yaml)[0]!.object, spreading.addSoftAntiAffinity!);
    expect(onlyCluster(buildModel([{ object: fixed }])).instanceSets[0]!.spreading.level).toBe('soft');
  });

  it('assembles the image from prefix + image + tag; an empty tag is no reference', () => {
    const image = onlyCluster(modelOf(base)).images[0]!;
    expect(image.reference.value).toBe('registry.developers.crunchydata.com/crunchydata/crunchy-postgres-ha:ubi8-13.10-4.7.10');
    expect(image.postgresMajor).toBe(13);
    const empty = onlyCluster(modelOf(base.replace('ubi8-13.10-4.7.10', '""'))).images[0]!;
    expect(empty.reference).toEqual({ value: undefined, path: '/spec/ccpimagetag' });
  });

  it('storagetype empty or emptydir ⇒ not persistent; the class counts only with dynamic', () => {
    const dynamic = onlyCluster(modelOf(base)).volumes[0]!;
    expect([dynamic.persistent.value, dynamic.storageClass.value]).toEqual([true, 'fast']);
    const emptydir = onlyCluster(modelOf(base.replace('storagetype: dynamic', 'storagetype: emptydir'))).volumes[0]!;
    expect([emptydir.persistent.value, emptydir.storageClass.value, emptydir.setStorageClass]).toEqual([false, undefined, undefined]);
    const missing = onlyCluster(modelOf(base.replace('    storagetype: dynamic\n', ''))).volumes[0]!;
    expect(missing.persistent).toMatchObject({ value: false, defaulted: true });
  });

  it('scheduler ConfigMaps give schedules (pgo-v4 dialect) and retention; secrets follow the naming', () => {
    const yaml = `${base}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: hippo-weekly-full
  namespace: pgo
  labels: { crunchy-scheduler: "true", pg-cluster: hippo }
data:
  hippo-weekly-full: '{"version":"v1","name":"hippo-weekly-full","cluster":"hippo","schedule":"0 1 * * 0","type":"pgbackrest","pgbackrest":{"type":"full","options":"--repo1-retention-full=7"}}'
`;
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.backups.schedules).toEqual([
      { type: 'full', schedule: { value: '0 1 * * 0', path: '/data/hippo-weekly-full', objectIndex: 1, resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'hippo-weekly-full', namespace: 'pgo' } }, dialect: 'pgo-v4', name: 'hippo-weekly-full', gates: expect.objectContaining({ example: '5 fields without descriptors, e.g. `0 1 * * *`' }) },
    ]);
    expect(cluster.backups.retention[0]?.setting).toMatchObject({ value: '7', objectIndex: 1 });
    expect(cluster.credentials.map((c) => c.secretName)).toEqual(['hippo-postgres-secret', 'hippo-primaryuser-secret', 'hippo-testuser-secret']);
  });

  it('a non-numeric replicas string is a problem, not an exception', () => {
    const model = modelOf(base.replace('"1"', '"two"'));
    expect(model.problems[0]).toMatchObject({ path: '/spec/replicas' });
    expect(onlyCluster(model).totalInstances.value).toBeUndefined();
  });
});
