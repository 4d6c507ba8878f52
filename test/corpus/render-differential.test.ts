// Differential test over the real GitOps layouts in ../shared/corpus: our render() against `kubectl kustomize`
// (kustomize v5.5), same objects in the same order, or both fail (the fixtures: test/render/differential.test.ts).
import path from 'node:path';
import { describe, it } from 'vitest';
import { kubectlAvailable } from '../render/kubectl.js';
import { expectKubectlParity, expectProvenanceLines } from '../render/parity.js';
import { sharedRoot } from './helpers.js';

const corpusRoot = path.join(sharedRoot, 'corpus');

describe.skipIf(!kubectlAvailable())('render() vs kubectl kustomize on the corpus', () => {
  it('renders every corpus kustomization exactly like kubectl', { timeout: 900_000 }, async () => {
    await expectKubectlParity('corpus', [corpusRoot], 20);
  });
});

describe('render() provenance on the corpus', () => {
  it('points every resource/patch string value at a line that holds it', { timeout: 300_000 }, async () => {
    await expectProvenanceLines('corpus', [corpusRoot], 1000);
  });
});
