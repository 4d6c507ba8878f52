// `configurations:` natively (kustomize v5.5.0 api/internal/plugins/builtinconfig, accumulator MergeConfig). The
// expected objects are what kubectl kustomize v5.5 printed for these trees, so this runs without kubectl.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

const workload = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: d}',
  'spec:',
  '  template:',
  '    spec:',
  '      volumes:',
  '      - configMap: {name: cm}',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: cm}',
);
const names = (objects: Record<string, unknown>[]) => objects.map((o) => `${String(o.kind)}/${String((o.metadata as { name: string }).name)}`);
const volumeRef = (objects: Record<string, unknown>[]) =>
  (objects.find((o) => o.kind === 'Deployment') as { spec: { template: { spec: { volumes: { configMap: { name: string } }[] } } } }).spec.template
    .spec.volumes[0]!.configMap.name;

describe('configurations', () => {
  it('a namePrefix spec for one kind, read first, absorbs the default one: only that kind is prefixed', async () => {
    const root = writeTree({
      'r.yaml': workload,
      'c.yaml': lines('namePrefix:', '- path: metadata/name', '  kind: Deployment'),
      'kustomization.yaml': lines('resources: [r.yaml]', 'namePrefix: p-', 'configurations: [c.yaml]'),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    expect(names(r.objects)).toEqual(['ConfigMap/cm', 'Deployment/p-d']);
    expect(volumeRef(r.objects)).toBe('cm');
  });

  it('after a base directory (whose config holds the defaults) the same spec is added to them instead', async () => {
    const root = writeTree({
      'base/r.yaml': workload,
      'base/kustomization.yaml': lines('resources: [r.yaml]'),
      'c.yaml': lines('namePrefix:', '- path: metadata/name', '  kind: Deployment'),
      'kustomization.yaml': lines('resources: [base]', 'namePrefix: p-', 'configurations: [c.yaml]'),
    });
    const r = await render(root);
    expect(names(r.objects)).toEqual(['ConfigMap/p-cm', 'Deployment/p-p-d']);
    expect(volumeRef(r.objects)).toBe('p-cm');
  });

  it('nameReference specs add referrer fields, also in a base’s config, to a kind already known', async () => {
    const root = writeTree({
      'base/cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: cm}', 'data: {theConfigMap: cm, other: cm}'),
      'base/c.yaml': lines('nameReference:', '- kind: ConfigMap', '  fieldSpecs:', '  - {path: data/theConfigMap, kind: ConfigMap}'),
      'base/kustomization.yaml': lines('resources: [cm.yaml]', 'configurations: [c.yaml]'),
      'kustomization.yaml': lines('resources: [base]', 'nameSuffix: -updated'),
    });
    const r = await render(root);
    expect(r.objects).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-updated' }, data: { theConfigMap: 'cm-updated', other: 'cm' } },
    ]);
  });

  it('rejects an unknown key and conflicting field specs, at the entry', async () => {
    const unknown = writeTree({
      'c.yaml': lines('namePrefixes: []'),
      'kustomization.yaml': lines('configurations: [c.yaml]'),
    });
    const r1 = await render(unknown);
    expect(r1.diagnostics).toMatchObject([{ severity: 'error', file: path.join(unknown, 'kustomization.yaml'), line: 1 }]);
    expect(r1.diagnostics[0]!.message).toContain('unknown field "namePrefixes"');
    const conflict = writeTree({
      'c.yaml': lines('commonLabels:', '- {path: metadata/labels, create: false}'),
      'kustomization.yaml': lines('configurations: [c.yaml]'),
    });
    const r2 = await render(conflict);
    expect(r2.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(r2.diagnostics[0]!.message).toContain('conflicting fieldspecs');
  });
});

describe('configurations from hostile input', () => {
  it('refuses a list of field specs too long to merge in bounded time', async () => {
    const specs = Array.from({ length: 2_001 }, (_, i) => `- {path: spec/f${i}, kind: K${i}}`);
    const root = writeTree({
      'c.yaml': lines('commonLabels:', ...specs),
      'kustomization.yaml': lines('configurations: [c.yaml]'),
    });
    const r = await render(root);
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(r.diagnostics[0]!.message).toContain('2001 field specs, more than pgwarden reads in one list (2000)');
  });
});

describe('local config', () => {
  it('is a name-reference source, then dropped unless its annotation says "false"', async () => {
    const root = writeTree({
      'r.yaml': lines(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: local, annotations: {config.kubernetes.io/local-config: "true"}}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: kept, annotations: {config.kubernetes.io/local-config: "false"}}',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec: {volumes: [{configMap: {name: local}}]}',
      ),
      'kustomization.yaml': lines('resources: [r.yaml]', 'namePrefix: x-'),
    });
    const r = await render(root);
    expect(names(r.objects)).toEqual(['ConfigMap/x-kept', 'Pod/x-p']);
    expect((r.objects[1] as { spec: { volumes: { configMap: { name: string } }[] } }).spec.volumes[0]!.configMap.name).toBe('x-local');
  });
});

describe('label transformers', () => {
  it('run `labels:` entries before commonLabels, so commonLabels wins a key both set (kubectl kustomize v5.5)', async () => {
    const root = writeTree({
      'r.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}'),
      'kustomization.yaml': lines('resources: [r.yaml]', 'commonLabels: {a: common}', 'labels:', '- pairs: {a: entry}'),
    });
    expect((await render(root)).objects).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labels: { a: 'common' } } }]);
  });
});
