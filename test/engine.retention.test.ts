// A review's objects must die young (issue 13 §5): nothing the engine keeps may hold them past the review. A WeakMap
// keyed by a per-review object looked harmless, but a scavenge keeps a WeakMap value alive even when its key is
// garbage, so each review's input was promoted to the old generation and freed only by a full GC: under load the
// webhook's RSS grew 300 → 390 MB and every scavenge took ~4 ms. Here reviews run back to back and the bytes each
// scavenge moves to the old generation are summed (v8.GCProfiler); V8's gc extension (enabled at run time) only
// starts the measure from a clean heap.
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateChange, evaluateUpdate } from '../src/policies/index.js';
import type { InputObject } from '../src/policies/types.js';
import { pgoV5 } from './webhook/manifests.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'major' | 'minor'; execution?: 'sync' }) => void;

/** A review as the webhook parses it: fresh objects each time, with ~30 kB of payload the engine does not read. */
function freshInputs(withFindings: boolean): InputObject[] {
  const object = pgoV5('hippo', 'payments-prod', withFindings ? { image: 'postgres:latest', replicas: 1 } : {});
  (object.metadata as Record<string, unknown>).annotations = Object.fromEntries(
    Array.from({ length: 256 }, (_, i) => [`example.com/note-${i}`, `value ${i} `.repeat(8)]),
  );
  return [{ object: JSON.parse(JSON.stringify(object)) as unknown }];
}

/**
 * Bytes promoted to the old generation per review, over `reviews` reviews run back to back as a busy webhook runs
 * them: the old-space growth across each scavenge (v8.GCProfiler reports every GC with the heap before and after), so
 * a full GC in between does not hide it.
 */
function promotedPerReview(review: () => unknown, reviews = 4000): number {
  for (let i = 0; i < 200; i++) review(); // warm-up: compiled code, bounded caches
  gc({ type: 'major', execution: 'sync' });
  const profiler = new GCProfiler();
  profiler.start();
  for (let i = 0; i < reviews; i++) review();
  const { statistics } = profiler.stop();
  let promoted = 0;
  for (const entry of statistics) {
    if (entry.gcType !== 'Scavenge') continue;
    const old = (stats: typeof entry.beforeGC) => stats.heapSpaceStatistics.find((space) => space.spaceName === 'old_space')?.spaceUsedSize ?? 0;
    promoted += Math.max(0, old(entry.afterGC) - old(entry.beforeGC));
  }
  return promoted / reviews;
}

// One review's input is about 30 kB (256 annotations the engine does not read): promoting it gave 30 kB per review for
// evaluate() and 70 kB for an UPDATE (two inputs). What is left, under 1 kB, is whatever of the review in flight a
// scavenge happens to meet. A tenth of the input separates the two by far.
const BYTES_PER_REVIEW = 3_000;

describe('per-review retention', () => {
  it('evaluate() keeps nothing of a review past a scavenge', () => {
    let i = 0;
    const perReview = promotedPerReview(() => evaluate(freshInputs(i++ % 2 === 1), { schemaAppliedByApiserver: true }));
    expect(perReview).toBeLessThan(BYTES_PER_REVIEW);
  });

  it('evaluateUpdate() and evaluateChange() keep nothing of a review past a scavenge', () => {
    const perUpdate = promotedPerReview(() => evaluateUpdate(freshInputs(false), freshInputs(true), { schemaAppliedByApiserver: true }));
    expect(perUpdate).toBeLessThan(BYTES_PER_REVIEW);
    const perChange = promotedPerReview(() => evaluateChange(freshInputs(false), freshInputs(true)));
    expect(perChange).toBeLessThan(BYTES_PER_REVIEW);
  });
});
