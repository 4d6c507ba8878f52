// Where a missing or mistyped field lands: on the field when it is written, else on its nearest existing parent, at
// every depth. The PGO v5, StatefulSet and PGO v4 adapters read each field from the block that holds it (the
// webhook's per-review cost) and build the pointer from the block's; these cases pin the pointers they must give,
// which are the ones the key-path readers (ObjectReader.string/integer from the root) give.
import { describe, expect, it } from 'vitest';
import { dig } from '../../src/policies/adapters/common.js';
import type { PostgresCluster } from '../../src/policies/model.js';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';

function pgoV5(spec: string): PostgresCluster {
  return onlyCluster(modelOf(`apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata: {name: hippo}
${spec}`));
}

const instance = (claim: string) => `spec:
  postgresVersion: 16
  instances:
    - name: one
${claim}`;

describe('PGO v5: a missing field reports its nearest existing parent', () => {
  it.each([
    ['no claim', '', '/spec/instances/0', '/spec/instances/0'],
    ['a null claim', '      dataVolumeClaimSpec: null', '/spec/instances/0', '/spec/instances/0'],
    ['a claim of the wrong type', '      dataVolumeClaimSpec: fast', '/spec/instances/0/dataVolumeClaimSpec', '/spec/instances/0/dataVolumeClaimSpec'],
    ['an empty claim', '      dataVolumeClaimSpec: {}', '/spec/instances/0/dataVolumeClaimSpec', '/spec/instances/0/dataVolumeClaimSpec'],
    ['no requests', '      dataVolumeClaimSpec: {resources: {}}', '/spec/instances/0/dataVolumeClaimSpec', '/spec/instances/0/dataVolumeClaimSpec/resources'],
    ['requests of the wrong type', '      dataVolumeClaimSpec: {resources: {requests: [1]}}', '/spec/instances/0/dataVolumeClaimSpec', '/spec/instances/0/dataVolumeClaimSpec/resources/requests'],
    [
      'both written',
      '      dataVolumeClaimSpec: {storageClassName: fast, resources: {requests: {storage: 1Gi}}}',
      '/spec/instances/0/dataVolumeClaimSpec/storageClassName',
      '/spec/instances/0/dataVolumeClaimSpec/resources/requests/storage',
    ],
  ])('data volume with %s', (_, claim, classPath, sizePath) => {
    const volume = pgoV5(instance(claim)).volumes.find((v) => v.role === 'data')!;
    expect(volume.storageClass.path).toBe(classPath);
    expect(volume.size?.path).toBe(sizePath);
  });

  it('tablespace claims: a null entry reports the list, an entry without a claim reports the entry', () => {
    const cluster = pgoV5(instance('      dataVolumeClaimSpec: {}\n      tablespaceVolumes: [null, {name: ts}]'));
    const tablespaces = cluster.volumes.filter((v) => v.role === 'tablespace');
    expect(tablespaces.map((v) => [v.owner, v.storageClass.path])).toEqual([
      ['one tablespace 0', '/spec/instances/0/tablespaceVolumes'],
      ['ts', '/spec/instances/0/tablespaceVolumes/1'],
    ]);
  });

  it('spec.image: defaulted at /spec when missing, read as a string when a number', () => {
    expect(pgoV5(instance('')).images[0]?.reference).toEqual({ value: undefined, path: '/spec', defaulted: true });
    expect(pgoV5(`${instance('')}\n  image: 16`).images[0]?.reference).toEqual({ value: '16', path: '/spec/image' });
    expect(pgoV5('spec: null').images[0]?.reference).toEqual({ value: undefined, path: '', defaulted: true });
  });

  it('instances and backups: the deepest existing parent of each', () => {
    expect(pgoV5('spec: {postgresVersion: 16}').totalInstances.path).toBe('/spec');
    expect(pgoV5('metadata2: {}').totalInstances.path).toBe('');
    expect(pgoV5(instance('')).backups.configured.path).toBe('/spec');
    expect(pgoV5(`${instance('')}\n  backups: {}`).backups.configured.path).toBe('/spec/backups');
    expect(pgoV5(`${instance('')}\n  backups: {pgbackrest: {}}`).backups.configured.path).toBe('/spec/backups/pgbackrest');
  });

  it('pgBackRest retention: the global block when it exists, else pgbackrest; a bad enum on its own key', () => {
    const repos = '\n  backups:\n    pgbackrest:\n      repos: [{name: repo1}]';
    expect(pgoV5(instance('') + repos).backups.retention[0]?.setting.path).toBe('/spec/backups/pgbackrest');
    const withGlobal = pgoV5(`${instance('')}${repos}\n      global: {repo1-retention-full-type: weekly}`);
    expect(withGlobal.backups.retention[0]?.setting.path).toBe('/spec/backups/pgbackrest/global');
    const model = modelOf(`apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata: {name: hippo}
${instance('')}${repos}
      global: {repo1-retention-full-type: weekly}`);
    expect(model.problems.map((p) => p.path)).toContain('/spec/backups/pgbackrest/global/repo1-retention-full-type');
  });

  it('a mistyped replicas is reported on the field, a missing one defaults on the set', () => {
    expect(pgoV5(instance('      replicas: two')).instanceSets[0]?.replicas).toEqual({ value: undefined, path: '/spec/instances/0/replicas' });
    expect(pgoV5(instance('')).instanceSets[0]?.replicas).toEqual({ value: 1, path: '/spec/instances/0', defaulted: true });
  });
});

