// Differential test: our render() against `kubectl kustomize` (kustomize v5.5) on every kustomization under
// ../shared/corpus, test/fixtures/render and test/fixtures/render-errors. Same objects (apiVersion/kind/namespace/
// name), same order, deep-equal values; every natively rendered object's name traces to a file and line. Where kubectl fails, we must fail too. A render through the kustomize fallback counts as parity only for
// directories listed, with a reason, in unsupported.json (features we do not implement natively).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RenderOptions, RenderResult } from '../../src/render/types.js';
import { compareObjects, type KubectlResult, kubectlAvailable, kubectlKustomize, kustomizationDirs, mapPool } from './kubectl.js';
import { RenderCache, render } from '../../src/render/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const sharedRoot = path.resolve(repoRoot, '../shared');
const corpusRoot = path.join(sharedRoot, 'corpus');
const fixturesRoot = path.join(repoRoot, 'test/fixtures/render');
// Error fixtures too: kubectl rejects each, so a render that succeeds there is a difference.
const errorFixturesRoot = path.join(repoRoot, 'test/fixtures/render-errors');
const POOL = 2;

type RenderFn = (dir: string, opts?: RenderOptions) => Promise<RenderResult>;

interface UnsupportedEntry {
  dir: string;
  reason: string;
}

function loadUnsupported(): Map<string, string> {
  const file = path.join(here, 'unsupported.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as UnsupportedEntry[];
  return new Map(list.map((e) => [e.dir, e.reason]));
}

type Outcome =
  | { kind: 'identical' }
  | { kind: 'fallback-identical' }
  | { kind: 'both-fail' }
  | { kind: 'differs'; detail: string };

function usedFallback(result: RenderResult): boolean {
  return result.objects.some((_, i) => result.origin(i, '')?.via === 'fallback');
}

async function classify(
  dir: string,
  render: RenderFn,
  ref: KubectlResult,
  sharedCache: unknown,
): Promise<{ outcome: Outcome; fallback: boolean }> {
  const result = await render(dir);
  // The CLI shares one cache across a whole run: a render through it must not differ from a fresh one
  // (catches parse trees mutated in the cache by an earlier app's patches or transformers).
  const viaShared = await render(dir, { cache: sharedCache });
  const cacheDiff = compareObjects(viaShared.objects, result.objects);
  if (cacheDiff || viaShared.diagnostics.length !== result.diagnostics.length) {
    return { outcome: { kind: 'differs', detail: `render with the shared RenderCache differs from a fresh one: ${cacheDiff ?? 'diagnostics differ'}` }, fallback: false };
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const fallback = usedFallback(result);
  if (!ref.ok) {
    if (errors.length > 0) return { outcome: { kind: 'both-fail' }, fallback };
    return { outcome: { kind: 'differs', detail: `kubectl fails (${ref.error ?? ''}) but we render ${result.objects.length} objects` }, fallback };
  }
  if (errors.length > 0) {
    return { outcome: { kind: 'differs', detail: `we fail: ${errors[0]!.message.slice(0, 300)}` }, fallback };
  }
  const d = compareObjects(result.objects, ref.objects);
  if (d) return { outcome: { kind: 'differs', detail: d }, fallback };
  if (!fallback) {
    // Provenance is the point of rendering ourselves: the name of every object must trace to a real line.
    for (let i = 0; i < result.objects.length; i++) {
      const o = result.origin(i, '/metadata/name');
      if (!o || o.line < 1 || !existsSync(o.file)) {
        return { outcome: { kind: 'differs', detail: `object ${i} /metadata/name has no origin line (${JSON.stringify(o)})` }, fallback };
      }
    }
  }
  return { outcome: { kind: fallback ? 'fallback-identical' : 'identical' }, fallback };
}

const kubectlCache = new Map<string, Promise<KubectlResult>>();
function kubectlCached(dir: string): Promise<KubectlResult> {
  let p = kubectlCache.get(dir);
  if (!p) {
    p = kubectlKustomize(dir);
    kubectlCache.set(dir, p);
  }
  return p;
}

const haveKubectl = kubectlAvailable();
if (!haveKubectl) console.warn('[differential] kubectl not found: skipping the differential render test');

describe.skipIf(!haveKubectl)('render() vs kubectl kustomize', () => {
  it('renders every corpus and fixture kustomization exactly like kubectl', { timeout: 900_000 }, async () => {
    const dirs = [...kustomizationDirs(corpusRoot), ...kustomizationDirs(fixturesRoot), ...kustomizationDirs(errorFixturesRoot)];
    expect(dirs.length).toBeGreaterThan(40);
    const unsupported = loadUnsupported();
    const rel = (d: string) => (d.startsWith(sharedRoot) ? path.relative(sharedRoot, d) : path.relative(repoRoot, d));

    const sharedCache = new RenderCache();
    const results = await mapPool(dirs, POOL, async (dir) => {
      const ref = await kubectlCached(dir);
      return { dir: rel(dir), ref, ...(await classify(dir, render, ref, sharedCache)) };
    });

    const kubectlOk = results.filter((r) => r.ref.ok);
    const identicalNative = kubectlOk.filter((r) => r.outcome.kind === 'identical');
    const viaFallback = kubectlOk.filter((r) => r.outcome.kind === 'fallback-identical');
    const bothFail = results.filter((r) => r.outcome.kind === 'both-fail');
    const problems: string[] = [];
    for (const r of results) {
      if (r.outcome.kind === 'differs') {
        problems.push(`${r.dir}${unsupported.has(r.dir) ? ' [listed as unsupported]' : ''}: ${r.outcome.detail}`);
      } else if (r.outcome.kind === 'fallback-identical' && !unsupported.has(r.dir)) {
        problems.push(`${r.dir}: rendered through the kustomize fallback but not listed in unsupported.json`);
      }
    }
    const stale = [...unsupported.keys()].filter((d) => results.some((r) => r.dir === d && r.outcome.kind === 'identical'));
    const unknownListed = [...unsupported.keys()].filter((d) => !results.some((r) => r.dir === d));

    console.log(
      [
        `[differential] parity: ${identicalNative.length} of ${kubectlOk.length} kubectl-rendered dirs identical natively` +
          ` (${viaFallback.length} more identical through the fallback); ` +
          `${bothFail.length} of ${results.length - kubectlOk.length} kubectl failures also fail here`,
        ...(problems.length ? ['[differential] differing dirs:', ...problems.map((p) => `  - ${p}`)] : []),
        ...(stale.length ? ['[differential] listed in unsupported.json but now native and identical (remove them):', ...stale.map((s) => `  - ${s}`)] : []),
        ...(unknownListed.length ? ['[differential] unsupported.json names dirs that do not exist:', ...unknownListed.map((s) => `  - ${s}`)] : []),
      ].join('\n'),
    );
    expect(unknownListed).toEqual([]);
    expect(problems).toEqual([]);
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
