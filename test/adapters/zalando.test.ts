import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/policies/adapters/index.js';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';

const base = `apiVersion: acid.zalan.do/v1
kind: postgresql
metadata:
  name: acid-minimal
spec:
  teamId: acid
  numberOfInstances: 2
  volume:
    size: 1Gi
  users:
    zalando: [superuser, createdb]
    foo_user: []
  postgresql:
    version: "16"
`;

describe('Zalando postgresql', () => {
  it('reads instances, version, default Spilo image and credentials (underscore → dash)', () => {
    const cluster = onlyCluster(modelOf(base));
    expect(cluster.flavour).toBe('zalando');
    expect(cluster.totalInstances).toEqual({ value: 2, path: '/spec/numberOfInstances' });
    expect(cluster.postgresVersion).toEqual({ value: 16, path: '/spec/postgresql/version' });
    expect(cluster.images[0]).toMatchObject({ role: 'postgres', reference: { value: 'ghcr.io/zalando/spilo-18:4.1-p2', defaulted: true }, postgresMajor: 18 });
    expect(cluster.credentials.map((c) => c.secretName)).toEqual([
      'postgres.acid-minimal.credentials.postgresql.acid.zalan.do',
      'standby.acid-minimal.credentials.postgresql.acid.zalan.do',
      'zalando.acid-minimal.credentials.postgresql.acid.zalan.do',
      'foo-user.acid-minimal.credentials.postgresql.acid.zalan.do',
    ]);
  });

  it('without operator configuration the operator default (no anti-affinity) holds, and the manifest has no fix', () => {
    const spreading = onlyCluster(modelOf(base)).instanceSets[0]!.spreading;
    expect(spreading).toMatchObject({ level: 'none', terms: [] });
    expect(spreading.decidedByOperatorConfig).toBeUndefined();
    expect(spreading.addSoftAntiAffinity).toBeUndefined();
  });

  it('an OperatorConfiguration in the input decides anti-affinity (required unless preferred)', () => {
    const yaml = `${base}---
apiVersion: acid.zalan.do/v1
kind: OperatorConfiguration
metadata: { name: postgresql-operator-default-configuration }
configuration:
  kubernetes:
    enable_pod_antiaffinity: true
    pod_antiaffinity_topology_key: topology.kubernetes.io/zone
`;
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('hard');
    expect(spreading.topologyKeys).toEqual(['topology.kubernetes.io/zone']);
    expect(spreading.decidedByOperatorConfig).toEqual({
      value: true,
      path: '/configuration/kubernetes/enable_pod_antiaffinity',
      objectIndex: 1,
      resource: { apiVersion: 'acid.zalan.do/v1', kind: 'OperatorConfiguration', name: 'postgresql-operator-default-configuration' },
    });
  });

  it('the operator ConfigMap decides too (string values)', () => {
    const yaml = `${base}---
apiVersion: v1
kind: ConfigMap
metadata: { name: postgres-operator }
data:
  enable_pod_antiaffinity: "true"
  pod_antiaffinity_preferred_during_scheduling: "true"
  docker_image: ghcr.io/zalando/spilo-16:3.2-p3
---
apiVersion: v1
kind: ConfigMap
metadata: { name: postgres-operator-off }
data:
  enable_pod_antiaffinity: "false"
`;
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.instanceSets[0]!.spreading.level).toBe('soft');
    expect(cluster.images[0]!.reference).toMatchObject({ value: 'ghcr.io/zalando/spilo-16:3.2-p3', objectIndex: 1, defaulted: true });
    const off = onlyCluster(modelOf(yaml.replace('enable_pod_antiaffinity: "true"', 'enable_pod_antiaffinity: "false"')));
    expect(off.instanceSets[0]!.spreading.level).toBe('none');
    expect(off.instanceSets[0]!.spreading.decidedByOperatorConfig?.value).toBe('false');
  });

  it('logical backups: default schedule when enabled and unset; dialect zalando', () => {
    const cluster = onlyCluster(modelOf(base + '  enableLogicalBackup: true\n'));
    expect(cluster.backups.configured.value).toBe(true);
    expect(cluster.backups.schedules).toEqual([
      { type: 'logical', schedule: { value: '30 00 * * *', path: '/spec/enableLogicalBackup', defaulted: true }, dialect: 'zalando', name: 'logical-backup-acid-minimal', gates: expect.objectContaining({ schema: 'the postgresql CRD pattern at admission' }) },
    ]);
    const set = onlyCluster(modelOf(base + '  enableLogicalBackup: true\n  logicalBackupSchedule: "0 2 * * 1-5"\n'));
    expect(set.backups.schedules[0]!.schedule).toEqual({ value: '0 2 * * 1-5', path: '/spec/logicalBackupSchedule' });
  });

  it('numberOfInstances 0 is a shutdown; storage class fix creates spec.volume.storageClass', () => {
    const yaml = base.replace('numberOfInstances: 2', 'numberOfInstances: 0');
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.shutdown.value).toBe(true);
    const fixed = applied(inputsOf(yaml)[0]!.object, cluster.volumes[0]!.setStorageClass!('gp3'));
    expect(onlyCluster(buildModel([{ object: fixed }])).volumes[0]!.storageClass).toEqual({ value: 'gp3', path: '/spec/volume/storageClass' });
  });

  it('missing required fields are problems naming them', () => {
    const model = modelOf('apiVersion: acid.zalan.do/v1\nkind: postgresql\nmetadata: { name: x }\nspec:\n  numberOfInstances: [1]\n');
    const text = model.problems.map((p) => p.message).join('\n');
    expect(text).toContain('spec.teamId');
    expect(text).toContain('spec.volume.size');
    expect(text).toContain('spec.numberOfInstances must be an integer');
    expect(text).toContain('spec.postgresql.version');
  });
});

