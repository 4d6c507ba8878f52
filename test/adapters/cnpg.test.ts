// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flux/OpenShift placeholders are the test data here
import { describe, expect, it } from 'vitest';
import { applied, inputsOf, modelOf, onlyCluster } from './build.js';
import { buildModel } from '../../src/policies/adapters/index.js';

const base = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: pg
  namespace: db
spec:
  instances: 3
  storage:
    size: 1Gi
`;

describe('CNPG Cluster', () => {
  it('applies the operator defaults: preferred hostname anti-affinity, floating default image, app secret', () => {
    const cluster = onlyCluster(modelOf(base));
    expect(cluster.flavour).toBe('cnpg');
    expect(cluster.totalInstances.value).toBe(3);
    const spreading = cluster.instanceSets[0]!.spreading;
    expect(spreading.level).toBe('soft');
    expect(spreading.terms[0]).toMatchObject({ source: 'operatorDefault', topologyKey: 'kubernetes.io/hostname', defaulted: true, path: '/spec' });
    expect(spreading.addSoftAntiAffinity).toBeUndefined();
    expect(cluster.images[0]!.reference).toMatchObject({ value: 'ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie', defaulted: true });
    expect(cluster.images[0]!.postgresMajor).toBe(18);
    expect(cluster.credentials).toEqual([{ user: 'app', secretName: 'pg-app', passwordKey: 'password', regeneratesBlank: false, path: '/spec' }]);
    expect(cluster.volumes[0]!.storageClass.value).toBeUndefined();
  });

  it('instances defaults to 1 and a wrong type is a problem naming the field', () => {
    const one = onlyCluster(modelOf(base.replace('  instances: 3\n', '')));
    expect(one.totalInstances).toMatchObject({ value: 1, defaulted: true });
    const model = modelOf(base.replace('instances: 3', 'instances: "three"'));
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0]).toMatchObject({ path: '/spec/instances' });
    expect(model.problems[0]!.message).toContain('spec.instances');
    expect(onlyCluster(model).totalInstances.value).toBeUndefined();
  });

  it('enablePodAntiAffinity: false switches spreading off and offers a fix in CNPG syntax', () => {
    const yaml = base + '  affinity:\n    enablePodAntiAffinity: false\n';
    const model = modelOf(yaml);
    const spreading = onlyCluster(model).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('none');
    expect(spreading.disabledBy).toMatchObject({ path: '/spec/affinity/enablePodAntiAffinity' });
    const fixed = applied(inputsOf(yaml)[0]!.object, spreading.addSoftAntiAffinity!);
    expect(fixed).toMatchObject({ spec: { affinity: { enablePodAntiAffinity: true, podAntiAffinityType: 'preferred' } } });
    const after = onlyCluster(buildModel([{ object: fixed }])).instanceSets[0]!.spreading;
    expect(after.level).toBe('soft');
  });

  it('required type is hard; topologyKey is honoured; additional terms on other pods do not count', () => {
    const yaml =
      base +
      `  affinity:
    podAntiAffinityType: required
    topologyKey: topology.kubernetes.io/zone
    additionalPodAntiAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
        - weight: 10
          podAffinityTerm:
            topologyKey: kubernetes.io/hostname
            labelSelector:
              matchLabels: { app: other }
`;
    const spreading = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading;
    expect(spreading.level).toBe('hard');
    expect(spreading.topologyKeys).toEqual(['topology.kubernetes.io/zone']);
    expect(spreading.terms[1]).toMatchObject({ selectsOwnPods: false, path: '/spec/affinity/additionalPodAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0' });
  });

  it('storageClass overrides pvcTemplate.storageClassName; setStorageClass patches spec.storage', () => {
    const yaml = base.replace('    size: 1Gi\n', '    size: 1Gi\n    pvcTemplate:\n      storageClassName: slow\n') + '  walStorage:\n    size: 1Gi\n    storageClass: fast\n';
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.volumes.map((v) => [v.role, v.storageClass.value, v.storageClass.path])).toEqual([
      ['data', 'slow', '/spec/storage/pvcTemplate/storageClassName'],
      ['wal', 'fast', '/spec/walStorage/storageClass'],
    ]);
    const fixed = applied(inputsOf(yaml)[0]!.object, cluster.volumes[0]!.setStorageClass!('gp3'));
    expect(onlyCluster(buildModel([{ object: fixed }])).volumes[0]!.storageClass.value).toBe('gp3');
  });

  it('hibernation annotation is a deliberate shutdown', () => {
    const yaml = base.replace('  namespace: db\n', '  namespace: db\n  annotations:\n    cnpg.io/hibernation: "on"\n');
    expect(onlyCluster(modelOf(yaml)).shutdown).toEqual({ value: true, path: '/metadata/annotations/cnpg.io~1hibernation' });
  });

  it('imageName gives the major; imageCatalogRef gives postgresVersion; superuser secret only when enabled', () => {
    const named = onlyCluster(modelOf(base + '  imageName: ghcr.io/cloudnative-pg/postgresql:16.4\n  enableSuperuserAccess: true\n'));
    expect(named.images[0]!.postgresMajor).toBe(16);
    expect(named.postgresVersion).toBeUndefined();
    expect(named.credentials.map((c) => c.secretName)).toEqual(['pg-app', 'pg-superuser']);
    const catalog = onlyCluster(modelOf(base + '  imageCatalogRef:\n    apiGroup: postgresql.cnpg.io\n    kind: ClusterImageCatalog\n    name: pg\n    major: 17\n'));
    expect(catalog.postgresVersion).toEqual({ value: 17, path: '/spec/imageCatalogRef/major' });
    expect(catalog.images[0]!.reference.unknown).toBe(true);
    const withCatalog = onlyCluster(
      modelOf(
        base +
          '  imageCatalogRef:\n    apiGroup: postgresql.cnpg.io\n    kind: ImageCatalog\n    name: pg\n    major: 17\n---\napiVersion: postgresql.cnpg.io/v1\nkind: ImageCatalog\nmetadata: { name: pg, namespace: db }\nspec:\n  images:\n    - { major: 16, image: "ghcr.io/cloudnative-pg/postgresql:16.4" }\n    - { major: 17, image: "ghcr.io/cloudnative-pg/postgresql:17.2" }\n',
      ),
    );
    expect(withCatalog.images[0]).toMatchObject({ reference: { value: 'ghcr.io/cloudnative-pg/postgresql:17.2', path: '/spec/images/1/image', objectIndex: 1 }, postgresMajor: 17 });
    expect(withCatalog.images[0]!.setReference).toBeUndefined();
  });

  it('links ScheduledBackups by cluster name + namespace, and flags an orphan', () => {
    const yaml = `${base}---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata: { name: nightly, namespace: db }
