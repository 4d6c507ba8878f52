// The renderer reading through a SourceFs (lint --base renders a git revision this way): every read goes through it,
// and what only kustomize itself could build (it reads the disk) is left out with a render-incomplete warning.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderCache, render, renderFiles, type SourceFs } from '../../src/render/index.js';

/** A tree held in memory under `/virtual` (nothing of it exists on disk). */
function memoryFs(files: Record<string, string>): SourceFs & { reads: string[] } {
  const root = '/virtual';
  const abs = new Map(Object.entries(files).map(([path, text]) => [join(root, path), text]));
  const isDir = (path: string) => path === root || [...abs.keys()].some((file) => file.startsWith(`${path}/`));
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const reads: string[] = [];
  return {
    reads,
    typeOf: (path) => {
      if (abs.has(path)) return 'file';
      if (isDir(path)) return 'dir';
      throw missing(path);
    },
    readFile: (path) => {
      const text = abs.get(path);
      if (text === undefined) throw missing(path);
      reads.push(path);
      return Buffer.from(text);
    },
    realpath: (path) => {
      if (abs.has(path) || isDir(path)) return path;
      throw missing(path);
    },
  };
}

const cluster = 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg\nspec:\n  instances: 3\n  storage:\n    size: 10Gi\n';

describe('render through a SourceFs', () => {
  it('reads the kustomization, its base and patches from the fs, with origins on its paths', async () => {
    const fs = memoryFs({
      'base/kustomization.yaml': 'resources:\n  - cluster.yaml\n',
      'base/cluster.yaml': cluster,
      'prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../base\npatches:\n  - path: size.yaml\n',
      'prod/size.yaml': 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg\nspec:\n  storage:\n    size: 5Gi\n',
    });
    const result = await render('/virtual/prod', { cache: new RenderCache(fs), repoRoot: '/virtual' });
    expect(result.diagnostics).toEqual([]);
    expect(result.objects).toEqual([expect.objectContaining({ metadata: { name: 'pg', namespace: 'prod' }, spec: { instances: 3, storage: { size: '5Gi' } } })]);
    expect(result.origin(0, '/spec/storage/size')).toMatchObject({ file: '/virtual/prod/size.yaml', line: 7 });
    expect(result.origin(0, '/spec/instances')).toMatchObject({ file: '/virtual/base/cluster.yaml', line: 6 });
    expect(fs.reads.sort()).toEqual(['/virtual/base/cluster.yaml', '/virtual/base/kustomization.yaml', '/virtual/prod/kustomization.yaml', '/virtual/prod/size.yaml']);
  });

  it('loose files too', async () => {
    const fs = memoryFs({ 'loose/cluster.yaml': cluster });
    const result = await renderFiles(['/virtual/loose/cluster.yaml'], { cache: new RenderCache(fs), repoRoot: '/virtual' });
    expect(result.objects).toHaveLength(1);
    expect(fs.reads).toEqual(['/virtual/loose/cluster.yaml']);
  });

  it('never hands such a tree to kustomize (it would read the disk): what only kustomize builds is left out', async () => {
    const fs = memoryFs({
      'app/kustomization.yaml': 'resources:\n  - cluster.yaml\nhelmCharts:\n  - name: pg\n    repo: https://charts.example.com\n    version: 1.0.0\n',
      'app/cluster.yaml': cluster,
    });
    const result = await render('/virtual/app', { cache: new RenderCache(fs), repoRoot: '/virtual' });
    expect(result.objects).toHaveLength(1);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'render-incomplete', message: expect.stringContaining('reads only files on disk') })]);
  });
});
