// Webhook throughput and latency, in one run:
//   1. a bare fastify HTTPS handler answering a fixed allow (the ceiling on this machine),
//   2. pgwarden's /validate with a realistic PostgresCluster AdmissionReview, at saturation,
//   3. pgwarden at half its saturating rate: p50/p99 latency (target p99 < 10 ms).
// Targets: pgwarden ≥ 0.5× the bare handler. Load goes to 127.0.0.1 only, bounded by BENCH_SECONDS.
// Run: node_modules/.bin/node bench/webhook/run.mjs bench [--workers N] [--connections N] [--seconds N]
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
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '10' },
  },
});
const seconds = Math.min(Number(values.seconds), 60);
const connections = Math.min(Number(values.connections), 128);
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

console.log(`pgwarden webhook bench: node ${process.version}, ${cpus().length} CPUs, ${connections} connections, ${seconds} s per run, body ${body.length} bytes`);

const bare = await startChild(['--mode', 'bare', '--cert', pki.certFile, '--key', pki.keyFile]);
await load(bare.url, { duration: 2 }); // warm-up
const bareResult = await load(bare.url);
await bare.stop();

// The webhook layer alone (an engine that finds nothing), to tell its cost from the rules'.
const layer = await startChild(['--mode', 'pgwarden', '--engine', 'noop', '--cert', pki.certFile, '--key', pki.keyFile, '--workers', values.workers ?? '1']);
await load(layer.url, { duration: 2 });
const layerResult = await load(layer.url);
await layer.stop();

const ours = await startChild(['--mode', 'pgwarden', '--cert', pki.certFile, '--key', pki.keyFile, '--workers', values.workers ?? '1']);
await load(ours.url, { duration: 3 }); // warm-up: JIT, worker warm-up
const saturated = await load(ours.url);
const halfRate = Math.max(1, Math.round(saturated.requests.average / 2));
const half = await load(ours.url, { overallRate: halfRate });
await ours.stop();

const ratio = saturated.requests.average / bareResult.requests.average;
const rows: [string, string, string, string, string][] = [
  ['run', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
  ['bare fastify HTTPS, fixed allow', fmt(bareResult.requests.average), fmt(bareResult.latency.p50, 2), fmt(bareResult.latency.p99, 2), fmt(bareResult.latency.max, 1)],
  [`pgwarden layer only (engine finds nothing)`, fmt(layerResult.requests.average), fmt(layerResult.latency.p50, 2), fmt(layerResult.latency.p99, 2), fmt(layerResult.latency.max, 1)],
  [`pgwarden /validate, saturated (workers=${values.workers})`, fmt(saturated.requests.average), fmt(saturated.latency.p50, 2), fmt(saturated.latency.p99, 2), fmt(saturated.latency.max, 1)],
  [`pgwarden /validate at ${fmt(halfRate)} req/s (half)`, fmt(half.requests.average), fmt(half.latency.p50, 2), fmt(half.latency.p99, 2), fmt(half.latency.max, 1)],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log('');
console.log(`load average while measuring: ${loadavg().map((l) => fmt(l, 1)).join(' ')} (other processes share these CPUs)`);
console.log(`webhook layer / bare: ${fmt(layerResult.requests.average / bareResult.requests.average, 2)}×`);
console.log(`throughput ratio pgwarden / bare: ${fmt(ratio, 2)}× (target ≥ 0.5×) ${ratio >= 0.5 ? 'PASS' : 'FAIL'}`);
console.log(`p99 at half load: ${fmt(half.latency.p99, 2)} ms (target < 10 ms) ${half.latency.p99 < 10 ? 'PASS' : 'FAIL'}`);