function statefulSet(templates: string): PostgresCluster {
  return onlyCluster(modelOf(`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: pg}
spec:
  template:
    spec:
      containers: [{name: postgres, image: "postgres:16.4"}]
  volumeClaimTemplates:
${templates}`));
}

describe('StatefulSet: claim templates', () => {
  it('the beta annotation is read and patched at its escaped key', () => {
    const yaml = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: pg}
spec:
  template:
    spec:
      containers: [{name: postgres, image: "postgres:16.4"}]
  volumeClaimTemplates:
    - metadata: {name: data, annotations: {volume.beta.kubernetes.io/storage-class: slow}}
      spec: {}`;
    const volume = onlyCluster(modelOf(yaml)).volumes[0]!;
    const pointer = '/spec/volumeClaimTemplates/0/metadata/annotations/volume.beta.kubernetes.io~1storage-class';
    expect(volume.storageClass).toEqual({ value: 'slow', path: pointer });
    const patched = applied(inputsOf(yaml)[0]!.object, volume.setStorageClass!('fast'));
    expect(dig(patched, 'spec', 'volumeClaimTemplates', 0, 'metadata', 'annotations', 'volume.beta.kubernetes.io/storage-class')).toBe('fast');
  });

  it.each([
    ['no spec', '    - metadata: {name: data}', '/spec/volumeClaimTemplates/0', '/spec/volumeClaimTemplates/0'],
    ['an empty spec', '    - spec: {}', '/spec/volumeClaimTemplates/0/spec', '/spec/volumeClaimTemplates/0/spec'],
    ['no requests', '    - spec: {resources: {}}', '/spec/volumeClaimTemplates/0/spec', '/spec/volumeClaimTemplates/0/spec/resources'],
  ])('a template with %s', (_, template, classPath, sizePath) => {
    const volume = statefulSet(template).volumes[0]!;
    expect(volume.storageClass.path).toBe(classPath);
    expect(volume.size?.path).toBe(sizePath);
  });
});

describe('PGO v4: storage blocks', () => {
  it('a missing block reports spec, a written one its own fields', () => {
    const cluster = onlyCluster(
      modelOf(`apiVersion: crunchydata.com/v1
kind: Pgcluster
metadata: {name: legacy}
spec:
  ccpimagetag: centos8-13.4-4.7.3
  PrimaryStorage: {storagetype: dynamic, storageclass: fast}`),
    );
    const primary = cluster.volumes.find((v) => v.role === 'data')!;
    expect(primary.storageClass.path).toBe('/spec/PrimaryStorage/storageclass');
    expect(primary.size?.path).toBe('/spec/PrimaryStorage');
    const backup = cluster.volumes.find((v) => v.role === 'backup');
    if (backup) expect(backup.persistent.path).toBe('/spec');
  });
});

describe('dig reads own keys only', () => {
  it('an inherited member is absent, an own `__proto__` key is read', () => {
    expect(dig({ spec: {} }, 'spec', 'constructor')).toBeUndefined();
    expect(dig({ spec: {} }, 'spec', '__proto__')).toBeUndefined();
    expect(dig(JSON.parse('{"spec": {"__proto__": {"a": 1}}}'), 'spec', '__proto__', 'a')).toBe(1);
    expect(dig({ spec: { toString: 'x' } }, 'spec', 'toString')).toBe('x');
  });
});
