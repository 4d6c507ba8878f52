// Runs decide() either inline (tests, tiny installs) or in worker threads. Workers exist for the time budget: the
// engine is synchronous, so only a separate thread can be abandoned when a request outlives its budget.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PolicySet } from '../policies/index.js';
import { type Endpoint, decide } from './decide.js';
import type { EngineApi } from './engine.js';
import type { RelatedInputs } from './related.js';
import type { AdmissionRequest, DecisionResult } from './types.js';

export interface PolicyDocument {
  text: string;
  /** Where it came from, for messages: a file path or `PostgresPolicy/<name>`. */
  source: string;
}

/** All documents → one ordered set (first match wins). Throws the engine's error naming source and field. Empty = preset. */
export function buildPolicySet(engine: EngineApi, documents: readonly PolicyDocument[]): PolicySet | undefined {
  if (documents.length === 0) return undefined;
  const policies = documents.flatMap((doc) => engine.parsePolicy(doc.text, doc.source).policies);
  return { policies };
}

export interface Evaluator {
  /** Bytes used by the worker threads' heaps (not in the process's own heap metrics); undefined when inline. */
  heapUsed?(): Promise<number>;
  /** Worker pools report how many workers are warm; inline evaluation is always ready. */
  readiness?(): { ready: number; total: number };
  /** Documents already validated by buildPolicySet. */
  setPolicy(documents: readonly PolicyDocument[]): void;
  setStorageClasses(classes: readonly string[] | undefined): void;
  /** `related`: objects the request lacks (related.ts), judged alongside it. */
  decide(request: AdmissionRequest, endpoint: Endpoint, budgetMs: number, related?: RelatedInputs): Promise<DecisionResult>;
  close(): Promise<void>;
}

export type TimeoutDecision = 'deny' | 'allow';

export function timedOut(request: AdmissionRequest, budgetMs: number, onTimeout: TimeoutDecision): DecisionResult {
  const message = `pgwarden could not judge ${request.kind.kind} ${request.namespace ? `${request.namespace}/` : ''}${request.name ?? ''} within its ${budgetMs} ms budget`;
  const response =
    onTimeout === 'deny'
      ? { uid: request.uid, allowed: false, status: { code: 503, reason: 'Timeout', message: `${message}; retry, or see pgwarden's log` } }
      : { uid: request.uid, allowed: true, warnings: [`${message}; allowed unjudged`.slice(0, 119)] };
  return { response, summary: { decision: 'timeout', findings: [], infos: [] } };
}

export class InlineEvaluator implements Evaluator {
  private policy: PolicySet | undefined;
  private classes: readonly string[] | undefined;
  constructor(private readonly engine: EngineApi) {}
  setPolicy(documents: readonly PolicyDocument[]): void {
    this.policy = buildPolicySet(this.engine, documents);
  }
  setStorageClasses(classes: readonly string[] | undefined): void {
    this.classes = classes;
  }
  async decide(request: AdmissionRequest, endpoint: Endpoint, _budgetMs: number, related?: RelatedInputs): Promise<DecisionResult> {
    return decide(request, endpoint, {
      engine: this.engine,
      policy: this.policy,
      ...(this.classes ? { clusterStorageClasses: this.classes } : {}),
      ...(related ? { related } : {}),
    });
  }
  async close(): Promise<void> {}
}

/** Messages between the pool and its workers. */
export type ToWorker =
  | { type: 'policy'; documents: readonly PolicyDocument[] }
  | { type: 'storageClasses'; classes: readonly string[] | undefined }
  | { type: 'decide'; id: number; request: AdmissionRequest; endpoint: Endpoint; related?: RelatedInputs };
export type FromWorker =
  | { type: 'result'; id: number; result: DecisionResult }
  | { type: 'ready' }
  | { type: 'fatal'; message: string };

interface Pending {
  request: AdmissionRequest;
  budgetMs: number;
  timer: NodeJS.Timeout;
  resolve: (result: DecisionResult) => void;
  slot: Slot;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  /** Engine loaded and warmed up: a cold worker is used only when no warm one exists. */
  ready: boolean;
}

