// Property: whatever a kustomization or patch holds, the renderer reports problems as its typed error
// (a diagnostic), never by crashing; the generators throw only GeneratorError.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { GeneratorError, generate } from '../../src/render/generators.js';
import { render } from '../../src/render/index.js';


const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const key = fc.constantFrom('metadata', 'spec', 'name', 'labels', 'replicas', 'containers', 'image', 'env', 'value', 'items', '$patch', 'x/y', '~0');
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('delete', 'replace', 'merge', 'yes', '0755', '~'));
const json = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;

const pointer = fc.array(fc.oneof(key, fc.constantFrom('0', '1', '-', '99')), { maxLength: 5 }).map((p) => `/${p.join('/')}`);
const jsonOp = fc.record(
  {
    op: fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test', 'bogus'),
    path: fc.oneof(pointer, fc.constant(''), fc.constant('no-slash')),
    from: pointer,
    value: json,
  },
  { requiredKeys: ['op', 'path'] },
);

const smpPatch = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'v1', 'postgresql.cnpg.io/v1'),
  kind: fc.constantFrom('StatefulSet', 'Service', 'Cluster', 'ConfigMap'),
  metadata: fc.record({ name: fc.constantFrom('postgres', 'pg-main', 'other') }),
  spec: json,
});

const target = fc.record(
  {
    group: fc.constantFrom('', 'apps', 'postgresql.cnpg.io'),
    version: fc.constantFrom('v1', 'v2'),
    kind: fc.constantFrom('StatefulSet', 'Service', 'Cluster', '.*', '(', 'Stat.*'),
    name: fc.constantFrom('postgres', 'pg-.*', '[', ''),
    labelSelector: fc.constantFrom('app=postgres', 'app in (a,b)', '!!bad', 'app'),
    annotationSelector: fc.constantFrom('a=b', '=', ''),
  },
  { requiredKeys: [] },
);

const patchEntry = fc.oneof(
  fc.record({ patch: smpPatch.map((p) => stringify(p)) }),
  fc.record({ target, patch: fc.array(jsonOp, { maxLength: 3 }).map((ops) => stringify(ops)) }),
  fc.record({ target, patch: json.map((j) => stringify(j)) }),
  fc.record({ path: fc.constantFrom('patch.yaml', 'missing.yaml', '../outside.yaml') }),
  json,
);

const kustomization = fc.record(
  {
    resources: fc.oneof(fc.constant(['resources.yaml']), fc.array(fc.constantFrom('resources.yaml', 'missing.yaml', '.', '..', 'https://example.invalid/x.yaml'), { maxLength: 3 }), json),
    namespace: fc.oneof(fc.constantFrom('db', ''), json),
    namePrefix: fc.oneof(fc.constantFrom('p-', ''), json),
    nameSuffix: fc.constantFrom('-s', ''),
    commonLabels: fc.oneof(fc.dictionary(fc.constantFrom('app', 'team', 'x/y'), fc.string({ maxLength: 5 }), { maxKeys: 2 }), json),
    commonAnnotations: fc.oneof(fc.dictionary(fc.constantFrom('a', 'b'), fc.string({ maxLength: 5 }), { maxKeys: 2 }), json),
    images: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('postgres', 'busybox'), newTag: fc.constantFrom('16', ''), newName: fc.constantFrom('r/x', '') }, { requiredKeys: ['name'] }), { maxLength: 2 }), json),
    replicas: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('postgres', 'nope'), count: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.string({ maxLength: 2 })) }), { maxLength: 2 }), json),
    patches: fc.array(patchEntry, { maxLength: 3 }),
    patchesStrategicMerge: fc.array(fc.oneof(fc.constant('patch.yaml'), smpPatch.map((p) => stringify(p))), { maxLength: 2 }),
    configMapGenerator: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('conf', ''), literals: fc.array(fc.constantFrom('a=b', '=x', 'noeq', 'a=b'), { maxLength: 3 }), behavior: fc.constantFrom('create', 'merge', 'replace', 'x') }, { requiredKeys: [] }), { maxLength: 2 }), json),
    secretGenerator: fc.array(fc.record({ name: fc.constant('creds'), literals: fc.constant(['password=hunter2']) }), { maxLength: 1 }),
    replacements: fc.oneof(fc.array(json, { maxLength: 2 }), json),
    vars: fc.oneof(fc.array(json, { maxLength: 2 }), json),
    components: fc.oneof(fc.constant(['.']), json),
    labels: fc.oneof(fc.array(fc.record({ pairs: fc.dictionary(fc.constantFrom('k'), fc.string({ maxLength: 3 })), includeSelectors: fc.boolean() }), { maxLength: 2 }), json),
  },
  { requiredKeys: [] },
);

