// The engine's cost per admission review, in one process: exactly the engine calls the webhook makes for one
// AdmissionReview (captured by running the webhook's own Judge over a recording engine, so a change in src/webhook's
// call shape is measured as it is), replayed against the real engine on fresh copies of the request object (JSON.parse
// of the review body, as the server gets it; no object is judged twice in a row, so nothing keyed by identity helps).
// Payloads: bench/webhook's two (PGO v5 `hippo` in payments-prod, clean and with `postgres:latest` + 1 replica), one
// object of each other flavour, and a PGO v5 UPDATE (evaluateUpdate). The policy is the shipped default (none loaded:
// the recommended preset). Prints CPU µs per review (median of rounds, payloads interleaved in each round), and the
// model building part alone. Side by side with an earlier commit:
//   node_modules/.bin/node bench/engine/compare.mjs --driver review.ts --ref <commit>
// Run alone: esbuild-bundled like the other engine benches, `BENCH_MS=… BENCH_ROUNDS=…` to change the defaults:
//   node_modules/.bin/esbuild bench/engine/review.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=node_modules/.cache/pgwarden/bench-review.mjs && node_modules/.bin/node node_modules/.cache/pgwarden/bench-review.mjs
import { buildModel } from '../../src/policies/adapters/index.js';
import type { InputObject } from '../../src/policies/types.js';
import type { EngineApi } from '../../src/webhook/engine.js';
import { realEngine } from '../../src/webhook/engine.js';
import { Judge } from '../../src/webhook/evaluator.js';
import type { AdmissionRequest } from '../../src/webhook/types.js';
import { KINDS, review } from '../../test/webhook/helpers.js';
import { cnpg, pgoV4, pgoV5, statefulSet, zalando } from '../../test/webhook/manifests.js';

const roundMillis = Number(process.env.BENCH_MS ?? 300);
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
// BENCH_ONLY=<regex>: only the payloads whose label matches (to profile one with --cpu-prof).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
/** Fresh copies per payload, judged in turn. */
const COPIES = 64;

const payloads: { label: string; body: string }[] = [
  { label: 'pgo-v5 clean (webhook bench)', body: JSON.stringify(review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod'))) },
  {
    label: 'pgo-v5 with findings (webhook bench)',
    body: JSON.stringify(review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod', { image: 'postgres:latest', replicas: 1 }))),
  },
  { label: 'cnpg Cluster', body: JSON.stringify(review(KINDS.Cluster, cnpg())) },
  { label: 'zalando postgresql', body: JSON.stringify(review(KINDS.postgresql, zalando())) },
  { label: 'pgo-v4 Pgcluster', body: JSON.stringify(review(KINDS.Pgcluster, pgoV4())) },
  { label: 'StatefulSet', body: JSON.stringify(review(KINDS.StatefulSet, statefulSet())) },
  {
    label: 'pgo-v5 UPDATE, 2 → 3 replicas',
    body: JSON.stringify(
      review(KINDS.PostgresCluster, pgoV5('hippo', 'payments-prod', { replicas: 3 }), { operation: 'UPDATE', oldObject: pgoV5('hippo', 'payments-prod') }),
    ),
  },
];

type Call = { method: 'policyFor' | 'evaluate' | 'evaluateUpdate' | 'evaluateChange'; args: unknown[] };

/** The engine calls the webhook's Judge makes for one request, in order (each also run for real, for the findings). */
function capture(request: AdmissionRequest): { calls: Call[]; findings: number } {
  const calls: Call[] = [];
  let findings = 0;
  const recorder: EngineApi = {
    ...realEngine,
    policyFor: (...args) => {
      calls.push({ method: 'policyFor', args });
      return realEngine.policyFor(...args);
    },
    evaluate: (...args) => {
      calls.push({ method: 'evaluate', args });
      const result = realEngine.evaluate(...args);
      findings += result.length;
      return result;
    },
    evaluateUpdate: (...args) => {
      calls.push({ method: 'evaluateUpdate', args });
      const result = realEngine.evaluateUpdate!(...args);
      findings += result.head.length + result.change.length;
      return result;
    },
    evaluateChange: (...args) => {
      calls.push({ method: 'evaluateChange', args });
      const result = realEngine.evaluateChange!(...args);
      findings += result.length;
      return result;
    },
  };
  new Judge(recorder).decide(request, 'validate');
  return { calls, findings };
}

function replay(calls: readonly Call[]): void {
  for (const call of calls) (realEngine[call.method] as (...args: unknown[]) => unknown)(...call.args);
}

/** The model part of the same work: buildModel over the inputs each evaluation call judges. */
function modelOnly(calls: readonly Call[]): void {
  for (const call of calls) {
    if (call.method === 'evaluate') buildModel(call.args[0] as InputObject[]);
    else if (call.method === 'evaluateUpdate' || call.method === 'evaluateChange') buildModel(call.args[1] as InputObject[]);
  }
}

const prepared = payloads.filter(({ label }) => !only || only.test(label)).map(({ label, body }) => {
  const copies = Array.from({ length: COPIES }, () => capture((JSON.parse(body) as { request: AdmissionRequest }).request));
  const methods = copies[0]!.calls.map((call) => call.method).join(' + ');
  return { label, bytes: body.length, methods, findings: copies[0]!.findings, copies: copies.map((copy) => copy.calls) };
});

/** CPU µs per review of `run` over the copies, repeated for `roundMillis` of wall time. */
function measure(copies: readonly (readonly Call[])[], run: (calls: readonly Call[]) => void): number {
  let reviews = 0;
  const start = process.cpuUsage();
  const until = performance.now() + roundMillis;
  do {
    for (const calls of copies) run(calls);
    reviews += copies.length;
  } while (performance.now() < until);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / reviews;
}

// Warm-up: JIT and inline caches, every payload through both paths.
for (const payload of prepared) {
  measure(payload.copies, replay);
  measure(payload.copies, modelOnly);
}

const samples = prepared.map(() => ({ review: [] as number[], model: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const [index, payload] of prepared.entries()) {
    samples[index]!.review.push(measure(payload.copies, replay));
    samples[index]!.model.push(measure(payload.copies, modelOnly));
  }
}

const median = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
console.log(`engine per admission review: node ${process.version}, ${rounds} rounds of ${roundMillis} ms per line, ${COPIES} fresh copies per payload, CPU time`);
for (const [index, payload] of prepared.entries()) {
  const sample = samples[index]!;
  console.log(
    `${payload.label.padEnd(40)} ${median(sample.review).toFixed(2).padStart(7)} µs/review  buildModel ${median(sample.model).toFixed(2).padStart(6)} µs  (${payload.methods}; ${payload.findings} findings; body ${payload.bytes} B)`,
  );
}
