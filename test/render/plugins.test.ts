// Built-in plugin configs in `generators:`/`transformers:` (kustomize v5.5.0 api/internal/builtins, loader.go
// isBuiltinPlugin) rendered natively. The expected streams are what kubectl kustomize v5.5 printed for these trees,
// byte for byte, so this runs without kubectl.
import { describe, expect, it } from 'vitest';
import { insertPathPart } from '../../src/render/build.js';
import { render, renderToYaml } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

describe('built-in plugin configs', () => {
  it('an inline PrefixSuffixTransformer with its own fieldSpecs and a NamespaceTransformer file (unsetOnly, all ServiceAccount subjects), with their origins', async () => {
    const root = writeTree({
      'kustomization.yaml': lines(
        "resources: [r.yaml]",
        "buildMetadata: [transformerAnnotations]",
        "transformers:",
        "- |-",
        "  apiVersion: builtin",
        "  kind: PrefixSuffixTransformer",
        "  metadata: {name: suffix}",
        "  suffix: -x",
        "  fieldSpecs:",
        "  - {path: metadata/name, kind: ClusterRole}",
        "- ns.yaml",
      ),
      'ns.yaml': lines(
        "apiVersion: builtin",
        "kind: NamespaceTransformer",
        "metadata: {name: ns, namespace: team}",
        "unsetOnly: true",
        "setRoleBindingSubjects: allServiceAccounts",
        "fieldSpecs:",
        "- {path: metadata/namespace, create: true}",
      ),
      'r.yaml': lines(
        "apiVersion: rbac.authorization.k8s.io/v1",
        "kind: ClusterRole",
        "metadata: {name: reader}",
        "---",
        "apiVersion: rbac.authorization.k8s.io/v1",
        "kind: RoleBinding",
        "metadata: {name: rb, namespace: fixed}",
        "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}",
        "subjects:",
        "- {kind: ServiceAccount, name: app}",
        "---",
        "apiVersion: v1",
        "kind: ServiceAccount",
        "metadata: {name: app}",
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(renderToYaml(r)).toBe(lines(
        "apiVersion: v1",
        "kind: ServiceAccount",
        "metadata:",
        "  annotations:",
        "    alpha.config.kubernetes.io/transformations: |",
        "      - configuredIn: kustomization.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: PrefixSuffixTransformer",
        "          name: suffix",
        "      - configuredIn: ns.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: NamespaceTransformer",
        "          name: ns",
        "          namespace: team",
        "  name: app",
        "  namespace: team",
        "---",
        "apiVersion: rbac.authorization.k8s.io/v1",
        "kind: ClusterRole",
        "metadata:",
        "  annotations:",
        "    alpha.config.kubernetes.io/transformations: |",
        "      - configuredIn: kustomization.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: PrefixSuffixTransformer",
        "          name: suffix",
        "      - configuredIn: ns.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: NamespaceTransformer",
        "          name: ns",
        "          namespace: team",
        "  name: reader-x",
        "---",
        "apiVersion: rbac.authorization.k8s.io/v1",
        "kind: RoleBinding",
        "metadata:",
        "  annotations:",
        "    alpha.config.kubernetes.io/transformations: |",
        "      - configuredIn: kustomization.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: PrefixSuffixTransformer",
        "          name: suffix",
        "      - configuredIn: ns.yaml",
        "        configuredBy:",
        "          apiVersion: builtin",
        "          kind: NamespaceTransformer",
        "          name: ns",
        "          namespace: team",
        "  name: rb",
        "  namespace: fixed",
        "roleRef:",
        "  apiGroup: rbac.authorization.k8s.io",
        "  kind: ClusterRole",
        "  name: reader-x",
        "subjects:",
        "- kind: ServiceAccount",
        "  name: app",
        "  namespace: team",
      ));
  });

  it('a ConfigMapGenerator config (unknown keys ignored) and a directory of transformer configs', async () => {
    const root = writeTree({
      'kustomization.yaml': lines(
        "resources: [r.yaml]",
        "generators:",
        "- |-",
        "  apiVersion: builtin",
        "  kind: ConfigMapGenerator",
        "  metadata: {name: settings}",
        "  labels: {ignored: \"yes\"}",
        "  literals: [a=1]",
        "  options: {disableNameSuffixHash: true, labels: {team: dba}}",
        "transformers: [t]",
      ),
      'r.yaml': lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata: {name: web}",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "      - {name: app, image: nginx}",
      ),
      't/kustomization.yaml': lines(
        "resources: [label.yaml, patch.yaml]",
      ),
      't/label.yaml': lines(
        "apiVersion: builtin",
        "kind: LabelTransformer",
        "metadata: {name: team}",
        "labels: {team: dba}",
        "fieldSpecs: [{path: metadata/labels, create: true}]",
      ),
      't/patch.yaml': lines(
        "apiVersion: builtin",
        "kind: PatchTransformer",
        "metadata: {name: envfrom}",
        "target: {kind: Deployment}",
        "patch: |-",
        "  - op: add",
        "    path: /spec/template/spec/containers/0/envFrom",
        "    value: [{configMapRef: {name: settings}}]",
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(renderToYaml(r)).toBe(lines(
        "apiVersion: v1",
        "data:",
        "  a: \"1\"",
        "kind: ConfigMap",
        "metadata:",
        "  labels:",
        "    team: dba",
        "  name: settings",
        "---",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  labels:",
        "    team: dba",
        "  name: web",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "      - envFrom:",
        "        - configMapRef:",
        "            name: settings",
        "        image: nginx",
        "        name: app",
      ));
    // Generated values point at the config that wrote them.
    const cm = r.objects.findIndex((o) => o.kind === 'ConfigMap');
    expect(r.origin(cm, '/data/a')).toMatchObject({ file: `${root}/kustomization.yaml`, line: 8 });
  });

  it('a PrefixTransformer without fieldSpecs is rejected as kustomize rejects it', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('transformers:', '- |-', '  apiVersion: builtin', '  kind: PrefixTransformer', '  metadata: {name: p}', '  prefix: x-'),
    });
    const r = await render(root);
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(r.diagnostics[0]!.message).toContain('fieldSpecs is not expected to be nil');
  });

  it('a value a PatchTransformer config sets points at the line of its patch, in the config file', async () => {
    const root = writeTree({
      'r.yaml': lines('apiVersion: apps/v1', 'kind: StatefulSet', 'metadata: {name: db}', 'spec: {replicas: 1}'),
      'patch.yaml': lines(
        'apiVersion: builtin',
        'kind: PatchTransformer',
        'metadata: {name: scale}',
        'target: {kind: StatefulSet}',
        'patch: |-',
        '  apiVersion: apps/v1',
        '  kind: StatefulSet',
        '  metadata: {name: db}',
        '  spec:',
        '    replicas: 3',
      ),
      'kustomization.yaml': lines('resources: [r.yaml]', 'transformers: [patch.yaml]'),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects[0]).toMatchObject({ spec: { replicas: 3 } });
    expect(r.origin(0, '/spec/replicas')).toMatchObject({ file: `${root}/patch.yaml`, line: 10, column: 15, via: 'patch' });
  });

  it('an IAMPolicyGenerator for GKE makes the bound ServiceAccount (kustomize v5.5.0 TestGkeGeneratorWithNamespace)', async () => {
    const root = writeTree({
      'kustomization.yaml': lines(
        'generators:',
        '- |-',
        '  apiVersion: builtin',
        '  kind: IAMPolicyGenerator',
        '  metadata: {name: my-gke-generator}',
        '  cloud: gke',
        '  kubernetesService: {namespace: k8s-namespace, name: k8s-sa-name}',
        '  serviceAccount: {name: gsa-name, projectId: project-id}',
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          annotations: { 'iam.gke.io/gcp-service-account': 'gsa-name@project-id.iam.gserviceaccount.com' },
          name: 'k8s-sa-name',
          namespace: 'k8s-namespace',
        },
      },
    ]);
    expect(r.origin(0, '/metadata/name')).toMatchObject({ file: `${root}/kustomization.yaml`, line: 7, via: 'generator' });
    const other = await render(writeTree({ 'kustomization.yaml': lines('generators:', '- |-', '  apiVersion: builtin', '  kind: IAMPolicyGenerator', '  cloud: aws') }));
    expect(other.diagnostics[0]!.message).toContain('cloud provider aws not supported yet');
  });

  it('a HashTransformer config hashes generated names then, and the build hashes them again (kubectl kustomize v5.5)', async () => {
    const root = writeTree({
      'pod.yaml': lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec: {volumes: [{name: v, configMap: {name: cm}}]}'),
      'kustomization.yaml': lines(
        'configMapGenerator:',
        '- name: cm',
        '  literals: [a=1]',
        'resources: [pod.yaml]',
        'transformers:',
        '- |-',
        '  apiVersion: builtin',
        '  kind: HashTransformer',
        '  metadata: {name: h}',
      ),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-h29d89cmmt-h29d89cmmt' }, data: { a: '1' } },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { volumes: [{ name: 'v', configMap: { name: 'cm-h29d89cmmt-h29d89cmmt' } }] } },
    ]);
  });

  it('a ValueAddTransformer writes its value (by default the directory name) at field paths, into file paths, as a namespace', async () => {
    const root = writeTree({
      'myapp/kustomization.yaml': lines(
          "resources: [r.yaml]",
          "transformers:",
          "- |-",
          "  apiVersion: builtin",
          "  kind: ValueAddTransformer",
          "  metadata: {name: add}",
          "  value: PEACH",
          "  targets:",
          "  - selector: {kind: ConfigMap}",
          "    fieldPath: data/where",
          "    filePathPosition: 2",
          "  - selector: {kind: ConfigMap, name: b}",
          "    fieldPath: data/abs",
          "    filePathPosition: 1",
          "  - fieldPath: metadata/annotations/a.b\\/c",
          "  - selector: {kind: Deployment}",
          "    fieldPath: metadata/namespace",
          "- |-",
          "  apiVersion: builtin",
          "  kind: ValueAddTransformer",
          "  metadata: {name: dflt}",
          "  targets:",
          "  - selector: {kind: Deployment}",
          "    fieldPath: spec/template/metadata/labels/app",
        ),
      'myapp/r.yaml': lines(
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata: {name: a}",
          "data: {where: a/nice/warm/pie}",
          "---",
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata: {name: b}",
          "data: {where: raw, abs: /pie}",
          "---",
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata: {name: d}",
          "spec: {template: {spec: {containers: [{name: c, image: x}]}}}",
        ),
    });
    const r = await render(`${root}/myapp`);
    expect(r.diagnostics).toEqual([]);
    expect(renderToYaml(r)).toBe(lines(
          "apiVersion: v1",
          "data:",
          "  where: a/PEACH/nice/warm/pie",
          "kind: ConfigMap",
          "metadata:",
          "  annotations:",
          "    a.b/c: PEACH",
          "  name: a",
          "---",
          "apiVersion: v1",
          "data:",
          "  abs: /PEACH/pie",
          "  where: raw/PEACH",
          "kind: ConfigMap",
          "metadata:",
          "  annotations:",
          "    a.b/c: PEACH",
          "  name: b",
          "---",
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  annotations:",
          "    a.b/c: PEACH",
          "  name: d",
          "  namespace: PEACH",
          "spec:",
          "  template:",
          "    metadata:",
          "      labels:",
          "        app: myapp",
          "    spec:",
          "      containers:",
          "      - image: x",
          "        name: c",
        ));
  });

  it('insertPathPart places a part as kyaml filesys.InsertPathPart does', () => {
    // The table of api/filters/valueadd/valueadd.go's doc comment.
    expect(insertPathPart('', 0, 'PEACH')).toBe('PEACH');
    expect(insertPathPart('/', 5, 'PEACH')).toBe('/PEACH');
    expect(insertPathPart('pie', 0, 'PEACH')).toBe('PEACH/pie');
    expect(insertPathPart('/pie', 0, 'PEACH')).toBe('/PEACH/pie');
    expect(insertPathPart('raw', 1, 'PEACH')).toBe('raw/PEACH');
    expect(insertPathPart('/raw', 9998, 'PEACH')).toBe('/raw/PEACH');
    expect(insertPathPart('a/nice/warm/pie', 3, 'PEACH')).toBe('a/nice/warm/PEACH/pie');
    expect(insertPathPart('/a/nice/warm/pie', 3, 'PEACH')).toBe('/a/nice/warm/PEACH/pie');
  });
});