const RESOURCES = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
  labels: {app: postgres}
spec:
  replicas: 1
  selector: {matchLabels: {app: postgres}}
  template:
    metadata: {labels: {app: postgres}}
    spec:
      containers:
      - name: postgres
        image: postgres:16
        env: [{name: A, value: "1"}]
---
apiVersion: v1
kind: Service
metadata: {name: postgres}
spec: {selector: {app: postgres}, ports: [{port: 5432}]}
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: pg-main}
spec: {instances: 1, storage: {size: 1Gi}}
`;

function writeApp(k: unknown, patchDoc: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgw-prop-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'kustomization.yaml'), stringify(k));
  writeFileSync(path.join(dir, 'resources.yaml'), RESOURCES);
  writeFileSync(path.join(dir, 'patch.yaml'), stringify(patchDoc));
  return dir;
}

describe('renderer robustness (fast-check)', () => {
  it('random kustomizations and patches give diagnostics, never a crash', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(kustomization, fc.oneof(smpPatch, json), async (k, patchDoc) => {
        const dir = writeApp(k, patchDoc);
        // fallback: false — the property is about our code, not kustomize's.
        const result = await render(dir, { fallback: false });
        expect(Array.isArray(result.objects)).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.message, 'an untyped exception reached render()').not.toMatch(/internal renderer error/);
          expect(d.message).not.toMatch(/hunter2/);
        }
        // Every rendered object answers origin queries without throwing.
        result.objects.forEach((_, i) => {
          result.origin(i, '');
          result.origin(i, '/spec/does/not/exist');
        });
      }),
      { numRuns: 120, seed: 20261125 },
    );
  });

  it('generators throw only GeneratorError on random entries', () => {
    const ctx = {
      kustomizationFile: '/virtual/kustomization.yaml',
      readFile: (p: string): string => {
        if (p.endsWith('.env')) return 'A=1\n#c\nB\n';
        throw new Error(`no such file: ${p}`);
      },
    };
    const entry = fc.oneof(
      json,
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('c', ''), json),
          namespace: fc.oneof(fc.constant('ns'), json),
          behavior: fc.oneof(fc.constantFrom('merge', 'replace', 'create'), json),
          literals: fc.oneof(fc.array(fc.oneof(fc.constantFrom('a=b', '=x', 'k', 'q="v"'), json), { maxLength: 3 }), json),
          files: fc.oneof(fc.array(fc.constantFrom('f.txt', 'k=f.txt', '=f', 'k=', 'a=b=c'), { maxLength: 2 }), json),
          envs: fc.oneof(fc.array(fc.constantFrom('a.env', 'missing'), { maxLength: 2 }), json),
          env: fc.oneof(fc.constant('a.env'), json),
          type: fc.oneof(fc.constant('kubernetes.io/tls'), json),
          options: fc.oneof(
            fc.record({ labels: fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), scalar), json), immutable: scalar, disableNameSuffixHash: scalar }, { requiredKeys: [] }),
            json,
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom('configMapGenerator' as const, 'secretGenerator' as const), entry, json, (field, e, globalOptions) => {
        try {
          const g = generate(field, e, 0, { ...ctx, generatorOptions: globalOptions });
          expect(g.object.kind).toBe(field === 'configMapGenerator' ? 'ConfigMap' : 'Secret');
        } catch (err) {
          expect(err).toBeInstanceOf(GeneratorError);
          expect((err as Error).message).toContain('/virtual/kustomization.yaml');
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