describe('Zalando operator installed by a Flux HelmRelease', () => {
  const release = `---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: zalando-postgres, namespace: database }
spec:
  chart:
    spec: { chart: postgres-operator, version: 1.10.0 }
  values:
    configKubernetes:
      enable_pod_antiaffinity: true
`;
  it('chart values decide anti-affinity', () => {
    const spreading = onlyCluster(modelOf(base + release)).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('hard');
    expect(spreading.decidedByOperatorConfig).toMatchObject({ value: true, path: '/spec/values/configKubernetes/enable_pod_antiaffinity', objectIndex: 1, resource: { kind: 'HelmRelease', name: 'zalando-postgres' } });
  });

  it('values from a ConfigMap (valuesFrom) make the setting unknown, not the default', () => {
    const yaml = base + release.replace('      enable_pod_antiaffinity: true\n', '      watched_namespace: "*"\n') + '  valuesFrom:\n    - kind: ConfigMap\n      name: values\n';
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.decidedByOperatorConfig).toMatchObject({ unknown: true, path: '/spec/valuesFrom', objectIndex: 1 });
    expect(spreading.terms.every((term) => term.unknown)).toBe(true);
  });

  it('spilo images also run older majors', () => {
    const image = onlyCluster(modelOf(base)).images[0]!;
    expect([image.postgresMajor, image.runsOlderMajors]).toEqual([18, true]);
  });
});

describe('Zalando instance limits', () => {
  const config = `---
apiVersion: v1
kind: ConfigMap
metadata: { name: postgres-operator }
data:
  enable_pod_antiaffinity: "false"
  min_instances: "3"
  max_instances: "-1"
  ignore_instance_limits_annotation_key: acid.zalan.do/ignore-instance-limits
`;
  it('the operator raises numberOfInstances to min_instances', () => {
    expect(onlyCluster(modelOf(base + config)).totalInstances).toEqual({
      value: 3,
      path: '/data/min_instances',
      objectIndex: 1,
      defaulted: true,
      resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'postgres-operator' },
      origin: " (the manifest's 2 is raised by `min_instances: 3` in the operator configuration, which is where to change it)",
    });
  });
  it('unless the cluster carries the ignore annotation', () => {
    const annotated = base.replace('  name: acid-minimal\n', '  name: acid-minimal\n  annotations: { acid.zalan.do/ignore-instance-limits: "true" }\n');
    expect(onlyCluster(modelOf(annotated + config)).totalInstances.value).toBe(2);
  });
});

describe('Zalando physical (Spilo WAL-G) backups', () => {
  const release = `---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: zalando-postgres, namespace: database }
spec:
  chart:
    spec: { chart: postgres-operator }
  values:
    configKubernetes:
      pod_environment_configmap: pod-env
`;
  const podEnv = `---
apiVersion: v1
kind: ConfigMap
metadata: { name: pod-env }
data:
  USE_WALG_BACKUP: "true"
  WAL_S3_BUCKET: backups
  BACKUP_SCHEDULE: "0 5 * * *"
`;
  it('the operator pod environment ConfigMap configures base backups with their schedule and default retention', () => {
    const backups = onlyCluster(modelOf(base + release + podEnv)).backups;
    expect(backups.configured).toMatchObject({ value: true, path: '/data/WAL_S3_BUCKET', objectIndex: 2, resource: { kind: 'ConfigMap', name: 'pod-env' } });
    expect(backups.schedules).toMatchObject([{ type: 'base', schedule: { value: '0 5 * * *', path: '/data/BACKUP_SCHEDULE', objectIndex: 2 }, dialect: 'kubernetes', name: 'Spilo base backup' }]);
    expect(backups.retention[0]?.setting).toMatchObject({ value: '5', path: '/data/WAL_S3_BUCKET', objectIndex: 2, defaulted: true });
  });

  it('a named pod environment ConfigMap outside the input leaves "configured" unknown', () => {
    expect(onlyCluster(modelOf(base + release)).backups.configured).toMatchObject({ value: false, unknown: true, objectIndex: 1 });
  });

  it('spec.env in the manifest configures them too (default schedule)', () => {
    const cluster = onlyCluster(modelOf(base + '  env:\n    - { name: WALG_S3_PREFIX, value: "s3://bucket/x" }\n'));
    expect(cluster.backups.configured).toEqual({ value: true, path: '/spec/env/0' });
    expect(cluster.backups.schedules[0]!.schedule).toEqual({ value: '00 01 * * *', path: '/spec/env/0', defaulted: true });
  });

  it('no WAL destination anywhere: nothing configured', () => {
    expect(onlyCluster(modelOf(base)).backups.configured).toMatchObject({ value: false, defaulted: true });
  });
});

describe('Zalando system users listed in spec.users', () => {
  it('one credential per Secret, at the users line', () => {
    const cluster = onlyCluster(modelOf(base.replace('    foo_user: []\n', '    foo_user: []\n    postgres: []\n')));
    const postgres = cluster.credentials.filter((c) => c.user === 'postgres');
    expect(postgres).toEqual([{ user: 'postgres', secretName: 'postgres.acid-minimal.credentials.postgresql.acid.zalan.do', passwordKey: 'password', regeneratesBlank: false, path: '/spec/users/postgres' }]);
  });
});
