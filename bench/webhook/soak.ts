// Soak: valid, garbage and hostile reviews mixed (depth bombs, `__proto__` keys, lists over the caps, bodies over
// the limit), under load, while the policy file is rewritten (valid and invalid) and the serving certificate is
// rotated twice. Reports RSS and heap at the start, after warm-up (the first tenth) and at the end. Pass: 0 5xx,
// 0 connection errors or timeouts, every fresh verified TLS connection succeeds, and RSS and heap grow less than
// 10% after warm-up.
// Run: node_modules/.bin/node bench/webhook/run.mjs soak [--seconds N] [--rate N] [--connections N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { KINDS, get, makePki, post, review, scaleReview, servedSerial } from '../../test/webhook/helpers.js';
import { b64, cnpg, pgoUserSecret, pgoV5 } from '../../test/webhook/manifests.js';
import { fmt, shippedNodeOptions, startChild } from './common.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.SOAK_SECONDS ?? '600' },
    rate: { type: 'string', default: '600' },
    connections: { type: 'string', default: '8' },
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
// hostile: nested 4,000 deep (8 KB; 400 naming the limit, with the uid), a Secret with a `__proto__` data key
// (judged), a list over the entries cap (denied naming it)
const bombUid = 'bomb-0000-4000-8000-000000000001';
requests.push({
  method: 'POST',
  path: '/validate',
  headers: json,
  body: `{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"${bombUid}","object":${'['.repeat(4000)}${']'.repeat(4000)}}}`,
});
const protoSecret = pgoUserSecret('hippo', 'app', 'db', { password: b64('x') }) as { data: Record<string, string> };
requests.push({
  method: 'POST',
  path: '/validate',
  headers: json,
  body: JSON.stringify(review(KINDS.Secret, protoSecret)).replace('"data":{', `"data":{"__proto__":"${b64('y')}",`),
});
const longList = pgoV5('long', 'db') as { spec: Record<string, unknown> };
longList.spec.imagePullSecrets = Array.from({ length: 2_100 }, () => ({ name: 'p' }));
requests.push({ method: 'POST', path: '/validate', headers: json, body: JSON.stringify(review(KINDS.PostgresCluster, longList)) });
// over the 64 KiB limit: 413
if (!values['no-oversize']) requests.push({ method: 'POST', path: '/validate', headers: json, body: Buffer.alloc(96 * 1024, 'x') });

const nodeOptions = shippedNodeOptions();
const server = await startChild([
  '--mode', 'pgwarden', '--cert', pki.certFile, '--key', pki.keyFile, '--policy', policyFile,
  '--body-limit', String(64 * 1024), '--file-poll-ms', '500',
], nodeOptions);

interface Scraped {
  rss: number;
  heap: number;
  heapTotal: number;
  external: number;
  applied: number;
  rejected: number;
  tls: number;
  answered: number;
  bad: number;
}

async function scrape(): Promise<Scraped> {
  const text = (await get(server.url, '/metrics', pki.ca)).body;
  const pick = (pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
  return {
    rss: pick(/^pgwarden_process_resident_memory_bytes /),
    heap: pick(/^pgwarden_nodejs_heap_size_used_bytes /),
    heapTotal: pick(/^pgwarden_nodejs_heap_size_total_bytes /),
    external: pick(/^pgwarden_nodejs_external_memory_bytes /),
    applied: pick(/^pgwarden_policy_reloads_total\{source="file",result="applied"\}/),
    rejected: pick(/^pgwarden_policy_reloads_total\{source="file",result="rejected"\}/),
    tls: pick(/^pgwarden_tls_reloads_total\{result="applied"\}/),
    answered: pick(/^pgwarden_admission_requests_total\{/),
    bad: pick(/^pgwarden_bad_requests_total\{/),
  };
}

console.log(`pgwarden soak: ${seconds} s at ≤ ${values.rate} req/s over ${values.connections} connections (a new TLS connection every 50 requests), ${requests.length} request kinds; server node flags (deploy/deployment.yaml): ${nodeOptions.join(' ') || 'none'}; load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}`);
await new Promise((r) => setTimeout(r, 1000));
const samples: { t: number; rss: number; heap: number; heapTotal: number; external: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => {
  void scrape().then((m) => samples.push({ t: (Date.now() - started) / 1000, rss: m.rss, heap: m.heap, heapTotal: m.heapTotal, external: m.external }));
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
// A point's value: over the 10 samples (10 s) ending there, the median RSS and the heap floor (heap used swings
// between collections; its floor is what survives them).
const warmIndex = Math.max(1, Math.floor(samples.length / 10));
const at = (end: number) => {
  const window = samples.slice(Math.max(0, end - 10), Math.max(1, end));
  const rss = window.map((s) => s.rss).sort((a, b) => a - b)[Math.floor(window.length / 2)] ?? 0;
  return { t: window.at(-1)?.t ?? 0, rss, heap: Math.min(...window.map((s) => s.heap)) };
};
const start = { t: samples[0]?.t ?? 0, rss: samples[0]?.rss ?? 0, heap: samples[0]?.heap ?? 0 };
const warm = at(warmIndex);
const end = at(samples.length);
const mb = (n: number) => `${fmt(n / 1024 / 1024, 1)} MB`;
const growth = (a: number, b: number) => (a > 0 ? (b - a) / a : 0);
console.log(`requests: ${fmt(result.requests.total ?? 0)} (${fmt(result.requests.average)} req/s), status codes: ${codes}`);
console.log(`5xx: ${fivexx}, connection errors: ${result.errors}, timeouts: ${result.timeouts}`);
console.log(`latency: p50 ${fmt(result.latency.p50, 1)} ms, p99 ${fmt(result.latency.p99, 1)} ms, max ${fmt(result.latency.max, 0)} ms`);
console.log(`verified fresh TLS probes: ${probes}, failed: ${probeFailures}, certificate serials seen: ${serials.size} (expect 3)`);
console.log(`policy writes: ${writes} (every 4th invalid); reloads applied: ${metrics.applied}, rejected: ${metrics.rejected}; TLS reloads applied: ${metrics.tls}`);
console.log(`| point | s | RSS | heap used (floor) |`);
for (const [name, p] of [['start', start], ['after warm-up', warm], ['end', end]] as const) console.log(`| ${name} | ${fmt(p.t)} | ${mb(p.rss)} | ${mb(p.heap)} |`);
const rssGrowth = growth(warm.rss, end.rss);
const heapGrowth = growth(warm.heap, end.heap);
console.log(`growth after warm-up: RSS ${fmt(rssGrowth * 100, 1)}%, heap ${fmt(heapGrowth * 100, 1)}% (target < 10%)`);
const every30 = (pick: (s: (typeof samples)[number]) => number) => samples.filter((_, i) => i % 30 === 0).map((s) => fmt(pick(s) / 1024 / 1024, 0)).join(' ');
console.log(`RSS every 30 s: ${every30((s) => s.rss)} MB`);
// What RSS holds besides JavaScript objects: V8's heap as committed (young generation included), and memory outside
// it that V8 is told of (Buffers, TLS records in flight).
console.log(`V8 heap committed every 30 s: ${every30((s) => s.heapTotal)} MB; external every 30 s: ${every30((s) => s.external)} MB`);
const ok = fivexx === 0 && result.errors === 0 && result.timeouts === 0 && probeFailures === 0 && serials.size >= 3 && rssGrowth < 0.1 && heapGrowth < 0.1;
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
