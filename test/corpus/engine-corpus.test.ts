// The whole shared corpus through buildModel (zero exceptions) and evaluate (findings snapshot, reviewed line by line).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, corpusRoot, loadCorpus } from '../../bench/engine/corpus.js';
import { buildModel } from '../../src/policies/adapters/index.js';
import { evaluate } from '../../src/policies/engine.js';
import type { Flavour, Model } from '../../src/policies/model.js';
import type { InputObject } from '../../src/policies/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let corpus: Corpus;
let models: { dir: string; model: Model }[];

beforeAll(() => {
  corpus = loadCorpus(corpusRoot(repoRoot));
  models = corpus.groups.map((group) => ({ dir: group.dir, model: buildModel(group.inputs) }));
});

describe('corpus', () => {
  it('reads every document without an exception and finds clusters of every flavour', () => {
    expect(corpus.documents).toBeGreaterThan(900);
    const perFlavour: Record<Flavour, number> = { 'pgo-v4': 0, 'pgo-v5': 0, zalando: 0, cnpg: 0, statefulset: 0 };
    for (const { model } of models) for (const cluster of model.clusters) perFlavour[cluster.flavour]++;
    const counts = {
      files: corpus.files,
      documents: corpus.documents,
      parseFailures: corpus.parseFailures.length,
      groups: corpus.groups.length,
      clusters: perFlavour,
      secrets: models.reduce((n, { model }) => n + model.secrets.length, 0),
      problems: models.reduce((n, { model }) => n + model.problems.length, 0),
    };
    expect(counts).toMatchSnapshot();
    // Internal errors would show up as problems mentioning them.
    expect(models.flatMap(({ model }) => model.problems).filter((problem) => problem.message.includes('internal error'))).toEqual([]);
  });

  it('every cluster is well-formed: pointers, counts, images', () => {
    for (const { model } of models) {
      for (const cluster of model.clusters) {
        // No instance set only when the manifest lacks them, and then a problem says so.
        if (cluster.instanceSets.length === 0) {
          expect(model.problems.some((problem) => problem.objectIndex === cluster.objectIndex && /instances/.test(problem.message))).toBe(true);
        }
        for (const set of cluster.instanceSets) expect(set.path.startsWith('/') || set.path === '').toBe(true);
        expect(cluster.images.some((image) => image.role === 'postgres')).toBe(true);
      }
    }
  });

  it('findings over the corpus match the reviewed snapshot', async () => {
    const lines: string[] = [];
    let kuttlSteps = 0;
    for (const group of corpus.groups) {
      const steps = kuttlStepObjects(group.inputs);
      kuttlSteps += steps.size;
      for (const finding of evaluate(group.inputs)) {
        if (steps.has(finding.objectIndex)) continue;
        const input = group.inputs[finding.objectIndex];
        const resource = `${finding.resource.kind}/${finding.resource.namespace ? `${finding.resource.namespace}/` : ''}${finding.resource.name}`;
        lines.push([input?.file ?? group.dir, resource, finding.ruleId, finding.severity, finding.path || '/', finding.message].join(' | '));
      }
    }
    expect(kuttlSteps).toMatchSnapshot('kuttl assertion and update objects left out of the findings');
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/corpus.findings.txt');
  });
});

/**
 * kuttl e2e tests (CrunchyData testing/kuttl) are not manifests: `*-assert`/`*-errors`/`*-checks` files are partial objects
 * kuttl compares against the live state, and a later step's object with the name of an earlier one is merged into it
 * (kuttl applies updates as patches). Both are partial by design; judging them as whole manifests would only report
 * missing fields. Their objects still go through buildModel (the no-exception check above).
 */
function kuttlStepObjects(inputs: readonly InputObject[]): Set<number> {
  const skipped = new Set<number>();
  const created = new Map<string, Set<string>>();
  const order = inputs
    .map((input, index) => ({ input, index }))
    .filter(({ input }) => input.file?.includes('/testing/kuttl/'))
    .sort((a, b) => (a.input.file ?? '').localeCompare(b.input.file ?? '', 'en', { numeric: true }));
  for (const { input, index } of order) {
    const file = input.file ?? '';
    const testDir = /^(.*\/testing\/kuttl\/[^/]+\/[^/]+)\//.exec(file)?.[1] ?? file;
    if (/(assert|errors|check)[^/]*$/.test(path.basename(file)) || /-(created|deleted|paused|resumed)\.ya?ml$/.test(file)) {
      skipped.add(index);
      continue;
    }
    const object = input.object as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
    const key = `${String(object?.kind)}/${String(object?.metadata?.namespace ?? '')}/${String(object?.metadata?.name)}`;
    const seen = created.get(testDir) ?? new Set<string>();
    created.set(testDir, seen);
    if (seen.has(key)) skipped.add(index);
    seen.add(key);
  }
  return skipped;
}
