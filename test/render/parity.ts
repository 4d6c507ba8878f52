// The differential check (our render() against `kubectl kustomize`) and the provenance spot-check over a set of
// kustomization roots: shared by the fixture tests in `npm test` (test/render) and the corpus suite
// (test/corpus, `npm run test:corpus`, which reads ../shared/corpus).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { RenderCache, render } from '../../src/render/index.js';
import type { RenderOptions, RenderResult } from '../../src/render/types.js';
import { compareObjects, type KubectlResult, kubectlKustomize, kustomizationDirs, mapPool } from './kubectl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const sharedRoot = path.resolve(repoRoot, '../shared');
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
    // kubectl cannot build it here either (a remote base offline): what we render is the rest of the app, and we
    // say so with render-incomplete (issue 10 §3), which is agreement, not a silent success.
    if (result.diagnostics.some((d) => d.code === 'render-incomplete')) return { outcome: { kind: 'both-fail' }, fallback };
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

/**
 * Renders every kustomization under `roots` with render() and with kubectl and asserts parity: same objects, or both
 * fail; a render through the kustomize fallback only for directories listed in unsupported.json. Entries of
 * unsupported.json are checked only when they lie under one of `roots` (the other suite checks the rest).
 */
export async function expectKubectlParity(label: string, roots: string[], minDirs: number): Promise<void> {
  const dirs = roots.flatMap((root) => kustomizationDirs(root));
  expect(dirs.length).toBeGreaterThan(minDirs);
  const rel = (d: string) => (d.startsWith(sharedRoot) ? path.relative(sharedRoot, d) : path.relative(repoRoot, d));
  const relRoots = roots.map((root) => `${rel(root)}/`);
  const unsupported = new Map([...loadUnsupported()].filter(([dir]) => relRoots.some((root) => dir.startsWith(root))));

  const sharedCache = new RenderCache();
  const results = await mapPool(dirs, POOL, async (dir) => {
    const ref = await kubectlKustomize(dir);
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
      `[differential ${label}] parity: ${identicalNative.length} of ${kubectlOk.length} kubectl-rendered dirs identical natively` +
        ` (${viaFallback.length} more identical through the fallback); ` +
        `${bothFail.length} of ${results.length - kubectlOk.length} kubectl failures also fail here`,
      ...(problems.length ? [`[differential ${label}] differing dirs:`, ...problems.map((p) => `  - ${p}`)] : []),
      ...(stale.length ? [`[differential ${label}] listed in unsupported.json but now native and identical (remove them):`, ...stale.map((s) => `  - ${s}`)] : []),
      ...(unknownListed.length ? [`[differential ${label}] unsupported.json names dirs that do not exist:`, ...unknownListed.map((s) => `  - ${s}`)] : []),
    ].join('\n'),
  );
  expect(unknownListed).toEqual([]);
  expect(problems).toEqual([]);
}

function* stringLeaves(v: unknown, at: string): Generator<[string, string]> {
  if (v !== null && typeof v === 'object') {
    for (const [k, c] of Object.entries(v)) yield* stringLeaves(c, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  } else if (typeof v === 'string') {
    yield [at, v];
  }
}

/** A line whose value is a block scalar (`key: |`, `- >-`): the text starts on the next lines. */
const BLOCK_SCALAR = /(^|[:-]\s*)[|>][-+0-9]*\s*(#.*)?$/;

/**
 * Provenance spot-check: for every string leaf of every natively rendered object under `roots` whose origin says it
 * came from a resource or a patch, the line the origin names must hold that value — or the value must be built from
 * it (namePrefix/nameSuffix/hash keep the line where a person edits the name).
 */
export async function expectProvenanceLines(label: string, roots: string[], minChecked: number): Promise<void> {
  const fileLines = new Map<string, string[]>();
  const wrong: string[] = [];
  let checked = 0;
  for (const dir of roots.flatMap((r) => kustomizationDirs(r))) {
    const result = await render(dir, { fallback: false });
    if (result.diagnostics.some((d) => d.severity === 'error')) continue;
    result.objects.forEach((obj, i) => {
      for (const [pointer, value] of stringLeaves(obj, '')) {
        if (value.length < 2 || value.includes('\n')) continue;
        const origin = result.origin(i, pointer);
        if (!origin || (origin.via !== 'resource' && origin.via !== 'patch')) continue;
        let lines = fileLines.get(origin.file);
        if (!lines) {
          lines = readFileSync(origin.file, 'utf8').split('\n');
          fileLines.set(origin.file, lines);
        }
        const line = lines[origin.line - 1] ?? '';
        checked++;
        if (line.includes(value) || BLOCK_SCALAR.test(line.trimEnd())) continue;
        // A `$(VAR)` template filled in by vars: the line holds the template.
        if (line.includes('$(')) continue;
        // Derived names: the value contains the word written on that line (prefix/suffix/hash, vars).
        const words = line.split(/[\s:{},[\]"'=]+/).filter((w) => w.length >= 2);
        if (words.some((w) => value.includes(w) && !['name', 'namespace', 'value', 'kind'].includes(w))) continue;
        wrong.push(`${path.relative(repoRoot, dir)}: ${pointer}=${JSON.stringify(value.slice(0, 40))} → ${origin.file}:${origin.line} (${origin.via}) "${line.trim().slice(0, 70)}"`);
      }
    });
  }
  console.log(`[provenance ${label}] ${checked} string values checked, ${wrong.length} pointing at a line without them`);
  expect(checked).toBeGreaterThan(minChecked);
  expect(wrong.slice(0, 25)).toEqual([]);
}
