// What pgwarden reaches but cannot judge is named, once per object, like a skipped Helm chart: an OpenShift
// Template whose objects hold a Postgres object, any PetSet (no apiserver serves it). A Template without Postgres objects is not noted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/cli/index.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pgwarden-unjudged-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const statefulSet = `  - apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: \${NAME}
    spec:
      replicas: 3
      serviceName: \${NAME}
      template:
        spec:
          containers:
            - name: patroni
              image: registry.example/\${NAMESPACE}/patroni:latest
`;

const template = (name: string, objects: string) =>
  `apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: ${name}\nparameters:\n  - name: NAME\n    value: pg\n  - name: NAMESPACE\nobjects:\n${objects}`;

const petSet = (name: string, image: string) =>
  `apiVersion: apps/v1alpha1\nkind: PetSet\nmetadata:\n  name: ${name}\nspec:\n  replicas: 3\n  serviceName: ${name}\n  template:\n    spec:\n      containers:\n        - name: c\n          image: ${image}\n`;

describe('objects reached but not judged', () => {
  it('notes an OpenShift Template holding Postgres objects and a Postgres PetSet, at file:line, once each', async () => {
    const root = tree({
      'openshift/pg.yaml': template(
        'patroni',
        `  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: \${NAME}\n${statefulSet}  - apiVersion: postgresql.cnpg.io/v1\n    kind: Cluster\n    metadata:\n      name: \${NAME}-cnpg\n    spec:\n      instances: 3\n`,
      ),
      'openshift/web.yaml': template('web', '  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: web\n'),
      'legacy/kustomization.yaml': 'resources:\n  - petset.yaml\n',
      'legacy/petset.yaml': `---\n${petSet('spilo', 'registry.opensource.zalan.do/acid/spilotest-9.6:1.1-p10')}`,
      // Two apps render the PetSet: still one note.
      'one/kustomization.yaml': 'resources:\n  - ../legacy\n',
      'two/kustomization.yaml': 'resources:\n  - ../legacy\n',
    });
    const result = await runLint({ paths: ['.'], cwd: root });
    expect(result.diagnostics.filter((d) => d.includes('not checked'))).toEqual([
      'legacy/petset.yaml:2: PetSet spilo (apps/v1alpha1) not checked: PetSet became StatefulSet in Kubernetes 1.5 and no apiserver serves it since, so it is rejected; write it as an apps/v1 StatefulSet to have it judged.',
      'openshift/pg.yaml:1: OpenShift Template patroni not checked: the 2 Postgres objects in its objects are created only when `oc process` substitutes its parameters; lint the processed output (`oc process -f FILE --local -o yaml`).',
    ]);
    // Nothing is judged from them either: no finding names these files.
    expect(result.report.findings.filter((f) => f.file.startsWith('openshift/') || f.file.startsWith('legacy/'))).toEqual([]);
  });
});
