// Unsupported features go through kustomize itself (kubectl kustomize here), once per app with a warning;
// provenance is then the object's origin file.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrapError } from '../../src/render/fallback.js';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

function haveKubectl(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// `openapi:` (a schema other than the built-in one for strategic-merge keys) is what still goes to kustomize.
const tree = () =>
  writeTree({
    'cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: second}'),
    'kustomization.yaml': lines('resources: [cm.yaml]', 'openapi: {version: v1.21.2}', 'commonLabels: {team: dba}'),
  });

// A KRM function (not a built-in plugin config): kustomize would run a container for it.
const krmTree = () =>
  writeTree({
    'cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: second}'),
    't.yaml': lines(
      'apiVersion: example.com/v1',
      'kind: SetTeam',
      'metadata:',
      '  name: team',
      '  annotations:',
      '    config.kubernetes.io/function: |',
      '      container: {image: example.com/set-team:v1}',
      'team: dba',
    ),
    'kustomization.yaml': lines('resources: [cm.yaml]', 'transformers: [t.yaml]'),
  });

describe('fallback to kustomize', () => {
  it.skipIf(!haveKubectl())('renders through kubectl with one warning, provenance reduced to the origin file', async () => {
    const root = tree();
    const r = await render(root);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', file: path.join(root, 'kustomization.yaml'), line: 2 });
    expect(r.objects.map((o) => (o.metadata as { labels: unknown }).labels)).toEqual([{ team: 'dba' }, { team: 'dba' }]);
    // The origin annotation kustomize adds for us is not part of the output: the app did not ask for it.
    expect(r.objects.every((o) => (o.metadata as { annotations?: unknown }).annotations === undefined)).toBe(true);
    const second = r.objects.findIndex((o) => (o.metadata as { name: string }).name === 'second');
    const o = r.origin(second, '/metadata/labels/team');
    expect(o).toMatchObject({ file: path.join(root, 'cm.yaml'), line: 5, via: 'fallback', docIndex: 1 });
  });

  it('with fallback disabled, the app renders without the KRM function, with one render-incomplete warning naming it', async () => {
    const root = krmTree();
    const r = await render(root, { fallback: false });
    expect(r.objects.map((o) => (o.metadata as { name: string }).name)).toEqual(['first', 'second']);
    // What the transformer would have added is absent, not guessed.
    expect(r.objects.every((o) => (o.metadata as { labels?: unknown }).labels === undefined)).toBe(true);
    expect(r.diagnostics).toMatchObject([
      { severity: 'warning', code: 'render-incomplete', line: 2, file: path.join(root, 'kustomization.yaml') },
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^rendered without transformer t\.yaml \(KRM function or plugin\) \(kustomization\.yaml:2\): the kustomize fallback is off/);
  });

  it('a remote base leaves out only what it supplies; a patch for an object it would have supplied is a note', async () => {
    const root = writeTree({
      'local.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: local}', 'data: {a: "1"}'),
      'patch.yaml': lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: from-remote}', 'spec: {replicas: 3}'),
      'kustomization.yaml': lines(
        'resources:',
        '- https://github.com/example/repo//base?ref=v1',
        '- local.yaml',
        'namePrefix: p-',
        'patchesStrategicMerge: [patch.yaml]',
      ),
    });
    const r = await render(root, { fallback: false });
    expect(r.objects).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'p-local' }, data: { a: '1' } }]);
    expect(r.diagnostics.map((d) => [d.severity, d.code ?? '', d.line])).toEqual([
      ['warning', 'render-incomplete', 2],
      ['info', '', 1],
    ]);
    expect(r.diagnostics[0]!.message).toContain('remote resource https://github.com/example/repo//base?ref=v1 (kustomization.yaml:2)');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a helmCharts entry without helm is left out by name; a local error is still the app’s error', async () => {
    const root = writeTree({
      'kustomization.yaml': lines('helmCharts:', '- name: postgres', '  repo: https://charts.example.com', 'resources: [missing.yaml]'),
    });
    const r = await render(root, { fallback: false });
    expect(r.objects).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toMatch(/missing\.yaml/);
  });

  it.skipIf(!haveKubectl())('keeps the build annotations the app asks for, with paths relative to the app as kustomize writes them', async () => {
    const root = writeTree({
      'base/cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}'),
      'base/kustomization.yaml': lines('resources: [cm.yaml]'),
      'app/kustomization.yaml': lines(
        'resources: [../base]',
        'openapi: {version: v1.21.2}',
        'namePrefix: p-',
        'buildMetadata: [originAnnotations, transformerAnnotations]',
      ),
    });
    const r = await render(path.join(root, 'app'));
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(r.objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'p-first',
          annotations: {
            'config.kubernetes.io/origin': 'path: ../base/cm.yaml\n',
            'alpha.config.kubernetes.io/transformations':
              '- configuredIn: kustomization.yaml\n  configuredBy:\n    apiVersion: builtin\n    kind: PrefixTransformer\n',
          },
        },
      },
    ]);
    // Provenance still comes from the origin, not from the annotation's text.
    expect(r.origin(0, '/metadata/name')).toMatchObject({ file: path.join(root, 'base', 'cm.yaml'), via: 'fallback' });
  });

  it.skipIf(!haveKubectl())('an error from kustomize names the app as the user wrote it, not the wrapper around it', async () => {
    const root = writeTree({
      'app/kustomization.yaml': lines('resources: [missing.yaml]', 'openapi: {version: v1.21.2}'),
    });
    const app = path.join(root, 'app');
    const r = await render(app);
    // The unsupported field, then kustomize's own rejection.
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[1]!.message).toContain(`${app}: kubectl failed: accumulating resources: accumulation err='accumulating resources from 'missing.yaml'`);
    expect(errors[1]!.message).not.toMatch(/recursed accumulation|<wrapper>|\.\.\//);
  });
});

describe('unwrapError', () => {
  it('cuts the wrapper layer of a kustomize error, or names the directory where the wrapper path appears', () => {
    const wrapped =
      "accumulating resources: accumulation err='accumulating resources from '../../srv/app': '/srv/app' must resolve to a file': " +
      "recursed accumulation of path '/srv/app': evalsymlink failure on '/srv/app/x.yaml'";
    expect(unwrapError(wrapped, '/srv/app', '../../srv/app')).toBe("evalsymlink failure on '/srv/app/x.yaml'");
    expect(unwrapError("couldn't make target for path '../../srv/app'", '/srv/app', '../../srv/app')).toBe(
      "couldn't make target for path '/srv/app'",
    );
  });
});
