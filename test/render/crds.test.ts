// `crds:` natively (kustomize v5.5.0 api/internal/accumulator/loadconfigfromcrds.go). The expected objects are what
// kubectl kustomize v5.5 printed for this tree, so this runs without kubectl.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

const crd = (dbSpec: Record<string, unknown>) =>
  JSON.stringify({
    'example.com/v1.Db': {
      Schema: {
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { $ref: 'meta.ObjectMeta' },
          spec: { $ref: 'example.com/v1.DbSpec' },
        },
      },
    },
    'example.com/v1.DbSpec': { Schema: { properties: dbSpec } },
  });

const resources = lines(
  'apiVersion: v1',
  'kind: Secret',
  'metadata: {name: creds}',
  '---',
  'apiVersion: example.com/v1',
  'kind: Db',
  'metadata: {name: db}',
  'spec:',
  '  credentials: {secretName: creds}',
  '  selector: {app: db}',
  '  notes: {}',
);

describe('crds', () => {
  it('object references, label selectors and annotations marked in the OpenAPI definitions are followed', async () => {
    const root = writeTree({
      'crd.json': crd({
        credentials: { 'x-kubernetes-object-ref-api-version': 'v1', 'x-kubernetes-object-ref-kind': 'Secret', 'x-kubernetes-object-ref-name-key': 'secretName' },
        selector: { 'x-kubernetes-label-selector': '' },
        notes: { 'x-kubernetes-annotation': '' },
      }),
      'r.yaml': resources,
      'kustomization.yaml': lines('crds: [crd.json]', 'resources: [r.yaml]', 'namePrefix: p-', 'commonLabels: {team: dba}', 'commonAnnotations: {owner: me}'),
    });
    const r = await render(root);
    expect(r.diagnostics).toEqual([]);
    const meta = (name: string) => ({ name, annotations: { owner: 'me' }, labels: { team: 'dba' } });
    expect(r.objects).toEqual([
      { apiVersion: 'v1', kind: 'Secret', metadata: meta('p-creds') },
      {
        apiVersion: 'example.com/v1',
        kind: 'Db',
        metadata: meta('p-db'),
        spec: { credentials: { secretName: 'p-creds' }, selector: { app: 'db', team: 'dba' }, notes: { owner: 'me' } },
      },
    ]);
  });

  it('a $ref cycle is an error at the entry, not a hang', async () => {
    const root = writeTree({
      'crd.json': JSON.stringify({
        'example.com/v1.Db': { Schema: { properties: { apiVersion: {}, kind: {}, metadata: {}, spec: { $ref: 'example.com/v1.Loop' } } } },
        'example.com/v1.Loop': { Schema: { properties: { next: { $ref: 'example.com/v1.Loop' } } } },
      }),
      'r.yaml': resources,
      'kustomization.yaml': lines('resources: [r.yaml]', 'crds: [crd.json]'),
    });
    const r = await render(root);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', line: 2 }]);
    expect(r.diagnostics[0]!.message).toContain('nested deeper than 32 levels');
  });
});
