// Turning policy documents into PolicySets: in a worker thread (policy-worker.ts) when its script is there (the
// bundle in lib/, the benches), else on the main thread one document at a time between requests (tests running
// the TypeScript sources, and engines passed in as objects, which a worker cannot receive).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PolicySet } from '../policies/policy.js';
import type { EngineApi } from './engine.js';

export interface PolicyDocument {
  text: string;
  /** Where it came from, for messages: a file path or `PostgresPolicy/<name>`. */
  source: string;
}

export type CompileResult = { ok: true; set: PolicySet } | { ok: false; error: string };

export interface CompileRequest {
  id: number;
  documents: readonly PolicyDocument[];
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
 * A worker started for each batch and ended after it: policies change rarely, and a worker kept alive would hold
 * a second copy of the engine (tens of MB) for nothing. Batches run one at a time, in order.
 */
export class WorkerCompiler implements PolicyCompiler {
  readonly where = 'worker';
  private queue: Promise<unknown> = Promise.resolve();
  private current: Worker | undefined;
  private closed = false;

  constructor(private readonly script: string | URL) {}

  compile(documents: readonly PolicyDocument[]): Promise<CompileResult[]> {
    const run = this.queue.then(() => this.runBatch(documents));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private runBatch(documents: readonly PolicyDocument[]): Promise<CompileResult[]> {
    if (this.closed) return Promise.reject(new Error('the policy compiler is closed'));
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script);
      this.current = worker;
      let settled = false;
      const finish = (error: Error | undefined, results?: CompileResult[]) => {
        if (settled) return;
        settled = true;
        this.current = undefined;
        void worker.terminate();
        if (error) reject(error);
        else resolve(results ?? []);
      };
      worker.once('message', (message: { results: CompileResult[] }) => finish(undefined, message.results));
      worker.once('error', (error) => finish(new Error(`policy compilation failed: ${error.message}`)));
      worker.once('exit', (code) => finish(new Error(`the policy compiler exited with code ${code}`)));
      worker.postMessage({ id: 1, documents } satisfies CompileRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.terminate();
  }
}

/** The worker when its script exists (lib/ bundle, benches) and the engine is the real one; else inline. */
export function policyCompiler(engine: EngineApi, isRealEngine: boolean, script: string | URL = defaultPolicyWorkerScript()): PolicyCompiler {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  if (isRealEngine && existsSync(path)) return new WorkerCompiler(script);
  return inlineCompiler(engine);
}
