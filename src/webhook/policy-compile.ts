// Turning policy documents into PolicySets: in a worker thread (policy-worker.ts) when its script is there (the
// bundle in lib/, the benches), else on the main thread one document at a time between requests (tests running
// the TypeScript sources, and engines passed in as objects, which a worker cannot receive).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Policy, PolicySet } from '../policies/index.js';
import type { EngineApi } from './engine.js';

export interface PolicyDocument {
  text: string;
  /** Where it came from, for messages: a file path or `PostgresPolicy/<name>`. */
  source: string;
}

export type CompileResult = { ok: true; set: PolicySet } | { ok: false; error: string };

/** Main → worker: a batch to compile, or the next piece of the batch's results. */
export type WorkerRequest = { type: 'compile'; id: number; documents: readonly PolicyDocument[] } | { type: 'next'; id: number };

/** One result's policies, or part of them, or its error; `index` is the document's place in the batch. */
export type ResultPart = { index: number; ok: true; policies: Policy[] } | { index: number; ok: false; error: string };

/** Worker → main: part of a batch's results; the main thread asks for the next piece until `done`. */
export interface ResultPiece {
  id: number;
  parts: ResultPart[];
  done: boolean;
}

/**
 * Policies per piece. The main thread deserialises a message in one go: 20,000 policies at once took 20–40 ms of its
 * CPU (more on a loaded machine), during which no review is answered. 250 take well under 1 ms.
 */
export const POLICIES_PER_PIECE = 250;

/** Cuts a batch's results into pieces of at most `perPiece` policies (an error counts as one). */
export function* resultPieces(id: number, results: readonly CompileResult[], perPiece = POLICIES_PER_PIECE): Generator<ResultPiece> {
  let parts: ResultPart[] = [];
  let size = 0;
  const flush = () => {
    const piece = { id, parts, done: false };
    parts = [];
    size = 0;
    return piece;
  };
  for (const [index, result] of results.entries()) {
    if (!result.ok) {
      parts.push({ index, ok: false, error: result.error });
      if (++size >= perPiece) yield flush();
      continue;
    }
    // An empty set still needs a part: the main thread learns from it that the document compiled.
    let offset = 0;
    do {
      const policies = result.set.policies.slice(offset, offset + perPiece - size);
      parts.push({ index, ok: true, policies });
      offset += policies.length;
      size += policies.length;
      if (size >= perPiece) yield flush();
    } while (offset < result.set.policies.length);
  }
  yield { id, parts, done: true };
}

/** The inverse of resultPieces: adds a piece's parts to the results being assembled. */
export function assemblePiece(results: CompileResult[], piece: ResultPiece): void {
  for (const part of piece.parts) {
    if (!part.ok) {
      results[part.index] = { ok: false, error: part.error };
      continue;
    }
    const result = results[part.index];
    if (result?.ok) for (const policy of part.policies) result.set.policies.push(policy);
    else results[part.index] = { ok: true, set: { policies: part.policies } };
  }
}

/** Each document on its own: one bad document is reported without hiding the others' results. */
export function compileEach(parse: EngineApi['parsePolicy'], documents: readonly PolicyDocument[]): CompileResult[] {
  return documents.map((doc) => {
    try {
      return { ok: true, set: parse(doc.text, doc.source) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

export interface PolicyCompiler {
  compile(documents: readonly PolicyDocument[]): Promise<CompileResult[]>;
  /** Where compilation runs, for the startup log. */
  readonly where: 'worker' | 'main thread';
  close(): Promise<void>;
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** On the main thread, one document per turn of the event loop. */
export function inlineCompiler(engine: EngineApi): PolicyCompiler {
  return {
    where: 'main thread',
    async compile(documents) {
      const results: CompileResult[] = [];
      for (const doc of documents) {
        await yieldToRequests();
        results.push(...compileEach(engine.parsePolicy, [doc]));
      }
      return results;
    },
    async close() {},
  };
}

export function defaultPolicyWorkerScript(): URL {
  return new URL('./policy-worker.js', import.meta.url);
}

/**
 * One worker, started on the first batch and ended after a minute without one: policies change rarely, and a worker
 * kept forever would hold a second copy of the engine (tens of MB) for nothing, while one started per batch churns
 * isolates under frequent edits (the soak rewrites the policy every 3 s) and the process's RSS creeps with them.
 * Batches run one at a time, in order.
 */
export class WorkerCompiler implements PolicyCompiler {
  readonly where = 'worker';
  private queue: Promise<unknown> = Promise.resolve();
  private worker: Worker | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: string | URL,
    private readonly idleMs = 60_000,
  ) {}

  compile(documents: readonly PolicyDocument[]): Promise<CompileResult[]> {
    const run = this.queue.then(() => this.runBatch(documents));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private runBatch(documents: readonly PolicyDocument[]): Promise<CompileResult[]> {
    if (this.closed) return Promise.reject(new Error('the policy compiler is closed'));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    // A policy is a few MB at most (a ConfigMap or a custom resource); the cap keeps a pathological one from taking
    // the pod's memory with it: the worker dies, the batch is rejected and the last good policy stays.
    if (!this.worker) this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<CompileResult[]>((resolve, reject) => {
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      // The results come piece by piece, each asked for on a later turn of the event loop, so that reviews are
      // answered between pieces instead of waiting for one large message to be deserialised.
      const results: CompileResult[] = [];
      const onMessage = (piece: ResultPiece) => {
        if (piece.id !== id) return;
        assemblePiece(results, piece);
        if (!piece.done) {
          setImmediate(() => worker.postMessage({ type: 'next', id } satisfies WorkerRequest));
          return;
        }
        cleanup();
        resolve(results);
      };
      // A worker that failed is dropped; the next batch starts a fresh one.
      const onError = (error: Error) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`policy compilation failed: ${error.message}`));
      };
      const onExit = (code: number) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`the policy compiler exited with code ${code}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'compile', id, documents } satisfies WorkerRequest);
    }).finally(() => {
      if (this.worker !== worker || this.closed) return;
      this.idleTimer = setTimeout(() => this.drop(worker), this.idleMs);
      this.idleTimer.unref();
    });
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

/** The worker when its script exists (lib/ bundle, benches) and the engine is the real one; else inline. */
export function policyCompiler(engine: EngineApi, isRealEngine: boolean, script: string | URL = defaultPolicyWorkerScript()): PolicyCompiler {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  if (isRealEngine && existsSync(path)) return new WorkerCompiler(script);
  return inlineCompiler(engine);
}
