// Field-level provenance: each assertion names the exact file:line:column a person edits to change the value.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { lines, originOf, valueAt, where, writeTree } from './tree.js';

const DEPLOY = lines(
  'apiVersion: apps/v1', // 1
  'kind: Deployment', // 2
  'metadata:', // 3
  '  name: pg-proxy', // 4
  'spec:', // 5
  '  replicas: 1', // 6
  '  selector:', // 7
  '    matchLabels: {app: proxy}', // 8
  '  template:', // 9
  '    metadata:', // 10
  '      labels: {app: proxy}', // 11
  '    spec:', // 12
  '      containers:', // 13
  '      - name: proxy', // 14
  '        image: pgbouncer:1.20', // 15
  '        env:', // 16
  '        - name: A', // 17
  '          value: "1"', // 18
  '        - name: B', // 19
  '          value: "2"', // 20
  '      - name: exporter', // 21
  '        image: exporter:0.7', // 22
);

const PGO = lines(
  'apiVersion: postgres-operator.crunchydata.com/v1beta1', // 1
  'kind: PostgresCluster', // 2
  'metadata:', // 3
  '  name: hippo', // 4
  'spec:', // 5
  '  postgresVersion: 16', // 6
  '  instances:', // 7
  '  - name: a', // 8
  '    replicas: 1', // 9
  '  - name: b', // 10
  '    replicas: 1', // 11
);

describe('resources', () => {
  it('points an untouched value at the base file', async () => {
    const root = writeTree({ 'base/deploy.yaml': DEPLOY, 'base/kustomization.yaml': 'resources: [deploy.yaml]\n' });
    const r = await render(`${root}/base`);
    expect(r.diagnostics).toEqual([]);
    const o = originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/1/image');
    expect(where(root, o)).toBe('base/deploy.yaml:22:16');
    expect(o.via).toBe('resource');
    expect(o.yamlPath).toEqual(['spec', 'template', 'spec', 'containers', 1, 'image']);
    expect(o.docIndex).toBe(0);
    expect(r.inputs.map((f) => f.slice(root.length))).toEqual(['/base/deploy.yaml', '/base/kustomization.yaml']);
  });

  it('resolves a missing pointer to its nearest existing parent', async () => {
    const root = writeTree({ 'deploy.yaml': DEPLOY, 'kustomization.yaml': 'resources: [deploy.yaml]\n' });
    const r = await render(root);
    const o = originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/resources/limits/memory');
    expect(where(root, o)).toBe('deploy.yaml:14:9'); // the container mapping starts at `name: proxy`
    expect(o.yamlPath).toEqual(['spec', 'template', 'spec', 'containers', 0]);
  });

  it('keeps document indexes of multi-document files and reads bases, directories and nested kustomizations', async () => {
    const root = writeTree({
      'base/all.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: one}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: two}', 'data: {k: v}'),
      'base/kustomization.yaml': 'resources: [all.yaml]\n',
      'mid/kustomization.yml': 'bases: [../base]\n',
      'top/Kustomization': 'resources: [../mid]\n',
    });
    const r = await render(`${root}/top`);
    expect(r.diagnostics).toEqual([]);
    const o = originOf(r, 'ConfigMap', 'two', '/data/k');
    expect(where(root, o)).toBe('base/all.yaml:8:11');
    expect(o.docIndex).toBe(1);
    expect(o.yamlPath).toEqual(['data', 'k']);
  });
});