export interface WorkerPoolOptions {
  size: number;
  /** The compiled eval-worker.js (default: next to this module, i.e. dist/src/webhook/eval-worker.js). */
  script?: string | URL;
  onTimeout: TimeoutDecision;
  /** Module URL exporting evaluate/parsePolicy/policyFor, instead of the real engine (tests, benches). */
  engineModule?: string;
  /** Called when a stuck worker is replaced, for logs and metrics. */
  onWorkerReplaced?: (reason: string) => void;
}

export function defaultWorkerScript(): URL {
  return new URL('./eval-worker.js', import.meta.url);
}

export class WorkerPoolEvaluator implements Evaluator {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private documents: readonly PolicyDocument[] = [];
  private classes: readonly string[] | undefined;
  private closed = false;
  /** Set when a worker cannot load the engine: respawning would loop, so answer with the timeout decision. */
  fatal: string | undefined;
  private readonly script: string | URL;

  constructor(private readonly options: WorkerPoolOptions) {
    this.script = options.script ?? defaultWorkerScript();
    const path = this.script instanceof URL ? fileURLToPath(this.script) : this.script;
    if (!existsSync(path)) throw new Error(`evaluation worker ${path} is missing; run \`npm run bundle\` or use --workers 0`);
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { engineModule: this.options.engineModule } });
    const slot: Slot = { worker, inFlight: 0, ready: false };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'fatal') {
        this.fatal = message.message;
        return;
      }
      if (message.type === 'ready') {
        slot.ready = true;
        return;
      }
      const pending = this.pending.get(message.id);
      if (!pending) return; // already answered by its timeout
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      slot.inFlight--;
      pending.resolve(message.result);
    });
    worker.on('error', (error) => this.replace(slot, `worker error: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `worker exited with code ${code}`);
    });
    worker.postMessage({ type: 'policy', documents: this.documents } satisfies ToWorker);
    worker.postMessage({ type: 'storageClasses', classes: this.classes } satisfies ToWorker);
    worker.unref();
    return slot;
  }

  /** Ends a stuck or dead worker: its other requests get the timeout answer, a fresh worker takes its place. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    if (!this.fatal) this.slots[index] = this.spawn();
    else this.slots.splice(index, 1);
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    void slot.worker.terminate();
    this.options.onWorkerReplaced?.(reason);
  }

  async heapUsed(): Promise<number> {
    const stats = await Promise.all(this.slots.map((slot) => slot.worker.getHeapStatistics().catch(() => undefined)));
    return stats.reduce((sum, s) => sum + (s?.used_heap_size ?? 0), 0);
  }

  /** Warm workers / all workers, for /readyz. */
  readiness(): { ready: number; total: number } {
    return { ready: this.slots.filter((s) => s.ready).length, total: this.slots.length };
  }

  setPolicy(documents: readonly PolicyDocument[]): void {
    this.documents = documents;
    for (const slot of this.slots) slot.worker.postMessage({ type: 'policy', documents } satisfies ToWorker);
  }

  setStorageClasses(classes: readonly string[] | undefined): void {
    this.classes = classes;
    for (const slot of this.slots) slot.worker.postMessage({ type: 'storageClasses', classes } satisfies ToWorker);
  }

  decide(request: AdmissionRequest, endpoint: Endpoint, budgetMs: number, related?: RelatedInputs): Promise<DecisionResult> {
    const first = this.slots[0];
    if (this.closed || !first) return Promise.resolve(timedOut(request, budgetMs, this.options.onTimeout));
    let slot = this.slots.find((s) => s.ready) ?? first;
    for (const candidate of this.slots) {
      if ((candidate.ready || !slot.ready) && candidate.inFlight < slot.inFlight) slot = candidate;
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.replace(slot, `a request outlived its ${budgetMs} ms budget`);
      }, budgetMs);
      this.pending.set(id, { request, budgetMs, timer, resolve, slot });
      slot.inFlight++;
      slot.worker.postMessage({ type: 'decide', id, request, endpoint, ...(related ? { related } : {}) } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(timedOut(pending.request, pending.budgetMs, this.options.onTimeout));
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