spec:
  schedule: "0 0 2 * * *"
  suspend: true
  cluster: { name: pg }
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata: { name: orphan, namespace: db }
spec:
  schedule: "0 0 3 * * *"
  cluster: { name: gone }
`;
    const model = modelOf(yaml);
    const cluster = onlyCluster(model);
    expect(cluster.backups.schedules).toEqual([
      { type: 'base', schedule: { value: '0 0 2 * * *', path: '/spec/schedule', objectIndex: 1, resource: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', name: 'nightly', namespace: 'db' } }, dialect: 'cnpg', name: 'nightly', suspended: true, gates: expect.objectContaining({ schema: "CloudNativePG's ScheduledBackup webhook" }) },
    ]);
    expect(cluster.backups.configured.value).toBe(true);
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0]).toMatchObject({ objectIndex: 2, ruleId: 'backup-schedule', severity: 'warning', path: '/spec/cluster/name' });
    expect(model.problems[0]!.message).toContain('backs up nothing');
  });

  it('a Cluster of another API group passes through', () => {
    expect(modelOf('apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata: { name: c }\nspec: { instances: 3 }\n').clusters).toEqual([]);
  });

  it('placeholders are unknown, never a wrong value', () => {
    const cluster = onlyCluster(modelOf(base.replace('instances: 3', 'instances: ${REPLICAS:=3}') + '  imageName: ghcr.io/cloudnative-pg/postgresql:${PG_TAG}\n'));
    expect(cluster.totalInstances).toMatchObject({ value: undefined, unknown: true });
    expect(cluster.images[0]!.reference.unknown).toBe(true);
  });
});

describe('CNPG Barman Cloud plugin', () => {
  const withPlugin = `${base}  plugins:
    - name: barman-cloud.cloudnative-pg.io
      isWALArchiver: true
      parameters:
        barmanObjectName: store
`;
  it('reads retention from the ObjectStore the plugin names', () => {
    const yaml = `${withPlugin}---
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata: { name: store, namespace: db }
spec:
  retentionPolicy: 30d
`;
    const cluster = onlyCluster(modelOf(yaml));
    expect(cluster.backups.configured).toEqual({ value: true, path: '/spec/plugins' });
    expect(cluster.backups.retention.map((r) => r.setting)).toEqual([{
      value: '30d',
      path: '/spec/retentionPolicy',
      objectIndex: 1,
      resource: { apiVersion: 'barmancloud.cnpg.io/v1', kind: 'ObjectStore', name: 'store', namespace: 'db' },
    }]);
  });

  it('an ObjectStore outside the input makes retention unknown, not missing', () => {
    expect(onlyCluster(modelOf(withPlugin)).backups.retention.map((r) => r.setting)).toEqual([{ value: undefined, path: '/spec/plugins/0/parameters/barmanObjectName', unknown: true }]);
  });
});

describe('CNPG selectors on inherited labels', () => {
  const yaml = base.replace('  namespace: db\n', '  namespace: db\n  labels: { app: sso }\n') +
    `  affinity:
    enablePodAntiAffinity: false
    additionalPodAntiAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        - topologyKey: kubernetes.io/hostname
          labelSelector: { matchLabels: { app: sso } }
        - topologyKey: kubernetes.io/hostname
          labelSelector: { matchLabels: { app: other } }
`;
  it('a selector on a label the operator may inherit is unknown, one on a foreign label selects nothing', () => {
    const terms = onlyCluster(modelOf(yaml)).instanceSets[0]!.spreading.terms;
    expect(terms.map((term) => [term.selectsOwnPods, term.unknown ?? false])).toEqual([
      [false, true],
      [false, false],
    ]);
  });
});

describe('CNPG application secret per bootstrap method', () => {
  it('recovery.secret names the app Secret', () => {
    const cluster = onlyCluster(modelOf(base + '  bootstrap:\n    recovery:\n      source: origin\n      owner: shop\n      secret: { name: shop-creds }\n'));
    expect(cluster.credentials).toEqual([{ user: 'shop', secretName: 'shop-creds', passwordKey: 'password', regeneratesBlank: false, path: '/spec/bootstrap/recovery/secret/name' }]);
  });
});

describe('CNPG fixes never overwrite placeholders', () => {
  it('no anti-affinity fix when enablePodAntiAffinity is a placeholder', () => {
    const spreading = onlyCluster(modelOf(base + '  affinity:\n    enablePodAntiAffinity: ${ANTI_AFFINITY}\n')).instanceSets[0]!.spreading;
    expect(spreading.terms[0]!.unknown).toBe(true);
    expect(spreading.addSoftAntiAffinity).toBeUndefined();
  });
});
