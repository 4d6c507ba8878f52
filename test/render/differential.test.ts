// Differential test: our render() against `kubectl kustomize` (kustomize v5.5) on every kustomization under
// test/fixtures/render and test/fixtures/render-errors (../shared/corpus: test/corpus/render-differential.test.ts,
// `npm run test:corpus`). Same objects (apiVersion/kind/namespace/name), same order, deep-equal values; every natively
// rendered object's name traces to a file and line. Where kubectl fails, we must fail too. A render through the
// kustomize fallback counts as parity only for directories listed, with a reason, in unsupported.json (features we do
// not implement natively).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { compareObjects, kubectlAvailable, kubectlKustomize } from './kubectl.js';
import { expectKubectlParity } from './parity.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const fixturesRoot = path.join(repoRoot, 'test/fixtures/render');
// Error fixtures too: kubectl rejects each, so a render that succeeds there is a difference.
const errorFixturesRoot = path.join(repoRoot, 'test/fixtures/render-errors');
const haveKubectl = kubectlAvailable();
if (!haveKubectl) console.warn('[differential] kubectl not found: skipping the differential render test');

describe.skipIf(!haveKubectl)('render() vs kubectl kustomize', () => {
  it('renders every fixture kustomization exactly like kubectl', { timeout: 300_000 }, async () => {
    await expectKubectlParity('fixtures', [fixturesRoot, errorFixturesRoot], 40);
  });
});

describe.skipIf(!haveKubectl)('render() with loadRestrictor none vs kubectl --load-restrictor=LoadRestrictionsNone', () => {
  it('renders files outside the kustomization root the way Flux builds them', async () => {
    const dir = path.join(errorFixturesRoot, 'file-outside-root/app');
    const ref = await kubectlKustomize(dir, ['--load-restrictor=LoadRestrictionsNone']);
    expect(ref.ok, ref.error).toBe(true);
    const ours = await render(dir, { loadRestrictor: 'none', fallback: false });
    expect(ours.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compareObjects(ours.objects, ref.objects)).toBeUndefined();
  });
});
