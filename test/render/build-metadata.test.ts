// `buildMetadata` rendered natively, checked against kustomize v5.5.0's own expectations (api/krusty/
// originannotation_test.go TestAnnoTransformerLocalFilesWithOverlay, TestAnnoOriginAndTransformerBuiltinLocal),
// so this runs without kubectl.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, renderToYaml } from '../../src/render/index.js';
import { originText, readTransformations, transformationsText } from '../../src/render/origin.js';
import { lines, writeTree } from './tree.js';

const prefixBy = (configuredIn: string) =>
  `- configuredIn: ${configuredIn}\n  configuredBy:\n    apiVersion: builtin\n    kind: PrefixTransformer\n`;

describe('buildMetadata: [transformerAnnotations]', () => {
  it('records every transformer instance over every object of its kustomization, base first', async () => {
    const root = writeTree({
      'base/kustomization.yaml': lines('namePrefix: b-', 'resources: [namespace.yaml, service.yaml]'),
      'base/namespace.yaml': lines('apiVersion: v1', 'kind: Namespace', 'metadata: {name: myNs}'),
      'base/service.yaml': lines('apiVersion: v1', 'kind: Service', 'metadata: {name: myService}'),
      'prod/kustomization.yaml': lines('namePrefix: p-', 'resources: [../base, service.yaml]', 'buildMetadata: [transformerAnnotations]'),
      'prod/service.yaml': lines('apiVersion: v1', 'kind: Service', 'metadata: {name: myService2}'),
    });
    const r = await render(path.join(root, 'prod'));
    expect(r.diagnostics).toEqual([]);
    const both = prefixBy('../base/kustomization.yaml') + prefixBy('kustomization.yaml');
    expect(r.objects).toEqual([
      // A Namespace keeps its name, but the transformer still ran over it and says so.
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'myNs', annotations: { 'alpha.config.kubernetes.io/transformations': both } } },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'p-b-myService', annotations: { 'alpha.config.kubernetes.io/transformations': both } } },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'p-myService2', annotations: { 'alpha.config.kubernetes.io/transformations': prefixBy('kustomization.yaml') } },
      },
    ]);
  });

  it('with originAnnotations too, and in kustomize’s print', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('resources: [service.yaml]', 'buildMetadata: [originAnnotations, transformerAnnotations]', 'namePrefix: foo-'),
      'service.yaml': lines('apiVersion: v1', 'kind: Service', 'metadata: {name: myService}', 'spec:', '  ports:', '  - port: 7002'),
    });
    expect(renderToYaml(await render(root))).toBe(
      lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  annotations:',
        '    alpha.config.kubernetes.io/transformations: |',
        '      - configuredIn: kustomization.yaml',
        '        configuredBy:',
        '          apiVersion: builtin',
        '          kind: PrefixTransformer',
        '    config.kubernetes.io/origin: |',
        '      path: service.yaml',
        '  name: foo-myService',
        'spec:',
        '  ports:',
        '  - port: 7002',
      ),
    );
  });

  it('adds nothing when not asked for, and nothing for a kustomization whose transformers are all unset', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('resources: [service.yaml]', 'buildMetadata: [transformerAnnotations]', 'namePrefix: ""', 'labels: []'),
      'service.yaml': lines('apiVersion: v1', 'kind: Service', 'metadata: {name: s}'),
    });
    expect((await render(root)).objects).toEqual([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }]);
  });
});

describe('build annotations written in a resource file', () => {
  const written = lines(
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: a',
    '  annotations:',
    '    config.kubernetes.io/origin: "path: elsewhere.yaml"',
    '    alpha.config.kubernetes.io/transformations: "- configuredIn: x"',
    '    keep: me',
  );
  const build = async (kustomization: string) =>
    (await render(writeTree({ 'r.yaml': written, 'kustomization.yaml': kustomization }))).objects.map(
      (o) => (o.metadata as { annotations: unknown }).annotations,
    );

  // kubectl kustomize v5.5 on this file (krusty/kustomizer.go removes what the top kustomization did not ask for;
  // kusttarget.go accumulateFile overwrites the origin; resource.go AddTransformation appends).
  it('are removed unless the top kustomization asks for them', async () => {
    expect(await build(lines('resources: [r.yaml]'))).toEqual([{ keep: 'me' }]);
  });
  it('an origin is replaced by the file’s own', async () => {
    expect(await build(lines('resources: [r.yaml]', 'buildMetadata: [originAnnotations]'))).toEqual([
      { keep: 'me', 'config.kubernetes.io/origin': 'path: r.yaml\n' },
    ]);
  });
  it('a transformations list is continued', async () => {
    expect(await build(lines('resources: [r.yaml]', 'buildMetadata: [transformerAnnotations]', 'namePrefix: p-'))).toEqual([
      { keep: 'me', 'alpha.config.kubernetes.io/transformations': `- configuredIn: x\n${prefixBy('kustomization.yaml')}` },
    ]);
  });
});

describe('origin annotation text', () => {
  it('is written as kyaml marshals resource.Origin, quoting what YAML would read as another type', () => {
    expect(originText({ path: 'a/b.yaml' })).toBe('path: a/b.yaml\n');
    expect(originText({ path: 'true' })).toBe('path: "true"\n');
    expect(originText({ path: 'x: y' })).toBe('path: "x: y"\n');
    expect(originText({ configuredIn: 'k.yaml', configuredBy: { apiVersion: 'builtin', kind: 'LabelTransformer', name: 'team' } })).toBe(
      'configuredIn: k.yaml\nconfiguredBy:\n  apiVersion: builtin\n  kind: LabelTransformer\n  name: team\n',
    );
    const list = [{ configuredIn: 'a.yaml', configuredBy: { apiVersion: 'builtin', kind: 'X' } }, { configuredIn: 'b.yaml' }];
    expect(readTransformations(transformationsText(list))).toEqual(list);
  });
});
