// Engine cost per manifest, this tree against a git ref, side by side: this tree's driver (bench/engine/bench.ts, CPU
// time per manifest) is bundled once with this tree's engine and once with the ref's (checked out in a temporary
// worktree; the driver calls only buildModel and evaluate, whose signatures have not changed), then both run alternately
// in fresh processes for several rounds over the same corpus; the medians per line are printed with their ratio.
// Run: `node_modules/.bin/node bench/engine/compare.mjs [--ref 099c5ab] [--rounds 5] [--ms 1500]`.
// `--driver review.ts`: the per-admission-review driver (review.ts, µs per review, webhook payloads) instead of the
// corpus one; it needs test/webhook's helpers and manifests, and src/webhook's Judge, on both sides.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    ref: { type: 'string', default: '099c5ab' },
    rounds: { type: 'string', default: '5' },
    ms: { type: 'string', default: '1500' },
    driver: { type: 'string', default: 'bench.ts' },
  },
});
const repoRoot = process.cwd();
const rounds = Number(values.rounds);
const ref = execFileSync('git', ['rev-parse', '--short', `${values.ref}^{commit}`], { cwd: repoRoot, encoding: 'utf8' }).trim();
const refTree = path.join(os.tmpdir(), `pgwarden-bench-${ref}`);
if (!existsSync(refTree)) execFileSync('git', ['worktree', 'add', '--detach', refTree, ref], { cwd: repoRoot, stdio: 'ignore' });
// The same driver on both sides: only the engine under it differs.
const driver = path.basename(values.driver);
const unit = driver === 'review.ts' ? 'µs/review' : 'ms/manifest';
for (const file of [driver, 'corpus.ts']) copyFileSync(path.join(repoRoot, 'bench/engine', file), path.join(refTree, 'bench/engine', file));

const cache = path.join(repoRoot, 'node_modules/.cache/pgwarden');
mkdirSync(cache, { recursive: true });
const esbuild = path.join(repoRoot, 'node_modules/.bin/esbuild');
/** Bundles one tree's bench next to this tree's node_modules, so both resolve the same packages. */
function bundle(tree, name) {
  const outfile = path.join(cache, `bench-engine-${path.basename(driver, '.ts')}-${name}.mjs`);
  execFileSync(esbuild, [path.join(tree, 'bench/engine', driver), '--bundle', '--platform=node', '--format=esm', '--packages=external', '--log-level=warning', `--outfile=${outfile}`], { cwd: repoRoot, stdio: 'inherit' });
  return outfile;
}
const sides = [
  { name: 'this tree', file: bundle(repoRoot, 'head') },
  { name: ref, file: bundle(refTree, ref) },
];

/** label → side name → ms/manifest per round */
const samples = new Map();
let header = '';
for (let round = 0; round < rounds; round++) {
  // Alternate which side goes first, so neither always meets the other's leftover load.
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const side of order) {
    const output = execFileSync(process.execPath, [side.file], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, BENCH_MS: values.ms, PGWARDEN_REPO: repoRoot } });
    if (!header) header = output.split('\n').find((l) => l.startsWith('corpus:') || l.startsWith('engine per admission review:')) ?? '';
    const record = (label, value) => {
      if (!samples.has(label)) samples.set(label, new Map());
      const bySide = samples.get(label);
      if (!bySide.has(side.name)) bySide.set(side.name, []);
      bySide.get(side.name).push(value);
    };
    for (const match of output.matchAll(/^(.+?)\s+([\d.]+) (ms\/manifest|µs\/review)(?:\s+buildModel\s+([\d.]+) µs)?/gm)) {
      record(match[1].trim(), Number(match[2]));
      if (match[4] !== undefined) record(`${match[1].trim()}, buildModel alone`, Number(match[4]));
    }
  }
  process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(header);
console.log(`${rounds} rounds alternating, ${values.ms} ms per measurement, node ${process.version}; medians in ${unit}`);
console.log(`${''.padEnd(44)} ${'this tree'.padStart(10)} ${ref.padStart(10)}  ratio   (best of each: this tree, ${ref}, ratio)`);
for (const [label, bySide] of samples) {
  const heads = bySide.get('this tree') ?? [];
  const olds = bySide.get(ref) ?? [];
  const head = median(heads);
  const old = median(olds);
  const bestHead = Math.min(...heads);
  const bestOld = Math.min(...olds);
  console.log(
    `${label.padEnd(44)} ${head.toFixed(4).padStart(10)} ${old.toFixed(4).padStart(10)}  ${(head / old).toFixed(2)}×   (${bestHead.toFixed(4)}, ${bestOld.toFixed(4)}, ${(bestHead / bestOld).toFixed(2)}×)`,
  );
}
if (process.env.COMPARE_SAMPLES) for (const [label, bySide] of samples) console.log(label, JSON.stringify(Object.fromEntries(bySide)));