describe('kustomization fields', () => {
  const overlay = lines(
    'resources: [../base]', // 1
    'namespace: databases', // 2
    'commonLabels:', // 3
    '  team: dba', // 4
    'commonAnnotations:', // 5
    '  owner: dba@example.com', // 6
    'images:', // 7
    '- name: pgbouncer', // 8
    '  newName: registry.example.com/pgbouncer', // 9
    '  newTag: "1.22"', // 10
    'replicas:', // 11
    '- name: pg-proxy', // 12
    '  count: 3', // 13
  );

  it('points images at newTag, replicas at count, namespace and labels at their lines', async () => {
    const root = writeTree({
      'base/deploy.yaml': DEPLOY,
      'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      'overlay/kustomization.yaml': overlay,
    });
    const r = await render(`${root}/overlay`);
    expect(r.diagnostics).toEqual([]);
    expect(valueAt(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/image')).toBe('registry.example.com/pgbouncer:1.22');
    const image = originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/image');
    expect(where(root, image)).toBe('overlay/kustomization.yaml:10:11');
    expect(image.via).toBe('kustomization');
    expect(image.yamlPath).toEqual(['images', 0, 'newTag']);

    expect(valueAt(r, 'Deployment', 'pg-proxy', '/spec/replicas')).toBe(3);
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/replicas'))).toBe('overlay/kustomization.yaml:13:10');

    expect(valueAt(r, 'Deployment', 'pg-proxy', '/metadata/namespace')).toBe('databases');
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/metadata/namespace'))).toBe('overlay/kustomization.yaml:2:12');

    for (const p of ['/metadata/labels/team', '/spec/selector/matchLabels/team', '/spec/template/metadata/labels/team']) {
      expect(valueAt(r, 'Deployment', 'pg-proxy', p)).toBe('dba');
      expect(where(root, originOf(r, 'Deployment', 'pg-proxy', p))).toBe('overlay/kustomization.yaml:4:9');
    }
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/metadata/annotations/owner'))).toBe('overlay/kustomization.yaml:6:10');
    // The second container's image is not named pgbouncer: untouched, still from the base.
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/1/image'))).toBe('base/deploy.yaml:22:16');
  });

  it('labels: without includeSelectors leaves selectors alone; includeTemplates reaches the pod template', async () => {
    const root = writeTree({
      'deploy.yaml': DEPLOY,
      'kustomization.yaml': lines(
        'resources: [deploy.yaml]', // 1
        'labels:', // 2
        '- pairs:', // 3
        '    env: prod', // 4
        '  includeTemplates: true', // 5
      ),
    });
    const r = await render(root);
    expect(valueAt(r, 'Deployment', 'pg-proxy', '/spec/selector/matchLabels/env')).toBeUndefined();
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/template/metadata/labels/env'))).toBe('kustomization.yaml:4:10');
  });

  it('namePrefix renames and rewrites references; the name keeps pointing at the base', async () => {
    const root = writeTree({
      'res.yaml': lines(
        'apiVersion: v1', // 1
        'kind: ConfigMap', // 2
        'metadata: {name: pg-config}', // 3
        '---', // 4
        'apiVersion: apps/v1', // 5
        'kind: StatefulSet', // 6
        'metadata: {name: pg}', // 7
        'spec:', // 8
        '  serviceName: pg', // 9
        '  template:', // 10
        '    spec:', // 11
        '      containers: [{name: pg, image: postgres:16}]', // 12
        '      volumes:', // 13
        '      - name: conf', // 14
        '        configMap: {name: pg-config}', // 15
      ),
      'kustomization.yaml': 'resources: [res.yaml]\nnamePrefix: prod-\n',
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(valueAt(r, 'StatefulSet', 'prod-pg', '/spec/template/spec/volumes/0/configMap/name')).toBe('prod-pg-config');
    expect(where(root, originOf(r, 'StatefulSet', 'prod-pg', '/spec/template/spec/volumes/0/configMap/name'))).toBe('res.yaml:15:27');
    expect(where(root, originOf(r, 'StatefulSet', 'prod-pg', '/metadata/name'))).toBe('res.yaml:7:18');
  });
});

describe('patches', () => {
  it('strategic merge from a file: merged values point at the patch, the rest at the base, lists merge by key', async () => {
    const root = writeTree({
      'deploy.yaml': DEPLOY,
      'patch.yaml': lines(
        'apiVersion: apps/v1', // 1
        'kind: Deployment', // 2
        'metadata:', // 3
        '  name: pg-proxy', // 4
        'spec:', // 5
        '  template:', // 6
        '    spec:', // 7
        '      containers:', // 8
        '      - name: exporter', // 9
        '        $patch: delete', // 10
        '      - name: proxy', // 11
        '        env:', // 12
        '        - name: B', // 13
        '          value: "20"', // 14
      ),
      'kustomization.yaml': 'resources: [deploy.yaml]\npatches:\n- path: patch.yaml\n',
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    const containers = valueAt(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers') as { name: string }[];
    expect(containers.map((c) => c.name)).toEqual(['proxy']);
    // kustomize puts the patch's list items first: env is [B, A].
    expect(valueAt(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/env')).toEqual([
      { name: 'B', value: '20' },
      { name: 'A', value: '1' },
    ]);
    const b = originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/env/0/value');
    expect(where(root, b)).toBe('patch.yaml:14:18');
    expect(b.via).toBe('patch');
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/env/1/value'))).toBe('deploy.yaml:18:18');
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/image'))).toBe('deploy.yaml:15:16');
  });

  it('inline strategic merge: lines inside the block scalar map to the kustomization', async () => {
    const root = writeTree({
      'deploy.yaml': DEPLOY,
      'kustomization.yaml': lines(
        'resources: [deploy.yaml]', // 1
        'patches:', // 2
        '- patch: |-', // 3
        '    apiVersion: apps/v1', // 4
        '    kind: Deployment', // 5
        '    metadata:', // 6
        '      name: pg-proxy', // 7
        '    spec:', // 8
        '      replicas: 2', // 9
      ),
    });
    const r = await render(root);
    const o = originOf(r, 'Deployment', 'pg-proxy', '/spec/replicas');
    expect(where(root, o)).toBe('kustomization.yaml:9:17');
    expect(o.via).toBe('patch');
    expect(o.embeddedIn).toEqual(['patches', 0, 'patch']);
    expect(o.yamlPath).toEqual(['spec', 'replicas']);
  });

  it('JSON 6902 inline and from a file: the value points at the op`s value', async () => {
    const root = writeTree({
      'deploy.yaml': DEPLOY,
      'ops.yaml': lines(
        '- op: replace', // 1
        '  path: /spec/template/spec/containers/0/image', // 2
        '  value: pgbouncer:1.23', // 3
      ),
      'kustomization.yaml': lines(
        'resources: [deploy.yaml]', // 1
        'patches:', // 2
        '- target: {kind: Deployment, name: "pg-.*"}', // 3
        '  patch: |-', // 4
        '    - op: add', // 5
        '      path: /spec/template/spec/containers/0/env/-', // 6
        '      value: {name: C, value: "3"}', // 7
        '- target: {group: apps, version: v1, kind: Deployment}', // 8
        '  path: ops.yaml', // 9
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(where(root, originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/env/2/value'))).toBe(
      'kustomization.yaml:7:31',
    );
    const img = originOf(r, 'Deployment', 'pg-proxy', '/spec/template/spec/containers/0/image');
    expect(where(root, img)).toBe('ops.yaml:3:10');
    expect(img.via).toBe('patch');
  });

  it('a custom resource list is replaced (JSON merge), and points at the patch', async () => {
    const root = writeTree({
      'pg.yaml': PGO,
      'patch.yaml': lines(
        'apiVersion: postgres-operator.crunchydata.com/v1beta1', // 1
        'kind: PostgresCluster', // 2
        'metadata: {name: hippo}', // 3
        'spec:', // 4
        '  instances:', // 5
        '  - name: a', // 6
        '    replicas: 3', // 7
      ),
      'kustomization.yaml': 'resources: [pg.yaml]\npatchesStrategicMerge: [patch.yaml]\n',
    });
    const r = await render(root);
    expect(valueAt(r, 'PostgresCluster', 'hippo', '/spec/instances')).toEqual([{ name: 'a', replicas: 3 }]);
    expect(where(root, originOf(r, 'PostgresCluster', 'hippo', '/spec/instances/0/replicas'))).toBe('patch.yaml:7:15');
    // The deleted second instance resolves to the nearest existing parent: the patch's list.
    expect(where(root, originOf(r, 'PostgresCluster', 'hippo', '/spec/instances/1/replicas'))).toBe('patch.yaml:6:3');
    expect(where(root, originOf(r, 'PostgresCluster', 'hippo', '/spec/postgresVersion'))).toBe('pg.yaml:6:20');
  });

  it('patchesJson6902 (legacy) with a JSON file', async () => {
    const root = writeTree({
      'pg.yaml': PGO,
      'p.json': '[\n  {"op": "replace", "path": "/spec/postgresVersion", "value": 17}\n]\n',
      'kustomization.yaml': lines(
        'resources: [pg.yaml]',
        'patchesJson6902:',
        '- target: {group: postgres-operator.crunchydata.com, version: v1beta1, kind: PostgresCluster, name: hippo}',
        '  path: p.json',
      ),
    });
    const r = await render(root);
    expect(valueAt(r, 'PostgresCluster', 'hippo', '/spec/postgresVersion')).toBe(17);
    expect(where(root, originOf(r, 'PostgresCluster', 'hippo', '/spec/postgresVersion'))).toBe('p.json:2:63');
  });
});

describe('generators, components, replacements, vars', () => {
  it('a generated ConfigMap gets the hash suffix, references follow, literals point at their line', async () => {
    const root = writeTree({
      'deploy.yaml': lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: app}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '      - name: app',
        '        image: app:1',
        '        envFrom: [{configMapRef: {name: pg-env}}]',
      ),
      'kustomization.yaml': lines(
        'resources: [deploy.yaml]', // 1
        'configMapGenerator:', // 2
        '- name: pg-env', // 3
        '  literals:', // 4
        '  - PGHOST=db', // 5
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    const cm = r.objects.find((o) => o.kind === 'ConfigMap')!;
    const name = (cm.metadata as { name: string }).name;
    expect(name).toMatch(/^pg-env-[a-z0-9]{10}$/);
    expect(valueAt(r, 'Deployment', 'app', '/spec/template/spec/containers/0/envFrom/0/configMapRef/name')).toBe(name);
    const o = originOf(r, 'ConfigMap', name, '/data/PGHOST');
    expect(where(root, o)).toBe('kustomization.yaml:5:5');
    expect(o.via).toBe('generator');
  });

  it('a component is applied in the including kustomization`s context', async () => {
    const root = writeTree({
      'base/pg.yaml': PGO,
      'base/kustomization.yaml': 'resources: [pg.yaml]\n',
      'components/ha/kustomization.yaml': lines(
        'apiVersion: kustomize.config.k8s.io/v1alpha1', // 1
        'kind: Component', // 2
        'patches:', // 3
        '- target: {kind: PostgresCluster}', // 4
        '  patch: |-', // 5
        '    - op: replace', // 6
        '      path: /spec/instances/0/replicas', // 7
        '      value: 2', // 8
      ),
      'overlay/kustomization.yaml': 'resources: [../base]\ncomponents: [../components/ha]\n',
    });
    const r = await render(`${root}/overlay`);
    expect(r.diagnostics).toEqual([]);
    expect(valueAt(r, 'PostgresCluster', 'hippo', '/spec/instances/0/replicas')).toBe(2);
    expect(where(root, originOf(r, 'PostgresCluster', 'hippo', '/spec/instances/0/replicas'))).toBe(
      'components/ha/kustomization.yaml:8:14',
    );
  });

  it('replacements copy a value and its provenance', async () => {
    const root = writeTree({
      'res.yaml': lines(
        'apiVersion: v1', // 1
        'kind: ConfigMap', // 2
        'metadata: {name: settings}', // 3
        'data:', // 4
        '  image: postgres:17', // 5
        '---', // 6
        'apiVersion: apps/v1', // 7
        'kind: StatefulSet', // 8
        'metadata: {name: pg}', // 9
        'spec:', // 10
        '  template:', // 11
        '    spec:', // 12
        '      containers: [{name: pg, image: postgres:16}]', // 13
      ),
      'kustomization.yaml': lines(
        'resources: [res.yaml]',
        'replacements:',
        '- source: {kind: ConfigMap, name: settings, fieldPath: data.image}',
        '  targets:',
        '  - select: {kind: StatefulSet}',
        '    fieldPaths:',
        '    - spec.template.spec.containers.[name=pg].image',
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(valueAt(r, 'StatefulSet', 'pg', '/spec/template/spec/containers/0/image')).toBe('postgres:17');
    expect(where(root, originOf(r, 'StatefulSet', 'pg', '/spec/template/spec/containers/0/image'))).toBe('res.yaml:5:10');
  });

  it('vars are substituted in var-reference fields', async () => {
    const root = writeTree({
      'res.yaml': lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: pg-primary}',
        'spec: {ports: [{port: 5432}]}',
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: app}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '      - name: app',
        '        image: app:1',
        '        args: ["--db=$(DB_HOST):5432"]',
      ),
      'kustomization.yaml': lines(
        'resources: [res.yaml]',
        'namePrefix: prod-',
        'vars:',
        '- name: DB_HOST',
        '  objref: {kind: Service, name: pg-primary, apiVersion: v1}',
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(valueAt(r, 'Deployment', 'prod-app', '/spec/template/spec/containers/0/args/0')).toBe('--db=prod-pg-primary:5432');
  });
});
