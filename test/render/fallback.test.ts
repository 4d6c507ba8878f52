// Unsupported features go through kustomize itself (kubectl kustomize here), once per app with a warning;
// provenance is then the object's origin file.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

const tree = () =>
  writeTree({
    'cm.yaml': lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: second}'),
    't.yaml': lines(
      'apiVersion: builtin',
      'kind: LabelTransformer',
      'metadata: {name: team}',
      'labels: {team: dba}',
      'fieldSpecs: [{path: metadata/labels, create: true}]',
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
    // The origin annotation kustomize adds for us is not part of the output.
    expect(r.objects.every((o) => (o.metadata as { annotations?: unknown }).annotations === undefined)).toBe(true);
    const second = r.objects.findIndex((o) => (o.metadata as { name: string }).name === 'second');
    const o = r.origin(second, '/metadata/labels/team');
    expect(o).toMatchObject({ file: path.join(root, 'cm.yaml'), line: 5, via: 'fallback', docIndex: 1 });
  });

  it('with fallback disabled, an unsupported field is an error naming its line', async () => {
    const root = tree();
    const r = await render(root, { fallback: false });
    expect(r.objects).toEqual([]);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', line: 2, file: path.join(root, 'kustomization.yaml') }]);
    expect(r.diagnostics[0]!.message).toMatch(/`transformers` is not supported/);
  });

  it('remote resources are unsupported too (no network): never a silent partial render', async () => {
    const root = writeTree({ 'kustomization.yaml': 'resources:\n- https://github.com/example/repo//base?ref=v1\n' });
    const r = await render(root, { fallback: false });
    expect(r.objects).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
  });
});
