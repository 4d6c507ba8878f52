// Webhook throughput and latency, in one run:
//   1. a bare fastify HTTPS handler answering a fixed allow (the ceiling on this machine),
//   2. pgwarden's /validate with a realistic PostgresCluster AdmissionReview, at saturation,
//   3. pgwarden at half its saturating rate: p50/p99 latency (target p99 < 10 ms).
// Targets: pgwarden ≥ 0.5× the bare handler. Load goes to 127.0.0.1 only, bounded by BENCH_SECONDS.
// Run: node_modules/.bin/node bench/webhook/run.mjs bench [--workers N] [--connections N] [--seconds N] [--rounds N]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonResult } from 'autocannon';
import { KINDS, makePki, review } from '../../test/webhook/helpers.js';
import { pgoV5 } from '../../test/webhook/manifests.js';
import { fmt, startChild } from './common.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1' },
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '5' },
    rounds: { type: 'string', default: '3' },
  },
});
const seconds = Math.min(Number(values.seconds), 60);
const connections = Math.min(Number(values.connections), 128);
const rounds = Math.min(Math.max(1, Number(values.rounds)), 10);
const pki = makePki();
const body = JSON.stringify(review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod')));

async function load(url: string, extra: { overallRate?: number; duration?: number } = {}): Promise<AutocannonResult> {
  const result = await autocannon({
    url: `${url}/validate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: extra.duration ?? seconds,
    ...(extra.overallRate ? { overallRate: extra.overallRate } : {}),
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} connection errors, ${result.non2xx} non-2xx answers`);
  }
  return result;
}

console.log(
  `pgwarden webhook bench: node ${process.version}, ${cpus().length} CPUs, ${connections} connections, ${rounds} rounds of ${seconds} s per run, body ${body.length} bytes`,
);

// All three servers stay up; the runs interleave round by round so that load from other processes on this machine
// hits each of them alike, and the medians over rounds are reported.
const workers = values.workers ?? '1';
const bare = await startChild(['--mode', 'bare', '--cert', pki.certFile, '--key', pki.keyFile]);
const layer = await startChild(['--mode', 'pgwarden', '--engine', 'noop', '--cert', pki.certFile, '--key', pki.keyFile, '--workers', workers]);
const ours = await startChild(['--mode', 'pgwarden', '--cert', pki.certFile, '--key', pki.keyFile, '--workers', workers]);
for (const server of [bare, layer, ours]) await load(server.url, { duration: 2 }); // warm-up: JIT, TLS, workers

interface Round {
  bare: AutocannonResult;
  layer: AutocannonResult;
  ours: AutocannonResult;
  half: AutocannonResult;
  halfRate: number;
  load: number;
}
const results: Round[] = [];
for (let round = 0; round < rounds; round++) {
  const bareResult = await load(bare.url);
  const layerResult = await load(layer.url);
  const saturated = await load(ours.url);
  const halfRate = Math.max(1, Math.round(saturated.requests.average / 2));
  const half = await load(ours.url, { overallRate: halfRate });
  results.push({ bare: bareResult, layer: layerResult, ours: saturated, half, halfRate, load: loadavg()[0] ?? 0 });
  console.log(
    `round ${round + 1}: bare ${fmt(bareResult.requests.average)} req/s, layer ${fmt(layerResult.requests.average)}, pgwarden ${fmt(saturated.requests.average)} (ratio ${fmt(saturated.requests.average / bareResult.requests.average, 2)}), half load ${fmt(halfRate)} req/s p99 ${fmt(half.latency.p99, 1)} ms; load average ${fmt(loadavg()[0] ?? 0, 1)}`,
  );
}
await Promise.all([bare.stop(), layer.stop(), ours.stop()]);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const med = (pick: (r: Round) => number) => median(results.map(pick));
const ratio = med((r) => r.ours.requests.average / r.bare.requests.average);
const halfP99 = med((r) => r.half.latency.p99);
const rows: [string, string, string, string][] = [
  ['median of rounds', 'req/s', 'p50 ms', 'p99 ms'],
  ['bare fastify HTTPS, fixed allow', fmt(med((r) => r.bare.requests.average)), fmt(med((r) => r.bare.latency.p50), 1), fmt(med((r) => r.bare.latency.p99), 1)],
  ['pgwarden layer only (engine finds nothing)', fmt(med((r) => r.layer.requests.average)), fmt(med((r) => r.layer.latency.p50), 1), fmt(med((r) => r.layer.latency.p99), 1)],
  [`pgwarden /validate, saturated (workers=${workers})`, fmt(med((r) => r.ours.requests.average)), fmt(med((r) => r.ours.latency.p50), 1), fmt(med((r) => r.ours.latency.p99), 1)],
  ['pgwarden /validate at half that rate', fmt(med((r) => r.half.requests.average)), fmt(med((r) => r.half.latency.p50), 1), fmt(halfP99, 1)],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log('');
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log('');
console.log(`load average during the rounds: ${results.map((r) => fmt(r.load, 1)).join(', ')} on ${cpus().length} CPUs (other processes share them)`);
console.log(`webhook layer / bare: ${fmt(med((r) => r.layer.requests.average / r.bare.requests.average), 2)}×`);
console.log(`throughput ratio pgwarden / bare: ${fmt(ratio, 2)}× (target ≥ 0.5×) ${ratio >= 0.5 ? 'PASS' : 'FAIL'}`);
console.log(`p99 at half load: ${fmt(halfP99, 1)} ms (target < 10 ms) ${halfP99 < 10 ? 'PASS' : 'FAIL'}`);
