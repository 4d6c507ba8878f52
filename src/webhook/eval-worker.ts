// Evaluation worker: holds the engine and the current policy, answers decide messages in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { PolicySet } from '../policies/index.js';
import { decide } from './decide.js';
import { loadEngine } from './engine.js';
import { type FromWorker, type ToWorker, buildPolicySet } from './evaluator.js';

const port = parentPort;
if (!port) throw new Error('eval-worker must run as a worker thread');

const engineModule = (workerData as { engineModule?: string } | undefined)?.engineModule;
const engineReady = loadEngine(engineModule);
engineReady.catch((error: Error) => {
  port.postMessage({ type: 'fatal', message: error.message } satisfies FromWorker);
  process.exit(1);
});
let policy: PolicySet | undefined;

// Warm up before taking requests: the first evaluation compiles schemas and JITs the adapters, which would
// otherwise eat the first request's time budget.
void engineReady.then((engine) => {
  engine.evaluate([
    { object: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'warm-up', namespace: 'warm-up' }, spec: { instances: 2, storage: { size: '1Gi' } } } },
  ]);
  port.postMessage({ type: 'ready' } satisfies FromWorker);
});
let classes: readonly string[] | undefined;

port.on('message', async (message: ToWorker) => {
  // Every handler awaits the same promise, so messages are still handled in the order they were sent.
  const engine = await engineReady;
  if (message.type === 'policy') {
    // The pool sends only documents the main thread has validated with the same engine.
    policy = buildPolicySet(engine, message.documents);
  } else if (message.type === 'storageClasses') {
    classes = message.classes;
  } else {
    const result = decide(message.request, message.endpoint, {
      engine,
      policy,
      ...(classes ? { clusterStorageClasses: classes } : {}),
      ...(message.related ? { related: message.related } : {}),
    });
    port.postMessage({ type: 'result', id: message.id, result } satisfies FromWorker);
  }
});
