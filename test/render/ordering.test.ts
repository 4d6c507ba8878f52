// Output order: kustomize's legacy kind order by default, sortOptions fifo and custom legacy lists.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { lines, writeTree } from './tree.js';

const RES = lines(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: b}',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: a}',
  '---',
  'apiVersion: admissionregistration.k8s.io/v1',
  'kind: ValidatingWebhookConfiguration',
  'metadata: {name: w}',
  '---',
  'apiVersion: example.com/v1',
  'kind: Widget',
  'metadata: {name: z}',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: a}',
  '---',
  'apiVersion: v1',
  'kind: Namespace',
  'metadata: {name: n}',
);

async function kinds(kustomization: string): Promise<string[]> {
  const root = writeTree({ 'r.yaml': RES, 'kustomization.yaml': kustomization });
  const r = await render(root, { fallback: false });
  expect(r.diagnostics).toEqual([]);
  return r.objects.map((o) => `${String(o.kind)}/${String((o.metadata as { name: string }).name)}`);
}

describe('output order', () => {
  it('legacy by default: Namespace first, webhooks last, unknown kinds between, then by name', async () => {
    expect(await kinds('resources: [r.yaml]\n')).toEqual([
      'Namespace/n',
      'ConfigMap/a',
      'ConfigMap/b',
      'Deployment/a',
      'Widget/z',
      'ValidatingWebhookConfiguration/w',
    ]);
  });

  it('sortOptions fifo keeps input order; legacySortOptions replaces the kind lists', async () => {
    expect(await kinds('resources: [r.yaml]\nsortOptions: {order: fifo}\n')).toEqual([
      'ConfigMap/b',
      'Deployment/a',
      'ValidatingWebhookConfiguration/w',
      'Widget/z',
      'ConfigMap/a',
      'Namespace/n',
    ]);
    expect(
      await kinds('resources: [r.yaml]\nsortOptions:\n  order: legacy\n  legacySortOptions: {orderFirst: [Widget], orderLast: [Namespace]}\n'),
    ).toEqual([
      // Kinds outside the lists sort by group_version_kind (measured with kubectl kustomize).
      'Widget/z',
      'ValidatingWebhookConfiguration/w',
      'Deployment/a',
      'ConfigMap/a',
      'ConfigMap/b',
      'Namespace/n',
    ]);
  });
});
