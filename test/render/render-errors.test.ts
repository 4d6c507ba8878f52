// Error fixtures: kubectl kustomize fails on each, and our render() must fail too with a diagnostic that names
// the file a person has to edit and the line of the offending entry.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { kubectlAvailable, kubectlKustomize, kustomizationDirs } from './kubectl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../fixtures/render-errors');


/** Per fixture dir: the files (relative to the fixture dir) a diagnostic may name, and the lines it may point at. */
const EXPECTED: Record<string, { files: string[]; lines: [number, number] }> = {
  'missing-file': { files: ['kustomization.yaml'], lines: [3, 3] },
  'cycle/a': { files: ['kustomization.yaml', '../b/kustomization.yaml'], lines: [2, 2] },
  'cycle/b': { files: ['kustomization.yaml', '../a/kustomization.yaml'], lines: [2, 2] },
  'patch-target-none': { files: ['kustomization.yaml'], lines: [4, 10] },
  'json6902-missing-path': { files: ['kustomization.yaml'], lines: [4, 9] },
  'duplicate-ids': { files: ['kustomization.yaml', 'b.yaml'], lines: [1, 3] },
  'invalid-yaml-resource': { files: ['broken.yaml', 'kustomization.yaml'], lines: [2, 7] },
  'invalid-yaml-kustomization': { files: ['kustomization.yaml'], lines: [3, 4] },
  'file-outside-root/app': { files: ['kustomization.yaml'], lines: [3, 3] },
  'generator-merge-without-base': { files: ['kustomization.yaml'], lines: [2, 4] },
  'generator-missing-file': { files: ['kustomization.yaml'], lines: [5, 6] },
  'unknown-kustomization-field': { files: ['kustomization.yaml'], lines: [3, 3] },
  'json6902-add-missing-parent': { files: ['kustomization.yaml'], lines: [4, 8] },
  'replicas-on-custom-resource': { files: ['kustomization.yaml'], lines: [3, 5] },
  // kustomize reads kustomization.yaml as YAML 1.1 into typed Go fields: yes/on are booleans, 3 and 16.10 numbers.
  'kustomization-yaml11-bool-label': { files: ['kustomization.yaml'], lines: [3, 4] },
  'kustomization-number-annotation': { files: ['kustomization.yaml'], lines: [3, 4] },
  'kustomization-number-newtag': { files: ['kustomization.yaml'], lines: [3, 5] },
  'kustomization-yaml11-bool-key': { files: ['kustomization.yaml'], lines: [3, 4] },
};

describe('render errors', () => {
  const dirs = kustomizationDirs(root).map((d) => path.relative(root, d));

  it('has an expectation for every error fixture', () => {
    expect(dirs.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const rel of Object.keys(EXPECTED)) {
    const dir = path.join(root, rel);
    it.skipIf(!kubectlAvailable())(`${rel}: kubectl fails too`, async () => {
      const ref = await kubectlKustomize(dir);
      expect(ref.ok).toBe(false);
    });
    it(`${rel}: our diagnostic names the file and line`, async () => {
      const result = await render(dir, { fallback: false });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length, 'an error diagnostic').toBeGreaterThan(0);
      const want = EXPECTED[rel]!;
      const allowed = want.files.map((f) => path.resolve(dir, f));
      const located = errors.find((d) => d.file !== undefined && allowed.includes(path.resolve(d.file)) && d.line !== undefined);
      expect(located, `one of ${errors.map((d) => `${d.file}:${d.line} ${d.message}`).join(' | ')} at ${want.files.join(' or ')}`).toBeDefined();
      expect(located!.line!).toBeGreaterThanOrEqual(want.lines[0]);
      expect(located!.line!).toBeLessThanOrEqual(want.lines[1]);
      expect(located!.message).toContain(path.basename(located!.file!));
    });
  }

  it('never prints a generated Secret value in a diagnostic', async () => {
    const result = await render(path.join(root, 'generator-missing-file'), { fallback: false });
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/hunter2/);
  });
});
