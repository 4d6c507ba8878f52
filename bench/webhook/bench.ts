// Webhook throughput, latency and CPU per request, side by side in one run, client on CPU 0 and servers on CPU 1:
//   1. a bare fastify HTTPS handler answering a fixed allow (the ceiling on this machine),
//   2. pgwarden's webhook layer with an engine that finds nothing,
//   3. pgwarden /validate with its shipped defaults, a clean PostgresCluster review,
//   4. the same with a review that has findings (denied: image tag, replicas, backups),
//   5. 3 and 4 at half their saturating rate, evenly paced (paced.ts: open loop, latency from each request's due
//      time): p50/p99 latency (target p99 < 10 ms).
// Targets: pgwarden ≥ 0.5× the bare handler. Load goes to 127.0.0.1 only, bounded by --seconds.
// Run: node_modules/.bin/node bench/webhook/run.mjs bench [--connections N] [--seconds N] [--rounds N]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonResult } from 'autocannon';
import { get, KINDS, makePki, post, responseOf, review } from '../../test/webhook/helpers.js';
import { pgoV5 } from '../../test/webhook/manifests.js';
import { type Child, cpuMicros, fmt, pinned, rssBytes, shippedNodeOptions, startChild } from './common.js';
import { paced } from './paced.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '5' },
    rounds: { type: 'string', default: '3' },
  },
});
const seconds = Math.min(Number(values.seconds), 60);
const connections = Math.min(Number(values.connections), 128);
const rounds = Math.min(Math.max(1, Number(values.rounds)), 10);
const pki = makePki();
const clean = JSON.stringify(review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod')));
const findings = JSON.stringify(review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod', { image: 'postgres:latest', replicas: 1 })));

interface Measured {
  /** Answered requests per second, and latency percentiles in ms. */
  rate: number;
  p50: number;
  p99: number;
  /** Server CPU µs per answered request over the run. */
  cpuPerRequest: number;
  /** Answered requests. */
  requests: number;
}

/** Closed loop, as fast as the server answers (autocannon): the saturating throughput. */
async function load(server: Child, body: string, duration = seconds): Promise<Measured> {
  const cpuBefore = cpuMicros(server.proc.pid!);
  const result: AutocannonResult = await autocannon({
    url: `${server.url}/validate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration,
  });
  const cpu = cpuMicros(server.proc.pid!) - cpuBefore;
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${server.url}: ${result.errors} connection errors, ${result.non2xx} non-2xx answers`);
  }
  const requests = result.requests.total ?? 0;
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuPerRequest: cpu / Math.max(1, requests), requests };
}

/** Open loop at `rate` requests per second, evenly spaced (paced.ts). */
async function atRate(server: Child, body: string, rate: number): Promise<Measured> {
  const cpuBefore = cpuMicros(server.proc.pid!);
  const result = await paced({ host: '127.0.0.1', port: server.port, path: '/validate', body, rate, seconds, connections });
  const cpu = cpuMicros(server.proc.pid!) - cpuBefore;
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${server.url}: ${result.errors} connection errors or unanswered, ${result.non2xx} non-2xx answers`);
  }
  return { rate: result.rate, p50: result.p50, p99: result.p99, cpuPerRequest: cpu / Math.max(1, result.answered), requests: result.answered };
}

/** The two reviews really are clean and denied under the shipped defaults (the recommended preset). */
async function checkAnswers(server: Child): Promise<void> {
  const cleanAnswer = responseOf(await post(server.url, '/validate', clean, pki.ca));
  const findingsAnswer = responseOf(await post(server.url, '/validate', findings, pki.ca));
  if (!cleanAnswer.allowed || cleanAnswer.warnings) throw new Error(`the clean review is not clean: ${JSON.stringify(cleanAnswer)}`);
  if (findingsAnswer.allowed) throw new Error('the review with findings was allowed');
  console.log(`review with findings: ${findingsAnswer.status?.message.slice(0, 160)}…`);
}

console.log(
  `pgwarden webhook bench: node ${process.version} (pgwarden servers with deploy/deployment.yaml's flags: ${shippedNodeOptions().join(' ') || 'none'}), ${cpus().length} CPUs, ${pinned ? 'client on CPU 0, servers on CPU 1 (taskset)' : 'unpinned'}, ${connections} connections, ${rounds} rounds of ${seconds} s per run, bodies ${clean.length} / ${findings.length} bytes`,
);

const bare = await startChild(['--mode', 'bare', '--cert', pki.certFile, '--key', pki.keyFile]);
const layer = await startChild(['--mode', 'pgwarden', '--engine', 'noop', '--cert', pki.certFile, '--key', pki.keyFile], shippedNodeOptions());
const ours = await startChild(['--mode', 'pgwarden', '--cert', pki.certFile, '--key', pki.keyFile], shippedNodeOptions());
await checkAnswers(ours);
for (const server of [bare, layer, ours]) await load(server, clean, 2); // warm-up: JIT, TLS
await load(ours, findings, 2);
const rssWarm = rssBytes(ours.proc.pid!);

/** The server's garbage collections so far, from its own /metrics (prom-client's nodejs_gc_duration_seconds). */
async function gcOf(server: Child): Promise<Map<string, { count: number; seconds: number }>> {
  const text = (await get(server.url, '/metrics', pki.ca)).body;
  const kinds = new Map<string, { count: number; seconds: number }>();
  for (const [, field, kind, value] of text.matchAll(/^pgwarden_nodejs_gc_duration_seconds_(count|sum)\{kind="(\w+)"\} ([\d.e+-]+)$/gm)) {
    const entry = kinds.get(kind!) ?? { count: 0, seconds: 0 };
    if (field === 'count') entry.count = Number(value);
    else entry.seconds = Number(value);
    kinds.set(kind!, entry);
  }
  return kinds;
}
const gcBefore = await gcOf(ours);
let oursRequests = 0;

interface Round {
  bare: Measured;
  layer: Measured;
  clean: Measured;
  findings: Measured;
  halfClean: Measured;
  halfFindings: Measured;
  load: number;
}
const results: Round[] = [];
for (let round = 0; round < rounds; round++) {
  const bareRun = await load(bare, clean);
  const layerRun = await load(layer, clean);
  const cleanRun = await load(ours, clean);
  const findingsRun = await load(ours, findings);
  const halfClean = await atRate(ours, clean, Math.max(1, Math.round(cleanRun.rate / 2)));
  const halfFindings = await atRate(ours, findings, Math.max(1, Math.round(findingsRun.rate / 2)));
  oursRequests += [cleanRun, findingsRun, halfClean, halfFindings].reduce((sum, m) => sum + m.requests, 0);
  results.push({ bare: bareRun, layer: layerRun, clean: cleanRun, findings: findingsRun, halfClean, halfFindings, load: loadavg()[0] ?? 0 });
  console.log(
    `round ${round + 1}: bare ${fmt(bareRun.rate)} req/s, layer ${fmt(layerRun.rate)}, clean ${fmt(cleanRun.rate)} (${fmt(cleanRun.rate / bareRun.rate, 2)}×), findings ${fmt(findingsRun.rate)} (${fmt(findingsRun.rate / bareRun.rate, 2)}×), half-load p99 ${fmt(halfClean.p99, 1)} / ${fmt(halfFindings.p99, 1)} ms; load average ${fmt(loadavg()[0] ?? 0, 1)}`,
  );
}
const rssEnd = rssBytes(ours.proc.pid!);
const gcAfter = await gcOf(ours);
await Promise.all([bare.stop(), layer.stop(), ours.stop()]);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const med = (pick: (r: Round) => number) => median(results.map(pick));
const row = (name: string, pick: (r: Round) => Measured, ratio = true): string[] => [
  name,
  fmt(med((r) => pick(r).rate)),
  ratio ? `${fmt(med((r) => pick(r).rate / r.bare.rate), 2)}×` : '',
  fmt(med((r) => pick(r).cpuPerRequest)),
  fmt(med((r) => pick(r).p50), 2),
  fmt(med((r) => pick(r).p99), 2),
];
const rows: string[][] = [
  ['median of rounds', 'req/s', 'vs bare', 'server CPU µs/req', 'p50 ms', 'p99 ms'],
  row('bare fastify HTTPS, fixed allow', (r) => r.bare),
  row('pgwarden layer (engine finds nothing)', (r) => r.layer),
  row('pgwarden /validate, clean review', (r) => r.clean),
  row('pgwarden /validate, review with findings', (r) => r.findings),
  row('clean review, half its saturating rate, paced', (r) => r.halfClean, false),
  row('review with findings, half its rate, paced', (r) => r.halfFindings, false),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log('');
for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log('');
const cleanRatio = med((r) => r.clean.rate / r.bare.rate);
const findingsRatio = med((r) => r.findings.rate / r.bare.rate);
const p99 = Math.max(med((r) => r.halfClean.p99), med((r) => r.halfFindings.p99));
console.log(`load average during the rounds: ${results.map((r) => fmt(r.load, 1)).join(', ')} on ${cpus().length} CPUs (other processes share them)`);
const gcLines = [...gcAfter].map(([kind, after]) => {
  const before = gcBefore.get(kind) ?? { count: 0, seconds: 0 };
  const count = after.count - before.count;
  const ms = (after.seconds - before.seconds) * 1000;
  return `${kind} ${fmt(count)} (${fmt(ms, 0)} ms, ${fmt(count ? ms / count : 0, 2)} ms each)`;
});
const gcMs = [...gcAfter].reduce((sum, [kind, after]) => sum + (after.seconds - (gcBefore.get(kind)?.seconds ?? 0)) * 1000, 0);
console.log(`pgwarden server GC during the rounds: ${gcLines.join(', ')}; ${fmt((gcMs * 1000) / Math.max(1, oursRequests), 1)} µs per review over ${fmt(oursRequests)} reviews`);
console.log(`pgwarden server RSS after warm-up ${fmt(rssWarm / 1048576, 1)} MB, after the rounds ${fmt(rssEnd / 1048576, 1)} MB`);
// On a shared machine req/s measures how much CPU the scheduler gave each server; CPU per request does not. The
// capacity ratio on one dedicated core is the inverse ratio of CPU per request.
const cleanCpu = med((r) => r.bare.cpuPerRequest / r.clean.cpuPerRequest);
const findingsCpu = med((r) => r.bare.cpuPerRequest / r.findings.cpuPerRequest);
console.log(`capacity vs bare from CPU per request (one core each): clean ${fmt(cleanCpu, 2)}×, with findings ${fmt(findingsCpu, 2)}×`);
console.log(`throughput vs bare: clean ${fmt(cleanRatio, 2)}×, with findings ${fmt(findingsRatio, 2)}× (target ≥ 0.5×) ${Math.min(cleanRatio, findingsRatio) >= 0.5 ? 'PASS' : 'FAIL'}`);
console.log(`p99 at half load: ${fmt(p99, 1)} ms (target < 10 ms) ${p99 < 10 ? 'PASS' : 'FAIL'}`);
