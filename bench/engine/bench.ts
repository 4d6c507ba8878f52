// Engine cost per manifest over the whole shared corpus: buildModel alone and buildModel + evaluate (all rules),
// both per source repository (CLI: one input per repo) and one object at a time (webhook: one AdmissionReview).
// YAML parsing is done once up front and excluded; the figure is CPU time per manifest. Run: `npm run bench:engine`
// (bundles with esbuild, then node 24); side by side with an earlier commit: bench/engine/compare.mjs.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildModel } from '../../src/policies/adapters/index.js';
import { evaluate } from '../../src/policies/engine.js';
import type { Flavour } from '../../src/policies/model.js';
import type { InputObject } from '../../src/policies/types.js';
import { corpusRoot, loadCorpus } from './corpus.js';

// The bundle runs from node_modules/.cache, so the repository is the working directory npm runs scripts in.
const repoRoot = path.resolve(process.env.PGWARDEN_REPO ?? process.cwd());
const minMillis = Number(process.env.BENCH_MS ?? 3000);
// BENCH_ONLY=<regex>: measure only the lines whose label matches (to profile one of them with --cpu-prof).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;

const corpus = loadCorpus(corpusRoot(repoRoot));
const groups = corpus.groups.map((group) => group.inputs);
const singles: InputObject[][] = groups.flat().map((input) => [input]);
const manifests = corpus.documents;

/**
 * Repeats `run` for `minMillis` of wall time (after one warm-up pass); returns CPU ms per manifest (the figure: on a
 * shared machine, wall time counts the other processes' turns too) and wall ms per manifest. CPU time is read once at
 * each end: getrusage per pass costs more than a small pass.
 */
function measure(run: () => void): { msPerManifest: number; wallMsPerManifest: number; passes: number } {
  run();
  let passes = 0;
  const startCpu = process.cpuUsage();
  const startWall = performance.now();
  let wallMillis = 0;
  while (wallMillis < minMillis || passes < 3) {
    run();
    passes++;
    wallMillis = performance.now() - startWall;
  }
  const used = process.cpuUsage(startCpu);
  const cpuMillis = (used.user + used.system) / 1000;
  return { msPerManifest: cpuMillis / (passes * manifests), wallMsPerManifest: wallMillis / (passes * manifests), passes };
}

function line(label: string, run: () => void): void {
  if (only && !only.test(label)) return;
  const result = measure(run);
  console.log(
    `${label.padEnd(44)} ${result.msPerManifest.toFixed(4)} ms/manifest  ${Math.round(1000 / result.msPerManifest).toLocaleString('en')} manifests/s of CPU  (wall ${result.wallMsPerManifest.toFixed(4)} ms, ${result.passes} passes)`,
  );
}

const clusters: Record<Flavour, number> = { 'pgo-v4': 0, 'pgo-v5': 0, zalando: 0, cnpg: 0, statefulset: 0 };
let problems = 0;
for (const inputs of groups) {
  const model = buildModel(inputs);
  for (const cluster of model.clusters) clusters[cluster.flavour]++;
  problems += model.problems.length;
}
const findings: Record<string, number> = {};
for (const inputs of groups) for (const finding of evaluate(inputs)) findings[finding.ruleId] = (findings[finding.ruleId] ?? 0) + 1;

console.log(`corpus: ${corpus.files} files, ${manifests} documents (${corpus.parseFailures.length} files failed to parse), ${groups.length} source repos`);
console.log(`clusters: ${Object.entries(clusters).map(([flavour, count]) => `${flavour} ${count}`).join(', ')}; model problems ${problems}`);
console.log(`findings (recommended policy): ${Object.entries(findings).sort().map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
console.log(`node ${process.version}, ${minMillis} ms per measurement`);
line('buildModel, one input per repo', () => {
  for (const inputs of groups) buildModel(inputs);
});
line('buildModel + evaluate, one input per repo', () => {
  for (const inputs of groups) evaluate(inputs);
});
line('buildModel, one object at a time', () => {
  for (const inputs of singles) buildModel(inputs);
});
line('buildModel + evaluate, one object at a time', () => {
  for (const inputs of singles) evaluate(inputs);
});
