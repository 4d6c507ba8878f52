import { createRequire as __pgwardenRequire } from 'node:module'; const require = __pgwardenRequire(import.meta.url);

// src/webhook/policy-compile.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var POLICIES_PER_PIECE = 250;
function* resultPieces(id, results, perPiece = POLICIES_PER_PIECE) {
  let parts = [];
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
function assemblePiece(results, piece) {
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
function compileEach(parse, documents) {
  return documents.map((doc) => {
    try {
      return { ok: true, set: parse(doc.text, doc.source) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
var yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));
function inlineCompiler(engine) {
  return {
    where: "main thread",
    async compile(documents) {
      const results = [];
      for (const doc of documents) {
        await yieldToRequests();
        results.push(...compileEach(engine.parsePolicy, [doc]));
      }
      return results;
    },
    async close() {
    }
  };
}
function defaultPolicyWorkerScript() {
  return new URL("./policy-worker.js", import.meta.url);
}
var WorkerCompiler = class {
  constructor(script, idleMs = 6e4) {
    this.script = script;
    this.idleMs = idleMs;
  }
  script;
  idleMs;
  where = "worker";
  queue = Promise.resolve();
  worker;
  idleTimer;
  nextId = 1;
  closed = false;
  compile(documents) {
    const run = this.queue.then(() => this.runBatch(documents));
    this.queue = run.catch(() => void 0);
    return run;
  }
  runBatch(documents) {
    if (this.closed) return Promise.reject(new Error("the policy compiler is closed"));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (!this.worker) this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const results = [];
      const onMessage = (piece) => {
        if (piece.id !== id) return;
        assemblePiece(results, piece);
        if (!piece.done) {
          setImmediate(() => worker.postMessage({ type: "next", id }));
          return;
        }
        cleanup();
        resolve(results);
      };
      const onError = (error) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`policy compilation failed: ${error.message}`));
      };
      const onExit = (code) => {
        cleanup();
        this.drop(worker);
        reject(new Error(`the policy compiler exited with code ${code}`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ type: "compile", id, documents });
    }).finally(() => {
      if (this.worker !== worker || this.closed) return;
      this.idleTimer = setTimeout(() => this.drop(worker), this.idleMs);
      this.idleTimer.unref();
    });
  }
  drop(worker) {
    if (this.worker === worker) this.worker = void 0;
    void worker.terminate();
  }
  async close() {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = void 0;
    await worker?.terminate();
  }
};
function policyCompiler(engine, isRealEngine, script = defaultPolicyWorkerScript()) {
  const path = script instanceof URL ? fileURLToPath(script) : script;
  if (isRealEngine && existsSync(path)) return new WorkerCompiler(script);
  return inlineCompiler(engine);
}

export {
  resultPieces,
  compileEach,
  policyCompiler
};
