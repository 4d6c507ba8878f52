// Soak: valid and garbage reviews mixed, under load, while the policy file is rewritten (valid and invalid) and the
// serving certificate is rotated twice. Pass: 0 5xx, 0 connection errors or timeouts, every fresh verified TLS
// connection succeeds, and memory stays flat (post-GC heap floor of the last third vs the first).
// Run: node_modules/.bin/node bench/webhook/run.mjs soak [--seconds N] [--rate N] [--connections N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { KINDS, get, makePki, post, review, scaleReview, servedSerial } from '../../test/webhook/helpers.js';
import { b64, cnpg, pgoUserSecret, pgoV5 } from '../../test/webhook/manifests.js';
import { fmt, startChild } from './common.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.SOAK_SECONDS ?? '60' },
    rate: { type: 'string', default: '600' },
    connections: { type: 'string', default: '8' },
    workers: { type: 'string', default: '1' },
    'no-oversize': { type: 'boolean', default: false },
  },
});
const seconds = Math.min(Number(values.seconds), 600);
const pki = makePki();
const policyFile = join(pki.dir, 'policy.yaml');
const policy = (mode: string) => `apiVersion: pgwarden.io/v1alpha1
kind: PostgresPolicy
metadata: {name: soak-${mode}}
spec:
  mode: ${mode}
  rules:
    replicas: {min: 2}
`;
const INVALID = 'apiVersion: pgwarden.io/v1alpha1\nkind: PostgresPolicy\nmetadata: {name: broken}\nspec: {mode: sometimes}\n';
writeFileSync(policyFile, policy('enforce'));

const json = { 'content-type': 'application/json' };
const requests: AutocannonRequest[] = [
  { method: 'POST', path: '/validate', headers: json, body: JSON.stringify(review(KINDS.PostgresCluster, pgoV5())) },
  { method: 'POST', path: '/validate', headers: json, body: JSON.stringify(review(KINDS.PostgresCluster, pgoV5('h', 'db', { image: 'postgres:latest' }))) },
  { method: 'POST', path: '/mutate', headers: json, body: JSON.stringify(review(KINDS.Cluster, cnpg('pg', 'db', { storageClass: 'slow' }))) },
  { method: 'POST', path: '/validate', headers: json, body: 'this is { not json' },
  { method: 'POST', path: '/validate', headers: json, body: '[1,2,3]' },
  { method: 'POST', path: '/validate', headers: json, body: '{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{}}' },
  { method: 'POST', path: '/validate', headers: json, body: JSON.stringify(review(KINDS.PostgresCluster, null, { operation: 'DELETE', oldObject: pgoV5() })) },
  { method: 'POST', path: '/validate', headers: json, body: JSON.stringify(scaleReview(KINDS.StatefulSet, 'pg', 'db', 1)) },
  {
    method: 'POST',
    path: '/validate',
    headers: json,
    body: JSON.stringify(review(KINDS.Secret, pgoUserSecret('hippo', 'app', 'db', { password: '' }), { operation: 'UPDATE', oldObject: pgoUserSecret('hippo', 'app', 'db', { password: b64('x') }) })),
  },
  { method: 'POST', path: '/validate', headers: json, body: JSON.stringify({ ...review(KINDS.Cluster, { kind: 'Cluster', spec: { instances: 'many', storage: [] } }) }) },
];
// over the 64 KiB limit: 413
if (!values['no-oversize']) requests.push({ method: 'POST', path: '/validate', headers: json, body: Buffer.alloc(96 * 1024, 'x') });

const server = await startChild([
  '--mode', 'pgwarden', '--cert', pki.certFile, '--key', pki.keyFile, '--policy', policyFile,
  '--workers', values.workers ?? '1', '--body-limit', String(64 * 1024), '--file-poll-ms', '500',
]);

interface Scraped {
  rss: number;
  heap: number;
  external: number;
  workerHeap: number;
  applied: number;
  rejected: number;
  tls: number;
  answered: number;
  bad: number;
  replaced: number;
}

