// images: how kustomize rewrites references (values measured with kubectl kustomize v5.5; re-checked live).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

describe('images', () => {
  it('tags, digests, new names, registries with ports, init containers and custom resources', async () => {
    const root = writeTree({
      'd.yaml': lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: d}',
        'spec:',
        '  template:',
        '    spec:',
        '      initContainers: [{name: i, image: "busybox@sha256:aaaa"}]',
        '      containers:',
        '      - {name: a, image: "nginx:1.0"}',
        '      - {name: b, image: "redis"}',
        '      - {name: c, image: "docker.io/library/pg:16@sha256:bbbb"}',
        '      - {name: d, image: "localhost:5000/app:1"}',
        '---',
        'apiVersion: example.com/v1',
        'kind: Thing',
        'metadata: {name: t}',
        'spec: {deep: {containers: [{name: x, image: "nginx"}]}, image: "nginx"}',
      ),
      'kustomization.yaml': lines(
        'resources: [d.yaml]',
        'images:',
        '- {name: nginx, newTag: "2.0", digest: "sha256:cccc"}',
        '- {name: redis, newName: myredis}',
        '- {name: busybox, newTag: "1.36"}',
        '- {name: docker.io/library/pg, newTag: "17"}',
        '- {name: localhost:5000/app, newName: registry/app}',
      ),
    });
    const r = await render(root, { fallback: false });
    expect(r.diagnostics).toEqual([]);
    const spec = r.objects.find((o) => o.kind === 'Deployment')!.spec as { template: { spec: Record<string, { image: string }[]> } };
    expect(spec.template.spec.initContainers!.map((c) => c.image)).toEqual(['busybox:1.36']);
    expect(spec.template.spec.containers!.map((c) => c.image)).toEqual([
      'nginx:2.0@sha256:cccc',
      'myredis',
      'docker.io/library/pg:17',
      'registry/app:1',
    ]);
    // Any `containers` list is rewritten, also in a custom resource; a bare `image` field is not.
    expect(r.objects.find((o) => o.kind === 'Thing')!.spec).toEqual({ deep: { containers: [{ name: 'x', image: 'nginx:2.0@sha256:cccc' }] }, image: 'nginx' });
    try {
      const live = execFileSync('kubectl', ['kustomize', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      expect(r.objects).toEqual(parseAllDocuments(live).map((d) => d.toJS()));
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e;
    }
  });
});
