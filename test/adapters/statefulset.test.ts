import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/policies/adapters/index.js';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';

const base = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  replicas: 2
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db, tier: data }
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: { name: db-secret, key: password }
            - name: POSTGRES_HOST_AUTH_METHOD
              value: trust
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
        - name: metrics
          image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0
  volumeClaimTemplates:
    - metadata:
        name: data
        annotations:
          volume.beta.kubernetes.io/storage-class: standard
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
`;

describe('StatefulSet running Postgres', () => {
  it('recognises the Postgres container, replicas, images and the beta storage-class annotation', () => {
    const cluster = onlyCluster(modelOf(base));
    expect(cluster.flavour).toBe('statefulset');
    expect(cluster.totalInstances.value).toBe(2);
    expect(cluster.images.map((i) => [i.role, i.name, i.postgresMajor])).toEqual([
      ['postgres', 'postgres', 16],
      ['exporter', 'metrics', undefined],
    ]);
    expect(cluster.volumes[0]!.storageClass).toEqual({ value: 'standard', path: '/spec/volumeClaimTemplates/0/metadata/annotations/volume.beta.kubernetes.io~1storage-class' });
    expect(cluster.podLabels).toEqual({ app: 'db', tier: 'data' });
  });

  it('env: secretKeyRef ⇒ Credential, trust ⇒ AuthSetting; no password value is kept', () => {
    const yaml = base.replace('            - name: POSTGRES_HOST_AUTH_METHOD', '            - name: POSTGRESQL_POSTGRES_PASSWORD\n              value: hunter2\n            - name: ALLOW_EMPTY_PASSWORD\n              value: "yes"\n            - name: POSTGRESQL_PASSWORD\n              value: ""\n            - name: POSTGRES_HOST_AUTH_METHOD');
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.credentials).toEqual([
      {
        user: 'postgres',
        secretName: 'db-secret',
        passwordKey: 'password',
        regeneratesBlank: false,
        path: '/spec/template/spec/containers/0/env/0',
        blankBehaviour: expect.stringContaining('ALLOW_EMPTY_PASSWORD=yes'),
      },
    ]);
    expect(cluster.authSettings.map((a) => [a.name, a.value, a.empty])).toEqual([
      ['ALLOW_EMPTY_PASSWORD', 'yes', undefined],
      ['POSTGRESQL_PASSWORD', undefined, true],
      ['POSTGRES_HOST_AUTH_METHOD', 'trust', undefined],
    ]);
    expect(JSON.stringify(buildModel(inputsOf(yaml)))).not.toContain('hunter2');
  });

  it('no anti-affinity by default; the fix selects the pods by the StatefulSet selector', () => {
    const cluster = onlyCluster(modelOf(base));
    expect(cluster.instanceSets[0]!.spreading.level).toBe('none');
    const fixed = applied(inputsOf(base)[0]!.object, cluster.instanceSets[0]!.spreading.addSoftAntiAffinity!);
    expect(onlyCluster(buildModel([{ object: fixed }])).instanceSets[0]!.spreading).toMatchObject({ level: 'soft', topologyKeys: ['kubernetes.io/hostname'] });
  });

  it('topologySpreadConstraints default to hard (DoNotSchedule) and must select the pods', () => {
    const yaml = base.replace(
      '      containers:\n',
      `      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          labelSelector: { matchLabels: { app: db } }
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector: { matchExpressions: [{ key: app, operator: In, values: [web] }] }
      containers:
`,
    );
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.terms.map((t) => [t.level, t.selectsOwnPods])).toEqual([
      ['hard', true],
      ['soft', false],
    ]);
    expect(spreading).toMatchObject({ level: 'hard', topologyKeys: ['topology.kubernetes.io/zone'] });
  });

  it('a StatefulSet without a Postgres image is not a cluster; replicas default to 1', () => {
    expect(modelOf(base.replace('postgres:16.4', 'redis:7').replace('postgres-exporter', 'redis-exporter')).clusters).toEqual([]);
    expect(onlyCluster(modelOf(base.replace('  replicas: 2\n', ''))).totalInstances).toMatchObject({ value: 1, defaulted: true });
  });

  it('Spilo without PGPASSWORD_SUPERUSER runs with a well-known password', () => {
    const cluster = onlyCluster(modelOf(base.replace('postgres:16.4', 'ghcr.io/zalando/spilo-16:3.2-p3')));
    expect(cluster.images[0]!.postgresMajor).toBe(16);
    expect(cluster.authSettings.map((a) => a.name)).toContain('PGPASSWORD_SUPERUSER');
  });
});

describe('Secrets', () => {
  it('keeps only emptiness per key (data base64, stringData wins) and previous keys on UPDATE', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data: { password: '', user: 'YXBw' }, stringData: { token: 'x' } };
    const old = { ...secret, data: { password: 'c2VjcmV0' } };
    const model = buildModel([{ object: secret, oldObject: old }]);
    expect(model.secrets).toEqual([
      {
        objectIndex: 0,
        resource: { apiVersion: 'v1', kind: 'Secret', name: 's' },
        type: 'Opaque',
        keys: { password: { empty: true, path: '/data/password' }, user: { empty: false, path: '/data/user' }, token: { empty: false, path: '/stringData/token' } },
        previousKeys: { password: { empty: false, path: '/data/password' }, token: { empty: false, path: '/stringData/token' } },
      },
    ]);
    expect(JSON.stringify(model)).not.toMatch(/YXBw|c2VjcmV0/);
  });
});

describe('StatefulSet scaled to zero', () => {
  it('replicas: 0 is a deliberate shutdown', () => {
    expect(onlyCluster(modelOf(base.replace('replicas: 2', 'replicas: 0'))).shutdown).toEqual({ value: true, path: '/spec/replicas' });
    expect(onlyCluster(modelOf(base)).shutdown.value).toBe(false);
  });
});

describe('StatefulSet credentials per user', () => {
  it('each password variable belongs to its own user (repmgr, replication, superuser)', () => {
    const yaml = base.replace(
      '            - name: POSTGRES_HOST_AUTH_METHOD',
      `            - { name: REPMGR_USERNAME, value: rm }
            - name: REPMGR_PASSWORD
              valueFrom: { secretKeyRef: { name: db-secret, key: repmgr-password } }
            - name: POSTGRESQL_REPLICATION_PASSWORD
              valueFrom: { secretKeyRef: { name: db-secret, key: replication-password } }
            - name: POSTGRES_HOST_AUTH_METHOD`,
    ).replace('image: postgres:16.4', 'image: bitnami/postgresql-repmgr:16.4.0');
    expect(onlyCluster(modelOf(yaml)).credentials.map((c) => [c.user, c.passwordKey])).toEqual([
      ['postgres', 'password'],
      ['rm', 'repmgr-password'],
      ['replicator', 'replication-password'],
    ]);
  });
});