async function scrape(): Promise<Scraped> {
  const text = (await get(server.url, '/metrics', pki.ca)).body;
  const pick = (pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
  return {
    rss: pick(/^pgwarden_process_resident_memory_bytes /),
    heap: pick(/^pgwarden_nodejs_heap_size_used_bytes /),
    external: pick(/^pgwarden_nodejs_external_memory_bytes /),
    workerHeap: pick(/^pgwarden_eval_worker_heap_used_bytes /),
    applied: pick(/^pgwarden_policy_reloads_total\{source="file",result="applied"\}/),
    rejected: pick(/^pgwarden_policy_reloads_total\{source="file",result="rejected"\}/),
    tls: pick(/^pgwarden_tls_reloads_total\{result="applied"\}/),
    answered: pick(/^pgwarden_admission_requests_total\{/),
    bad: pick(/^pgwarden_bad_requests_total\{/),
    replaced: pick(/^pgwarden_eval_worker_replacements_total /),
  };
}

console.log(`pgwarden soak: ${seconds} s at ≤ ${values.rate} req/s over ${values.connections} connections (a new TLS connection every 50 requests), ${requests.length} request kinds; load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}`);
await new Promise((r) => setTimeout(r, 1000));
const samples: { t: number; rss: number; heap: number; external: number; workerHeap: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => {
  void scrape().then((m) => samples.push({ t: (Date.now() - started) / 1000, rss: m.rss, heap: m.heap, external: m.external, workerHeap: m.workerHeap }));
}, 1000);

// Fresh connections that verify the certificate against the CA: rotation must never break one.
let probes = 0;
let probeFailures = 0;
const serials = new Set<string>();
const prober = setInterval(() => {
  probes++;
  void servedSerial(server.port, pki.ca)
    .then((serial) => serials.add(serial))
    .then(() => post(server.url, '/validate', JSON.stringify(review(KINDS.Cluster, cnpg())), pki.ca))
    .then((result) => {
      if (result.status !== 200) probeFailures++;
    })
    .catch(() => probeFailures++);
}, 250);

let writes = 0;
const flipper = setInterval(() => {
  writes++;
  writeFileSync(policyFile, writes % 4 === 0 ? INVALID : policy(writes % 2 ? 'audit' : 'enforce'));
}, 3000);
const rotations = [1 / 3, 2 / 3].map((f) => setTimeout(() => pki.issue(pki.certFile, pki.keyFile), seconds * 1000 * f));

const result = await autocannon({
  url: server.url,
  requests,
  connections: Number(values.connections),
  overallRate: Number(values.rate),
  reconnectRate: 50,
  duration: seconds,
  timeout: 5,
});
clearInterval(flipper);
clearInterval(prober);
clearInterval(sampler);
for (const t of rotations) clearTimeout(t);
await new Promise((r) => setTimeout(r, 1500));
const metrics = await scrape();
await server.stop();

const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${s.count}`).join(', ');
const fivexx = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('5')).reduce((n, [, s]) => n + s.count, 0);
const third = Math.max(1, Math.floor(samples.length / 3));
const floor = (xs: typeof samples, pick: (s: (typeof samples)[number]) => number = (s) => s.heap) => Math.min(...xs.map(pick));
const firstFloor = floor(samples.slice(0, third));
const lastFloor = floor(samples.slice(-third));
const workerFirst = floor(samples.slice(0, third), (s) => s.workerHeap);
const workerLast = floor(samples.slice(-third), (s) => s.workerHeap);
const mb = (n: number) => `${fmt(n / 1024 / 1024, 1)} MB`;
console.log(`requests: ${fmt(result.requests.total ?? 0)} (${fmt(result.requests.average)} req/s), status codes: ${codes}`);
console.log(`5xx: ${fivexx}, connection errors: ${result.errors}, timeouts: ${result.timeouts}`);
console.log(`latency: p50 ${fmt(result.latency.p50, 1)} ms, p99 ${fmt(result.latency.p99, 1)} ms, max ${fmt(result.latency.max, 0)} ms`);
console.log(`verified fresh TLS probes: ${probes}, failed: ${probeFailures}, certificate serials seen: ${serials.size} (expect 3)`);
console.log(`policy writes: ${writes} (every 4th invalid); reloads applied: ${metrics.applied}, rejected: ${metrics.rejected}; TLS reloads applied: ${metrics.tls}; evaluation workers replaced (budget): ${metrics.replaced}`);
console.log(`memory (heap floor, first third → last third): main ${mb(firstFloor)} → ${mb(lastFloor)}, evaluation worker ${mb(workerFirst)} → ${mb(workerLast)}; RSS ${mb(samples[0]?.rss ?? 0)} → ${mb(samples.at(-1)?.rss ?? 0)}, external ${mb(samples[0]?.external ?? 0)} → ${mb(samples.at(-1)?.external ?? 0)}`);
console.log(`RSS every 10 s: ${samples.filter((_, i) => i % 10 === 0).map((s) => fmt(s.rss / 1024 / 1024, 0)).join(' ')} MB`);
const heapFlat = lastFloor - firstFloor < 10 * 1024 * 1024 && workerLast - workerFirst < 10 * 1024 * 1024;
const ok = fivexx === 0 && result.errors === 0 && result.timeouts === 0 && probeFailures === 0 && serials.size >= 3 && heapFlat;
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
